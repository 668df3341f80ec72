import { Process, setStartMethod } from "multiprocessing";

let setting = "default";

export function show(passed: string): void {
  console.log(`child: global setting = ${setting}, argument = ${passed}`);
}

if (import.meta.main) {
  // The runtime always spawns, like the Python twin: each child loads the
  // module afresh instead of inheriting the parent's memory.
  setStartMethod("spawn");
  setting = "changed in main"; // runs only in the main program: children skip the guard
  console.log(`main:  global setting = ${setting}`);
  const p = new Process({ target: show, args: [setting] });
  p.start();
  await p.join();
}
