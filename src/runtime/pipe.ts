/**
 * `multiprocessing.Pipe`: two connected ends, each held by one process, for direct messages.
 *
 * An end is a MessagePort, so messages go straight from one worker to the other, with shared slots
 * beside it: `recv()` watches them a moment before it sleeps, and a small message sent meanwhile
 * needs no wake-up (internal/slotted-port.ts). Passing an end to a child at start moves it there
 * (the parent's object then counts as closed, as if the parent had closed its unused end, which is
 * what CPython programs should do). `recv()` raises EOFError once the other end is closed and every
 * message sent before has been received.
 */
import { EOFError, OSError } from "./errors.ts";
import { interruptible } from "./internal/interrupt.ts";
import { flushBeforeSignal } from "./internal/kernel-link.ts";
import { SlottedPort, slottedChannel, watchPorts, type SlottedEnd } from "./internal/slotted-port.ts";
import { asPicklingError, pickle, pickleHook, registerUnpickler, unpickle, type Picklable, type PickleReason } from "./pickle.ts";
import * as trace from "./trace.ts";

type Wire = { type: "data"; value: unknown; flow: number } | { type: "eof" };

interface ConnectionHandle {
  end: SlottedEnd;
  readable: boolean;
  writable: boolean;
  /** Messages already received but not yet read, when an end moves to another process. */
  inbox?: Wire[];
}

/** One end of a pipe, as `multiprocessing.connection.Connection`. */
export class Connection implements Picklable {
  readonly readable: boolean;
  readonly writable: boolean;
  #port: SlottedPort<Wire, Wire> | null;
  #inbox: Wire[] = [];
  #otherEndClosed = false;
  #wake: (() => void) | null = null;

  constructor(handle: ConnectionHandle) {
    this.readable = handle.readable;
    this.writable = handle.writable;
    for (const wire of handle.inbox ?? []) this.#accept(wire);
    this.#port = new SlottedPort(handle.end);
    this.#port.onmessage = (wire) => {
      this.#accept(wire);
      this.#wake?.();
    };
  }

  /** Whether this end has been closed (or moved to another process). */
  get closed(): boolean {
    return this.#port === null;
  }

  /** Sends a value to the other end. */
  send(value: unknown): void {
    const port = this.#open();
    if (!this.writable) throw new OSError("connection is read-only");
    flushBeforeSignal();
    const transfer: Transferable[] = [];
    const flow = trace.newFlowId();
    const start = trace.mark();
    try {
      port.post({ type: "data", value: pickle(value, "message", transfer), flow }, transfer);
    } catch (error) {
      throw asPicklingError(error, "the value sent");
    }
    trace.copySpan("send: copy value", start);
    trace.flowStart(flow, "pipe message", start.ts);
  }

  /** Waits for the next value; raises EOFError when the other end is closed and nothing is left. */
  async recv(): Promise<unknown> {
    const port = this.#open();
    if (!this.readable) throw new OSError("connection is write-only");
    const start = trace.mark();
    if (!this.#hasNews()) watchPorts([port], () => this.#hasNews());
    await this.#waitForData(null);
    const next = this.#inbox.shift();
    if (!next || next.type !== "data") throw new EOFError();
    trace.span("recv", "wait", start);
    trace.flowEnd(next.flow, "pipe message");
    return unpickle(next.value);
  }

  /** Whether there is something to receive, waiting up to `timeout` seconds (default: don't wait). */
  async poll(timeout: number | null = 0): Promise<boolean> {
    this.#open();
    await this.#waitForData(timeout);
    return this.#inbox.length > 0 || this.#otherEndClosed;
  }

  /** Closes this end; the other end's `recv()` raises EOFError once it has read everything. */
  close(): void {
    if (!this.#port) return;
    this.#port.post({ type: "eof" });
    this.#port.close();
    this.#port = null;
  }

  [pickleHook](_reason: PickleReason, transfer: Transferable[]): { kind: string; data: ConnectionHandle } {
    // Detached first: a message waiting in the slot joins the inbox that moves with the end.
    const end = this.#open().detach();
    this.#port = null;
    transfer.push(end.port);
    const inbox = this.#otherEndClosed ? [...this.#inbox, { type: "eof" } as const] : this.#inbox;
    return { kind: "connection", data: { end, readable: this.readable, writable: this.writable, inbox } };
  }

  #accept(wire: Wire): void {
    if (wire.type === "eof") this.#otherEndClosed = true;
    else this.#inbox.push(wire);
  }

  #open(): SlottedPort<Wire, Wire> {
    if (!this.#port) throw new OSError("handle is closed");
    return this.#port;
  }

  /** Whether `recv()` can return (or raise EOFError) without waiting. */
  #hasNews(): boolean {
    return this.#inbox.length > 0 || this.#otherEndClosed;
  }

  #waitForData(timeout: number | null): Promise<void> {
    if (this.#hasNews() || timeout === 0) return Promise.resolve();
    return interruptible<void>((resolve) => {
      this.#wake = resolve;
      const timer = timeout === null ? null : setTimeout(resolve, timeout * 1000);
      return () => {
        this.#wake = null;
        if (timer !== null) clearTimeout(timer);
      };
    });
  }
}

/**
 * Creates a pipe and returns its two ends. Duplex by default; with `duplex = false` the first end
 * only receives and the second only sends, as in Python.
 */
export function Pipe(duplex = true): [Connection, Connection] {
  const [first, second] = slottedChannel();
  return [new Connection({ end: first, readable: true, writable: duplex }), new Connection({ end: second, readable: duplex, writable: true })];
}

registerUnpickler("connection", (data) => new Connection(data as ConnectionHandle));
