// Limits and reports: output floods are capped without freezing, the process limit raises a clear
// error, errors print Python-style tracebacks with the learner's line numbers, a target that is not
// a function is refused in CPython's words, a thrown non-Error arrives as an Error, compile errors carry their position, and the trace has
// the shape the timeline and Perfetto expect.
import { expect, test } from "@playwright/test";
import { expectNoProcessWorkers, openHarness, pressStop, runInPage } from "./harness-page.ts";

test("a million printed lines are capped and counted, and the run finishes", async ({ page }) => {
  await openHarness(page);
  const run = await runInPage(page, `for (let i = 0; i < 1_000_000; i++) console.log("line", i);\nconsole.log("done");\n`);
  expect(run.result).toMatchObject({ kind: "exit", exit: { exitcode: 0 } });
  expect(run.stdout.length).toBe(10_000);
  expect(run.stdout[0]).toBe("line 0");
  expect(run.dropped).toBe(1_000_000 + 1 - 10_000);
});

test("an endless print loop streams output and can be stopped", async ({ page }) => {
  await openHarness(page);
  const running = runInPage(page, `let i = 0;\nwhile (true) console.log("tick", i++);\n`);
  await expect.poll(() => page.evaluate(() => (window as unknown as { harness: { progress(): { dropped: number } } }).harness.progress().dropped), { timeout: 5000 }).toBeGreaterThan(0);
  await pressStop(page);
  const run = await running;
  expect(run.result).toMatchObject({ kind: "exit", exit: { stopped: true } });
  await expectNoProcessWorkers(page);
});

test("starting a 65th live process raises a clear OSError", async ({ page }) => {
  await openHarness(page);
  const source = `import { Process, sleep } from "multiprocessing";
export async function nap(): Promise<void> { await sleep(10); }
if (import.meta.main) {
  const started: Process[] = [];
  try {
    for (let i = 0; i < 100; i++) { const p = new Process({ target: nap }); p.start(); started.push(p); }
  } catch (e) {
    console.log(started.length + 1, (e as Error).name, (e as Error).message.includes("64 live processes"));
  }
  for (const p of started) p.terminate();
}
`;
  const run = await runInPage(page, source);
  expect(run.stdout).toEqual(["64 OSError true"]);
  await expectNoProcessWorkers(page);
});

test("an error in a child prints a Python-style traceback pointing at the learner's line", async ({ page }) => {
  await openHarness(page);
  const source = `import { Process } from "multiprocessing";

export function fail(x: number): void {
  throw new Error("broken " + x);
}

if (import.meta.main) {
  const p = new Process({ target: fail, args: [7] });
  p.start();
  await p.join();
  console.log("exitcode", p.exitcode);
}
`;
  const run = await runInPage(page, source);
  expect(run.stdout).toEqual(["exitcode 1"]);
  expect(run.stderr.join("\n")).toBe(
    ["Process Process-1:", "Traceback (most recent call last):", '  File "main.ts", line 4, in fail', "Error: broken 7"].join("\n"),
  );
});

test("an uncaught error in the main program exits 1 with its traceback", async ({ page }) => {
  await openHarness(page);
  const run = await runInPage(page, `function inner(): never {\n  throw new TypeError("nope");\n}\ninner();\n`);
  expect(run.result).toMatchObject({ kind: "exit", exit: { exitcode: 1 } });
  expect(run.stderr.join("\n")).toBe(
    ["Traceback (most recent call last):", '  File "main.ts", line 4, in <module>', '  File "main.ts", line 2, in inner', "TypeError: nope"].join("\n"),
  );
});

