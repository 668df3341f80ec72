import { Pool, sleep } from "multiprocessing";

export async function slowSquare(x: number): Promise<number> {
  await sleep(0.3);
  return x * x;
}

if (import.meta.main) {
  // No initializer and no catch: press Stop while this runs.
  {
    await using pool = new Pool(2);
    console.log(await pool.map(slowSquare, [0, 1, 2, 3, 4, 5, 6, 7]));
  }
  console.log("finished normally");
}
