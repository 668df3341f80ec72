// Runnable examples and the playground, as a learner uses them: run, edit (Monaco on desktop, a
// textarea on touch screens), errors, Stop, floods, saved edits, Reset, Copy, Share, Python tab.
import { expect, test, type Page } from "@playwright/test";
import { expectFastestUnder } from "../support/latency.ts";
import { spinners } from "../support/spinners.ts";

const lesson = "/lessons/pool/";
const figureOf = (page: Page) => page.locator("figure#example-pool--map");

async function runAndWait(page: Page, scope = figureOf(page)): Promise<string> {
  await scope.getByRole("button", { name: "Run" }).click();
  const status = scope.locator(".output-status");
  await expect(status).not.toHaveAttribute("data-status", "running", { timeout: 30_000 });
  return (await status.getAttribute("data-status")) ?? "";
}

/** Puts `source` in the playground's editor, as its examples menu does. */
async function setPlaygroundCode(page: Page, source: string): Promise<void> {
  await page.evaluate((code) => (window as unknown as { playground: { replace(s: string): void } }).playground.replace(code), source);
}

async function processWorkers(page: Page): Promise<number> {
  return page.workers().filter((w) => w.url().includes("process-worker")).length;
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
});

test("runs a lesson example without loading the editor and shows its output", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => scripts.push(request.url()));
  await page.goto(lesson);
  const figure = figureOf(page);
  expect(await runAndWait(page)).toBe("finished");
  const output = figure.getByRole("log", { name: "Output" });
  await expect(output).toContainText("[0, 1, 4, 9, 16, 25, 36, 49]");
  await expect(output).toContainText(/8 tasks of 0.2 s on 4 workers took [\d.]+ s/);
  await expect(figure.locator(".output-status")).toHaveText(/Finished in \d+ ms · exit code 0/);
  expect(scripts.some((url) => url.includes("editor.api") || url.includes("monaco"))).toBe(false);
  // The example arrived compiled at build time: its run loaded no compiler.
  expect(scripts.some((url) => url.includes("session-worker"))).toBe(true);
  expect(scripts.filter((url) => url.includes("/compile"))).toEqual([]);
});

test("edited code loads the compiler in the session worker and runs", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => scripts.push(request.url()));
  await page.goto(lesson);
  const figure = figureOf(page);
  await figure.getByRole("button", { name: "Edit" }).click();
  const editor = figure.locator(".monaco-editor");
  await expect(editor).toBeVisible({ timeout: 20_000 });
  await editor.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type('const answer: number = 6 * 7;\nconsole.log("typed", answer);\n');
  expect(await runAndWait(page)).toBe("finished");
  await expect(figure.getByRole("log", { name: "Output" })).toContainText("typed 42");
  expect(scripts.filter((url) => url.includes("/compile")).length).toBeGreaterThan(0);
});

test("Run during a run starts over: the page shows only the new run, which finishes", async ({ page }) => {
  await page.goto("/playground/");
  // Monaco first: loading it holds the page's thread for a while on a busy machine.
  await expect(page.locator(".monaco-editor")).toBeVisible({ timeout: 20_000 });
  await setPlaygroundCode(
    page,
    [
      'import { Pool, sleep } from "multiprocessing";',
      "export async function nap(x: number): Promise<number> { await sleep(3); return x; }",
      "if (import.meta.main) {",
      '  console.log("run started");',
      "  await using pool = new Pool(2);",
      "  console.log(await pool.map(nap, [1, 2]));",
      "}",
      "",
    ].join("\n"),
  );
  // Every status the run shows, in order: the first run must never finish.
  await page.evaluate(() => {
    const status = document.querySelector<HTMLElement>(".output-status")!;
    const seen: string[] = [];
    (window as unknown as { statuses: string[] }).statuses = seen;
    new MutationObserver(() => seen.push(status.dataset.status ?? "")).observe(status, { attributes: true, attributeFilter: ["data-status"] });
  });
  const output = page.getByRole("log", { name: "Output" });
  await page.getByRole("button", { name: "Run" }).click();
  // Run again while the first run's pool sleeps.
  await expect(output).toContainText("run started", { timeout: 30_000 });
  expect(await runAndWait(page, page.locator("main"))).toBe("finished");
  const statuses = await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
  expect(statuses.filter((s) => s === "finished")).toHaveLength(1);
  await expect(page.getByRole("button", { name: "Stop" })).toBeDisabled();
  const text = (await output.textContent()) ?? "";
  expect(text).not.toContain("KeyboardInterrupt");
  expect(text.split("run started")).toHaveLength(2);
  expect(text.split("[1, 2]")).toHaveLength(2);
});

