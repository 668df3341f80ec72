/**
 * `multiprocessing.Queue` and `JoinableQueue`: many producers, many consumers, each item once.
 *
 * A queue is shared memory that every process holding it reads and writes itself
 * (internal/queue-memory.ts), as every process holding a CPython queue uses the same pipe: an
 * item goes from producer to consumer with one wake-up. Items that shared memory cannot carry go
 * through the kernel (kernel/queue-overflow.ts), in order with the rest. Like
 * CPython, a Queue may only reach another process by inheritance (Process arguments); as a Pool
 * task argument it raises RuntimeError.
 */
import { Empty, Full, RuntimeError, ValueError } from "./errors.ts";
import { self } from "./internal/context.ts";
import { awaitReply, checkInterrupt } from "./internal/interrupt.ts";
import { flushBeforeSignal, kernelRequest, send } from "./internal/kernel-link.ts";
import { QueueMemory, recordText } from "./internal/queue-memory.ts";
import { pickle, pickleHook, registerUnpickler, unpickle, type Picklable, type PickleReason } from "./pickle.ts";
import { deadlineOf, remaining } from "./synchronize/shared.ts";
import * as trace from "./trace.ts";

let queueCounter = 0;

interface QueueHandle {
  qid: string;
  maxsize: number;
  joinable: boolean;
  memory: SharedArrayBuffer;
}

/** A process-shared FIFO queue, as `multiprocessing.Queue`. */
export class Queue<T = unknown> implements Picklable {
  readonly #qid: string;
  readonly #maxsize: number;
  readonly #memory: QueueMemory;
  #closed = false;

