/**
 * The shared memory of a `multiprocessing.Queue`: a ring of item records and the counters that
 * every process holding the queue reads and writes itself, as every process holding a CPython
 * queue writes to and reads from the same pipe.
 *
 * A put of small plain data writes the item's JSON text into the ring and wakes the waiting
 * getters (Atomics.notify); a get takes the oldest record. No third process takes part, so an item
 * reaches a waiting consumer with one wake-up: through the kernel it took two (the producer's
 * message wakes the kernel, the kernel's reply wakes the consumer), which made a round trip through
 * a child two to three times CPython's. Items that JSON cannot carry exactly (typed arrays, Maps,
 * undefined, shared objects; see `isPlainData`) or that are large go through the kernel instead
 * (kernel/queue-overflow.ts), counted here as `overflow`. While any are counted, later puts follow
 * them there, so items still come out in the order they went in; each such put takes a number
 * here, and a get that claims one takes the same number, so the kernel hands over exactly the item
 * the shared counters gave that getter, whichever producer's message reached the kernel first.
 *
 * The cells are guarded by a short lock, a compare-and-swap on the holder's pid (the kernel's is
 * KERNEL_LOCK_ID), held for a few dozen instructions and never across an await. A process
 * terminated while holding it would leave it held, so the kernel releases it when a process exits;
 * an item it was writing or reading then may be lost, as CPython warns for a queue whose process
 * is terminated while using it.
 */
import { sharedBuffer, waitWhile } from "../synchronize/shared.ts";
import { isPlainData } from "./slotted-port.ts";

const LOCK = 0;
/** Changes with every put and get: what waiting getters (and putters of a full queue) wait on. */
const VERSION = 1;
const COUNT = 2;
const HEAD = 3;
const TAIL = 4;
const USED = 5;
const OVERFLOW = 6;
const UNFINISHED = 7;
/** The number the next item sent to the kernel takes, and the number the next claim takes. */
const PUT_SEQ = 8;
const GET_SEQ = 9;
const HEADER_BYTES = 48;

/** Who holds the lock when the kernel does (process pids are positive). */
export const KERNEL_LOCK_ID = -1;

/**
 * Code units of the ring: 64 KB, a Linux pipe's buffer, room for a few thousand small items. A
 * producer further ahead of its consumers than that sends the rest through the kernel.
 */
const RING_UNITS = 32_768;
/** Units before each record's text: its length and its trace flow, 32 bits each. */
const RECORD_HEADER = 4;
/** Failed attempts at the lock before a process sleeps a moment between attempts. */
const LOCK_SPINS = 100;

/** The JSON text of `item`'s ring record, or null when JSON would not carry it as structured clone does (`isPlainData`). */
export function recordText(item: unknown): string | null {
  return isPlainData(item) ? JSON.stringify(item) : null;
}

/** A queue's shared memory, in one process. */
export class QueueMemory {
  readonly cells: Int32Array;
  readonly #ring: Uint16Array;

  /** Memory for a new queue. */
  static allocate(): SharedArrayBuffer {
    return sharedBuffer(HEADER_BYTES + RING_UNITS * 2, "Queue");
  }

  constructor(buffer: SharedArrayBuffer) {
    this.cells = new Int32Array(buffer, 0, HEADER_BYTES / 4);
    this.#ring = new Uint16Array(buffer, HEADER_BYTES, RING_UNITS);
  }

  /** Takes the lock for process `pid`: held only between two awaits, a few microseconds at most. */
  lock(pid: number): void {
    let spins = 0;
    for (;;) {
      const holder = Atomics.compareExchange(this.cells, LOCK, 0, pid);
      if (holder === 0) return;
      // The holder may have lost its core: sleep a little rather than spin on the one it needs.
      if (++spins > LOCK_SPINS) Atomics.wait(this.cells, LOCK, holder, 0.05);
    }
  }

  /** Releases the lock. */
  unlock(): void {
    Atomics.store(this.cells, LOCK, 0);
  }

  /** Items in the queue: in the ring and at the kernel. */
  size(): number {
    return Atomics.load(this.cells, COUNT) + Atomics.load(this.cells, OVERFLOW);
  }

  /** Under the lock: the version that a waiter for the next change passes to `changeAfter`. */
  version(): number {
    return this.cells[VERSION]!;
  }

  /** Under the lock: appends a record, unless an item waits at the kernel or the ring is full. */
  push(text: string, flow: number): boolean {
    return this.cells[OVERFLOW] === 0 && this.#append(text, flow);
  }

