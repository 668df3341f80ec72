// Queues are shared memory with the kernel's queue behind it for items shared memory cannot carry
// (queue.ts, internal/queue-memory.ts). A put is in the queue for everything the process does
// after it, in this process and in a child it starts next; CPython cannot promise this (its
// feeder thread may not have sent the item yet), so there is no twin. Items of both ways keep
// their order, and many producers and consumers see each item once, also past the ring's size.
import { expect, test } from "@playwright/test";
import { expectNoProcessWorkers, openHarness, runInPage } from "./harness-page.ts";

test("an unbounded put is in the queue for whatever the process does next", async ({ page }) => {
  await openHarness(page);
  const source = `import { Process, Queue } from "multiprocessing";
export async function take(q: Queue<number>): Promise<void> { console.log("child got", await q.getNowait()); }
if (import.meta.main) {
  const q = new Queue<number>();
  for (const n of [1, 2, 3]) await q.put(n);
  console.log("qsize", await q.qsize());
  console.log("got", await q.getNowait());
  const child = new Process({ target: take, args: [q] });
  child.start();
  await child.join();
  console.log("left", await q.qsize());
}
`;
  const run = await runInPage(page, source);
  expect(run.result, run.stderr.join("\n")).toMatchObject({ kind: "exit", exit: { exitcode: 0 } });
  expect(run.stdout).toEqual(["qsize 3", "got 1", "child got 2", "left 1"]);
  await expectNoProcessWorkers(page);
});

test("items that shared memory cannot carry keep their place among the others, past the ring's size", async ({ page }) => {
  await openHarness(page);
  const source = `import { Process, Queue } from "multiprocessing";
export async function produce(q: Queue<unknown>, n: number): Promise<void> {
  // Every seventh item is a typed array, which goes through the kernel; the rest are plain data.
  for (let i = 0; i < n; i++) await q.put(i % 7 === 3 ? new Float64Array([i]) : { i, pad: "x".repeat(40) });
  await q.put(undefined);
}
if (import.meta.main) {
  const q = new Queue<unknown>();
  const p = new Process({ target: produce, args: [q, 3000] });
  p.start();
  await p.join();
  console.log("qsize", await q.qsize());
  let next = 0;
  let misplaced = 0;
  for (;;) {
    const item = await q.get();
    if (item === undefined) break;
    const i = item instanceof Float64Array ? item[0] : (item as { i: number }).i;
    if (i !== next) misplaced += 1;
    next += 1;
  }
  console.log("got", next, "misplaced", misplaced, "left", await q.qsize());
}
`;
  const run = await runInPage(page, source);
  expect(run.result, run.stderr.join("\n")).toMatchObject({ kind: "exit", exit: { exitcode: 0 } });
  expect(run.stdout).toEqual(["qsize 3001", "got 3000 misplaced 0 left 0"]);
  await expectNoProcessWorkers(page);
});

test("two producers and two consumers share a small bounded queue: each item once, each producer's in order", async ({ page }) => {
  await openHarness(page);
  const source = `import { Process, Queue } from "multiprocessing";
export async function produce(q: Queue<unknown>, who: number, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await q.put(i % 5 === 0 ? new Map([["who", who], ["i", i]]) : { who, i });
}
export async function consume(q: Queue<unknown>, out: Queue<unknown>): Promise<void> {
  const seen: string[] = [];
  for (;;) {
    const item = await q.get();
    if (item === null) break;
    const { who, i } = item instanceof Map ? { who: item.get("who"), i: item.get("i") } : (item as { who: number; i: number });
    seen.push(who + ":" + i);
  }
  await out.put(seen);
}
if (import.meta.main) {
  const q = new Queue<unknown>(3);
  const out = new Queue<unknown>();
  const producers = [1, 2].map((who) => new Process({ target: produce, args: [q, who, 1500] }));
  const consumers = [1, 2].map(() => new Process({ target: consume, args: [q, out] }));
  for (const p of [...producers, ...consumers]) p.start();
  for (const p of producers) await p.join();
  for (const _ of consumers) await q.put(null);
  const lists = [(await out.get()) as string[], (await out.get()) as string[]];
  for (const c of consumers) await c.join();
  const all = lists.flat();
  console.log("items", all.length, "distinct", new Set(all).size);
  // One consumer's items of one producer come in the order that producer put them.
  let ordered = true;
  for (const list of lists) {
    for (const who of [1, 2]) {
      const mine = list.filter((s) => s.startsWith(who + ":")).map((s) => Number(s.split(":")[1]));
      ordered &&= mine.every((v, k) => k === 0 || v > mine[k - 1]);
    }
  }
  console.log("in order", ordered, "qsize", await q.qsize());
}
`;
  const run = await runInPage(page, source);
  expect(run.result, run.stderr.join("\n")).toMatchObject({ kind: "exit", exit: { exitcode: 0 } });
  expect(run.stdout).toEqual(["items 3000 distinct 3000", "in order true qsize 0"]);
  await expectNoProcessWorkers(page);
});
