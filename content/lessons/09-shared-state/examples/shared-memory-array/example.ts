import { Process, SharedArray } from "multiprocessing";

const N = 100_000;
const WORKERS = 4;

export function fill(data: SharedArray, start: number, stop: number): void {
  for (let i = start; i < stop; i++) {
    data.set(i, i * i); // only this worker's slice
  }
}

if (import.meta.main) {
  // lock: false because no two workers ever write the same slot
  const data = new SharedArray("d", N, { lock: false });
  const step = N / WORKERS;
  const processes: Process[] = [];
  for (let w = 0; w < WORKERS; w++) {
    processes.push(new Process({ target: fill, args: [data, w * step, (w + 1) * step] }));
  }
  for (const p of processes) {
    p.start();
  }
  for (const p of processes) {
    await p.join();
  }
  const values = data.toArray();
  let sum = 0;
  for (const x of values) {
    sum += x;
  }
  console.log(`${WORKERS} workers filled ${N} slots`);
  console.log(`first five: [${values.slice(0, 5).join(", ")}]`);
  console.log(`last: ${data.get(-1)}`);
  console.log(`sum: ${sum}`);
}
