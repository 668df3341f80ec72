import { Pool } from "multiprocessing";

export function work(i: number): number {
  let total = 0;
  for (let k = 0; k < 50_000; k++) {
    total += (k % 7) * (k % 5);
  }
  return (total + i) % 10;
}

// Sums work(i) over a whole batch of items in one task.
export function workBatch(batch: number[]): number {
  return batch.reduce((sum, i) => sum + work(i), 0);
}

if (import.meta.main) {
  const items = Array.from({ length: 2_000 }, (_, i) => i);
  const workers = 2;
  await using pool = new Pool(workers);
  await pool.map(work, [0, 1]); // both workers started before the batches go out
  // Every worker-th item, so each batch gets an even share of cheap and costly items.
  const tasks = Array.from({ length: workers }, (_, w) => items.filter((i) => i % workers === w));
  const total = (await pool.map(workBatch, tasks, 1)).reduce((a, b) => a + b, 0);
  console.log(`tasks ${tasks.length}`);
  console.log(`total ${total}`);
}
