// Keyboard travel reaches every bar: along a row, and to the nearest bar in the next row.
import { test } from "node:test";
import assert from "node:assert/strict";
import { TimelineLayout } from "../../src/timeline/layout.ts";
import { rowBoxes, rowAt, laneCentre } from "../../src/timeline/geometry.ts";
import { firstBar, rowEnd, stepInRow, stepRow } from "../../src/timeline/focus.ts";
import { describeTimeline } from "../../src/timeline/describe.ts";
import { poolTrace } from "./timeline-fixtures.ts";

const sizes = { top: 20, rowHeight: 30, threadHeight: 20, laneGap: 4, caption: 0 };

test("rows stack below the axis and hit-test by height", () => {
  const layout = new TimelineLayout();
  layout.append(poolTrace());
  const { rows, height } = rowBoxes(layout, sizes);
  assert.deepEqual(rows.map((r) => r.y), [20, 54, 88]);
  assert.equal(height, 122);
  assert.equal(rowAt(rows, 60)!.lane.name, "SpawnPoolWorker-1");
  assert.equal(laneCentre(rows, 103), 103);
  const narrow = rowBoxes(layout, { ...sizes, caption: 14 });
  assert.deepEqual(narrow.rows.map((r) => r.y), [34, 82, 130]);
});

test("every bar is reachable from the first by row and column steps", () => {
  const layout = new TimelineLayout();
  layout.append(poolTrace());
  const { rows } = rowBoxes(layout, sizes);
  let bar = firstBar(rows)!;
  assert.equal(bar.label, "get");
  const seen = new Set([bar]);
  bar = stepRow(rows, bar, 1);
  assert.equal(bar.pid, 102);
  for (let r = 0; r < 2; r++) {
    bar = rowEnd(rows, bar, "first");
    for (let i = 0; i < 5; i++) {
      seen.add(bar);
      bar = stepInRow(rows, bar, 1);
    }
    bar = stepRow(rows, bar, 1);
  }
  assert.equal(seen.size, layout.barCount);
  assert.equal(stepRow(rows, firstBar(rows)!, -1), firstBar(rows));
});

test("the text alternative names processes and counts bars and messages", () => {
  const layout = new TimelineLayout();
  assert.match(describeTimeline(layout), /nothing has run/);
  layout.append(poolTrace());
  assert.equal(
    describeTimeline(layout),
    "Timeline of 3 processes (MainProcess, SpawnPoolWorker-1, SpawnPoolWorker-2); bars: 4 computing, 1 waiting, 2 starting up; 8 messages; 10.0 ms.",
  );
});
