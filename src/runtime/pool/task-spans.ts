/**
 * The "compute" spans of a pool worker's tasks. A task that takes TASK_SPAN_US or more gets a span
 * of its own (`square (chunk 3, items 3..3)`); a run of quicker tasks of the same function in one
 * turn of the worker becomes one span (`square (tasks 4096, items 4096)`). A hundred thousand
 * trivial tasks then cost the trace a few dozen events instead of a hundred thousand, each of
 * which would be copied twice on its way to the page; on the timeline they were thinner than a
 * pixel anyway.
 *
 * Quick runs travel to the pool as a few numbers per run (`QuickRuns`, beside the results), and
 * the pool turns them into the same events (`quickRunEvents`): an event object per task copied
 * into another worker cost a one-task `applyAsync().get()` a fifth of its round trip.
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

/** The compute spans of a worker's quick runs, in process `pid`'s lane (its main thread). */
export function quickRunEvents(pid: number, runs: QuickRuns): trace.TraceEvent[] {
  const events: trace.TraceEvent[] = [];
  for (let at = 0; at + SLOTS <= runs.length; at += SLOTS) {
    const [name, start, end, tasks, items, chunk, first, call] = runs.slice(at, at + SLOTS) as [string, number, number, number, number, number, number, string | null];
    const args = tasks === 1 ? chunkArgs(chunk, first, items, call ?? undefined, false) : { tasks, items };
    events.push({ ph: "X", ts: start, dur: Math.max(0, end - start), pid, tid: 0, name, cat: "compute", args });
  }
  return events;
}

/** What a task's own span says: its chunk, the range of items, its call in short, whether it failed. */
function taskArgs(task: PoolTask, call: string | undefined, failed: boolean): Record<string, unknown> {
  return chunkArgs(task.index, task.start, task.items.length, call, failed);
}

function chunkArgs(chunk: number, first: number, items: number, call: string | undefined, failed: boolean): Record<string, unknown> {
  const args: Record<string, unknown> = { chunk, items: `${first}..${first + items - 1}` };
  if (call !== undefined) args.call = call;
  if (failed) args.failed = true;
  return args;
}
