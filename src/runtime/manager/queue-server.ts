/**
 * The queues of a Manager (`manager.Queue()`), served by its server process (manager/server.ts):
 * the items, and the clients waiting to put or get, served in arrival order. A program's own
 * queues are shared memory (queue.ts).
 */
import { Empty, Full, KeyboardInterrupt, ValueError } from "../errors.ts";
import type { Pickled, QueueOp } from "../protocol.ts";

/** Sends the reply to request `req` of process `pid`. */
export type Reply = (pid: number, req: number, result: { ok: true; value: Pickled } | { ok: false; error: Error }) => void;

interface Waiter {
  pid: number;
  req: number;
  timer: ReturnType<typeof setTimeout> | null;
}

interface Putter extends Waiter {
  item: Pickled;
  flow: number;
}

interface ServedQueue {
  items: Array<{ item: Pickled; flow: number }>;
  maxsize: number;
  joinable: boolean;
  unfinished: number;
  getters: Waiter[];
  putters: Putter[];
  joiners: Waiter[];
}

/** All queues of one program. */
export class QueueServer {
  readonly #queues = new Map<string, ServedQueue>();
  readonly #reply: Reply;

  constructor(reply: Reply) {
    this.#reply = reply;
  }

  /** Handles one operation from process `pid`. */
  handle(pid: number, req: number, qid: string, op: QueueOp): void {
    if (op.op === "create") {
      if (!this.#queues.has(qid)) {
        this.#queues.set(qid, { items: [], maxsize: op.maxsize, joinable: op.joinable, unfinished: 0, getters: [], putters: [], joiners: [] });
      }
      return;
    }
    const queue = this.#queues.get(qid);
    if (!queue) return this.#reply(pid, req, { ok: false, error: new ValueError(`unknown queue ${qid}`) });
    switch (op.op) {
      case "put":
        if (queue.maxsize === 0 || queue.items.length < queue.maxsize) {
          this.#accept(queue, op.item, op.flow);
          this.#reply(pid, req, { ok: true, value: null });
          this.#serve(queue);
        } else if (!op.block || op.timeout === 0) {
          this.#reply(pid, req, { ok: false, error: new Full() });
        } else {
          queue.putters.push({ pid, req, item: op.item, flow: op.flow, timer: this.#timeout(queue.putters, pid, req, op.timeout, new Full()) });
        }
        break;
      case "get":
        if (queue.items.length > 0) {
          this.#reply(pid, req, { ok: true, value: queue.items.shift()! });
          this.#serve(queue);
        } else if (!op.block || op.timeout === 0) {
          this.#reply(pid, req, { ok: false, error: new Empty() });
        } else {
          queue.getters.push({ pid, req, timer: this.#timeout(queue.getters, pid, req, op.timeout, new Empty()) });
        }
        break;
      case "unget":
        queue.items.unshift({ item: op.item, flow: op.flow });
        this.#serve(queue);
        break;
      case "cancel":
        for (const list of [queue.getters, queue.putters, queue.joiners]) {
          const index = list.findIndex((w) => w.pid === pid && w.req === op.target);
          if (index < 0) continue;
          const [waiter] = list.splice(index, 1);
          if (waiter!.timer !== null) clearTimeout(waiter!.timer);
          this.#reply(pid, op.target, { ok: false, error: new KeyboardInterrupt() });
        }
        break;
      case "qsize":
        this.#reply(pid, req, { ok: true, value: queue.items.length });
        break;
      case "task-done":
        if (queue.unfinished <= 0) {
          this.#reply(pid, req, { ok: false, error: new ValueError("task_done() called too many times") });
          break;
        }
        queue.unfinished -= 1;
        this.#reply(pid, req, { ok: true, value: null });
        if (queue.unfinished === 0) for (const joiner of queue.joiners.splice(0)) this.#reply(joiner.pid, joiner.req, { ok: true, value: null });
        break;
      case "join":
        if (queue.unfinished === 0) this.#reply(pid, req, { ok: true, value: null });
        else queue.joiners.push({ pid, req, timer: null });
        break;
    }
  }

  #accept(queue: ServedQueue, item: Pickled, flow: number): void {
    queue.items.push({ item, flow });
    if (queue.joinable) queue.unfinished += 1;
  }

  /** Hands items to waiting getters and lets waiting putters in, in arrival order. */
  #serve(queue: ServedQueue): void {
    for (;;) {
      if (queue.items.length > 0 && queue.getters.length > 0) {
        const getter = queue.getters.shift()!;
        if (getter.timer !== null) clearTimeout(getter.timer);
        this.#reply(getter.pid, getter.req, { ok: true, value: queue.items.shift()! });
      } else if (queue.putters.length > 0 && (queue.maxsize === 0 || queue.items.length < queue.maxsize)) {
        const putter = queue.putters.shift()!;
        if (putter.timer !== null) clearTimeout(putter.timer);
        this.#accept(queue, putter.item, putter.flow);
        this.#reply(putter.pid, putter.req, { ok: true, value: null });
      } else {
        return;
      }
    }
  }

  #timeout(list: Waiter[], pid: number, req: number, timeout: number | null, error: Error): ReturnType<typeof setTimeout> | null {
    if (timeout === null) return null;
    return setTimeout(() => {
      const index = list.findIndex((w) => w.pid === pid && w.req === req);
      if (index < 0) return;
      list.splice(index, 1);
      this.#reply(pid, req, { ok: false, error });
    }, Math.max(0, timeout) * 1000);
  }
}
