import { JoinableQueue, Process, Queue, sleep } from "multiprocessing";

export async function worker(tasks: JoinableQueue<number | null>, results: Queue<string | null>): Promise<void> {
  while (true) {
    const x = await tasks.get();
    if (x === null) {
      await tasks.taskDone();
      break;
    }
    await sleep(0.05); // the work
    // TODO: send the line to the writer through `results` instead of printing it here.
    console.log(`result ${x} -> ${x * x}`);
    await tasks.taskDone();
  }
}

// TODO: the single writer: print every line that arrives on `results` until a null arrives,
// then print `written <count> results`.
export async function writer(results: Queue<string | null>): Promise<void> {
  void results;
}

if (import.meta.main) {
  const tasks = new JoinableQueue<number | null>();
  const results = new Queue<string | null>();
  const workers = [0, 1].map(() => new Process({ target: worker, args: [tasks, results] }));
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
  console.log(`workers alive: ${workers.filter((w) => w.isAlive()).length}`);
}
