/**
 * The script every process of a program runs: one Web Worker per process, as spawn starts a fresh
 * interpreter per process.
 *
 * On boot it installs the process's identity, console and interrupt flag, then imports the
 * program's module, which is what spawn does with `__main__`: top-level code runs again in every
 * child, and `import.meta.main` is true only in the main process. Then it plays its role: the main
 * program, a Process target, a Pool worker or a Manager's server, and reports its exit code to the kernel.
 */
import { formatArgs } from "./format.ts";
import { endBootstrap, initContext, isMainProcess, registerExports } from "./internal/context.ts";
import { checkInterrupt, deliverInterrupt, Halted, initInterrupts, interruptFlag } from "./internal/interrupt.ts";
import { currentThread, resume, type ThreadIdentity } from "./internal/threads.ts";
import { connectKernel, flush, receive, send, setLinkPid, write } from "./internal/kernel-link.ts";
import * as multiprocessing from "./index.ts";
import * as threading from "./threading.ts";
import { lookupFunction, unpickle } from "./pickle.ts";
import { initProcessTable, reapChildren } from "./process.ts";
import { runManagerServer } from "./manager/server.ts";
import { runPoolWorker } from "./pool/worker-loop.ts";
import type { KernelToProcess, PoolToWorker, WorkerToPool } from "./protocol.ts";
import { SlottedPort } from "./internal/slotted-port.ts";
import type { KernelPortMessage } from "./kernel/process-host.ts";
import { formatTraceback, serializeWithTraceback, setProgramFile } from "./traceback.ts";
import * as trace from "./trace.ts";


/** What the compiled program reads from the global scope (see src/runner/compile.ts). */
export interface ProgramHooks {
  flag: Int32Array;
  trip: () => void;
  main: boolean;
  register: (functions: Record<string, Function>) => void;
  /** The running thread, captured on entry to every async function. */
  thread: () => ThreadIdentity;
  /** Switches back to a captured thread after an await; returns the awaited value. */
  resume: <T>(thread: ThreadIdentity, value?: T) => T;
  /** The runtime's modules by their Python names, which the program's imports read. */
  modules: Record<string, Record<string, unknown>>;
  /** Called as the program's module begins to run: it is loaded and compiled. */
  started: () => void;
}

const modules: Record<string, Record<string, unknown>> = { multiprocessing, threading };

function installConsole(): void {
  const out = (...args: unknown[]) => write("stdout", formatArgs(args));
  const err = (...args: unknown[]) => write("stderr", formatArgs(args));
  Object.assign(console, { log: out, info: out, debug: out, warn: err, error: err });
}

let exiting = false;

/** Reports the exit code to the kernel, which ends this worker. */
function exit(code: number): never {
  if (!exiting) {
    exiting = true;
    flush();
    send({ type: "exit", pid: multiprocessing.currentProcess().pid, exitcode: code });
  }
  throw new Halted("exited");
}

function report(error: unknown, header: string): void {
  if (error instanceof Halted) return;
  write("stderr", `${header}${formatTraceback(error)}`);
}

async function boot(message: Extract<KernelToProcess, { type: "boot" }>): Promise<void> {
  const { info, parent, role } = message;
  const isMain = role.kind === "main";
  const poolPort = role.kind === "pool-worker" ? new SlottedPort<PoolToWorker, WorkerToPool>(role.end) : null;
  initContext(info, parent, isMain, message.pids);
  initProcessTable(message.pids);
  initInterrupts(message.flag);
  setLinkPid(info.pid);
  trace.initTrace(info.pid, message.programStart, message.trace);
  installConsole();
  if (isMain) endBootstrap();

  (globalThis as unknown as { __mp: ProgramHooks }).__mp = {
    flag: interruptFlag(),
    trip: checkInterrupt,
    main: isMain,
    register: registerExports,
    thread: currentThread,
    resume,
    modules,
    started: () => send({ type: "started" }),
  };
  const url = message.url;
  setProgramFile(url, message.fileName);

  const start = trace.now();
  try {
    await import(/* @vite-ignore */ url);
  } catch (error) {
    if (error instanceof Halted) return;
    if (isMain) {
      report(error, "");
      await reapChildren().catch(() => {});
      exit(error instanceof Error && error.name === "KeyboardInterrupt" ? 130 : 1);
    }
    poolPort?.post({ type: "init-failed", error: serializeWithTraceback(error), bootstrap: true });
    report(error, uncaughtHeader());
    exit(1);
  }
  if (isMain) {
    await reapChildren();
    exit(0);
  }
  endBootstrap();
  trace.span("start-up", "startup", start);

  if (role.kind === "process") {
    const target = lookupFunction(role.target);
    const args = role.args.map(unpickle);
    const runStart = trace.now();
    try {
      await target(...args);
    } catch (error) {
      trace.span(target.name, "compute", runStart);
      report(error, uncaughtHeader());
      await reapChildren().catch(() => {});
      exit(1);
    }
    trace.span(target.name, "compute", runStart);
    await reapChildren();
    exit(0);
  }
  if (poolPort && role.kind === "pool-worker") {
    if (role.initializer) {
      try {
        await lookupFunction(role.initializer)(...role.initargs.map(unpickle));
      } catch (error) {
        if (error instanceof Halted) return;
        poolPort.post({ type: "init-failed", error: serializeWithTraceback(error), bootstrap: false });
        report(error, uncaughtHeader());
        exit(1);
      }
    }
    try {
      await runPoolWorker({ port: poolPort, maxtasksperchild: role.maxtasksperchild, exit });
    } catch (error) {
      report(error, uncaughtHeader());
      exit(1);
    }
  }
  if (role.kind === "manager") await runManagerServer(exit);
}

// The kernel is this worker's parent, or, when the page started it, at the end of a port that the
// page's first message brings.
function onKernelMessage(event: MessageEvent<KernelToProcess | KernelPortMessage>): void {
  const message = event.data;
  switch (message.type) {
    case "kernel-port":
      connectKernel(message.port);
      message.port.onmessage = onKernelMessage;
      break;
    case "boot":
      boot(message).catch((error: unknown) => {
        if (!(error instanceof Halted)) report(error, "Internal error: ");
      });
      break;
    case "interrupt":
      deliverInterrupt();
      break;
    default:
      receive(message);
  }
}

self.onmessage = onKernelMessage;

/** What the traceback of an error nobody caught starts with: nothing in the main program, the process's name in a child. */
function uncaughtHeader(): string {
  return isMainProcess() ? "" : `Process ${multiprocessing.currentProcess().name}:\n`;
}

// An error thrown in a callback outside of any await (a timer, an event handler) ends the process
// with its traceback, as an uncaught exception in Python's main thread would. Left to the worker's
// owner, it came without a stack, as "could not start".
self.addEventListener("error", (event) => {
  event.preventDefault();
  if (event.error instanceof Halted) return;
  report(event.error ?? event.message, uncaughtHeader());
  try {
    exit(1);
  } catch {
    // exit() throws Halted to unwind its caller; this listener has none.
  }
});

// A rejected promise nobody awaits is reported, as asyncio reports an exception never retrieved.
self.addEventListener("unhandledrejection", (event) => {
  event.preventDefault();
  if (event.reason instanceof Halted) return;
  report(event.reason, uncaughtHeader());
});
