// Shared-state behaviour that has no fixed output to compare with CPython: increments lost without
// a lock, read-modify-write races through a Manager dict, Stop while waiting for a lock, and the
// trace events the timeline draws for lock waits and holds, barrier waits and manager round trips.
import { expect, test } from "@playwright/test";
import { expectNoProcessWorkers, openHarness, runInPage } from "./harness-page.ts";

test("v.value += 1 without the lock loses updates across processes; with it none are lost", async ({ page }) => {
  await openHarness(page);
  const source = `import { Barrier, Process, Value } from "multiprocessing";
export async function bump(v: Value, times: number, locked: boolean, start: Barrier): Promise<void> {
  await start.wait();
  for (let i = 0; i < times; i++) {
    if (locked) { await using _ = await v.getLock().enter(); v.value += 1; }
    else v.value += 1;
  }
}
async function run(locked: boolean, times: number): Promise<number> {
  const v = new Value("i", 0);
  // All four start counting together: a process that starts late must not miss the others.
  const start = new Barrier(4);
  const ps = [0, 1, 2, 3].map(() => new Process({ target: bump, args: [v, times, locked, start] }));
  for (const p of ps) p.start();
  for (const p of ps) await p.join();
  return v.value;
}
if (import.meta.main) {
  let lost = 0;
  for (let attempt = 0; attempt < 5 && lost === 0; attempt++) lost = 4 * 2_000_000 - (await run(false, 2_000_000));
  console.log("lost without lock", lost > 0);
  console.log("with lock", await run(true, 20_000));
}
`;
  const run = await runInPage(page, source);
  expect(run.stdout, run.stderr.join("\n")).toEqual(["lost without lock true", "with lock 80000"]);
  await expectNoProcessWorkers(page);
});

test("d[k] += 1 through a Manager dict races unless a lock is held", async ({ page }) => {
  await openHarness(page);
  const source = `import { Barrier, Manager, Process } from "multiprocessing";
import type { DictProxy, LockProxy } from "multiprocessing";
export async function bump(d: DictProxy<string, number>, lock: LockProxy | null, times: number, start: Barrier): Promise<void> {
  await start.wait();
  for (let i = 0; i < times; i++) {
    if (lock) { await using _ = await lock.enter(); await d.set("n", (await d.get("n")) + 1); }
    else await d.set("n", (await d.get("n")) + 1);
  }
}
if (import.meta.main) {
  await using manager = await Manager();
  const d = await manager.dict<string, number>();
  const lock = await manager.Lock();
  for (const useLock of [false, true]) {
    await d.set("n", 0);
    // The barrier lets all four start counting together: a slow process start must not hide the race.
    const start = new Barrier(4);
    const ps = [0, 1, 2, 3].map(() => new Process({ target: bump, args: [d, useLock ? lock : null, 200, start] }));
    for (const p of ps) p.start();
    for (const p of ps) await p.join();
    console.log(useLock ? "locked" : "unlocked", await d.get("n"));
  }
}
`;
  const run = await runInPage(page, source);
  expect(run.stdout, run.stderr.join("\n")).toHaveLength(2);
  expect(Number(run.stdout[0]!.split(" ")[1])).toBeLessThan(800);
  expect(run.stdout[1]).toBe("locked 800");
  await expectNoProcessWorkers(page);
});

test("Stop interrupts processes blocked on a lock and on a manager call", async ({ page }) => {
  await openHarness(page);
  const source = `// stop-after: 1 once 3 processes run
import { Lock, Manager, Process, sleep } from "multiprocessing";
import type { LockProxy } from "multiprocessing";
export async function stuck(lock: Lock): Promise<void> {
  try { await lock.acquire(); } catch (e) { console.log("child:", (e as Error).name); throw e; }
}
if (import.meta.main) {
  const lock = new Lock();
  await lock.acquire();
  const p = new Process({ target: stuck, args: [lock] });
  p.start();
  await using manager = await Manager();
  const remote: LockProxy = await manager.Lock();
  await remote.acquire();
  try { await remote.acquire(); } catch (e) { console.log("main:", (e as Error).name); }
  await p.join();
  console.log("exit code", p.exitcode);
}
`;
  const run = await runInPage(page, source);
  expect(run.stdout.sort(), run.stderr.join("\n")).toEqual(["child: KeyboardInterrupt", "exit code 1", "main: KeyboardInterrupt"]);
  await expectNoProcessWorkers(page);
});

