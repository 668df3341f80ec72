/**
 * The live timeline under an editor: a canvas that draws a program's processes while it runs,
 * with its controls, legend, tooltip (timeline-tooltip.ts), summary, data table and trace download.
 *
 * Framework-free: `new TimelineView(container)` builds its DOM inside the container, the runner's
 * batches go to `append()`, and the canvas is redrawn on the next animation frame only when data or
 * the view changed, so an idle timeline costs nothing. Styles are in timeline.css, which the page
 * imports. Pointer and keyboard handling live in timeline-input.ts.
 */
import type { ProgramExit } from "../../runtime/kernel/kernel.ts";
import type { TraceEvent } from "../../runtime/trace.ts";
import { toChromeTrace, traceFileName } from "../../timeline/chrome-trace.ts";
import { describeTimeline } from "../../timeline/describe.ts";
import { rowBoxes, type RowBox } from "../../timeline/geometry.ts";
import { TimelineLayout, type Bar } from "../../timeline/layout.ts";
import { summarize } from "../../timeline/summary.ts";
import { Viewport } from "../../timeline/viewport.ts";
import { downloadText } from "./download.ts";
import { drawFrame } from "./draw.ts";
import { buildLegend, buildToolbar, type Toolbar } from "./timeline-chrome.ts";
import { buildDataTable, renderSummary } from "./timeline-data.ts";
import { attachInput } from "./timeline-input.ts";
import { readTheme, watchTheme, type Theme } from "./theme.ts";
import { Tooltip } from "./timeline-tooltip.ts";

/** Options of a timeline view. */
export interface TimelineViewOptions {
  /** Called with the function's name when a compute bar is clicked or activated with Enter. @default none */
  onBarClick?: ((functionName: string, bar: Bar) => void) | null;
  /** Rows the data table shows before it points to the download. @default 2000 */
  maxTableRows?: number;
  /** Arrows drawn at most; with more in view none are drawn until the learner zooms in. @default 300 */
  maxArrows?: number;
}

const defaultOptions: Required<TimelineViewOptions> = { onBarClick: null, maxTableRows: 2000, maxArrows: 300 };

/** Below this width the lane names move from a column on the left to captions above the rows. */
const NARROW = 520;

const rowSizes = { top: 26, rowHeight: 30, threadHeight: 22, laneGap: 2 };

/** A live timeline mounted in a container element. */
export class TimelineView {
  /** The layout being drawn (read it, do not change it). */
  layout = new TimelineLayout();
  /** The visible time window. */
  readonly viewport = new Viewport();
  /** Milliseconds the last frame took to draw. */
  lastFrameMs = 0;
  /** Arrows the last frame drew. */
  arrowsDrawn = 0;
  readonly #options: Required<TimelineViewOptions>;
  readonly #root: HTMLElement;
  readonly #canvas: HTMLCanvasElement;
  readonly #ctx: CanvasRenderingContext2D;
  readonly #tooltip = new Tooltip();
  readonly #summary: HTMLDListElement;
  readonly #data: HTMLElement;
  readonly #toolbar: Toolbar;
  readonly #legend: { redraw(): void; element: HTMLElement };
  readonly #cleanup: Array<() => void> = [];
  #theme: Theme;
  #rows: RowBox[] = [];
  #width = 0;
  #dpr = 1;
  #frame = 0;
  #drawnVersion = -1;
  #tableVersion = -1;
  #tableTimer: ReturnType<typeof setTimeout> | null = null;
  #focused: Bar | null = null;
  #hovered: Bar | null = null;
  #exit: ProgramExit | null = null;

