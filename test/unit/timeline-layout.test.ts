// The layout orders lanes as Python lists processes, files bars under their rows, pairs flows into
// arrows whatever order their ends arrive in, and grows batch by batch.
import { test } from "node:test";
import assert from "node:assert/strict";
import { TimelineLayout } from "../../src/timeline/layout.ts";
import { describeBar } from "../../src/timeline/describe.ts";
import { poolTrace, processEvents } from "./timeline-fixtures.ts";

test("lanes: MainProcess first, then children in start order, named by metadata", () => {
  const layout = new TimelineLayout();
  const events = poolTrace();
  layout.append(events.filter((e) => e.pid === 103));
  layout.append(events.filter((e) => e.pid !== 103));
  assert.deepEqual(layout.lanes.map((l) => l.name), ["MainProcess", "SpawnPoolWorker-1", "SpawnPoolWorker-2"]);
  assert.deepEqual(layout.lanes.map((l) => l.rows[0]!.name), ["MainProcess", "SpawnPoolWorker-1", "SpawnPoolWorker-2"]);
});

test("bars land in their process's row with kind, label and details", () => {
  const layout = new TimelineLayout();
  layout.append(poolTrace());
  const worker = layout.lane(102)!;
  const bars = worker.rows[0]!.bars.items;
  assert.deepEqual(bars.map((b) => [b.kind, b.label, b.start, b.end]), [
    ["startup", "start-up", 500, 2000],
    ["compute", "square", 2000, 5000],
    ["compute", "square", 5000, 8000],
  ]);
  assert.equal(describeBar(bars[1]!).text, "square (chunk 0, items 0..1), computing, 3.00 ms");
  assert.deepEqual(layout.counts, { compute: 4, wait: 1, io: 0, startup: 2, thread: 0 });
  assert.equal(layout.endTs, 10_000);
});

test("flows pair into arrows even when the finish arrives first; task and result share an id", () => {
  const layout = new TimelineLayout();
  const events = poolTrace();
  layout.append(events.filter((e) => e.ph === "f"));
  assert.equal(layout.arrows.items.length, 0);
  layout.append(events.filter((e) => e.ph === "s"));
  assert.equal(layout.arrows.items.length, 8);
  const first = layout.arrows.items[0]!;
  assert.deepEqual([first.name, first.fromPid, first.toPid, first.from, first.to], ["task", 101, 102, 1900, 2000]);
  assert.ok(layout.arrows.items.some((a) => a.name === "result" && a.fromPid === 102 && a.toPid === 101));
});

test("threads get their own rows inside the process lane, named after the thread", () => {
  const layout = new TimelineLayout();
  layout.append([
    ...processEvents(101, "MainProcess", 1, 0, 5000),
    { ph: "X", ts: 100, dur: 900, pid: 101, tid: 2, name: "Thread-2 (work)", cat: "thread" },
    { ph: "X", ts: 50, dur: 900, pid: 101, tid: 1, name: "Thread-1 (work)", cat: "thread" },
  ]);
  assert.deepEqual(layout.lane(101)!.rows.map((r) => r.name), ["MainProcess", "Thread-1 (work)", "Thread-2 (work)"]);
});

test("a thread_name record names the row even when a wait span comes first", () => {
  const layout = new TimelineLayout();
  layout.append([
    ...processEvents(101, "MainProcess", 1, 0, 5000),
    { ph: "M", ts: 0, pid: 101, tid: 1, name: "thread_name", cat: "thread", args: { name: "Thread-1 (holder)" } },
    { ph: "X", ts: 100, dur: 900, pid: 101, tid: 1, name: "hold Lock", cat: "compute" },
    { ph: "X", ts: 50, dur: 40, pid: 101, tid: 1, name: "Thread-1 (holder)", cat: "thread" },
  ]);
  assert.deepEqual(layout.lane(101)!.rows.map((r) => r.name), ["MainProcess", "Thread-1 (holder)"]);
  assert.equal(layout.lane(101)!.rows[1]!.bars.items.length, 2);
});

test("out-of-order spans stay sorted and range queries find overlaps", () => {
  const layout = new TimelineLayout();
  layout.append([
    ...processEvents(101, "MainProcess", 1, 0, 5000),
    { ph: "X", ts: 200, dur: 100, pid: 101, tid: 0, name: "get", cat: "wait" },
    { ph: "X", ts: 0, dur: 4000, pid: 101, tid: 0, name: "work", cat: "compute" },
    { ph: "X", ts: 3000, dur: 100, pid: 101, tid: 0, name: "sleep", cat: "wait" },
  ]);
  const index = layout.lane(101)!.rows[0]!.bars;
  assert.deepEqual(index.items.map((b) => b.start), [0, 200, 3000]);
  const [lo, hi] = index.range(2500, 2600);
  const hits = index.items.slice(lo, hi).filter((b) => b.end >= 2500);
  assert.deepEqual(hits.map((b) => b.label), ["work"]);
});

test("appending 100,000 events in batches stays fast", () => {
  const layout = new TimelineLayout();
  layout.append(processEvents(101, "MainProcess", 1, 0, 1e9));
  const started = performance.now();
  for (let batch = 0; batch < 100; batch++) {
    const events = Array.from({ length: 1000 }, (_, i) => {
      const ts = (batch * 1000 + i) * 10;
      return { ph: "X" as const, ts, dur: 8, pid: 102 + (i % 4), tid: 0, name: "f", cat: "compute" as const };
    });
    layout.append(events);
  }
  assert.equal(layout.barCount, 100_000);
  // Linear appends take ~0.2 s; re-sorting or copying per batch would take minutes. The bound is
  // loose because a shared test machine may pause this process.
  assert.ok(performance.now() - started < 5000, "append is linear");
});
