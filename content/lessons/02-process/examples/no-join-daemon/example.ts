import { Process, sleep } from "multiprocessing";

export async function worker(label: string, seconds: number): Promise<void> {
  await sleep(seconds);
  console.log(`${label}: finished after ${seconds} s`);
}

if (import.meta.main) {
  const normal = new Process({ target: worker, args: ["normal child", 0.5] });
  const background = new Process({ target: worker, args: ["daemon child", 2] });
  background.daemon = true; // must be set before start()
  normal.start();
  background.start();
  console.log("main: reached the end, no join");
  // Leaving now: the runtime terminates the daemon child, then waits for the normal one.
}