test("edits in Monaco, runs the edited code, and keeps the edit across a reload", async ({ page }) => {
  await page.goto(lesson);
  const figure = figureOf(page);
  await figure.getByRole("button", { name: "Edit" }).click();
  const editor = figure.locator(".monaco-editor");
  await expect(editor).toBeVisible({ timeout: 20_000 });
  await editor.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type('console.log("edited", 6 * 7);\n');
  await expect(figure.locator(".runner-edited")).toBeVisible();
  await page.keyboard.press("ControlOrMeta+Enter");
  // A cold run (the runner's worker loads first) on a busy machine can take a few seconds.
  await expect(figure.getByRole("log", { name: "Output" })).toHaveText("edited 42", { timeout: 20_000 });

  await page.reload();
  await expect(figureOf(page).locator(".runner-edited")).toBeVisible();
  await expect(figureOf(page).locator(".code-host")).toContainText('console.log("edited", 6 * 7);');
  expect(await runAndWait(page)).toBe("finished");
  await expect(figureOf(page).getByRole("log", { name: "Output" })).toHaveText("edited 42");

  page.once("dialog", (dialog) => void dialog.accept());
  await figureOf(page).getByRole("button", { name: "Reset", exact: true }).click();
  await expect(figureOf(page).locator(".runner-edited")).toBeHidden();
  await expect(figureOf(page).locator(".code-host")).toContainText("from \"multiprocessing\"");
  await page.reload();
  await expect(figureOf(page).locator(".runner-edited")).toBeHidden();
});

test("opening Monaco keeps the code in place: nothing below the code block moves", async ({ page }) => {
  for (const [path, id] of [["/lessons/pool/", "example-pool--map"], ["/lessons/queues/", null]] as const) {
    await page.goto(path);
    const figure = id ? page.locator(`figure#${id}`) : page.locator("figure[data-example]").first();
    // Where the Run button sits in the document (the page may scroll to the editor).
    const runTop = () => figure.getByRole("button", { name: "Run" }).evaluate((b) => b.getBoundingClientRect().top + window.scrollY);
    const before = await runTop();
    await figure.getByRole("button", { name: "Edit" }).click();
    await expect(figure.locator(".monaco-editor")).toBeVisible({ timeout: 20_000 });
    await expect(figure.locator(".monaco-editor .view-lines")).toContainText("multiprocessing");
    expect(Math.abs((await runTop()) - before), `${path}: the Run button moved`).toBeLessThanOrEqual(2);
  }
});

test("a syntax error is marked in the editor with its line and column", async ({ page }) => {
  await page.goto(lesson);
  const figure = figureOf(page);
  await figure.getByRole("button", { name: "Edit" }).click();
  await figure.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("const ok = 1;\nconst broken: number = ;\n");
  expect(await runAndWait(page)).toBe("compile-error");
  await expect(figure.locator(".output-status")).toHaveText("Did not compile: line 2, column 25");
  await expect(figure.getByRole("log", { name: "Output" })).toContainText("SyntaxError");
  await expect(figure.locator(".monaco-editor .squiggly-error").first()).toBeVisible({ timeout: 10_000 });
});

test("in the built site, an error from a worker keeps its Python class and name (minification keeps class names)", async ({ page }) => {
  await page.goto("/playground/");
  const runner = page.locator("main");
  await expect(page.locator(".monaco-editor")).toBeVisible({ timeout: 20_000 });
  await setPlaygroundCode(
    page,
    [
      'import { JoinableQueue, Pool, ValueError } from "multiprocessing";',
      "export function check(x: number): number {",
      "  if (x < 0) throw new ValueError(`negative ${x}`);",
      "  return x;",
      "}",
      "if (import.meta.main) {",
      "  const pool = new Pool(1);",
      "  try {",
      "    await pool.apply(check, [-1]);",
      "  } catch (e) {",
      "    console.log(`${(e as Error).name} ${e instanceof ValueError} ${(e as Error).message}`);",
      "  }",
      "  pool.terminate();",
      "  await pool.join();",
      "  console.log(String(new JoinableQueue()).split(' ')[0]);",
      "}",
      "",
    ].join("\n"),
  );
  expect(await runAndWait(page, runner)).toBe("finished");
  const output = page.getByRole("log", { name: "Output" });
  await expect(output).toContainText("ValueError true negative -1");
  await expect(output).toContainText("<JoinableQueue");
});

