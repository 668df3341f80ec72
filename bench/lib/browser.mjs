// Starts headless Chromium the way the test suites do: Debian's /usr/bin/chromium when present
// (Playwright cannot download its own here), else Playwright's.
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

const systemChromium = "/usr/bin/chromium";
const args = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Launches Chromium with the common flags plus `extraArgs`. */
export function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: existsSync(systemChromium) ? systemChromium : undefined,
    args: [...args, ...extraArgs],
  });
}
