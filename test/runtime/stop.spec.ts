// Stop ends runaway programs: a busy loop in the main process or in a child is gone within 200 ms
// of Stop with every worker terminated, and a program that swallows KeyboardInterrupt is ended by
// a second Stop.
import { expect, test, type Page } from "@playwright/test";
import { expectFastestUnder } from "../support/latency.ts";
import { expectNoProcessWorkers, openHarness } from "./harness-page.ts";

/** Starts `source`, waits until it prints "running", presses Stop, returns ms until the run ended. */
async function stopMillis(page: Page, source: string, presses = 1): Promise<{ ms: number; result: unknown }> {
  return page.evaluate(
    async ({ src, presses }) => {
      const h = (window as unknown as { harness: { run(s: string): Promise<{ result: unknown }>; progress(): { stdout: string[] }; stop(): Promise<void> } }).harness;
      const running = h.run(src);
      while (!h.progress().stdout.includes("running")) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, 100));
      const start = performance.now();
      for (let i = 0; i < presses; i++) await h.stop();
      const run = await running;
      return { ms: performance.now() - start, result: run.result };
    },
    { src: source, presses },
  );
}

test("while (true) in the main program stops within 200 ms", async ({ page }) => {
  await openHarness(page);
  await expectFastestUnder("stop", 200, 3, async () => {
    const { ms, result } = await stopMillis(page, `console.log("running");\nwhile (true) {}\n`);
    expect(result).toMatchObject({ kind: "exit", exit: { stopped: true } });
    await expectNoProcessWorkers(page);
    return ms;
  });
});

test("while (true) in a child process stops within 200 ms", async ({ page }) => {
  await openHarness(page);
  const source = `import { Process } from "multiprocessing";
export function spin(): void { console.log("running"); for (;;) {} }
if (import.meta.main) {
  const children = [new Process({ target: spin }), new Process({ target: spin })];
  for (const c of children) c.start();
  for (const c of children) await c.join();
}
`;
  await expectFastestUnder("stop", 200, 3, async () => {
    const { ms, result } = await stopMillis(page, source);
    expect(result).toMatchObject({ kind: "exit", exit: { stopped: true } });
    await expectNoProcessWorkers(page);
    return ms;
  });
});

test("a program that swallows KeyboardInterrupt ends at the second Stop", async ({ page }) => {
  await openHarness(page);
  const source = `console.log("running");
for (;;) {
  try { while (true) {} } catch (e) { console.log("ignored", (e as Error).name); }
}
`;
  await expectFastestUnder("two Stops", 500, 3, async () => {
    const { ms, result } = await stopMillis(page, source, 2);
    expect(result).toMatchObject({ kind: "exit", exit: { stopped: true, exitcode: 130 } });
    await expectNoProcessWorkers(page);
    return ms;
  });
});

test("a program that swallows KeyboardInterrupt is ended after the grace period", async ({ page }) => {
  await openHarness(page);
  const source = `console.log("running");
for (;;) {
  try { while (true) {} } catch (e) { console.log("ignored", (e as Error).name); }
}
`;
  const { ms } = await stopMillis(page, source, 1);
  expect(ms).toBeGreaterThan(1900);
  expect(ms).toBeLessThan(5000);
  await expectNoProcessWorkers(page);
});

test("Run while the previous run is still compiling replaces it: only the new one runs", async ({ page }) => {
  await openHarness(page);
  // A fresh page: the session worker is still loading the compiler when both runs arrive.
  const outcome = await page.evaluate(async () => {
    const h = (window as unknown as { harness: { run(s: string): Promise<{ result: unknown; stdout: string[] }> } }).harness;
    const first = h.run('console.log("first");\nwhile (true) {}\n');
    const second = h.run('console.log("second");\n');
    const [a, b] = await Promise.all([first, second]);
    return { first: a.result, second: b.stdout };
  });
  expect(outcome.first).toMatchObject({ kind: "exit", exit: { stopped: true } });
  expect(outcome.second).toEqual(["second"]);
  await expectNoProcessWorkers(page);
});

test("lines printed just before a busy loop show while the loop runs, also right after a start()", async ({ page }) => {
  await openHarness(page);
  // start() posts pending output first, as CPython flushes stdout before it starts a child; the
  // line that follows must still leave at once, since no timer can fire in the loop after it.
  const programs: Record<string, [string, string[]]> = {
    plain: [`console.log("one");\nwhile (true) {}\n`, ["one"]],
    "after start": [
      `import { Process } from "multiprocessing";
export function idle(): void {}
if (import.meta.main) { new Process({ target: idle }).start(); console.log("one"); while (true) {} }
`,
      ["one"],
    ],
    // Lines printed within one frame used to wait for its end, which never comes in the loop.
    "three lines": [`console.log("one");\nconsole.log("two");\nconsole.log("three");\nwhile (true) {}\n`, ["one", "two", "three"]],
  };
  // Five times each: a line printed within 16 ms of its worker's creation (performance.now() is
  // near 0 there) was once held back too, and a cached program starts that quickly.
  for (const [name, [source, expected]] of Object.entries(programs).flatMap((entry) => Array<[string, [string, string[]]]>(5).fill(entry))) {
    const seen = await page.evaluate(
      async ([src, count]) => {
        const h = (window as unknown as { harness: { run(s: string): Promise<unknown>; progress(): { stdout: string[] }; stop(): Promise<void> } }).harness;
        const running = h.run(src);
        const started = performance.now();
        const lines = () => h.progress().stdout;
        while (lines().length < count && performance.now() - started < 5000) await new Promise((r) => setTimeout(r, 10));
        const shown = [...lines()];
        await h.stop();
        await running;
        return shown;
      },
      [source, expected.length] as const,
    );
    expect(seen, `${name}: the lines while the loop runs`).toEqual(expected);
    await expectNoProcessWorkers(page);
  }
});
