// With maxtasksperchild=1 every task (chunk) runs in a fresh worker, so grouping the items by the
// worker that ran them shows exactly how the pool cut the input into chunks.
import { Pool, currentProcess } from "multiprocessing";

export function who(x: number): [string, number] {
  return [currentProcess().name, x];
}

async function chunks(pool: Pool, items: number[], chunksize: number | null, mode: "map" | "imap"): Promise<number[][]> {
  const pairs: [string, number][] = [];
  if (mode === "map") pairs.push(...(await pool.map(who, items, chunksize)));
  else for await (const pair of pool.imap(who, items, chunksize ?? 1)) pairs.push(pair);
  const groups = new Map<string, number[]>();
  for (const [name, x] of pairs) groups.set(name, [...(groups.get(name) ?? []), x]);
  return [...groups.values()].sort((a, b) => a[0]! - b[0]!);
}

if (import.meta.main) {
  const items = Array.from({ length: 10 }, (_, i) => i);
  await using pool = new Pool(2, { maxtasksperchild: 1 });
  console.log("map default", await chunks(pool, items, null, "map"));
  console.log("map chunksize 4", await chunks(pool, items, 4, "map"));
  console.log("imap default", (await chunks(pool, items.slice(0, 4), null, "imap")).length);
}
