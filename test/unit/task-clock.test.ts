// A pool worker reads the clock once per stride of quick tasks, the stride growing while they stay
// quick and dropping to one task as soon as a reading covers a slow one; a millisecond turning, a
// failure or an arrow makes a reading at once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { TaskClock } from "../../src/runtime/pool/task-clock.ts";
import { TASK_SPAN_US } from "../../src/runtime/pool/task-spans.ts";
import * as trace from "../../src/runtime/trace.ts";

/** Spins for `micros` microseconds: a task that long. */
function spin(micros: number): void {
  const until = performance.now() + micros / 1000;
  while (performance.now() < until);
}

function clock(): TaskClock {
  trace.initTrace(1, performance.timeOrigin, false);
  return new TaskClock(trace.now());
}

test("a thousand quick tasks take a few dozen readings, not a thousand", () => {
  const c = clock();
  let readings = 0;
  for (let i = 0; i < 1000; i++) if (c.ended(false) > 0) readings += 1;
  // Ideally 5 to reach the widest stride, then one per 32 tasks; a pause of the machine mid-stride narrows it again.
  assert.ok(readings >= 1000 / 32 && readings < 200, `${readings} readings`);
});

test("after a reading that covers a slow task, the next task is timed alone", () => {
  const c = clock();
  for (let i = 0; i < 100; i++) c.ended(false);
  spin(TASK_SPAN_US * 3);
  let covered = c.ended(false);
  while (covered === 0) covered = c.ended(false);
  assert.equal(c.ended(false), 1);
});

test("a task of a millisecond or more ends the stride at once, so only the first slow one is read with quick ones", () => {
  const c = clock();
  for (let i = 0; i < 100; i++) c.ended(false);
  const covered: number[] = [];
  for (let i = 0; i < 5; i++) {
    spin(1200);
    covered.push(c.ended(false));
  }
  assert.ok(covered[0]! >= 1, "the first slow task ends its stride");
  assert.deepEqual(covered.slice(1), [1, 1, 1, 1], "the ones after it are timed alone");
});

test("a failed task or one with an arrow is read at once; catching up reads only when tasks ran since", () => {
  const c = clock();
  for (let i = 0; i < 100; i++) c.ended(false);
  c.catchUp();
  const before = c.now;
  c.catchUp();
  assert.equal(c.now, before, "nothing ran since: no reading");
  c.ended(false);
  c.ended(false);
  assert.ok(c.ended(true) >= 1, "a task that must be timed makes a reading");
  spin(20);
  c.ended(false);
  c.catchUp();
  assert.ok(c.now > before);
});
