// Measures a real lesson page of the built site as a learner meets it: the time from a Run click
// to the first output line (cold: fresh browser context, no editor, no session worker yet; warm:
// clicking Run again), the gzipped JavaScript and CSS it loads before any interaction and once
// Monaco is open, and how fast the playground's Stop ends a busy loop.
import { gzipSync } from "node:zlib";
import { spinners } from "../../test/support/spinners.ts";

/** The lesson and example measured: its program prints a line as soon as it starts. */
const lessonPath = "/lessons/process/";
const figure = "figure#example-process--start-join";

/**
 * Clicks Run in the page (element.click(), so no pointerenter warms the worker up first) and
 * resolves with the milliseconds until the Output log shows a line, then waits for the run to end.
 */
function clickToFirstLine(page) {
  return page.evaluate(async (selector) => {
    const root = document.querySelector(selector);
    const log = root.querySelector('[role="log"]');
    const status = root.querySelector(".output-status");
    const ms = await new Promise((resolve) => {
      let started = 0;
      const observer = new MutationObserver(() => {
        if (log.textContent.trim() === "") return;
        observer.disconnect();
        resolve(performance.now() - started);
      });
      observer.observe(log, { childList: true, subtree: true, characterData: true });
      started = performance.now();
      root.querySelector("button.runner-run").click();
    });
    while (status.dataset.status === "running") await new Promise((r) => setTimeout(r, 20));
    return ms;
  }, figure);
}

/** Cold and warm Run-click-to-first-line times: `rounds` fresh contexts, one cold and one warm click each. */
export async function measureRunClick(browser, baseUrl, rounds) {
  const cold = [];
  const warm = [];
  for (let i = 0; i < rounds; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}${lessonPath}`, { waitUntil: "networkidle" });
    cold.push(await clickToFirstLine(page));
    warm.push(await clickToFirstLine(page));
    await context.close();
  }
  return { cold, warm };
}

const gzipped = (text) => gzipSync(text).length;

/** Inline <script> (not JSON data) and <style> content of an HTML document, gzipped by kind. */
function inlineBytes(html) {
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("\n");
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join("\n");
  return { js: scripts ? gzipped(scripts) : 0, css: styles ? gzipped(styles) : 0 };
}

/** Gzipped JS and CSS response bodies seen so far, by kind, plus the files counted. */
function tally(responses) {
  const total = { js: 0, css: 0, files: [] };
  for (const { url, kind, bytes } of responses) {
    total[kind] += bytes;
    total.files.push({ url, kind, bytes });
  }
  return total;
}

/**
 * Waits for Monaco's TypeScript worker (the last and largest piece, fetched once the editor shows;
 * at most 30 s), then until a second passes with no new response.
 */
async function settled(page, responses) {
  for (let waited = 0; waited < 30_000 && !responses.some((r) => /ts\.worker/.test(r.url)); waited += 250) await page.waitForTimeout(250);
  for (let seen = -1; seen !== responses.length; ) {
    seen = responses.length;
    await page.waitForTimeout(1000);
  }
}

/** Bytes a fresh visit loads before interaction, and after clicking Edit until Monaco shows. */
export async function measureBytes(browser, baseUrl) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = [];
  let document = "";
  page.on("response", async (response) => {
    const type = response.headers()["content-type"] ?? "";
    const kind = type.includes("javascript") ? "js" : type.includes("css") ? "css" : type.includes("html") ? "html" : null;
    if (!kind) return;
    const body = await response.body().catch(() => null);
    if (!body) return;
    if (kind === "html") document = body.toString("utf8");
    else responses.push({ url: new URL(response.url()).pathname, kind, bytes: gzipped(body) });
  });
  await page.goto(`${baseUrl}${lessonPath}`, { waitUntil: "networkidle" });
  const inline = inlineBytes(document);
  const before = tally(responses);
  await page.locator(figure).getByRole("button", { name: "Edit" }).click();
  await page.locator(`${figure} .monaco-editor`).waitFor({ timeout: 30_000 });
  await settled(page, responses);
  const after = tally(responses);
  await context.close();
  return { inline, before, after };
}

/** Milliseconds from a Stop click on the playground until the status leaves "running", `rounds` times per spinner. */
export async function measureStop(browser, baseUrl, rounds) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/playground/`, { waitUntil: "networkidle" });
  await page.waitForFunction(() => "playground" in window);
  const result = {};
  for (const [where, source] of Object.entries(spinners)) {
    await page.evaluate((s) => window.playground.replace(s), source);
    result[where] = [];
    for (let i = 0; i < rounds; i++) {
      result[where].push(
        await page.evaluate(async () => {
          const status = document.querySelector(".output-status");
          const log = document.querySelector('[role="log"]');
          document.querySelector(".runner-run").click();
          while (!log.textContent.includes("spinning")) await new Promise((r) => setTimeout(r, 10));
          await new Promise((r) => setTimeout(r, 100));
          const start = performance.now();
          document.querySelector(".runner-stop").click();
          while (status.dataset.status === "running") await new Promise((r) => setTimeout(r, 2));
          return performance.now() - start;
        }),
      );
    }
  }
  await context.close();
  return result;
}
