import { Pool, TimeoutError, sleep } from "multiprocessing";
import type { AsyncResult } from "multiprocessing";

export async function slowDouble(x: number): Promise<number> {
  await sleep(0.5); // stands in for 0.5 s of work
  return 2 * x;
}

if (import.meta.main) {
  let pending: AsyncResult<number>[];
  {
    await using pool = new Pool(2);
    pending = [0, 1].map((x) => pool.applyAsync(slowDouble, [x]));
  }
  // Leaving the block called pool.terminate(): the workers are gone, mid-task.
  try {
    await pending[0].get(1);
  } catch (e) {
    if (!(e instanceof TimeoutError)) throw e;
    console.log("broken: the tasks died with the pool");
  }

  const results: number[] = [];
  {
    await using pool = new Pool(2);
    pending = [0, 1].map((x) => pool.applyAsync(slowDouble, [x]));
    for (const r of pending) {
      results.push(await r.get()); // wait for the results inside the block
    }
  }
  console.log(`fixed: [${results.join(", ")}]`);
}
