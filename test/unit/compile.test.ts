// The compiler keeps lines, rewrites the runtime imports and import.meta.main, registers exported
// functions, guards loops, and reports errors with positions.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compile } from "../../src/runner/compile.ts";

const program = `import { Pool } from "multiprocessing";
interface Job { n: number }
export function square(x: number): number {
  return x * x;
}
function helper() {}
export { helper as exportedHelper };
export class Point { x = 1 }
if (import.meta.main) {
  while (true) break;
  for (const x of [1]) { console.log(x); }
}
`;

test("keeps every line of the source on the same line", () => {
  const result = compile(program);
  assert.ok(result.ok);
  const lines = result.code.split("\n");
  assert.equal(lines.length, program.split("\n").length);
  assert.match(lines[2]!, /export function square\(x\) \{/);
  assert.match(lines[9]!, /\{__mpL1:while \(true\) \{if\(__mpFlag\[0\]>0\)break __mpL1;break;\};if\(__mpFlag\[0\]>0\)__mpTrip\(\);\}/);
  assert.match(lines[10]!, /\{__mpL2:for \(const x of \[1\]\) \{if\(__mpFlag\[0\]>0\)break __mpL2; console\.log\(x\); \};if\(__mpFlag\[0\]>0\)__mpTrip\(\);\}/);
});

test("turns the runtime imports into constants on the first line, and rewrites import.meta.main", () => {
  const result = compile(program);
  assert.ok(result.ok);
  const firstLine = result.code.split("\n")[0]!;
  assert.match(firstLine, /const \{"Pool":Pool\}=__mpModules\["multiprocessing"\];/);
  assert.doesNotMatch(result.code, /\bimport\b|from "/);
  assert.match(result.code, /if \(__mpMain\)/);
  assert.doesNotMatch(result.code, /import\.meta/);
});

test("registers exported functions first and classes after their declaration", () => {
  const result = compile(program);
  assert.ok(result.ok);
  const firstLine = result.code.split("\n")[0]!;
  assert.match(firstLine, /__mpRegister\(\{square:square,"exportedHelper":helper\}\);/);
  assert.match(result.code, /export class Point \{ x = 1 \};__mpRegister\(\{Point\}\);/);
});

test("points a syntax error at its line and column", () => {
  const result = compile("const a = 1;\nconst b = ;\n");
  assert.equal(result.ok, false);
  assert.ok(!result.ok);
  assert.equal(result.error.line, 2);
  assert.ok(result.error.column >= 10 && result.error.column <= 12, `column ${result.error.column}`);
});

test("rejects imports of other modules with the line", () => {
  const result = compile('const x = 1;\nimport fs from "node:fs";\n');
  assert.ok(!result.ok);
  assert.equal(result.error.line, 2);
  assert.match(result.error.message, /Cannot import "node:fs"/);
});

test("guards loops whose body is a single statement", () => {
  const result = compile("let i = 0;\nwhile (i < 3) i++;\n");
  assert.ok(result.ok);
  assert.match(result.code, /\{__mpL1:while \(i < 3\) \{if\(__mpFlag\[0\]>0\)break __mpL1;i\+\+;\};if\(__mpFlag\[0\]>0\)__mpTrip\(\);\}/);
});

let imports = 0;

/** Runs compiled code as a module, with a stand-in for the runtime's globals and its flag at `flag`. */
async function runCompiled(code: string, flag: number): Promise<unknown[]> {
  const cells = new Int32Array(new SharedArrayBuffer(4));
  cells[0] = flag;
  const results: unknown[] = [];
  Object.assign(globalThis, {
    results,
    __mp: {
      flag: cells,
      trip: () => {
        throw new Error(`tripped at ${cells[0]}`);
      },
      main: true,
      register: () => {},
      thread: () => 0,
      resume: (_thread: number, value?: unknown) => value,
      modules: {},
      started: () => {},
    },
  });
  // A new URL each time: a module URL imported again would not run again.
  await import(`data:text/javascript,${encodeURIComponent(`${code}\n// ${++imports}`)}`);
  return results;
}

test("guarded loops keep their meaning: labels, continue, nesting, bare bodies, do-while, for await", async () => {
  const source = `const out = globalThis.results;
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) { if (j === 1) continue outer; out.push([i, j]); }
}
let n = 0;
while (n < 2) while (n < 5) n++;
out.push(n);
if (n) for (const x of [7, 8]) out.push(x);
let k = 0;
do k++; while (k < 4)
out.push(k);
a: b: for (const y of [1, 2, 3]) { if (y === 2) break a; out.push(y); }
async function* gen() { yield 1; yield 2; }
loop: for await (const z of gen()) { out.push(z); if (z === 1) continue loop; }
for (const w in { p: 1 }) switch (w) { case "p": out.push(w); break; }
`;
  const compiled = compile(source);
  assert.ok(compiled.ok, JSON.stringify(compiled));
  const plain = await runCompiled(source, 0);
  assert.deepEqual(await runCompiled(compiled.code, 0), plain);
  assert.deepEqual(plain, [[0, 0], [1, 0], [2, 0], 5, 7, 8, 4, 1, 1, 2, "p"]);
});

test("a guarded loop ends with the interrupt the flag asks for, and runs on when it is ignored", async () => {
  const compiled = compile("globalThis.results.push(1);\nwhile (true) {}\n");
  assert.ok(compiled.ok);
  await assert.rejects(runCompiled(compiled.code, 1), /tripped at 1/);
  await assert.rejects(runCompiled(compiled.code, 2), /tripped at 2/);
  const counted = compile("let i = 0;\nwhile (i < 1000) i++;\nglobalThis.results.push(i);\n");
  assert.ok(counted.ok);
  assert.deepEqual(await runCompiled(counted.code, -1), [1000]);
});

test("every kind of runtime import binds its names; a multi-line import keeps the lines after it in place", () => {
  const source = 'import {\n  Pool as P,\n  Queue,\n} from "multiprocessing";\nimport * as threading from "threading";\nconsole.log(P, Queue, threading);\n';
  const result = compile(source);
  assert.ok(result.ok);
  const lines = result.code.split("\n");
  assert.equal(lines.length, source.split("\n").length);
  assert.match(lines[0]!, /const \{"Pool":P,"Queue":Queue\}=__mpModules\["multiprocessing"\];const threading=__mpModules\["threading"\];/);
  assert.equal(lines[5], "console.log(P, Queue, threading);");
});

test("re-exporting from the runtime is refused with its position", () => {
  const result = compile('const a = 1;\nexport { Pool } from "multiprocessing";\n');
  assert.ok(!result.ok);
  assert.equal(result.error.line, 2);
  assert.match(result.error.message, /Cannot re-export from "multiprocessing"/);
});
