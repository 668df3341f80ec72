import { Pool } from "multiprocessing";

export function cube(x: number): [number, number] {
  if (x < 0) {
    throw new Error(`negative input ${x}`);
  }
  return [x, x ** 3]; // return the input too: callbacks only see the result
}

if (import.meta.main) {
  const results = new Map<number, number>();
  const errors: string[] = [];

  // Callbacks run in the parent, so they may be closures over its variables.
  const collect = (pair: [number, number]): void => {
    const [x, value] = pair;
    results.set(x, value);
  };
  const report = (err: Error): void => {
    errors.push(err.message);
  };

  const pool = new Pool(2);
  for (const x of [3, 1, -2, 4, 2]) {
    pool.applyAsync(cube, [x], { callback: collect, errorCallback: report });
  }
  pool.close(); // no more tasks
  await pool.join(); // wait until every task and callback has run
  for (const x of [...results.keys()].sort((a, b) => a - b)) {
    console.log(`${x} -> ${results.get(x)}`);
  }
  for (const message of errors) {
    console.log(`error: ${message}`);
  }
}
