import { JoinableQueue, Process, currentProcess, sleep } from "multiprocessing";

export async function square(x: number): Promise<void> {
  await sleep(0.05); // the work
  console.log(`result ${x} -> ${x * x}`);
}

// Started once, serves many tasks: the start-up cost is paid per worker, not per number.
export async function worker(tasks: JoinableQueue<number | null>): Promise<void> {
  while (true) {
    const x = await tasks.get();
    if (x === null) {
      await tasks.taskDone();
      break;
    }
    await square(x);
    await tasks.taskDone();
  }
  console.log(`${currentProcess().name} stopping`);
}

if (import.meta.main) {
  const tasks = new JoinableQueue<number | null>();
  const workers = [0, 1].map(() => new Process({ target: worker, args: [tasks] }));
  for (const w of workers) {
    w.start();
  }
  for (const x of [1, 2, 3, 4, 5, 6]) {
    await tasks.put(x);
  }
  for (const _ of workers) {
    await tasks.put(null); // one sentinel per worker
  }
  await tasks.join(); // every item, sentinels included, has had its taskDone()
  for (const w of workers) {
    await w.join();
  }
  console.log(`workers alive: ${workers.filter((w) => w.isAlive()).length}`);
}
