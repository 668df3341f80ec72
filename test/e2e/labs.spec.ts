// Classroom labs and the exercises in the lessons, as a student uses them: Check a starter (fails
// with hints), Show solution, Check again (passes), progress across a reload, in the lesson sidebar
// and on /labs/, the report's exports, Reset progress, and every labs page at 360 px without axe
// violations.
import AxeBuilder from "@axe-core/playwright";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";

// Every step of every lab: each starter must fail and each solution pass.
const steps = readdirSync("content/labs", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => {
    const lab = JSON.parse(readFileSync(`content/labs/${entry.name}/lab.json`, "utf8")) as { steps: { id: string }[] };
    return lab.steps.map((step): [string, string] => [entry.name, step.id]);
  });

// Every lesson folder, and the slugs of those with a checked exercise.
const lessonFolders = readdirSync("content/lessons", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const exerciseFile = (folder: string) => `content/lessons/${folder}/exercise/exercise.json`;
const lessonExercises = lessonFolders.filter((folder) => existsSync(exerciseFile(folder))).map((folder) => folder.replace(/^\d+-/, ""));

const stepOf = (page: Page, step: string) => page.locator(`section#step-${step}`);
const lessonExerciseOf = (page: Page) => page.locator("#checked-exercise");

async function check(section: Locator): Promise<{ passed: number; failed: number }> {
  const list = section.getByRole("list", { name: "Checks" });
  await section.getByRole("button", { name: "Check", exact: true }).click();
  await expect(section.locator(".output-status")).not.toHaveAttribute("data-status", "running", { timeout: 30_000 });
  await expect(list.locator(".is-pending")).toHaveCount(0);
  await expect(section.getByRole("button", { name: "Check", exact: true })).toBeEnabled();
  return { passed: await list.locator(".is-passed").count(), failed: await list.locator(".is-failed").count() };
}

async function showSolution(page: Page, section: Locator): Promise<void> {
  page.once("dialog", (dialog) => void dialog.accept());
  await section.getByRole("button", { name: "Show solution" }).click();
}

/** Checks the starter (some check fails, with its hint), then the solution (every check passes). */
async function starterFailsSolutionPasses(page: Page, section: Locator): Promise<void> {
  await expect(section.getByRole("button", { name: "Show solution" })).toBeDisabled();
  const first = await check(section);
  expect(first.failed).toBeGreaterThan(0);
  await expect(section.locator(".is-failed .lab-check-hint").first()).toContainText("Hint:");
  await expect(section.locator("[data-verdict]")).toHaveText("Attempted");

  await showSolution(page, section);
  const second = await check(section);
  expect(second, await section.getByRole("log", { name: "Output" }).innerText()).toEqual({ passed: first.passed + first.failed, failed: 0 });
  await expect(section.locator("[data-verdict]")).toHaveText("Passed");
}

test.describe.configure({ timeout: 90_000 });

for (const [lab, step] of steps) {
  test(`${lab}/${step}: the starter fails a check with a hint, the solution passes them all`, async ({ page }) => {
    await page.goto(`/labs/${lab}/`);
    await starterFailsSolutionPasses(page, stepOf(page, step));
  });
}

test("every lesson has a checked exercise", () => {
  expect(lessonFolders.filter((folder) => !existsSync(exerciseFile(folder))).map(exerciseFile)).toEqual([]);
});

for (const slug of lessonExercises) {
  test(`lesson ${slug}: on its page, the starter fails a check with a hint and the solution passes them all`, async ({ page }) => {
    await page.goto(`/lessons/${slug}/`);
    await starterFailsSolutionPasses(page, lessonExerciseOf(page));
  });
}

test("a lesson exercise's progress shows in the lesson sidebar, on /labs/ and in the report, across reloads", async ({ page }) => {
  await page.goto("/lessons/start-methods/");
  const badge = page.getByRole("navigation", { name: "Lessons" }).locator('[data-progress-key="lesson-start-methods/spawn-safe"]');
  await expect(badge).toBeHidden();
  const section = lessonExerciseOf(page);
  await check(section);
  await expect(badge).toHaveText("Attempted");
  await expect(badge).toBeVisible();
  await showSolution(page, section);
  expect((await check(section)).failed).toBe(0);
  await expect(badge).toHaveText("Passed");
  const axe = await new AxeBuilder({ page }).include("#checked-exercise").analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.reload();
  await expect(lessonExerciseOf(page).locator("[data-verdict]")).toHaveText("Passed");
  await expect(badge).toHaveText("Passed");
  await page.goto("/lessons/pool/");
  await expect(page.getByRole("navigation", { name: "Lessons" }).locator('[data-progress-key="lesson-start-methods/spawn-safe"]')).toHaveText("Passed");

  await page.goto("/labs/");
  const list = page.getByRole("list", { name: "Exercises in the lessons" });
  const item = list.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Make it spawn-safe" }) });
  await expect(item.locator(".lab-badge")).toHaveText("Passed");
  await expect(item.getByRole("link")).toHaveAttribute("href", "/lessons/start-methods/#checked-exercise");
  await expect(list.getByRole("listitem")).toHaveCount(lessonExercises.length);
  await expect(list.getByText("Passed")).toHaveCount(1);

  await page.goto("/labs/report/");
  await expect(page.locator("#report-rows tr[data-state=passed]")).toHaveCount(1);
  await expect(page.locator("#report-rows tr[data-state=passed]")).toContainText("Make it spawn-safe");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON" }).click();
  const report = JSON.parse(await readFile((await (await download).path())!, "utf8"));
  expect(report.rows.find((row: { lab: string }) => row.lab === "lesson-start-methods")).toMatchObject({ step: "spawn-safe", state: "passed", checksPassed: 4, checksTotal: 4 });
  const csv = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  expect(await readFile((await (await csv).path())!, "utf8")).toMatch(/\r\n[^,\r\n]*,lesson-start-methods,spawn-safe,Make it spawn-safe,passed,4,4,/);
});

test("Show solution stays available after an attempt and a reload, and the solution it shows is kept", async ({ page }) => {
  const solution = readFileSync("content/lessons/03-start-methods/exercise/solution.ts", "utf8");
  await page.goto("/lessons/start-methods/");
  const showButton = () => lessonExerciseOf(page).getByRole("button", { name: "Show solution" });
  await expect(showButton()).toBeDisabled();
  await check(lessonExerciseOf(page));
  await expect(showButton()).toBeEnabled();

  await page.reload();
  await expect(showButton()).toBeEnabled();
  await showSolution(page, lessonExerciseOf(page));
  await expect(lessonExerciseOf(page).locator(".code-host")).toContainText("export function show(");

  await page.reload();
  await expect(lessonExerciseOf(page).locator(".code-host code")).toHaveText(solution);
  await expect(showButton()).toBeEnabled();
  page.once("dialog", (dialog) => void dialog.accept());
  await lessonExerciseOf(page).getByRole("button", { name: "Reset" }).click();
  await expect(lessonExerciseOf(page).locator(".code-host code")).not.toContainText("export function show(");
});

test("progress survives a reload and shows on /labs/; the report exports what was measured", async ({ page }) => {
  await page.goto("/labs/measure-it/");
  const section = stepOf(page, "curve");
  await check(section);
  await showSolution(page, section);
  expect((await check(section)).failed).toBe(0);

  await page.reload();
  await expect(stepOf(page, "curve").locator("[data-verdict]")).toHaveText("Passed");
  await expect(stepOf(page, "curve").getByRole("list", { name: "Checks" }).locator(".is-passed")).toHaveCount(4);
  await expect(page.getByRole("navigation", { name: "Steps of this lab" }).locator('[data-progress-key="measure-it/curve"]')).toHaveText("Passed");

  await page.goto("/labs/");
  await expect(page.getByRole("list", { name: "Steps of Measure it" }).getByText("Passed")).toHaveCount(1);
  await expect(page.getByRole("list", { name: "Steps of Measure it" }).getByText("Not started")).toHaveCount(1);

  await page.goto("/labs/report/");
  await expect(page.locator("#report-rows tr[data-state=passed]")).toHaveCount(1);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON" }).click();
  const report = JSON.parse(await readFile((await (await download).path())!, "utf8"));
  expect(report.cores).toBeGreaterThan(0);
  expect(report.browser).toContain("Chrome");
  const curve = report.rows.find((row: { step: string }) => row.step === "curve");
  expect(curve).toMatchObject({ lab: "measure-it", state: "passed", checksPassed: 4, checksTotal: 4 });
  expect(curve.measured["speedup with 2 workers"]).toBeGreaterThan(0);
  expect(curve.measured.cores).toBe(report.cores);

  await page.getByRole("textbox", { name: "Your name" }).fill("Ada Lovelace");
  const csv = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  expect(await readFile((await (await csv).path())!, "utf8")).toMatch(/\r\nAda Lovelace,measure-it,curve,Record the speedup curve,passed,4,4,speedup with 2 workers,[\d.]+,/);
});

test("Reset progress asks first and keeps everything when declined", async ({ page }) => {
  await page.goto("/labs/ctrl-c/");
  await check(stepOf(page, "survive"));
  await page.goto("/labs/");
  const badge = page.locator('[data-progress-key="ctrl-c/survive"]');
  await expect(badge).toHaveText("Attempted");

  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await page.getByRole("button", { name: "Reset progress" }).click();
  expect(asked).toContain("Forget your progress");
  await expect(badge).toHaveText("Attempted");

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Reset progress" }).click();
  await expect(badge).toHaveText("Not started");
  await page.reload();
  await expect(badge).toHaveText("Not started");
});

test("Reset progress also forgets the student's name on the report", async ({ page }) => {
  await page.goto("/labs/report/");
  await page.getByLabel("Your name").fill("Ada Lovelace");
  await page.reload();
  await expect(page.getByLabel("Your name")).toHaveValue("Ada Lovelace");

  await page.goto("/labs/");
  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await page.getByRole("button", { name: "Reset progress" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Progress reset." })).toBeVisible();
  expect(asked).toContain("name");

  await page.goto("/labs/report/");
  await expect(page.getByLabel("Your name")).toHaveValue("");
});

for (const path of ["/labs/", "/labs/measure-it/", "/labs/report/", "/labs/teachers/"]) {
  test(`${path} fits 360 px and has no axe violations`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
