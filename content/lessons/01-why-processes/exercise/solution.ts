import { Process, sleep } from "multiprocessing";
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
  // Sleeping work: threads are enough, because waiting needs no core.
  let start = performance.now();
  const fetchers = [0, 1, 2, 3].map(() => new Thread({ target: fetch, args: [0.3] }));
  for (const t of fetchers) t.start();
  for (const t of fetchers) await t.join();
  console.log(`fetch, 4 threads: ${((performance.now() - start) / 1000).toFixed(2)} s`);

  start = performance.now();
  for (let i = 0; i < 4; i++) crunch(N);
  console.log(`crunch, one after another: ${((performance.now() - start) / 1000).toFixed(2)} s`);

  // Computing work needs cores: one process each, all started before the first join.
  start = performance.now();
  const crunchers = [0, 1, 2, 3].map((i) => new Process({ target: crunch, args: [N], name: `crunch-${i}` }));
  for (const p of crunchers) p.start();
  for (const p of crunchers) await p.join();
  console.log(`crunch, 4 processes: ${((performance.now() - start) / 1000).toFixed(2)} s`);
}