test("a runtime error shows its type, message and the line in the learner's code", async ({ page }) => {
  await page.goto("/playground/");
  const runner = page.locator("main");
  await expect(page.locator(".monaco-editor")).toBeVisible({ timeout: 20_000 });
  await setPlaygroundCode(page, 'const a = 1;\nfunction fail(): never {\n  throw new RangeError("too far");\n}\nfail();\n');
  expect(await runAndWait(page, runner)).toBe("failed");
  const output = page.getByRole("log", { name: "Output" });
  await expect(output).toContainText('File "main.ts", line 3, in fail');
  await expect(output).toContainText("RangeError: too far");
  await expect(page.locator(".output-status")).toHaveText(/Failed after \d+ ms · exit code 1/);
});

for (const where of ["main", "child"] as const) {
  test(`Stop ends a busy loop in the ${where} process within 200 ms and leaves no worker`, async ({ page }) => {
    await page.goto("/playground/");
    await setPlaygroundCode(page, spinners[where]);
    await expectFastestUnder("stop", 200, 3, async () => {
      await page.getByRole("button", { name: "Run" }).click();
      await expect(page.locator(".output-status")).toHaveAttribute("data-status", "running");
      await expect(page.getByRole("log", { name: "Output" })).toContainText("spinning", { timeout: 10_000 });
      const ms = await page.evaluate(async () => {
        const status = document.querySelector<HTMLElement>(".output-status")!;
        const start = performance.now();
        document.querySelector<HTMLButtonElement>(".runner-stop")!.click();
        while (status.dataset.status === "running") await new Promise((r) => setTimeout(r, 5));
        return performance.now() - start;
      });
      await expect(page.locator(".output-status")).toHaveAttribute("data-status", "stopped");
      await expect.poll(() => processWorkers(page), { timeout: 3000 }).toBe(0);
      return ms;
    });
  });
}

test("Monaco type-checks against the runtime's types: a type error is squiggled, the fix clears it", async ({ page }) => {
  await page.goto("/playground/");
  await expect(page.locator(".monaco-editor")).toBeVisible({ timeout: 20_000 });
  const program = [
    'import { currentProcess, Pool } from "multiprocessing";',
    "export function square(x: number): number { return x * x; }",
    "if (import.meta.main) {",
    "  await using pool = new Pool(2);",
    "  const squares: number[] = await pool.map(square, [1, 2, 3]);",
    "  const name: string = currentProcess().name;",
    "  console.log(squares, name);",
    "}",
    "",
  ].join("\n");
  await setPlaygroundCode(page, program.replace("const name: string", "const name: number"));
  await expect(page.locator(".monaco-editor .squiggly-error").first()).toBeVisible({ timeout: 30_000 });
  await setPlaygroundCode(page, program);
  await expect(page.locator(".monaco-editor .squiggly-error")).toHaveCount(0, { timeout: 30_000 });
});

test("Escape stops a run, from inside Monaco and from the page around it", async ({ page }) => {
  await page.goto("/playground/");
  await expect(page.locator(".monaco-editor")).toBeVisible({ timeout: 20_000 });
  await setPlaygroundCode(page, 'import { sleep } from "multiprocessing";\nconsole.log("waiting");\nawait sleep(60);\n');
  const status = page.locator(".output-status");
  const output = page.getByRole("log", { name: "Output" });
  for (const focus of ["editor", "toolbar"] as const) {
    await page.getByRole("button", { name: "Run" }).click();
    await expect(output).toContainText("waiting", { timeout: 10_000 });
    if (focus === "editor") await page.locator(".monaco-editor .view-lines").click();
    else await page.getByRole("button", { name: "Copy" }).focus();
    await page.keyboard.press("Escape");
    await expect(status).toHaveAttribute("data-status", "stopped", { timeout: 5_000 });
    await expect(output).toContainText("KeyboardInterrupt");
  }
});

