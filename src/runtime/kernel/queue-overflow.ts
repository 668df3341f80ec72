/**
 * The kernel's part of a program's queues: the items their shared memory cannot carry (see
 * internal/queue-memory.ts), kept by the number their put took there until the get that claimed
 * that number takes them. A take may come before its item (the producer's message is still on its
 * way): it waits for it.
 *
 * Items here that JSON carries move back into the ring, in order, as soon as they are the next
 * to be claimed and it has room: after a take (the ring was empty, which is why its getter
 * claimed) and when one arrives. A producer far ahead of its consumers, or one plain item queued
 * behind a typed array, then costs one round trip to the kernel per ringful, not one per item.
 *
 * A claim whose getter will never take its item (the getter exited, or a KeyboardInterrupt
 * withdrew the take before the item came) is put back at the end of the queue under a new number,
 * so no item is lost, as a consumer of a CPython queue interrupted in `get()` loses none.
 */
import { KeyboardInterrupt } from "../errors.ts";
import { KERNEL_LOCK_ID, QueueMemory, recordText } from "../internal/queue-memory.ts";
import type { Pickled } from "../protocol.ts";

/** An item and the trace flow of its arrow. */
interface Entry {
  item: Pickled;
  flow: number;
}

/** Sends the reply to take request `req` of process `pid`. */
export type TakeReply = (pid: number, req: number, result: { ok: true; value: Entry } | { ok: false; error: Error }) => void;

interface OverflowQueue {
  memory: QueueMemory;
  items: Map<number, Entry>;
  takers: Map<number, { pid: number; req: number }>;
  /** Numbers whose item is still on its way and will go back to the queue when it comes. */
  orphans: Set<number>;
}

/** The overflow items of every queue of one program. */
export class QueueOverflow {
  readonly #queues = new Map<string, OverflowQueue>();
  readonly #reply: TakeReply;

  constructor(reply: TakeReply) {
    this.#reply = reply;
  }

  /** A new queue, with its shared memory. */
  create(qid: string, buffer: SharedArrayBuffer): void {
    this.#queues.set(qid, { memory: new QueueMemory(buffer), items: new Map(), takers: new Map(), orphans: new Set() });
  }

  /** Item number `seq` of queue `qid` arrived. */
  put(qid: string, seq: number, entry: Entry): void {
    const queue = this.#queues.get(qid);
    if (!queue) return;
    if (queue.orphans.delete(seq)) return this.#putBack(queue, entry);
    const taker = queue.takers.get(seq);
    if (!taker) {
      queue.items.set(seq, entry);
      this.#refill(queue, seq);
      return;
    }
    queue.takers.delete(seq);
    this.#reply(taker.pid, taker.req, { ok: true, value: entry });
    this.#refill(queue, seq + 1);
  }

  /** Process `pid` takes item number `seq` it claimed, now or when it arrives. */
  take(pid: number, req: number, qid: string, seq: number): void {
    const queue = this.#queues.get(qid);
    if (!queue) return;
    const entry = queue.items.get(seq);
    if (!entry) {
      queue.takers.set(seq, { pid, req });
      return;
    }
    queue.items.delete(seq);
    this.#reply(pid, req, { ok: true, value: entry });
    this.#refill(queue, seq + 1);
  }

  /** Process `pid` no longer waits for item `seq` (KeyboardInterrupt): it goes back to the queue. */
  withdraw(pid: number, qid: string, seq: number): void {
    const queue = this.#queues.get(qid);
    const taker = queue?.takers.get(seq);
    if (!queue || !taker || taker.pid !== pid) return;
    queue.takers.delete(seq);
    queue.orphans.add(seq);
    this.#reply(pid, taker.req, { ok: false, error: new KeyboardInterrupt() });
  }

  /** Process `pid` exited: releases a queue lock it held, and puts back the items it waited for. */
  dropProcess(pid: number): void {
    for (const queue of this.#queues.values()) {
      queue.memory.releaseHeldBy(pid);
      for (const [seq, taker] of queue.takers) {
        if (taker.pid !== pid) continue;
        queue.takers.delete(seq);
        queue.orphans.add(seq);
      }
    }
  }

  /** Moves items `from`, `from + 1`, ... into the ring while each is here, plain and fits. */
  #refill(queue: OverflowQueue, from: number): void {
    if (!queue.items.has(from)) return;
    const memory = queue.memory;
    let moved = false;
    memory.lock(KERNEL_LOCK_ID);
    for (let seq = from; ; seq++) {
      const entry = queue.items.get(seq);
      if (!entry) break;
      const text = recordText(entry.item);
      if (text === null || !memory.moveToRing(seq, text, entry.flow)) break;
      queue.items.delete(seq);
      moved = true;
    }
    if (moved) memory.changed();
    memory.unlock();
  }

  /** Puts an item back at the end of the queue, under a new number. */
  #putBack(queue: OverflowQueue, entry: Entry): void {
    queue.items.set(queue.memory.countPutBack(KERNEL_LOCK_ID), entry);
  }
}
