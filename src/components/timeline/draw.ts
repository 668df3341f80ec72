/**
 * Paints one frame of a timeline onto a canvas: the time axis, lanes, bars, instants, arrows and
 * lane labels. It only reads the layout; everything it draws is culled to the visible window, and
 * bars narrower than a pixel are merged per row, so a frame costs about the same for 100,000 bars
 * as for 1,000.
 */
import { describeBar, formatMs } from "../../timeline/describe.ts";
import { laneCentre, type RowBox } from "../../timeline/geometry.ts";
import type { Bar, BarKind, TimelineLayout } from "../../timeline/layout.ts";
import { ticks, timeScale, type TimeScale } from "../../timeline/scale.ts";
import type { Theme } from "./theme.ts";

/** Everything a frame needs. Sizes in CSS pixels, times in microseconds. */
export interface Frame {
  ctx: CanvasRenderingContext2D;
  width: number;
  height: number;
  layout: TimelineLayout;
  rows: readonly RowBox[];
  from: number;
  to: number;
  /** Width of the lane-name column; 0 puts each name in a caption above its row instead. */
  labelWidth: number;
  /** Height of those captions (0 with a label column). */
  caption: number;
  axisHeight: number;
  theme: Theme;
  /** The bar with keyboard focus or under the pointer. */
  highlighted: Bar | null;
  /** Arrows drawn at most; with more in view, none are (zoom in to see them). */
  maxArrows: number;
}

const FONT = "12px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** Draws a frame; returns the number of arrows drawn. */
export function drawFrame(frame: Frame): number {
  const { ctx, width, height, theme, labelWidth } = frame;
  const scale = timeScale(frame.from, frame.to, labelWidth + 8, width - 12);
  ctx.save();
  ctx.font = FONT;
  ctx.textBaseline = "middle";
  ctx.fillStyle = theme.bg;
  ctx.fillRect(0, 0, width, height);
  drawLanes(frame, scale);
  drawAxis(frame, scale);
  ctx.save();
  ctx.beginPath();
  ctx.rect(labelWidth, frame.axisHeight, width - labelWidth, height - frame.axisHeight);
  ctx.clip();
  for (const box of frame.rows) drawRow(frame, box, scale);
  drawInstants(frame, scale);
  const arrows = drawArrows(frame, scale);
  if (frame.highlighted) drawHighlight(frame, frame.highlighted, scale);
  ctx.restore();
  drawLabels(frame);
  ctx.restore();
  return arrows;
}

function drawAxis({ ctx, width, height, theme, axisHeight, labelWidth, from, to }: Frame, scale: TimeScale): void {
  ctx.fillStyle = theme.surface;
  ctx.fillRect(0, 0, width, axisHeight);
  ctx.strokeStyle = theme.border;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(0, axisHeight - 0.5);
  ctx.lineTo(width, axisHeight - 0.5);
  const list = ticks(from / 1000, to / 1000, width - labelWidth - 20, 90);
  for (const tick of list) {
    const x = Math.round(scale.x(tick.ms * 1000)) + 0.5;
    ctx.moveTo(x, axisHeight - 6);
    ctx.lineTo(x, height);
  }
  ctx.globalAlpha = 0.6;
  ctx.stroke();
  ctx.globalAlpha = 1;
  ctx.fillStyle = theme.muted;
  ctx.textAlign = "center";
  for (const tick of list) {
    const x = scale.x(tick.ms * 1000);
    if (x > labelWidth + 20 && x < width - 20) ctx.fillText(tick.label, x, axisHeight / 2);
  }
  ctx.textAlign = "left";
}

/** Shades each process's lifetime (start to exit) and rules a line under each lane. */
function drawLanes({ ctx, width, rows, theme, labelWidth, caption }: Frame, scale: TimeScale): void {
  for (const [i, box] of rows.entries()) {
    if (box.row.tid !== 0) continue;
    const laneRows = rows.filter((b, j) => b.lane === box.lane && j >= i);
    const bottom = laneRows[laneRows.length - 1]!;
    const top = box.y - caption;
    const laneHeight = bottom.y + bottom.height - top;
    const { start, end } = box.lane;
    if (start !== null) {
      const x1 = Math.max(labelWidth, scale.x(start));
      const x2 = end === null ? width : Math.min(width, scale.x(end));
      ctx.fillStyle = theme.surface;
      if (x2 > x1) ctx.fillRect(x1, top, x2 - x1, laneHeight);
    }
    ctx.fillStyle = theme.border;
    ctx.fillRect(0, top + laneHeight, width, 1);
  }
}

