/**
 * Which thread of this process is running, and its turns on the timeline.
 *
 * Threads share their process's worker (see threading.ts), so one JavaScript job runs at a time, as
 * one Python thread holds the GIL at a time. A job is one stretch of a thread's code: its start, or
 * its resumption after an await. The compiler captures the running thread at the entry of every
 * async function (`const __mpT = __mpThread()`) and hands it back at every resumption
 * (`__mpResume(__mpT, await x)`, and at the top of `catch`, `finally` and after `for await`), so
 * the running thread is known however the awaits of several threads interleave. Runtime code that
 * awaits captures the thread when it is called, never after an await.
 *
 * A turn is a job of a started Thread: it begins at the resumption and ends when the job does
 * (a microtask queued at the start runs only once the job's stack has unwound) or when another
 * thread resumes first. Turns are "thread" spans in the thread's row of its process lane.
 */
import * as trace from "../trace.ts";

/** A thread as the runtime knows it: a per-process id (0 for the main thread) and its name. */
export interface ThreadIdentity {
  readonly tid: number;
  readonly name: string;
}

/** The main thread of this process, as `threading.main_thread()`. */
export const MAIN_THREAD: ThreadIdentity = { tid: 0, name: "MainThread" };

/** Turns closer than this (microseconds) to the previous turn of the same thread join it. */
const MERGE_GAP_US = 50;

let current: ThreadIdentity = MAIN_THREAD;
/** False until a Thread starts: until then every resumption is the main thread's and costs nothing. */
let threaded = false;
let turn: { thread: ThreadIdentity; start: number } | null = null;
let lastTurn: { thread: ThreadIdentity; event: trace.TraceEvent } | null = null;

/** The thread running now, as `threading.current_thread()`. */
export function currentThread(): ThreadIdentity {
  return current;
}

/** Switches to `thread` for the job now starting; returns `value` (the awaited result). */
export function resume<T>(thread: ThreadIdentity, value?: T): T {
  if (threaded && (thread !== current || turn === null)) switchTo(thread);
  return value as T;
}

/** Runs the synchronous start of a thread's target as that thread's first job. */
export function runAs<T>(thread: ThreadIdentity, body: () => T): T {
  threaded = true;
  switchTo(thread);
  return body();
}

function switchTo(thread: ThreadIdentity): void {
  endTurn();
  current = thread;
  trace.setThread(thread.tid);
  if (thread === MAIN_THREAD) return;
  turn = { thread, start: trace.now() };
  queueMicrotask(endJob);
}

/** The job that began a turn has unwound: its thread stops running until its next resumption. */
function endJob(): void {
  endTurn();
  current = MAIN_THREAD;
  trace.setThread(0);
}

function endTurn(): void {
  if (turn === null) return;
  const { thread, start } = turn;
  turn = null;
  const end = trace.now();
  if (lastTurn?.thread === thread && start - (lastTurn.event.ts + lastTurn.event.dur!) < MERGE_GAP_US && trace.extendLast(lastTurn.event, end)) return;
  const event = trace.span(thread.name, "thread", { ts: start, tid: thread.tid });
  lastTurn = event ? { thread, event } : null;
}
