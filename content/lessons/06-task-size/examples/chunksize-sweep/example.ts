import { Pool } from "multiprocessing";

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
  for (const chunksize of [1, 5, 25, 50, 200]) {
    const start = performance.now();
    const check = (await pool.map(work, items, chunksize)).reduce((a, b) => a + b, 0);
    const rate = items.length / ((performance.now() - start) / 1000);
    const tasks = Math.ceil(items.length / chunksize);
    const bar = "#".repeat(Math.round(rate / 250));
    const isDefault = chunksize === 50 ? "  (map's default here)" : "";
    console.log(`chunksize ${String(chunksize).padStart(3)}: ${String(tasks).padStart(3)} tasks, check ${check}${isDefault}`);
    console.log(`  ${rate.toFixed(0).padStart(6)} items/s ${bar}`);
  }
}
