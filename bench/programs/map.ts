// Bench program: pool.map of 100,000 trivial tasks on the default pool, with the default
// chunksize and with chunksize 1. An untimed map of each kind first warms the workers' code, then
// three timed maps of each (the bench runs this program several times, trace on and off).
import { Pool, sleep } from "multiprocessing";

export function square(x: number): number {
  return x * x;
}

if (import.meta.main) {
  const pool = new Pool();
  const items = Array.from({ length: 100_000 }, (_, i) => i);
  await pool.map(square, items);
  await pool.map(square, items, 1);
  for (let round = 0; round < 3; round++) {
    for (const [label, chunksize] of [["default", null], ["chunksize_1", 1]] as const) {
      // Start each timed map from a quiet program: what the previous map printed or traced has
      // left for the page by then, so neither side pays for the other's.
      await sleep(0.1);
      const started = performance.now();
      await pool.map(square, items, chunksize);
      console.log(`map_${label}_ms ${performance.now() - started}`);
    }
  }
  pool.terminate();
  await pool.join();
}
