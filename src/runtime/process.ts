/**
 * `multiprocessing.Process`: one function run in a new process (a new worker), spawn-style.
 *
 * The child re-imports the program's module (top-level code runs again, `import.meta.main` is
 * false), then calls the target by its exported name with the pickled arguments. Exit codes follow
 * CPython: 0 on return, 1 after an uncaught error, -15 after terminate(), -9 after kill().
 */
import { AssertionError, OSError, RuntimeError, ValueError } from "./errors.ts";
import { allocatePid, isBootstrapping, nextChildName, parentInfo, self } from "./internal/context.ts";
import { Waiters } from "./internal/interrupt.ts";
import { flush, onKernelMessage, send } from "./internal/kernel-link.ts";
import { asPicklingError, functionName, pickle } from "./pickle.ts";
import type { ProcessInfo, ProcessRole } from "./protocol.ts";
import * as trace from "./trace.ts";

/** Options of `new Process(...)`, the keyword arguments of Python's constructor. */
export interface ProcessOptions {
  /** The function to run: an exported top-level function of the module. */
  target?: Function;
  /** Positional arguments for the target. @default [] */
  args?: unknown[];
  /** The process name. @default "Process-N" */
  name?: string;
  /** Daemon processes are terminated when the main program ends. @default the parent's flag */
  daemon?: boolean;
}

/** The most processes one program may have alive at once, like an OS process limit. */
export const MAX_LIVE_PROCESSES = 64;

const BOOTSTRAP_MESSAGE = `
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if (import.meta.main) {      // Python: if __name__ == '__main__':
                ...
            }

        Every child re-imports the main module, so code outside the guard
        runs again in each child. Move the code that starts processes
        inside the guard.`;

const children = new Map<number, Process>();
const exitWatchers = new Map<number, Array<(exitcode: number) => void>>();
let liveCells: Int32Array = new Int32Array(2);

/** Installs the program-wide counters (pid counter, live process count); called once at boot. */
export function initProcessTable(pids: Int32Array): void {
  liveCells = pids;
}

onKernelMessage((message) => {
  if (message.type !== "child-exit") return;
  const watchers = exitWatchers.get(message.pid) ?? [];
  exitWatchers.delete(message.pid);
  for (const watcher of watchers) watcher(message.exitcode);
});

/** Calls `onExit` once when the child with this pid exits (reported by the kernel). */
export function watchExit(pid: number, onExit: (exitcode: number) => void): void {
  exitWatchers.set(pid, [...(exitWatchers.get(pid) ?? []), onExit]);
}

/**
 * A Process object for a child started by other means (a pool worker), so it shows in
 * `activeChildren()` and can be joined, terminated or killed, as in CPython.
 */
export let adoptChild: (info: ProcessInfo) => Process;

/** Checks the rules every new child must pass and reserves a slot; returns its pid. */
export function reserveChild(): number {
  if (isBootstrapping()) throw new RuntimeError(BOOTSTRAP_MESSAGE);
  if (self().daemon) throw new AssertionError("daemonic processes are not allowed to have children");
  if (Atomics.add(liveCells, 1, 1) >= MAX_LIVE_PROCESSES) {
    Atomics.sub(liveCells, 1, 1);
    throw new OSError(
      `[Errno 11] Resource temporarily unavailable: this program already has ${MAX_LIVE_PROCESSES} live processes. Join or terminate some before starting more.`,
    );
  }
  return allocatePid();
}

/** Asks the kernel to start a worker for a child, pickling its role first. */
export function spawnChild(info: ProcessInfo, role: ProcessRole, transfer: Transferable[]): void {
  // CPython flushes stdout before starting a child, so what was printed before start() comes first.
  flush();
  try {
    send({ type: "spawn", info, parentPid: self().pid, role }, transfer);
  } catch (error) {
    Atomics.sub(liveCells, 1, 1);
    throw asPicklingError(error, `the arguments of ${info.name}`);
  }
}

/** A process object, as `multiprocessing.Process`. */
export class Process {
  /** The process name, `Process-N` unless given. */
  name: string;
  /** Whether the process is terminated when the main program ends. */
  daemon: boolean;
  /** The process id, null until started. */
  pid: number | null = null;
  /** null while running (or before start), then the exit code. */
  exitcode: number | null = null;
  readonly #target: Function | undefined;
  readonly #args: unknown[];
  #state: "initial" | "started" | "closed" = "initial";

