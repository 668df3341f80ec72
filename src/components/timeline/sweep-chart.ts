/**
 * A throughput sweep a lesson embeds: it runs one program once per value of a parameter (lesson 6:
 * `const CHUNKSIZE = 50;`), one run after another, and plots items per second against the value,
 * with the measurements in a table and as CSV. The program prints `elapsed <ms>` (the timed part)
 * and `items <n>` (the work done in it); see sweep.ts. Built from the speedup chart's pieces: the
 * experiment panel, the plot frame and the CSV writer.
 */
import { elapsedFrom, withParameter } from "../../timeline/experiment.ts";
import { bestRow, itemsFrom, sweepCsv, sweepRow, type SweepRow } from "../../timeline/sweep.ts";
import { ExperimentPanel } from "./experiment-panel.ts";
import { defaultRunner, type RunnerLike } from "./run-series.ts";
import { drawSweepPlot } from "./sweep-plot.ts";

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
  readonly #panel: ExperimentPanel;

  constructor(container: HTMLElement, options: SweepChartOptions) {
    this.#source = options.source;
    this.#parameter = options.parameter;
    const label = options.parameter.toLowerCase();
    this.#label = label;
    this.#values = options.values;
    this.#panel = new ExperimentPanel(
      container,
      {
        className: "speedup-chart sweep-chart",
        label: `Throughput against ${label}`,
        caption: `Throughput by ${label}`,
        columns: [label, "time ms", "items", "items/s"],
        csv: () => ({ fileName: `${label}.csv`, text: sweepCsv(this.rows, label) }),
        draw: (ctx, { width, height, theme }) => drawSweepPlot(ctx, { width, height, theme, values: this.#values, rows: this.rows, parameter: label }),
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

  /** Runs the program once per value; resolves with the rows measured. */
  async start(): Promise<SweepRow[]> {
    if (this.#panel.running) return this.rows;
    const source = typeof this.#source === "function" ? this.#source() : this.#source;
    const count = this.#values.length;
    const steps = this.#values.map((value, index) => ({ progress: `Run ${index + 1} of ${count}: ${this.#label} ${value}…`, source: withParameter(source, this.#parameter, value) }));
    this.rows = [];
    this.#render();
    await this.#panel.run(steps, (stdout, wallMs) => {
      const items = itemsFrom(stdout);
      if (items === null) return "The program printed no line `items <n>`: the chart needs it to count the work done.";
      const value = this.#values[this.rows.length]!;
      this.rows = [...this.rows, sweepRow(value, elapsedFrom(stdout) ?? wallMs, items)];
      this.#render();
      return null;
    });
    return this.rows;
  }

  /** Cancels the sweep; the run in progress is stopped. */
  cancel(): void {
    this.#panel.cancel();
  }

  /** Removes the chart. */
  destroy(): void {
    this.#panel.destroy();
  }

  #render(): void {
    const best = bestRow(this.rows);
    this.#panel.findings.textContent = best === null ? "" : `Best so far: ${this.#label} ${best.value}, ${Math.round(best.rate)} items/s.`;
    const points = this.rows.map((r) => `${r.value}: ${Math.round(r.rate)}`).join(", ");
    this.#panel.canvas.setAttribute("aria-label", this.rows.length === 0 ? `Throughput chart: no measurements yet.` : `Throughput chart. Items per second by ${this.#label}: ${points}.`);
    this.#panel.showRows(this.rows.map((r) => ({ cells: [String(r.value), r.timeMs.toFixed(1), String(r.items), r.rate.toFixed(0)], data: { value: String(r.value) } })));
  }
}
