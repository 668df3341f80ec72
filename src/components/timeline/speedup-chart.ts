/**
 * The speedup experiment a lesson embeds: it runs the same workload with 1, 2, ... N workers,
 * one run after another, and plots the measured speedup against the ideal line y = n and an
 * Amdahl's-law curve fitted to the points, with the measurements in a table and as CSV.
 *
 * The program states its worker count in a top-level line `const WORKERS = 4;`, rewritten for each
 * run (see experiment.ts); it may print `elapsed <ms>` to time only its parallel part. Drawn on a
 * canvas with the timeline's theme rather than a charting library: a dozen points, two lines and
 * two axes are less code than adapting uPlot's options and theming.
 */
import { amdahl, fitSerialFraction } from "../../timeline/amdahl.ts";
import { speedupCsv, type SpeedupRow } from "../../timeline/csv.ts";
import { elapsedFrom, speedupRows, withWorkers } from "../../timeline/experiment.ts";
import { downloadText } from "./download.ts";
import { element } from "./element.ts";
import { sizeCanvas } from "./plot-frame.ts";
import { defaultRunner, runProblem, RunSeries, type RunnerLike } from "./run-series.ts";
import { drawSpeedupPlot } from "./speedup-plot.ts";
import { readTheme, watchTheme } from "./theme.ts";

/** Options of a speedup chart. */
export interface SpeedupChartOptions {
  /** The program, with a top-level `const WORKERS = <number>;` line, or a function that returns it at each start (the learner's latest edit). */
  source: string | (() => string);
  /** The largest worker count offered. @default navigator.hardwareConcurrency */
  maxWorkers?: number;
  /** The worker count the experiment goes up to unless the learner changes it. @default maxWorkers */
  workers?: number;
  /** Runs programs. @default the page's runner */
  runner?: RunnerLike;
}

/** A speedup experiment mounted in a container. */
export class SpeedupChart {
  /** Measurements so far, by worker count. */
  rows: SpeedupRow[] = [];
  /** The fitted serial fraction, once two or more worker counts were measured. */
  serialFraction: number | null = null;
  #source: string | (() => string);
  readonly #runner: RunnerLike;
  readonly #root = element("section", { className: "speedup-chart" });
  readonly #input: HTMLInputElement;
  readonly #startButton = element("button", { type: "button", textContent: "Run experiment" });
  readonly #cancelButton = element("button", { type: "button", textContent: "Cancel", disabled: true });
  readonly #csvButton = element("button", { type: "button", textContent: "Download CSV", disabled: true });
  readonly #progress = element("p", { className: "timeline-progress" });
  readonly #canvas = element("canvas");
  readonly #fit = element("p");
  readonly #body: HTMLTableSectionElement;
  readonly #cleanup: Array<() => void> = [];
  #series: RunSeries | null = null;
  #frame = 0;

