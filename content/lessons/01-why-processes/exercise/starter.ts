import { sleep } from "multiprocessing";
import { Thread } from "threading";

// Pure arithmetic: about 0.1 s per call on an idle laptop.
const N = 40_000_000;

export function crunch(n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += (i % 7) * (i % 5);
  }
  return total;
}

export async function fetch(seconds: number): Promise<void> {
  await sleep(seconds); // waiting, like a download
}

if (import.meta.main) {
  // Sleeping work: four waits of 0.3 s on four threads.
  let start = performance.now();
  const fetchers = [0, 1, 2, 3].map(() => new Thread({ target: fetch, args: [0.3] }));
  for (const t of fetchers) t.start();
  for (const t of fetchers) await t.join();
  console.log(`fetch, 4 threads: ${((performance.now() - start) / 1000).toFixed(2)} s`);

  // Computing work: four calls one after another...
  start = performance.now();
  for (let i = 0; i < 4; i++) crunch(N);
  console.log(`crunch, one after another: ${((performance.now() - start) / 1000).toFixed(2)} s`);

  // ...and on four threads.
  start = performance.now();
  const crunchers = [0, 1, 2, 3].map(() => new Thread({ target: crunch, args: [N] }));
  for (const t of crunchers) t.start();
  for (const t of crunchers) await t.join();
  console.log(`crunch, 4 threads: ${((performance.now() - start) / 1000).toFixed(2)} s`);
}
