/**
 * A throughput sweep a lesson embeds: it runs one program once per value of a parameter (lesson 6:
 * `const CHUNKSIZE = 50;`), one run after another, and plots items per second against the value,
 * with the measurements in a table and as CSV. The program prints `elapsed <ms>` (the timed part)
 * and `items <n>` (the work done in it); see sweep.ts. Built from the speedup chart's pieces: the
 * run series, the plot frame, the theme and the CSV writer.
 */
import { elapsedFrom, withParameter } from "../../timeline/experiment.ts";
import { bestRow, itemsFrom, sweepCsv, sweepRow, type SweepRow } from "../../timeline/sweep.ts";
import { downloadText } from "./download.ts";
import { element } from "./element.ts";
import { sizeCanvas } from "./plot-frame.ts";
import { defaultRunner, runProblem, RunSeries, type RunnerLike } from "./run-series.ts";
import { drawSweepPlot } from "./sweep-plot.ts";
import { readTheme, watchTheme } from "./theme.ts";

/** Options of a throughput sweep. */
export interface SweepChartOptions {
  /** The program, with a top-level `const <PARAMETER> = <number>;` line, or a function that returns it at each start (the learner's latest edit). */
  source: string | (() => string);
  /** The constant each run rewrites, e.g. `CHUNKSIZE`. */
  parameter: string;
  /** The values to run, in the order they run. */
  values: readonly number[];
  /** Runs programs. @default the page's runner */
  runner?: RunnerLike;
}

/** A throughput sweep mounted in a container. */
export class SweepChart {
  /** Measurements so far, in the order they ran. */
  rows: SweepRow[] = [];
  #source: string | (() => string);
  readonly #parameter: string;
  readonly #label: string;
  readonly #values: readonly number[];
  readonly #runner: RunnerLike;
  readonly #root = element("section", { className: "speedup-chart sweep-chart" });
  readonly #startButton = element("button", { type: "button", textContent: "Run experiment" });
  readonly #cancelButton = element("button", { type: "button", textContent: "Cancel", disabled: true });
  readonly #csvButton = element("button", { type: "button", textContent: "Download CSV", disabled: true });
  readonly #progress = element("p", { className: "timeline-progress" });
  readonly #canvas = element("canvas");
  readonly #best = element("p");
  readonly #body: HTMLTableSectionElement;
  readonly #cleanup: Array<() => void> = [];
  #series: RunSeries | null = null;
  #frame = 0;

  constructor(container: HTMLElement, options: SweepChartOptions) {
    this.#source = options.source;
    this.#parameter = options.parameter;
    this.#label = options.parameter.toLowerCase();
    this.#values = options.values;
    this.#runner = options.runner ?? defaultRunner;
    this.#root.setAttribute("aria-label", `Throughput against ${this.#label}`);
    const toolbar = element("div", { className: "timeline-toolbar" });
    toolbar.append(this.#startButton, this.#cancelButton, this.#csvButton);
    this.#progress.setAttribute("aria-live", "polite");
    this.#canvas.setAttribute("role", "img");
    const table = element("table");
    table.createCaption().textContent = `Throughput by ${this.#label}`;
    const head = table.createTHead().insertRow();
    for (const name of [this.#label, "time ms", "items", "items/s"]) head.append(element("th", { scope: "col", textContent: name }));
    this.#body = table.createTBody();
    this.#root.append(toolbar, this.#progress, this.#canvas, this.#best, table);
    container.append(this.#root);
    this.#startButton.addEventListener("click", () => void this.start());
    this.#cancelButton.addEventListener("click", () => this.cancel());
    this.#csvButton.addEventListener("click", () => downloadText(`${this.#label}.csv`, sweepCsv(this.rows, this.#label), "text/csv"));
    const resize = new ResizeObserver(() => this.#redraw());
    resize.observe(this.#root);
    this.#cleanup.push(watchTheme(() => this.#redraw()), () => resize.disconnect());
    this.#render();
  }

  /** Replaces the program (e.g. after the learner edits it). */
  setSource(source: string | (() => string)): void {
    this.#source = source;
  }

  /** Runs the program once per value; resolves with the rows measured. */
  async start(): Promise<SweepRow[]> {
    if (this.#series) return this.rows;
    const source = typeof this.#source === "function" ? this.#source() : this.#source;
    const series = new RunSeries(this.#runner);
    this.#series = series;
    this.#setRunning(true);
    this.rows = [];
    this.#render();
    const count = this.#values.length;
    try {
      for (const [index, value] of this.#values.entries()) {
        if (series.cancelled) break;
        this.#progress.textContent = `Run ${index + 1} of ${count}: ${this.#label} ${value}…`;
        const record = await series.runOnce(withParameter(source, this.#parameter, value));
        if (series.cancelled) break;
        const problem = runProblem(record);
        if (problem || record.result.kind !== "exit") {
          this.#progress.textContent = problem ?? "";
          return this.rows;
        }
        const items = itemsFrom(record.stdout);
        if (items === null) {
          this.#progress.textContent = "The program printed no line `items <n>`: the chart needs it to count the work done.";
          return this.rows;
        }
        this.rows = [...this.rows, sweepRow(value, elapsedFrom(record.stdout) ?? record.result.exit.wallMs, items)];
        this.#render();
      }
      this.#progress.textContent = series.cancelled ? `Cancelled after ${this.rows.length} of ${count} runs.` : `Done: ${count} runs.`;
    } catch (error) {
      this.#progress.textContent = error instanceof Error ? error.message : String(error);
    } finally {
      this.#series = null;
      this.#setRunning(false);
    }
    return this.rows;
  }

  /** Cancels the sweep; the run in progress is stopped. */
  cancel(): void {
    this.#series?.cancel();
  }

  /** Removes the chart. */
  destroy(): void {
    this.cancel();
    cancelAnimationFrame(this.#frame);
    for (const undo of this.#cleanup) undo();
    this.#root.remove();
  }

  #setRunning(running: boolean): void {
    this.#startButton.disabled = running;
    this.#cancelButton.disabled = !running;
    this.#csvButton.disabled = running || this.rows.length === 0;
  }

  #render(): void {
    const best = bestRow(this.rows);
    this.#best.textContent = best === null ? "" : `Best so far: ${this.#label} ${best.value}, ${Math.round(best.rate)} items/s.`;
    this.#body.replaceChildren(
      ...this.rows.map((r) => {
        const tr = element("tr");
        tr.dataset.value = String(r.value);
        for (const text of [String(r.value), r.timeMs.toFixed(1), String(r.items), r.rate.toFixed(0)]) tr.append(element("td", { className: "num", textContent: text }));
        return tr;
      }),
    );
    const points = this.rows.map((r) => `${r.value}: ${Math.round(r.rate)}`).join(", ");
    this.#canvas.setAttribute("aria-label", this.rows.length === 0 ? `Throughput chart: no measurements yet.` : `Throughput chart. Items per second by ${this.#label}: ${points}.`);
    this.#root.dataset.points = String(this.rows.length);
    this.#redraw();
  }

  #redraw(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      const sized = this.#root.isConnected ? sizeCanvas(this.#canvas) : null;
      if (!sized) return;
      const { ctx, width, height, dpr } = sized;
      drawSweepPlot(ctx, { width, height, theme: readTheme(this.#root, ctx, dpr), values: this.#values, rows: this.rows, parameter: this.#label });
    });
  }
}