test("once a second process prints, every line names its process, and stderr lines stand apart", async ({ page }) => {
  await page.goto("/playground/");
  await setPlaygroundCode(
    page,
    [
      'import { Process } from "multiprocessing";',
      'export function child(): void { console.log("from the child"); console.error("a warning"); }',
      "if (import.meta.main) {",
      '  console.log("from main");',
      '  const p = new Process({ target: child, name: "helper" });',
      "  p.start();",
      "  await p.join();",
      "}",
      "",
    ].join("\n"),
  );
  expect(await runAndWait(page, page.locator("main"))).toBe("finished");
  const lines = page.getByRole("log", { name: "Output" }).locator(".output-line");
  await expect(lines.filter({ hasText: "from main" })).toHaveText("[MainProcess] from main");
  await expect(lines.filter({ hasText: "from the child" })).toHaveText("[helper] from the child");
  const warning = lines.filter({ hasText: "a warning" });
  await expect(warning).toHaveText("[helper] a warning");
  await expect(warning).toHaveClass(/output-stderr/);
  const colours = await page.evaluate(() => {
    const [plain, error] = [".output-line:not(.output-stderr)", ".output-stderr"].map((s) => getComputedStyle(document.querySelector(s)!).color);
    return { plain, error };
  });
  expect(colours.error).not.toBe(colours.plain);
});

test("a million printed lines keep the page responsive, are capped, and Stop still works", async ({ page }) => {
  await page.goto("/playground/");
  await setPlaygroundCode(page, 'let i = 0;\nwhile (true) console.log("line", i++);\n');
  await page.getByRole("button", { name: "Run" }).click();
  await expect(page.locator(".output-truncated")).toContainText("Output truncated", { timeout: 15_000 });
  const gaps = await page.evaluate(async () => {
    const gaps: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 60; i++) {
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }
    return gaps.sort((a, b) => a - b);
  });
  // Frames keep coming while the flood runs: the 90th percentile, as one frame may stall when the
  // other test worker takes the CPU.
  expect(gaps[Math.floor(gaps.length * 0.9)], `frame gaps ${gaps.map((ms) => ms.toFixed(0)).join(", ")} ms`).toBeLessThan(500);
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(page.locator(".output-status")).toHaveAttribute("data-status", "stopped", { timeout: 5000 });
  expect(await page.getByRole("log", { name: "Output" }).locator(".output-line").count()).toBeLessThanOrEqual(10_000);
});

test("Copy puts the shown code on the clipboard, the Python tab shows and copies the twin", async ({ page }) => {
  await page.goto(lesson);
  const figure = figureOf(page);
  await figure.getByRole("button", { name: "Copy" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('from "multiprocessing"');
  await figure.getByRole("tab", { name: "Python" }).click();
  const python = figure.getByRole("tabpanel");
  await expect(python).toContainText("import multiprocessing");
  await figure.getByRole("button", { name: "Copy" }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('if __name__ == "__main__":');
});

test("a share link opens the code in the playground without running it", async ({ page }) => {
  await page.goto(lesson);
  await figureOf(page).getByRole("button", { name: "Share" }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/playground\/#code\/[\w+\-$]+/);
  const original = JSON.parse((await figureOf(page).locator("script[data-example-source]").textContent())!) as string;
  await page.goto(new URL(link).pathname + new URL(link).hash);
  await expect(page.locator(".monaco-editor")).toBeVisible({ timeout: 20_000 });
  const shown = await page.evaluate(() => (window as unknown as { playground: { source(): string } }).playground.source());
  expect(shown).toBe(original);
  await expect(page.getByRole("log", { name: "Output" })).toBeEmpty();
  expect(await processWorkers(page)).toBe(0);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test("editing uses a plain textarea with the same buttons, and runs", async ({ page }) => {
    await page.goto(lesson);
    const figure = figureOf(page);
    await figure.getByRole("button", { name: "Edit" }).click();
    const area = figure.getByRole("textbox", { name: /TypeScript code/ });
    await expect(area).toBeVisible();
    await expect(figure.locator(".monaco-editor")).toHaveCount(0);
    await area.fill('console.log("from a phone");\n');
    expect(await runAndWait(page)).toBe("finished");
    await expect(figure.getByRole("log", { name: "Output" })).toHaveText("from a phone");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
