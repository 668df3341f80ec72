// Thread turns on the timeline: threads share their process's worker, so each turn a thread runs
// is a "thread" span in its own row. Threads that compute take turns (their spans never overlap
// and, when they yield, alternate), while threads that await sleep() overlap in their waits.
import { expect, test } from "@playwright/test";
import type { TraceEvent } from "../../src/runtime/trace.ts";
import { expectNoProcessWorkers, openHarness, runInPage } from "./harness-page.ts";

const turnsOf = (events: TraceEvent[]) => events.filter((e) => e.ph === "X" && e.cat === "thread").sort((a, b) => a.ts - b.ts);

test("computing threads take turns: their turns alternate and never overlap", async ({ page }) => {
  await openHarness(page);
  const source = `import { sleep } from "multiprocessing";
import { currentThread, Thread } from "threading";
export async function crunch(chunks: number): Promise<void> {
  for (let c = 0; c < chunks; c++) {
    const until = performance.now() + 5;
    while (performance.now() < until) {}
    await sleep(0);
  }
  console.log(currentThread().name, "done");
}
if (import.meta.main) {
  const threads = ["A", "B"].map((name) => new Thread({ target: crunch, args: [6], name }));
  for (const t of threads) t.start();
  for (const t of threads) await t.join();
  console.log(currentThread().name, "joined both");
}
`;
  const run = await runInPage(page, source);
  expect(run.stdout.slice().sort(), run.stderr.join("\n")).toEqual(["A done", "B done", "MainThread joined both"]);
  const turns = turnsOf(run.events);
  const names = turns.map((t) => t.name);
  expect(names.filter((n) => n === "A").length).toBeGreaterThanOrEqual(6);
  expect(names.filter((n) => n === "B").length).toBeGreaterThanOrEqual(6);
  // Taking turns: the owner of the CPU changes many times, and no two turns overlap.
  const switches = names.filter((n, i) => i > 0 && n !== names[i - 1]).length;
  expect(switches, names.join(" ")).toBeGreaterThanOrEqual(10);
  for (let i = 1; i < turns.length; i++) expect(turns[i]!.ts).toBeGreaterThanOrEqual(turns[i - 1]!.ts + turns[i - 1]!.dur!);
  // Each thread has its own row, and the busy turns last about the 5 ms each chunk computes.
  expect(new Set(turns.map((t) => t.tid)).size).toBe(2);
  expect(turns.filter((t) => t.dur! >= 4_000).length).toBeGreaterThanOrEqual(12);
  await expectNoProcessWorkers(page);
});

test("sleeping threads overlap: their sleeps share the same time, their turns are short", async ({ page }) => {
  await openHarness(page);
  const source = `import { sleep } from "multiprocessing";
import { Thread } from "threading";
export async function download(seconds: number): Promise<void> {
  await sleep(seconds);
}
if (import.meta.main) {
  const threads = [0, 1, 2, 3].map(() => new Thread({ target: download, args: [0.3] }));
  for (const t of threads) t.start();
  for (const t of threads) await t.join();
  console.log("done");
}
`;
  const run = await runInPage(page, source);
  expect(run.stdout, run.stderr.join("\n")).toEqual(["done"]);
  const turns = turnsOf(run.events);
  const tids = [...new Set(turns.map((t) => t.tid))];
  expect(tids).toHaveLength(4);
  // Far shorter than the 0.3 s sleeps (a busy machine may pause a turn, so not microseconds).
  for (const turn of turns) expect(turn.dur!).toBeLessThan(150_000);
  const sleeps = run.events.filter((e) => e.ph === "X" && e.name === "sleep");
  // Every sleep sits in its thread's row, and all four overlap in time.
  expect(sleeps.map((s) => s.tid).sort()).toEqual(tids.sort());
  const latestStart = Math.max(...sleeps.map((s) => s.ts));
  const earliestEnd = Math.min(...sleeps.map((s) => s.ts + s.dur!));
  expect(earliestEnd - latestStart).toBeGreaterThan(200_000);
  // Each thread runs once before its sleep and once after it.
  for (const tid of tids) {
    const own = turns.filter((t) => t.tid === tid);
    const sleep = sleeps.find((s) => s.tid === tid)!;
    expect(own.some((t) => t.ts <= sleep.ts)).toBe(true);
    expect(own.some((t) => t.ts >= sleep.ts + sleep.dur! - 1_000)).toBe(true);
  }
  await expectNoProcessWorkers(page);
});
