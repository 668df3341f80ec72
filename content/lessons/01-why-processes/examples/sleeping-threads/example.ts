import { sleep } from "multiprocessing";
import { Thread } from "threading";

export async function download(seconds: number): Promise<void> {
  // Stands in for waiting on the network. Like real I/O, an awaited sleep
  // gives the other threads their turn while it waits.
  await sleep(seconds);
}

if (import.meta.main) {
  const start = performance.now();
  const threads = [0, 1, 2, 3].map(() => new Thread({ target: download, args: [0.5] }));
  for (const t of threads) {
    t.start();
  }
  for (const t of threads) {
    await t.join();
  }
  const elapsed = (performance.now() - start) / 1000;
  console.log(`4 downloads of 0.5 s each took ${elapsed.toFixed(2)} s`);
  console.log(elapsed < 1.0 ? "the waits overlapped" : "the waits ran one after another");
}
