/**
 * The life of a pool worker process: run the initializer, then take tasks from the parent's port
 * one at a time and send results back, until the sentinel (after close) or maxtasksperchild.
 *
 * Results of quick tasks are sent in batches (one message per macrotask turn), their trace spans
 * are merged (task-spans.ts), and the clock is read once per stride of them (task-clock.ts), which
 * is what makes 100,000 trivial tasks cheap. After a turn of one
 * or two tasks sent as small messages, the worker watches shared memory for its next task a moment
 * before it sleeps (internal/slotted-port.ts), which makes one `applyAsync().get()` quick. A
 * KeyboardInterrupt is not a task error: as in CPython, the worker prints its traceback and dies.
 */
import type { SerializedError } from "../errors.ts";
import { Halted, Waiters } from "../internal/interrupt.ts";
import { handOffEvents } from "../internal/kernel-link.ts";
import { lookupFunction, unpickle } from "../pickle.ts";
import type { PoolTask, PoolTaskResult, PoolToWorker, QuickRuns, WorkerToPool } from "../protocol.ts";
import { shortCall } from "../format.ts";
import { packResults, unpackTasks } from "./task-columns.ts";
import { TaskClock } from "./task-clock.ts";
import { hasOwnSpan, TaskSpans } from "./task-spans.ts";
import { serializeWithTraceback } from "../traceback.ts";
import * as trace from "../trace.ts";
import { watchPorts, type SlottedPort } from "../internal/slotted-port.ts";

interface WorkerSetup {
  port: SlottedPort<PoolToWorker, WorkerToPool>;
  maxtasksperchild: number | null;
  exit(code: number): never;
}

/** True for errors that end the worker instead of failing one task. */
function isFatal(error: unknown): boolean {
  return error instanceof Halted || (error instanceof Error && error.name === "KeyboardInterrupt");
}

/** Python's MaybeEncodingError text for a result that cannot be sent back. */
function encodingError(value: unknown, error: unknown): SerializedError {
  const reason = error instanceof Error ? error.message : String(error);
  const message = `Error sending result: '${String(value)}'. Reason: '${reason}'`;
  return { name: "MaybeEncodingError", message, stack: `MaybeEncodingError: ${message}` };
}

/**
 * Runs tasks until told to stop; never returns. A KeyboardInterrupt (or the process being halted)
 * leaves by throwing, for the caller to report as the process's uncaught error.
 */
export async function runPoolWorker(setup: WorkerSetup): Promise<never> {
  const { port, maxtasksperchild } = setup;
  const inbox: PoolTask[] = [];
  let sentinel = false;
  let completed = 0;
  let retiring = false;
  let smallTurn = false;
  const arrivals = new Waiters();
  const traced = trace.tracing();
  const spans = new TaskSpans();
  port.onmessage = (message) => {
    switch (message.type) {
      case "tasks":
        unpackTasks(message.tasks, inbox);
        break;
      case "sentinel":
        sentinel = true;
        break;
    }
    arrivals.wakeAll();
  };
  const post = (message: WorkerToPool, transfer: Transferable[] = []) => port.post(message, transfer);

  for (;;) {
    if (inbox.length === 0) {
      if (sentinel) break;
      // After a turn of one or two tasks sent as small messages (applies), the next is likely a
      // round trip away: watching for it saves being woken (internal/slotted-port.ts).
      if (smallTurn && port.peerSendsSmall && watchPorts([port], () => inbox.length > 0 || sentinel)) continue;
      await arrivals.wait();
      continue;
    }
    // The turn's tasks stay in the inbox until it ends, for their spans.
    const results: PoolTaskResult[] = [];
    const turnStart = trace.now();
    const clock = new TaskClock(turnStart);
    if (traced) spans.beginTurn(turnStart);
    let ran = 0;
    while (ran < inbox.length) {
      const task = inbox[ran]!;
      if (task.flow !== 0) clock.catchUp();
      const start = clock.now;
      const result = await runTask(task, traced ? spans : null);
      results.push(result);
      ran += 1;
      completed += 1;
      const timed = clock.ended(!result.ok || task.flow !== 0);
      // Timed alone, a task's span is its own when it was slow; timed with others, only a failure's.
      if (traced && timed > 0 && (timed === 1 ? hasOwnSpan(task, start, clock.now, !result.ok) : !result.ok)) {
        spans.task(inbox, ran - 1, start, clock.now, !result.ok);
      }
      if (maxtasksperchild !== null && completed >= maxtasksperchild) break;
      if (timed > 0 && clock.now - turnStart > 16_000) break;
    }
    clock.catchUp();
    if (traced) spans.endTurn(inbox, ran, clock.now);
    inbox.splice(0, ran);
    smallTurn = ran <= 2;
    retiring = maxtasksperchild !== null && completed >= maxtasksperchild;
    sendResults(post, results, trace.now() - turnStart, retiring, spans.takeQuickRuns());
    if (retiring) break;
  }
  if (!retiring) post({ type: "retiring" });
  return setup.exit(0);
}

/** Runs one task; when tracing (`spans`), notes the call in short of a task with an arrow and one argument list. */
async function runTask(task: PoolTask, spans: TaskSpans | null): Promise<PoolTaskResult> {
  if (task.flow !== 0) trace.flowEnd(task.flow, "task");
  const values: unknown[] = [];
  const func = lookupFunction(task.func);
  try {
    for (const item of task.items) {
      const arg = unpickle(item);
      // A slow task's arguments, for the timeline (tasks this slow are few: see Pool's window).
      if (spans && task.flow !== 0 && task.items.length === 1) spans.noteCall(shortCall(task.star ? (arg as unknown[]) : [arg]));
      let value = task.star ? func(...(arg as unknown[])) : func(arg);
      if (value instanceof Promise) value = await value;
      values.push(value);
    }
  } catch (error) {
    if (isFatal(error)) throw error;
    return { job: task.job, index: task.index, ok: false, error: serializeWithTraceback(error), flow: task.flow };
  }
  return { job: task.job, index: task.index, ok: true, values, flow: task.flow };
}

function sendResults(post: (message: WorkerToPool, transfer?: Transferable[]) => void, results: PoolTaskResult[], busyMicros: number, retiring: boolean, quickRuns: QuickRuns): void {
  for (const result of results) if (result.flow !== 0) trace.flowStart(result.flow, "result");
  // Output leaves first, and trace events travel with the results: once the parent has its
  // results it may terminate us.
  const events = handOffEvents();
  try {
    post({ type: "results", results: packResults(results), busyMicros, retiring, events, quickRuns });
  } catch {
    // One result cannot be sent: send them one by one so only that task fails.
    results.forEach((result, i) => {
      const last = retiring && i === results.length - 1;
      const carried = i === 0 ? events : [];
      const runs = i === 0 ? quickRuns : [];
      try {
        post({ type: "results", results: packResults([result]), busyMicros: 0, retiring: last, events: carried, quickRuns: runs });
      } catch (error) {
        const value = result.ok ? result.values : undefined;
        const failed: PoolTaskResult = { job: result.job, index: result.index, ok: false, error: encodingError(value, error), flow: result.flow };
        post({ type: "results", results: packResults([failed]), busyMicros: 0, retiring: last, events: carried, quickRuns: runs });
      }
    });
  }
}
