import { KeyboardInterrupt, Process, sleep } from "multiprocessing";

const SIMULATE_STOP = true; // set to false, run it, and press Stop yourself

export async function longJob(seconds: number): Promise<void> {
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    await sleep(0.05); // a long job in small steps
  }
}

if (import.meta.main) {
  const processes: Process[] = [];
  for (let i = 0; i < 3; i++) {
    processes.push(new Process({ target: longJob, args: [2.0] }));
  }
  for (const p of processes) {
    p.start();
  }
  console.log(`started ${processes.length} processes`);
  try {
    if (SIMULATE_STOP) {
      await sleep(0.5);
      throw new KeyboardInterrupt(); // what Stop does to the main process
    }
    for (const p of processes) {
      await p.join();
    }
  } catch (e) {
    if (!(e instanceof KeyboardInterrupt)) throw e;
    console.log("Ctrl-C: terminating every process");
    for (const p of processes) {
      p.terminate(); // ask it to stop (SIGTERM)...
      await p.join(); // ...and wait until it has, so none is left behind
    }
  }
  for (const p of processes) {
    console.log(`${p.name} exit code ${p.exitcode}`);
  }
}
