/**
 * The session worker: the page's one link to running programs. It compiles source off the main
 * thread and runs each program in a fresh kernel, which owns the program's process workers. No
 * learner code ever runs here, so this worker always answers Stop.
 */
import { expose } from "comlink";
import { handOverProcessWorker, Kernel } from "../runtime/kernel/kernel.ts";
import { HandedOverWorker } from "../runtime/kernel/process-host.ts";
import type { IoBatch, RunOptions, SessionApi, SessionRunResult } from "./protocol.ts";

let current: { kernel: Kernel; done: Promise<unknown> } | null = null;
/** The process worker the page started for the first run: the page reports here if it failed to load. */
let handedOver: HandedOverWorker | null = null;
/** Counts runs: one that waited (for the compiler, or the previous run's end) while a newer run began never starts. */
let runs = 0;
/** How a run ends that a newer Run replaced before it started. */
const SUPERSEDED: SessionRunResult = { kind: "exit", exit: { exitcode: 130, stopped: true, wallMs: 0 }, lastBatch: { seq: 1, lines: [], events: [], dropped: 0 } };

/**
 * The compiler (Sucrase and acorn, five times the size of the rest of this worker) loads on first
 * need: a lesson's unedited example arrives compiled at build time, so its first Run skips it.
 */
let compiler: Promise<typeof import("./compile.ts")> | null = null;
const loadCompiler = () => (compiler ??= import("./compile.ts"));

const api: SessionApi = {
  async run(source: string, { compiled, ...options }: RunOptions, onIo: (batch: IoBatch) => void): Promise<SessionRunResult> {
    const mine = ++runs;
    if (current) {
      current.kernel.halt();
      await current.done;
    }
    let code = compiled;
    if (code === undefined) {
      const result = (await loadCompiler()).compile(source);
      if (!result.ok) return { kind: "compile-error", error: result.error };
      code = result.code;
    }
    if (mine !== runs) return SUPERSEDED;
    const kernel = new Kernel({ ...options, code, onIo });
    const done = kernel.run();
    const run = { kernel, done };
    current = run;
    const { exit, lastBatch } = await done;
    if (current === run) current = null;
    return { kind: "exit", exit, lastBatch };
  },
  stop(): void {
    current?.kernel.stop();
  },
  liveCount(): number {
    return current?.kernel.liveCount() ?? 0;
  },
  prepareCompiler(): void {
    void loadCompiler();
  },
  adoptProcessWorker(port: MessagePort, terminate: () => void): void {
    handedOver = new HandedOverWorker(port, terminate);
    handOverProcessWorker(handedOver);
  },
  processWorkerFailed(message: string): void {
    handedOver?.failed(message);
  },
};

expose(api);
