import { Barrier, Event, Process, sleep } from "multiprocessing";

const WORKERS = 3;

export async function worker(i: number, ready: Barrier, go: Event, line: Barrier): Promise<void> {
  await ready.wait(); // tell the main process this worker is running
  await go.wait(); // sleep until the main process says go
  await sleep(0.2 * (i + 1)); // phase 1 takes a different time in each worker
  console.log(`worker ${i} finished phase 1`);
  if ((await line.wait()) === 0) {
    // all wait here for the slowest; exactly one gets index 0
    console.log(`all ${WORKERS} reached the barrier, phase 2 starts together`);
  }
  await sleep(0.2); // phase 2
}

if (import.meta.main) {
  const ready = new Barrier(WORKERS + 1); // the workers and the main process
  const go = new Event();
  const line = new Barrier(WORKERS);
  const processes: Process[] = [];
  for (let i = 0; i < WORKERS; i++) {
    processes.push(new Process({ target: worker, args: [i, ready, go, line] }));
  }
  for (const p of processes) {
    p.start();
  }
  await sleep(0.3); // the main process prepares something the workers need
  await ready.wait(); // every worker has started, so all of them see go at the same moment
  console.log("main: setup done, go!");
  go.set();
  for (const p of processes) {
    await p.join();
  }
  console.log("main: all workers joined");
}
