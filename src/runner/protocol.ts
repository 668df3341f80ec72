/**
 * The page's view of a session worker: the calls the page makes through Comlink and what comes back.
 */
import type { IoBatch, ProgramExit } from "../runtime/kernel/kernel.ts";
import type { CompileError } from "./compile.ts";

export type { IoBatch, ProgramExit, CompileError };

/** How a run ended: it did not compile, or it ran and exited. */
export type RunResult = { kind: "compile-error"; error: CompileError } | { kind: "exit"; exit: ProgramExit };

/** What the session worker answers: a run's end plus the output not yet streamed. */
export type SessionRunResult = { kind: "compile-error"; error: CompileError } | { kind: "exit"; exit: ProgramExit; lastBatch: IoBatch };

/** Options of one run. */
export interface RunOptions {
  /** The file name tracebacks show. @default "main.ts" */
  fileName?: string;
  /** Record trace events for the timeline. @default true */
  trace?: boolean;
  /** Output lines kept before the rest is counted as dropped. @default 10000 */
  maxLines?: number;
  /** The source already compiled (a lesson example, at build time): the run skips the compiler. */
  compiled?: string;
}

/** The API a session worker exposes. */
export interface SessionApi {
  /** Compiles and runs a program; a run in progress is ended first. */
  run(source: string, options: RunOptions, onIo: (batch: IoBatch) => void): Promise<SessionRunResult>;
  /** Stop: KeyboardInterrupt first, then (second call or after 2 s) the end of every process. */
  stop(): void;
  /** Processes alive in the current run. */
  liveCount(): number;
  /** Loads the compiler ahead of a run that needs it (the learner started editing). */
  prepareCompiler(): void;
  /**
   * Takes the process worker the page started beside this one for the first run's main process
   * (runtime/kernel/process-host.ts): its kernel port, and how to ask the page to end it.
   */
  adoptProcessWorker(port: MessagePort, terminate: () => void): void;
  /** The page's process worker failed (its error events fire on the page). */
  processWorkerFailed(message: string): void;
}