  static {
    adoptChild = (info) => {
      const child = new Process({ name: info.name, daemon: info.daemon });
      child.pid = info.pid;
      child.#state = "started";
      children.set(info.pid, child);
      watchExit(info.pid, (exitcode) => child.#exited(exitcode));
      return child;
    };
  }
  readonly #exitWaiters = new Waiters();

  constructor(options: ProcessOptions = {}) {
    this.#target = options.target;
    this.#args = options.args ?? [];
    this.name = options.name ?? nextChildName("Process");
    this.daemon = options.daemon ?? self().daemon;
  }

  /** Starts the child. Raises if already started, or while this process is still bootstrapping. */
  start(): void {
    this.#checkNotClosed();
    if (this.#state !== "initial" || this.pid !== null) throw new AssertionError("cannot start a process twice");
    if (!this.#target) throw new ValueError("Process needs a target: new Process({ target: exportedFunction })");
    const pid = reserveChild();
    const transfer: Transferable[] = [];
    let role: ProcessRole;
    try {
      role = { kind: "process", target: functionName(this.#target), args: this.#args.map((arg) => pickle(arg, "spawn", transfer)) };
    } catch (error) {
      Atomics.sub(liveCells, 1, 1);
      throw error;
    }
    spawnChild({ pid, name: this.name, daemon: this.daemon }, role, transfer);
    this.pid = pid;
    this.#state = "started";
    children.set(pid, this);
    watchExit(pid, (exitcode) => this.#exited(exitcode));
  }

  /** Waits until the process exits, or until `timeout` seconds pass. */
  async join(timeout: number | null = null): Promise<void> {
    this.#checkNotClosed();
    if (this.pid === null) throw new AssertionError("can only join a started process");
    if (this.pid === self().pid) throw new AssertionError("can only join a child process");
    if (this.exitcode !== null) return;
    const start = trace.mark();
    await this.#exitWaiters.wait(timeout);
    trace.span(`join ${this.name}`, "wait", start);
  }

  /** True from start() until the process is known to have exited. */
  isAlive(): boolean {
    this.#checkNotClosed();
    return this.pid !== null && this.exitcode === null;
  }

  /** Stops the process at once (SIGTERM): exit code -15. Its finally blocks do not run. */
  terminate(): void {
    this.#signal(15);
  }

  /** Stops the process at once (SIGKILL): exit code -9. */
  kill(): void {
    this.#signal(9);
  }

  /** Releases the process object; raises while the process is running. */
  close(): void {
    if (this.isAlive()) {
      throw new ValueError("Cannot close a process while it is still running. You should first call join() or terminate().");
    }
    this.#state = "closed";
  }

  /** Python's `repr`: `<Process name='Process-1' pid=7 parent=1 started>`. */
  toString(): string {
    const status = this.pid === null ? "initial" : this.exitcode === null ? "started" : `stopped exitcode=${this.exitcode}`;
    return `<Process name='${this.name}'${this.pid === null ? "" : ` pid=${this.pid} parent=${self().pid}`} ${status}${this.daemon ? " daemon" : ""}>`;
  }

  #signal(signal: 9 | 15): void {
    this.#checkNotClosed();
    if (this.pid !== null && this.exitcode === null) send({ type: "kill", pid: this.pid, signal });
  }

  #checkNotClosed(): void {
    if (this.#state === "closed") throw new ValueError("process object is closed");
  }

  #exited(exitcode: number): void {
    this.exitcode = exitcode;
    children.delete(this.pid!);
    this.#exitWaiters.wakeAll();
  }
}

/** The children this process started that are still alive, as `multiprocessing.active_children()`. */
export function activeChildren(): Process[] {
  return [...children.values()].filter((child) => child.exitcode === null);
}

/** Exit handling of the main program: terminate daemons, then wait for the other children. */
export async function reapChildren(): Promise<void> {
  for (const child of activeChildren()) if (child.daemon) child.terminate();
  for (const child of activeChildren()) await child.join();
}

/** A read-only view of a process that this one did not create (itself, or its parent). */
export interface ProcessView {
  readonly name: string;
  readonly pid: number;
  readonly daemon: boolean;
}

/** This process, as `multiprocessing.current_process()`. */
export function currentProcess(): ProcessView {
  return self();
}

/** The parent process, or null in the main process, as `multiprocessing.parent_process()`. */
export function parentProcess(): ProcessView | null {
  return parentInfo();
}
