// order: any
import { sleep } from "multiprocessing";
import { Barrier, Event, Lock, Semaphore, Thread } from "threading";

const lock = new Lock();
const go = new Event();
const line = new Barrier(2);
const slots = new Semaphore(1);

export async function holder(): Promise<void> {
  await using _ = await lock.enter();
  console.log("holder took the lock");
  await sleep(0.2);
  console.log("holder releases");
}

export async function other(): Promise<void> {
  await sleep(0.05);
  console.log("other, non-blocking:", await lock.acquire(false));
  await lock.acquire();
  console.log("other got the lock after the holder");
  lock.release();
}

export async function starter(name: string): Promise<void> {
  await go.wait();
  console.log(`${name} started`);
  const index = await line.wait();
  await using _ = await slots.enter();
  console.log(`${name} passed the barrier`, index >= 0);
}

if (import.meta.main) {
  const pair = [new Thread({ target: holder }), new Thread({ target: other })];
  for (const t of pair) t.start();
  for (const t of pair) await t.join();

  const starters = ["first", "second"].map((name, i) => new Thread({ target: starter, args: [name], name: `T${i}` }));
  for (const t of starters) t.start();
  await sleep(0.1);
  console.log("main sets the event");
  go.set();
  for (const t of starters) await t.join();
}
