/**
 * The "compute" spans of a pool worker's tasks. A task that takes TASK_SPAN_US or more, fails, or
 * has an arrow from the parent gets a span of its own (`square (chunk 3, items 3..3)`); a run of
 * quicker tasks of one job (a map, an apply) in one turn of the worker becomes one span
 * (`square (tasks 4096, items 4096)`). A hundred thousand trivial tasks then cost the trace a few
 * dozen events instead of a hundred thousand, each of which would be copied twice on its way to
 * the page; on the timeline they were thinner than a pixel anyway.
 *
 * The worker's loop tells this module only about the tasks with a span of their own and about the
 * end of a turn; the runs of quick tasks between them are worked out then, from the turn's tasks.
 * A quick task thus costs the trace nothing while it runs: noting every task as it ended made a
 * traced chunksize-1 map of trivial tasks a tenth slower.
 *
 * Quick runs travel to the pool as a few numbers per run (`QuickRuns`, beside the results), and
 * the pool turns them into the same events (`quickRunEvents`): an event object per task copied
 * into another worker cost a one-task `applyAsync().get()` a fifth of its round trip.
 */
import type { PoolTask, QuickRuns } from "../protocol.ts";
import * as trace from "../trace.ts";

/** Tasks shorter than this (microseconds) share a span with their neighbours. */
export const TASK_SPAN_US = 100;

/** Slots per run in `QuickRuns`: name, start, end, tasks, items, chunk, first item. */
const SLOTS = 7;

/** Whether the task that ran from `start` to `end` gets a span of its own. */
export function hasOwnSpan(task: PoolTask, start: number, end: number, failed: boolean): boolean {
  return failed || task.flow !== 0 || end - start >= TASK_SPAN_US;
}

/** Collects one worker's task spans, turn by turn. */
export class TaskSpans {
  #quick: QuickRuns = [];
  /** The place in the turn of the first task not yet in a span, and when it started. */
  #from = 0;
  #since = 0;
  /** The running task's call in short (`noteCall`), for its span. */
  #call: string | undefined = undefined;

  /** A turn starts at `at`; its tasks are the ones the next calls index. */
  beginTurn(at: number): void {
    this.#from = 0;
    this.#since = at;
  }

  /** The task running now was called with these arguments, in short: its span, if it gets one, says so. */
  noteCall(call: string): void {
    this.#call = call;
  }

  /**
   * `tasks[index]` of this turn ran from `start` to `end` and gets a span of its own (see
   * `hasOwnSpan`), with the call noted while it ran, if any.
   */
  task(tasks: readonly PoolTask[], index: number, start: number, end: number, failed: boolean): void {
    this.#closeRun(tasks, index, start);
    const task = tasks[index]!;
    trace.spanBetween(task.func, "compute", start, end, chunkArgs(task.index, task.start, task.items.length, this.#call, failed));
    this.#call = undefined;
    this.#from = index + 1;
    this.#since = end;
  }

  /** The turn ran `tasks[0..count)` and ended at `end`: the quick tasks since the last span form runs. */
  endTurn(tasks: readonly PoolTask[], count: number, end: number): void {
    this.#closeRun(tasks, count, end);
  }

  /** The quick runs ended since the last call, for the pool (see `quickRunEvents`). */
  takeQuickRuns(): QuickRuns {
    const taken = this.#quick;
    this.#quick = [];
    return taken;
  }

  /**
   * `tasks[#from..to)` ran back to back from `#since` to `end`: one run per job. When they belong
   * to several jobs (two maps dealt together), the time is shared out by task count, as only the
   * ends were timed.
   */
  #closeRun(tasks: readonly PoolTask[], to: number, end: number): void {
    const from = this.#from;
    if (from >= to) return;
    const since = this.#since;
    let first = from;
    let start = since;
    while (first < to) {
      const job = tasks[first]!.job;
      let next = first + 1;
      let items = tasks[first]!.items.length;
      for (; next < to && tasks[next]!.job === job; next++) items += tasks[next]!.items.length;
      const runEnd = next === to ? end : since + Math.round(((end - since) * (next - from)) / (to - from));
      const lone = next - first === 1 ? tasks[first]! : null;
      this.#quick.push(tasks[first]!.func, start, runEnd, next - first, items, lone?.index ?? 0, lone?.start ?? 0);
      first = next;
      start = runEnd;
    }
  }
}

/** The compute spans of a worker's quick runs, in process `pid`'s lane (its main thread). */
export function quickRunEvents(pid: number, runs: QuickRuns): trace.TraceEvent[] {
  const events: trace.TraceEvent[] = [];
  for (let at = 0; at + SLOTS <= runs.length; at += SLOTS) {
    const [name, start, end, tasks, items, chunk, first] = runs.slice(at, at + SLOTS) as [string, number, number, number, number, number, number];
    const args = tasks === 1 ? chunkArgs(chunk, first, items, undefined, false) : { tasks, items };
    events.push({ ph: "X", ts: start, dur: Math.max(0, end - start), pid, tid: 0, name, cat: "compute", args });
  }
  return events;
}

/** What a task's own span says: its chunk, the range of items, its call in short, whether it failed. */
function chunkArgs(chunk: number, first: number, items: number, call: string | undefined, failed: boolean): Record<string, unknown> {
  const args: Record<string, unknown> = { chunk, items: `${first}..${first + items - 1}` };
  if (call !== undefined) args.call = call;
  if (failed) args.failed = true;
  return args;
}
