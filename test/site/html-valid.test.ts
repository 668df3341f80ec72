// Every page of the built site is valid HTML according to the Nu Html Checker (vnu.jar, on Java).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { promisify } from "node:util";
import { builtPages, dist } from "./built-pages.ts";

const vnu = createRequire(import.meta.url)("vnu-jar") as string;

test("the Nu Html Checker finds no errors on any page", async () => {
  const pages = builtPages().map((file) => join(dist, file));
  assert.ok(pages.length > 10, `only ${pages.length} pages built`);
  let report = "";
  try {
    await promisify(execFile)("java", ["-jar", vnu, "--errors-only", "--format", "gnu", ...pages], { maxBuffer: 32 * 1024 * 1024 });
  } catch (error) {
    report = String((error as { stderr?: string }).stderr ?? error);
  }
  assert.equal(report.trim(), "", `vnu reported errors:\n${report}`);
});
