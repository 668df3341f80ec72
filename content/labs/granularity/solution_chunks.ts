import { Pool } from "multiprocessing";

// One small task: about 0.1 ms of arithmetic.
export function work(i: number): number {
  let total = 0;
  for (let k = 0; k < 50_000; k++) {
    total += (k % 7) * (k % 5);
  }
  return (total + i) % 10;
}

if (import.meta.main) {
  const items = Array.from({ length: 2_000 }, (_, i) => i);
  await using pool = new Pool(2);
  await pool.map(work, [0, 1]); // both workers started before any timing
  let best = { chunksize: 0, rate: 0 };
  for (const chunksize of [1, 10, 100, 1000]) {
    const start = performance.now();
    const check = (await pool.map(work, items, chunksize)).reduce((a, b) => a + b, 0);
    const rate = items.length / ((performance.now() - start) / 1000);
    console.log(`chunksize ${chunksize}: ${rate.toFixed(0)} items/s, check ${check}`);
    if (rate > best.rate) best = { chunksize, rate };
  }
  console.log(`best chunksize ${best.chunksize}`);
}
