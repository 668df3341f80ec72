import { Process, sleep } from "multiprocessing";

export async function task(seconds: number): Promise<void> {
  await sleep(seconds); // stands in for 0.3 s of work
}

async function run(joinInsideLoop: boolean): Promise<number> {
  const start = performance.now();
  const processes: Process[] = [];
  for (let i = 0; i < 3; i++) {
    const p = new Process({ target: task, args: [0.3] });
    p.start();
    if (joinInsideLoop) {
      await p.join(); // waits for this one before the next is even started
    }
    processes.push(p);
  }
  for (const p of processes) {
    await p.join(); // joining a finished process returns at once
  }
  return (performance.now() - start) / 1000;
}

if (import.meta.main) {
  const oneByOne = await run(true);
  const allAtOnce = await run(false);
  console.log(`start and join in one loop:    ${oneByOne.toFixed(2)} s`);
  console.log(`start all, then join all:      ${allAtOnce.toFixed(2)} s`);
  console.log(allAtOnce < oneByOne ? "joining after starting them all was faster" : "no difference?");
}
