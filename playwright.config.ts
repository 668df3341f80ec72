/**
 * End-to-end tests in Chromium, in two projects:
 * - "site": the built site served by `astro preview` (which sends the COOP/COEP headers);
 * - "runtime": the runtime and runner on the Vite-built test harness (test/harness/), where each
 *   behaviour runs as a program beside its Python twin, without waiting for a site build.
 * Debian's /usr/bin/chromium is used when present, else Playwright's own.
 */
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const systemChromium = "/usr/bin/chromium";
const sitePort = 4322;
const harnessPort = 4323;
const vite = "node_modules/.bin/vite";

export default defineConfig({
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    {
      name: "site",
      testDir: "test/e2e",
      // Many of these tests load Monaco and its TypeScript worker, some twice (before and after a
      // reload), beside a second test worker on a 2-core machine: here they take up to 22 s, and
      // CI machines are slower, so 30 s left too little room.
      timeout: 60_000,
      // Each test's fresh browser context would install the service worker and download the whole
      // course for offline use; offline.spec.ts, which tests that worker, allows it again.
      use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${sitePort}`, serviceWorkers: "block" },
    },
    { name: "runtime", testDir: "test/runtime", timeout: 60_000, use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${harnessPort}` } },
  ],
  webServer: [
    {
      command: `npm run preview -- --port ${sitePort}`,
      url: `http://localhost:${sitePort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `${vite} build --config test/harness/vite.config.ts && ${vite} preview --config test/harness/vite.config.ts`,
      url: `http://localhost:${harnessPort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
