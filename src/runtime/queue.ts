/**
 * `multiprocessing.Queue` and `JoinableQueue`: many producers, many consumers, each item once.
 *
 * The queue itself lives in the kernel worker, as a pipe lives in the operating system, so every
 * process that inherited the handle reaches the same queue and no process's busy loop can stall it.
 * Like CPython, a Queue may only reach another process by inheritance (Process arguments); as a
 * Pool task argument it raises RuntimeError.
 */
import { RuntimeError, ValueError } from "./errors.ts";
import { self } from "./internal/context.ts";
import { awaitReply, checkInterrupt } from "./internal/interrupt.ts";
import { queueNotify, queueRequest, send } from "./internal/kernel-link.ts";
import { pickle, pickleHook, registerUnpickler, unpickle, type Picklable, type PickleReason } from "./pickle.ts";
import type { QueueOp } from "./protocol.ts";
import * as trace from "./trace.ts";

let queueCounter = 0;

interface QueueHandle {
  qid: string;
  maxsize: number;
  joinable: boolean;
}

/** A process-shared FIFO queue, as `multiprocessing.Queue`. */
export class Queue<T = unknown> implements Picklable {
  readonly #qid: string;
  readonly #maxsize: number;
  #closed = false;

  /** Creates a queue holding at most `maxsize` items (0: unbounded). */
  constructor(maxsize = 0, handle?: QueueHandle) {
    if (handle) {
      this.#qid = handle.qid;
      this.#maxsize = handle.maxsize;
      return;
    }
    queueCounter += 1;
    this.#qid = `${self().pid}.${queueCounter}`;
    this.#maxsize = maxsize <= 0 ? 0 : maxsize;
    send({ type: "queue", req: 0, qid: this.#qid, op: "create", maxsize: this.#maxsize, joinable: this.joinable() });
  }

  /** Whether this is a JoinableQueue. */
  protected joinable(): boolean {
    return false;
  }

  /** The queue id shared by every process holding it. */
  protected get qid(): string {
    return this.#qid;
  }

  /**
   * Puts an item. When the queue is full, waits (up to `timeout` seconds) unless `block` is false;
   * raises Full if no room came.
   */
  async put(item: T, block = true, timeout: number | null = null): Promise<void> {
    if (this.#closed) throw new ValueError(`Queue ${this} is closed`);
    const flow = trace.newFlowId();
    const start = trace.mark();
    const op: QueueOp = { op: "put", item: pickle(item, "message", []), block, timeout, flow };
    // An unbounded queue never makes a put wait or fail: the item leaves and nothing comes back,
    // as CPython's feeder thread sends it, and the kernel takes it before anything this process
    // asks later (one port, in order). Half the round trips of a producer and consumer.
    let reply: Promise<unknown> | null = null;
    if (this.#maxsize > 0) reply = this.#call(op);
    else {
      checkInterrupt();
      queueNotify(this.#qid, op);
    }
    // The request leaves synchronously, so the copy is done by now.
    const sent = trace.copySpan("put: copy item", start, { queue: this.#qid });
    if (reply) await reply;
    trace.flowStart(flow, "queue item", start.ts);
    if (reply) trace.span("put", "wait", sent, { queue: this.#qid });
  }

  /** Removes and returns an item, waiting (up to `timeout` seconds) unless `block` is false; raises Empty. */
  async get(block = true, timeout: number | null = null): Promise<T> {
    if (this.#closed) throw new ValueError(`Queue ${this} is closed`);
    const start = trace.mark();
    const { item, flow } = (await this.#call({ op: "get", block, timeout })) as { item: unknown; flow: number };
    trace.span("get", "wait", start, { queue: this.#qid });
    trace.flowEnd(flow, "queue item");
    return unpickle(item) as T;
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
    return (await this.#call({ op: "qsize" })) as number;
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
    return { kind: "queue", data: { qid: this.#qid, maxsize: this.#maxsize, joinable: this.joinable() } };
  }

  /** Sends one operation to the kernel; a KeyboardInterrupt cancels it and puts back a late item. */
  protected async call(op: Parameters<typeof queueRequest>[1]): Promise<unknown> {
    return this.#call(op);
  }

  #call(op: Parameters<typeof queueRequest>[1]): Promise<unknown> {
    const { req, reply } = queueRequest(this.#qid, op);
    return awaitReply(reply, () => {
      send({ type: "queue", req: 0, qid: this.#qid, op: "cancel", target: req });
      reply.then((value) => {
        if (op.op === "get") {
          const late = value as { item: unknown; flow: number };
          send({ type: "queue", req: 0, qid: this.#qid, op: "unget", item: late.item, flow: late.flow });
        }
      }, () => {});
    });
  }
}

/** A Queue whose consumers report each item done, as `multiprocessing.JoinableQueue`. */
export class JoinableQueue<T = unknown> extends Queue<T> {
  protected override joinable(): boolean {
    return true;
  }

  /** Marks one item from `get()` as processed; raises ValueError if called more times than items. */
  async taskDone(): Promise<void> {
    await this.call({ op: "task-done" });
  }

  /** Waits until every item put has been marked done with `taskDone()`. */
  async join(): Promise<void> {
    const start = trace.mark();
    await this.call({ op: "join" });
    trace.span("join queue", "wait", start, { queue: this.qid });
  }
}

registerUnpickler("queue", (data) => {
  const handle = data as QueueHandle;
  return handle.joinable ? new JoinableQueue(handle.maxsize, handle) : new Queue(handle.maxsize, handle);
});
