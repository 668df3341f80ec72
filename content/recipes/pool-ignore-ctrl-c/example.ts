import { KeyboardInterrupt, Pool, ignoreKeyboardInterrupt, sleep } from "multiprocessing";

export function initWorker(): void {
  ignoreKeyboardInterrupt();
}

export async function slowSquare(x: number): Promise<number> {
  await sleep(0.1);
  return x * x;
}

if (import.meta.main) {
  // Press Stop while it runs: only the main program sees KeyboardInterrupt.
  const pool = new Pool(2, { initializer: initWorker });
  try {
    console.log(await pool.map(slowSquare, [0, 1, 2, 3, 4, 5, 6, 7]));
    pool.close();
  } catch (err) {
    if (!(err instanceof KeyboardInterrupt)) {
      throw err;
    }
    console.log("interrupted: stopping the workers");
    pool.terminate();
  }
  await pool.join();
  console.log("pool shut down cleanly");
}
