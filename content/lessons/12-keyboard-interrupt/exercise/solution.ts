import { KeyboardInterrupt, Pool, ignoreKeyboardInterrupt, sleep } from "multiprocessing";

const SIMULATE_STOP = true; // set to false, run it, and press Stop yourself
const INPUTS = [7, 6, 5, 4, 3, 2, 1, 0]; // the slowest first, so no worker ends with a long task alone

export function initWorker(): void {
  // Workers ignore Stop: the main process alone decides what happens next.
  ignoreKeyboardInterrupt();
}

export async function slowSquare(x: number): Promise<[number, number]> {
  await sleep(0.1 + 0.04 * x); // bigger inputs take longer
  return [x, x * x];
}

if (import.meta.main) {
  const kept = new Map<number, number>();
  let interrupted = false;
  const pool = new Pool(2, { initializer: initWorker });
  try {
    for await (const [x, square] of pool.imapUnordered(slowSquare, INPUTS)) {
      kept.set(x, square); // results come in the order they finish, so key them by input
      if (SIMULATE_STOP && kept.size === 3) {
        throw new KeyboardInterrupt(); // what Stop does to the main process
      }
    }
    pool.close(); // no more tasks; the workers finish and exit
  } catch (e) {
    if (!(e instanceof KeyboardInterrupt)) throw e;
    interrupted = true;
    pool.terminate(); // stop the workers now, queued tasks included
  } finally {
    await pool.join(); // wait until every worker has exited
  }
  console.log(`${interrupted ? "interrupted: " : ""}kept ${kept.size} of ${INPUTS.length} results`);
  for (const [x, square] of [...kept].sort((a, b) => a[0] - b[0])) {
    console.log(`${x}: ${square}`);
  }
}
