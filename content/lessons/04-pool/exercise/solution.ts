import { Pool, cpuCount } from "multiprocessing";

/** How many primes n there are with lo <= n < hi, by trial division. */
export function countPrimes(lo: number, hi: number): number {
  let count = 0;
  for (let n = Math.max(lo, 2); n < hi; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) {
        prime = false;
        break;
      }
    }
    if (prime) count++;
  }
  return count;
}

// range(2, 500_000) in 8 equal parts.
const RANGES: [number, number][] = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => [i === 0 ? 2 : i * 62_500, (i + 1) * 62_500]);

if (import.meta.main) {
  let start = performance.now();
  const counts = RANGES.map(([lo, hi]) => countPrimes(lo, hi));
  const total = counts.reduce((a, b) => a + b, 0);
  console.log(`sequential: ${total} primes in ${((performance.now() - start) / 1000).toFixed(2)} s`);

  const pool = new Pool(cpuCount());
  start = performance.now();
  const parallel = await pool.starmap(countPrimes, RANGES);
  console.log(`starmap: ${parallel.reduce((a, b) => a + b, 0)} primes in ${((performance.now() - start) / 1000).toFixed(2)} s`);

  // One task per range; get() in submission order, whatever order they finish in.
  const pending = RANGES.map((range) => pool.applyAsync(countPrimes, range));
  for (const [i, result] of pending.entries()) {
    console.log(`range ${i}: ${await result.get()}`);
  }
  // Every get() came before the pool went away; then let the workers finish and wait for them.
  pool.close();
  await pool.join();
}
