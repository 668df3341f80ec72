/**
 * `multiprocessing.Lock`, `RLock`, `Semaphore` and `BoundedSemaphore`: one counter in shared memory,
 * as CPython's `SemLock` wraps one POSIX semaphore.
 *
 * Acquiring decrements the counter with compare-and-swap, or waits with `Atomics.waitAsync` until a
 * release changes it; Stop interrupts the wait. Releases wake every waiter (they re-check), which
 * keeps a waiter that Stop abandoned from swallowing a wake-up. Ownership (RLock, and Condition's
 * "is it mine" checks) is per process: threads of one process share a worker and take turns, and
 * a worker cannot tell which of its cooperative threads resumed after an await.
 *
 * Tracing: a wait for the lock is a "wait" span `acquire Lock`; holding it is a "compute" span
 * `hold Lock` (the process works while it holds the lock). Waits under MIN_TRACED_US and holds
 * under HOLD_TRACED_MS are not recorded, so a tight acquire/release loop costs no clock reads.
 */
import { AssertionError, ValueError } from "../errors.ts";
import { self } from "../internal/context.ts";
import { pickleHook, registerUnpickler, type Picklable, type PickleReason } from "../pickle.ts";
import * as trace from "../trace.ts";
import { assertSpawning, deadlineOf, isHalting, MIN_TRACED_US, remaining, sharedCells, waitWhile } from "./shared.ts";

const VALUE = 0;
const WAITERS = 1;
const OWNER = 2;
const DEPTH = 3;
const CELLS = 4;

/** Holds shorter than this (milliseconds, measured with Date.now) are not traced. */
const HOLD_TRACED_MS = 1;

/** CPython's SEM_VALUE_MAX: an unbounded Semaphore's ceiling. */
const SEM_VALUE_MAX = 2 ** 31 - 1;

type SemKind = "Lock" | "RLock" | "Semaphore" | "BoundedSemaphore";

interface SemHandle {
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
    // The uncontended path stays synchronous up to the returned promise: no async frame, no clock read.
    if (this.take()) {
      this.#held();
      return Promise.resolve(true);
    }
    if (!block) return Promise.resolve(false);
    return this.#acquireSlowly(timeout);
  }

  async #acquireSlowly(timeout: number | null): Promise<boolean> {
    const start = trace.now();
    const got = await this.#waitToTake(deadlineOf(timeout));
    if (trace.now() - start >= MIN_TRACED_US) trace.span(`acquire ${this.kind()}`, "wait", start);
    if (got) this.#held();
    return got;
  }

  #held(): void {
    this.#cells[OWNER] = self().pid;
    this.#heldSinceMs = Date.now();
  }

  /** Gives the lock (or one unit) back; raises ValueError past the bound, as CPython does. */
  release(): void {
    if (isHalting()) return;
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

  /** @internal Whether this process holds the lock (CPython's `_is_mine`). */
  isMine(): boolean {
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
    const owner = Atomics.load(this.cells, OWNER);
    return `<Lock(owner=${this.locked() ? (owner === self().pid ? "MainThread" : "SomeOtherProcess") : "None"})>`;
  }
}

/**
 * A lock its holder may take again, as `multiprocessing.RLock()`; it is free once released as many
 * times as acquired. Only the holding process may release it.
 */
export class RLock extends SemLock {
  /** Creates an unlocked recursive lock. */
  constructor(handle?: SemHandle) {
    super(1, 1, handle);
  }

  protected kind(): SemKind {
    return "RLock";
  }

  override async acquire(block = true, timeout: number | null = null): Promise<boolean> {
    const cells = this.cells;
    if (this.isMine()) {
      cells[DEPTH] = cells[DEPTH]! + 1;
      return true;
    }
    if (!(await super.acquire(block, timeout))) return false;
    cells[DEPTH] = 1;
    return true;
  }

  override release(): void {
    if (isHalting()) return;
    const cells = this.cells;
    if (!this.isMine() || cells[DEPTH]! <= 0) throw new AssertionError("attempt to release recursive lock not owned by thread");
    cells[DEPTH] = cells[DEPTH]! - 1;
    if (cells[DEPTH] === 0) super.release();
  }

  /** @internal How deep this process holds it; Condition.wait() releases that many and takes them back. */
  depth(): number {
    return this.isMine() ? this.cells[DEPTH]! : 0;
  }

  /** @internal Releases every level at once (Condition.wait), returning the depth to restore. */
  releaseAll(): number {
    const depth = this.depth();
    this.cells[DEPTH] = 1;
    this.release();
    return depth;
  }

  /** @internal Takes the lock again at a saved depth. */
  async restore(depth: number): Promise<void> {
    await this.acquire();
    this.cells[DEPTH] = depth;
  }

  override toString(): string {
    const depth = Atomics.load(this.cells, DEPTH);
    return `<RLock(${this.isMine() ? "MainThread" : Atomics.load(this.cells, VALUE) === 0 ? "SomeOtherProcess" : "None"}, ${depth})>`;
  }
}

registerUnpickler("semlock", (data) => {
  const handle = data as SemHandle;
  switch (handle.kind) {
    case "Lock":
      return new Lock(handle);
    case "RLock":
      return new RLock(handle);
    case "Semaphore":
      return new Semaphore(0, handle);
    case "BoundedSemaphore":
      return new BoundedSemaphore(0, handle);
  }
});
