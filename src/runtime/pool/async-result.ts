/**
 * The results of Pool jobs: `AsyncResult` (apply_async, map_async) and the ordered and unordered
 * iterators of imap and imap_unordered, with CPython's rules for failures and callbacks.
 */
import { TimeoutError, ValueError } from "../errors.ts";
import { Waiters } from "../internal/interrupt.ts";
import { SPIN_US } from "../internal/slotted-port.ts";
import * as trace from "../trace.ts";
import { appendAll } from "../internal/append-all.ts";

/** What the pool calls when a chunk of a job comes back. */
export interface JobSink {
  /** A chunk finished; `values` holds one result per call. Returns when callbacks have run. */
  chunkDone(index: number, ok: true, values: unknown[]): void;
  chunkDone(index: number, ok: false, error: Error): void;
}

/** Runs a user callback in the result handler; if it throws, the pool breaks, as in CPython. */
export type CallbackRunner = (callback: () => void) => void;

/**
 * The pool's watch over its workers' shared-memory slots: handles what arrives there until
 * `ready()` or `micros` (a few dozen by default) pass, and returns whether it became ready. A caller about
 * to wait watches first: a quick task's answer usually comes within microseconds, and catching it
 * so saves waking this worker from sleep (see internal/slotted-port.ts).
 */
export type ResultWatch = (ready: () => boolean, micros?: number) => boolean;

/** A result that arrives later, as `multiprocessing.pool.AsyncResult`. */
export class AsyncResult<T = unknown> {
  #ready = false;
  #ok = false;
  #value: unknown;
  readonly #waiters = new Waiters();
  readonly #watch: ResultWatch;

  constructor(watch: ResultWatch) {
    this.#watch = watch;
  }

  /** Whether the result has arrived. */
  ready(): boolean {
    return this.#ready;
  }

