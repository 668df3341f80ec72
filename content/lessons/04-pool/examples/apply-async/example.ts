import { Pool, sleep } from "multiprocessing";

export async function slowDouble(x: number): Promise<number> {
  await sleep(0.1 * (4 - x)); // the later tasks are the quicker ones
  return 2 * x;
}

// Python prints True and False with capitals; spell them the same way here.
function py(values: boolean[]): string {
  return `[${values.map((v) => (v ? "True" : "False")).join(", ")}]`;
}

if (import.meta.main) {
  const pool = new Pool(4);
  const results = [0, 1, 2, 3].map((x) => pool.applyAsync(slowDouble, [x])); // returns at once
  console.log(`submitted, ready: ${py(results.map((r) => r.ready()))}`);
  pool.close(); // no more tasks will come
  await pool.join(); // wait until the workers have finished every task and exited
  console.log(`after join, ready: ${py(results.map((r) => r.ready()))}`);
  const values: number[] = [];
  for (const r of results) {
    values.push(await r.get());
  }
  console.log(`results in submission order: [${values.join(", ")}]`);
}
