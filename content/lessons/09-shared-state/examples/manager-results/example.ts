import { Manager, Pool, sleep } from "multiprocessing";
import type { DictProxy, ListProxy, NamespaceProxy } from "multiprocessing";

export function collatzSteps(n: number): number {
  // How many steps the Collatz rule needs to bring n down to 1.
  let steps = 0;
  while (n !== 1) {
    n = n % 2 === 0 ? n / 2 : 3 * n + 1;
    steps += 1;
  }
  return steps;
}

export async function measure(
  n: number,
  results: DictProxy<number, number>,
  finished: ListProxy<number>,
  settings: NamespaceProxy,
): Promise<void> {
  const delay = (await settings.get("delay")) as number;
  await sleep(delay * (n % 4)); // uneven task lengths, so tasks finish out of order
  await results.set(n, collatzSteps(n)); // one key per input: no two tasks ever write the same key
  await finished.append(n);
}

if (import.meta.main) {
  const inputs = [27, 9, 97, 6, 871, 7, 703, 3];
  await using manager = await Manager();
  const results = await manager.dict();
  const finished = await manager.list();
  const settings = await manager.Namespace();
  await settings.set("delay", 0.1);

  {
    await using pool = new Pool(4);
    await pool.starmap(measure, inputs.map((n) => [n, results, finished, settings]));
  }

  const count = await finished.len();
  console.log(`finished first: ${await finished.get(0)}, last: ${await finished.get(count - 1)}`);
  const keys = (await results.keys()) as number[];
  console.log(`arrival order of keys: [${keys.join(", ")}]`);
  const items = (await results.items()) as [number, number][];
  items.sort((a, b) => a[0] - b[0]);
  for (const [n, steps] of items) {
    console.log(`${String(n).padStart(4)} needs ${String(steps).padStart(3)} steps`);
  }
}
