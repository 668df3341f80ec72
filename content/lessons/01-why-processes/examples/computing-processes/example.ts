import { Process, cpuCount } from "multiprocessing";

// JavaScript's JIT runs this loop about 35 times faster than CPython runs the
// Python twin, so N is larger here to give each task about the same 0.3 s.
const N = 150_000_000;

export function crunch(n: number): number {
  // The same arithmetic, but each process is its own worker with its own event loop.
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += (i % 7) * (i % 5);
  }
  return total;
}

if (import.meta.main) {
  console.log(`CPUs on this machine: ${cpuCount()}`);

  let start = performance.now();
  crunch(N);
  crunch(N);
  const oneAfterAnother = (performance.now() - start) / 1000;

  start = performance.now();
  const processes = [0, 1].map(() => new Process({ target: crunch, args: [N] }));
  for (const p of processes) {
    p.start();
  }
  for (const p of processes) {
    await p.join();
  }
  const withProcesses = (performance.now() - start) / 1000;

  console.log(`2 tasks, one after another: ${oneAfterAnother.toFixed(2)} s`);
  console.log(`2 tasks in 2 processes:     ${withProcesses.toFixed(2)} s`);
  console.log(`speedup from processes: ${(oneAfterAnother / withProcesses).toFixed(2)}x`);
}