  constructor(container: HTMLElement, options: SpeedupChartOptions) {
    this.#source = options.source;
    this.#runner = options.runner ?? defaultRunner;
    const max = Math.max(1, Math.floor(options.maxWorkers ?? navigator.hardwareConcurrency ?? 4));
    this.#root.setAttribute("aria-label", "Speedup experiment");
    this.#input = element("input", { type: "number", min: "1", max: String(max), value: String(Math.max(1, Math.min(max, Math.floor(options.workers ?? max)))), step: "1" });
    const label = element("label", { textContent: "Workers up to " });
    label.append(this.#input);
    const toolbar = element("div", { className: "timeline-toolbar" });
    toolbar.append(label, this.#startButton, this.#cancelButton, this.#csvButton);
    this.#progress.setAttribute("aria-live", "polite");
    this.#canvas.setAttribute("role", "img");
    const table = element("table");
    table.createCaption().textContent = "Speedup measurements";
    const head = table.createTHead().insertRow();
    for (const name of ["workers", "time ms", "speedup", "efficiency"]) head.append(element("th", { scope: "col", textContent: name }));
    this.#body = table.createTBody();
    this.#root.append(toolbar, this.#progress, this.#canvas, this.#fit, table);
    container.append(this.#root);
    this.#startButton.addEventListener("click", () => void this.start());
    this.#cancelButton.addEventListener("click", () => this.cancel());
    this.#csvButton.addEventListener("click", () => downloadText("speedup.csv", speedupCsv(this.rows), "text/csv"));
    const resize = new ResizeObserver(() => this.#redraw());
    resize.observe(this.#root);
    this.#cleanup.push(watchTheme(() => this.#redraw()), () => resize.disconnect());
    this.#render();
  }

  /** Replaces the program (e.g. after the learner edits it). */
  setSource(source: string | (() => string)): void {
    this.#source = source;
  }

  /** Runs the experiment for 1 ... the chosen worker count; resolves with the rows measured. */
  async start(): Promise<SpeedupRow[]> {
    if (this.#series) return this.rows;
    const max = Math.max(1, Math.min(Number(this.#input.max), Math.floor(Number(this.#input.value) || 1)));
    const source = typeof this.#source === "function" ? this.#source() : this.#source;
    const series = new RunSeries(this.#runner);
    this.#series = series;
    this.#setRunning(true);
    this.rows = [];
    this.#render();
    const times: Array<{ workers: number; timeMs: number }> = [];
    try {
      for (let workers = 1; workers <= max && !series.cancelled; workers++) {
        this.#progress.textContent = `Run ${workers} of ${max}: ${workers} ${workers === 1 ? "worker" : "workers"}…`;
        const record = await series.runOnce(withWorkers(source, workers));
        if (series.cancelled) break;
        const problem = runProblem(record);
        if (problem || record.result.kind !== "exit") {
          this.#progress.textContent = problem ?? "";
          return this.rows;
        }
        times.push({ workers, timeMs: elapsedFrom(record.stdout) ?? record.result.exit.wallMs });
        this.rows = speedupRows(times);
        this.#render();
      }
      this.#progress.textContent = series.cancelled ? `Cancelled after ${this.rows.length} of ${max} runs.` : `Done: ${max} runs.`;
    } catch (error) {
      this.#progress.textContent = error instanceof Error ? error.message : String(error);
    } finally {
      this.#series = null;
      this.#setRunning(false);
    }
    return this.rows;
  }

  /** Cancels the experiment; the run in progress is stopped. */
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
    this.#input.disabled = running;
    this.#cancelButton.disabled = !running;
    this.#csvButton.disabled = running || this.rows.length === 0;
  }

  #render(): void {
    this.serialFraction = fitSerialFraction(this.rows.map((r) => ({ n: r.workers, speedup: r.speedup })));
    const s = this.serialFraction;
    this.#fit.textContent = s === null ? "Measure two or more worker counts to fit Amdahl's law." : `Fitted serial fraction: ${(s * 100).toFixed(1)}% (Amdahl's law: S(n) = 1 / (s + (1 − s) / n)).`;
    this.#body.replaceChildren(
      ...this.rows.map((r) => {
        const tr = element("tr");
        tr.dataset.workers = String(r.workers);
        for (const text of [String(r.workers), r.timeMs.toFixed(1), `${r.speedup.toFixed(2)}×`, `${Math.round(r.efficiency * 100)}%`]) tr.append(element("td", { className: "num", textContent: text }));
        return tr;
      }),
    );
    const points = this.rows.map((r) => `${r.workers}: ${r.speedup.toFixed(2)}×`).join(", ");
    this.#canvas.setAttribute("aria-label", this.rows.length === 0 ? "Speedup chart: no measurements yet." : `Speedup chart. Measured speedup by workers: ${points}. Ideal: equal to the worker count.${s === null ? "" : ` Amdahl fit: serial fraction ${(s * 100).toFixed(1)}%.`}`);
    this.#root.dataset.points = String(this.rows.length);
    this.#redraw();
  }

  #redraw(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      const sized = this.#root.isConnected ? sizeCanvas(this.#canvas) : null;
      if (!sized) return;
      const { ctx, width, height, dpr } = sized;
      const maxWorkers = Math.max(2, Number(this.#input.value) || 2, ...this.rows.map((r) => r.workers));
      const s = this.serialFraction;
      drawSpeedupPlot(ctx, { width, height, theme: readTheme(this.#root, ctx, dpr), maxWorkers, rows: this.rows, model: s === null ? null : (n) => amdahl(s, n) });
    });
  }
}
