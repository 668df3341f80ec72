// The live charts lessons embed, run for real on the built site: the speedup experiment of lesson
// 14, the chunksize sweep of lesson 6, and the progress bar of lesson 5's imap_unordered example.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";

test("lesson 14's speedup chart measures 1 and 2 workers, fits s and offers a CSV", async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto("/lessons/measuring-speedup/");
  const figure = page.locator("figure#speedup-chart-measuring-speedup--speedup-curve");
  await expect(figure.locator(".speedup-chart")).toHaveCount(0);
  await figure.getByRole("button", { name: "Run experiment" }).click();
  const chart = figure.locator(".speedup-chart");
  await expect(chart.getByRole("button", { name: "Cancel" })).toBeFocused();
  const rows = chart.getByRole("table", { name: "Speedup measurements" }).locator("tbody tr");
  await expect(rows.nth(1)).toBeVisible({ timeout: 200_000 });
  // More CPUs than two would go on to 3, 4, ...: two points are enough here.
  if (await chart.getByRole("button", { name: "Cancel" }).isEnabled()) await chart.getByRole("button", { name: "Cancel" }).click();
  await expect(chart.getByRole("button", { name: "Download CSV" })).toBeEnabled({ timeout: 30_000 });
  await expect(rows.first()).toHaveAttribute("data-workers", "1");
  await expect(rows.nth(1)).toHaveAttribute("data-workers", "2");
  await expect(rows.first()).toContainText("1.00×");
  await expect(chart).toContainText(/Fitted serial fraction: \d+\.\d%/);
  await expect(chart.getByRole("img")).toHaveAttribute("aria-label", /Measured speedup by workers: 1: 1\.00×, 2: \d+\.\d\d×/);
  const download = page.waitForEvent("download");
  await chart.getByRole("button", { name: "Download CSV" }).click();
  const csv = (await readFile((await (await download).path())!, "utf8")).trim().split("\r\n");
  expect(csv[0]).toBe("workers,time_ms,speedup,efficiency");
  expect(csv[1]).toMatch(/^1,[\d.]+,1\.000,1\.000$/);
  expect(csv[2]).toMatch(/^2,[\d.]+,[\d.]+,[\d.]+$/);
});

test("lesson 6's throughput chart runs every chunksize and plots a point for each", async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto("/lessons/task-size/");
  const figure = page.locator("figure#throughput-chart-task-size--chunksize-chart");
  await figure.getByRole("button", { name: "Run experiment" }).click();
  const chart = figure.locator(".sweep-chart");
  await expect(chart.locator(".timeline-progress")).toHaveText("Done: 8 runs.", { timeout: 280_000 });
  await expect(chart).toHaveAttribute("data-points", "8");
  const table = chart.getByRole("table", { name: "Throughput by chunksize" });
  await expect(table.locator("tbody tr")).toHaveCount(8);
  await expect(table.locator("tbody tr").first()).toHaveAttribute("data-value", "1");
  await expect(table.locator("tbody tr").last()).toHaveAttribute("data-value", "200");
  await expect(chart.getByRole("img")).toHaveAttribute("aria-label", /Items per second by chunksize: 1: \d+, 2: \d+, .*200: \d+\./);
  await expect(chart).toContainText(/Best so far: chunksize \d+, \d+ items\/s\./);
  const download = page.waitForEvent("download");
  await chart.getByRole("button", { name: "Download CSV" }).click();
  const csv = (await readFile((await (await download).path())!, "utf8")).trim().split("\r\n");
  expect(csv).toHaveLength(9);
  expect(csv[0]).toBe("chunksize,time_ms,items,items_per_s");
  expect(csv[1]).toMatch(/^1,[\d.]+,400,[\d.]+$/);
});

test("lesson 5's imap_unordered example draws a progress bar that reaches its total", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/lessons/order-and-progress/");
  const figure = page.locator("figure#example-order-and-progress--progress-imap");
  const progress = figure.locator(".example-progress");
  await expect(progress).toBeHidden();
  await figure.getByRole("button", { name: "Run", exact: true }).click();
  const bar = figure.getByRole("progressbar", { name: "squares" });
  await expect(bar).toBeVisible({ timeout: 60_000 });
  await expect(figure.locator(".output-status")).toHaveAttribute("data-status", "finished", { timeout: 100_000 });
  await expect(bar).toHaveAttribute("max", "12");
  await expect(bar).toHaveJSProperty("value", 12);
  await expect(progress).toContainText("12/12");
  await expect(figure.getByRole("log", { name: "Output" })).toContainText("sum of squares of 0..11: 506");
});
