// Zoom keeps the point under the cursor still, pan stays inside the trace, and the window follows
// a running program until the learner takes over.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Viewport } from "../../src/timeline/viewport.ts";

test("follows the trace until zoomed, then stays put; reset follows again", () => {
  const view = new Viewport();
  view.fit(50_000);
  assert.deepEqual([view.from, view.to], [0, 50_000]);
  view.zoom(2, 25_000, 50_000);
  assert.deepEqual([view.from, view.to], [12_500, 37_500]);
  view.fit(80_000);
  assert.deepEqual([view.from, view.to], [12_500, 37_500]);
  view.reset(80_000);
  assert.deepEqual([view.from, view.to], [0, 80_000]);
});

test("pan is clamped to the trace; zooming out fully follows again", () => {
  const view = new Viewport();
  view.fit(10_000);
  view.zoom(4, 0, 10_000);
  view.pan(-5_000, 10_000);
  assert.equal(view.from, 0);
  view.pan(50_000, 10_000);
  assert.equal(view.to, 10_000);
  view.zoom(0.01, 5_000, 10_000);
  assert.ok(view.following);
});

test("reveal brings a bar into view", () => {
  const view = new Viewport();
  view.fit(100_000);
  view.zoom(10, 0, 100_000);
  view.reveal(60_000, 61_000, 100_000);
  assert.ok(view.from <= 60_000 && view.to >= 61_000);
});
