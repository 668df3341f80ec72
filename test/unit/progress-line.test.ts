// Lines `<label>: <done>/<total>` drive an example's progress bar; nothing else does.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseProgressLine } from "../../src/lib/progress-line.ts";

test("a tqdm stand-in line is a report", () => {
  assert.deepEqual(parseProgressLine("squares: 3/12"), { label: "squares", done: 3, total: 12 });
  assert.deepEqual(parseProgressLine("  squares: 12/12 "), { label: "squares", done: 12, total: 12 });
});

test("other output is not", () => {
  for (const text of ["done: 12 tasks", "sum of squares of 0..11: 506", "ratio 3/12", "x: 13/12", "x: 0/0", "a: b: 1/2x"]) {
    assert.equal(parseProgressLine(text), null, text);
  }
});
