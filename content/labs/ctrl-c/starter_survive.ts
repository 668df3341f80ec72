import { KeyboardInterrupt, Pool, sleep } from "multiprocessing";

export async function slowSquare(x: number): Promise<number> {
  await sleep(0.1);
  return x * x;
}

if (import.meta.main) {
  // Stop in a lab is unpredictable, so this program "presses" it itself after three results.
  const pool = new Pool(2);
  let i = 0;
  for await (const square of pool.imap(slowSquare, [0, 1, 2, 3, 4, 5, 6, 7])) {
    console.log(`got ${square}`);
    if (i === 2) {
      throw new KeyboardInterrupt(); // what Stop does to the main process
    }
    i += 1;
  }
  pool.close();
  await pool.join();
  console.log("pool shut down");
}
