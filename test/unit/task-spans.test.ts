// A pool worker's quick tasks share a span, so 100,000 trivial tasks do not flood the trace; a
// slow task, a failed one, and a lone quick one keep their own span with chunk and items.
import { test } from "node:test";
import assert from "node:assert/strict";
import { quickRunEvents, TASK_SPAN_US, TaskSpans } from "../../src/runtime/pool/task-spans.ts";
import type { PoolTask } from "../../src/runtime/protocol.ts";
import * as trace from "../../src/runtime/trace.ts";

const task = (index: number, items = 1): PoolTask => ({ job: 0, index, start: index * items, func: null, star: false, items: new Array(items).fill(0), flow: 0 });

test("quick tasks of one function in a turn become one span; a slow one keeps its own", () => {
  trace.initTrace(7, performance.timeOrigin + performance.now(), true);
  trace.takeEvents();
  const spans = new TaskSpans();
  const quick = TASK_SPAN_US / 2;
  for (let i = 0; i < 3; i++) spans.task("square", i * quick, (i + 1) * quick, task(i, 2), undefined, false);
  spans.task("square", 1000, 1000 + TASK_SPAN_US * 5, task(3), "(3)", false);
  spans.task("cube", 2000, 2000 + quick, task(4), undefined, false);
  spans.task("cube", 3000, 3000 + quick, task(5), undefined, true);
  spans.flush();
  // Slow and failed tasks are events at once; quick runs travel as numbers and become the same events.
  const quickEvents = quickRunEvents(7, spans.takeQuickRuns());
  assert.deepEqual(spans.takeQuickRuns(), []);
  const events = [...trace.takeEvents(), ...quickEvents].sort((a, b) => a.ts - b.ts);
  assert.ok(events.every((e) => e.pid === 7 && e.tid === 0 && e.ph === "X"));
  assert.deepEqual(
    events.map((e) => [e.name, e.cat, e.args]),
    [
      ["square", "compute", { tasks: 3, items: 6 }],
      ["square", "compute", { chunk: 3, items: "3..3", call: "(3)" }],
      ["cube", "compute", { chunk: 4, items: "4..4" }],
      ["cube", "compute", { chunk: 5, items: "5..5", failed: true }],
    ],
  );
  assert.deepEqual(events.map((e) => [e.ts, e.dur]), [[0, 3 * quick], [1000, TASK_SPAN_US * 5], [2000, quick], [3000, quick]]);
});

test("with tracing off nothing is recorded", () => {
  trace.initTrace(7, performance.timeOrigin + performance.now(), false);
  const spans = new TaskSpans();
  spans.task("square", 0, 10, task(0), undefined, false);
  spans.flush();
  assert.deepEqual(trace.takeEvents(), []);
  assert.deepEqual(spans.takeQuickRuns(), []);
});
