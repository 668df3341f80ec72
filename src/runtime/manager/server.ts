/**
 * The life of a Manager's server process, as CPython's `BaseManager._run_server`: after importing
 * the program (spawn re-imports it here too) it serves the calls of every proxy until shutdown.
 *
 * Each client process reaches the server over its own MessagePort, brokered by the kernel (the
 * twin of connecting to the manager's socket address). Calls are handled one at a time, in arrival
 * order per client; calls that wait (a Lock's acquire, an Event's wait, a Queue's get) reply later
 * and may be withdrawn by the caller's KeyboardInterrupt. Like CPython's, the server ignores
 * KeyboardInterrupt: Stop reaches the program, whose `await using` shuts the manager down. The
 * kernel tells the server when a client's process exits; the server then drops its port and
 * withdraws its waiting calls (CPython's server thread would take the next item to a dead socket).
 *
 * After answering a small call, the server watches every client's slot for the next call a moment
 * before it sleeps (internal/slotted-port.ts), when it and its clients have a core each: a process
 * calling in a loop then never waits for the server to be woken. A run of such calls yields to the
 * event loop every WATCH_TURN_MS, so that calls that took the port and the kernel's messages are
 * not held back by a busy client.
 */
import { serializeError } from "../errors.ts";
import { Halted, ignoreKeyboardInterrupt } from "../internal/interrupt.ts";
import { flush, onKernelMessage, scheduleFlush } from "../internal/kernel-link.ts";
import { QueueServer } from "./queue-server.ts";
import { SlottedPort, watchPorts, type SlottedEnd } from "../internal/slotted-port.ts";
import { cpuCount } from "../platform.ts";
import type { ClientToManager, ManagerToClient, Pickled, QueueOp } from "../protocol.ts";
import * as trace from "../trace.ts";
import { ServedDict, ServedEvent, ServedList, ServedLock, ServedNamespace, ServedValue, type Done, type Served, type Waiting } from "./served.ts";

/** The longest the server serves calls from the slots before it lets the event loop run (ms). */
const WATCH_TURN_MS = 2;

/** Clients that connected while this process was still importing the program, by pid. */
const waitingEnds = new Map<number, SlottedEnd>();
let accept: ((end: SlottedEnd, pid: number) => void) | null = null;
let forget: ((pid: number) => void) | null = null;

onKernelMessage((message) => {
  if (message.type === "accept") {
    if (accept) accept(message.end, message.from);
    else waitingEnds.set(message.from, message.end);
  } else if (message.type === "client-exit") {
    if (forget) forget(message.pid);
    else waitingEnds.delete(message.pid);
  }
});

/** The manager's Queue objects, served by queue-server.ts; its "pids" are the clients' pids. */
class ServedQueues {
  readonly #server: QueueServer;
  readonly #reply: (client: number, req: number, result: Parameters<Done>[0]) => void;
  #next = 0;

  constructor(reply: (client: number, req: number, result: Parameters<Done>[0]) => void) {
    this.#server = new QueueServer(reply);
    this.#reply = reply;
  }

  /** A new queue; returns the object that routes a proxy's calls to it. */
  create(maxsize: number, clientOf: () => number, reqOf: () => number): Served {
    this.#next += 1;
    const qid = `m${this.#next}`;
    const server = this.#server;
    server.handle(0, 0, qid, { op: "create", maxsize, joinable: true });
    return {
      call: (method, args): Waiting | void => {
        const client = clientOf();
        const req = reqOf();
        const op = toQueueOp(method, args);
        server.handle(client, req, qid, op);
        // The kernel's queues take back an item without replying; a proxy waits for every reply.
        if (op.op === "unget") this.#reply(client, req, { ok: true, value: null });
        if (op.op === "get" || op.op === "put" || op.op === "join") {
          return { cancel: () => server.handle(client, 0, qid, { op: "cancel", target: req }) };
        }
      },
    };
  }
}

function toQueueOp(method: string, args: Pickled[]): QueueOp {
  switch (method) {
    case "put":
      return { op: "put", item: args[0], block: (args[1] as boolean) ?? true, timeout: (args[2] as number | null) ?? null, flow: 0 };
    case "get":
      return { op: "get", block: (args[0] as boolean) ?? true, timeout: (args[1] as number | null) ?? null };
    case "unget":
      return { op: "unget", item: args[0], flow: 0 };
    case "qsize":
      return { op: "qsize" };
    case "taskDone":
      return { op: "task-done" };
    default:
      return { op: "join" };
  }
}

