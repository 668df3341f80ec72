// The `npm test` driver: makes sure a Chromium exists, then builds, type-checks and runs the unit
// and end-to-end tests, stopping at the first failure with a non-zero exit code.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const systemChromium = "/usr/bin/chromium";

/** Runs a command with inherited output; returns whether it succeeded. */
function run(command, args, options = {}) {
  console.log(`\n> ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  return result.status === 0;
}

/** Exits with a message unless `ok`. */
function must(ok, message) {
  if (!ok) {
    console.error(`\nnpm test failed: ${message}`);
    process.exit(1);
  }
}

/** Whether Playwright's own Chromium is installed. */
async function playwrightChromium() {
  const { chromium } = await import("@playwright/test");
  return existsSync(chromium.executablePath());
}

async function ensureBrowser() {
  if (existsSync(systemChromium)) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/etc/debian_version")) {
    console.log("No Chromium found: installing Debian's chromium package.");
    if (run("apt-get", ["update"]) && run("apt-get", ["install", "-y", "chromium"]) && existsSync(systemChromium)) return;
  }
  if (await playwrightChromium()) return;
  console.log("No Chromium found: trying Playwright's own.");
  if (run("npx", ["playwright", "install", "chromium"]) && (await playwrightChromium())) return;
  must(
    false,
    "no Chromium to run the end-to-end tests in. Install one, e.g. `sudo apt-get install chromium` on " +
      "Debian/Ubuntu or `npx playwright install chromium`, and run npm test again.",
  );
}

await ensureBrowser();
must(run("npm", ["run", "build"]), "the site does not build (see above).");
must(run("npm", ["run", "check"]), "astro check found errors (see above).");
must(run("npm", ["run", "test:unit"]), "unit tests failed (see above).");
must(run("npm", ["run", "test:site"]), "the built site has invalid HTML or broken links (see above).");
must(run("npm", ["run", "test:content"]), "a Python twin does not print its expected output (see above).");
must(run("npx", ["playwright", "test"]), "end-to-end tests failed (see above; traces in test-results/).");
console.log("\nAll tests passed.");