/**
 * Draws the visible bars of a row, merging runs of sub-pixel bars into one rectangle each. When
 * even the row's longest bar is under a pixel, a run jumps ahead by binary search to the first
 * bar past its next pixel, so a zoomed-out frame costs per pixel, not per bar.
 */
function drawRow(frame: Frame, box: RowBox, scale: TimeScale): void {
  const { ctx, theme, from, to, labelWidth } = frame;
  const index = box.row.bars;
  const items = index.items;
  const [lo, hi] = index.range(from, to);
  const canSkip = scale.x(index.longest) - scale.x(0) < 1;
  const y = box.y + 3;
  const h = box.height - 6;
  let runStart = -1;
  let runEnd = -1;
  let runKind: BarKind = "compute";
  let runLongest = -1;
  const flush = (): void => {
    if (runStart < 0) return;
    ctx.fillStyle = theme.ink[runKind];
    ctx.fillRect(runStart, y, Math.max(1, runEnd - runStart), h);
    runStart = -1;
  };
  for (let i = lo; i < hi; i++) {
    const bar = items[i]!;
    if (bar.end < from) continue;
    const x1 = scale.x(bar.start);
    const x2 = scale.x(bar.end);
    if (x2 - x1 >= 1) {
      flush();
      drawBar(frame, bar, Math.max(x1, labelWidth - 2), Math.min(x2, frame.width + 2), y, h);
      continue;
    }
    if (runStart >= 0 && x1 <= runEnd + 1) {
      runEnd = Math.max(runEnd, x2);
    } else {
      flush();
      runStart = x1;
      runEnd = x2;
      runLongest = -1;
    }
    if (bar.end - bar.start > runLongest) {
      runLongest = bar.end - bar.start;
      runKind = bar.kind;
    }
    if (canSkip) {
      const next = Math.min(hi, index.indexAfter(scale.us(runEnd + 1)));
      if (next > i + 1) {
        runEnd = Math.max(runEnd, scale.x(items[next - 1]!.end));
        i = next - 1;
      }
    }
  }
  flush();
}

/** Marks each process's exit with a rule, and recorded instants with a small triangle. */
function drawInstants({ ctx, rows, theme, from, to }: Frame, scale: TimeScale): void {
  for (const box of rows) {
    if (box.row.tid !== 0) continue;
    const { end, instants } = box.lane;
    if (end !== null && end >= from && end <= to) {
      ctx.fillStyle = theme.muted;
      ctx.fillRect(Math.round(scale.x(end)) - 1, box.y + 2, 2, box.height - 4);
    }
    ctx.fillStyle = theme.ink.io;
    for (const instant of instants) {
      if (instant.ts < from || instant.ts > to) continue;
      const x = scale.x(instant.ts);
      ctx.beginPath();
      ctx.moveTo(x - 4, box.y + 1);
      ctx.lineTo(x + 4, box.y + 1);
      ctx.lineTo(x, box.y + 7);
      ctx.fill();
    }
  }
}

function drawBar({ ctx, theme }: Frame, bar: Bar, x1: number, x2: number, y: number, h: number): void {
  const w = x2 - x1;
  ctx.fillStyle = theme.fill[bar.kind];
  ctx.fillRect(x1, y, w > 3 ? w - 1 : w, h);
  if (w > 3) {
    ctx.strokeStyle = theme.ink[bar.kind];
    ctx.lineWidth = 1;
    ctx.strokeRect(x1 + 0.5, y + 0.5, w - 2, h - 1);
  }
  if (w < 44) return;
  const text = bar.label;
  const room = w - 10;
  const fitted = fitText(ctx, text, room);
  if (!fitted) return;
  if (bar.kind === "compute") {
    ctx.fillStyle = theme.onCompute;
  } else {
    ctx.fillStyle = theme.bg;
    ctx.fillRect(x1 + 3, y + h / 2 - 8, ctx.measureText(fitted).width + 4, 16);
    ctx.fillStyle = theme.text;
  }
  ctx.fillText(fitted, x1 + 5, y + h / 2);
}

/** `text`, cut with an ellipsis to fit `room` pixels, or "" if not even two letters fit. */
function fitText(ctx: CanvasRenderingContext2D, text: string, room: number): string {
  if (ctx.measureText(text).width <= room) return text;
  for (let n = text.length - 1; n >= 2; n--) {
    const cut = `${text.slice(0, n)}…`;
    if (ctx.measureText(cut).width <= room) return cut;
  }
  return "";
}

