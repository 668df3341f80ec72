/**
 * Keyboard travel between bars: along a row in time order, and up or down to the bar of the next
 * row nearest in time, so every bar's details can be reached without a pointer.
 */
import type { Bar } from "./layout.ts";
import type { RowBox } from "./geometry.ts";

/** Where a bar sits: its row and index there, or null if the rows no longer hold it. */
function locate(rows: readonly RowBox[], bar: Bar): { row: number; index: number } | null {
  const row = rows.findIndex((box) => box.lane.pid === bar.pid && box.row.tid === bar.tid);
  if (row < 0) return null;
  const index = rows[row]!.row.bars.items.indexOf(bar);
  return index < 0 ? null : { row, index };
}

/** The first bar of the first row that has one. */
export function firstBar(rows: readonly RowBox[]): Bar | null {
  for (const box of rows) if (box.row.bars.items.length > 0) return box.row.bars.items[0]!;
  return null;
}

/** The previous (-1) or next (+1) bar in the same row; the same bar at either end. */
export function stepInRow(rows: readonly RowBox[], bar: Bar, step: -1 | 1): Bar {
  const at = locate(rows, bar);
  if (!at) return firstBar(rows) ?? bar;
  const items = rows[at.row]!.row.bars.items;
  return items[Math.min(items.length - 1, Math.max(0, at.index + step))]!;
}

/** The first or last bar of the bar's row. */
export function rowEnd(rows: readonly RowBox[], bar: Bar, end: "first" | "last"): Bar {
  const at = locate(rows, bar);
  if (!at) return bar;
  const items = rows[at.row]!.row.bars.items;
  return end === "first" ? items[0]! : items[items.length - 1]!;
}

/** The bar nearest in time in the closest row above (-1) or below (+1) that has bars. */
export function stepRow(rows: readonly RowBox[], bar: Bar, step: -1 | 1): Bar {
  const at = locate(rows, bar);
  if (!at) return firstBar(rows) ?? bar;
  const mid = (bar.start + bar.end) / 2;
  for (let r = at.row + step; r >= 0 && r < rows.length; r += step) {
    const items = rows[r]!.row.bars.items;
    if (items.length === 0) continue;
    let best = items[0]!;
    for (const candidate of items) {
      if (Math.abs((candidate.start + candidate.end) / 2 - mid) < Math.abs((best.start + best.end) / 2 - mid)) best = candidate;
    }
    return best;
  }
  return bar;
}
