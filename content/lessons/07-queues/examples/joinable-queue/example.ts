import { JoinableQueue, Process, Queue, sleep } from "multiprocessing";

export async function worker(tasks: JoinableQueue<number | null>, results: Queue<number>): Promise<void> {
  while (true) {
    const x = await tasks.get();
    if (x === null) {
      await tasks.taskDone();
      break;
    }
    await sleep(0.05 * x); // the work
    await results.put(x * x);
    await tasks.taskDone(); // exactly one taskDone() for every get()
  }
}

if (import.meta.main) {
  const tasks = new JoinableQueue<number | null>();
  const results = new Queue<number>();
  const workers = [0, 1].map(() => new Process({ target: worker, args: [tasks, results] }));
  for (const w of workers) {
    w.start();
  }

  const rounds: [number, number[]][] = [[1, [1, 2, 3, 4]], [2, [5, 6]]];
  for (const [roundNumber, batch] of rounds) {
    for (const x of batch) {
      await tasks.put(x);
    }
    await tasks.join(); // blocks until taskDone() was called once for every put()
    const squares: number[] = [];
    for (const _ of batch) {
      squares.push(await results.get());
    }
    squares.sort((a, b) => a - b);
    console.log(`round ${roundNumber}: all ${batch.length} tasks done, squares [${squares.join(", ")}]`);
  }

  for (const _ of workers) {
    await tasks.put(null);
  }
  await tasks.join();
  for (const w of workers) {
    await w.join();
  }
  console.log(`workers alive after the sentinels: ${workers.filter((w) => w.isAlive()).length}`);
}
