// Runs TypeScript programs in headless Chromium through the real runner (the test harness page), for
// people writing examples and exercises: prints each program's output, exit and trace size, and with
// `--checks <exercise.json|lab.json#step>` evaluates an exercise's hidden checks against the run.
//
//   node_modules/.bin/node scripts/run-program.mjs program.ts [more.ts ...] [--checks exercise.json] [--stop-after 0.5] [--no-trace]
//
// The harness is built first when test/harness/dist is missing; it is served on a free port, so
// this can run beside `npm test`.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { evaluateAll } from "../src/labs/checks.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { checks: { type: "string" }, "stop-after": { type: "string" }, build: { type: "boolean" }, "no-trace": { type: "boolean" } },
});
if (positionals.length === 0) {
  console.error("usage: scripts/run-program.mjs program.ts [...] [--checks exercise.json|lab.json#step] [--stop-after seconds] [--build]");
  process.exit(2);
}

/** The checks to evaluate: an exercise.json, or `lab.json#<step id>`. */
function loadChecks(spec) {
  if (!spec) return null;
  const [file, stepId] = spec.split("#");
  const data = JSON.parse(readFileSync(file, "utf8"));
  const step = stepId ? data.steps.find((s) => s.id === stepId) : data;
  if (!step?.checks) throw new Error(`${spec}: no checks found`);
  return step.checks;
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const vite = "node_modules/.bin/vite";
const config = "test/harness/vite.config.ts";
if (values.build || !existsSync("test/harness/dist/index.html")) {
  const built = spawnSync(process.execPath, [vite, "build", "--config", config], { stdio: "inherit" });
  if (built.status !== 0) process.exit(1);
}
const port = await freePort();
const server = spawn(process.execPath, [vite, "preview", "--config", config, "--port", String(port)], { stdio: "ignore" });
const checks = loadChecks(values.checks);
let failed = false;
try {
  const url = `http://localhost:${port}/`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await chromium.launch({
    executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  const page = await browser.newPage();
  page.on("pageerror", (e) => console.log("page error:", e.message));
  await page.goto(url);
  for (const file of positionals) {
    const source = readFileSync(file, "utf8");
    const started = Date.now();
    const running = page.evaluate(([s, name, trace]) => window.harness.run(s, name, trace), [source, file.split("/").at(-1), !values["no-trace"]]);
    if (values["stop-after"]) {
      await page.waitForTimeout(Number(values["stop-after"]) * 1000);
      await page.evaluate(() => window.harness.stop());
    }
    const run = await running;
    console.log(`== ${file}: ${Date.now() - started} ms, ${JSON.stringify(run.result.kind === "exit" ? run.result.exit : run.result.error)}`);
    for (const line of run.stdout) console.log(line);
    if (run.stderr.length) console.log(`-- stderr\n${run.stderr.join("\n")}`);
    console.log(`-- ${run.events.length} trace events`);
    if (checks) {
      const finished = {
        stdout: run.stdout,
        stderr: run.stderr.flatMap((text) => text.split("\n")), // as the page's run recorder splits them
        events: run.events,
        exitcode: run.result.kind === "exit" ? run.result.exit.exitcode : null,
        compileError: run.result.kind === "compile-error" ? run.result.error.message : null,
      };
      for (const result of evaluateAll(checks, finished)) {
        console.log(`${result.passed ? "PASS" : "FAIL"} ${result.label}${result.passed ? "" : ` (hint: ${result.hint})`}`);
        if (!result.passed) failed = true;
      }
    }
  }
  await browser.close();
} finally {
  server.kill();
}
process.exit(failed ? 1 : 0);
