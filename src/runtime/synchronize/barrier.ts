/**
 * `multiprocessing.Barrier`: `parties` processes wait until all have arrived, then go on together.
 *
 * State lives in shared cells: how many arrived in this round, the round number, and a broken flag.
 * Arrivals count under a small lock so a round that completes cannot mix with the next; waiters
 * sleep on a sequence cell that every change bumps. As in CPython, `wait()` resolves with the
 * arrival index (0 for the first to arrive, parties - 1 for the last, which runs `action`), and a
 * timeout, `abort()` or `reset()` breaks the round: every waiter raises BrokenBarrierError.
 */
import { BrokenBarrierError, ValueError } from "../errors.ts";
import { flushBeforeSignal } from "../internal/kernel-link.ts";
import { pickle, pickleHook, registerUnpickler, unpickle, type Picklable, type PickleReason } from "../pickle.ts";
import * as trace from "../trace.ts";
import { Lock } from "./semlock.ts";
import { assertSpawning, deadlineOf, remaining, sharedCells, waitWhile } from "./shared.ts";

const COUNT = 0;
const ROUND = 1;
const BROKEN = 2;
/** Round + 1 of the last round that reset() cut short (0: none). */
const RESET = 3;
const SEQ = 4;

/** Options of `new Barrier(parties, options)`, Python's keyword arguments. */
export interface BarrierOptions {
  /** An exported function the last process to arrive calls before everyone goes on. @default null */
  action?: (() => unknown) | null;
  /** The default timeout of wait(), in seconds. @default null (no limit) */
  timeout?: number | null;
}

const defaultBarrierOptions: Required<BarrierOptions> = { action: null, timeout: null };

interface BarrierHandle {
  parties: number;
  action: unknown;
  timeout: number | null;
  cells: Int32Array;
  lock: unknown;
}

/** A process-shared barrier, as `multiprocessing.Barrier(parties, action, timeout)`. */
export class Barrier implements Picklable {
  /** How many processes must arrive. */
  readonly parties: number;
  readonly #options: Required<BarrierOptions>;
  readonly #cells: Int32Array;
  readonly #lock: Lock;

  /** Creates a barrier for `parties` processes. */
  constructor(parties: number, options: BarrierOptions = {}, handle?: { cells: Int32Array; lock: Lock }) {
    if (!(parties >= 1)) throw new ValueError("parties must be >= 1");
    this.parties = parties;
    this.#options = { ...defaultBarrierOptions, ...options };
    this.#cells = handle?.cells ?? sharedCells(5, "Barrier");
    this.#lock = handle?.lock ?? new Lock();
  }

  /**
   * Waits until all parties have called wait(), or `timeout` seconds (default: the barrier's)
   * pass, which breaks the barrier. Resolves with this process's arrival index.
   */
  async wait(timeout: number | null = null): Promise<number> {
    flushBeforeSignal();
    const start = trace.mark();
    try {
      return await this.#wait(deadlineOf(timeout ?? this.#options.timeout));
    } finally {
      trace.span("wait Barrier", "wait", start);
    }
  }

  async #wait(deadline: number): Promise<number> {
    const cells = this.#cells;
    let index: number;
    let round: number;
    await this.#lock.acquire();
    try {
      if (Atomics.load(cells, BROKEN)) throw new BrokenBarrierError();
      index = Atomics.add(cells, COUNT, 1);
      round = Atomics.load(cells, ROUND);
      if (index + 1 === this.parties) {
        try {
          await this.#options.action?.();
        } catch (error) {
          this.abort();
          throw error;
        }
        Atomics.store(cells, COUNT, 0);
        Atomics.store(cells, ROUND, round + 1);
        this.#changed();
        return index;
      }
    } finally {
      this.#lock.release();
    }
    for (;;) {
      const seq = Atomics.load(cells, SEQ);
      if (Atomics.load(cells, ROUND) !== round) {
        if (Atomics.load(cells, RESET) === round + 1) throw new BrokenBarrierError();
        return index;
      }
      if (Atomics.load(cells, BROKEN)) throw new BrokenBarrierError();
      const left = remaining(deadline);
      if (left === 0) {
        if (Atomics.load(cells, ROUND) === round) this.abort();
        continue;
      }
      await waitWhile(cells, SEQ, seq, left);
    }
  }

  /** Returns the barrier to its empty state; processes waiting now raise BrokenBarrierError. */
  reset(): void {
    const cells = this.#cells;
    if (Atomics.load(cells, COUNT) > 0 && !Atomics.load(cells, BROKEN)) Atomics.store(cells, RESET, Atomics.load(cells, ROUND) + 1);
    Atomics.store(cells, COUNT, 0);
    Atomics.add(cells, ROUND, 1);
    Atomics.store(cells, BROKEN, 0);
    this.#changed();
  }

  /** Breaks the barrier: processes waiting now and later raise BrokenBarrierError until reset(). */
  abort(): void {
    Atomics.store(this.#cells, BROKEN, 1);
    Atomics.store(this.#cells, COUNT, 0);
    this.#changed();
  }

  /** Whether the barrier is broken. */
  get broken(): boolean {
    return Atomics.load(this.#cells, BROKEN) === 1;
  }

  /** How many processes are waiting now, as `n_waiting`. */
  get nWaiting(): number {
    return this.broken ? 0 : Atomics.load(this.#cells, COUNT);
  }

  [pickleHook](reason: PickleReason, transfer: Transferable[]): { kind: string; data: BarrierHandle } {
    assertSpawning(reason, "Condition");
    return {
      kind: "barrier",
      data: {
        parties: this.parties,
        action: pickle(this.#options.action, reason, transfer),
        timeout: this.#options.timeout,
        cells: this.#cells,
        lock: pickle(this.#lock, reason, transfer),
      },
    };
  }

  #changed(): void {
    Atomics.add(this.#cells, SEQ, 1);
    Atomics.notify(this.#cells, SEQ);
  }
}

registerUnpickler("barrier", (data) => {
  const handle = data as BarrierHandle;
  const options = { action: unpickle(handle.action) as BarrierOptions["action"], timeout: handle.timeout };
  return new Barrier(handle.parties, options, { cells: handle.cells, lock: unpickle(handle.lock) as Lock });
});
