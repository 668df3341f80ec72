import { JoinableQueue, Process, Queue, sleep } from "multiprocessing";

export async function worker(tasks: JoinableQueue<number | null>, results: Queue<string | null>): Promise<void> {
  while (true) {
    const x = await tasks.get();
    if (x === null) {
      await tasks.taskDone();
      break;
    }
    await sleep(0.05); // the work
    await results.put(`result ${x} -> ${x * x}`);
    await tasks.taskDone();
  }
}

// The only process that prints results: lines never interleave, and one place owns the output.
export async function writer(results: Queue<string | null>): Promise<void> {
  let count = 0;
  for (let line = await results.get(); line !== null; line = await results.get()) {
    console.log(line);
    count += 1;
  }
  console.log(`written ${count} results`);
}

if (import.meta.main) {
  const tasks = new JoinableQueue<number | null>();
  const results = new Queue<string | null>();
  const workers = [0, 1].map(() => new Process({ target: worker, args: [tasks, results] }));
  const output = new Process({ target: writer, args: [results] });
  output.start();
  for (const w of workers) {
    w.start();
  }
  for (const x of [1, 2, 3, 4, 5, 6]) {
    await tasks.put(x);
  }
  for (const _ of workers) {
    await tasks.put(null); // one sentinel per worker
  }
  await tasks.join();
  for (const w of workers) {
    await w.join();
  }
  await results.put(null); // every worker is done: now the writer may stop
  await output.join();
  console.log(`workers alive: ${workers.filter((w) => w.isAlive()).length}`);
}
