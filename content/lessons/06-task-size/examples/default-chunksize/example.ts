import { Pool, currentProcess, sleep } from "multiprocessing";

function defaultChunksize(nItems: number, nWorkers: number): number {
  // The rule Pool.map uses when you pass no chunksize (CPython's pool.py, _map_async):
  // about four chunks per worker, rounded up.
  let chunksize = Math.floor(nItems / (nWorkers * 4));
  const extra = nItems % (nWorkers * 4);
  if (extra) {
    chunksize += 1;
  }
  return chunksize;
}

export async function where(x: number): Promise<[number, number]> {
  await sleep(0.05); // a little work, so that both workers take part
  return [x, currentProcess().pid as number];
}

const pad = (value: number, width: number) => String(value).padStart(width);
const range = (start: number, stop: number) => Array.from({ length: stop - start }, (_, i) => start + i);

if (import.meta.main) {
  console.log(" items  workers  chunksize  tasks");
  const cases: [number, number][] = [[10, 2], [100, 2], [1000, 2], [1000, 4], [7, 4], [100_000, 8]];
  for (const [nItems, nWorkers] of cases) {
    const c = defaultChunksize(nItems, nWorkers);
    const tasks = Math.ceil(nItems / c);
    console.log(`${pad(nItems, 6)}  ${pad(nWorkers, 7)}  ${pad(c, 9)}  ${pad(tasks, 5)}`);
  }

  // Check the rule on a real pool: the items of one chunk travel together, so they
  // always run in the same worker, one after another.
  let ranIn: Map<number, number>;
  {
    await using pool = new Pool(2);
    ranIn = new Map(await pool.map(where, range(0, 10))); // no chunksize: the default rule applies
  }
  const c = defaultChunksize(10, 2);
  const chunks: number[][] = [];
  for (let i = 0; i < 10; i += c) {
    chunks.push(range(i, Math.min(i + c, 10)));
  }
  const same = chunks.every((chunk) => new Set(chunk.map((x) => ranIn.get(x))).size === 1);
  console.log(`chunks of map(where, range(10)): [${chunks.map((ch) => `[${ch.join(", ")}]`).join(", ")}]`);
  console.log(`each chunk ran in a single worker: ${same ? "True" : "False"}`);
}
