/**
 * Runs one program several times in a row through the runner, for the speedup experiment and
 * "Run 20 times": one run at a time (they would compete for cores otherwise), with progress and
 * cancel. Cancel presses Stop, so the run in progress ends as it would from the Stop button.
 */
import * as pageRunner from "../../runner/runner.ts";
import type { IoBatch, RunOptions, RunResult } from "../../runner/runner.ts";

/** The runner calls a series needs; the page's runner by default (tests may pass another). */
export interface RunnerLike {
  run(source: string, options: RunOptions, onIo: (batch: IoBatch) => void): Promise<RunResult>;
  stop(): Promise<void>;
}

/** The page's runner. */
export const defaultRunner: RunnerLike = pageRunner;

/** One finished run. */
export interface RunRecord {
  stdout: string[];
  result: RunResult;
}

/** Why a run cannot count: it did not compile, or it failed or was stopped. */
export function runProblem(record: RunRecord): string | null {
  const { result } = record;
  if (result.kind === "compile-error") return `The program did not compile (line ${result.error.line}): ${result.error.message}`;
  if (result.exit.stopped) return "The run was stopped.";
  if (result.exit.exitcode !== 0) return `The program failed with exit code ${result.exit.exitcode}; run it in the editor to see the error.`;
  return null;
}

/** A cancellable sequence of runs. */
export class RunSeries {
  #cancelled = false;
  readonly #runner: RunnerLike;

  constructor(runner: RunnerLike) {
    this.#runner = runner;
  }

  /** True once cancel() was called. */
  get cancelled(): boolean {
    return this.#cancelled;
  }

  /** Runs `source` once without tracing, collecting its stdout. */
  async runOnce(source: string): Promise<RunRecord> {
    const stdout: string[] = [];
    const result = await this.#runner.run(source, { trace: false }, (batch) => {
      for (const line of batch.lines) if (line.stream === "stdout") stdout.push(line.text);
    });
    return { stdout, result };
  }

  /** Stops the run in progress and every later one. */
  cancel(): void {
    if (this.#cancelled) return;
    this.#cancelled = true;
    void this.#runner.stop();
  }
}
