// order: any (the non-daemon child may finish before or after the main program's last line)
// At exit the main program waits for non-daemon children and terminates daemon ones.
import { Process, Queue, sleep } from "multiprocessing";

export async function finishes(): Promise<void> {
  await sleep(0.2);
  console.log("non-daemon finished");
}

export async function forever(started: Queue<string>): Promise<void> {
  console.log("daemon started");
  await started.put("started");
  await sleep(60);
  console.log("daemon never gets here");
}

if (import.meta.main) {
  const started = new Queue<string>();
  const worker = new Process({ target: finishes });
  const background = new Process({ target: forever, args: [started], daemon: true });
  worker.start();
  background.start();
  await started.get();
  console.log("main ends without join");
}
