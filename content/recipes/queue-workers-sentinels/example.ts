import { Process, Queue } from "multiprocessing";

const STOP = null; // the sentinel: a value no real task can be

export async function worker(tasks: Queue, results: Queue): Promise<void> {
  while (true) {
    const x = (await tasks.get()) as number | null;
    if (x === STOP) {
      break;
    }
    await results.put([x, x * x]);
  }
}

if (import.meta.main) {
  const tasks = new Queue();
  const results = new Queue();
  const workers = [0, 1, 2].map(() => new Process({ target: worker, args: [tasks, results] }));
  for (const w of workers) {
    w.start();
  }

  const items = [1, 2, 3, 4, 5, 6, 7, 8];
  for (const x of items) {
    await tasks.put(x);
  }
  for (const _ of workers) {
    await tasks.put(STOP); // one sentinel per worker
  }

  // Drain the results before join(), as in Python.
  const squares = new Map<number, number>();
  for (const _ of items) {
    const [x, square] = (await results.get()) as [number, number];
    squares.set(x, square);
  }
  for (const w of workers) {
    await w.join();
  }
  console.log(items.map((x) => squares.get(x)!));
  console.log(`exit codes: [${workers.map((w) => w.exitcode).join(", ")}]`);
}
