import { Pool } from "multiprocessing";

// Counts the primes below `limit` the slow way: a stand-in for any CPU-bound function.
export function countPrimes(limit: number): number {
  let count = 0;
  for (let n = 2; n < limit; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) {
        prime = false;
        break;
      }
    }
    if (prime) count += 1;
  }
  return count;
}

if (import.meta.main) {
  const limits = [400_000, 440_000, 480_000, 520_000, 560_000, 600_000, 640_000, 680_000];
  const start = performance.now();
  const pool = new Pool(2);
  const counts = await pool.map(countPrimes, limits); // results come back in input order
  pool.close(); // no more tasks
  await pool.join(); // wait until both workers have exited
  for (const count of counts) {
    console.log(`count ${count}`);
  }
  console.log(`took ${((performance.now() - start) / 1000).toFixed(2)} s`);
}
