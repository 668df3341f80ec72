/**
 * When a pool worker reads the clock. `performance.now()` costs ~430 ns in a worker here, more
 * than a trivial task's own work: read after every task, it was a fifth of a chunksize-1 map's
 * time in the workers. So the clock is read once per stride of tasks: while the tasks since the
 * last reading took under half of TASK_SPAN_US together, none of them can be slow enough for a
 * span of its own and the stride doubles (up to MAX_STRIDE); once they took TASK_SPAN_US or more,
 * it drops back to one task, timed alone. Between readings, each task looks at `Date.now()`
 * (~75 ns, whole milliseconds), and a change ends the stride at once: a task of a millisecond or
 * more always changes it. The worker loop does the same traced or not.
 *
 * What this gives up: a slow task that follows quick ones in the same stride is not told apart
 * from them, so its time shows in their run's span (`square (tasks 17, items 17)`) instead of a
 * span of its own: one such task of a millisecond or more, or shorter ones until the millisecond
 * turns; the tasks after it are timed alone again. A task that fails, and a task with an arrow
 * (read before it starts too), are always timed.
 */
import * as trace from "../trace.ts";
import { TASK_SPAN_US } from "./task-spans.ts";

/** The most tasks run between two readings. */
const MAX_STRIDE = 32;

/** The clock of one turn of a worker's tasks. */
export class TaskClock {
  /** The last reading (microseconds since the program started): when the tasks since began. */
  now: number;
  #untimed = 0;
  #stride = 1;
  /** `Date.now()` at the last reading. */
  #wall = Date.now();

  constructor(start: number) {
    this.now = start;
  }

  /** Reads the clock if tasks ran since the last reading: before a task that must be timed alone, and as a turn ends. */
  catchUp(): void {
    if (this.#untimed > 0) this.read();
  }

  /**
   * A task ended. Reads the clock when the stride is done, a millisecond turned, or `timeNow` (the
   * task failed or has an arrow), and returns how many tasks that reading covers (1: the task was
   * timed alone); 0 when the clock was not read.
   */
  ended(timeNow: boolean): number {
    this.#untimed += 1;
    return this.#untimed >= this.#stride || timeNow || Date.now() !== this.#wall ? this.read() : 0;
  }

  /** Reads the clock; returns how many tasks ran since the last reading. */
  read(): number {
    const now = trace.now();
    const took = now - this.now;
    const covered = this.#untimed;
    this.#stride = took >= TASK_SPAN_US ? 1 : took * 2 < TASK_SPAN_US ? Math.min(MAX_STRIDE, this.#stride * 2) : this.#stride;
    this.now = now;
    this.#wall = Date.now();
    this.#untimed = 0;
    return covered;
  }
}