  /** Whether the call returned without raising; raises ValueError if not ready yet. */
  successful(): boolean {
    if (!this.#ready) throw new ValueError(`${this} not ready`);
    return this.#ok;
  }

  /** Waits until the result is ready, or `timeout` seconds pass. */
  async wait(timeout: number | null = null): Promise<void> {
    if (this.#ready) return;
    // A wait this short is not traced: it would be thinner than a pixel on the timeline.
    if (timeout !== 0 && this.#watch(() => this.#ready, timeout === null ? SPIN_US : Math.min(SPIN_US, timeout * 1e6))) return;
    const start = trace.mark();
    await this.#waiters.wait(timeout);
    trace.span("get", "wait", start);
  }

  /** Returns the result, re-raising the task's error; raises TimeoutError after `timeout` seconds. */
  async get(timeout: number | null = null): Promise<T> {
    await this.wait(timeout);
    if (!this.#ready) throw new TimeoutError();
    if (!this.#ok) throw this.#value;
    return this.#value as T;
  }

  toString(): string {
    return `<multiprocessing.pool.${this.constructor.name} object>`;
  }

  /** Settles the result and wakes everyone waiting. */
  protected settle(ok: boolean, value: unknown): void {
    this.#ready = true;
    this.#ok = ok;
    this.#value = value;
    this.#waiters.wakeAll();
  }
}

/** The result of apply_async: one call. */
export class ApplyResult<T> extends AsyncResult<T> implements JobSink {
  readonly #runCallback: CallbackRunner;
  readonly #callback: ((value: T) => void) | undefined;
  readonly #errorCallback: ((error: Error) => void) | undefined;

  constructor(runCallback: CallbackRunner, watch: ResultWatch, callback?: (value: T) => void, errorCallback?: (error: Error) => void) {
    super(watch);
    this.#runCallback = runCallback;
    this.#callback = callback;
    this.#errorCallback = errorCallback;
  }

  chunkDone(_index: number, ok: boolean, payload: unknown): void {
    const value = ok ? (payload as unknown[])[0] : payload;
    const callback = ok ? this.#callback : this.#errorCallback;
    if (callback) this.#runCallback(() => (callback as (v: unknown) => void)(value));
    this.settle(ok, value);
  }
}

/** The result of map_async/starmap_async: the first failing chunk to arrive wins. */
export class MapResult<T> extends AsyncResult<T[]> implements JobSink {
  readonly #values: T[];
  #chunksLeft: number;
  readonly #chunksize: number;
  readonly #runCallback: CallbackRunner;
  readonly #callback: ((values: T[]) => void) | undefined;
  readonly #errorCallback: ((error: Error) => void) | undefined;

  constructor(
    length: number,
    chunks: number,
    chunksize: number,
    runCallback: CallbackRunner,
    watch: ResultWatch,
    callback?: (values: T[]) => void,
    errorCallback?: (error: Error) => void,
  ) {
    super(watch);
    this.#chunksize = chunksize;
    this.#runCallback = runCallback;
    this.#callback = callback;
    this.#errorCallback = errorCallback;
    this.#values = new Array<T>(length);
    this.#chunksLeft = chunks;
    if (chunks === 0) this.#finish(true, this.#values);
  }

  chunkDone(index: number, ok: boolean, payload: unknown): void {
    if (this.ready()) return;
    if (!ok) {
      this.#finish(false, payload);
      return;
    }
    const values = payload as T[];
    for (let i = 0; i < values.length; i++) this.#values[index * this.#chunksize + i] = values[i]!;
    this.#chunksLeft -= 1;
    if (this.#chunksLeft === 0) this.#finish(true, this.#values);
  }

  #finish(ok: boolean, value: unknown): void {
    const callback = ok ? this.#callback : this.#errorCallback;
    if (callback) this.#runCallback(() => (callback as (v: unknown) => void)(value));
    this.settle(ok, value);
  }
}

type Entry = { ok: true; value: unknown } | { ok: false; error: Error };

/**
 * The iterator of imap (ordered) and imap_unordered: an async iterable. A failed call raises when
 * its turn comes; with chunksize 1 the next `next()` goes on, as CPython's IMapIterator does.
 */
export class IMapIterator<T> implements AsyncIterableIterator<T>, JobSink {
  readonly #ready: Entry[] = [];
  readonly #pending = new Map<number, Entry[]>();
  #nextChunk = 0;
  #chunksLeft: number;
  #stopAfterError = false;
  readonly #arrivals = new Waiters();
  readonly #ordered: boolean;
  readonly #chunksize: number;
  readonly #watch: ResultWatch;

  constructor(chunks: number, ordered: boolean, chunksize: number, watch: ResultWatch) {
    this.#watch = watch;
    this.#chunksLeft = chunks;
    this.#ordered = ordered;
    this.#chunksize = chunksize;
  }

  chunkDone(index: number, ok: boolean, payload: unknown): void {
    const entries: Entry[] = ok
      ? (payload as unknown[]).map((value) => ({ ok: true as const, value }))
      : [{ ok: false as const, error: payload as Error }];
    if (!this.#ordered) {
      appendAll(this.#ready, entries);
    } else {
      this.#pending.set(index, entries);
      while (this.#pending.has(this.#nextChunk)) {
        appendAll(this.#ready, this.#pending.get(this.#nextChunk)!);
        this.#pending.delete(this.#nextChunk);
        this.#nextChunk += 1;
      }
    }
    this.#chunksLeft -= 1;
    this.#arrivals.wakeAll();
  }

  /** The next result in order (imap) or in completion order (imap_unordered). */
  async next(): Promise<IteratorResult<T>> {
    while (this.#ready.length === 0) {
      if (this.#chunksLeft === 0 || this.#stopAfterError) return { done: true, value: undefined };
      if (this.#watch(() => this.#ready.length > 0)) continue;
      const start = trace.mark();
      await this.#arrivals.wait();
      trace.span("next result", "wait", start);
    }
    if (this.#stopAfterError) return { done: true, value: undefined };
    const entry = this.#ready.shift()!;
    if (entry.ok) return { done: false, value: entry.value as T };
    // A failed chunk of several calls ends the iteration (CPython flattens chunks in a generator).
    if (this.#chunksize > 1) this.#stopAfterError = true;
    throw entry.error;
  }

  /** Leaving a `for await` loop early does not cancel the job, as in Python. */
  async return(): Promise<IteratorResult<T>> {
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
