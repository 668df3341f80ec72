import { Lock, Process, currentProcess, sleep } from "multiprocessing";

export async function transfer(
  first: Lock,
  second: Lock,
  names: string,
  delay: number,
): Promise<void> {
  const me = currentProcess().name;
  await sleep(delay);
  await using _first = await first.enter();
  console.log(`${me} took lock ${names[0]}`);
  await sleep(0.6); // plenty of time for the other process to take its first lock
  console.log(`${me} waits for lock ${names[1]}`);
  await using _second = await second.enter();
  console.log(`${me} took both locks`);
  await sleep(0.2);
}

if (import.meta.main) {
  const a = new Lock();
  const b = new Lock();
  const p1 = new Process({ target: transfer, args: [a, b, "AB", 0.0] }); // takes A, then B
  const p2 = new Process({ target: transfer, args: [b, a, "BA", 0.2] }); // takes B, then A
  p1.start();
  p2.start();

  // join() with a timeout never hangs: it returns, and isAlive() tells us what happened.
  await p1.join(1.5);
  await p2.join(0.1);
  const stuck = [p1, p2].filter((p) => p.isAlive()).map((p) => p.name);
  if (stuck.length === 2) {
    console.log(`main: after 1.5 s both are still waiting: ${stuck.join(", ")}`);
    console.log("main: deadlock, each holds the lock the other needs; terminating both");
    for (const p of [p1, p2]) {
      p.terminate();
      await p.join();
    }
  }
  console.log(`main: exit codes ${p1.exitcode} and ${p2.exitcode}`);
}
