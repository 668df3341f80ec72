// The hand-in report: rows from progress, untried steps included, CSV quoting.
import { test } from "node:test";
import assert from "node:assert/strict";
import { recordAttempt } from "../../src/labs/progress.ts";
import { buildReport, reportCsv } from "../../src/labs/report.ts";

const steps = [
  { lab: "measure-it", step: "curve", title: "Record the speedup curve", checks: 3 },
  { lab: "ctrl-c", step: "survive", title: "Survive, \"cleanly\"", checks: 2 },
];
const machine = { cores: 8, browser: "Chrome, test" };
const at = new Date("2026-01-01T00:00:00Z");

test("the report lists every step, with checks passed and measured values", () => {
  const progress = recordAttempt({}, "measure-it/curve", [{ label: "a", passed: true }, { label: "b", passed: false, hint: "h" }], { speedup: 1.93 }, at);
  const report = buildReport(steps, progress, machine, at);
  assert.equal(report.cores, 8);
  assert.deepEqual(report.rows.map((r) => [r.step, r.state, r.checksPassed, r.checksTotal]), [["curve", "attempted", 1, 2], ["survive", "not-started", 0, 2]]);
  assert.deepEqual(report.rows[0]!.measured, { speedup: 1.93 });
});

test("the CSV has a line per measured value and quotes commas and quotes", () => {
  const progress = recordAttempt({}, "measure-it/curve", [{ label: "a", passed: true }], { speedup: 1.93, cores: 8 }, at);
  const lines = reportCsv(buildReport(steps, progress, machine, at)).trimEnd().split("\r\n");
  assert.equal(lines.length, 4);
  assert.match(lines[1]!, /^,measure-it,curve,Record the speedup curve,passed,1,1,speedup,1.93,2026-01-01T00:00:00.000Z,8,"Chrome, test"$/);
  assert.match(lines[3]!, /^,ctrl-c,survive,"Survive, ""cleanly""",not-started,0,2,,,,8,/);
});

test("the CSV names the student on every line, as the JSON does", () => {
  const report = { student: "Ada Lovelace", ...buildReport(steps, {}, machine, at) };
  const lines = reportCsv(report).trimEnd().split("\r\n");
  assert.match(lines[0]!, /^student,lab,step,/);
  for (const line of lines.slice(1)) assert.match(line, /^Ada Lovelace,/);
});