/** Serves proxies until a client asks for shutdown, then exits the process with code 0. */
export function runManagerServer(exit: (code: number) => never): Promise<never> {
  ignoreKeyboardInterrupt();
  const objects = new Map<string, { typeid: string; served: Served }>();
  /** Each client's port, by the pid of its process (a process connects to a manager once). */
  const clients = new Map<number, SlottedPort<ClientToManager, ManagerToClient>>();
  const waiting = new Map<string, Waiting>();
  let nextObject = 0;
  let current = { client: 0, req: 0 };
  let lastReplied = "";
  /** Calls being served, for their span on the manager's lane: what and since when. */
  const serving = new Map<string, { label: string; start: number }>();

  /** `arrow`: draw the reply on the timeline (not for shutdown, whose reply races the exit notice). */
  const reply = (client: number, req: number, result: Parameters<Done>[0], arrow = true): void => {
    lastReplied = `${client}:${req}`;
    waiting.delete(lastReplied);
    const call = serving.get(lastReplied);
    serving.delete(lastReplied);
    const flow = arrow ? trace.newFlowId() : 0;
    const message: ManagerToClient = result.ok
      ? { type: "reply", req, ok: true, value: result.value, flow }
      : { type: "reply", req, ok: false, error: serializeError(result.error), flow };
    if (arrow) trace.flowStart(flow, "manager reply");
    clients.get(client)?.post(message);
    if (call) trace.span(call.label, "io", call.start);
    scheduleFlush();
  };
  const queues = new ServedQueues((client, req, result) => reply(client, req, result));

  const create = (typeid: string, args: Pickled[]): string => {
    nextObject += 1;
    const id = `${typeid}-${nextObject}`;
    const served: Served =
      typeid === "dict" ? new ServedDict(args[0]) :
      typeid === "list" ? new ServedList(args[0]) :
      typeid === "Namespace" ? new ServedNamespace() :
      typeid === "Value" ? new ServedValue(args[1]) :
      typeid === "Lock" ? new ServedLock() :
      typeid === "Event" ? new ServedEvent() :
      queues.create((args[0] as number) ?? 0, () => current.client, () => current.req);
    objects.set(id, { typeid, served });
    return id;
  };

  /** Withdraws the waiting call `key` (`client:req`), as its caller's KeyboardInterrupt does. */
  const withdraw = (key: string): void => {
    waiting.get(key)?.cancel();
    waiting.delete(key);
    serving.delete(key);
  };

  const handle = (client: number, message: ClientToManager): void => {
    switch (message.type) {
      case "cancel":
        return withdraw(`${client}:${message.req}`);
      case "call": {
        const { req, obj, method, args } = message;
        const start = trace.now();
        trace.flowEnd(message.flow, "manager call", start);
        serving.set(`${client}:${req}`, { label: `serve ${objects.get(obj)?.typeid ?? "manager"}.${method}`, start });
        const done: Done = (result) => reply(client, req, result);
        if (obj === "") {
          if (method === "create") return done({ ok: true, value: create(args[0] as string, args.slice(1)) });
          if (method === "shutdown") {
            reply(client, req, { ok: true, value: null }, false);
            flush();
            exit(0);
          }
          return done({ ok: true, value: null });
        }
        const target = objects.get(obj);
        if (!target) return done({ ok: false, error: new Error(`the manager holds no object ${obj}`) });
        current = { client, req };
        const pending = target.served.call(method, args, done);
        if (pending && lastReplied !== `${client}:${req}`) waiting.set(`${client}:${req}`, pending);
        return;
      }
    }
  };

  /** Whether a watch for calls is running, and whether a call arrived since it last looked. */
  let watching = false;
  let arrived = false;
  /** Serves the calls that come through the slots while they keep coming, for up to WATCH_TURN_MS. */
  const watchForCalls = (): void => {
    const until = performance.now() + WATCH_TURN_MS;
    watching = true;
    try {
      do arrived = false;
      while (watchPorts([...clients.values()], () => arrived) && performance.now() < until);
    } finally {
      watching = false;
    }
  };

  accept = (end: SlottedEnd, client: number): void => {
    const port = new SlottedPort<ClientToManager, ManagerToClient>(end);
    clients.set(client, port);
    port.onmessage = (message) => {
      arrived = true;
      // A small call is often followed by another a round trip later, when the server and its
      // clients have a core each: with more, a server watching takes the core that a client
      // needs to make that call (a queue's consumer woken by a producer's put). Watching starts
      // before the reply leaves, as the caller's next call may follow at once and takes the slot
      // only if the server is watching by then.
      const watch = !watching && port.peerSendsSmall && clients.size < cpuCount();
      if (watch) for (const other of clients.values()) other.watching(true);
      try {
        handle(client, message);
      } catch (error) {
        if (!(error instanceof Halted)) throw error;
      } finally {
        if (watch) watchForCalls();
      }
    };
  };
  // A client that exited is watched no more, and its waiting calls are withdrawn as its
  // KeyboardInterrupt would withdraw them: an item put later goes to a live getter, not to it.
  forget = (client: number): void => {
    clients.get(client)?.close();
    clients.delete(client);
    for (const key of [...waiting.keys()]) if (key.startsWith(`${client}:`)) withdraw(key);
  };
  for (const [pid, end] of waitingEnds) accept(end, pid);
  waitingEnds.clear();
  return new Promise<never>(() => {});
}
