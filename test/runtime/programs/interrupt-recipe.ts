// stop-after: 1 once 3 processes run
// The Ctrl-C recipe: workers ignore the interrupt, the main catches it, terminates and joins.
import { Pool, ignoreKeyboardInterrupt, sleep, KeyboardInterrupt } from "multiprocessing";

export function initWorker(): void {
  ignoreKeyboardInterrupt();
}

export async function nap(seconds: number): Promise<number> {
  await sleep(seconds);
  return seconds;
}

if (import.meta.main) {
  const pool = new Pool(2, { initializer: initWorker });
  try {
    await pool.map(nap, [5, 5]);
  } catch (e) {
    if (!(e instanceof KeyboardInterrupt)) throw e;
    console.log("main caught KeyboardInterrupt");
    pool.terminate();
    await pool.join();
  }
  console.log("clean exit");
}
