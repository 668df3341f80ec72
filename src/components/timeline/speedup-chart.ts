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
import { element } from "./element.ts";
import { ExperimentPanel } from "./experiment-panel.ts";
import { defaultRunner, type RunnerLike } from "./run-series.ts";
import { drawSpeedupPlot } from "./speedup-plot.ts";

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
  readonly #input: HTMLInputElement;
  readonly #panel: ExperimentPanel;

  constructor(container: HTMLElement, options: SpeedupChartOptions) {
    this.#source = options.source;
    const max = Math.max(1, Math.floor(options.maxWorkers ?? navigator.hardwareConcurrency ?? 4));
    this.#input = element("input", { type: "number", min: "1", max: String(max), value: String(Math.max(1, Math.min(max, Math.floor(options.workers ?? max)))), step: "1" });
    const label = element("label", { textContent: "Workers up to " });
    label.append(this.#input);
    this.#panel = new ExperimentPanel(
      container,
      {
        className: "speedup-chart",
        label: "Speedup experiment",
        caption: "Speedup measurements",
        columns: ["workers", "time ms", "speedup", "efficiency"],
        controls: [label],
        csv: () => ({ fileName: "speedup.csv", text: speedupCsv(this.rows) }),
        draw: (ctx, { width, height, theme }) => {
          const maxWorkers = Math.max(2, Number(this.#input.value) || 2, ...this.rows.map((r) => r.workers));
          const s = this.serialFraction;
          drawSpeedupPlot(ctx, { width, height, theme, maxWorkers, rows: this.rows, model: s === null ? null : (n) => amdahl(s, n) });
        },
        runner: options.runner ?? defaultRunner,
      },
      () => void this.start(),
    );
    this.#render();
  }

  /** Replaces the program (e.g. after the learner edits it). */
  setSource(source: string | (() => string)): void {
    this.#source = source;
  }

  /** Runs the experiment for 1 ... the chosen worker count; resolves with the rows measured. */
  async start(): Promise<SpeedupRow[]> {
    if (this.#panel.running) return this.rows;
    const max = Math.max(1, Math.min(Number(this.#input.max), Math.floor(Number(this.#input.value) || 1)));
    const source = typeof this.#source === "function" ? this.#source() : this.#source;
    const counts = Array.from({ length: max }, (_, i) => i + 1);
    const steps = counts.map((workers) => ({ progress: `Run ${workers} of ${max}: ${workers} ${workers === 1 ? "worker" : "workers"}…`, source: withWorkers(source, workers) }));
    const times: Array<{ workers: number; timeMs: number }> = [];
    this.rows = [];
    this.#render();
    await this.#panel.run(steps, (stdout, wallMs) => {
      times.push({ workers: times.length + 1, timeMs: elapsedFrom(stdout) ?? wallMs });
      this.rows = speedupRows(times);
      this.#render();
      return null;
    });
    return this.rows;
  }

  /** Cancels the experiment; the run in progress is stopped. */
  cancel(): void {
    this.#panel.cancel();
  }

  /** Removes the chart. */
  destroy(): void {
    this.#panel.destroy();
  }

  #render(): void {
    this.serialFraction = fitSerialFraction(this.rows.map((r) => ({ n: r.workers, speedup: r.speedup })));
    const s = this.serialFraction;
    this.#panel.findings.textContent = s === null ? "Measure two or more worker counts to fit Amdahl's law." : `Fitted serial fraction: ${(s * 100).toFixed(1)}% (Amdahl's law: S(n) = 1 / (s + (1 − s) / n)).`;
    const points = this.rows.map((r) => `${r.workers}: ${r.speedup.toFixed(2)}×`).join(", ");
    this.#panel.canvas.setAttribute("aria-label", this.rows.length === 0 ? "Speedup chart: no measurements yet." : `Speedup chart. Measured speedup by workers: ${points}. Ideal: equal to the worker count.${s === null ? "" : ` Amdahl fit: serial fraction ${(s * 100).toFixed(1)}%.`}`);
    this.#panel.showRows(
      this.rows.map((r) => ({
        cells: [String(r.workers), r.timeMs.toFixed(1), `${r.speedup.toFixed(2)}×`, `${Math.round(r.efficiency * 100)}%`],
        data: { workers: String(r.workers) },
      })),
    );
  }
}
