// The speedup experiment rewrites `const WORKERS = N;`, reads `elapsed <ms>`, and tabulates as CSV.
import { test } from "node:test";
import assert from "node:assert/strict";
import { speedupCsv, toCsv } from "../../src/timeline/csv.ts";
import { elapsedFrom, hasWorkersLine, speedupRows, withWorkers } from "../../src/timeline/experiment.ts";

const program = `import { Pool } from "multiprocessing";\nconst WORKERS = 4;\nconst pool = new Pool(WORKERS);\n`;

test("the WORKERS line is rewritten per run, and required", () => {
  assert.ok(hasWorkersLine(program));
  assert.match(withWorkers(program, 3), /^const WORKERS = 3;$/m);
  assert.match(withWorkers(program, 3), /new Pool\(WORKERS\)/);
  assert.throws(() => withWorkers("const workers = 2;", 2), /const WORKERS = 4;/);
});

test("elapsed is the last 'elapsed <ms>' line", () => {
  assert.equal(elapsedFrom(["x", "elapsed 120.5", "elapsed 99 ms", "done"]), 99);
  assert.equal(elapsedFrom(["elapsed: soon"]), null);
});

test("rows: speedup against one worker, efficiency per worker, CSV with a header", () => {
  const rows = speedupRows([{ workers: 1, timeMs: 400 }, { workers: 2, timeMs: 200 }, { workers: 4, timeMs: 125 }]);
  assert.deepEqual(rows.map((r) => [r.speedup, r.efficiency]), [[1, 1], [2, 1], [3.2, 0.8]]);
  assert.equal(speedupCsv(rows), "workers,time_ms,speedup,efficiency\r\n1,400.0,1.000,1.000\r\n2,200.0,2.000,1.000\r\n4,125.0,3.200,0.800\r\n");
});

test("CSV quotes cells that need it", () => {
  assert.equal(toCsv([["a,b", 'say "hi"', 1]]), '"a,b","say ""hi""",1\r\n');
});
