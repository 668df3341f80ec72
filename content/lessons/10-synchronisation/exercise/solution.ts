import { Barrier, Lock, Process, currentProcess, sleep } from "multiprocessing";

export async function transfer(
  first: Lock,
  second: Lock,
  names: string,
  bothHoldOne: Barrier,
): Promise<void> {
  const me = currentProcess().name;
  for (let round = 1; ; round++) {
    await first.acquire();
    console.log(`${me} took lock ${names[0]}`);
    if (round === 1) await bothHoldOne.wait(); // both hold their first lock now: the worst timing
    console.log(`${me} waits for lock ${names[1]}`);
    if (await second.acquire(true, 0.5)) {
      break; // holding both
    }
    console.log(`${me} backs off`);
    first.release(); // let the other process finish ...
    await sleep(Math.random() * 0.3); // ... and do not retry in lockstep with it
  }
  try {
    console.log(`${me} took both locks`);
    await sleep(0.2);
  } finally {
    second.release();
    first.release();
  }
}

if (import.meta.main) {
  const a = new Lock();
  const b = new Lock();
  const bothHoldOne = new Barrier(2);
  const p1 = new Process({ target: transfer, args: [a, b, "AB", bothHoldOne] }); // takes A, then B
  const p2 = new Process({ target: transfer, args: [b, a, "BA", bothHoldOne] }); // takes B, then A
  p1.start();
  p2.start();

  // A safety net, so that the program always ends: 4 s after the start, stop whoever is stuck.
  const deadline = performance.now() + 4000;
  for (const p of [p1, p2]) await p.join(Math.max(0, deadline - performance.now()) / 1000);
  for (const p of [p1, p2]) {
    if (p.isAlive()) {
      console.log(`main: ${p.name} is still stuck after 4 s; terminating it`);
      p.terminate();
      await p.join();
    }
  }
  console.log(`main: exit codes ${p1.exitcode} and ${p2.exitcode}`);
}
