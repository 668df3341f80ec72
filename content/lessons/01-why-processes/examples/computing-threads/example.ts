import { Thread } from "threading";

// JavaScript's JIT runs this loop about 35 times faster than CPython runs the
// Python twin, so N is larger here to give each task about the same 0.3 s.
const N = 150_000_000;

export function crunch(n: number): number {
  // Plain arithmetic with no await: nothing else in this worker runs meanwhile.
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += (i % 7) * (i % 5);
  }
  return total;
}

if (import.meta.main) {
  let start = performance.now();
  crunch(N);
  crunch(N);
  const oneAfterAnother = (performance.now() - start) / 1000;

  start = performance.now();
  const threads = [0, 1].map(() => new Thread({ target: crunch, args: [N] }));
  for (const t of threads) {
    t.start();
  }
  for (const t of threads) {
    await t.join();
  }
  const withThreads = (performance.now() - start) / 1000;

  console.log(`2 tasks, one after another: ${oneAfterAnother.toFixed(2)} s`);
  console.log(`2 tasks on 2 threads:       ${withThreads.toFixed(2)} s`);
  console.log(`speedup from threads: ${(oneAfterAnother / withThreads).toFixed(2)}x`);
}
