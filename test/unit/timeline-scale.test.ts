// Axis ticks are 1/2/5 steps with labels that fit, at any zoom.
import { test } from "node:test";
import assert from "node:assert/strict";
import { niceStep, ticks, timeScale } from "../../src/timeline/scale.ts";

test("niceStep rounds up to 1, 2 or 5 times a power of ten", () => {
  assert.deepEqual([0.7, 1, 1.3, 3, 7, 42, 0.0013].map(niceStep), [1, 1, 2, 5, 10, 50, 0.002]);
});

test("ticks over 0..1000 ms on 800 px are 100 ms apart", () => {
  const list = ticks(0, 1000, 800);
  assert.deepEqual(list.map((t) => t.label), ["0 ms", "100 ms", "200 ms", "300 ms", "400 ms", "500 ms", "600 ms", "700 ms", "800 ms", "900 ms", "1000 ms"]);
});

test("deep zoom gives decimal labels that stay distinct", () => {
  const list = ticks(12.3401, 12.3409, 400);
  assert.ok(list.length >= 3);
  assert.equal(new Set(list.map((t) => t.label)).size, list.length);
  assert.match(list[0]!.label, /^12\.340\d+ ms$/);
});

test("timeScale maps both ways", () => {
  const scale = timeScale(1000, 3000, 100, 500);
  assert.equal(scale.x(2000), 300);
  assert.equal(scale.us(500), 3000);
});
