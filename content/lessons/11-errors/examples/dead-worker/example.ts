import { Pool, TimeoutError, activeChildren, sleep } from "multiprocessing";

export async function slowSquare(x: number): Promise<number> {
  await sleep(1.0);
  return x * x;
}

if (import.meta.main) {
  {
    await using pool = new Pool(2);
    const result = pool.mapAsync(slowSquare, [1, 2]);
    await sleep(0.5); // both workers are now busy with a task each

    const workers = activeChildren(); // the pool's worker processes
    workers[0].kill(); // what the out-of-memory killer does: no exception, no cleanup
    console.log(`killed 1 of ${workers.length} workers in the middle of its task`);

    try {
      console.log(await result.get(1.5));
    } catch (e) {
      if (!(e instanceof TimeoutError)) throw e;
      console.log("no result after 1.5 s: the dead worker's task is lost");
      console.log("without the timeout, get() would wait forever");
    }
  }
  // leaving the block terminates the pool, replacement worker included
}
