/**
 * Ctrl-C for programs in the page: the Stop button raises KeyboardInterrupt in every process.
 *
 * The kernel writes a per-process flag in shared memory: 1 asks for a KeyboardInterrupt, 2 halts;
 * a process that ignores KeyboardInterrupt holds it at -1, where the kernel's interrupt (a
 * compare-and-swap from 0) leaves it alone. The flag is read at every runtime await and, through
 * guards the compiler puts in every loop, at every loop iteration, so a busy `while (true) {}` sees
 * it too (a browser cannot interrupt a busy worker from outside quickly). Pending runtime waits
 * (sleep, join, get, recv ...) are rejected when the kernel's "interrupt" message arrives.
 */
import { KeyboardInterrupt } from "../errors.ts";

const IGNORING = -1;
const RUNNING = 0;
const INTERRUPT = 1;
const HALT = 2;

/** Thrown everywhere once the program is halted; not a Python exception, nothing should catch it. */
export class Halted extends Error {
  override name = "Halted";
}

let flag: Int32Array = new Int32Array(1);
let ignoring = false;
const waits = new Set<(error: Error) => void>();

/** Installs this process's flag cell; called once at boot. */
export function initInterrupts(cell: Int32Array): void {
  flag = cell;
}

/** The twin of `signal.signal(SIGINT, SIG_IGN)`: this process ignores KeyboardInterrupt. */
export function ignoreKeyboardInterrupt(): void {
  // An interrupt already due is raised first, as CPython handles a pending SIGINT before the call.
  checkInterrupt();
  ignoring = true;
  Atomics.compareExchange(flag, 0, RUNNING, IGNORING);
}

/** The error an interrupt raises in this process now, consuming it, or null if none is due. */
function takeInterrupt(): Error | null {
  const state = Atomics.load(flag, 0);
  if (state === HALT) return new Halted("the program was stopped");
  if (state !== INTERRUPT) return null;
  Atomics.compareExchange(flag, 0, INTERRUPT, ignoring ? IGNORING : RUNNING);
  return ignoring ? null : new KeyboardInterrupt();
}

/**
 * Raises a due KeyboardInterrupt; called at the start of every runtime await, and as `__mpTrip()`
 * right after a loop whose guard saw the flag up (see src/runner/compile.ts).
 */
export function checkInterrupt(): void {
  const error = takeInterrupt();
  if (error) throw error;
}

/** The flag cell, read directly by the compiled loop guards. */
export function interruptFlag(): Int32Array {
  return flag;
}

/**
 * A promise that a KeyboardInterrupt or a halt rejects. `start` receives resolve and reject and
 * returns a cleanup run when the wait ends either way.
 */
export function interruptible<T>(
  start: (resolve: (value: T) => void, reject: (error: Error) => void) => (() => void) | void,
): Promise<T> {
  checkInterrupt();
  return new Promise<T>((resolve, reject) => {
    let cleanup: (() => void) | void;
    const abort = (error: Error) => {
      finish();
      reject(error);
    };
    const finish = () => {
      waits.delete(abort);
      cleanup?.();
    };
    waits.add(abort);
    cleanup = start(
      (value) => {
        finish();
        resolve(value);
      },
      (error) => {
        finish();
        reject(error);
      },
    );
  });
}

/**
 * Awaits a reply from elsewhere (the kernel, a manager) so that Stop can interrupt the wait;
 * `abandon` runs when it is interrupted before the reply came (to cancel the request, or to undo
 * what a late reply did).
 */
export function awaitReply<T>(reply: Promise<T>, abandon: () => void): Promise<T> {
  return interruptible<T>((resolve, reject) => {
    let settled = false;
    reply.then(
      (value) => {
        settled = true;
        resolve(value);
      },
      (error: Error) => {
        settled = true;
        reject(error);
      },
    );
    return () => {
      if (!settled) abandon();
    };
  });
}

/**
 * Waits until `register`'s wake-up is called, or `timeout` seconds pass (null: no limit); Stop
 * rejects the wait. `register` files the wake-up where the event will find it and returns how to
 * take it back, which runs when the wait ends either way.
 */
export function waitFor(register: (wake: () => void) => () => void, timeout: number | null = null): Promise<void> {
  return interruptible<void>((resolve) => {
    const unregister = register(resolve);
    const timer = timeout === null ? null : setTimeout(resolve, Math.max(0, timeout) * 1000);
    return () => {
      if (timer !== null) clearTimeout(timer);
      unregister();
    };
  });
}

/** Everyone waiting for one event (a process or thread exit, a result, a message), woken together. */
export class Waiters {
  readonly #wakes = new Set<() => void>();

  /** Waits until `wakeAll()`, or `timeout` seconds pass (null: no limit); Stop interrupts it. */
  wait(timeout: number | null = null): Promise<void> {
    return waitFor((wake) => {
      this.#wakes.add(wake);
      return () => this.#wakes.delete(wake);
    }, timeout);
  }

  /** Wakes every waiter, in the order they began to wait. */
  wakeAll(): void {
    for (const wake of [...this.#wakes]) wake();
  }
}

/** Handles the kernel's "interrupt" message: rejects pending waits if an interrupt is due. */
export function deliverInterrupt(): void {
  if (waits.size === 0 && Atomics.load(flag, 0) !== HALT) return;
  const error = takeInterrupt();
  if (!error) return;
  for (const abort of [...waits]) abort(error);
}

/** Whether KeyboardInterrupt is ignored here (pool workers started with an ignoring initializer). */
export function ignoresInterrupts(): boolean {
  return ignoring;
}
