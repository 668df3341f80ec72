/**
 * The page side of running programs: one session worker per page, driven through Comlink.
 *
 * `run()` streams output and trace events to the caller's handlers as they arrive and resolves
 * with how the program ended. The session worker starts on first use (or on `warmUp()`, when the
 * pointer reaches a Run button) and is reused by every later run. The first run's main process
 * worker starts beside it, here, and is handed over to it (runtime/kernel/process-host.ts).
 */
import { proxy, transfer, wrap, type Remote } from "comlink";
import type { KernelPortMessage } from "../runtime/kernel/process-host.ts";
import type { IoBatch, RunOptions, RunResult, SessionApi } from "./protocol.ts";

export type { IoBatch, RunOptions, RunResult };

let session: Remote<SessionApi> | null = null;

function getSession(): Remote<SessionApi> {
  if (session) return session;
  const started = wrap<SessionApi>(new Worker(new URL("./session-worker.ts", import.meta.url), { type: "module", name: "session" }));
  const first = new Worker(new URL("../runtime/process-worker.ts", import.meta.url), { type: "module" });
  const channel = new MessageChannel();
  first.postMessage({ type: "kernel-port", port: channel.port1 } satisfies KernelPortMessage, [channel.port1]);
  first.onerror = (event) => {
    event.preventDefault();
    void started.processWorkerFailed(event.message);
  };
  void started.adoptProcessWorker(
    transfer(channel.port2, [channel.port2]),
    proxy(() => first.terminate()),
  );
  session = started;
  return session;
}

/** Starts the session worker ahead of the first Run. */
export function warmUp(): void {
  getSession();
}

/** Starts the session worker and its compiler: the learner is editing, so the next Run compiles. */
export function warmUpCompiler(): void {
  void getSession().prepareCompiler();
}

/**
 * Compiles and runs `source`; `onIo` receives output and trace batches while it runs, the last one
 * just before the returned promise resolves.
 */
export async function run(source: string, options: RunOptions, onIo: (batch: IoBatch) => void): Promise<RunResult> {
  let received = 0;
  let caughtUp: (() => void) | null = null;
  const stream = (batch: IoBatch) => {
    received = batch.seq;
    onIo(batch);
    caughtUp?.();
  };
  const result = await getSession().run(source, options, proxy(stream));
  if (result.kind === "compile-error") return result;
  // Streamed batches and the result travel on different ports: let a straggler land first.
  while (received < result.lastBatch.seq - 1) await new Promise<void>((resolve) => (caughtUp = resolve));
  onIo(result.lastBatch);
  return { kind: "exit", exit: result.exit };
}

/** Presses Stop: KeyboardInterrupt first; pressed again (or after 2 s), every process ends. */
export function stop(): Promise<void> {
  return session ? session.stop() : Promise.resolve();
}

/** Processes alive in the current run. */
export function liveCount(): Promise<number> {
  return session ? session.liveCount() : Promise.resolve(0);
}
