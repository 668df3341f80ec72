/**
 * Compiles a learner's TypeScript program into the module every process of it imports.
 *
 * Sucrase strips the types and keeps every line where it was, so stack line numbers point into the
 * learner's code without source maps. An acorn pass then, on the same lines:
 * - turns `import ... from "multiprocessing"` and `"threading"` into constants read from the
 *   runtime the process has loaded (hoisted to the first line, as imports are);
 * - turns `import.meta.main` into the runtime's main-process flag;
 * - registers the exported top-level functions and classes, so they can cross processes by name;
 * - puts an interrupt check in every loop, so Stop can end a busy `while (true) {}` at once: the
 *   check leaves the loop (`break`), and a line after it raises the KeyboardInterrupt. A call
 *   inside the loop, even one never made, would cost a tight numeric loop more than half its speed;
 *   a `break` costs nothing measurable;
 * - tells the runtime which thread resumes after each await (thread-resume.ts).
 */
import { parse } from "acorn";
import { transform } from "sucrase";
import { applyEdits, walk, type AnyNode, type Edit } from "./source-edits.ts";
import { threadResumeEdits } from "./thread-resume.ts";

/** A compile error, with 1-based line and column in the learner's source. */
export interface CompileError {
  message: string;
  line: number;
  column: number;
}

/** The result of compiling: JavaScript ready for the kernel, or the first error. */
export type CompileResult = { ok: true; code: string } | { ok: false; error: CompileError };

/** The modules a program may import, by their Python names. */
export const RUNTIME_MODULES = ["multiprocessing", "threading"] as const;

/** The loop guard's two halves: in the body, and right after the loop. */
const guardIn = (label: string) => `if(__mpFlag[0]>0)break ${label};`;
const GUARD_AFTER = ";if(__mpFlag[0]>0)__mpTrip();";
const PRELUDE =
  "const {flag:__mpFlag,trip:__mpTrip,main:__mpMain,register:__mpRegister,thread:__mpThread,resume:__mpResume,modules:__mpModules,started:__mpStarted}=globalThis.__mp;__mpStarted();const __mpT=__mpThread();";

function syntaxError(error: unknown, fallbackMessage: string): CompileError {
  const loc = (error as { loc?: { line: number; column: number } }).loc;
  const message = (error instanceof Error ? error.message : fallbackMessage).replace(/\s*\(\d+:\d+\)$/, "");
  return { message, line: loc?.line ?? 1, column: (loc?.column ?? 0) + 1 };
}

function lineColumn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

const LOOPS = new Set(["WhileStatement", "DoWhileStatement", "ForStatement", "ForInStatement", "ForOfStatement"]);

/**
 * The bindings of `import ... from "multiprocessing"` as constants read from the runtime the
 * process already has loaded: no module to fetch when a process starts.
 */
function importBindings(statement: AnyNode, module: string): string {
  const from = `__mpModules[${JSON.stringify(module)}]`;
  const named: string[] = [];
  const whole: string[] = [];
  for (const specifier of statement.specifiers as AnyNode[]) {
    const local = (specifier.local as { name: string }).name;
    if (specifier.type === "ImportNamespaceSpecifier") whole.push(`const ${local}=${from};`);
    else if (specifier.type === "ImportDefaultSpecifier") whole.push(`const ${local}=${from}.default;`);
    else {
      const imported = specifier.imported as { name?: string; value?: string };
      named.push(`${JSON.stringify(imported.name ?? imported.value)}:${local}`);
    }
  }
  return (named.length > 0 ? `const {${named.join(",")}}=${from};` : "") + whole.join("");
}

/** How deep `node` sits in the tree: nested wraps at one offset are ordered by it. */
function depthOf(node: AnyNode, parents: Map<AnyNode, AnyNode>): number {
  let depth = 0;
  for (let at = parents.get(node); at; at = parents.get(at)) depth += 1;
  return depth;
}

/**
 * `{ <labels> L: loop { if (flag) break L; body } ; if (flag) trip(); }`: the block goes around
 * the loop's own labels too, so `continue outer` still names the loop. Orders follow
 * thread-resume.ts (an opening of a node at depth k has order -k, a closing +k): these wraps sit
 * just inside that pass's wraps of the same node and outside every deeper node's.
 */
function loopGuard(loop: AnyNode, label: string, parents: Map<AnyNode, AnyNode>): Edit[] {
  let outer = loop;
  for (let parent = parents.get(outer); parent?.type === "LabeledStatement"; parent = parents.get(outer)) outer = parent;
  const outerDepth = depthOf(outer, parents);
  const depth = depthOf(loop, parents);
  const body = loop.body as AnyNode;
  const edits: Edit[] = [
    { at: outer.start, remove: 0, text: "{", order: -outerDepth - 0.1 },
    { at: loop.start, remove: 0, text: `${label}:`, order: -depth - 0.2 },
    { at: loop.end, remove: 0, text: `${GUARD_AFTER}}`, order: outerDepth + 0.1 },
  ];
  if (body.type === "BlockStatement") edits.push({ at: body.start + 1, remove: 0, text: guardIn(label) });
  else {
    edits.push({ at: body.start, remove: 0, text: `{${guardIn(label)}`, order: -depth - 0.3 });
    edits.push({ at: body.end, remove: 0, text: "}", order: depth + 0.3 });
  }
  return edits;
}

