/**
 * Paints a throughput sweep: the parameter on x (a log scale when its values span a factor of ten
 * or more, as chunksizes from 1 to 200 do), items per second on y, the measurements as round
 * markers joined in the order of the values.
 */
import type { SweepRow } from "../../timeline/sweep.ts";
import { drawFrame, drawLegend, drawMarker, niceTicks, plotPadding as pad } from "./plot-frame.ts";
import type { Theme } from "./theme.ts";

/** What to plot. */
export interface SweepPlot {
  width: number;
  height: number;
  theme: Theme;
  /** Every value the sweep will run, so the x axis is fixed from the first point. */
  values: readonly number[];
  rows: readonly SweepRow[];
  /** The x axis title, e.g. "chunksize". */
  parameter: string;
}

function rateLabel(rate: number): string {
  return rate >= 10_000 ? `${Math.round(rate / 1000)}k/s` : `${Math.round(rate)}/s`;
}

/** Draws the plot in CSS pixels. */
export function drawSweepPlot(ctx: CanvasRenderingContext2D, plot: SweepPlot): void {
  const { width, height, theme, values, rows, parameter } = plot;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const logScale = hi / lo >= 10;
  const scale = (v: number): number => (logScale ? Math.log(v) : v);
  const span = scale(hi) - scale(lo) || 1;
  const x = (v: number): number => pad.left + 8 + ((scale(v) - scale(lo)) / span) * (width - pad.left - pad.right - 16);
  const ticks = niceTicks(Math.max(1, ...rows.map((r) => r.rate)) * 1.1);
  const yMax = ticks[ticks.length - 1]!;
  const y = (rate: number): number => height - pad.bottom - (rate / yMax) * (height - pad.top - pad.bottom);
  // Leave out x labels that would overlap their left neighbour.
  const xTicks: Array<{ value: number; label: string }> = [];
  let lastRight = -Infinity;
  ctx.font = "12px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  for (const value of [...values].sort((a, b) => a - b)) {
    const half = ctx.measureText(String(value)).width / 2;
    if (x(value) - half < lastRight + 6) continue;
    xTicks.push({ value, label: String(value) });
    lastRight = x(value) + half;
  }
  drawFrame(ctx, {
    width,
    height,
    theme,
    x,
    y,
    yTicks: ticks.map((value) => ({ value, label: rateLabel(value) })),
    xTicks,
    xTitle: logScale ? `${parameter} (log scale)` : parameter,
  });

  const ordered = [...rows].sort((a, b) => a.value - b.value);
  ctx.strokeStyle = theme.ink.compute;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ordered.forEach((row, i) => (i === 0 ? ctx.moveTo(x(row.value), y(row.rate)) : ctx.lineTo(x(row.value), y(row.rate))));
  ctx.stroke();
  for (const row of ordered) drawMarker(ctx, theme, x(row.value), y(row.rate));
  drawLegend(ctx, theme, pad.left, 10, [{ label: "items per second", kind: "marker", color: theme.ink.compute }]);
}
