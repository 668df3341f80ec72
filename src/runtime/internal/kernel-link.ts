/**
 * The process side of the link to the kernel: outgoing messages, the output and trace batch, and
 * request/reply calls (a queue's items that its shared memory cannot carry).
 *
 * Output is batched only when it floods: the first LINES_AT_ONCE lines of a frame (16 ms) leave
 * at once, each in its own message, and the lines after them wait for the frame's end or 500
 * lines. The flush happens from inside `console.log` as well as on a timer, so a program that
 * prints in a busy loop still streams its output and a million lines cost a few thousand
 * messages. A line that waits for the timer is one of a flood followed by a busy loop, in which
 * no timer fires: it shows when the loop ends or is stopped (a loop guard calling into the runtime
 * to post it would make every tight loop twice as slow). A few lines printed before a long
 * computation all show while it runs. Trace events alone wait longer (flush-timer.ts).
 */
import type { KernelToProcess, OutputLine, ProcessToKernel } from "../protocol.ts";
import { deserializeError } from "../errors.ts";
import { takeEvents, type TraceEvent } from "../trace.ts";
import { EVENT_DELAY_MS, FlushTimer, LINE_DELAY_MS } from "./flush-timer.ts";

/** The kernel: this worker's parent, or the port to it when the page started this worker. */
let port = globalThis as unknown as {
  postMessage(message: ProcessToKernel, transfer: Transferable[]): void;
};

let pid = 0;
let lines: OutputLine[] = [];
/** Messages of lines a frame may post as they are printed, before later lines wait for its end. */
const LINES_AT_ONCE = 20;
/** When the current frame of output began (`performance.now()`, which starts near 0 in a new worker). */
let frameStart = -Infinity;
/** Messages of lines posted since `frameStart`. */
let postedInFrame = 0;
const flushTimer = new FlushTimer(flush);

/** Talks to the kernel on `kernelPort` from now on (a worker the page started: see kernel/process-host.ts). */
export function connectKernel(kernelPort: MessagePort): void {
  port = kernelPort;
}

/** Sets the pid stamped on output lines. */
export function setLinkPid(processId: number): void {
  pid = processId;
}

/** Posts a message to the kernel. */
export function send(message: ProcessToKernel, transfer: Transferable[] = []): void {
  port.postMessage(message, transfer);
}

/** Posts buffered output and trace events now. */
export function flush(): void {
  flushTimer.cancel();
  const events = takeEvents();
  if (lines.length === 0 && events.length === 0) return;
  // Only posted lines count against the frame's quota: a flush of trace events alone, or a
  // start()'s, must not make the next line wait, as it would never leave were a busy loop to
  // follow (no timer fires in one).
  if (lines.length > 0) postedInFrame += 1;
  const batch = lines;
  lines = [];
  send({ type: "io", lines: batch, events });
}

/**
 * For a message about to be posted anyway (a pool worker's results): sends pending output to the
 * kernel now, so that it comes before whatever the message leads to, and returns the trace events
 * for the message to carry, which saves a message to the kernel per batch when nothing was printed.
 */
export function handOffEvents(): TraceEvent[] {
  if (lines.length > 0) {
    flush();
    return [];
  }
  return takeEvents();
}

/** Schedules a flush soon, for trace events recorded outside of printing. */
export function scheduleFlush(): void {
  flushTimer.within(EVENT_DELAY_MS);
}

/**
 * Posts the printed lines still buffered before this process lets another go on (a release, a
 * set, a put, a send): a line printed after the other wakes must not reach the page first, as a
 * terminal would never show it.
 */
export function flushBeforeSignal(): void {
  if (lines.length > 0) flush();
}

/** Buffers one printed line. */
export function write(stream: OutputLine["stream"], text: string): void {
  lines.push({ pid, stream, text });
  const now = performance.now();
  if (now - frameStart > LINE_DELAY_MS) {
    frameStart = now;
    postedInFrame = 0;
  }
  if (lines.length >= 500 || postedInFrame < LINES_AT_ONCE) flush();
  else flushTimer.within(LINE_DELAY_MS);
}

let nextRequest = 1;
const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

/**
 * Sends the request `make` builds with a new request number, after the lines printed before it,
 * and resolves with the kernel's reply (a queue's overflow item: see queue.ts).
 */
export function kernelRequest(make: (req: number) => ProcessToKernel): { req: number; reply: Promise<unknown> } {
  flushBeforeSignal();
  const req = nextRequest++;
  const reply = new Promise<unknown>((resolve, reject) => pending.set(req, { resolve, reject }));
  send(make(req));
  return { req, reply };
}

type Listener = (message: KernelToProcess) => void;
const listeners: Listener[] = [];

/** Registers a handler for kernel messages other than queue replies. */
export function onKernelMessage(listener: Listener): void {
  listeners.push(listener);
}

/** Dispatches one message from the kernel. */
export function receive(message: KernelToProcess): void {
  if (message.type === "queue-reply") {
    const waiter = pending.get(message.req);
    if (!waiter) return;
    pending.delete(message.req);
    if (message.ok) waiter.resolve(message.value);
    else waiter.reject(deserializeError(message.error));
    return;
  }
  for (const listener of listeners) listener(message);
}
