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

  const results = new Map<number, number>();
  let nextI = 0;
  let arrived = 0;
  for await (const [i, value] of pool.imapUnordered(job, items)) {
    arrived += 1;
    console.error(`progress: ${arrived}/${TASKS}`); // moves in completion order
    results.set(i, value);
    // Save every consecutive result we now have, in input order.
    while (results.has(nextI)) {
      console.log(`saved ${nextI} (${arrived} of ${TASKS} results in)`);
      nextI += 1;
    }
  }
  console.log(`values: [${items.map((i) => results.get(i)).join(", ")}]`);
}
