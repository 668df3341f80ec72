// No main guard: every child re-imports the module and tries to start a process of its own, which
// fails with RuntimeError in the child (exit code 1) instead of spawning forever.
import { Process, currentProcess } from "multiprocessing";

export function work(): void {
  console.log("work runs");
}

console.log("top level runs in", currentProcess().name);
const p = new Process({ target: work });
p.start();
await p.join();
console.log("exitcode", p.exitcode);
