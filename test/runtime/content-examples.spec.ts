// Every TypeScript example of the course runs in the page and prints what its expected.txt says,
// the same file its Python twin is checked against; then no process worker may be left.
import { expect, test } from "@playwright/test";
import { matchOutput } from "../../src/runner/expected-output.ts";
import { contentExamples } from "../content/examples.ts";
import { expectNoProcessWorkers, openHarness, runInPage } from "./harness-page.ts";

for (const example of contentExamples()) {
  test(`${example.name}: the TypeScript example prints the expected output`, async ({ page }) => {
    test.setTimeout(60_000);
    await openHarness(page);
    const run = await runInPage(page, example.typescript);
    expect(run.result.kind, JSON.stringify(run.result)).toBe("exit");
    const result = matchOutput(example.expected, run.stdout, example.order);
    expect(result.ok, result.ok ? "" : `${result.reason}\n--- stderr ---\n${run.stderr.join("\n")}`).toBe(true);
    await expectNoProcessWorkers(page);
  });
}
