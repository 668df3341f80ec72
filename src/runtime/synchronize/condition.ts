/**
 * `multiprocessing.Event` and `Condition` on shared memory.
 *
 * An Event is one flag cell that waiters sleep on. A Condition pairs a lock with a count of
 * sleepers and a count of wake tokens: `notify(n)` turns up to n sleepers into tokens, and a waiter
 * wakes by taking a token, as CPython's Condition uses its sleeping/woken semaphores. As in CPython
 * (and every condition variable), a waiter may wake spuriously, so wait in a loop or use waitFor.
 */
import { AssertionError } from "../errors.ts";
import { pickle, pickleHook, registerUnpickler, unpickle, type Picklable, type PickleReason } from "../pickle.ts";
import { flushBeforeSignal } from "../internal/kernel-link.ts";
import { currentThread } from "../internal/threads.ts";
import * as trace from "../trace.ts";
import { RLock } from "./rlock.ts";
import type { Held, Lock } from "./semlock.ts";
import { assertSpawning, deadlineOf, MIN_TRACED_US, remaining, sharedCells, waitWhile } from "./shared.ts";

const FLAG = 0;

/** A process-shared flag that processes can wait for, as `multiprocessing.Event()`. */
export class Event implements Picklable {
  readonly #cells: Int32Array;

  /** Creates an event whose flag is clear. */
  constructor(cells?: Int32Array) {
    this.#cells = cells ?? sharedCells(1, "Event");
  }

  /** Whether the flag is set, as `is_set()`. */
  isSet(): boolean {
    return Atomics.load(this.#cells, FLAG) === 1;
  }

  /** Sets the flag and wakes every waiter. */
  set(): void {
    flushBeforeSignal();
    Atomics.store(this.#cells, FLAG, 1);
    Atomics.notify(this.#cells, FLAG);
  }

  /** Clears the flag. */
  clear(): void {
    Atomics.store(this.#cells, FLAG, 0);
  }

  /** Waits until the flag is set or `timeout` seconds pass; resolves with the flag. */
  async wait(timeout: number | null = null): Promise<boolean> {
    if (this.isSet()) return true;
    const start = trace.mark();
    const deadline = deadlineOf(timeout);
    for (;;) {
      if (this.isSet()) break;
      const left = remaining(deadline);
      if (left === 0) break;
      await waitWhile(this.#cells, FLAG, 0, left);
    }
    if (trace.now() - start.ts >= MIN_TRACED_US) trace.span("wait Event", "wait", start);
    return this.isSet();
  }

  [pickleHook](reason: PickleReason): { kind: string; data: Int32Array } {
    assertSpawning(reason, "Condition");
    return { kind: "event", data: this.#cells };
  }
}

const SLEEPERS = 0;
const TOKENS = 1;

/** A lock plus a way to sleep until another process says something changed, as `Condition(lock)`. */
export class Condition implements Picklable {
  readonly #lock: Lock | RLock;
  readonly #cells: Int32Array;

  /** Creates a condition over `lock` (a new RLock if none is given). */
  constructor(lock: Lock | RLock | null = null, cells?: Int32Array) {
    this.#lock = lock ?? new RLock();
    this.#cells = cells ?? sharedCells(2, "Condition");
  }

  /** Acquires the underlying lock. */
  acquire(block = true, timeout: number | null = null): Promise<boolean> {
    return this.#lock.acquire(block, timeout);
  }

  /** Releases the underlying lock. */
  release(): void {
    this.#lock.release();
  }

  /** Acquires the lock for an `await using` block, as `with cond:`. */
  enter(): Promise<Held> {
    return this.#lock.enter();
  }

  /**
   * Releases the lock, sleeps until notified or `timeout` seconds pass, and takes the lock again.
   * Resolves false on timeout. The lock must be held.
   */
  async wait(timeout: number | null = null): Promise<boolean> {
    const lock = this.#lock;
    if (!lock.isMine()) throw new AssertionError("must acquire() condition before using wait()");
    const me = currentThread();
    const cells = this.#cells;
    const start = trace.mark();
    Atomics.add(cells, SLEEPERS, 1);
    const depth = lock instanceof RLock ? lock.releaseAll() : (lock.release(), 1);
    let woken = false;
    try {
      const deadline = deadlineOf(timeout);
      for (;;) {
        const tokens = Atomics.load(cells, TOKENS);
        if (tokens > 0) {
          if (Atomics.compareExchange(cells, TOKENS, tokens, tokens - 1) === tokens) {
            woken = true;
            break;
          }
          continue;
        }
        const left = remaining(deadline);
        if (left === 0) break;
        await waitWhile(cells, TOKENS, 0, left);
      }
    } finally {
      if (!woken) this.#leaveSleepers();
      trace.span("wait Condition", "wait", start);
      if (lock instanceof RLock) await lock.restore(me, depth);
      else await lock.acquireAs(me);
    }
    return woken;
  }

  /** Waits until `predicate()` is truthy (checking after each wake-up), or `timeout` seconds pass. */
  async waitFor<T>(predicate: () => T | Promise<T>, timeout: number | null = null): Promise<T> {
    const deadline = deadlineOf(timeout);
    let result = await predicate();
    while (!result) {
      const left = remaining(deadline);
      if (left === 0) break;
      await this.wait(left === null ? null : left / 1000);
      result = await predicate();
    }
    return result;
  }

  /** Wakes up to `n` waiting processes. The lock must be held. */
  notify(n = 1): void {
    if (!this.#lock.isMine()) throw new AssertionError("lock is not owned");
    flushBeforeSignal();
    const cells = this.#cells;
    for (;;) {
      const sleepers = Atomics.load(cells, SLEEPERS);
      const wake = Math.min(n, sleepers);
      if (wake <= 0) return;
      if (Atomics.compareExchange(cells, SLEEPERS, sleepers, sleepers - wake) === sleepers) {
        Atomics.add(cells, TOKENS, wake);
        Atomics.notify(cells, TOKENS);
        return;
      }
    }
  }

  /** Wakes every waiting process, as `notify_all()`. */
  notifyAll(): void {
    this.notify(Number.POSITIVE_INFINITY);
  }

  [pickleHook](reason: PickleReason, transfer: Transferable[]): { kind: string; data: unknown } {
    assertSpawning(reason, "Condition");
    return { kind: "condition", data: { lock: pickle(this.#lock, reason, transfer), cells: this.#cells } };
  }

  /** A waiter that timed out or was interrupted stops counting as a sleeper, unless a notify already took it. */
  #leaveSleepers(): void {
    const cells = this.#cells;
    for (;;) {
      const sleepers = Atomics.load(cells, SLEEPERS);
      if (sleepers <= 0) return;
      if (Atomics.compareExchange(cells, SLEEPERS, sleepers, sleepers - 1) === sleepers) return;
    }
  }
}

registerUnpickler("event", (data) => new Event(data as Int32Array));
registerUnpickler("condition", (data) => {
  const { lock, cells } = data as { lock: unknown; cells: Int32Array };
  return new Condition(unpickle(lock) as Lock | RLock, cells);
});
