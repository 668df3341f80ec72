// stop-after: 1 once 3 processes run
// Ctrl-C while the main process waits in pool.join(): the join raises KeyboardInterrupt at once,
// and terminate() then ends the workers still busy with their tasks.
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
  const results = [0, 1].map(() => pool.applyAsync(nap, [5]));
  pool.close();
  const started = performance.now();
  try {
    await pool.join();
  } catch (e) {
    if (!(e instanceof KeyboardInterrupt)) throw e;
    console.log("join interrupted");
    pool.terminate();
    await pool.join();
  }
  console.log("waited less than 3 s:", performance.now() - started < 3000 ? "True" : "False");
  console.log("results ready:", results.filter((r) => r.ready()).length, "of", results.length);
}
