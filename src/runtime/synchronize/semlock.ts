/**
 * `multiprocessing.Lock`, `Semaphore`, `BoundedSemaphore` and the core of `RLock` (rlock.ts): one
 * counter in shared memory, as CPython's `SemLock` wraps one POSIX semaphore.
 *
 * Acquiring decrements the counter with compare-and-swap, or waits with `Atomics.waitAsync` until a
 * release changes it; Stop interrupts the wait. Releases wake every waiter (they re-check), which
 * keeps a waiter that Stop abandoned from swallowing a wake-up. Ownership (RLock, and Condition's
 * "is it mine" checks) is per (process, thread), as CPython's `_is_mine` compares the pid and the
 * thread ident: another thread of the same process blocks on an RLock it does not hold. The thread
 * is taken when acquire() is called, before any await (see internal/threads.ts).
 *
 * Tracing: a wait for the lock is a "wait" span `acquire Lock`; holding it is a "compute" span
 * `hold Lock` (the process works while it holds the lock). Waits under MIN_TRACED_US and holds
 * under HOLD_TRACED_MS are not recorded, so a tight acquire/release loop costs no clock reads.
 */
import { ValueError } from "../errors.ts";
import { self } from "../internal/context.ts";
import { flushBeforeSignal } from "../internal/kernel-link.ts";
import { currentThread, MAIN_THREAD, type ThreadIdentity } from "../internal/threads.ts";
import { pickleHook, type Picklable, type PickleReason } from "../pickle.ts";
import * as trace from "../trace.ts";
import { assertSpawning, deadlineOf, isHalting, MIN_TRACED_US, remaining, sharedCells, waitWhile } from "./shared.ts";

const VALUE = 0;
const WAITERS = 1;
const OWNER = 2;
const OWNER_TID = 3;
/** @internal The cell where RLock keeps its recursion depth. */
export const DEPTH = 4;
const CELLS = 5;

/** Holds shorter than this (milliseconds, measured with Date.now) are not traced. */
const HOLD_TRACED_MS = 1;

/** CPython's SEM_VALUE_MAX: an unbounded Semaphore's ceiling. */
const SEM_VALUE_MAX = 2 ** 31 - 1;

/** @internal The Python class of a SemLock. */
export type SemKind = "Lock" | "RLock" | "Semaphore" | "BoundedSemaphore";

/** @internal What crosses to a child: the kind and the shared cells. */
export interface SemHandle {
  kind: SemKind;
  cells: Int32Array;
  maxvalue: number;
}

const RESOLVED = Promise.resolve();

/** What `enter()` returns: leaving the `using` block releases, as `__exit__` does. */
export interface Held extends AsyncDisposable, Disposable {}

/** The common core of every lock and semaphore, as CPython's `SemLock`. */
export abstract class SemLock implements Picklable {
  readonly #cells: Int32Array;
  readonly #maxvalue: number;
  /** Date.now() when this process took it, or -1: a cheap clock, as the trace clock costs ~0.5 us a read. */
  #heldSinceMs = -1;

  /** @internal */
  constructor(value: number, maxvalue: number, handle?: SemHandle) {
    if (handle) {
      this.#cells = handle.cells;
      this.#maxvalue = handle.maxvalue;
      return;
    }
    if (value < 0) throw new ValueError("semaphore initial value must be >= 0");
    this.#cells = sharedCells(CELLS, this.kind());
    this.#cells[VALUE] = value;
    this.#maxvalue = maxvalue;
  }

  /** The Python class name, for messages and the timeline. */
  protected abstract kind(): SemKind;

  /**
   * Takes the lock (or one unit of the semaphore). Waits, up to `timeout` seconds, unless `block`
   * is false; resolves false if it could not.
   */
  acquire(block = true, timeout: number | null = null): Promise<boolean> {
    return this.acquireAs(currentThread(), block, timeout);
  }

  /** @internal acquire() for `thread`, the thread that asked (a caller that awaited first passes it on). */
  acquireAs(thread: ThreadIdentity, block = true, timeout: number | null = null): Promise<boolean> {
    // The uncontended path stays synchronous up to the returned promise: no async frame, no clock read.
    if (this.take()) {
      this.#held(thread);
      return Promise.resolve(true);
    }
    if (!block) return Promise.resolve(false);
    return this.#acquireSlowly(thread, timeout);
  }