  constructor(container: HTMLElement, options: TimelineViewOptions = {}) {
    this.#options = { ...defaultOptions, ...options };
    this.#root = document.createElement("section");
    this.#root.className = "timeline";
    this.#root.setAttribute("aria-label", "Timeline");
    this.#toolbar = buildToolbar({
      zoomIn: () => this.zoom(2),
      zoomOut: () => this.zoom(0.5),
      resetZoom: () => this.resetZoom(),
      toggleData: () => this.#toggleData(),
      download: () => this.downloadTrace(),
    });
    const stage = document.createElement("div");
    stage.className = "timeline-stage";
    this.#canvas = document.createElement("canvas");
    this.#canvas.tabIndex = 0;
    this.#canvas.setAttribute("role", "img");
    stage.append(this.#canvas, this.#tooltip.element);
    const hint = document.createElement("p");
    hint.className = "timeline-hint";
    hint.textContent = "Keys on the timeline: ←/→ pan, + / − zoom, 0 reset, ↑/↓ and [ / ] move between bars, Enter shows the function.";
    this.#summary = document.createElement("dl");
    this.#summary.className = "timeline-summary";
    this.#data = document.createElement("div");
    this.#data.className = "timeline-data";
    this.#data.id = `timeline-data-${Math.random().toString(36).slice(2)}`;
    this.#data.hidden = true;
    this.#toolbar.showData.setAttribute("aria-controls", this.#data.id);
    const ctx = this.#canvas.getContext("2d");
    if (!ctx) throw new Error("This browser cannot draw on a canvas, so the timeline cannot show; the data table still can.");
    this.#ctx = ctx;
    this.#legend = buildLegend(() => this.#root);
    this.#root.append(this.#toolbar.element, this.#legend.element, stage, hint, this.#tooltip.live, this.#summary, this.#data);
    container.append(this.#root);
    this.#theme = readTheme(this.#root, ctx, this.#dpr);
    this.#cleanup.push(
      watchTheme(() => this.#refreshTheme()),
      attachInput(this.#canvas, {
        viewport: this.viewport,
        endUs: () => this.layout.endTs,
        rows: () => this.#rows,
        labelWidth: () => this.#labelWidth(),
        width: () => this.#width,
        focused: () => this.#focused,
        changed: () => this.#invalidate(true),
        hover: (bar) => this.#setHover(bar),
        focus: (bar) => this.#setFocus(bar),
        activate: (bar) => this.#activate(bar),
      }),
    );
    const resize = new ResizeObserver(() => this.#invalidate(true));
    resize.observe(stage);
    this.#cleanup.push(() => resize.disconnect());
    this.#updateAttributes();
    this.#invalidate(true);
  }

  /** Clears everything for a new run. */
  reset(): void {
    this.layout = new TimelineLayout();
    this.viewport.reset(0);
    this.#exit = null;
    this.#focused = this.#hovered = null;
    this.#tooltip.hide();
    this.#summary.replaceChildren();
    this.#tableVersion = -1;
    this.#renderTable();
    this.#invalidate(true);
  }

  /** Adds a batch of trace events (from the runner's `onIo`). */
  append(events: readonly TraceEvent[]): void {
    if (events.length === 0) return;
    this.layout.append(events);
    this.#invalidate(false);
    if (!this.#data.hidden && this.#tableTimer === null) {
      this.#tableTimer = setTimeout(() => {
        this.#tableTimer = null;
        this.#renderTable();
      }, 1000);
    }
  }

  /** Marks the run finished: shows the summary and the final table. */
  finish(exit: ProgramExit | null = null): void {
    this.#exit = exit;
    renderSummary(this.#summary, summarize(this.layout, exit?.wallMs ?? null));
    this.#renderTable();
    this.#invalidate(true);
  }

  /** Zooms by `factor` (>1 is in) around the middle of the window. */
  zoom(factor: number): void {
    this.viewport.zoom(factor, (this.viewport.from + this.viewport.to) / 2, this.layout.endTs);
    this.#invalidate(true);
  }

  /** Shows the whole run again and follows it while it grows. */
  resetZoom(): void {
    this.viewport.reset(this.layout.endTs);
    this.#invalidate(true);
  }

  /** Saves the run as Chrome Trace Event JSON (opens in Perfetto and chrome://tracing). */
  downloadTrace(): void {
    const trace = toChromeTrace(this.layout, { exit: this.#exit });
    downloadText(traceFileName(new Date()), JSON.stringify(trace), "application/json");
  }

  /** Draws a frame now, changed or not (tests and benchmarks time frames with it). */
  drawNow(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#drawnVersion = -1;
    this.#draw();
  }

  /** Removes the view and its listeners. */
  destroy(): void {
    cancelAnimationFrame(this.#frame);
    if (this.#tableTimer !== null) clearTimeout(this.#tableTimer);
    for (const undo of this.#cleanup) undo();
    this.#root.remove();
  }

  #invalidate(force: boolean): void {
    if (force) this.#drawnVersion = -1;
    if (this.#frame === 0) this.#frame = requestAnimationFrame(() => this.#draw());
  }

  #labelWidth(): number {
    return this.#width < NARROW ? 0 : Math.round(Math.min(160, this.#width * 0.2));
  }

  #sizes(): typeof rowSizes & { caption: number } {
    return { ...rowSizes, caption: this.#width < NARROW ? 15 : 0 };
  }

  #draw(): void {
    this.#frame = 0;
    const width = this.#canvas.clientWidth;
    const dpr = window.devicePixelRatio || 1;
    if (this.#drawnVersion === this.layout.version && width === this.#width && dpr === this.#dpr) return;
    const started = performance.now();
    if (dpr !== this.#dpr) {
      this.#dpr = dpr;
      this.#theme = readTheme(this.#root, this.#ctx, dpr);
    }
    this.#width = width;
    const sizes = this.#sizes();
    const { rows, height } = rowBoxes(this.layout, sizes);
    this.#rows = rows;
    const cssHeight = Math.max(height, sizes.top + sizes.caption + sizes.rowHeight);
    if (this.#canvas.height !== Math.round(cssHeight * dpr) || this.#canvas.width !== Math.round(width * dpr)) {
      this.#canvas.width = Math.round(width * dpr);
      this.#canvas.height = Math.round(cssHeight * dpr);
      this.#canvas.style.height = `${cssHeight}px`;
    }
    this.viewport.fit(this.layout.endTs);
    this.#ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.arrowsDrawn = drawFrame({
      ctx: this.#ctx,
      width,
      height: cssHeight,
      layout: this.layout,
      rows,
      from: this.viewport.from,
      to: this.viewport.to,
      labelWidth: this.#labelWidth(),
      caption: sizes.caption,
      axisHeight: sizes.top - 2,
      theme: this.#theme,
      highlighted: this.#focused ?? this.#hovered,
      maxArrows: this.#options.maxArrows,
    });
    this.#drawnVersion = this.layout.version;
    this.#updateAttributes();
    this.lastFrameMs = performance.now() - started;
  }

  #updateAttributes(): void {
    const label = describeTimeline(this.layout);
    if (this.#canvas.getAttribute("aria-label") !== label) this.#canvas.setAttribute("aria-label", label);
    const data = this.#root.dataset;
    data.lanes = String(this.layout.lanes.length);
    data.bars = String(this.layout.barCount);
    data.arrows = String(this.layout.arrows.items.length);
    data.arrowsDrawn = String(this.arrowsDrawn);
  }

  #refreshTheme(): void {
    this.#theme = readTheme(this.#root, this.#ctx, this.#dpr);
    this.#legend.redraw();
    this.#invalidate(true);
  }

  #setHover(bar: Bar | null): void {
    if (bar === this.#hovered) return;
    this.#hovered = bar;
    this.#showTooltip(this.#focused ?? bar, false);
    this.#invalidate(true);
  }

  #setFocus(bar: Bar | null): void {
    this.#focused = bar;
    if (bar) this.viewport.reveal(bar.start, bar.end, this.layout.endTs);
    this.#showTooltip(bar, true);
    this.#invalidate(true);
  }

  #activate(bar: Bar): void {
    this.#setFocus(bar);
    if (bar.kind === "compute") this.#options.onBarClick?.(bar.label, bar);
  }

  /** Shows the tooltip below a bar, placed after the next frame has laid the rows out. */
  #showTooltip(bar: Bar | null, announce: boolean): void {
    if (!bar) return this.#tooltip.hide();
    this.#tooltip.show(bar, this.layout.lane(bar.pid)?.name ?? "", announce);
    requestAnimationFrame(() => {
      const box = this.#rows.find((b) => b.lane.pid === bar.pid && b.row.tid === bar.tid);
      if (!box) return;
      const left = this.#labelWidth() + 8;
      const { from, to } = this.viewport;
      const x = left + ((Math.max(bar.start, from) - from) / (to - from)) * (this.#width - 12 - left);
      this.#tooltip.place(x, box.y + box.height, this.#width);
    });
  }

  #toggleData(): void {
    this.#data.hidden = !this.#data.hidden;
    this.#toolbar.showData.setAttribute("aria-pressed", String(!this.#data.hidden));
    this.#renderTable();
  }

  #renderTable(): void {
    if (this.#data.hidden) {
      this.#data.replaceChildren();
      this.#tableVersion = -1;
      return;
    }
    if (this.#tableVersion === this.layout.version) return;
    this.#tableVersion = this.layout.version;
    this.#data.replaceChildren(buildDataTable(this.layout, this.#options.maxTableRows));
  }
}
