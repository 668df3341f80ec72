// axe-core finds no accessibility violations on any page of the built site, in either theme.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { builtPages, urlOf } from "../site/built-pages.ts";

const pages = builtPages().map(urlOf);
// axe checks the contrast of every highlighted token: a long lesson takes 10-20 s on a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

for (const theme of ["light", "dark"] as const) {
  for (const path of pages) {
    test(`${path} has no axe violations in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
      expect(summary).toEqual([]);
    });
  }
}
