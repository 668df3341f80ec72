import { Pool, sleep } from "multiprocessing";

export async function slowSquare(x: number): Promise<number> {
  await sleep(0.2); // stands in for 0.2 s of work
  return x * x;
}

if (import.meta.main) {
  const start = performance.now();
  let results: number[];
  {
    await using pool = new Pool(4);
    results = await pool.map(slowSquare, [0, 1, 2, 3, 4, 5, 6, 7]);
  }
  const elapsed = (performance.now() - start) / 1000;
  console.log(results);
  console.log(`8 tasks of 0.2 s on 4 workers took ${elapsed.toFixed(2)} s`);
}
