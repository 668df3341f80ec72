/**
 * Where each row of a timeline sits vertically: lanes stacked in display order, a process's
 * thread rows inside its lane. Pure, so hit-testing and drawing agree on one answer.
 */
import type { Lane, Row, TimelineLayout } from "./layout.ts";

/** Sizes in CSS pixels. */
export interface RowSizes {
  /** Space above the first lane (the time axis). */
  top: number;
  /** Height of a process's own row. */
  rowHeight: number;
  /** Height of a thread row. */
  threadHeight: number;
  /** Space between lanes. */
  laneGap: number;
  /** Space above each row for its name, where there is no room for a label column (else 0). */
  caption: number;
}

/** One row's box. */
export interface RowBox {
  lane: Lane;
  row: Row;
  y: number;
  height: number;
}

/** Boxes for every row, and the total height. */
export function rowBoxes(layout: TimelineLayout, sizes: RowSizes): { rows: RowBox[]; height: number } {
  const rows: RowBox[] = [];
  let y = sizes.top;
  for (const lane of layout.lanes) {
    for (const row of lane.rows) {
      const height = row.tid === 0 ? sizes.rowHeight : sizes.threadHeight;
      y += sizes.caption;
      rows.push({ lane, row, y, height });
      y += height;
    }
    y += sizes.laneGap;
  }
  return { rows, height: y };
}

/** The row at height `y`, if any. */
export function rowAt(rows: readonly RowBox[], y: number): RowBox | undefined {
  return rows.find((box) => y >= box.y && y < box.y + box.height);
}

/** The vertical centre of a process's own row. */
export function laneCentre(rows: readonly RowBox[], pid: number): number | undefined {
  const box = rows.find((b) => b.lane.pid === pid && b.row.tid === 0);
  return box ? box.y + box.height / 2 : undefined;
}
