// A slow pool task's arguments on the timeline: Python's notation, cut short without formatting
// what is cut, and shown after the function's name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { shortCall } from "../../src/runtime/format.ts";
import { describeBar } from "../../src/timeline/describe.ts";
import type { Bar } from "../../src/timeline/layout.ts";

test("arguments read as a Python call", () => {
  assert.equal(shortCall([3]), "(3)");
  assert.equal(shortCall([3, "x", [1, 2], { n: 1 }]), "(3, 'x', [1, 2], { n: 1 })");
  assert.equal(shortCall([]), "()");
});

test("long arguments are cut at the limit, and a huge one is not formatted in full", () => {
  let reads = 0;
  const huge = new Proxy(Array.from({ length: 2_000_000 }, (_, i) => i), {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver);
    },
  });
  const text = shortCall([huge, "after"]);
  assert.ok(reads < 40, `read ${reads} items of 2,000,000`);
  assert.equal(text.length, 40);
  assert.ok(text.startsWith("([0, 1, 2, 3"));
  assert.ok(text.endsWith("…"));
  assert.equal(shortCall([new Float64Array([0.5, 1.5])]), "([0.5, 1.5])");
});

test("a bar's call follows its function's name; the other arguments stay in brackets", () => {
  const bar = { kind: "compute", label: "square", start: 0, end: 2000, args: { call: "(7)", chunk: 7, items: "7..7" } } as unknown as Bar;
  assert.equal(describeBar(bar).text, "square(7) (chunk 7, items 7..7), computing, 2.00 ms");
  assert.equal(describeBar(bar).title, "square");
});
