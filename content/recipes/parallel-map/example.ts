import { Pool } from "multiprocessing";

export function square(x: number): number {
  return x * x;
}

if (import.meta.main) {
  await using pool = new Pool(4);
  // Results come back in input order, whichever worker finished first.
  console.log(await pool.map(square, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
}
