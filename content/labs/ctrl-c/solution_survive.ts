import { KeyboardInterrupt, Pool, ignoreKeyboardInterrupt, sleep } from "multiprocessing";

export function initWorker(): void {
  // Workers ignore Ctrl-C: the main process alone decides what happens next.
  ignoreKeyboardInterrupt();
}

export async function slowSquare(x: number): Promise<number> {
  await sleep(0.1);
  return x * x;
}

if (import.meta.main) {
  // Stop in a lab is unpredictable, so this program "presses" it itself after three results.
  const pool = new Pool(2, { initializer: initWorker });
  try {
    let i = 0;
    for await (const square of pool.imap(slowSquare, [0, 1, 2, 3, 4, 5, 6, 7])) {
      console.log(`got ${square}`);
      if (i === 2) {
        throw new KeyboardInterrupt(); // what Stop does to the main process
      }
      i += 1;
    }
    pool.close();
  } catch (e) {
    if (!(e instanceof KeyboardInterrupt)) throw e;
    console.log("interrupted: terminating the pool");
    pool.terminate(); // queued tasks are dropped, workers stop now
  } finally {
    await pool.join(); // no worker outlives the program
  }
  console.log("pool shut down");
}
