import { Event, Lock, Process, currentProcess, sleep } from "multiprocessing";

export async function transfer(
  first: Lock,
  second: Lock,
  names: string,
  myTurn: Event,
  yourTurn: Event,
): Promise<void> {
  const me = currentProcess().name;
  await myTurn.wait();
  await using _first = await first.enter();
  console.log(`${me} took lock ${names[0]}`);
  yourTurn.set(); // your turn: ask for your first lock
  await sleep(0.2); // works with the first account
  console.log(`${me} waits for lock ${names[1]}`);
  await using _second = await second.enter();
  console.log(`${me} took both locks`);
  await sleep(0.2);
}

if (import.meta.main) {
  const a = new Lock();
  const b = new Lock();
  const turn1 = new Event();
  const turn2 = new Event();
  const p1 = new Process({ target: transfer, args: [a, b, "AB", turn1, turn2] }); // A, then B
  const p2 = new Process({ target: transfer, args: [a, b, "AB", turn2, turn1] }); // also A, then B
  p1.start();
  p2.start();
  turn1.set(); // Process-1 goes first

  await p1.join();
  await p2.join();
  console.log(`main: no deadlock, exit codes ${p1.exitcode} and ${p2.exitcode}`);
}
