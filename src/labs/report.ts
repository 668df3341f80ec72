/**
 * The hand-in: one row per lab step with its state, checks passed and measured values, plus the
 * machine it ran on. Pure, so the page, the JSON and the CSV export say the same thing.
 */
import { stateOf, stepKey, type Progress, type StepState } from "./progress.ts";

/** A step as the report lists it. */
export interface ReportRow {
  lab: string;
  step: string;
  title: string;
  state: StepState;
  checksPassed: number;
  checksTotal: number;
  /** Values the last attempt measured, by name. */
  measured: Record<string, number>;
  /** When the last attempt ended (ISO 8601), empty if never. */
  at: string;
}

/** The whole report, as exported to JSON. */
export interface Report {
  /** The name the student typed on the report page, if any. */
  student?: string;
  /** When the report was made (ISO 8601). */
  generated: string;
  /** navigator.hardwareConcurrency: logical cores the browser offers. */
  cores: number;
  /** navigator.userAgent. */
  browser: string;
  rows: ReportRow[];
}

/** The steps the report covers, from the labs' content. */
export interface ReportStep {
  lab: string;
  step: string;
  title: string;
  checks: number;
}

/** Builds the report from progress; steps never tried appear as not started. */
export function buildReport(steps: readonly ReportStep[], progress: Progress, machine: { cores: number; browser: string }, now: Date): Report {
  const rows = steps.map((s): ReportRow => {
    const key = stepKey(s.lab, s.step);
    const stored = progress[key];
    return {
      lab: s.lab,
      step: s.step,
      title: s.title,
      state: stateOf(progress, key),
      checksPassed: stored ? stored.checks.filter((c) => c.passed).length : 0,
      checksTotal: stored ? stored.checks.length : s.checks,
      measured: stored?.measured ?? {},
      at: stored?.at ?? "",
    };
  });
  return { generated: now.toISOString(), ...machine, rows };
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The report as CSV: one line per step and measured value, student and machine columns repeated for spreadsheets. */
export function reportCsv(report: Report): string {
  const header = ["student", "lab", "step", "title", "state", "checks passed", "checks total", "measure", "value", "at", "cores", "browser"];
  const lines = [header];
  for (const row of report.rows) {
    const measures = Object.entries(row.measured);
    const base = [report.student ?? "", row.lab, row.step, row.title, row.state, row.checksPassed, row.checksTotal];
    const tail = [row.at, report.cores, report.browser];
    if (measures.length === 0) lines.push([...base, "", "", ...tail].map(String));
    for (const [name, value] of measures) lines.push([...base, name, value, ...tail].map(String));
  }
  return lines.map((line) => line.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
