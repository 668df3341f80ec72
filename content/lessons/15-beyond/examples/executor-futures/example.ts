// The runtime has no ProcessPoolExecutor: applyAsync returns an AsyncResult,
// the nearest thing to a Future, and get() re-raises like future.result().
import { Pool } from "multiprocessing";

export function integerRoot(x: number): number {
  if (x < 0) {
    throw new Error(`negative input ${x}`);
  }
  return Math.floor(Math.sqrt(x));
}

if (import.meta.main) {
  const inputs = [16, 81, -4, 144, 1_000_000];
  const results = new Map<number, string>();
  {
    await using pool = new Pool(2);
    const pending = inputs.map((x) => ({ x, result: pool.applyAsync(integerRoot, [x]) }));
    for (const { x, result } of pending) {
      try {
        results.set(x, String(await result.get())); // re-raises the worker's exception
      } catch (err) {
        results.set(x, `failed (${(err as Error).message})`);
      }
    }
  }
  for (const x of inputs) {
    console.log(`${x}: ${results.get(x)}`);
  }
}
