// `npm run lighthouse`: Lighthouse on the built site's home page and one lesson, in the same
// Chromium the tests use. Prints the four category scores per page, writes the full reports to
// lighthouse-report/, and exits non-zero when any score is below the goal (95).
//
// It is not part of `npm test`: each page is loaded several times under simulated throttling, which
// takes about a minute and varies with machine load. dist/ is served by scripts/lib/static-server.ts
// with the same isolation headers as public/_headers, and gzip like any static host, so this can
// run beside `astro preview`.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { serveStatic } from "./lib/static-server.ts";

const goal = 95;
const pages = ["/", "/lessons/pool/"];
const categories = ["performance", "accessibility", "best-practices", "seo"];
const dist = "dist";
const reportDir = "lighthouse-report";

/** Debian's Chromium when present, else Playwright's own. */
async function chromiumPath() {
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  const { chromium } = await import("@playwright/test");
  return chromium.executablePath();
}

if (!existsSync(join(dist, "index.html"))) {
  console.log("No built site in dist/: running npm run build first.");
  if (spawnSync("npm", ["run", "build"], { stdio: "inherit" }).status !== 0) process.exit(1);
}

// Like a static host: gzipped text, the 404 page, an hour of caching, the isolation headers.
const server = await serveStatic(dist, { gzip: true, notFound: "404.html", cacheSeconds: 3600 });
const origin = server.url;
const chrome = await chromeLauncher.launch({
  chromePath: await chromiumPath(),
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});

const rows = [];
try {
  mkdirSync(reportDir, { recursive: true });
  for (const page of pages) {
    const result = await lighthouse(`${origin}${page}`, { port: chrome.port, output: "html", onlyCategories: categories, logLevel: "error" });
    const scores = Object.fromEntries(categories.map((id) => [id, Math.round((result.lhr.categories[id].score ?? 0) * 100)]));
    rows.push({ page, ...scores });
    const name = page === "/" ? "home" : page.replaceAll("/", "-").replace(/^-|-$/g, "");
    writeFileSync(join(reportDir, `${name}.html`), result.report);
    for (const id of categories) {
      if (scores[id] >= goal) continue;
      const failing = Object.values(result.lhr.audits).filter((audit) => audit.score !== null && audit.score < 0.9 && result.lhr.categories[id].auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0));
      console.log(`${page} ${id} ${scores[id]}: ${failing.map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`).join(", ")}`);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

console.table(rows);
console.log(`Full reports: ${reportDir}/`);
const below = rows.flatMap((row) => categories.filter((id) => row[id] < goal).map((id) => `${row.page} ${id} ${row[id]}`));
if (below.length > 0) {
  console.error(`Below ${goal}: ${below.join("; ")}`);
  process.exit(1);
}
