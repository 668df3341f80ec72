// Every lesson page fits a 360 px wide phone screen: nothing makes the page scroll sideways
// (wide code and tables scroll inside their own boxes instead).
import { expect, test } from "@playwright/test";
import { builtPages, urlOf } from "../site/built-pages.ts";

const lessons = builtPages().map(urlOf).filter((path) => path.startsWith("/lessons/"));

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

for (const path of lessons) {
  test(`${path} has no horizontal overflow at 360 px`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const widest = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth;
      const culprits = [...document.querySelectorAll<HTMLElement>("body *")]
        .filter((el) => el.getBoundingClientRect().right > limit + 0.5 && getComputedStyle(el).position !== "fixed")
        .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= limit + 0.5)
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.split(" ").join(".")}` : ""}`);
      return { scrollWidth: document.documentElement.scrollWidth, culprits };
    });
    expect(widest.scrollWidth, `page wider than the screen; elements reaching past its edge: ${widest.culprits.join(", ")}`).toBeLessThanOrEqual(360);
  });
}
