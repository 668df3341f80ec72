/**
 * What `pickle` does for multiprocessing: prepares values to cross into another process.
 *
 * Data crosses by structured clone. Functions and classes cross by reference, as pickle sends them:
 * only exported top-level declarations of the module can be found again in the other process, so
 * anything else raises PicklingError naming it. Runtime objects (queues, connections, locks ...)
 * cross as handles through `Picklable` hooks, and may refuse, as a Queue passed to a Pool task does.
 */
import { PicklingError } from "./errors.ts";
import { exportedFunction, exportedName } from "./internal/context.ts";

const TAG = "__mp_pickled__";

/** Why a value is being pickled: some objects may only be inherited at process start. */
export type PickleReason = "spawn" | "task" | "message";

/** A runtime object that knows how to cross a process boundary. */
export interface Picklable {
  /** Returns the handle's data (cloneable) and any ports to transfer, or throws to refuse. */
  [pickleHook](reason: PickleReason, transfer: Transferable[]): { kind: string; data: unknown };
}

/** The method name of the pickling hook. */
export const pickleHook: unique symbol = Symbol("pickle");

const unpicklers = new Map<string, (data: unknown) => unknown>();

/** Registers how to rebuild a runtime object of `kind` on the receiving side. */
export function registerUnpickler(kind: string, rebuild: (data: unknown) => unknown): void {
  unpicklers.set(kind, rebuild);
}

interface Tagged {
  [TAG]: "fn" | "class" | "obj" | "handle";
  name?: string;
  kind?: string;
  data?: unknown;
}

function isClass(fn: Function): boolean {
  return Function.prototype.toString.call(fn).startsWith("class");
}

function describe(fn: Function): string {
  if (!fn.name) return "an anonymous function";
  return isClass(fn) ? `class ${fn.name}` : `function ${fn.name}`;
}

/**
 * Each exported function's reference, made once: telling a class from a function reads its source,
 * which cost every task of a pool a copy of that source.
 */
const references = new WeakMap<Function, Tagged>();

function functionRef(fn: Function): Tagged {
  const known = references.get(fn);
  if (known) return known;
  const name = exportedName(fn);
  if (name === undefined) {
    const source = Function.prototype.toString.call(fn);
    const isArrow = !Object.hasOwn(fn, "prototype") && !/^(async\s+)?function/.test(source);
    const why = isArrow
      ? "arrow functions and closures cannot be found again in another process"
      : "only exported top-level functions can be found again in another process";
    throw new PicklingError(
      `Can't pickle ${describe(fn)}: ${why}. Declare it as \`export function ${fn.name || "name"}(...)\` at the top level of the module.`,
    );
  }
  const reference: Tagged = { [TAG]: isClass(fn) ? "class" : "fn", name };
  references.set(fn, reference);
  return reference;
}

/**
 * The name another process finds `fn` by, as pickle would send it; raises PicklingError, as
 * `pickle` does, for a function that is not an exported top-level declaration.
 */
export function functionName(fn: Function): string {
  if (typeof fn !== "function") throw new TypeError(`'${typeof fn}' object is not callable`);
  return functionRef(fn).name!;
}

/** The exported function or class named `name`, in this process; raises PicklingError if none. */
export function lookupFunction(name: string): Function {
  const fn = exportedFunction(name);
  if (!fn) throw new PicklingError(`Can't get attribute '${name}' on the main module`);
  return fn;
}

function isPicklable(value: object): value is Picklable {
  return pickleHook in value;
}

/** Prepares one value for structured clone; collects ports to transfer in `transfer`. */
export function pickle(value: unknown, reason: PickleReason, transfer: Transferable[]): unknown {
  if (value === null || typeof value !== "object") {
    return typeof value === "function" ? functionRef(value) : value;
  }
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      const packed = item !== null && (typeof item === "object" || typeof item === "function") ? pickle(item, reason, transfer) : item;
      if (packed !== item) out ??= value.slice();
      if (out) out[i] = packed;
    }
    return out ?? value;
  }
  if (isPicklable(value)) {
    const { kind, data } = value[pickleHook](reason, transfer);
    return { [TAG]: "handle", kind, data } satisfies Tagged;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) {
    let out: Record<string, unknown> | null = null;
    for (const [key, item] of Object.entries(value)) {
      const packed = pickle(item, reason, transfer);
      if (packed !== item) out ??= { ...value };
      if (out) out[key] = packed;
    }
    return out ?? value;
  }
  const ctor = (value as { constructor?: Function }).constructor;
  if (ctor && exportedName(ctor) !== undefined) {
    return { [TAG]: "obj", name: exportedName(ctor), data: pickle({ ...value }, reason, transfer) } satisfies Tagged;
  }
  return value;
}

/** Rebuilds a value pickled in another process. */
export function unpickle(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (item !== null && typeof item === "object") value[i] = unpickle(item);
    }
    return value;
  }
  const tagged = value as Tagged;
  switch (tagged[TAG]) {
    case "fn":
    case "class":
      return lookupFunction(tagged.name!);
    case "obj": {
      const instance = Object.create((lookupFunction(tagged.name!) as { prototype: object }).prototype);
      return Object.assign(instance, unpickle(tagged.data));
    }
    case "handle": {
      const rebuild = unpicklers.get(tagged.kind!);
      if (!rebuild) throw new PicklingError(`Can't unpickle a ${tagged.kind}: this process does not know it`);
      return rebuild(tagged.data);
    }
    default:
      if (Object.getPrototypeOf(value) === Object.prototype) {
        for (const [key, item] of Object.entries(value)) (value as Record<string, unknown>)[key] = unpickle(item);
      }
      return value;
  }
}

/** Rewrites a structured-clone failure as the PicklingError a learner expects. */
export function asPicklingError(error: unknown, what: string): unknown {
  if (error instanceof DOMException && error.name === "DataCloneError") {
    return new PicklingError(`Can't pickle ${what}: ${error.message.replace(/^Failed to execute 'postMessage' on '\w+': /, "")}`);
  }
  return error;
}