/** Arrows for flows in view, if few enough to read; returns how many were drawn. */
function drawArrows({ ctx, layout, rows, from, to, theme, maxArrows }: Frame, scale: TimeScale): number {
  const items = layout.arrows.items;
  const [lo, hi] = layout.arrows.range(from, to);
  const visible = [];
  for (let i = lo; i < hi; i++) {
    const arrow = items[i]!;
    if (arrow.end < from || arrow.fromPid === arrow.toPid) continue;
    visible.push(arrow);
    if (visible.length > maxArrows) return 0;
  }
  ctx.strokeStyle = theme.muted;
  ctx.fillStyle = theme.muted;
  ctx.lineWidth = 1;
  for (const arrow of visible) {
    const y1 = laneCentre(rows, arrow.fromPid);
    const y2 = laneCentre(rows, arrow.toPid);
    if (y1 === undefined || y2 === undefined) continue;
    const x1 = scale.x(arrow.from);
    const x2 = scale.x(arrow.to);
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
    const angle = Math.atan2(y2 - y1, x2 - x1);
    ctx.beginPath();
    ctx.moveTo(x2, y2);
    ctx.lineTo(x2 - 7 * Math.cos(angle - 0.4), y2 - 7 * Math.sin(angle - 0.4));
    ctx.lineTo(x2 - 7 * Math.cos(angle + 0.4), y2 - 7 * Math.sin(angle + 0.4));
    ctx.closePath();
    ctx.fill();
  }
  return visible.length;
}

function drawHighlight({ ctx, rows, theme }: Frame, bar: Bar, scale: TimeScale): void {
  const box = rows.find((b) => b.lane.pid === bar.pid && b.row.tid === bar.tid);
  if (!box) return;
  const x1 = scale.x(bar.start);
  const w = Math.max(3, scale.x(bar.end) - x1);
  ctx.strokeStyle = theme.text;
  ctx.lineWidth = 2;
  ctx.strokeRect(x1 - 1, box.y + 1, w + 2, box.height - 2);
}

function drawLabels({ ctx, rows, theme, labelWidth, caption, width, height, axisHeight }: Frame): void {
  if (labelWidth === 0) {
    for (const box of rows) {
      const thread = box.row.tid !== 0;
      ctx.fillStyle = thread ? theme.muted : theme.text;
      ctx.fillText(fitText(ctx, thread ? `↳ ${box.row.name}` : box.lane.name, width - 16) || "…", thread ? 16 : 6, box.y - caption / 2 + 1);
    }
    return;
  }
  ctx.fillStyle = theme.surface;
  ctx.fillRect(0, axisHeight, labelWidth, height - axisHeight);
  ctx.fillStyle = theme.border;
  ctx.fillRect(labelWidth - 1, 0, 1, height);
  for (const box of rows) {
    const thread = box.row.tid !== 0;
    ctx.fillStyle = thread ? theme.muted : theme.text;
    const text = fitText(ctx, thread ? `↳ ${box.row.name}` : box.lane.name, labelWidth - (thread ? 18 : 10)) || "…";
    ctx.fillText(text, thread ? 14 : 6, box.y + box.height / 2);
  }
}

/** The bar under a point of a row, if any (the last drawn wins, as it is on top). */
export function barAt(box: RowBox, us: number, slackUs: number): Bar | null {
  const items = box.row.bars.items;
  const [lo, hi] = box.row.bars.range(us - slackUs, us + slackUs);
  let hit: Bar | null = null;
  for (let i = lo; i < hi; i++) {
    const bar = items[i]!;
    if (bar.start - slackUs <= us && bar.end + slackUs >= us) hit = bar;
  }
  return hit;
}

/** The tooltip's lines for a bar. */
export function tooltipLines(bar: Bar, laneName: string): { title: string; lines: string[] } {
  const details = describeBar(bar);
  const where = `${laneName}${bar.tid !== 0 ? `, thread ${bar.tid}` : ""}: ${(bar.start / 1000).toFixed(2)}–${(bar.end / 1000).toFixed(2)} ms`;
  const lines = [`${details.kind}, ${formatMs(details.durationMs)}`, where];
  if (details.args) lines.unshift(details.args);
  return { title: details.title, lines };
}
