/**
 * Trace recording in Chrome Trace Event format, for the live timeline and "Download trace".
 *
 * Every process records what it does (tasks, waits, messages) as events stamped in microseconds
 * since the program started, on one clock across workers (`performance.timeOrigin` + `now()`).
 * Events are buffered and leave with the next output batch, so recording costs an object push.
 */

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
let origin = 0;
let enabled = true;
let buffer: TraceEvent[] = [];
let flowCounter = 0;

/** Sets this process's pid and the program's start time (epoch ms); called once at boot. */
export function initTrace(processId: number, programStart: number, on: boolean): void {
  pid = processId;
  origin = programStart;
  enabled = on;
}

/** Microseconds since the program started. */
export function now(): number {
  return Math.round((performance.timeOrigin + performance.now() - origin) * 1000);
}

/** Records a finished span from `start` (a `now()` value) until now. */
export function span(name: string, cat: TraceCategory, start: number, args?: Record<string, unknown>, tid = 0): void {
  if (!enabled) return;
  buffer.push({ ph: "X", ts: start, dur: Math.max(0, now() - start), pid, tid, name, cat, args });
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

/** Hands over everything recorded since the last call. */
export function takeEvents(): TraceEvent[] {
  const taken = buffer;
  buffer = [];
  return taken;
}
