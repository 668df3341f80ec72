// A pool worker's quick tasks share a span, so 100,000 trivial tasks do not flood the trace; a
// slow task, a failed one, one with an arrow, and a lone quick one keep their own span with chunk
// and items.
import { test } from "node:test";
import assert from "node:assert/strict";
import { hasOwnSpan, quickRunEvents, TASK_SPAN_US, TaskSpans } from "../../src/runtime/pool/task-spans.ts";
import type { PoolTask } from "../../src/runtime/protocol.ts";
import * as trace from "../../src/runtime/trace.ts";

/** Task `index` of job `job`, whose function is named by `func` (its spans are named so). */
const task = (index: number, func: string, job: number, items = 1): PoolTask => ({ job, index, start: index * items, func, star: false, items: new Array(items).fill(0), flow: 0 });

function collector(): TaskSpans {
  trace.initTrace(7, performance.timeOrigin + performance.now(), true);
  trace.takeEvents();
  return new TaskSpans();
}

/** Every compute event of the turns so far: own spans at once, quick runs through the pool's numbers. */
function events(spans: TaskSpans): trace.TraceEvent[] {
  const quick = quickRunEvents(7, spans.takeQuickRuns());
  assert.deepEqual(spans.takeQuickRuns(), []);
  const all = [...trace.takeEvents(), ...quick].sort((a, b) => a.ts - b.ts);
  assert.ok(all.every((e) => e.pid === 7 && e.tid === 0 && e.ph === "X" && e.cat === "compute"));
  return all;
}

test("quick tasks of one job in a turn become one span; a slow one, a failed one and a lone one keep their own", () => {
  const spans = collector();
  const quick = TASK_SPAN_US / 2;
  const slow = TASK_SPAN_US * 5;
  const tasks = [task(0, "square", 1, 2), task(1, "square", 1, 2), task(2, "square", 1, 2), task(3, "square", 1), task(4, "cube", 2), task(5, "cube", 2)];
  const durations = [quick, quick, quick, slow, quick, quick];
  spans.beginTurn(0);
  let now = 0;
  tasks.forEach((t, i) => {
    const start = now;
    now += durations[i]!;
    const failed = i === 5;
    if (i === 3) spans.noteCall("(3)");
    if (hasOwnSpan(t, start, now, failed)) spans.task(tasks, i, start, now, failed);
  });
  spans.endTurn(tasks, tasks.length, now);
  const all = events(spans);
  assert.deepEqual(
    all.map((e) => [e.name, e.args]),
    [
      ["square", { tasks: 3, items: 6 }],
      ["square", { chunk: 3, items: "3..3", call: "(3)" }],
      ["cube", { chunk: 4, items: "4..4" }],
      ["cube", { chunk: 5, items: "5..5", failed: true }],
    ],
  );
  assert.deepEqual(all.map((e) => [e.ts, e.dur]), [[0, 3 * quick], [3 * quick, slow], [3 * quick + slow, quick], [4 * quick + slow, quick]]);
});

test("a task with an arrow from the parent keeps its own span, however quick", () => {
  const flowed = { ...task(0, "square", 1), flow: 9 };
  assert.equal(hasOwnSpan(flowed, 0, 1, false), true);
  assert.equal(hasOwnSpan(task(0, "square", 1), 0, 1, false), false);
  assert.equal(hasOwnSpan(task(0, "square", 1), 0, TASK_SPAN_US, false), true);
});

test("quick tasks of two jobs in one run share its time by task count", () => {
  const spans = collector();
  const tasks = [task(0, "square", 1), task(1, "square", 1), task(2, "square", 1), task(0, "cube", 2)];
  spans.beginTurn(100);
  spans.endTurn(tasks, tasks.length, 500);
  assert.deepEqual(
    events(spans).map((e) => [e.name, e.ts, e.dur, e.args]),
    [
      ["square", 100, 300, { tasks: 3, items: 3 }],
      ["cube", 400, 100, { chunk: 0, items: "0..0" }],
    ],
  );
});

test("a turn cut short leaves its later tasks out", () => {
  const spans = collector();
  const tasks = [task(0, "square", 1), task(1, "square", 1), task(2, "square", 1)];
  spans.beginTurn(0);
  spans.endTurn(tasks, 2, 40);
  assert.deepEqual(events(spans).map((e) => [e.ts, e.dur, e.args]), [[0, 40, { tasks: 2, items: 2 }]]);
});
