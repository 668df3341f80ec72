// Bench program: from `new Process(...).start()` in the parent to the first line of the child's
// target, on the clock every worker shares (performance.timeOrigin + performance.now()). Twenty
// starts 0.1 s apart (the kernel has a worker loaded for the next process by then), then twenty
// back to back (each start finds that worker still loading).
import { Process, sleep } from "multiprocessing";

export function child(label: string, startedAt: number): void {
  const ms = performance.timeOrigin + performance.now() - startedAt;
  console.log(`${label} ${ms}`);
}

async function startAndJoin(label: string): Promise<void> {
  const p = new Process({ target: child, args: [label, performance.timeOrigin + performance.now()] });
  p.start();
  await p.join();
}

if (import.meta.main) {
  for (let i = 0; i < 20; i++) {
    await sleep(0.1);
    await startAndJoin("process_start_ms");
  }
  for (let i = 0; i < 20; i++) await startAndJoin("process_start_back_to_back_ms");
}
