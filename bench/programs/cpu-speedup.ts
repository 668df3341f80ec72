// Bench program: the same CPU-bound work (60 equal tasks) on a pool of 1 worker and on pools of
// 2..cpuCount() workers. Each larger pool's runs alternate with the 1-worker pool's (1, N, N, 1,
// ...), so a burst of other load on the machine slows both sides of the speedup, not one; a
// warm-up map first starts each pool's workers and compiles `burn`.
import { Pool, cpuCount } from "multiprocessing";

export function burn(n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.sqrt(i);
  return sum;
}

const TASKS = 60;
const WORK = 4_000_000;
/** Timed runs per pool size and pairing. */
const RUNS = 4;

async function startPool(workers: number): Promise<Pool> {
  const pool = new Pool(workers);
  await pool.map(burn, Array(workers * 2).fill(WORK / 4), 1);
  return pool;
}

async function timeRun(pool: Pool, workers: number): Promise<void> {
  const started = performance.now();
  await pool.map(burn, Array(TASKS).fill(WORK), 1);
  console.log(`cpu_ms_${workers} ${performance.now() - started}`);
}

if (import.meta.main) {
  const single = await startPool(1);
  for (let workers = 2; workers <= cpuCount(); workers++) {
    const pool = await startPool(workers);
    for (let run = 0; run < RUNS; run++) {
      const singleFirst = run % 2 === 0;
      if (singleFirst) await timeRun(single, 1);
      await timeRun(pool, workers);
      if (!singleFirst) await timeRun(single, 1);
    }
    pool.terminate();
    await pool.join();
  }
  single.terminate();
  await single.join();
}
