import { Barrier, Event, Lock, Process, currentProcess, sleep } from "multiprocessing";

export async function transfer(
  first: Lock,
  second: Lock,
  names: string,
  myTurn: Event,
  yourTurn: Event,
  aboutToBlock: Barrier,
): Promise<void> {
  // The processes take turns (two Events), so each holds its first lock before either asks for
  // its second: the unlucky timing that deadlocks, staged to happen on every run.
  const me = currentProcess().name;
  await myTurn.wait();
  await using _first = await first.enter();
  console.log(`${me} took lock ${names[0]}`);
  myTurn.clear();
  yourTurn.set(); // your turn: take your first lock
  await sleep(0.2); // works with the first account
  await myTurn.wait(); // until the other process hands the turn back
  console.log(`${me} waits for lock ${names[1]}`);
  yourTurn.set();
  await aboutToBlock.wait();
  await using _second = await second.enter();
  console.log(`${me} took both locks`);
  await sleep(0.2);
}

if (import.meta.main) {
  const a = new Lock();
  const b = new Lock();
  const turn1 = new Event();
  const turn2 = new Event();
  const aboutToBlock = new Barrier(3); // both workers and the main process
  const p1 = new Process({ target: transfer, args: [a, b, "AB", turn1, turn2, aboutToBlock] }); // takes A, then B
  const p2 = new Process({ target: transfer, args: [b, a, "BA", turn2, turn1, aboutToBlock] }); // takes B, then A
  p1.start();
  p2.start();
  turn1.set(); // Process-1 goes first
  await aboutToBlock.wait(); // both hold one lock and are asking for the other's

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
