/**
 * The "compute" spans of a pool worker's tasks. A task that takes TASK_SPAN_US or more gets a span
 * of its own (`square (chunk 3, items 3..3)`); a run of quicker tasks of the same function in one
 * turn of the worker becomes one span (`square (tasks 4096, items 4096)`). A hundred thousand
 * trivial tasks then cost the trace a few dozen events instead of a hundred thousand, each of
 * which would be copied twice on its way to the page; on the timeline they were thinner than a
 * pixel anyway.
 *
 * Quick runs travel to the pool as a few numbers per run (`QuickRuns`, beside the results), and
 * the pool turns them into the same events (`addQuickRuns`): an event object per task copied
 * into another worker cost a one-task `applyAsync().get()` a fifth of its round trip. There a run
 * joins the same worker's previous one when it began right after it (the next turn, after a round
 * trip), until the process hands its events over: one span per worker per output batch, where a
 * span per turn had made tracing slow a chunksize-1 map by a fifth.
 */
import type { PoolTask, QuickRuns } from "../protocol.ts";
import * as trace from "../trace.ts";

/** Tasks shorter than this (microseconds) share a span with their neighbours. */
export const TASK_SPAN_US = 100;

interface Run {
  name: string;
  start: number;
  end: number;
  tasks: number;
  items: number;
  /** The only task, while the run holds one, and its call in short. */
  single: { task: PoolTask; call: string | undefined } | null;
}

/** Slots per run in `QuickRuns`: name, start, end, tasks, items, chunk, first item, call (or null). */
const SLOTS = 8;

/** Collects one worker's task spans; `flush()` at the end of every turn. */
export class TaskSpans {
  #run: Run | null = null;
  #quick: QuickRuns = [];

  /** `task`, calls of `name` (`call` in short when it had one argument list), ran from `start` to `end`. */
  task(name: string, start: number, end: number, task: PoolTask, call: string | undefined, failed: boolean): void {
    if (end - start >= TASK_SPAN_US || failed) {
      this.flush();
      trace.spanBetween(name, "compute", start, end, taskArgs(task, call, failed));
      return;
    }
    const run = this.#run;
    if (run && run.name === name) {
      run.end = end;
      run.tasks += 1;
      run.items += task.items.length;
      run.single = null;
      return;
    }
    this.flush();
    this.#run = { name, start, end, tasks: 1, items: task.items.length, single: { task, call } };
  }

  /** Ends the run of quick tasks so far; `takeQuickRuns()` hands it over. */
  flush(): void {
    const run = this.#run;
    if (!run) return;
    this.#run = null;
    if (!trace.tracing()) return;
    const single = run.single;
    this.#quick.push(run.name, run.start, run.end, run.tasks, run.items, single?.task.index ?? 0, single?.task.start ?? 0, single?.call ?? null);
  }

  /** The quick runs flushed since the last call, for the pool (see `quickRunEvents`). */
  takeQuickRuns(): QuickRuns {
    const taken = this.#quick;
    this.#quick = [];
    return taken;
  }
}

/** A run joins the same worker's previous one when it began less than this (microseconds) after it ended. */
export const JOIN_GAP_US = 1000;

/** The span of a worker's latest quick runs, still growing, with its counts. */
interface OpenSpan {
  event: trace.TraceEvent;
  tasks: number;
  items: number;
}

/** Open spans by worker pid, in the pool's process. */
const open = new Map<number, OpenSpan>();

/**
 * Adds worker `pid`'s quick runs to the trace, as compute spans in its lane (its main thread). A
 * run that follows the worker's open span closely extends it; the open spans are closed whenever
 * this process hands its events over.
 */
export function addQuickRuns(pid: number, runs: QuickRuns): void {
  for (let at = 0; at + SLOTS <= runs.length; at += SLOTS) {
    const [name, start, end, tasks, items, chunk, first, call] = runs.slice(at, at + SLOTS) as [string, number, number, number, number, number, number, string | null];
    const last = open.get(pid);
    const lastEnd = last ? last.event.ts + (last.event.dur ?? 0) : 0;
    if (last && last.event.name === name && start - lastEnd < JOIN_GAP_US) {
      last.tasks += tasks;
      last.items += items;
      last.event.dur = Math.max(0, end - last.event.ts);
      last.event.args = { tasks: last.tasks, items: last.items };
      continue;
    }
    if (last) trace.adopt([last.event]);
    const args: Record<string, unknown> = tasks === 1 ? { chunk, items: `${first}..${first + items - 1}` } : { tasks, items };
    if (tasks === 1 && call !== null) args.call = call;
    open.set(pid, { event: { ph: "X", ts: start, dur: Math.max(0, end - start), pid, tid: 0, name, cat: "compute", args }, tasks, items });
  }
}

function closeQuickSpans(): trace.TraceEvent[] {
  const events = [...open.values()].map((span) => span.event);
  open.clear();
  return events;
}

trace.closeOpenSpansWith(closeQuickSpans);

/** What a task's own span says: its chunk, the range of items, its call in short, whether it failed. */
function taskArgs(task: PoolTask, call: string | undefined, failed: boolean): Record<string, unknown> {
  const args: Record<string, unknown> = { chunk: task.index, items: `${task.start}..${task.start + task.items.length - 1}` };
  if (call !== undefined) args.call = call;
  if (failed) args.failed = true;
  return args;
}
