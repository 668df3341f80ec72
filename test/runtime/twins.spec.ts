// Every runtime behaviour is a small program with a Python twin: both run (the TypeScript one in
// Chromium through the real runner, the Python one under python3 with spawn) and must print the
// same lines. Then no process worker may be left.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoProcessWorkers, openHarness, orderIsFree, runInPage, runPython } from "./harness-page.ts";

const dir = join(import.meta.dirname, "programs");
const programs = readdirSync(dir).filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3));

const lines = (text: string[] | string, sort: boolean): string[] => {
  const list = (typeof text === "string" ? text.split("\n") : text).filter((l) => l !== "");
  return sort ? [...list].sort() : list;
};

for (const name of programs) {
  test(`${name}: TypeScript in the page prints what CPython prints`, async ({ page }) => {
    const source = readFileSync(join(dir, `${name}.ts`), "utf8");
    const free = orderIsFree(source);
    const python = runPython(`${name}.py`, dir);
    expect(python.status, python.stderr).toBe(0);
    const expected = lines(python.stdout, free);
    expect(expected.length).toBeGreaterThan(0);

    await openHarness(page);
    const run = await runInPage(page, source);
    expect(run.result.kind, JSON.stringify(run.result)).toBe("exit");
    expect(lines(run.stdout, free), run.stderr.join("\n")).toEqual(expected);
    await expectNoProcessWorkers(page);
  });
}
