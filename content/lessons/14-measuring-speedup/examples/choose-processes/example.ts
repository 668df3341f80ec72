import { Pool, cpuCount } from "multiprocessing";

/** CPUs this page may run on: the browser reports one number for both questions. */
function usableCpus(): number {
  return cpuCount() || 1;
}

export function square(x: number): number {
  return x * x;
}

if (import.meta.main) {
  const cpus = usableCpus();
  const perWorkerMb = 700; // peak memory of one worker, measured on one task
  const budgetMb = 4000; // what the job may use, after the parent and the OS
  const tasks = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

  const byMemory = Math.floor(budgetMb / perWorkerMb);
  const processes = Math.max(1, Math.min(cpus, byMemory, tasks.length));
  console.log(`cpu_count: ${cpuCount()}, usable CPUs: ${cpus}`);
  console.log(`memory allows ${byMemory} workers of ${perWorkerMb} MB in ${budgetMb} MB`);
  console.log(`processes: ${processes}`);
  await using pool = new Pool(processes);
  console.log(await pool.map(square, tasks));
}
