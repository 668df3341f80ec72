// An RLock belongs to one thread: another thread of the same process blocks on it and may not
// release it. The same holds for a Condition's lock. Lock and RLock reprs name the owner.
import { Condition, Lock, RLock, sleep } from "multiprocessing";
import { Thread } from "threading";

const r = new RLock();
const lock = new Lock();
const cond = new Condition();

export async function intruder(): Promise<void> {
  try {
    r.release();
  } catch (e) {
    console.log(`intruder release: ${(e as Error).name}: ${(e as Error).message}`);
  }
  console.log("intruder non-blocking:", await r.acquire(false));
  console.log("intruder with timeout:", await r.acquire(true, 0.05));
  console.log("intruder sees", String(r), String(lock));
  await r.acquire();
  console.log("intruder got it", String(r));
  await r.acquire();
  console.log("intruder twice", String(r));
  r.release();
  r.release();
}

export async function holder(): Promise<void> {
  await r.acquire();
  await r.acquire();
  console.log("holder holds", String(r));
  await sleep(0.1);
  r.release();
  console.log("holder still holds", String(r));
  await sleep(0.1);
  console.log("holder releases");
  r.release();
}

export async function waiter(): Promise<void> {
  {
    await using _ = await cond.enter();
    console.log("waiter waits");
    await cond.wait();
    console.log("waiter woke");
  }
  console.log("waiter left the condition");
}

export async function stranger(): Promise<void> {
  try {
    cond.notify();
  } catch (e) {
    console.log(`stranger notify: ${(e as Error).name}: ${(e as Error).message}`);
  }
  try {
    await cond.wait(0.01);
  } catch (e) {
    console.log(`stranger wait: ${(e as Error).name}: ${(e as Error).message}`);
  }
}

if (import.meta.main) {
  console.log("free", String(r), String(lock));
  await r.acquire();
  await lock.acquire();
  console.log("main holds", String(r), String(lock));
  const t = new Thread({ target: intruder });
  t.start();
  await sleep(0.3);
  console.log("main releases");
  lock.release();
  r.release();
  await t.join();

  const a = new Thread({ target: holder, name: "H" });
  const b = new Thread({ target: intruder, name: "I" });
  a.start();
  await sleep(0.02);
  b.start();
  await a.join();
  await b.join();

  const w = new Thread({ target: waiter });
  w.start();
  await sleep(0.1);
  {
    await using _ = await cond.enter();
    const s = new Thread({ target: stranger });
    s.start();
    await s.join();
    cond.notify();
    console.log("main notified");
  }
  await w.join();
}
