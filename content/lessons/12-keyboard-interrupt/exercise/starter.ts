import { KeyboardInterrupt, Pool, ignoreKeyboardInterrupt, sleep } from "multiprocessing";

const SIMULATE_STOP = true; // set to false, run it, and press Stop yourself
const INPUTS = [7, 6, 5, 4, 3, 2, 1, 0]; // the slowest first, so no worker ends with a long task alone

export function initWorker(): void {
  // Workers ignore Stop: the main process alone decides what happens next.
  ignoreKeyboardInterrupt();
}

export async function slowSquare(x: number): Promise<number> {
  await sleep(0.1 + 0.04 * x); // bigger inputs take longer
  return x * x;
}

if (import.meta.main) {
  const pool = new Pool(2, { initializer: initWorker });
  try {
    let i = 0;
    for await (const square of pool.imap(slowSquare, INPUTS)) {
      console.log(`got ${square}`);
      if (SIMULATE_STOP && i === 2) {
        throw new KeyboardInterrupt(); // what Stop does to the main process
      }
      i += 1;
    }
    pool.close(); // no more tasks; the workers finish and exit
    console.log("all done");
  } catch (e) {
    if (!(e instanceof KeyboardInterrupt)) throw e;
    console.log("Ctrl-C: terminating the pool");
    pool.terminate(); // stop the workers now, queued tasks included
  } finally {
    await pool.join(); // wait until every worker has exited
  }
  console.log("pool shut down");
}
