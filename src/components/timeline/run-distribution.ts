/**
 * "Run 20 times": reruns a program, one run after another, and lists each distinct output with a
 * bar for how often it occurred, so nondeterminism (the order imap_unordered results arrive in,
 * a race's lost updates) becomes visible. A list of bars rather than a canvas: a handful of rows
 * with their text is more readable, and readable by screen readers as is.
 */
import { countOutputs, type OutputCount } from "../../timeline/distribution.ts";
import { defaultRunner, runProblem, RunSeries, type RunnerLike } from "./run-series.ts";

/** Options of a run distribution. */
export interface RunDistributionOptions {
  /** The program to rerun. */
  source: string;
  /** How many runs. @default 20 */
  runs?: number;
  /** Runs programs. @default the page's runner */
  runner?: RunnerLike;
  /** Show its own start button; off when the page provides one (an example's toolbar). @default true */
  startButton?: boolean;
}

/** A "Run N times" control and its results, mounted in a container. */
export class RunDistribution {
  /** Distinct outputs of the finished runs, most frequent first. */
  results: OutputCount[] = [];
  #source: string;
  readonly #runs: number;
  readonly #runner: RunnerLike;
  readonly #root = document.createElement("section");
  readonly #start = document.createElement("button");
  readonly #cancel = document.createElement("button");
  readonly #progress = document.createElement("p");
  readonly #list = document.createElement("ol");
  #series: RunSeries | null = null;

  constructor(container: HTMLElement, options: RunDistributionOptions) {
    this.#source = options.source;
    this.#runs = Math.max(1, Math.floor(options.runs ?? 20));
    this.#runner = options.runner ?? defaultRunner;
    this.#root.className = "run-distribution";
    this.#root.setAttribute("aria-label", "Output distribution");
    this.#start.type = this.#cancel.type = "button";
    this.#start.textContent = `Run ${this.#runs} times`;
    this.#cancel.textContent = "Cancel";
    this.#cancel.disabled = true;
    this.#progress.className = "timeline-progress";
    this.#progress.setAttribute("aria-live", "polite");
    this.#list.setAttribute("aria-label", "Distinct outputs");
    const toolbar = document.createElement("div");
    toolbar.className = "timeline-toolbar";
    if (options.startButton ?? true) toolbar.append(this.#start);
    toolbar.append(this.#cancel);
    this.#root.append(toolbar, this.#progress, this.#list);
    container.append(this.#root);
    this.#start.addEventListener("click", () => void this.start());
    this.#cancel.addEventListener("click", () => this.cancel());
  }

  /** Replaces the program (e.g. after the learner edits it). */
  setSource(source: string): void {
    this.#source = source;
  }

  /** Runs the program the configured number of times; resolves with the distinct outputs. */
  async start(): Promise<OutputCount[]> {
    if (this.#series) return this.results;
    const series = new RunSeries(this.#runner);
    this.#series = series;
    this.#start.disabled = true;
    this.#cancel.disabled = false;
    const outputs: string[] = [];
    this.#render(outputs);
    try {
      for (let i = 1; i <= this.#runs && !series.cancelled; i++) {
        this.#progress.textContent = `Run ${i} of ${this.#runs}…`;
        const record = await series.runOnce(this.#source);
        if (series.cancelled) break;
        const problem = runProblem(record);
        if (problem) {
          this.#progress.textContent = problem;
          return this.results;
        }
        outputs.push(record.stdout.join("\n"));
        this.#render(outputs);
      }
      const distinct = this.results.length;
      const summary = `${outputs.length} runs, ${distinct} distinct ${distinct === 1 ? "output" : "outputs"}.`;
      this.#progress.textContent = series.cancelled ? `Cancelled: ${summary}` : summary;
    } finally {
      this.#series = null;
      this.#start.disabled = false;
      this.#cancel.disabled = true;
    }
    return this.results;
  }

  /** Cancels the remaining runs; the run in progress is stopped. */
  cancel(): void {
    this.#series?.cancel();
  }

  /** Removes the control. */
  destroy(): void {
    this.cancel();
    this.#root.remove();
  }

  #render(outputs: readonly string[]): void {
    this.results = countOutputs(outputs);
    const total = outputs.length;
    const top = this.results[0]?.count ?? 1;
    this.#list.replaceChildren(
      ...this.results.map(({ output, count }) => {
        const item = document.createElement("li");
        const text = document.createElement("pre");
        text.textContent = output === "" ? "(no output)" : output;
        const bar = document.createElement("div");
        bar.className = "run-distribution-bar";
        bar.style.width = `${(count / top) * 100}%`;
        const label = document.createElement("span");
        label.className = "run-distribution-count";
        label.textContent = `${count} of ${total} (${Math.round((count / total) * 100)}%)`;
        item.append(text, bar, label);
        return item;
      }),
    );
  }
}
