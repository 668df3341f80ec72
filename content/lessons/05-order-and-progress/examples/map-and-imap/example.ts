import { Pool, sleep } from "multiprocessing";

const DURATIONS = [0.5, 0.1, 0.2, 0.1]; // seconds each task waits, as if on a slow network

export async function job(i: number): Promise<number> {
  await sleep(DURATIONS[i]);
  return i;
}

function since(start: number): string {
  return ((performance.now() - start) / 1000).toFixed(1);
}

if (import.meta.main) {
  await using pool = new Pool(2);

  let start = performance.now();
  const results = await pool.map(job, [0, 1, 2, 3]); // one list, once every task is done
  console.log(`map returned [${results.join(", ")}] after ${since(start)} s`);

  start = performance.now();
  for await (const i of pool.imap(job, [0, 1, 2, 3])) {
    // one result at a time, in input order
    console.log(`imap gave ${i} after ${since(start)} s`);
  }
}
