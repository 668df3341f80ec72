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
  const p1 = new Process({ target: transfer, args: [a, b, "AB", 0.0] }); // A, then B
  const p2 = new Process({ target: transfer, args: [a, b, "AB", 0.2] }); // also A, then B
  p1.start();
  p2.start();

  await p1.join();
  await p2.join();
  console.log(`main: no deadlock, exit codes ${p1.exitcode} and ${p2.exitcode}`);
}