test("a task or target that is not a function is refused with CPython's TypeError wording", async ({ page }) => {
  await openHarness(page);
  // Only plain JavaScript gets here (TypeScript flags it in the editor); functions cross by name.
  const source = `import { Pool, Process } from "multiprocessing";
if (import.meta.main) {
  const pool = new Pool(1);
  try { await pool.map(5 as unknown as (x: number) => number, [1]); } catch (e) { console.log("map:", (e as Error).name, (e as Error).message); }
  pool.terminate();
  await pool.join();
  try { new Process({ target: "spin" as unknown as () => void }).start(); } catch (e) { console.log("Process:", (e as Error).name, (e as Error).message); }
}
`;
  const run = await runInPage(page, source);
  expect(run.result, run.stderr.join("\n")).toMatchObject({ kind: "exit", exit: { exitcode: 0 } });
  expect(run.stdout).toEqual(["map: TypeError 'number' object is not callable", "Process: TypeError 'string' object is not callable"]);
  await expectNoProcessWorkers(page);
});

test("an error thrown in a timer callback ends the process with its traceback", async ({ page }) => {
  await openHarness(page);
  const source = `import { sleep } from "multiprocessing";
console.log("start");
setTimeout(() => {
  throw new RangeError("boom");
}, 10);
await sleep(2);
console.log("never");
`;
  const run = await runInPage(page, source);
  expect(run.result).toMatchObject({ kind: "exit", exit: { exitcode: 1 } });
  expect(run.stdout).toEqual(["start"]);
  expect(run.stderr.join("\n")).toBe(["Traceback (most recent call last):", '  File "main.ts", line 4, in <module>', "RangeError: boom"].join("\n"));
});

test("a value thrown that is not an Error reaches the caller as an Error with its text, from a task or an initializer", async ({ page }) => {
  await openHarness(page);
  const source = `import { Pool } from "multiprocessing";
export function init(): void { throw "no config file"; }
export function task(x: number): number { throw \`bad item \${x}\`; }
if (import.meta.main) {
  for (const initializer of [undefined, init]) {
    const pool = new Pool(1, { initializer });
    try {
      await pool.map(task, [7]);
    } catch (error) {
      console.log("caught", (error as Error).name, (error as Error).message);
    }
    pool.terminate();
    await pool.join();
  }
}
`;
  const run = await runInPage(page, source);
  expect(run.result, run.stderr.join("\n")).toMatchObject({ kind: "exit", exit: { exitcode: 0 } });
  expect(run.stdout).toEqual(["caught Error bad item 7", "caught Error no config file"]);
  await expectNoProcessWorkers(page);
});

test("a syntax error is reported with its line and column, and nothing runs", async ({ page }) => {
  await openHarness(page);
  const run = await runInPage(page, `console.log("never");\nconst x: number = ;\n`);
  expect(run.result).toMatchObject({ kind: "compile-error", error: { line: 2 } });
  expect(run.stdout).toEqual([]);
});

test("the trace names every process and links dispatch, task and result", async ({ page }) => {
  await openHarness(page);
  const source = `import { Pool } from "multiprocessing";
export function square(x: number): number { return x * x; }
if (import.meta.main) {
  await using pool = new Pool(2);
  console.log(await pool.map(square, [1, 2, 3, 4], 1));
}
`;
  const run = await runInPage(page, source);
  expect(run.stdout).toEqual(["[1, 4, 9, 16]"]);
  const names = run.events.filter((e) => e.ph === "M" && e.name === "process_name").map((e) => e.args?.name);
  expect(names).toEqual(["MainProcess", "SpawnPoolWorker-1", "SpawnPoolWorker-2"]);
  const tasks = run.events.filter((e) => e.ph === "X" && e.cat === "compute" && e.name === "square");
  expect(tasks).toHaveLength(4);
  expect(tasks.map((t) => t.args?.items).sort()).toEqual(["0..0", "1..1", "2..2", "3..3"]);
  const mainPid = run.events.find((e) => e.ph === "M" && e.args?.name === "MainProcess")!.pid;
  expect(new Set(tasks.map((t) => t.pid)).has(mainPid)).toBe(false);
  for (const event of run.events) {
    expect(typeof event.ts).toBe("number");
    expect(event.ts).toBeGreaterThanOrEqual(0);
  }
  const starts = run.events.filter((e) => e.ph === "s");
  const ends = new Set(run.events.filter((e) => e.ph === "f").map((e) => e.id));
  expect(starts.length).toBeGreaterThanOrEqual(8);
  for (const start of starts) expect(ends.has(start.id)).toBe(true);
});
