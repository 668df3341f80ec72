// Every Python twin in content/ runs unchanged under python3 and prints what its expected.txt says.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { matchOutput } from "../../src/runner/expected-output.ts";
import { contentExamples } from "./examples.ts";

const run = promisify(execFile);

for (const example of contentExamples()) {
  test(`${example.name}: the Python twin prints the expected output`, async () => {
    const { stdout } = await run("python3", ["example.py"], { cwd: example.dir, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 });
    const result = matchOutput(example.expected, stdout.split("\n"), example.order);
    assert.ok(result.ok, result.ok ? "" : result.reason);
  });
}
