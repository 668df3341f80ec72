// Shared helpers for runtime tests: open the harness page, run a program (pressing Stop when the
// program asks for it), run its Python twin, and wait for every process worker to be gone.
import { spawnSync } from "node:child_process";
import { expect, type Page } from "@playwright/test";
import type { HarnessRun } from "../harness/harness.ts";

export type { HarnessRun };

/** Opens the harness page and waits for `window.harness`. */
export async function openHarness(page: Page): Promise<void> {
  await page.goto("/");
  await page.waitForFunction(() => "harness" in window);
}

/**
 * When the program's first-line comment asks for Stop: `// stop-after: 1 once 3 processes run`
 * presses it a second after the third of its processes started (so neither compiling nor a slow
 * process start on a busy machine eats into the second); without the `once` part, counting from
 * the Run.
 */
export function stopAfter(source: string): { seconds: number; processes: number } | null {
  const match = source.match(/^(?:\/\/|#) stop-after: ([\d.]+)(?: once (\d+) processes run)?/m);
  return match ? { seconds: Number(match[1]), processes: Number(match[2] ?? 0) } : null;
}

/** Whether the program says its lines may come in any order. */
export function orderIsFree(source: string): boolean {
  return /^(?:\/\/|#) order: any/m.test(source);
}

/** Runs TypeScript source in the page through the real runner. */
export async function runInPage(page: Page, source: string): Promise<HarnessRun> {
  const running = page.evaluate((src) => (window as unknown as { harness: { run(s: string): Promise<HarnessRun> } }).harness.run(src), source);
  const stop = stopAfter(source);
  if (stop !== null) {
    const ended = running.then(
      () => "ended",
      () => "ended",
    );
    const started =
      stop.processes === 0
        ? Promise.resolve("started")
        : page
            .waitForFunction(
              (count) => (window as unknown as { harness: { progress(): { processes: number } } }).harness.progress().processes >= count,
              stop.processes,
              { polling: 20, timeout: 30_000 },
            )
            .then(
              () => "started",
              () => "ended",
            );
    // A program that ends (or fails) before its processes all started gets no Stop.
    if ((await Promise.race([started, ended])) === "started") {
      await page.waitForTimeout(stop.seconds * 1000);
      await pressStop(page);
    }
  }
  return running;
}

/** Presses Stop once. */
export async function pressStop(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { harness: { stop(): Promise<void> } }).harness.stop());
}

/** Runs a Python twin in its own process group (so it may send itself Ctrl-C) and returns stdout. */
export function runPython(file: string, cwd: string): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync("setsid", ["python3", file], { cwd, encoding: "utf8", timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** Waits until the page has no workers left but the session worker. */
export async function expectNoProcessWorkers(page: Page): Promise<void> {
  await expect.poll(() => page.workers().filter((w) => !w.url().includes("session-worker")).length, { timeout: 3000 }).toBe(0);
  const live = await page.evaluate(() => (window as unknown as { harness: { liveCount(): Promise<number> } }).harness.liveCount());
  expect(live).toBe(0);
}
