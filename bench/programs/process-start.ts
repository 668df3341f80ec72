// Bench program: from `new Process(...).start()` in the parent to the first line of the child's
// target, on the clock every worker shares (performance.timeOrigin + performance.now()).
import { Process } from "multiprocessing";

export function child(startedAt: number): void {
  const ms = performance.timeOrigin + performance.now() - startedAt;
  console.log(`process_start_ms ${ms}`);
}

if (import.meta.main) {
  for (let i = 0; i < 20; i++) {
    const p = new Process({ target: child, args: [performance.timeOrigin + performance.now()] });
    p.start();
    await p.join();
  }
}
