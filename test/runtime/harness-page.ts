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

/** Seconds after which the program's first-line `stop-after:` comment asks for Stop, if any. */
export function stopAfter(source: string): number | null {
  const match = source.match(/^(?:\/\/|#) stop-after: ([\d.]+)/m);
  return match ? Number(match[1]) : null;
}

/** Whether the program says its lines may come in any order. */
export function orderIsFree(source: string): boolean {
  return /^(?:\/\/|#) order: any/m.test(source);
}

/** Runs TypeScript source in the page through the real runner. */
export async function runInPage(page: Page, source: string): Promise<HarnessRun> {
  const running = page.evaluate((src) => (window as unknown as { harness: { run(s: string): Promise<HarnessRun> } }).harness.run(src), source);
  const delay = stopAfter(source);
  if (delay !== null) {
    await page.waitForTimeout(delay * 1000);
    await pressStop(page);
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
