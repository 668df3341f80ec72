import { Pool, sleep } from "multiprocessing";

const DURATIONS = [0.5, 0.1, 0.2, 0.1]; // the same four tasks as before

export async function job(i: number): Promise<number> {
  await sleep(DURATIONS[i]);
  return i;
}

function since(start: number): string {
  return ((performance.now() - start) / 1000).toFixed(1);
}

if (import.meta.main) {
  await using pool = new Pool(2);
  await pool.map(job, [1, 3]); // warm up: both workers are running before we time anything

  const start = performance.now();
  for await (const i of pool.imapUnordered(job, [0, 1, 2, 3])) {
    // each result as soon as it is done
    console.log(`imap_unordered gave ${i} after ${since(start)} s`);
  }
}