test("the trace shows lock waits and holds, barrier waits, and manager round trips with arrows", async ({ page }) => {
  await openHarness(page);
  const source = `import { Barrier, Lock, Manager, Process, sleep } from "multiprocessing";
import type { DictProxy } from "multiprocessing";
export async function work(lock: Lock, line: Barrier, d: DictProxy<string, number>): Promise<void> {
  { await using _ = await lock.enter(); await sleep(0.1); }
  await line.wait();
  await d.set("x", 1);
}
if (import.meta.main) {
  await using manager = await Manager();
  const d = await manager.dict<string, number>();
  const lock = new Lock();
  const line = new Barrier(2);
  const ps = [0, 1].map(() => new Process({ target: work, args: [lock, line, d] }));
  await lock.acquire();
  for (const p of ps) p.start();
  await sleep(0.3);
  lock.release();
  for (const p of ps) await p.join();
  console.log(await d.get("x"));
}
`;
  const run = await runInPage(page, source);
  expect(run.stdout, run.stderr.join("\n")).toEqual(["1"]);
  const names = run.events.filter((e) => e.ph === "M" && e.name === "process_name").map((e) => e.args?.name);
  expect(names).toContain("SyncManager-1");
  const managerPid = run.events.find((e) => e.ph === "M" && e.args?.name === "SyncManager-1")!.pid;
  const spans = run.events.filter((e) => e.ph === "X");
  expect(spans.some((e) => e.name === "acquire Lock" && e.cat === "wait" && e.dur! > 10_000)).toBe(true);
  expect(spans.filter((e) => e.name === "hold Lock" && e.cat === "compute").length).toBeGreaterThanOrEqual(3);
  expect(spans.filter((e) => e.name === "wait Barrier" && e.cat === "wait").length).toBe(2);
  expect(spans.filter((e) => e.name === "dict.setitem" && e.cat === "io").length).toBe(2);
  const starts = run.events.filter((e) => e.ph === "s");
  const ends = run.events.filter((e) => e.ph === "f");
  const toManager = starts.filter((e) => e.name === "manager call");
  expect(toManager.length).toBeGreaterThanOrEqual(4);
  for (const start of toManager) expect(ends.find((e) => e.id === start.id)?.pid).toBe(managerPid);
  const back = starts.filter((e) => e.name === "manager reply");
  for (const start of back) {
    expect(start.pid).toBe(managerPid);
    expect(ends.some((e) => e.id === start.id)).toBe(true);
  }
  await expectNoProcessWorkers(page);
});

// CPython's server thread for a dead client stays blocked in its get and takes the next item to a
// closed socket; here the kernel tells the manager its client exited and the get is withdrawn.
test("a manager withdraws the waiting get of a client that was terminated", async ({ page }) => {
  await openHarness(page);
  const source = `import { Manager, Process, sleep } from "multiprocessing";
import type { EventProxy, QueueProxy } from "multiprocessing";
export async function take(q: QueueProxy<number>, ready: EventProxy): Promise<void> {
  await ready.set();
  console.log("child got", await q.get());
}
if (import.meta.main) {
  await using manager = await Manager();
  const q = await manager.Queue<number>();
  const ready = await manager.Event();
  const child = new Process({ target: take, args: [q, ready] });
  child.start();
  await ready.wait();
  await sleep(0.3);
  child.terminate();
  await child.join();
  console.log("exitcode", child.exitcode);
  await q.put(7);
  console.log("main got", await q.get(true, 2));
}
`;
  const run = await runInPage(page, source);
  expect(run.stdout, run.stderr.join("\n")).toEqual(["exitcode -15", "main got 7"]);
  await expectNoProcessWorkers(page);
});
