// Bench program: the same CPU-bound work (60 equal tasks) on pools of 1..cpuCount() workers,
// timed three times per pool size after a warm-up that starts the workers and compiles `burn`.
import { Pool, cpuCount } from "multiprocessing";

export function burn(n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.sqrt(i);
  return sum;
}

const TASKS = 60;
const WORK = 4_000_000;

if (import.meta.main) {
  for (let workers = 1; workers <= cpuCount(); workers++) {
    const pool = new Pool(workers);
    await pool.map(burn, Array(workers * 2).fill(WORK / 4), 1);
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      await pool.map(burn, Array(TASKS).fill(WORK), 1);
      console.log(`cpu_ms_${workers} ${performance.now() - started}`);
    }
    pool.terminate();
    await pool.join();
  }
}