/** Compiles TypeScript source; never throws for bad input. */
export function compile(source: string): CompileResult {
  let js: string;
  try {
    js = transform(source, { transforms: ["typescript"], disableESTransforms: true, keepUnusedImports: true }).code;
  } catch (error) {
    return { ok: false, error: syntaxError(error, "Syntax error") };
  }
  let program: AnyNode;
  try {
    program = parse(js, { ecmaVersion: "latest", sourceType: "module" }) as unknown as AnyNode;
  } catch (error) {
    return { ok: false, error: syntaxError(error, "Syntax error") };
  }

  const edits: Edit[] = [];
  const imports: string[] = [];
  const exportedFunctions: string[] = [];
  let problem: CompileError | null = null;

  for (const statement of program.body as AnyNode[]) {
    if (statement.type === "ImportDeclaration" || statement.type === "ExportNamedDeclaration" || statement.type === "ExportAllDeclaration") {
      const sourceNode = statement.source as (AnyNode & { value: string }) | null;
      if (sourceNode) {
        if (!(RUNTIME_MODULES as readonly string[]).includes(sourceNode.value)) {
          problem ??= {
            message: `Cannot import "${sourceNode.value}": programs here can import only ${RUNTIME_MODULES.map((m) => `"${m}"`).join(" and ")}.`,
            ...lineColumn(js, sourceNode.start),
          };
        } else if (statement.type !== "ImportDeclaration") {
          problem ??= {
            message: `Cannot re-export from "${sourceNode.value}": import the names you need and use them.`,
            ...lineColumn(js, statement.start),
          };
        } else {
          imports.push(importBindings(statement, sourceNode.value));
          // The statement goes; its line breaks stay, so every later line keeps its number.
          edits.push({ at: statement.start, remove: statement.end - statement.start, text: js.slice(statement.start, statement.end).replace(/[^\n]/g, "") });
        }
      }
    }
    if (statement.type === "ExportNamedDeclaration" && statement.declaration) {
      const declaration = statement.declaration as AnyNode;
      const name = (declaration.id as { name?: string } | null)?.name;
      if (declaration.type === "FunctionDeclaration" && name) exportedFunctions.push(`${name}:${name}`);
      // Classes are not hoisted: register each right after its declaration, on the same line.
      if (declaration.type === "ClassDeclaration" && name) edits.push({ at: statement.end, remove: 0, text: `;__mpRegister({${name}});` });
    }
    if (statement.type === "ExportNamedDeclaration" && !statement.source && !statement.declaration) {
      for (const specifier of statement.specifiers as AnyNode[]) {
        const local = (specifier.local as { name: string }).name;
        const exported = (specifier.exported as { name?: string; value?: string }).name ?? (specifier.exported as { value: string }).value;
        const isFunction = (program.body as AnyNode[]).some(
          (s) => s.type === "FunctionDeclaration" && (s.id as { name: string }).name === local,
        );
        if (isFunction) exportedFunctions.push(`${JSON.stringify(exported)}:${local}`);
      }
    }
    if (statement.type === "ExportDefaultDeclaration") {
      const declaration = statement.declaration as AnyNode;
      const name = (declaration.id as { name?: string } | null)?.name;
      if (declaration.type === "FunctionDeclaration" && name) exportedFunctions.push(`default:${name}`);
    }
  }
  if (problem) return { ok: false, error: problem };

  const parents = new Map<AnyNode, AnyNode>();
  let loops = 0;
  walk(program, (node, parent) => {
    if (parent) parents.set(node, parent);
    if (node.type === "MemberExpression" && (node.object as AnyNode).type === "MetaProperty") {
      const property = node.property as { name?: string };
      if ((node.object as AnyNode & { meta: { name: string } }).meta.name === "import" && property.name === "main") {
        edits.push({ at: node.start, remove: node.end - node.start, text: "__mpMain" });
      }
    }
    if (LOOPS.has(node.type)) edits.push(...loopGuard(node, `__mpL${++loops}`, parents));
  });

  const code = applyEdits(js, [...edits, ...threadResumeEdits(program, js)]);
  const register = exportedFunctions.length > 0 ? `__mpRegister({${exportedFunctions.join(",")}});` : "";
  return { ok: true, code: PRELUDE + imports.join("") + register + code };
}
