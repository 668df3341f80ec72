// A callback that raises kills the pool's result handler: later results never arrive.
import { Pool, TimeoutError, sleep } from "multiprocessing";

export function negate(x: number): number {
  return -x;
}

if (import.meta.main) {
  const pool = new Pool(1);
  pool.applyAsync(negate, [1], {
    callback: () => {
      throw new Error("callback failed");
    },
  });
  await sleep(0.3);
  const later = pool.applyAsync(negate, [2]);
  try {
    console.log(await later.get(1));
  } catch (e) {
    console.log("after bad callback", (e as Error).name, e instanceof TimeoutError ? "True" : "False");
  }
  pool.terminate();
}
