/**
 * The shared-memory plumbing under every synchronisation primitive: cells in a SharedArrayBuffer,
 * an interruptible `Atomics.waitAsync`, and the "only through inheritance" rule of pickling.
 *
 * CPython builds its primitives on POSIX named semaphores that every process opens by name; here
 * the cells of a SharedArrayBuffer play that part. A SharedArrayBuffer crosses to a child by
 * structured clone and stays shared, so the child waits and wakes on the very same memory.
 */
import { RuntimeError } from "../errors.ts";
import { interruptFlag, interruptible } from "../internal/interrupt.ts";
import type { PickleReason } from "../pickle.ts";

/** Allocates `count` zeroed 32-bit cells of shared memory, or explains why it cannot. */
export function sharedCells(count: number, what: string): Int32Array {
  return new Int32Array(sharedBuffer(count * 4, what));
}

/** Allocates a SharedArrayBuffer, or raises a RuntimeError that says why the page has none. */
export function sharedBuffer(bytes: number, what: string): SharedArrayBuffer {
  if (typeof SharedArrayBuffer === "undefined") {
    throw new RuntimeError(
      `${what} needs shared memory (SharedArrayBuffer), which the browser only grants to cross-origin isolated pages. Reload the page; if it persists, the site is served without the COOP/COEP headers.`,
    );
  }
  return new SharedArrayBuffer(Math.max(8, Math.ceil(bytes / 8) * 8));
}

/**
 * Waits while `cells[index]` still holds `expected`, at most `timeoutMs` (null: no limit). Resolves
 * when woken, when the value already differs, or when the time is up; Stop rejects it with
 * KeyboardInterrupt (the underlying wait is left to expire: wakers notify every waiter, so a
 * forgotten wait never swallows a wake-up meant for someone else).
 */
export function waitWhile(cells: Int32Array, index: number, expected: number, timeoutMs: number | null): Promise<void> {
  return interruptible<void>((resolve) => {
    const result = Atomics.waitAsync(cells, index, expected, timeoutMs ?? Infinity);
    if (result.async) result.value.then(() => resolve());
    else resolve();
  });
}

/** Milliseconds left until `deadline` (a `performance.now()` value; Infinity: no limit), or null for none. */
export function remaining(deadline: number): number | null {
  return deadline === Infinity ? null : Math.max(0, deadline - performance.now());
}

/** The deadline for a Python-style `timeout` in seconds (null: wait forever). */
export function deadlineOf(timeout: number | null): number {
  return timeout === null ? Infinity : performance.now() + Math.max(0, timeout) * 1000;
}

/** CPython's rule for synchronisation objects: they reach other processes only at process start. */
export function assertSpawning(reason: PickleReason, typeName: string): void {
  if (reason !== "spawn") {
    throw new RuntimeError(`${typeName} objects should only be shared between processes through inheritance`);
  }
}

/** Spans shorter than this (microseconds) are not traced, so tight lock loops stay cheap to record. */
export const MIN_TRACED_US = 50;

/** The value of a process's attention flag once it is being ended (see internal/interrupt.ts). */
const FLAG_HALT = 2;

/**
 * Whether this process is being terminated or killed. Its `using` blocks may still unwind before
 * the worker stops, but a terminated CPython process runs no `with` exits, so what it holds stays
 * held: releases are skipped, which is what makes a lock held by a terminated process stay locked.
 */
export function isHalting(): boolean {
  return Atomics.load(interruptFlag(), 0) === FLAG_HALT;
}
