/**
 * Paints the speedup plot: workers on x, speedup on y, the ideal line y = n (dashed), the fitted
 * Amdahl curve (solid) and the measurements (round markers), with a legend naming each, so the
 * three differ by shape and dash as well as colour.
 */
import type { SpeedupRow } from "../../timeline/csv.ts";
import { drawFrame, drawLegend, drawMarker, plotPadding as pad, type LegendItem } from "./plot-frame.ts";
import type { Theme } from "./theme.ts";

/** What to plot. */
export interface SpeedupPlot {
  width: number;
  height: number;
  theme: Theme;
  maxWorkers: number;
  rows: readonly SpeedupRow[];
  /** The fitted speedup on n workers, if fitted. */
  model: ((n: number) => number) | null;
}

/** Draws the plot in CSS pixels. */
export function drawSpeedupPlot(ctx: CanvasRenderingContext2D, plot: SpeedupPlot): void {
  const { width, height, theme, maxWorkers, rows, model } = plot;
  const yMax = Math.max(maxWorkers, ...rows.map((r) => r.speedup)) * 1.05;
  const x = (n: number): number => pad.left + ((n - 1) / Math.max(1, maxWorkers - 1)) * (width - pad.left - pad.right);
  const y = (s: number): number => height - pad.bottom - (s / yMax) * (height - pad.top - pad.bottom);
  const yStep = yMax > 12 ? Math.ceil(yMax / 6) : yMax > 6 ? 2 : 1;
  const yTicks = [];
  for (let s = 0; s <= yMax; s += yStep) yTicks.push({ value: s, label: `${s}×` });
  const xStep = Math.ceil(maxWorkers / Math.max(2, Math.floor((width - pad.left - pad.right) / 36)));
  const xTicks = [];
  for (let n = 1; n <= maxWorkers; n += xStep) xTicks.push({ value: n, label: String(n) });
  drawFrame(ctx, { width, height, theme, x, y, yTicks, xTicks, xTitle: "workers" });

  ctx.strokeStyle = theme.muted;
  ctx.lineWidth = 1;
  ctx.setLineDash([5, 4]);
  ctx.beginPath();
  ctx.moveTo(x(1), y(1));
  ctx.lineTo(x(maxWorkers), y(maxWorkers));
  ctx.stroke();
  ctx.setLineDash([]);

  if (model) {
    ctx.strokeStyle = theme.ink.wait;
    ctx.lineWidth = 2;
    ctx.beginPath();
    for (let i = 0; i <= 60; i++) {
      const n = 1 + ((maxWorkers - 1) * i) / 60;
      if (i === 0) ctx.moveTo(x(n), y(model(n)));
      else ctx.lineTo(x(n), y(model(n)));
    }
    ctx.stroke();
  }

  for (const row of rows) drawMarker(ctx, theme, x(row.workers), y(row.speedup));

  const legend: LegendItem[] = [
    { label: "measured", kind: "marker", color: theme.ink.compute },
    { label: "ideal", kind: "dashed", color: theme.muted },
  ];
  if (model) legend.push({ label: "Amdahl fit", kind: "solid", color: theme.ink.wait });
  drawLegend(ctx, theme, pad.left, 10, legend);
}
