/**
 * How `console.log` turns values into text inside a program.
 *
 * Every TypeScript example has a Python twin that must print the same lines, so lists print the way
 * Python prints them (`[1, 4, 9]`, `['a', 'b']`) instead of the browser console's object view.
 * Everything else prints like Node's console does, in one line.
 */

/** Formats one value the way `print` would show it at the top level. */
export function formatValue(value: unknown): string {
  return typeof value === "string" ? value : repr(value, 0);
}

/** Formats the arguments of one `console.log` call: space-separated, like `print(a, b)`. */
export function formatArgs(args: readonly unknown[]): string {
  return args.map(formatValue).join(" ");
}

function repr(value: unknown, depth: number): string {
  if (typeof value === "string") return `'${value.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "function") return `[Function: ${value.name || "(anonymous)"}]`;
  if (typeof value === "symbol") return value.toString();
  if (value === null || typeof value !== "object") return String(value);
  if (depth > 4) return Array.isArray(value) ? "[...]" : "{...}";
  if (Array.isArray(value)) return `[${value.map((item) => repr(item, depth + 1)).join(", ")}]`;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const items = Array.from(value as unknown as ArrayLike<number>, (n) => repr(n, depth + 1));
    return `${value.constructor.name}(${items.length}) [${items.join(", ")}]`;
  }
  if (value instanceof Map) {
    const entries = [...value].map(([k, v]) => `${repr(k, depth + 1)} => ${repr(v, depth + 1)}`);
    return `Map(${value.size}) {${entries.length ? ` ${entries.join(", ")} ` : ""}}`;
  }
  if (value instanceof Set) {
    const items = [...value].map((item) => repr(item, depth + 1));
    return `Set(${value.size}) {${items.length ? ` ${items.join(", ")} ` : ""}}`;
  }
  const entries = Object.entries(value).map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : repr(k, 0)}: ${repr(v, depth + 1)}`);
  const prefix = value.constructor && value.constructor !== Object ? `${value.constructor.name} ` : "";
  return entries.length ? `${prefix}{ ${entries.join(", ")} }` : `${prefix}{}`;
}

/**
 * A call's arguments as Python would write them, `(3, 'x')`, cut to `max` characters. Only what
 * fits is formatted, so a task given a million numbers costs no more than one given three.
 */
export function shortCall(args: readonly unknown[], max = 40): string {
  let text = "(";
  for (const [i, arg] of args.entries()) {
    if (i > 0) text += ", ";
    text += shortRepr(arg, max - text.length + 1);
    if (text.length > max) break;
  }
  text += ")";
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** repr() of `value`, stopping once the text passes `budget` characters. */
function shortRepr(value: unknown, budget: number): string {
  const items = Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView)) ? (value as ArrayLike<unknown>) : null;
  if (items) {
    let text = "[";
    for (let i = 0; i < items.length && text.length <= budget; i++) text += (i > 0 ? ", " : "") + shortRepr(items[i], budget - text.length);
    return `${text}]`;
  }
  if (value !== null && typeof value === "object" && !(value instanceof Error) && !(value instanceof Map) && !(value instanceof Set)) {
    let text = "{";
    for (const key in value) {
      if (text.length > budget) break;
      text += `${text.length > 1 ? ", " : " "}${key}: ${shortRepr((value as Record<string, unknown>)[key], budget - text.length)}`;
    }
    return text.length > 1 ? `${text} }` : "{}";
  }
  return repr(value, 0);
}
