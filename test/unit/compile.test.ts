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
  assert.match(lines[9]!, /while \(true\) \{if\(__mpFlag\[0\]!==0\)__mpTrip\(\);break;\}/);
  assert.match(lines[10]!, /for \(const x of \[1\]\) \{if\(__mpFlag\[0\]!==0\)__mpTrip\(\); console\.log\(x\); \}/);
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
  assert.match(result.code, /while \(i < 3\) \{if\(__mpFlag\[0\]!==0\)__mpTrip\(\);i\+\+;\}/);
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