  async #acquireSlowly(thread: ThreadIdentity, timeout: number | null): Promise<boolean> {
    const start = trace.mark();
    const got = await this.#waitToTake(deadlineOf(timeout));
    if (trace.now() - start.ts >= MIN_TRACED_US) trace.span(`acquire ${this.kind()}`, "wait", start);
    if (got) this.#held(thread);
    return got;
  }

  #held(thread: ThreadIdentity): void {
    this.#cells[OWNER] = self().pid;
    this.#cells[OWNER_TID] = thread.tid;
    this.#heldSinceMs = Date.now();
  }

  /** Gives the lock (or one unit) back; raises ValueError past the bound, as CPython does. */
  release(): void {
    if (isHalting()) return;
    flushBeforeSignal();
    this.#giveBack();
  }

  /** Acquires and returns a handle whose disposal releases: `await using _ = await lock.enter();`. */
  enter(): Promise<Held> {
    return this.acquire().then(() => {
      let done = false;
      const leave = (): void => {
        if (done) return;
        done = true;
        this.release();
      };
      return { [Symbol.dispose]: leave, [Symbol.asyncDispose]: () => (leave(), RESOLVED) };
    });
  }

  /** Python's `repr`. */
  toString(): string {
    return `<${this.kind()}(value=${Atomics.load(this.#cells, VALUE)})>`;
  }

  [pickleHook](reason: PickleReason): { kind: string; data: SemHandle } {
    assertSpawning(reason, this.kind());
    return { kind: "semlock", data: { kind: this.kind(), cells: this.#cells, maxvalue: this.#maxvalue } };
  }

  /** The shared counter (for subclasses). */
  protected get cells(): Int32Array {
    return this.#cells;
  }

  /** Tries to take one unit without waiting. */
  protected take(): boolean {
    const cells = this.#cells;
    for (;;) {
      const value = Atomics.load(cells, VALUE);
      if (value <= 0) return false;
      if (Atomics.compareExchange(cells, VALUE, value, value - 1) === value) return true;
    }
  }

  /** Adds one unit back and wakes the waiters. */
  #giveBack(): void {
    const cells = this.#cells;
    // Clear the owner before the unit is back, so a new holder's mark is never overwritten.
    if (this.#maxvalue === 1) Atomics.store(cells, OWNER, 0);
    for (;;) {
      const value = Atomics.load(cells, VALUE);
      if (value >= this.#maxvalue) throw new ValueError("semaphore or lock released too many times");
      if (Atomics.compareExchange(cells, VALUE, value, value + 1) === value) break;
    }
    if (this.#heldSinceMs >= 0) {
      const heldMs = Date.now() - this.#heldSinceMs;
      if (heldMs >= HOLD_TRACED_MS) trace.span(`hold ${this.kind()}`, "compute", trace.now() - heldMs * 1000);
    }
    this.#heldSinceMs = -1;
    if (Atomics.load(cells, WAITERS) > 0) Atomics.notify(cells, VALUE);
  }

  async #waitToTake(deadline: number): Promise<boolean> {
    const cells = this.#cells;
    Atomics.add(cells, WAITERS, 1);
    try {
      for (;;) {
        if (this.take()) return true;
        const left = remaining(deadline);
        if (left === 0) return false;
        await waitWhile(cells, VALUE, 0, left);
      }
    } finally {
      Atomics.sub(cells, WAITERS, 1);
    }
  }

  /** @internal Whether `thread` of this process holds the lock (CPython's `_is_mine`). */
  isMine(thread: ThreadIdentity = currentThread()): boolean {
    return this.#heldHere() && Atomics.load(this.#cells, OWNER_TID) === thread.tid;
  }

  /**
   * Who holds it, as CPython's reprs name them: this process (and thread, unless the main one),
   * "None", "SomeOtherThread" of this process or "SomeOtherProcess".
   */
  protected ownerName(): string {
    if (this.isMine()) {
      const thread = currentThread();
      return thread === MAIN_THREAD ? self().name : `${self().name}|${thread.name}`;
    }
    if (Atomics.load(this.#cells, VALUE) !== 0) return "None";
    return this.#heldHere() ? "SomeOtherThread" : "SomeOtherProcess";
  }

  #heldHere(): boolean {
    return Atomics.load(this.#cells, VALUE) === 0 && Atomics.load(this.#cells, OWNER) === self().pid;
  }
}

/** A process-shared semaphore, as `multiprocessing.Semaphore(value)`. */
export class Semaphore extends SemLock {
  /** Creates a semaphore with `value` units (default 1). */
  constructor(value = 1, handle?: SemHandle) {
    super(value, new.target === BoundedSemaphore ? value : SEM_VALUE_MAX, handle);
  }

  protected kind(): SemKind {
    return "Semaphore";
  }

  /** The units available now, as `get_value()`. */
  getValue(): number {
    return Atomics.load(this.cells, VALUE);
  }

  override toString(): string {
    return `<${this.kind()}(value=${this.getValue()})>`;
  }
}

/** A semaphore that refuses to be released above its start value, as `BoundedSemaphore(value)`. */
export class BoundedSemaphore extends Semaphore {
  /** Creates a bounded semaphore with `value` units (default 1). */
  constructor(value = 1, handle?: SemHandle) {
    super(value, handle);
  }

  protected override kind(): SemKind {
    return "BoundedSemaphore";
  }
}

/** A process-shared mutual-exclusion lock, as `multiprocessing.Lock()`. Any process may release it. */
export class Lock extends SemLock {
  /** Creates an unlocked lock. */
  constructor(handle?: SemHandle) {
    super(1, 1, handle);
  }

  protected kind(): SemKind {
    return "Lock";
  }

  /** Whether some process holds the lock now. */
  locked(): boolean {
    return Atomics.load(this.cells, VALUE) === 0;
  }

  override toString(): string {
    return `<Lock(owner=${this.ownerName()})>`;
  }
}
