// The labs' hidden checks, each against a tiny hand-made run: pass, fail with its hint, never the answer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate, evaluateAll, maxConcurrentCompute, measureAll, workersLeft, type Check, type FinishedRun } from "../../src/labs/checks.ts";
import type { TraceEvent } from "../../src/runtime/trace.ts";

const meta = (pid: number, name: string): TraceEvent => ({ ph: "M", ts: 0, pid, tid: 0, name: "process_name", cat: "process", args: { name } });
const compute = (pid: number, ts: number, dur: number): TraceEvent => ({ ph: "X", ts, dur, pid, tid: 0, name: "task", cat: "compute" });
const exit = (pid: number): TraceEvent => ({ ph: "i", ts: 900, pid, tid: 0, name: "exit 0", cat: "process", s: "p" });
const joinPool = (pid: number): TraceEvent => ({ ph: "X", ts: 800, dur: 5, pid, tid: 0, name: "join pool", cat: "wait" });

function run(parts: Partial<FinishedRun>): FinishedRun {
  return { stdout: [], stderr: [], events: [], exitcode: 0, compileError: null, ...parts };
}

const pass = (check: Check, r: FinishedRun) => evaluate(check, r).passed;

test("output compares with matchOutput, exact or in any order", () => {
  const check: Check = { kind: "output", expected: "a\nb ...\n", hint: "print a then b" };
  assert.ok(pass(check, run({ stdout: ["a", "b 12"] })));
  const failed = evaluate(check, run({ stdout: ["b 12", "a"] }));
  assert.equal(failed.passed, false);
  assert.equal(failed.hint, "print a then b");
  assert.ok(pass({ ...check, order: "any" }, run({ stdout: ["b 12", "a"] })));
});

test("output-includes looks for a regular expression on any line", () => {
  const check: Check = { kind: "output-includes", pattern: "^speedup \\d", hint: "print the speedup" };
  assert.ok(pass(check, run({ stdout: ["x", "speedup 1.9"] })));
  assert.ok(!pass(check, run({ stdout: ["the speedup 1.9"] })));
});

test("exit-code compares the main process's exit code", () => {
  assert.ok(pass({ kind: "exit-code", code: 0, hint: "h" }, run({ exitcode: 0 })));
  assert.ok(!pass({ kind: "exit-code", code: 0, hint: "h" }, run({ exitcode: 1 })));
});

test("concurrent-compute counts processes whose compute spans overlap", () => {
  const events = [compute(2, 0, 100), compute(3, 50, 100), compute(4, 150, 10), compute(2, 100, 10)];
  assert.equal(maxConcurrentCompute(events), 2);
  assert.ok(pass({ kind: "concurrent-compute", processes: 2, hint: "h" }, run({ events })));
  assert.ok(!pass({ kind: "concurrent-compute", processes: 3, hint: "h" }, run({ events })));
  // Spans that only touch do not overlap.
  assert.equal(maxConcurrentCompute([compute(2, 0, 10), compute(3, 10, 10)]), 1);
});

test("concurrent-compute with names counts only the processes whose name matches", () => {
  const named = [meta(2, "part-0"), meta(3, "part-1"), meta(4, "ForkPoolWorker-1"), meta(5, "ForkPoolWorker-2")];
  const pool = [compute(4, 0, 100), compute(5, 0, 100)];
  const check: Check = { kind: "concurrent-compute", processes: 2, names: "^part-", hint: "h" };
  assert.equal(maxConcurrentCompute([...named, ...pool]), 2);
  assert.equal(maxConcurrentCompute([...named, ...pool], "^part-"), 0);
  assert.ok(!pass(check, run({ events: [...named, ...pool, compute(2, 200, 10), compute(3, 300, 10)] })));
  assert.ok(pass(check, run({ events: [...named, ...pool, compute(2, 200, 100), compute(3, 250, 10)] })));
});

test("results-in-input-order reads printed numbers, sorted or exactly as given", () => {
  const check: Check = { kind: "results-in-input-order", pattern: "result (\\d+)", hint: "keep the order" };
  assert.ok(pass(check, run({ stdout: ["result 1", "noise", "result 4", "result 9"] })));
  assert.ok(!pass(check, run({ stdout: ["result 4", "result 1"] })));
  assert.ok(!pass(check, run({ stdout: [] })), "no results is not in order");
  const given: Check = { ...check, expected: [3, 1, 2] };
  assert.ok(pass(given, run({ stdout: ["result 3", "result 1", "result 2"] })));
  assert.ok(!pass(given, run({ stdout: ["result 1", "result 2", "result 3"] })));
});

test("no-worker-left needs an exit instant for every process that started", () => {
  const started = [meta(1, "MainProcess"), meta(2, "ForkPoolWorker-1")];
  assert.deepEqual(workersLeft([...started, exit(1)]), [2]);
  assert.ok(!pass({ kind: "no-worker-left", hint: "h" }, run({ events: [...started, exit(1)] })));
  assert.ok(pass({ kind: "no-worker-left", hint: "h" }, run({ events: [...started, exit(1), exit(2)] })));
});

test("pool-closed-and-joined wants a join pool span in MainProcess", () => {
  const started = [meta(1, "MainProcess"), meta(2, "ForkPoolWorker-1")];
  assert.ok(pass({ kind: "pool-closed-and-joined", hint: "h" }, run({ events: [...started, joinPool(1)] })));
  assert.ok(!pass({ kind: "pool-closed-and-joined", hint: "h" }, run({ events: [...started, joinPool(2)] })));
  assert.ok(!pass({ kind: "pool-closed-and-joined", hint: "h" }, run({ events: started })));
});

test("processes-at-least counts process_name metadata", () => {
  const events = [meta(1, "MainProcess"), meta(2, "A"), meta(3, "B")];
  assert.ok(pass({ kind: "processes-at-least", count: 3, hint: "h" }, run({ events })));
  assert.ok(!pass({ kind: "processes-at-least", count: 4, hint: "h" }, run({ events })));
});

test("no-traceback fails when stderr has a traceback", () => {
  assert.ok(pass({ kind: "no-traceback", hint: "h" }, run({ stderr: [] })));
  assert.ok(!pass({ kind: "no-traceback", hint: "h" }, run({ stderr: ["Traceback (most recent call last):", "KeyboardInterrupt"] })));
});

test("a program that did not compile fails every check with the compiler's message", () => {
  const results = evaluateAll([{ kind: "exit-code", code: 0, hint: "h" }], run({ exitcode: null, compileError: "';' expected" }));
  assert.equal(results[0]!.passed, false);
  assert.match(results[0]!.hint!, /did not compile: ';' expected/);
});

test("a passing check carries no hint and a label in words", () => {
  const result = evaluate({ kind: "no-worker-left", hint: "join them" }, run({ events: [meta(1, "MainProcess"), exit(1)] }));
  assert.deepEqual(result, { label: "No worker was left alive", passed: true });
});

test("measureAll keeps the last number each pattern finds", () => {
  const stdout = ["1 workers: speedup 1.00", "2 workers: speedup 1.93", "fps 12.5"];
  assert.deepEqual(measureAll([{ name: "speedup", pattern: "speedup ([\\d.]+)" }, { name: "none", pattern: "zzz (\\d)" }], stdout), { speedup: 1.93 });
});
