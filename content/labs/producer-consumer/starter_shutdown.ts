import { JoinableQueue, Process, Queue, sleep } from "multiprocessing";

// Producing takes time too (reading files, say): each producer puts three numbers.
export async function producer(first: number, tasks: JoinableQueue<number | null>): Promise<void> {
  for (let x = first; x < first + 3; x++) {
    await sleep(0.05);
    await tasks.put(x);
  }
}

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
  const output = new Process({ target: writer, args: [results] });
  const workers = [0, 1].map(() => new Process({ target: worker, args: [tasks, results] }));
  const producers = [1, 4].map((first) => new Process({ target: producer, args: [first, tasks] }));
  for (const p of [output, ...workers, ...producers]) {
    p.start();
  }
  // TODO: this shutdown loses work. Put each sentinel only after the last item of the stage before
  // it: wait for the producers, then stop the workers once every task is done, then the writer.
  for (const _ of workers) {
    await tasks.put(null);
  }
  for (const w of workers) {
    await w.join();
  }
  await results.put(null);
  await output.join();
  for (const p of producers) {
    await p.join();
  }
  console.log(`workers alive: ${workers.filter((w) => w.isAlive()).length}`);
}
