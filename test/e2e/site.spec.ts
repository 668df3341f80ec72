// The site as a learner meets it: every page loads cleanly, lessons link to each other, search
// finds lesson text, the theme choice sticks, the page is cross-origin isolated, and nothing
// overflows a 360 px phone screen.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test, type Page } from "@playwright/test";

const dist = new URL("../../dist/", import.meta.url).pathname;

/** Every page the build wrote, as a URL path (`/lessons/pool/`); the 404 page is tested apart. */
function builtPages(dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "pagefind" || name === "_astro" ? [] : builtPages(path);
    if (name !== "index.html") return [];
    return [`/${relative(dist, dir)}/`.replace(/\/+/g, "/")];
  });
}

const pages = builtPages();

/** The lesson pages in course order, read from the lesson list. */
async function lessonPaths(page: Page): Promise<string[]> {
  await page.goto("/lessons/");
  const hrefs = await page.getByRole("main").getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.filter((href) => href.startsWith("/lessons/") && href !== "/lessons/");
}

/** Collects console errors and uncaught exceptions of a page. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test("the build wrote the home page, the lesson list and at least one lesson", () => {
  expect(pages).toContain("/");
  expect(pages).toContain("/lessons/");
  expect(pages.some((path) => /^\/lessons\/[^/]+\/$/.test(path))).toBe(true);
});

for (const path of pages) {
  test(`${path} returns 200, has one h1 and no console errors`, async ({ page }) => {
    const errors = collectErrors(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1")).toHaveCount(1);
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });

  test(`${path} has no horizontal overflow at 360 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("an unknown address gets the 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});

test("the home page's start button opens the first lesson", async ({ page }) => {
  const [first] = await lessonPaths(page);
  await page.goto("/");
  await page.getByRole("link", { name: /^Start with lesson/ }).click();
  await expect(page).toHaveURL(first ?? "");
});

test("the sidebar lists every lesson, marks the current one and navigates", async ({ page }) => {
  const lessons = await lessonPaths(page);
  expect(lessons.length).toBeGreaterThan(1);
  await page.goto(lessons[0] ?? "");
  const sidebar = page.getByRole("navigation", { name: "Lessons" });
  await expect(sidebar.getByRole("link")).toHaveCount(lessons.length);
  await expect(sidebar.locator('[aria-current="page"]')).toHaveAttribute("href", lessons[0] ?? "");
  await sidebar.getByRole("link").nth(1).click();
  await expect(page).toHaveURL(lessons[1] ?? "");
  await expect(sidebar.locator('[aria-current="page"]')).toHaveAttribute("href", lessons[1] ?? "");
});

test("next and previous links walk the course in order", async ({ page }) => {
  const lessons = await lessonPaths(page);
  expect(lessons.length).toBeGreaterThan(1);
  await page.goto(lessons[0] ?? "");
  const pager = page.getByRole("navigation", { name: "Previous and next lesson" });
  await expect(pager.getByRole("link", { name: /^Previous/ })).toHaveCount(0);
  await pager.getByRole("link", { name: /^Next/ }).click();
  await expect(page).toHaveURL(lessons[1] ?? "");
  await pager.getByRole("link", { name: /^Previous/ }).click();
  await expect(page).toHaveURL(lessons[0] ?? "");
});

test("the sidebar is a closed menu on a phone and opens on demand", async ({ page }) => {
  const [first] = await lessonPaths(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(first ?? "");
  const sidebar = page.getByRole("navigation", { name: "Lessons" });
  await expect(sidebar.getByRole("link").first()).toBeHidden();
  await sidebar.getByText("All lessons").click();
  await expect(sidebar.getByRole("link").first()).toBeVisible();
});

test("search finds a lesson by a word from its text", async ({ page }) => {
  const [first] = await lessonPaths(page);
  await page.goto(first ?? "");
  const title = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  const word = title.split(/\W+/).reduce((longest, w) => (w.length > longest.length ? w : longest), "");
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search lessons" }).fill(word);
  const results = page.getByRole("region", { name: "Search results" });
  // The first query loads Pagefind's WebAssembly and index.
  await expect(results.getByRole("link", { name: title })).toBeVisible({ timeout: 15_000 });
  await results.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`${first}$`));
});

test("search results fit a 360 px screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search lessons" }).fill("process");
  const results = page.getByRole("region", { name: "Search results" });
  await expect(results.getByRole("link").first()).toBeVisible();
  const box = await results.boundingBox();
  expect(box?.x).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
});

test("the cheat sheet fits a phone and wraps its code between a call's parts, never inside a name", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/cheatsheet/");
  const { split, cells, tablesOverflow } = await page.evaluate(() => {
    const split: string[] = [];
    const codes = [...document.querySelectorAll("td code")];
    for (const code of codes) {
      const text = code.textContent ?? "";
      for (const name of text.matchAll(/\w+/g)) {
        // A name laid out on two lines has a box on each.
        const range = document.createRange();
        let offset = 0;
        for (const node of [...code.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE)) {
          const length = node.textContent!.length;
          if (name.index >= offset && name.index + name[0].length <= offset + length) {
            range.setStart(node, name.index - offset);
            range.setEnd(node, name.index - offset + name[0].length);
            if (range.getClientRects().length > 1) split.push(`${name[0]} in ${text}`);
          }
          offset += length;
        }
      }
    }
    const tablesOverflow = [...document.querySelectorAll<HTMLElement>(".table-scroll")].some((box) => box.scrollWidth > box.clientWidth);
    return { split, cells: codes.length, tablesOverflow };
  });
  expect(cells).toBeGreaterThan(50);
  expect(split).toEqual([]);
  expect(tablesOverflow).toBe(false);
  await expect(page.getByRole("row", { name: /JoinableQueue/ }).first().getByRole("cell")).toHaveCount(3);
});

test("the theme toggle switches to dark and the choice survives a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBackground).not.toBe(lightBackground);
});

test("without a stored choice the theme follows the system setting", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");
});

test("pages are cross-origin isolated under preview by its headers, not the service worker", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.headers()["cross-origin-opener-policy"]).toBe("same-origin");
  expect(response?.headers()["cross-origin-embedder-policy"]).toBe("require-corp");
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  // The service worker (offline use) registers after load; it did not serve this first load.
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
});

test("an example's TypeScript and Python are tabs", async ({ page }) => {
  const lessons = await lessonPaths(page);
  let found = false;
  for (const path of lessons) {
    await page.goto(path);
    const example = page.locator("figure[data-example]").first();
    if ((await example.count()) === 0) continue;
    found = true;
    const python = example.getByRole("tab", { name: "Python" });
    await expect(example.getByRole("tab", { name: "TypeScript" })).toHaveAttribute("aria-selected", "true");
    await expect(example.getByRole("tabpanel")).toHaveCount(1);
    await python.click();
    await expect(python).toHaveAttribute("aria-selected", "true");
    await expect(example.getByRole("tabpanel")).toContainText(/import|def|print/);
    break;
  }
  expect(found, "some lesson has an example").toBeTruthy();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const path of pages.filter((page) => /^\/lessons\/[^/]+\/$/.test(page))) {
    test(`${path} shows its prose and both twins of every example`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator(".prose")).toBeVisible();
      await expect(page.getByRole("tab")).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Check" })).toHaveCount(0);
      for (const panel of await page.locator("figure[data-example] .example-panel").all()) {
        await expect(panel).toBeVisible();
      }
    });
  }
});

test("a question checks the learner's choice and then explains it", async ({ page }) => {
  const lessons = await lessonPaths(page);
  let found = false;
  for (const path of lessons) {
    await page.goto(path);
    const question = page.locator("[data-question]").first();
    if ((await question.count()) === 0) continue;
    found = true;
    const answer = Number(await question.getAttribute("data-answer"));
    const choices = question.getByRole("radio");
    const wrong = answer === 0 ? 1 : 0;
    await choices.nth(wrong).check();
    await question.getByRole("button", { name: "Check" }).click();
    await expect(question.getByRole("status")).toHaveText("Not quite.");
    await choices.nth(answer).check();
    await question.getByRole("button", { name: "Check" }).click();
    await expect(question.getByRole("status")).toHaveText("Right.");
    await expect(question.getByText(/^Answer:/)).toBeVisible();
    break;
  }
  expect(found, "some lesson has a question").toBeTruthy();
});
