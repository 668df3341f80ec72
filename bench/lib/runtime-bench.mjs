// Measures the runtime on the benchmark page: raw Web Worker timings, then the programs in
// bench/programs run through the real runner, each of which times itself and prints
// `name value` lines that are parsed here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repo } from "./build.mjs";

function program(name) {
  return readFileSync(join(repo, "bench", "programs", `${name}.ts`), "utf8");
}

/**
 * CPU seconds used so far by every renderer process (the page and its workers are threads of one),
 * from Chromium's own accounting; 10 ms steps.
 */
async function rendererCpuSeconds(cdp) {
  const { processInfo } = await cdp.send("SystemInfo.getProcessInfo");
  return processInfo.filter((info) => info.type === "renderer").reduce((sum, info) => sum + info.cpuTime, 0);
}

/**
 * Runs a bench program; resolves with its printed figures by name, the trace event count and the
 * CPU seconds the renderers used meanwhile.
 */
async function runProgram(page, cdp, name, options = {}) {
  const cpuBefore = await rendererCpuSeconds(cdp);
  const { result, stdout, stderr, events } = await page.evaluate(
    ([source, opts]) => window.bench.run(source, opts),
    [program(name), { fileName: `${name}.ts`, ...options }],
  );
  if (result.kind !== "exit" || result.exit.exitcode !== 0) {
    throw new Error(`${name}.ts did not finish cleanly: ${JSON.stringify(result)}\n${stderr.join("\n")}`);
  }
  const figures = {};
  for (const line of stdout) {
    const [key, value] = line.split(" ");
    (figures[key] ??= []).push(Number(value));
  }
  return { figures, events, cpuSeconds: (await rendererCpuSeconds(cdp)) - cpuBefore };
}

/** Runs `measure`, turning a failure into `{ error }` so one broken program does not end the bench. */
async function attempt(measure) {
  try {
    return await measure();
  } catch (error) {
    return { error: error.message.split("\n").slice(0, 3).join(" ") };
  }
}

/** Every runtime figure; Lock and Manager only when `built` says the runtime exports them. */
export async function measureRuntime(browser, baseUrl, built) {
  const page = await browser.newPage();
  const cdp = await browser.newBrowserCDPSession();
  page.on("pageerror", (error) => console.error(`bench page error: ${error.stack}`));
  await page.goto(`${baseUrl}/runner.html`);
  await page.waitForFunction(() => "bench" in window);

  const workerStartMs = await page.evaluate(() => window.bench.workerStart(20));
  const rawRoundTripUs = await page.evaluate(() => window.bench.roundTrips(5000, 500));
  const channelRoundTripUs = await page.evaluate(() => window.bench.channelRoundTrips(5000, 500));
  const apply = await attempt(async () => (await runProgram(page, cdp, "apply-round-trip")).figures);
  const processStart = await attempt(async () => (await runProgram(page, cdp, "process-start")).figures);

  // Trace on and off alternate, so that a burst of load elsewhere on the machine hits both, in the
  // order on, off, off, on, ... so that neither side always runs first of a pair; six runs a side
  // of three maps each, as one chunksize-1 map varies by a fifth from run to run here. An untimed
  // run first, so that neither side pays for the page's own warm-up.
  // The CPU time of each whole run (the pool's start, two untimed maps and six timed ones) is the
  // steadier measure of what tracing costs: it does not move with how the threads were scheduled.
  const map = { on: { figures: {}, events: 0, cpuSeconds: [] }, off: { figures: {}, events: 0, cpuSeconds: [] } };
  const mapError = await attempt(async () => {
    await runProgram(page, cdp, "map", { trace: false });
    for (const trace of Array.from({ length: 12 }, (_, i) => i % 4 === 0 || i % 4 === 3)) {
      const { figures, events, cpuSeconds } = await runProgram(page, cdp, "map", { trace });
      const side = map[trace ? "on" : "off"];
      for (const [key, values] of Object.entries(figures)) (side.figures[key] ??= []).push(...values);
      side.events += events;
      side.cpuSeconds.push(cpuSeconds);
    }
  });

  const cpu = await attempt(async () => (await runProgram(page, cdp, "cpu-speedup")).figures);
  // The same 60 tasks of burn(4,000,000) as cpu-speedup.ts, on bare workers: the machine's floor.
  const rawCpu = await page.evaluate(() => window.bench.rawCpu(navigator.hardwareConcurrency, 60, 4_000_000, 4));
  const lock = built.lock ? await attempt(async () => (await runProgram(page, cdp, "lock")).figures) : null;
  const manager = built.manager ? await attempt(async () => (await runProgram(page, cdp, "manager-dict")).figures) : null;
  const messages = await attempt(async () => (await runProgram(page, cdp, "pipe-queue")).figures);
  const cpuCount = await page.evaluate(() => navigator.hardwareConcurrency);
  await page.close();
  return { workerStartMs, rawRoundTripUs, channelRoundTripUs, apply, processStart, map: mapError?.error ? mapError : map, cpu, rawCpu, lock, manager, messages, cpuCount };
}
