/**
 * The `threading` module: threads that share their process's worker, as Python threads share one
 * interpreter under the GIL.
 *
 * A thread's target runs on the same JavaScript thread as its creator, so threads that compute take
 * turns (one runs while the others wait, as under the GIL), while threads that `await sleep()`
 * overlap, as threads blocked on I/O do in Python. Each thread gets its own lane on the timeline.
 */
import { RuntimeError } from "./errors.ts";
import { interruptible } from "./internal/interrupt.ts";
import { write } from "./internal/kernel-link.ts";
import { formatTraceback } from "./traceback.ts";
import * as trace from "./trace.ts";

export { sleep } from "./platform.ts";
// Python's threading module has the same primitives; here they are the very same classes, so a
// lock works between threads and between processes alike (ownership is per process, see semlock.ts).
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
let current: { name: string } = { name: "MainThread" };

/** A thread of the current process, as `threading.Thread`. */
export class Thread {
  /** The thread name, `Thread-N (target)` unless given. */
  readonly name: string;
  readonly daemon: boolean;
  readonly #target: Function | undefined;
  readonly #args: unknown[];
  readonly #tid: number;
  #state: "initial" | "running" | "done" = "initial";
  #waiters: Array<() => void> = [];

  constructor(options: ThreadOptions = {}) {
    threadCounter += 1;
    this.#tid = threadCounter;
    this.#target = options.target;
    this.#args = options.args ?? [];
    this.name = options.name ?? `Thread-${threadCounter}${options.target?.name ? ` (${options.target.name})` : ""}`;
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
    if (current === this) throw new RuntimeError("cannot join current thread");
    if (this.#state === "done") return;
    const start = trace.now();
    await interruptible<void>((resolve) => {
      this.#waiters.push(resolve);
      const timer = timeout === null ? null : setTimeout(resolve, timeout * 1000);
      return () => {
        if (timer !== null) clearTimeout(timer);
        this.#waiters = this.#waiters.filter((w) => w !== resolve);
      };
    });
    trace.span(`join ${this.name}`, "wait", start);
  }

  /** True between start() and the end of the target. */
  isAlive(): boolean {
    return this.#state === "running";
  }

  async #run(): Promise<void> {
    const start = trace.now();
    const previous = current;
    current = this;
    try {
      const result = this.#target?.(...this.#args);
      current = previous;
      if (result instanceof Promise) await result;
    } catch (error) {
      write("stderr", `Exception in thread ${this.name}:\n${formatTraceback(error)}`);
    } finally {
      current = previous;
      trace.span(this.name, "thread", start, undefined, this.#tid);
      this.#state = "done";
      for (const wake of this.#waiters.splice(0)) wake();
    }
  }
}

/** The thread running now (during a target's synchronous part), as `threading.current_thread()`. */
export function currentThread(): { readonly name: string } {
  return current;
}

/** The main thread, as `threading.main_thread()`. */
export function mainThread(): { readonly name: string } {
  return { name: "MainThread" };
}
