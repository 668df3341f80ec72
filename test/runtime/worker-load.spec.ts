// The first run's main process worker is started by the page and handed to the kernel
// (src/runtime/kernel/process-host.ts). If it cannot load (a flaky network, a deploy that removed
// its file), that run ends with a clear error instead of never ending, and the next run, whose
// worker the kernel starts, works.
import { expect, test } from "@playwright/test";
import { expectNoProcessWorkers, openHarness, runInPage } from "./harness-page.ts";

test("a page-started process worker that fails to load ends its run with an error, and the next run works", async ({ page }) => {
  // Only the page's own Worker constructor is wrapped: the workers the kernel starts are untouched.
  await page.addInitScript(() => {
    const PageWorker = window.Worker;
    window.Worker = class extends PageWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(String(url).includes("process-worker") ? "/no-such-process-worker.js" : url, options);
      }
    };
  });
  await openHarness(page);
  const failed = await runInPage(page, `console.log("ran");\n`);
  expect(failed.result).toMatchObject({ kind: "exit", exit: { exitcode: 1 } });
  expect(failed.stdout).toEqual([]);
  expect(failed.stderr.join("\n")).toMatch(/^Process MainProcess could not start: /);
  const next = await runInPage(page, `console.log("ran");\n`);
  expect(next.result).toMatchObject({ kind: "exit", exit: { exitcode: 0 } });
  expect(next.stdout).toEqual(["ran"]);
  await expectNoProcessWorkers(page);
});
