import { Process } from "multiprocessing";

let scale = 1;

// A named top-level function the child can find by name, as pickle does; scale comes as an argument
// because the child's copy of the module still has scale = 1.
export function show(n: number, scale: number): void {
  console.log(n * scale);
}

async function main(): Promise<void> {
  scale = 10;
  const jobs = [0, 1, 2].map((n) => new Process({ target: show, args: [n, scale] }));
  for (const p of jobs) p.start();
  for (const p of jobs) await p.join();
}

// Children load this module again: only the main program may start processes.
if (import.meta.main) {
  await main();
}
