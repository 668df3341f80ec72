// Lab progress rules: states, a pass that sticks, tolerant parsing of stored text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseProgress, recordAttempt, stateOf } from "../../src/labs/progress.ts";

const at = new Date("2026-01-01T00:00:00Z");
const ok = { label: "a", passed: true };
const bad = { label: "b", passed: false, hint: "h" };

test("a step starts not started, becomes attempted, then passed", () => {
  let progress = {};
  assert.equal(stateOf(progress, "measure-it/pool"), "not-started");
  progress = recordAttempt(progress, "measure-it/pool", [ok, bad], {}, at);
  assert.equal(stateOf(progress, "measure-it/pool"), "attempted");
  progress = recordAttempt(progress, "measure-it/pool", [ok], { speedup: 1.9 }, at);
  assert.equal(stateOf(progress, "measure-it/pool"), "passed");
});

test("a passed step stays passed after a failing experiment, with the latest measurements", () => {
  let progress = recordAttempt({}, "k", [ok], { speedup: 2 }, at);
  progress = recordAttempt(progress, "k", [bad], { speedup: 1.1 }, at);
  assert.equal(stateOf(progress, "k"), "passed");
  assert.deepEqual(progress["k"]!.measured, { speedup: 1.1 });
});

test("stored text that is not progress reads as none", () => {
  assert.deepEqual(parseProgress(null), {});
  assert.deepEqual(parseProgress("not json"), {});
  assert.deepEqual(parseProgress("[1]"), {});
  assert.deepEqual(parseProgress(JSON.stringify({ k: { state: "weird", checks: [] } })), {});
  const stored = JSON.stringify(recordAttempt({}, "k", [ok], {}, at));
  assert.equal(stateOf(parseProgress(stored), "k"), "passed");
});
