// The cheat sheet's code cells wrap between the parts of a call, never inside a name.
import assert from "node:assert/strict";
import { test } from "node:test";
import { codeBreakPieces } from "../../src/lib/code-breaks.ts";

test("code breaks after a dot or an open parenthesis that a name or value follows", () => {
  assert.deepEqual(codeBreakPieces("q.task_done()"), ["q.", "task_done()"]);
  assert.deepEqual(codeBreakPieces("JoinableQueue(maxsize)"), ["JoinableQueue(", "maxsize)"]);
  assert.deepEqual(codeBreakPieces("await l.get(i); l.len()"), ["await l.", "get(", "i); l.", "len()"]);
  assert.deepEqual(codeBreakPieces('ns.get("x")'), ["ns.", "get(", '"x")']);
  assert.deepEqual(codeBreakPieces("cpuCount"), ["cpuCount"]);
});

test("a call's empty parentheses and an ellipsis stay whole", () => {
  assert.deepEqual(codeBreakPieces("f(...args)"), ["f(...args)"]);
  assert.deepEqual(codeBreakPieces("x.close( )"), ["x.", "close( )"]);
});

test("the pieces join back into the code", () => {
  const code = "pool.apply_async(f, args, callback=cb, error_callback=eb)";
  assert.equal(codeBreakPieces(code).join(""), code);
});
