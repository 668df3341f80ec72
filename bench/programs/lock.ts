// Bench program: uncontended Lock acquire/release pairs per second in one process.
import { Lock } from "multiprocessing";

if (import.meta.main) {
  const lock = new Lock();
  for (let i = 0; i < 10_000; i++) {
    await lock.acquire();
    lock.release();
  }
  const pairs = 200_000;
  const started = performance.now();
  for (let i = 0; i < pairs; i++) {
    await lock.acquire();
    lock.release();
  }
  console.log(`lock_pairs_per_s ${pairs / ((performance.now() - started) / 1000)}`);
}
