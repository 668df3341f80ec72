import { Pool, sleep } from "multiprocessing";

const TASKS = 20;

/** Task i takes between 0 and 0.2 s and returns its index with its value. */
export async function job(i: number): Promise<[number, number]> {
  await sleep(0.05 * ((7 * i) % 5));
  return [i, i * i];
}

if (import.meta.main) {
  const items = Array.from({ length: TASKS }, (_, i) => i);
  await using pool = new Pool(4);

  // Waits for all twenty results before saving the first.
  const results = await pool.map(job, items);
  console.error(`progress: ${results.length}/${TASKS}`);
  for (const [i] of results) {
    console.log(`saved ${i} (${results.length} of ${TASKS} results in)`);
  }
  console.log(`values: [${results.map(([, value]) => value).join(", ")}]`);
}
