import { Pool } from "multiprocessing";

const CHUNKSIZE = 50; // the throughput chart rewrites this line for each run

// JavaScript's JIT runs this loop about 35 times faster than CPython runs the
// Python twin, so N is larger here to give a unit of work about the same 0.2 ms.
const N = 105_000;

export function crunch(n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += (i % 7) * (i % 5);
  }
  return total;
}

export function work(i: number): number {
  // Small, uneven tasks: the last 100 items cost 8 units each, the others 1.
  crunch(N * (i >= 300 ? 8 : 1));
  return i % 10;
}

if (import.meta.main) {
  const items = Array.from({ length: 400 }, (_, i) => i);
  await using pool = new Pool(2);
  await pool.map(work, [0, 1]); // warm up: both workers running before any timing
  const start = performance.now();
  const check = (await pool.map(work, items, CHUNKSIZE)).reduce((a, b) => a + b, 0);
  const elapsed = performance.now() - start;
  console.log(`chunksize ${CHUNKSIZE}: ${Math.ceil(items.length / CHUNKSIZE)} tasks, check ${check}`);
  console.log(`items ${items.length}`);
  console.log(`elapsed ${elapsed.toFixed(1)} ms`);
}
