/**
 * The drawing conventions the live charts share (speedup against workers, throughput against
 * chunksize): a background, horizontal grid lines with their labels, labelled ticks and a title
 * under the x axis, round measurement markers, and a legend whose items differ by shape and dash as
 * well as colour.
 */
import type { Theme } from "./theme.ts";

/** Space around the plotting area, in CSS pixels. */
export const plotPadding = { left: 52, right: 14, top: 34, bottom: 38 } as const;

/** The frame of a plot: axes ticks, their labels and the x axis title. */
export interface PlotFrame {
  width: number;
  height: number;
  theme: Theme;
  /** Values where horizontal grid lines go, with their labels. */
  yTicks: ReadonlyArray<{ value: number; label: string }>;
  /** Values labelled under the x axis. */
  xTicks: ReadonlyArray<{ value: number; label: string }>;
  /** Maps a data value to a canvas x or y. */
  x(value: number): number;
  y(value: number): number;
  xTitle: string;
}

/** Clears the canvas and draws the grid, the tick labels and the x axis title. */
export function drawFrame(ctx: CanvasRenderingContext2D, frame: PlotFrame): void {
  const { width, height, theme } = frame;
  const pad = plotPadding;
  ctx.fillStyle = theme.bg;
  ctx.fillRect(0, 0, width, height);
  ctx.font = "12px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  ctx.lineWidth = 1;
  ctx.setLineDash([]);
  ctx.strokeStyle = theme.border;
  ctx.fillStyle = theme.muted;
  ctx.textAlign = "right";
  ctx.textBaseline = "middle";
  ctx.beginPath();
  for (const tick of frame.yTicks) {
    const at = Math.round(frame.y(tick.value)) + 0.5;
    ctx.moveTo(pad.left, at);
    ctx.lineTo(width - pad.right, at);
    ctx.fillText(tick.label, pad.left - 6, at);
  }
  ctx.stroke();
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  for (const tick of frame.xTicks) ctx.fillText(tick.label, frame.x(tick.value), height - pad.bottom + 6);
  ctx.fillText(frame.xTitle, (pad.left + width - pad.right) / 2, height - 16);
}

/** Evenly spaced round tick values from 0 to at least `max`, about `count` of them. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/** One measurement: a filled circle ringed with the background, so overlapping points stay apart. */
export function drawMarker(ctx: CanvasRenderingContext2D, theme: Theme, x: number, y: number): void {
  ctx.beginPath();
  ctx.arc(x, y, 5, 0, Math.PI * 2);
  ctx.fillStyle = theme.ink.compute;
  ctx.fill();
  ctx.strokeStyle = theme.bg;
  ctx.lineWidth = 1.5;
  ctx.stroke();
}

/** A legend entry: measured points, a dashed line or a solid line. */
export interface LegendItem {
  label: string;
  kind: "marker" | "dashed" | "solid";
  /** Line colour (markers use the compute ink). */
  color: string;
}

/** Draws the legend in a row starting at (`left`, `top`). */
export function drawLegend(ctx: CanvasRenderingContext2D, theme: Theme, left: number, top: number, items: readonly LegendItem[]): void {
  ctx.textAlign = "left";
  ctx.textBaseline = "middle";
  let at = left;
  const cy = top + 6;
  for (const item of items) {
    if (item.kind === "marker") {
      ctx.beginPath();
      ctx.arc(at + 5, cy, 5, 0, Math.PI * 2);
      ctx.fillStyle = theme.ink.compute;
      ctx.fill();
      at += 14;
    } else {
      ctx.strokeStyle = item.color;
      ctx.lineWidth = item.kind === "solid" ? 2 : 1;
      ctx.setLineDash(item.kind === "dashed" ? [5, 4] : []);
      ctx.beginPath();
      ctx.moveTo(at, cy);
      ctx.lineTo(at + 22, cy);
      ctx.stroke();
      ctx.setLineDash([]);
      at += 27;
    }
    ctx.fillStyle = theme.text;
    ctx.fillText(item.label, at, cy);
    at += ctx.measureText(item.label).width + 14;
  }
}

/**
 * Sizes `canvas` to its CSS width (height from the width, between 220 and 340 px) at the device's
 * pixel ratio and returns a context that draws in CSS pixels, or null when it cannot draw.
 */
export function sizeCanvas(canvas: HTMLCanvasElement): { ctx: CanvasRenderingContext2D; width: number; height: number; dpr: number } | null {
  const ctx = canvas.getContext("2d");
  if (!ctx) return null;
  const dpr = window.devicePixelRatio || 1;
  const width = canvas.clientWidth || 320;
  const height = Math.round(Math.min(340, Math.max(220, width * 0.55)));
  canvas.width = Math.round(width * dpr);
  canvas.height = Math.round(height * dpr);
  canvas.style.height = `${height}px`;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return { ctx, width, height, dpr };
}
