import {
  Barrier, BoundedSemaphore, Condition, Event, Lock, Pool, RLock, Semaphore, SharedArray, Value,
} from "multiprocessing";

export function identity(x: unknown): unknown {
  return x;
}

function show(error: unknown): void {
  console.log(`${(error as Error).name}: ${(error as Error).message}`);
}

if (import.meta.main) {
  for (const lock of [new Lock(), new BoundedSemaphore(1)]) {
    try {
      lock.release();
    } catch (error) {
      show(error);
    }
  }
  const r = new RLock();
  try {
    r.release();
  } catch (error) {
    show(error);
  }
  await r.acquire();
  await r.acquire();
  r.release();
  r.release();
  try {
    r.release();
  } catch (error) {
    show(error);
  }

  const lock = new Lock();
  console.log("first acquire", await lock.acquire());
  console.log("non-blocking", await lock.acquire(false));
  console.log("timeout", await lock.acquire(true, 0.1));
  lock.release();
  {
    await using _ = await lock.enter();
    console.log("inside with, locked:", lock.locked());
  }
  console.log("after with, locked:", lock.locked());

  const s = new Semaphore(3);
  await s.acquire();
  console.log("semaphore value", s.getValue());
  s.release();
  s.release();
  console.log("unbounded release allowed", s.getValue());

  const c = new Condition();
  try {
    c.notify();
  } catch (error) {
    show(error);
  }

  const noLock = new Value("i", 0, { lock: false });
  try {
    noLock.getLock();
  } catch (error) {
    show(error);
  }

  await using pool = new Pool(1);
  const objects = [
    new Lock(), new RLock(), new Semaphore(), new BoundedSemaphore(), new Event(), new Condition(),
    new Barrier(2), new Value("i", 0), new Value("i", 0, { lock: false }), new SharedArray("i", 3),
  ];
  for (const obj of objects) {
    try {
      await pool.apply(identity, [obj]);
    } catch (error) {
      show(error);
    }
  }
}
