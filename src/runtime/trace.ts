/**
 * Trace recording in Chrome Trace Event format, for the live timeline and "Download trace".
 *
 * Every process records what it does (tasks, waits, messages) as events stamped in microseconds
 * since the program started, on one clock across workers (`performance.timeOrigin` + `now()`).
 * Events are buffered and leave with the next output batch, so recording costs an object push.
 */
import { appendAll } from "./internal/append-all.ts";

/** What a span of time was spent on; the timeline colours and patterns by this. */
export type TraceCategory = "compute" | "wait" | "io" | "startup" | "thread" | "process";

/** One Chrome Trace Event (the subset the runtime emits). */
export interface TraceEvent {
  /** Phase: X complete span, i instant, s/f flow start/finish, M metadata. */
  ph: "X" | "i" | "s" | "f" | "M";
  /** Microseconds since the program started. */
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  name: string;
  cat: TraceCategory;
  /** Flow id joining a send to its receive. */
  id?: number;
  bp?: "e";
  s?: "t" | "p";
  args?: Record<string, unknown>;
}

let pid = 0;
/** The thread running now (see internal/threads.ts): spans without a mark of their own go to its row. */
let tid = 0;
/** `performance.now()` plus this is milliseconds since the program started (timeOrigin is a slow getter). */
let offset = 0;
let enabled = true;
let buffer: TraceEvent[] = [];
let flowCounter = 0;

/** Sets this process's pid and the program's start time (epoch ms); called once at boot. */
export function initTrace(processId: number, programStart: number, on: boolean): void {
  pid = processId;
  offset = performance.timeOrigin - programStart;
  enabled = on;
}

/** Sets the thread that spans are recorded for (internal/threads.ts calls this on every switch). */
export function setThread(threadId: number): void {
  tid = threadId;
}

/** Whether this run records trace events (the page can turn tracing off). */
export function tracing(): boolean {
  return enabled;
}

/** Microseconds since the program started. */
export function now(): number {
  return Math.round((performance.now() + offset) * 1000);
}

/** Where a span began: the time and the thread, taken before an await (the thread may differ after it). */
export interface Mark {
  ts: number;
  tid: number;
}

/** The time and thread now, for a span that ends after an await. */
export function mark(): Mark {
  return { ts: now(), tid };
}

/**
 * Records a finished span from `start` until now: a `now()` value (the span goes to the thread
 * running now) or a `mark()` (the thread that was running then). Returns the event, if recorded.
 */
export function span(name: string, cat: TraceCategory, start: number | Mark, args?: Record<string, unknown>): TraceEvent | undefined {
  if (!enabled) return undefined;
  return typeof start === "number" ? record(name, cat, start, now(), tid, args) : record(name, cat, start.ts, now(), start.tid, args);
}

/** Records a finished span on the running thread's row from `start` to `end` (both `now()` values). */
export function spanBetween(name: string, cat: TraceCategory, start: number, end: number, args?: Record<string, unknown>): void {
  if (enabled) record(name, cat, start, end, tid, args);
}

function record(name: string, cat: TraceCategory, ts: number, end: number, row: number, args: Record<string, unknown> | undefined): TraceEvent {
  const event: TraceEvent = { ph: "X", ts, dur: Math.max(0, end - ts), pid, tid: row, name, cat, args };
  buffer.push(event);
  return event;
}

/** Stretches `event` to end at `end` if it is still the last one recorded and not yet handed over. */
export function extendLast(event: TraceEvent, end: number): boolean {
  if (buffer.at(-1) !== event) return false;
  event.dur = Math.max(0, end - event.ts);
  return true;
}

/** Copies shorter than this (microseconds) are not traced: every small message would flood the trace. */
const MIN_COPY_US = 250;

/**
 * Records the copy of a message into another process (pickling it and the structured clone that
 * postMessage makes) as a "sending" span from `start`, when it took long enough to see; returns
 * the time and thread after it, where a wait that follows begins.
 */
export function copySpan(name: string, start: Mark, args?: Record<string, unknown>): Mark {
  if (!enabled) return start;
  const after = mark();
  if (after.ts - start.ts >= MIN_COPY_US) span(name, "io", start, args);
  return after;
}

/** Names a thread's row (Chrome's `thread_name` metadata), before any of its spans. */
export function threadName(threadId: number, name: string): void {
  if (!enabled) return;
  buffer.push({ ph: "M", ts: 0, pid, tid: threadId, name: "thread_name", cat: "thread", args: { name } });
}

/** Records a moment. */
export function instant(name: string, cat: TraceCategory, args?: Record<string, unknown>): void {
  if (!enabled) return;
  buffer.push({ ph: "i", ts: now(), pid, tid: 0, name, cat, s: "p", args });
}

/** A program-wide unique flow id (pid in the high bits keeps processes apart). */
export function newFlowId(): number {
  flowCounter += 1;
  return pid * 1_000_000 + flowCounter;
}

/** Records the sending end of an arrow between processes. */
export function flowStart(id: number, name: string, ts = now()): void {
  if (!enabled) return;
  buffer.push({ ph: "s", ts, pid, tid: 0, name, cat: "io", id });
}

/** Records the receiving end of an arrow between processes. */
export function flowEnd(id: number, name: string, ts = now()): void {
  if (!enabled) return;
  buffer.push({ ph: "f", bp: "e", ts, pid, tid: 0, name, cat: "io", id });
}

/** Takes in events another process recorded and handed over (a pool worker's, with its results). */
export function adopt(events: TraceEvent[]): void {
  if (enabled) appendAll(buffer, events);
}

/** Hands over everything recorded since the last call. */
export function takeEvents(): TraceEvent[] {
  const taken = buffer;
  buffer = [];
  return taken;
}
