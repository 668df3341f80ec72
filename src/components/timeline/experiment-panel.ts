/**
 * The frame both live experiments share (the speedup chart and the throughput sweep): a toolbar
 * with Run experiment, Cancel and Download CSV, a progress line read out to screen readers, a
 * canvas redrawn on resize and theme change, a line of findings and a table of measurements, and
 * the loop that runs the experiment's programs one after another. Each experiment brings its
 * programs, what it makes of a finished run, its rows and its plot.
 */
import { downloadText } from "./download.ts";
import { element } from "./element.ts";
import { sizeCanvas } from "./plot-frame.ts";
import { runProblem, RunSeries, type RunnerLike } from "./run-series.ts";
import { readTheme, watchTheme, type Theme } from "./theme.ts";

/** What an experiment puts in its panel. */
export interface ExperimentPanelOptions {
  /** Class names of the panel's section. */
  className: string;
  /** The section's accessible name. */
  label: string;
  /** The table's caption and column headings. */
  caption: string;
  columns: readonly string[];
  /** Controls before the buttons (a label with its input); their inputs are disabled while it runs. */
  controls?: readonly HTMLElement[];
  /** The CSV the Download button saves: file name and text. */
  csv(): { fileName: string; text: string };
  /** Draws the plot on a canvas sized for the screen. */
  draw(ctx: CanvasRenderingContext2D, frame: { width: number; height: number; theme: Theme }): void;
  runner: RunnerLike;
}

/** One run of an experiment: the progress line while it runs, and the program. */
export interface ExperimentStep {
  progress: string;
  source: string;
}

/** The frame of an experiment, mounted in a container. */
export class ExperimentPanel {
  readonly root: HTMLElement;
  /** The line under the plot that says what the measurements show. */
  readonly findings = element("p");
  readonly canvas = element("canvas");
  readonly #options: ExperimentPanelOptions;
  readonly #startButton = element("button", { type: "button", textContent: "Run experiment" });
  readonly #cancelButton = element("button", { type: "button", textContent: "Cancel", disabled: true });
  readonly #csvButton = element("button", { type: "button", textContent: "Download CSV", disabled: true });
  readonly #progress = element("p", { className: "timeline-progress" });
  readonly #body: HTMLTableSectionElement;
  readonly #cleanup: Array<() => void> = [];
  #series: RunSeries | null = null;
  #rows = 0;
  #frame = 0;

  /** `start` is what Run experiment calls: the experiment's own start, which calls `run`. */
  constructor(container: HTMLElement, options: ExperimentPanelOptions, start: () => void) {
    this.#options = options;
    this.root = element("section", { className: options.className });
    this.root.setAttribute("aria-label", options.label);
    const toolbar = element("div", { className: "timeline-toolbar" });
    toolbar.append(...(options.controls ?? []), this.#startButton, this.#cancelButton, this.#csvButton);
    this.#progress.setAttribute("aria-live", "polite");
    this.canvas.setAttribute("role", "img");
    const table = element("table");
    table.createCaption().textContent = options.caption;
    const head = table.createTHead().insertRow();
    for (const name of options.columns) head.append(element("th", { scope: "col", textContent: name }));
    this.#body = table.createTBody();
    this.root.append(toolbar, this.#progress, this.canvas, this.findings, table);
    container.append(this.root);
    this.#startButton.addEventListener("click", start);
    this.#cancelButton.addEventListener("click", () => this.cancel());
    this.#csvButton.addEventListener("click", () => {
      const { fileName, text } = options.csv();
      downloadText(fileName, text, "text/csv");
    });
    const resize = new ResizeObserver(() => this.redraw());
    resize.observe(this.root);
    this.#cleanup.push(watchTheme(() => this.redraw()), () => resize.disconnect());
  }

  /** Whether an experiment is running. */
  get running(): boolean {
    return this.#series !== null;
  }

  /**
   * Runs `steps` one after another. `measured` takes each run that ended well (its printed lines
   * and wall time) and returns why it cannot count (the experiment then stops with that on the
   * progress line), or null; a run that failed stops it with what went wrong. Resolves when the
   * experiment ends: done, cancelled or stopped by a problem.
   */
  async run(steps: readonly ExperimentStep[], measured: (stdout: readonly string[], wallMs: number) => string | null): Promise<void> {
    if (this.#series) return;
    const series = new RunSeries(this.#options.runner);
    this.#series = series;
    this.#setRunning(true);
    let done = 0;
    try {
      for (const step of steps) {
        if (series.cancelled) break;
        this.#progress.textContent = step.progress;
        const record = await series.runOnce(step.source);
        if (series.cancelled) break;
        const problem = runProblem(record);
        const refused = problem ?? (record.result.kind === "exit" ? measured(record.stdout, record.result.exit.wallMs) : "");
        if (refused !== null) {
          this.#progress.textContent = refused;
          return;
        }
        done += 1;
      }
      this.#progress.textContent = series.cancelled ? `Cancelled after ${done} of ${steps.length} runs.` : `Done: ${steps.length} runs.`;
    } catch (error) {
      this.#progress.textContent = error instanceof Error ? error.message : String(error);
    } finally {
      this.#series = null;
      this.#setRunning(false);
    }
  }

  /** Shows `rows` (each a row's cell texts and its data attribute) in the table, and redraws. */
  showRows(rows: ReadonlyArray<{ cells: readonly string[]; data: Record<string, string> }>): void {
    this.#rows = rows.length;
    this.#body.replaceChildren(
      ...rows.map(({ cells, data }) => {
        const tr = element("tr");
        Object.assign(tr.dataset, data);
        for (const text of cells) tr.append(element("td", { className: "num", textContent: text }));
        return tr;
      }),
    );
    this.root.dataset.points = String(rows.length);
    this.#csvButton.disabled = this.running || rows.length === 0;
    this.redraw();
  }

  /** Cancels the experiment; the run in progress is stopped. */
  cancel(): void {
    this.#series?.cancel();
  }

  /** Removes the panel. */
  destroy(): void {
    this.cancel();
    cancelAnimationFrame(this.#frame);
    for (const undo of this.#cleanup) undo();
    this.root.remove();
  }

  /** Draws the plot again at the next frame. */
  redraw(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      const sized = this.root.isConnected ? sizeCanvas(this.canvas) : null;
      if (!sized) return;
      const { ctx, width, height, dpr } = sized;
      this.#options.draw(ctx, { width, height, theme: readTheme(this.root, ctx, dpr) });
    });
  }

  #setRunning(running: boolean): void {
    this.#startButton.disabled = running;
    for (const control of this.#options.controls ?? []) for (const input of control.querySelectorAll("input")) input.disabled = running;
    this.#cancelButton.disabled = !running;
    this.#csvButton.disabled = running || this.#rows === 0;
  }
}
