/**
 * The `threading` module: threads that share their process's worker, as Python threads share one
 * interpreter under the GIL.
 *
 * A thread's target runs on the same JavaScript thread as its creator, so threads that compute take
 * turns (one runs while the others wait, as under the GIL), while threads that `await sleep()`
 * overlap, as threads blocked on I/O do in Python. Each thread gets its own row in its process's
 * lane on the timeline, with a bar for every turn it runs (see internal/threads.ts).
 */
import { RuntimeError } from "./errors.ts";
import { Waiters } from "./internal/interrupt.ts";
import { write } from "./internal/kernel-link.ts";
import { currentThread as runningThread, MAIN_THREAD, runAs, type ThreadIdentity } from "./internal/threads.ts";
import { formatTraceback } from "./traceback.ts";
import * as trace from "./trace.ts";

export { sleep } from "./platform.ts";
// Python's threading module has the same primitives; here they are the very same classes, so a
// lock works between threads and between processes alike (ownership is per thread, see semlock.ts).
export { Barrier, BoundedSemaphore, Condition, Event, Lock, RLock, Semaphore } from "./synchronize.ts";
export { BrokenBarrierError } from "./errors.ts";

/** Options of `new Thread(...)`, the keyword arguments of Python's constructor. */
export interface ThreadOptions {
  /** The function the thread runs; any function (threads share memory, nothing is pickled). */
  target?: Function;
  /** Positional arguments for the target. @default [] */
  args?: unknown[];
  /** The thread name. @default "Thread-N" */
  name?: string;
  /** Python's flag; a page program ends when its main module does, so it only shows in repr. @default false */
  daemon?: boolean;
}

let threadCounter = 0;
/** Python numbers only the threads it names itself: Thread-1, Thread-2 ... */
let nameCounter = 0;

/** A thread of the current process, as `threading.Thread`. */
export class Thread implements ThreadIdentity {
  /** The thread name, `Thread-N (target)` unless given. */
  readonly name: string;
  readonly daemon: boolean;
  /** @internal This thread's id in its process (its row on the timeline); the main thread is 0. */
  readonly tid: number;
  readonly #target: Function | undefined;
  readonly #args: unknown[];
  #state: "initial" | "running" | "done" = "initial";
  readonly #waiters = new Waiters();

  constructor(options: ThreadOptions = {}) {
    threadCounter += 1;
    this.tid = threadCounter;
    this.#target = options.target;
    this.#args = options.args ?? [];
    this.name = options.name ?? `Thread-${++nameCounter}${options.target?.name ? ` (${options.target.name})` : ""}`;
    this.daemon = options.daemon ?? false;
  }

  /** Starts the thread: its target begins on the next turn of the event loop. */
  start(): void {
    if (this.#state !== "initial") throw new RuntimeError("threads can only be started once");
    this.#state = "running";
    setTimeout(() => void this.#run(), 0);
  }

  /** Waits until the thread finishes, or `timeout` seconds pass. */
  async join(timeout: number | null = null): Promise<void> {
    if (this.#state === "initial") throw new RuntimeError("cannot join thread before it is started");
    if (runningThread() === this) throw new RuntimeError("cannot join current thread");
    if (this.#state === "done") return;
    const start = trace.mark();
    await this.#waiters.wait(timeout);
    trace.span(`join ${this.name}`, "wait", start);
  }

  /** True between start() and the end of the target. */
  isAlive(): boolean {
    return this.#state === "running";
  }

  async #run(): Promise<void> {
    trace.threadName(this.tid, this.name);
    try {
      const result = runAs(this, () => this.#target?.(...this.#args));
      if (result instanceof Promise) await result;
    } catch (error) {
      write("stderr", `Exception in thread ${this.name}:\n${formatTraceback(error)}`);
    } finally {
      this.#state = "done";
      this.#waiters.wakeAll();
    }
  }
}

/** The thread running now, as `threading.current_thread()`: a Thread, or the main thread. */
export function currentThread(): { readonly name: string } {
  return runningThread();
}

/** The main thread, as `threading.main_thread()`. */
export function mainThread(): { readonly name: string } {
  return MAIN_THREAD;
}
