import { Pool, cpuCount } from "multiprocessing";

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

async function timeWith(workers: number, limits: number[]): Promise<number> {
  await using pool = new Pool(workers);
  await pool.map(countPrimes, [10, 10, 10, 10].slice(0, workers)); // every worker started before timing
  const start = performance.now();
  await pool.map(countPrimes, limits, 1);
  return (performance.now() - start) / 1000;
}

if (import.meta.main) {
  const limits = Array.from({ length: 8 }, () => 120_000);
  console.log(`cores ${cpuCount()}`);
  const base = await timeWith(1, limits);
  console.log(`workers 1: ${base.toFixed(2)} s, speedup 1.00`);
  for (let workers = 2; workers <= Math.max(2, Math.min(cpuCount(), 4)); workers++) {
    const seconds = await timeWith(workers, limits);
    console.log(`workers ${workers}: ${seconds.toFixed(2)} s, speedup ${(base / seconds).toFixed(2)}`);
  }
}
