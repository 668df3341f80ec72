/**
 * The proxy side of a Manager: one connection per manager per process, and calls over it.
 *
 * A process connects the first time one of its proxies is used: the kernel hands it a direct
 * MessagePort to the manager's server (as CPython's proxies open a socket to the manager's address).
 * Each call pickles its arguments, posts them and waits for the reply, interruptibly; an error the
 * server raised is rebuilt with its Python type. Once the server has exited (shutdown), calls raise
 * BrokenPipeError, as CPython's do. The port has shared slots beside it: a caller watches them a
 * moment for a quick reply before it sleeps (unless that kind of call was slow last time), and the
 * server, when it and its clients have a core each, watches for the next call after it answered
 * one, so a round trip of small calls needs no wake-up (internal/slotted-port.ts).
 */
import { BrokenPipeError, deserializeError } from "../errors.ts";
import { awaitReply } from "../internal/interrupt.ts";
import { flushBeforeSignal, onKernelMessage, send } from "../internal/kernel-link.ts";
import { asPicklingError, pickle, unpickle } from "../pickle.ts";
import { SlottedPort, WatchPolicy, watchPorts, type SlottedEnd } from "../internal/slotted-port.ts";
import type { ClientToManager, ManagerToClient, Pickled } from "../protocol.ts";
import { isHalting } from "../synchronize/shared.ts";
import * as trace from "../trace.ts";

interface Pending {
  resolve(value: Pickled): void;
  reject(error: Error): void;
}

/** One process's connection to one manager. */
class Link {
  readonly #port: SlottedPort<ManagerToClient, ClientToManager>;
  readonly #pending = new Map<number, Pending>();
  readonly #policy = new WatchPolicy();
  #next = 0;
  #broken = false;

  constructor(end: SlottedEnd) {
    // The server decides whether to watch for our next call by whether our last one was small.
    this.#port = new SlottedPort(end, { hintsSmall: true });
    this.#port.onmessage = (message) => {
      const waiter = this.#pending.get(message.req);
      if (!waiter) return;
      this.#pending.delete(message.req);
      if (message.flow !== 0) trace.flowEnd(message.flow, "manager reply");
      if (message.ok) waiter.resolve(message.value);
      else waiter.reject(deserializeError(message.error));
    };
  }

  /** Every pending and later call raises BrokenPipeError. */
  break(): void {
    this.#broken = true;
    for (const waiter of this.#pending.values()) waiter.reject(brokenPipe());
    this.#pending.clear();
    this.#port.close();
  }

  /** Posts a call; `reply` settles with the server's answer. */
  post(obj: string, method: string, args: Pickled[], flow: number): { req: number; reply: Promise<Pickled> } {
    if (this.#broken) throw brokenPipe();
    this.#next += 1;
    const req = this.#next;
    const reply = new Promise<Pickled>((resolve, reject) => this.#pending.set(req, { resolve, reject }));
    flushBeforeSignal();
    this.#port.post({ type: "call", req, obj, method, args, flow });
    return { req, reply };
  }

  /**
   * Watches the slot a moment for the reply to call `req`, which a quick call gets sooner than
   * waking takes; `kind` names the call (object and method), whose replies tend to be quick or
   * not (a dict read always is; a get from an empty queue is not).
   */
  watch(req: number, kind: string): void {
    if (!this.#broken) this.#policy.watch(kind, () => watchPorts([this.#port], () => !this.#pending.has(req)));
  }

  /** Withdraws a waiting call: its late reply, if any, still settles `reply`. */
  cancel(req: number): void {
    if (!this.#broken) this.#port.post({ type: "cancel", req });
  }
}

function brokenPipe(): BrokenPipeError {
  return new BrokenPipeError("[Errno 32] Broken pipe");
}

const links = new Map<number, Promise<Link>>();
/** Links already open, so a call skips the await on `links` (one microtask less per round trip). */
const open = new Map<number, Link>();
const gone = new Set<number>();
const connecting = new Map<number, (end: SlottedEnd | null) => void>();
let nextConnect = 0;

onKernelMessage((message) => {
  if (message.type === "connect-reply") {
    connecting.get(message.req)?.(message.end);
    connecting.delete(message.req);
  } else if (message.type === "peer-exit") {
    managerGone(message.pid);
  }
});

/** Marks a manager as gone: its calls now raise BrokenPipeError. */
export function managerGone(pid: number): void {
  gone.add(pid);
  open.delete(pid);
  links.get(pid)?.then((link) => link.break(), () => {});
}

function link(manager: number): Promise<Link> {
  let found = links.get(manager);
  if (!found) {
    nextConnect += 1;
    const req = nextConnect;
    found = new Promise<Link>((resolve, reject) => {
      connecting.set(req, (end) => {
        if (!end) return reject(brokenPipe());
        const opened = new Link(end);
        open.set(manager, opened);
        resolve(opened);
      });
    });
    found.catch(() => {});
    links.set(manager, found);
    send({ type: "connect", req, target: manager });
  }
  return found;
}

/** What a late reply to an interrupted call must undo (a lock granted, an item taken). */
export type Undo = (value: unknown) => void;

/**
 * Calls `method` of object `obj` in manager `manager` with `args` and resolves with the unpickled
 * result. `label` names the round trip on the timeline.
 */
export async function callManager(manager: number, obj: string, method: string, args: unknown[], label: string, undo?: Undo): Promise<unknown> {
  if (gone.has(manager)) throw brokenPipe();
  // A process being terminated sends nothing more (a lock it holds stays held, as in CPython).
  if (isHalting()) return new Promise<never>(() => {});
  const start = trace.mark();
  let packed: Pickled[];
  try {
    packed = args.map((arg) => pickle(arg, "message", []));
  } catch (error) {
    throw asPicklingError(error, `an argument of ${label}`);
  }
  const connection = open.get(manager) ?? (await link(manager));
  const flow = trace.newFlowId();
  let sent: { req: number; reply: Promise<Pickled> };
  try {
    sent = connection.post(obj, method, packed, flow);
  } catch (error) {
    throw asPicklingError(error, `an argument of ${label}`);
  }
  trace.flowStart(flow, "manager call", start.ts);
  connection.watch(sent.req, `${obj}.${method}`);
  const value = await awaitReply(sent.reply, () => {
    connection.cancel(sent.req);
    if (undo) sent.reply.then((late) => undo(unpickle(late)), () => {});
  });
  trace.span(label, "io", start);
  return unpickle(value);
}
