import { Process, currentProcess, setStartMethod } from "multiprocessing";

// Top-level code runs whenever this module is loaded: once in the page's program,
// and again in every spawned child, where import.meta.main is false.
const me = currentProcess().name;
console.log(`module loaded in ${me}; guard is ${import.meta.main ? "True" : "False"}`);

export function work(): void {
  console.log(`work() runs in ${currentProcess().name}`);
}

if (import.meta.main) {
  // The runtime always spawns; this line only mirrors the Python twin.
  setStartMethod("spawn");
  console.log("main: starting a child");
  const p = new Process({ target: work });
  p.start();
  await p.join();
  console.log("main: done");
}
