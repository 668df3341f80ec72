import { Pool } from "multiprocessing";

const WORKERS = 2; // the speedup chart rewrites this line for each run

// JavaScript's JIT runs this loop many times faster than CPython runs the Python
// twin, so STEPS is larger here: about half a second of work in all, in both.
const STEPS = 3_000_000;

export function computeBound(i: number): number {
  let x = i;
  for (let k = 0; k < STEPS; k++) {
    x = (x * 75 + 74) % 65537; // a few numbers in registers: no memory traffic
  }
  return x;
}

if (import.meta.main) {
  console.log(`workers: ${WORKERS}`);
  await using pool = new Pool(WORKERS);
  await pool.map(computeBound, Array.from({ length: WORKERS }, (_, i) => i), 1); // warm-up
  const start = performance.now();
  await pool.map(computeBound, Array.from({ length: 16 }, (_, i) => i), 1);
  console.log(`elapsed ${(performance.now() - start).toFixed(1)} ms`);
}
