/**
 * The "compute" spans of a pool worker's tasks. A task that takes TASK_SPAN_US or more gets a span
 * of its own (`square (chunk 3, items 3..3)`); a run of quicker tasks of the same function in one
 * turn of the worker becomes one span (`square (tasks 4096, items 4096)`). A hundred thousand
 * trivial tasks then cost the trace a few dozen events instead of a hundred thousand, each of
 * which would be copied twice on its way to the page; on the timeline they were thinner than a
 * pixel anyway.
 */
import type { PoolTask } from "../protocol.ts";
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

/** Collects one worker's task spans; `flush()` at the end of every turn. */
export class TaskSpans {
  #run: Run | null = null;

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

  /** Records the run of quick tasks so far. */
  flush(): void {
    const run = this.#run;
    if (!run) return;
    this.#run = null;
    const args = run.single ? taskArgs(run.single.task, run.single.call, false) : { tasks: run.tasks, items: run.items };
    trace.spanBetween(run.name, "compute", run.start, run.end, args);
  }
}

/** What a task's own span says: its chunk, the range of items, its call in short, whether it failed. */
function taskArgs(task: PoolTask, call: string | undefined, failed: boolean): Record<string, unknown> {
  const args: Record<string, unknown> = { chunk: task.index, items: `${task.start}..${task.start + task.items.length - 1}` };
  if (call !== undefined) args.call = call;
  if (failed) args.failed = true;
  return args;
}
