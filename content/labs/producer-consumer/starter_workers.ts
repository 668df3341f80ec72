import { JoinableQueue, Process, currentProcess, sleep } from "multiprocessing";

export async function square(x: number): Promise<void> {
  await sleep(0.05); // the work
  console.log(`result ${x} -> ${x * x}`);
}

// TODO: a long-lived worker. Take numbers from `tasks` until a null sentinel arrives, print the same
// line as `square` for each, call `taskDone()` once per item taken (the sentinel too), and print
// `<its process name> stopping` before it returns.
export async function worker(tasks: JoinableQueue<number | null>): Promise<void> {
  void tasks;
  void currentProcess;
}

if (import.meta.main) {
  // One process per number: every number pays for starting a process.
  const processes = [1, 2, 3, 4, 5, 6].map((x) => new Process({ target: square, args: [x] }));
  for (const p of processes) {
    p.start();
  }
  for (const p of processes) {
    await p.join();
  }
  console.log(`workers alive: ${processes.filter((p) => p.isAlive()).length}`);
}
