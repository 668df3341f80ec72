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
  await sleep(0.3); // plenty of time for the other process to take its first lock
  console.log(`${me} waits for lock ${names[1]}`);
  await using _second = await second.enter();
  console.log(`${me} took both locks`);
  await sleep(0.2);
}

if (import.meta.main) {
  const a = new Lock();
  const b = new Lock();
  const p1 = new Process({ target: transfer, args: [a, b, "AB", 0.0] }); // takes A, then B
  const p2 = new Process({ target: transfer, args: [b, a, "BA", 0.1] }); // takes B, then A
  p1.start();
  p2.start();

  // A safety net, so that the program always ends: after 4 s, stop whoever is still stuck.
  await p1.join(4);
  await p2.join(0.1);
  for (const p of [p1, p2]) {
    if (p.isAlive()) {
      console.log(`main: ${p.name} is still stuck after 4 s; terminating it`);
      p.terminate();
      await p.join();
    }
  }
  console.log(`main: exit codes ${p1.exitcode} and ${p2.exitcode}`);
}
