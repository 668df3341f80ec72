/**
 * Paints the speedup plot: workers on x, speedup on y, the ideal line y = n (dashed), the fitted
 * Amdahl curve (solid) and the measurements (round markers), with a legend naming each, so the
 * three differ by shape and dash as well as colour.
 */
import type { SpeedupRow } from "../../timeline/csv.ts";
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
  const pad = { left: 44, right: 14, top: 34, bottom: 38 };
  const yMax = Math.max(maxWorkers, ...rows.map((r) => r.speedup)) * 1.05;
  const x = (n: number): number => pad.left + ((n - 1) / Math.max(1, maxWorkers - 1)) * (width - pad.left - pad.right);
  const y = (s: number): number => height - pad.bottom - (s / yMax) * (height - pad.top - pad.bottom);
  ctx.fillStyle = theme.bg;
  ctx.fillRect(0, 0, width, height);
  ctx.font = "12px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  ctx.lineWidth = 1;

  ctx.strokeStyle = theme.border;
  ctx.fillStyle = theme.muted;
  ctx.textAlign = "right";
  ctx.textBaseline = "middle";
  const yStep = yMax > 12 ? Math.ceil(yMax / 6) : yMax > 6 ? 2 : 1;
  ctx.beginPath();
  for (let s = 0; s <= yMax; s += yStep) {
    ctx.moveTo(pad.left, Math.round(y(s)) + 0.5);
    ctx.lineTo(width - pad.right, Math.round(y(s)) + 0.5);
    ctx.fillText(`${s}×`, pad.left - 6, y(s));
  }
  ctx.stroke();
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  const xStep = Math.ceil(maxWorkers / Math.max(2, Math.floor((width - pad.left - pad.right) / 36)));
  for (let n = 1; n <= maxWorkers; n += xStep) ctx.fillText(String(n), x(n), height - pad.bottom + 6);
  ctx.fillText("workers", (pad.left + width - pad.right) / 2, height - 16);

  ctx.strokeStyle = theme.muted;
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

  for (const row of rows) {
    ctx.beginPath();
    ctx.arc(x(row.workers), y(row.speedup), 5, 0, Math.PI * 2);
    ctx.fillStyle = theme.ink.compute;
    ctx.fill();
    ctx.strokeStyle = theme.bg;
    ctx.lineWidth = 1.5;
    ctx.stroke();
  }

  drawLegend(ctx, theme, pad.left, 10, model !== null);
}

function drawLegend(ctx: CanvasRenderingContext2D, theme: Theme, left: number, top: number, fitted: boolean): void {
  ctx.textAlign = "left";
  ctx.textBaseline = "middle";
  ctx.fillStyle = theme.text;
  let at = left;
  const cy = top + 6;
  ctx.beginPath();
  ctx.arc(at + 5, cy, 5, 0, Math.PI * 2);
  ctx.fillStyle = theme.ink.compute;
  ctx.fill();
  ctx.fillStyle = theme.text;
  ctx.fillText("measured", at + 14, cy);
  at += 14 + ctx.measureText("measured").width + 14;
  ctx.strokeStyle = theme.muted;
  ctx.lineWidth = 1;
  ctx.setLineDash([5, 4]);
  ctx.beginPath();
  ctx.moveTo(at, cy);
  ctx.lineTo(at + 22, cy);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.fillText("ideal", at + 27, cy);
  at += 27 + ctx.measureText("ideal").width + 14;
  if (!fitted) return;
  ctx.strokeStyle = theme.ink.wait;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(at, cy);
  ctx.lineTo(at + 22, cy);
  ctx.stroke();
  ctx.fillText("Amdahl fit", at + 27, cy);
}
