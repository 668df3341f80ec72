import { Manager, Pool, Process, activeChildren, currentProcess } from "multiprocessing";
import type { DictProxy, ListProxy, LockProxy, QueueProxy, ValueProxy } from "multiprocessing";

function show(error: unknown): void {
  console.log(`${(error as Error).name}: ${(error as Error).message}`);
}

export async function record(scores: DictProxy<string, number[]>): Promise<void> {
  (await scores.get("alice")).push(90);
  const bob = await scores.get("bob");
  bob.push(75);
  await scores.set("bob", bob);
}

export async function square(n: number, results: DictProxy<number, number>, log: ListProxy<number>, q: QueueProxy<number>): Promise<void> {
  await results.set(n, n * n);
  await log.append(n);
  await q.put(n);
}

export async function add(lock: LockProxy, total: ValueProxy<number>, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await using _ = await lock.enter();
    await total.set((await total.get()) + 1);
  }
}

if (import.meta.main) {
  let leftover: DictProxy | null = null;
  {
    await using manager = await Manager();
    console.log("children:", activeChildren().map((p) => p.name));
    console.log("next process:", new Process({}).name, "in", currentProcess().name);

    const d = await manager.dict();
    await d.set("a", 1);
    await d.set(2, "two");
    console.log("get", await d.get("a"), await d.get(2), "fallback", await d.get("zz", 5));
    try {
      await d.get("missing");
    } catch (error) {
      show(error);
    }
    try {
      await d.delete("missing");
    } catch (error) {
      show(error);
    }
    console.log("has", await d.has("a"), await d.has("b"), "len", await d.len());
    console.log("setdefault", await d.setdefault("c", 3), await d.setdefault("a", 100));
    console.log("pop", await d.pop("c"), await d.pop("c", "gone"));
    await d.update([["x", 10], ["y", 20]]);
    console.log("keys", await d.keys(), "values", await d.values());
    console.log("items", await d.items());

    const l = await manager.list([1, 2]);
    await l.append(3);
    await l.extend([4, 5]);
    await l.set(0, 10);
    console.log("list", await l.toArray(), "len", await l.len(), "last", await l.get(-1), "pop", await l.pop());
    try {
      await l.get(10);
    } catch (error) {
      show(error);
    }
    const ns = await manager.Namespace();
    await ns.set("x", 1);
    console.log("namespace x", await ns.get("x"));
    try {
      await ns.get("y");
    } catch (error) {
      show(error);
    }

    const scores = await manager.dict<string, number[]>();
    await scores.set("alice", []);
    await scores.set("bob", []);
    const p = new Process({ target: record, args: [scores] });
    p.start();
    await p.join();
    console.log("alice", await scores.get("alice"), "bob", await scores.get("bob"));

    const results = await manager.dict<number, number>();
    const log = await manager.list<number>();
    const q = await manager.Queue<number>();
    {
      await using pool = new Pool(2);
      await pool.starmap(square, [1, 2, 3, 4].map((n) => [n, results, log, q]));
    }
    const got: number[] = [];
    for (let i = 0; i < 4; i++) got.push(await q.get());
    console.log("squares", (await results.items()).sort((a, b) => a[0] - b[0]), "log", (await log.toArray()).sort(), "queue", got.sort());

    const lock = await manager.Lock();
    const total = await manager.Value("i", 0);
    const adders = [0, 1, 2].map(() => new Process({ target: add, args: [lock, total, 50] }));
    for (const a of adders) a.start();
    for (const a of adders) await a.join();
    console.log("locked total", await total.get());
    try {
      await lock.release();
    } catch (error) {
      show(error);
    }
    const event = await manager.Event();
    console.log("event", await event.isSet(), await event.wait(0.05));
    await event.set();
    console.log("event", await event.isSet(), await event.wait());
    leftover = d;
  }
  try {
    await leftover!.set("x", 1);
  } catch (error) {
    show(error);
  }
}
