/**
 * The throughput sweep's arithmetic: one program run once per value of a parameter (chunksize,
 * say), each run timed (`elapsed <ms>`) and counting its work (`items <n>`), tabulated as items
 * per second. Lesson 6 uses it to draw throughput against chunksize.
 */
import { toCsv } from "./csv.ts";
import { lastNumber } from "./experiment.ts";

/** One measured run of a sweep. */
export interface SweepRow {
  /** The parameter's value in this run. */
  value: number;
  timeMs: number;
  items: number;
  /** Items per second. */
  rate: number;
}

/** The last `items <n>` a program printed, if any. */
export function itemsFrom(stdout: readonly string[]): number | null {
  return lastNumber(stdout, "items");
}

/** A row from one run's measurements; the rate is 0 for a run too fast to time. */
export function sweepRow(value: number, timeMs: number, items: number): SweepRow {
  return { value, timeMs, items, rate: timeMs > 0 ? (items * 1000) / timeMs : 0 };
}

/** The best row (highest rate), if any. */
export function bestRow(rows: readonly SweepRow[]): SweepRow | null {
  return rows.reduce<SweepRow | null>((best, row) => (best === null || row.rate > best.rate ? row : best), null);
}

/**
 * Parses a list of parameter values as a lesson writes them: whole numbers of at least 1, kept in
 * the order given, without repeats. Throws on anything else, so a typo stops the build.
 */
export function sweepValues(values: readonly number[]): number[] {
  if (values.length < 2) throw new Error("A sweep needs at least two values.");
  for (const v of values) {
    if (!Number.isInteger(v) || v < 1) throw new Error(`Sweep values are whole numbers of at least 1, not ${v}.`);
  }
  if (new Set(values).size !== values.length) throw new Error("Sweep values must not repeat.");
  return [...values];
}

/** The sweep as CSV, its first column named after the parameter (`chunksize`). */
export function sweepCsv(rows: readonly SweepRow[], parameter: string): string {
  return toCsv([
    [parameter, "time_ms", "items", "items_per_s"],
    ...rows.map((r) => [r.value, r.timeMs.toFixed(1), r.items, r.rate.toFixed(1)]),
  ]);
}
