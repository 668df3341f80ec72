/**
 * The session worker: the page's one link to running programs. It compiles source off the main
 * thread and runs each program in a fresh kernel, which owns the program's process workers. No
 * learner code ever runs here, so this worker always answers Stop.
 */
import { expose } from "comlink";
import { Kernel, prepareProcessWorkers } from "../runtime/kernel/kernel.ts";
import { compile } from "./compile.ts";
import type { IoBatch, RunOptions, SessionApi, SessionRunResult } from "./protocol.ts";

let current: { kernel: Kernel; done: Promise<unknown> } | null = null;

const api: SessionApi = {
  async run(source: string, options: RunOptions, onIo: (batch: IoBatch) => void): Promise<SessionRunResult> {
    if (current) {
      current.kernel.halt();
      await current.done;
    }
    const compiled = compile(source);
    if (!compiled.ok) return { kind: "compile-error", error: compiled.error };
    const kernel = new Kernel({ ...options, code: compiled.code, onIo });
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
};

expose(api);
// The first program's main process (and its first child) load while it arrives and compiles.
prepareProcessWorkers();