  /** Appends a record if it fits. */
  #append(text: string, flow: number): boolean {
    const cells = this.cells;
    const units = RECORD_HEADER + text.length;
    if (cells[USED]! + units > RING_UNITS) return false;
    let at = cells[TAIL]!;
    at = this.#write(at, [text.length & 0xffff, text.length >>> 16, flow & 0xffff, flow >>> 16]);
    at = this.#writeText(at, text);
    cells[TAIL] = at;
    cells[USED] = cells[USED]! + units;
    cells[COUNT] = cells[COUNT]! + 1;
    return true;
  }

  /** Under the lock: removes the oldest record in the ring. */
  shift(): { text: string; flow: number } | null {
    const cells = this.cells;
    if (cells[COUNT] === 0) return null;
    let at = cells[HEAD]!;
    const header = this.#read(at, RECORD_HEADER);
    at = (at + RECORD_HEADER) % RING_UNITS;
    const length = header[0]! | (header[1]! << 16);
    const flow = header[2]! | (header[3]! << 16);
    const text = String.fromCharCode.apply(null, this.#read(at, length) as unknown as number[]);
    cells[HEAD] = (at + length) % RING_UNITS;
    cells[USED] = cells[USED]! - RECORD_HEADER - length;
    cells[COUNT] = cells[COUNT]! - 1;
    return { text, flow };
  }

  /** Under the lock: counts an item about to be sent to the kernel; returns its number. */
  countOverflowPut(): number {
    const cells = this.cells;
    cells[OVERFLOW] = cells[OVERFLOW]! + 1;
    const seq = cells[PUT_SEQ]!;
    cells[PUT_SEQ] = seq + 1;
    return seq;
  }

  /**
   * Counts an item that goes back to the kernel at the end of the queue (a claim its getter
   * gave up) and wakes the waiters, taking the lock for `holder`; returns the item's new number.
   */
  countPutBack(holder: number): number {
    this.lock(holder);
    const seq = this.countOverflowPut();
    this.changed();
    this.unlock();
    return seq;
  }

  /** Under the lock: claims the oldest item at the kernel, if any; returns its number. */
  claimOverflow(): number | null {
    const cells = this.cells;
    if (cells[OVERFLOW] === 0) return null;
    cells[OVERFLOW] = cells[OVERFLOW]! - 1;
    const seq = cells[GET_SEQ]!;
    cells[GET_SEQ] = seq + 1;
    return seq;
  }

  /**
   * For the kernel, under the lock: moves item `seq`, waiting there, into the ring if it is the
   * next to be claimed and fits, as if its get had claimed it and put it back in the same place.
   */
  moveToRing(seq: number, text: string, flow: number): boolean {
    const cells = this.cells;
    if (cells[GET_SEQ] !== seq || cells[OVERFLOW] === 0 || !this.#append(text, flow)) return false;
    cells[OVERFLOW] = cells[OVERFLOW]! - 1;
    cells[GET_SEQ] = seq + 1;
    return true;
  }

  /** For the kernel, when process `pid` has exited: releases the lock if that process held it. */
  releaseHeldBy(pid: number): void {
    Atomics.compareExchange(this.cells, LOCK, pid, 0);
  }

  /** Under the lock: counts a put item as not yet done (JoinableQueue). */
  addUnfinished(): void {
    this.cells[UNFINISHED] = this.cells[UNFINISHED]! + 1;
  }

  /** Under the lock: marks one item done; false if none was unfinished. Wakes joiners at zero. */
  finishOne(): boolean {
    const left = this.cells[UNFINISHED]! - 1;
    if (left < 0) return false;
    this.cells[UNFINISHED] = left;
    if (left === 0) Atomics.notify(this.cells, UNFINISHED);
    return true;
  }

  /** Resolves once every item put has been marked done; Stop interrupts it. */
  async allDone(): Promise<void> {
    for (;;) {
      const count = Atomics.load(this.cells, UNFINISHED);
      if (count === 0) return;
      await waitWhile(this.cells, UNFINISHED, count, null);
    }
  }

  /** Under the lock: records a change and wakes every process waiting for one. */
  changed(): void {
    this.cells[VERSION] = (this.cells[VERSION]! + 1) | 0;
    Atomics.notify(this.cells, VERSION);
  }

  /**
   * Waits (at most `timeoutMs`; null: no limit) for a change after `version`, read under the lock
   * before it was released; Stop interrupts it.
   */
  changeAfter(version: number, timeoutMs: number | null): Promise<void> {
    return waitWhile(this.cells, VERSION, version, timeoutMs);
  }

  #write(at: number, units: readonly number[]): number {
    for (const unit of units) {
      this.#ring[at] = unit;
      at = at + 1 === RING_UNITS ? 0 : at + 1;
    }
    return at;
  }

  #writeText(at: number, text: string): number {
    const ring = this.#ring;
    for (let i = 0; i < text.length; i++) {
      ring[at] = text.charCodeAt(i);
      at = at + 1 === RING_UNITS ? 0 : at + 1;
    }
    return at;
  }

  /** `length` units from `at`, wrapping at the ring's end. */
  #read(at: number, length: number): Uint16Array {
    if (at + length <= RING_UNITS) return this.#ring.slice(at, at + length);
    const units = new Uint16Array(length);
    const first = RING_UNITS - at;
    units.set(this.#ring.subarray(at), 0);
    units.set(this.#ring.subarray(0, length - first), first);
    return units;
  }
}
