// Offline use (issue #9, lab networks fail): after one visit the service worker has saved the
// course, so with the network gone a lesson reloads, stays cross-origin isolated and runs its
// examples, a lesson never visited opens, and the editor opens once it has been loaded online.
// A new version replaces the caches of older ones. On a host that sends no COOP/COEP (GitHub Pages),
// the same worker isolates the pages, online and offline.
import { readFileSync } from "node:fs";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { serveStatic, type StaticServer } from "../../scripts/lib/static-server.ts";

test.use({ serviceWorkers: "allow" });

/** Waits until the service worker has precached the build and controls the page. */
async function saved(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Takes the network away from the pages and from the service worker's own fetches. */
async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await context.route("**", (route) => (route.request().serviceWorker() ? route.abort("internetdisconnected") : route.continue()));
}

/** Proves that the network is really gone: a URL that no cache holds cannot be fetched. */
async function expectNoNetwork(page: Page): Promise<void> {
  const outcome = await page.evaluate(() => fetch(`/not-saved-${Math.random()}/`).then((r) => `HTTP ${r.status}`, () => "failed"));
  expect(outcome).toBe("failed");
}

async function runExample(page: Page, id: string): Promise<string> {
  const figure = page.locator(`figure#${id}`);
  await figure.getByRole("button", { name: "Run" }).click();
  await expect(figure.locator(".output-status")).toHaveAttribute("data-status", "finished", { timeout: 30_000 });
  return (await figure.getByRole("log", { name: "Output" }).textContent()) ?? "";
}

test("a visited lesson reloads offline, cross-origin isolated, and runs its examples", async ({ page, context }) => {
  await page.goto("/lessons/process/");
  await saved(page);
  await goOffline(context);
  await page.reload();
  await expectNoNetwork(page);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  const output = await runExample(page, "example-process--start-join");
  expect(output).toContain("Process-1: hello, Ada");
  expect(output).toContain("after join:   alive=False exitcode=0");
});

test("a lesson never visited opens offline from the precache, and runs a pool", async ({ page, context }) => {
  await page.goto("/");
  await saved(page);
  await goOffline(context);
  await page.goto("/lessons/pool/");
  await expectNoNetwork(page);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  expect(await runExample(page, "example-pool--map")).toContain("[0, 1, 4, 9, 16, 25, 36, 49]");
});

test("a page that was never saved says so offline instead of failing", async ({ page, context }) => {
  await page.goto("/");
  await saved(page);
  await goOffline(context);
  await page.goto("/no-such-page/");
  await expect(page.getByRole("heading", { name: "You are offline" })).toBeVisible();
  await page.getByRole("link", { name: "open the lessons" }).click();
  await expect(page).toHaveURL(/\/lessons\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the editor, once loaded online, opens offline too", async ({ page, context }) => {
  await page.goto("/lessons/pool/");
  await saved(page);
  const figure = page.locator("figure#example-pool--map");
  await figure.getByRole("button", { name: "Edit" }).click();
  await expect(figure.locator(".monaco-editor")).toBeVisible({ timeout: 20_000 });
  await goOffline(context);
  await page.reload();
  await expectNoNetwork(page);
  await page.locator("figure#example-pool--map").getByRole("button", { name: "Edit" }).click();
  await expect(page.locator("figure#example-pool--map .monaco-editor")).toBeVisible({ timeout: 20_000 });
  expect(await runExample(page, "example-pool--map")).toContain("[0, 1, 4, 9, 16, 25, 36, 49]");
});

test("offline, before Monaco was ever loaded, Edit opens the plain editor and the edit runs", async ({ page, context }) => {
  await page.goto("/lessons/pool/");
  await saved(page);
  await goOffline(context);
  await page.reload();
  await expectNoNetwork(page);
  const figure = page.locator("figure#example-pool--map");
  await figure.getByRole("button", { name: "Edit" }).click();
  const area = figure.locator("textarea.code-textarea");
  await expect(area).toBeVisible({ timeout: 20_000 });
  await expect(figure.getByText("The full editor could not load")).toBeVisible();
  await expect(figure.locator(".monaco-editor")).toHaveCount(0);
  await area.fill((await area.inputValue()).replace("[0, 1, 2, 3, 4, 5, 6, 7]", "[8, 9]"));
  expect(await runExample(page, "example-pool--map")).toContain("[64, 81]");
});

test("a new version's offline store replaces older versions' caches, keeping the hashed files they hold", async ({ page }) => {
  const source = readFileSync("dist/service-worker.js", "utf8");
  const manifest = JSON.parse(/\/\* precache-manifest \*\/ (\{.*?\});/.exec(source)![1]!) as { version: string; lazy: string[] };
  const editorCore = manifest.lazy[0]!;
  // A page without the registration script, to leave an older version's cache before the install.
  await page.goto("/favicon.svg");
  await page.evaluate(async (url) => {
    await (await caches.open("mpl-0123456789abcdef")).put(url, new Response("kept from the old version"));
  }, editorCore);
  await page.goto("/lessons/pool/");
  await saved(page);
  expect(await page.evaluate(() => caches.keys())).toEqual([`mpl-${manifest.version}`]);
  const kept = await page.evaluate(async (url) => (await (await caches.open((await caches.keys())[0]!)).match(url))?.text(), editorCore);
  expect(kept).toBe("kept from the old version");
});

test("a file that fails to download for offline use does not stop the install; the next page load saves it", async ({ page, context }) => {
  let failing = true;
  await context.route("**/lessons/queues/", (route) =>
    failing && route.request().serviceWorker() ? route.abort("connectionreset") : route.continue(),
  );
  await page.goto("/");
  await saved(page);
  const isSaved = () => page.evaluate(async () => (await caches.match("/lessons/queues/")) !== undefined);
  expect(await isSaved()).toBe(false);
  expect(await page.evaluate(() => caches.match("/lessons/pool/").then((response) => response?.status))).toBe(200);
  failing = false;
  await page.goto("/lessons/process/");
  await expect.poll(isSaved).toBe(true);
});

test.describe("on a host that cannot send the isolation headers", () => {
  let host: StaticServer;
  let origin = "";
  test.beforeAll(async () => {
    host = await serveStatic("dist", { isolation: false });
    origin = host.url;
  });
  test.afterAll(() => host.close());

  test("the service worker isolates the pages, online and offline", async ({ page, context }) => {
    const response = await page.goto(`${origin}/lessons/process/`);
    expect(response?.headers()["cross-origin-embedder-policy"]).toBeUndefined();
    // Not isolated on the first load: the page reloads once when the worker takes control.
    await expect
      .poll(() => page.evaluate(() => crossOriginIsolated).catch(() => false), { timeout: 30_000 })
      .toBe(true);
    await saved(page);
    expect(await runExample(page, "example-process--start-join")).toContain("Process-1: hello, Ada");
    await goOffline(context);
    await page.reload();
    await expectNoNetwork(page);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    expect(await runExample(page, "example-process--start-join")).toContain("after join:   alive=False exitcode=0");
  });
});
