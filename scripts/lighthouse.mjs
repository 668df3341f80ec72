// `npm run lighthouse`: Lighthouse on the built site's home page and one lesson, in the same
// Chromium the tests use. Prints the four category scores per page, writes the full reports to
// lighthouse-report/, and exits non-zero when any score is below the goal (95).
//
// It is not part of `npm test`: each page is loaded several times under simulated throttling, which
// takes about a minute and varies with machine load. dist/ is served by a small static server with
// the same isolation headers as public/_headers, and gzip like any static host, so this can run
// beside `astro preview`.
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { spawnSync } from "node:child_process";
import { createGzip } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const goal = 95;
const pages = ["/", "/lessons/pool/"];
const categories = ["performance", "accessibility", "best-practices", "seo"];
const dist = "dist";
const reportDir = "lighthouse-report";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".webmanifest": "application/manifest+json",
};

/** Serves dist/ like a static host with COOP/COEP headers: directory indexes, then 404.html. */
function serveDist() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, "http://localhost").pathname)).replace(/^(\.\.[/\\])+/, "");
    let file = join(dist, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    const found = existsSync(file);
    if (!found) file = join(dist, "404.html");
    const type = types[extname(file)] ?? "application/octet-stream";
    // Text is gzipped when the browser accepts it, as every static host does.
    const gzip = /^(text\/|application\/(json|xml|manifest))/.test(type) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
    response.writeHead(found ? 200 : 404, {
      "Content-Type": type,
      ...(gzip ? { "Content-Encoding": "gzip", Vary: "Accept-Encoding" } : {}),
      "Cross-Origin-Opener-Policy": "same-origin",
      "Cross-Origin-Embedder-Policy": "require-corp",
      "Cache-Control": "public, max-age=3600",
    });
    const body = createReadStream(file);
    if (gzip) body.pipe(createGzip()).pipe(response);
    else body.pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

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

const server = await serveDist();
const origin = `http://localhost:${server.address().port}`;
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
  server.close();
}

console.table(rows);
console.log(`Full reports: ${reportDir}/`);
const below = rows.flatMap((row) => categories.filter((id) => row[id] < goal).map((id) => `${row.page} ${id} ${row[id]}`));
if (below.length > 0) {
  console.error(`Below ${goal}: ${below.join("; ")}`);
  process.exit(1);
}
