/**
 * Gathers one run's output and trace from a Runnable's hooks into the `FinishedRun` the checks read,
 * so the checks never see the DOM and the output pane keeps its own copy for the learner.
 */
import type { FinishedRun } from "../../labs/checks.ts";
import type { IoBatch, RunResult } from "../../runner/runner.ts";
import type { RunHooks } from "../runner/runnable.ts";

/** Records the runs of one Runnable; read `finished(result)` after `run()` resolves. */
export class RunRecorder implements RunHooks {
  #stdout: string[] = [];
  #stderr: string[] = [];
  #events: FinishedRun["events"] = [];

  start(): void {
    this.#stdout = [];
    this.#stderr = [];
    this.#events = [];
  }

  batch(batch: IoBatch): void {
    for (const line of batch.lines) (line.stream === "stdout" ? this.#stdout : this.#stderr).push(line.text);
    this.#events.push(...batch.events);
  }

  /** The run as the checks see it. */
  finished(result: RunResult): FinishedRun {
    return {
      stdout: this.#stdout.flatMap((text) => text.split("\n")),
      stderr: this.#stderr.flatMap((text) => text.split("\n")),
      events: this.#events,
      exitcode: result.kind === "exit" ? result.exit.exitcode : null,
      compileError: result.kind === "compile-error" ? result.error.message : null,
    };
  }
}