  /** Creates a queue holding at most `maxsize` items (0: unbounded). */
  constructor(maxsize = 0, handle?: QueueHandle) {
    if (handle) {
      this.#qid = handle.qid;
      this.#maxsize = handle.maxsize;
      this.#memory = new QueueMemory(handle.memory);
      return;
    }
    queueCounter += 1;
    this.#qid = `${self().pid}.${queueCounter}`;
    this.#maxsize = maxsize <= 0 ? 0 : maxsize;
    const memory = QueueMemory.allocate();
    this.#memory = new QueueMemory(memory);
    // The kernel keeps the items that shared memory cannot carry, and releases the lock of a
    // process that dies holding it.
    send({ type: "queue-create", qid: this.#qid, memory });
  }

  /** Whether this is a JoinableQueue. */
  protected joinable(): boolean {
    return false;
  }

  /** The queue id shared by every process holding it. */
  protected get qid(): string {
    return this.#qid;
  }

  /** The queue's shared memory. */
  protected get memory(): QueueMemory {
    return this.#memory;
  }

  /**
   * Puts an item. When the queue is full, waits (up to `timeout` seconds) unless `block` is false;
   * raises Full if no room came.
   */
  async put(item: T, block = true, timeout: number | null = null): Promise<void> {
    if (this.#closed) throw new ValueError(`Queue ${this} is closed`);
    checkInterrupt();
    const flow = trace.newFlowId();
    const start = trace.mark();
    const pickled = pickle(item, "message", []);
    const text = recordText(pickled);
    const sent = trace.copySpan("put: copy item", start, { queue: this.#qid });
    // Lines printed before the put reach the page before anything a consumer prints after it.
    flushBeforeSignal();
    const memory = this.#memory;
    const pid = self().pid;
    const deadline = deadlineOf(block ? timeout : 0);
    let waited = false;
    for (;;) {
      memory.lock(pid);
      if (this.#maxsize > 0 && memory.size() >= this.#maxsize) {
        const version = memory.version();
        memory.unlock();
        const left = remaining(deadline);
        if (left === 0) throw new Full();
        waited = true;
        await memory.changeAfter(version, left);
        continue;
      }
      const seq = text !== null && memory.push(text, flow) ? null : memory.countOverflowPut();
      if (this.joinable()) memory.addUnfinished();
      memory.changed();
      memory.unlock();
      if (seq !== null) send({ type: "queue-put", qid: this.#qid, seq, item: pickled, flow });
      break;
    }
    trace.flowStart(flow, "queue item", start.ts);
    if (waited) trace.span("put", "wait", sent, { queue: this.#qid });
  }

  /** Removes and returns an item, waiting (up to `timeout` seconds) unless `block` is false; raises Empty. */
  async get(block = true, timeout: number | null = null): Promise<T> {
    if (this.#closed) throw new ValueError(`Queue ${this} is closed`);
    checkInterrupt();
    const start = trace.mark();
    const memory = this.#memory;
    const pid = self().pid;
    const deadline = deadlineOf(block ? timeout : 0);
    for (;;) {
      memory.lock(pid);
      const record = memory.shift();
      if (record) {
        // Only the putters of a full queue wait for a get.
        if (this.#maxsize > 0) memory.changed();
        memory.unlock();
        trace.span("get", "wait", start, { queue: this.#qid });
        trace.flowEnd(record.flow, "queue item");
        return unpickle(JSON.parse(record.text)) as T;
      }
      const claim = memory.claimOverflow();
      if (claim !== null) {
        if (this.#maxsize > 0) memory.changed();
        memory.unlock();
        return this.#take(claim, start);
      }
      const version = memory.version();
      memory.unlock();
      const left = remaining(deadline);
      if (left === 0) throw new Empty();
      await memory.changeAfter(version, left);
    }
  }

  /**
   * Takes item `seq` from the kernel, which has it or soon will (its producer counted it before
   * sending it). A KeyboardInterrupt withdraws the take and the item goes back to the queue; if it
   * was already on its way here, this process puts it back when it comes.
   */
  async #take(seq: number, start: trace.Mark): Promise<T> {
    const { reply } = kernelRequest((req) => ({ type: "queue-take", req, qid: this.#qid, seq }));
    const { item, flow } = (await awaitReply(reply, () => {
      send({ type: "queue-withdraw", qid: this.#qid, seq });
      reply.then((late) => this.#putBack(late as { item: unknown; flow: number }), () => {});
    })) as { item: unknown; flow: number };
    trace.span("get", "wait", start, { queue: this.#qid });
    trace.flowEnd(flow, "queue item");
    return unpickle(item) as T;
  }

  /** Puts an item taken from the kernel back at the end of the queue, through the kernel again. */
  #putBack({ item, flow }: { item: unknown; flow: number }): void {
    send({ type: "queue-put", qid: this.#qid, seq: this.#memory.countPutBack(self().pid), item, flow });
  }

  /** `put(item, false)`. */
  putNowait(item: T): Promise<void> {
    return this.put(item, false);
  }

  /** `get(false)`. */
  getNowait(): Promise<T> {
    return this.get(false);
  }

  /** The number of items in the queue now (approximate, as in CPython, when others are busy). */
  async qsize(): Promise<number> {
    return this.#memory.size();
  }

  /** Whether the queue is empty now. */
  async empty(): Promise<boolean> {
    return (await this.qsize()) === 0;
  }

  /** Whether the queue is full now. */
  async full(): Promise<boolean> {
    return this.#maxsize > 0 && (await this.qsize()) >= this.#maxsize;
  }

  /** This process will put no more items; later calls raise ValueError. */
  close(): void {
    this.#closed = true;
  }

  /** Kept for Python parity: there is no feeder thread to wait for here. */
  async joinThread(): Promise<void> {}

  /** Kept for Python parity: there is no feeder thread to cancel here. */
  cancelJoinThread(): void {}

  toString(): string {
    return `<${this.constructor.name} ${this.#qid}>`;
  }

  [pickleHook](reason: PickleReason): { kind: string; data: QueueHandle } {
    if (reason === "task") {
      throw new RuntimeError(`${this.constructor.name} objects should only be shared between processes through inheritance`);
    }
    return { kind: "queue", data: { qid: this.#qid, maxsize: this.#maxsize, joinable: this.joinable(), memory: this.#memory.cells.buffer as SharedArrayBuffer } };
  }
}

/** A Queue whose consumers report each item done, as `multiprocessing.JoinableQueue`. */
export class JoinableQueue<T = unknown> extends Queue<T> {
  protected override joinable(): boolean {
    return true;
  }

  /** Marks one item from `get()` as processed; raises ValueError if called more times than items. */
  async taskDone(): Promise<void> {
    checkInterrupt();
    const memory = this.memory;
    memory.lock(self().pid);
    const done = memory.finishOne();
    memory.unlock();
    if (!done) throw new ValueError("task_done() called too many times");
  }

  /** Waits until every item put has been marked done with `taskDone()`. */
  async join(): Promise<void> {
    const start = trace.mark();
    await this.memory.allDone();
    trace.span("join queue", "wait", start, { queue: this.qid });
  }
}

registerUnpickler("queue", (data) => {
  const handle = data as QueueHandle;
  return handle.joinable ? new JoinableQueue(handle.maxsize, handle) : new Queue(handle.maxsize, handle);
});
