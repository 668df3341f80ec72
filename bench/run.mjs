// `npm run bench`: builds the benchmark pages and the site, measures the runtime, a lesson page,
// the timeline and CPython on this machine, prints one table and writes bench/results.json.
// Goals are reported, never asserted: the exit code is 0 whether they are met or not.
// See bench/README.md for how to read each row.
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { launch } from "./lib/browser.mjs";
import { buildPages, buildSite, outDirs, repo } from "./lib/build.mjs";
import { measurePython } from "./lib/python-peers.mjs";
import { buildRows } from "./lib/rows.mjs";
import { measureRuntime } from "./lib/runtime-bench.mjs";
import { measureBytes, measureRunClick, measureStop } from "./lib/site-bench.mjs";
import { renderTable } from "./lib/table.mjs";
import { serveStatic } from "../scripts/lib/static-server.ts";
import { measureTimeline } from "./lib/timeline-bench.mjs";

const started = Date.now();
const loadAtStart = loadavg()[0];

function step(message) {
  console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
}

/** Which issue-4 primitives the runtime exports today (their rows say "not built yet" until then). */
function builtPrimitives() {
  const index = readFileSync(join(repo, "src", "runtime", "index.ts"), "utf8");
  const exported = (name) => new RegExp(`export\\s*\\{[^}]*\\b${name}\\b[^}]*\\}`).test(index);
  return { lock: exported("Lock"), manager: exported("Manager") };
}

step("building the benchmark pages and the site");
await buildPages();
await buildSite();

step("CPython peers (python3 bench/python/peers.py)");
const python = await measurePython();

const pages = await serveStatic(outDirs.pages);
const site = await serveStatic(outDirs.site);
const browser = await launch();
try {
  step("runtime: workers, round trips, process start, pool.map with trace on and off, CPU speedup, Lock, Manager");
  const runtime = await measureRuntime(browser, pages.url, builtPrimitives());
  step("timeline: 100,000 events, panning and zooming");
  const timeline = await measureTimeline(pages.url).catch((error) => ({ error: error.message.split("\n")[0] }));
  step("lesson page: Run click to first output line, bytes before and after Monaco");
  const runClick = await measureRunClick(browser, site.url, 5);
  const bytes = await measureBytes(browser, site.url);
  step("playground: Stop on a busy loop in the main process and in a child");
  const stop = await measureStop(browser, site.url, 10);

  const results = { python, runtime, timeline, site: runClick, bytes, stop };
  const rows = buildRows(results);
  const machine = { cpus: cpus().length, chromium: browser.version(), loadAverage: { start: loadAtStart, end: loadavg()[0] } };
  console.log(renderTable(rows));
  console.log(
    `\n${machine.cpus} CPUs, Chromium ${machine.chromium}, CPython ${python.version ?? "-"}; 1-minute load average ${loadAtStart.toFixed(1)} at start, ${machine.loadAverage.end.toFixed(1)} at end` +
      ` (above ${machine.cpus} means other work shared the CPUs and timings are pessimistic). ${((Date.now() - started) / 1000).toFixed(0)} s in all.`,
  );
  const met = rows.filter((r) => r.met !== null);
  console.log(`Goals met: ${met.filter((r) => r.met.startsWith("yes")).length} of ${met.length}.`);
  writeFileSync(join(repo, "bench", "results.json"), `${JSON.stringify({ date: new Date().toISOString(), machine, rows, measurements: results }, null, 2)}\n`);
  step("wrote bench/results.json");
} finally {
  await browser.close();
  await pages.close();
  await site.close();
}
