import { Pool } from "multiprocessing";

const WORKERS = 2; // the speedup chart rewrites this line for each run

const TASKS = 24; // splits evenly over 1, 2, 3, 4, 6, 8 or 12 workers
// JavaScript's JIT runs this loop many times faster than CPython runs the Python
// twin, so STEPS is larger here: about half a second of work in all, in both.
const STEPS = 1_000_000; // loop steps per task
const SERIAL = (TASKS * STEPS) / 10; // a tenth as much again, done by the main process alone

export function work(n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += (i * i) % 7;
  }
  return total;
}

if (import.meta.main) {
  console.log(`workers: ${WORKERS}`);
  const start = performance.now();
  work(SERIAL); // reading input, merging results...: no pool speeds this up
  {
    await using pool = new Pool(WORKERS); // start-up is part of the job too
    await pool.map(work, new Array<number>(TASKS).fill(STEPS), 1);
  }
  console.log(`elapsed ${(performance.now() - start).toFixed(1)} ms`);
}
