import { KeyboardInterrupt, Process, sleep } from "multiprocessing";

export async function longJob(seconds: number): Promise<void> {
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    await sleep(0.05); // a long job in small steps
  }
}

if (import.meta.main) {
  const processes = [0, 1, 2].map(() => new Process({ target: longJob, args: [5.0] }));
  for (const p of processes) {
    p.start();
  }
  console.log(`started ${processes.length} processes`);
  // Stop in a lab is unpredictable, so this program "presses" it itself after 0.3 s.
  await sleep(0.3);
  throw new KeyboardInterrupt(); // what Stop does to the main process
  // TODO: survive this: stop every process, wait for each, then print `<name> exit code <code>` for each.
}
