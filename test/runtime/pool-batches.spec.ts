// Many small tasks travel between the pool and its workers in columns, a few as objects
// (pool/task-columns.ts). Through both, every result reaches its place: failures and a result
// that cannot be sent back among thousands of good ones, tasks of two maps dealt together, and
// starmap's argument lists. CPython's texts for an unsendable result differ (they show Python's
// repr), so this has no twin; the parts that do match CPython are in the pool-errors twin.
import { expect, test } from "@playwright/test";
import { expectNoProcessWorkers, openHarness, runInPage } from "./harness-page.ts";

test("thousands of one-item tasks with failures and an unsendable result: each result in its place", async ({ page }) => {
  await openHarness(page);
  const source = `import { Pool, ValueError } from "multiprocessing";
export function check(x: number): unknown {
  if (x % 500 === 7) throw new ValueError(\`bad \${x}\`);
  if (x === 1234) return () => x;
  return x * 2;
}
export function double(x: number): number { return x * 2; }
export function add(a: number, b: number): number { return a + b; }
if (import.meta.main) {
  const pool = new Pool(2);
  const it = pool.imap(check, Array.from({ length: 3000 }, (_, i) => i));
  for (let i = 0; i < 3000; i++) {
    try {
      const { value } = await it.next();
      if (value !== i * 2) console.log(\`\${i}: \${String(value)}\`);
    } catch (e) {
      console.log(\`\${i}: \${(e as Error).name}: \${(e as Error).message.slice(0, 40)}\`);
    }
  }
  const [doubled, sums] = await Promise.all([
    pool.map(double, Array.from({ length: 2000 }, (_, i) => 2000 + i), 1),
    pool.starmap(add, Array.from({ length: 2000 }, (_, i) => [i, 1]), 1),
  ]).catch((e) => [[String(e)], []]);
  console.log("map", doubled.every((v, i) => v === (2000 + i) * 2) ? "ok" : doubled.slice(0, 3));
  console.log("starmap", sums.every((v, i) => v === i + 1) ? "ok" : sums.slice(0, 3));
  pool.terminate();
  await pool.join();
}
`;
  const run = await runInPage(page, source);
  expect(run.result, run.stderr.join("\n")).toMatchObject({ kind: "exit", exit: { exitcode: 0 } });
  expect(run.stdout).toEqual([
    "7: ValueError: bad 7",
    "507: ValueError: bad 507",
    "1007: ValueError: bad 1007",
    "1234: MaybeEncodingError: Error sending result: '() => x'. Reason:",
    "1507: ValueError: bad 1507",
    "2007: ValueError: bad 2007",
    "2507: ValueError: bad 2507",
    "map ok",
    "starmap ok",
  ]);
  await expectNoProcessWorkers(page);
});

test("in the trace, quick tasks share spans and slow ones after them get their own, every task counted once", async ({ page }) => {
  await openHarness(page);
  const source = `import { Pool } from "multiprocessing";
export function work(x: number): number {
  // Items from 600 on are slow: 3 ms each.
  if (x >= 600) for (const until = performance.now() + 3; performance.now() < until; );
  return x;
}
if (import.meta.main) {
  await using pool = new Pool(2);
  const out = await pool.map(work, Array.from({ length: 610 }, (_, i) => i), 1);
  console.log(out.length, out[609]);
}
`;
  const run = await runInPage(page, source);
  expect(run.stdout, run.stderr.join("\n")).toEqual(["610 609"]);
  const spans = run.events.filter((e) => e.ph === "X" && e.cat === "compute" && e.name === "work");
  const counted = spans.reduce((sum, span) => sum + ((span.args?.tasks as number | undefined) ?? 1), 0);
  expect(counted).toBe(610);
  const slowAlone = spans.filter((span) => span.args?.tasks === undefined && Number(String(span.args?.items).split("..")[0]) >= 600);
  // A worker's clock reading that covers quick tasks and the first slow one cannot tell them apart
  // (pool/task-clock.ts): at most that one task per worker shows in a run instead of its own span.
  expect(slowAlone.length).toBeGreaterThanOrEqual(8);
  for (const span of slowAlone) expect(span.dur).toBeGreaterThanOrEqual(2500);
});
