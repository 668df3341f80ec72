import { Process, SharedArray, Value } from "multiprocessing";

const WORKERS = 4;
const SECONDS = 0.3; // each process increments for this long, however fast the machine is

export async function hammer(
  counter: Value,
  made: SharedArray,
  slot: number,
  useLock: boolean,
): Promise<void> {
  let mine = 0;
  const end = performance.now() + SECONDS * 1000;
  while (performance.now() < end) {
    if (useLock) {
      await using _ = await counter.getLock().enter(); // read, add and write as one step
      counter.value += 1;
    } else {
      counter.value += 1; // read, add, write: another process can slip in between
    }
    mine += 1;
  }
  made.set(slot, mine); // one slot per process, so this write never races
}

async function run(useLock: boolean): Promise<[number, number]> {
  const counter = new Value("i", 0);
  const made = new SharedArray("i", WORKERS);
  const processes: Process[] = [];
  for (let slot = 0; slot < WORKERS; slot++) {
    processes.push(new Process({ target: hammer, args: [counter, made, slot, useLock] }));
  }
  for (const p of processes) {
    p.start();
  }
  for (const p of processes) {
    await p.join();
  }
  let total = 0;
  for (let slot = 0; slot < made.length; slot++) {
    total += made.get(slot);
  }
  return [total, counter.value];
}

if (import.meta.main) {
  let [made, counted] = await run(false);
  console.log(`without the lock: lost ${made - counted} of ${made} increments`);
  [made, counted] = await run(true);
  console.log(`with the lock: lost ${made - counted} of ${made} increments`);
}
