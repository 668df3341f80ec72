// The throughput sweep rewrites any `const NAME = N;` line, reads `items <n>` and `elapsed <ms>`,
// turns them into items per second, checks the values a lesson lists and writes CSV.
import { test } from "node:test";
import assert from "node:assert/strict";
import { hasParameterLine, withParameter } from "../../src/timeline/experiment.ts";
import { bestRow, itemsFrom, sweepCsv, sweepRow, sweepValues } from "../../src/timeline/sweep.ts";

const program = `const CHUNKSIZE = 50; // rewritten per run\nconst WORKERS = 2;\npool.map(work, items, CHUNKSIZE);\n`;

test("a named parameter line is rewritten alone, and required", () => {
  assert.ok(hasParameterLine(program, "CHUNKSIZE"));
  assert.ok(!hasParameterLine(program, "SIZE"));
  const rewritten = withParameter(program, "CHUNKSIZE", 5);
  assert.match(rewritten, /^const CHUNKSIZE = 5; \/\/ rewritten per run$/m);
  assert.match(rewritten, /^const WORKERS = 2;$/m);
  assert.throws(() => withParameter(program, "SIZE", 5), /const SIZE = 4;/);
});

test("items is the last 'items <n>' line; other lines are ignored", () => {
  assert.equal(itemsFrom(["items 10", "chunksize 5: 80 tasks", "items 400", "elapsed 12 ms"]), 400);
  assert.equal(itemsFrom(["items: 400"]), null);
});

test("rate is items per second, and the best row is the fastest", () => {
  const rows = [sweepRow(1, 800, 400), sweepRow(50, 200, 400), sweepRow(200, 400, 400)];
  assert.deepEqual(rows.map((r) => r.rate), [500, 2000, 1000]);
  assert.equal(bestRow(rows)?.value, 50);
  assert.equal(bestRow([]), null);
  assert.equal(sweepRow(1, 0, 400).rate, 0);
});

test("sweep values are whole, positive, distinct and at least two", () => {
  assert.deepEqual(sweepValues([1, 5, 50]), [1, 5, 50]);
  assert.throws(() => sweepValues([5]), /at least two/);
  assert.throws(() => sweepValues([0, 5]), /at least 1/);
  assert.throws(() => sweepValues([1.5, 5]), /whole numbers/);
  assert.throws(() => sweepValues([5, 5]), /repeat/);
});

test("CSV names the parameter in its header", () => {
  assert.equal(sweepCsv([sweepRow(25, 250, 400)], "chunksize"), "chunksize,time_ms,items,items_per_s\r\n25,250.0,400,1600.0\r\n");
});

test("a comment after the parameter line stays, and so do numeric separators", () => {
  const source = "const WORKERS = 2; // the chart rewrites this line\nconst SIZE = 16_000_000;\n";
  assert.match(withParameter(source, "WORKERS", 8), /^const WORKERS = 8; \/\/ the chart rewrites this line$/m);
  assert.match(withParameter(source, "SIZE", 3), /^const SIZE = 3;$/m);
  assert.ok(!hasParameterLine("const WORKERS = 2; x();", "WORKERS"));
});
