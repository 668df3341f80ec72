// The timeline under a lesson example and the "Run 20 times" distribution, as a learner uses them.
import { expect, test } from "@playwright/test";

test("running a pool example draws a timeline with a lane per process and task bars", async ({ page }) => {
  await page.goto("/lessons/pool/");
  const figure = page.locator("figure#example-pool--map");
  await figure.getByRole("button", { name: "Run" }).click();
  await expect(figure.locator(".output-status")).toHaveAttribute("data-status", "finished", { timeout: 30_000 });
  const timeline = figure.locator(".timeline");
  await expect(timeline).toHaveAttribute("data-lanes", "5");
  await expect(timeline.getByRole("img")).toHaveAttribute("aria-label", /MainProcess/);
  await timeline.getByRole("button", { name: "Show data" }).click();
  const table = timeline.getByRole("table", { name: "Timeline data" });
  await expect(table.getByRole("row").filter({ hasText: "slowSquare" })).toHaveCount(8);
  await expect(timeline).toContainText(/efficiency/i);
});

test("choosing a task bar on the timeline highlights its function in the editor", async ({ page }) => {
  await page.goto("/lessons/pool/");
  const figure = page.locator("figure#example-pool--map");
  await figure.getByRole("button", { name: "Run" }).click();
  await expect(figure.locator(".output-status")).toHaveAttribute("data-status", "finished", { timeout: 30_000 });
  const canvas = figure.getByRole("img", { name: /^Timeline of/ });
  await canvas.focus();
  // Move down to a worker lane and along it to a slowSquare task, then Enter: the editor opens there.
  const tooltip = figure.getByRole("tooltip");
  const tooltipText = async () => ((await tooltip.count()) > 0 ? ((await tooltip.textContent()) ?? "") : "");
  const press = async (key: string) => {
    await page.keyboard.press(key);
    await page.waitForTimeout(150); // the tooltip follows the focus on the next frames
  };
  // Lane by lane (↓), bar by bar (]) until a slowSquare task has the focus.
  for (let lane = 0; lane < 6 && !/slowSquare/.test(await tooltipText()); lane++) {
    await press("ArrowDown");
    for (let bar = 0; bar < 8 && !/slowSquare/.test(await tooltipText()); bar++) await press("]");
  }
  await expect(tooltip).toContainText("slowSquare");
  await page.keyboard.press("Enter");
  await expect(figure.locator(".monaco-editor")).toBeVisible({ timeout: 20_000 });
  await expect(figure.locator(".monaco-editor .code-highlight-line")).toHaveCount(1);
  await expect(figure.locator(".monaco-editor .view-line").nth(2)).toContainText("export async function slowSquare");
});

test("Run 20 times shows how often each output order came out", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/lessons/order-and-progress/");
  const figure = page.locator("figure#example-order-and-progress--imap-unordered");
  await figure.getByRole("button", { name: "Run 20 times" }).click();
  const list = figure.getByRole("list", { name: "Distinct outputs" });
  await expect(figure.locator(".timeline-progress")).toContainText(/20 runs|Done/, { timeout: 100_000 });
  const counts = await list.getByRole("listitem").evaluateAll((items) =>
    items.map((item) => item.textContent?.match(/(\d+) of (\d+) \(/)?.slice(1).map(Number) ?? [0, 0]),
  );
  expect(counts.length).toBeGreaterThan(0);
  expect(counts.every(([, total]) => total === 20)).toBe(true);
  expect(counts.reduce((sum, [count]) => sum + count!, 0)).toBe(20);
});
