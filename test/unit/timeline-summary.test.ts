// The summary counts busy time per process, parallel efficiency and a pool's speedup.
import { test } from "node:test";
import assert from "node:assert/strict";
import { TimelineLayout } from "../../src/timeline/layout.ts";
import { summarize } from "../../src/timeline/summary.ts";
import { poolTrace, processEvents } from "./timeline-fixtures.ts";

test("busy time: workers count compute, MainProcess counts its life minus waits", () => {
  const layout = new TimelineLayout();
  layout.append(poolTrace());
  const summary = summarize(layout, 10);
  assert.equal(summary.wallMs, 10);
  assert.deepEqual(summary.processes, [
    { name: "MainProcess", busyMs: 2.8 },
    { name: "SpawnPoolWorker-1", busyMs: 6 },
    { name: "SpawnPoolWorker-2", busyMs: 6 },
  ]);
  assert.ok(Math.abs(summary.efficiency - 14.8 / 30) < 1e-9);
});

test("pool speedup: summed task time over the pool part's wall time", () => {
  const layout = new TimelineLayout();
  layout.append(poolTrace());
  assert.equal(summarize(layout).speedup, 2);
});

test("waits inside a compute span do not count as busy; no pool means no speedup", () => {
  const layout = new TimelineLayout();
  layout.append([
    ...processEvents(101, "MainProcess", 1, 0, 5000),
    ...processEvents(102, "Process-1", 2, 0, 5000),
    { ph: "X", ts: 0, dur: 4000, pid: 102, tid: 0, name: "consume", cat: "compute" },
    { ph: "X", ts: 1000, dur: 1000, pid: 102, tid: 0, name: "get", cat: "wait" },
    { ph: "X", ts: 1500, dur: 1000, pid: 102, tid: 0, name: "sleep", cat: "wait" },
  ]);
  const summary = summarize(layout);
  assert.equal(summary.processes[1]!.busyMs, 2.5);
  assert.equal(summary.speedup, null);
});
