import { Pool } from "multiprocessing";

export function power(base: number, exponent: number): number {
  return base ** exponent;
}

if (import.meta.main) {
  await using pool = new Pool(2);
  // starmap spreads each tuple into arguments: power(2, 3), power(3, 2), ...
  console.log(await pool.starmap(power, [[2, 3], [3, 2], [10, 4]]));
  // apply runs one call in a worker and waits for its result.
  console.log(await pool.apply(power, [2, 10]));
}
