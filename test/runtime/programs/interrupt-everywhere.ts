// stop-after: 1 once 3 processes run
// Without the recipe, Ctrl-C reaches every process: each busy worker dies with its own traceback.
import { Process, KeyboardInterrupt, sleep } from "multiprocessing";

export async function nap(seconds: number): Promise<void> {
  await sleep(seconds);
}

export function spin(): void {
  let n = 0;
  while (n >= 0) n = (n + 1) % 1_000_000;
}

if (import.meta.main) {
  const children = [new Process({ target: nap, args: [5] }), new Process({ target: spin })];
  for (const child of children) child.start();
  try {
    for (const child of children) await child.join();
  } catch (e) {
    console.log("main:", (e as Error).name, e instanceof KeyboardInterrupt ? "True" : "False");
  }
  for (const child of children) await child.join();
  console.log("exit codes", children.map((c) => c.exitcode));
}
