/**
 * CSV text (RFC 4180) for the speedup table a learner downloads: a header row, then one row per
 * worker count.
 */

/** One measured run of a speedup experiment. */
export interface SpeedupRow {
  workers: number;
  timeMs: number;
  speedup: number;
  efficiency: number;
}

/** Quotes a cell when it holds a comma, quote or line break. */
function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows of cells as CSV, lines ended by CRLF. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** The speedup table as CSV. */
export function speedupCsv(rows: readonly SpeedupRow[]): string {
  return toCsv([
    ["workers", "time_ms", "speedup", "efficiency"],
    ...rows.map((r) => [r.workers, r.timeMs.toFixed(1), r.speedup.toFixed(3), r.efficiency.toFixed(3)]),
  ]);
}
