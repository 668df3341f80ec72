import { Condition, Event, Process, Value, sleep } from "multiprocessing";

export async function waiter(go: Event, ready: Value): Promise<void> {
  const flag = await go.wait();
  console.log("waiter saw the event:", flag, "ready =", ready.value);
}

export async function producer(cond: Condition, items: Value): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await sleep(0.1);
    await using _ = await cond.enter();
    items.value += 1;
    cond.notifyAll();
  }
}

if (import.meta.main) {
  const go = new Event();
  const ready = new Value("i", 0);
  const p = new Process({ target: waiter, args: [go, ready] });
  p.start();
  console.log("timed wait:", await go.wait(0.2), "isSet:", go.isSet());
  ready.value = 42;
  go.set();
  await p.join();
  go.clear();
  console.log("after clear:", go.isSet());

  const cond = new Condition();
  const items = new Value("i", 0, { lock: false });
  const q = new Process({ target: producer, args: [cond, items] });
  q.start();
  {
    await using _ = await cond.enter();
    const reached = await cond.waitFor(() => items.value >= 3, 5);
    console.log("waitFor returned", reached, "with", items.value, "items");
    console.log("wait with nobody notifying:", await cond.wait(0.1));
  }
  await q.join();
  try {
    await cond.wait();
  } catch (error) {
    console.log(`${(error as Error).name}: ${(error as Error).message}`);
  }
}
