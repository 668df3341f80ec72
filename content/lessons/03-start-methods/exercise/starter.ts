import { Process } from "multiprocessing";

// Works under fork, fails under spawn, the only start method a browser has.
let scale = 1;

async function main(): Promise<void> {
  scale = 10;
  const jobs = [0, 1, 2].map((n) => new Process({ target: () => console.log(n * scale) }));
  for (const p of jobs) p.start();
  for (const p of jobs) await p.join();
}

await main();
