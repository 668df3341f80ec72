import { Process } from "multiprocessing";

let counter = 0; // a module-level global: every process has its own

function show(xs: number[]): string {
  return `[${xs.join(", ")}]`;
}

export function work(scores: number[]): void {
  counter += 100;
  scores.push(99);
  console.log(`child:  counter=${counter}, scores=${show(scores)}`);
}

if (import.meta.main) {
  // The child starts from a fresh import (spawn), so it never runs the
  // line below and its counter starts at 0.
  counter = 1;
  const scores = [70, 85];
  const p = new Process({ target: work, args: [scores] });
  p.start();
  await p.join();
  console.log(`parent: counter=${counter}, scores=${show(scores)}`);
}
