import { Manager, Process } from "multiprocessing";
import type { DictProxy, LockProxy } from "multiprocessing";

const WORKERS = 4;
const TIMES = 250;

export async function hitWithLock(d: DictProxy<string, number>, lock: LockProxy, times: number): Promise<void> {
  for (let k = 0; k < times; k++) {
    await using _ = await lock.enter(); // get, add and set as one step: nobody slips in between
    await d.set("hits", (await d.get("hits")) + 1);
  }
}

export async function hitOwnKey(d: DictProxy<string, number>, i: number, times: number): Promise<void> {
  let count = 0;
  for (let k = 0; k < times; k++) {
    count += 1; // local: no message, no race
  }
  await d.set(`hits-${i}`, count); // one message, to a key no other process writes
}

async function runAll(processes: Process[]): Promise<number> {
  const start = performance.now();
  for (const p of processes) {
    p.start();
  }
  for (const p of processes) {
    await p.join();
  }
  return (performance.now() - start) / 1000;
}

if (import.meta.main) {
  await using manager = await Manager();

  const locked = await manager.dict();
  await locked.set("hits", 0);
  const lock = await manager.Lock();
  let seconds = await runAll(
    Array.from({ length: WORKERS }, () => new Process({ target: hitWithLock, args: [locked, lock, TIMES] })),
  );
  console.log(`with a lock: ${await locked.get("hits")} hits in ${seconds.toFixed(2)} s`);

  const own = await manager.dict();
  seconds = await runAll(
    Array.from({ length: WORKERS }, (_, i) => new Process({ target: hitOwnKey, args: [own, i, TIMES] })),
  );
  const values = (await own.values()) as number[];
  console.log(`one key per process: ${values.reduce((a, b) => a + b, 0)} hits in ${seconds.toFixed(2)} s`);
  console.log(((await own.keys()) as string[]).sort());
}
