/**
 * Pool tasks and results packed into columns for the trip between the pool and a worker, and
 * unpacked on the other side (the column types are in protocol.ts, with why). Both sides keep
 * working with one object per task; only the messages change shape.
 *
 * A few tasks travel as they are: their message is small enough for the shared-memory slot
 * (internal/slotted-port.ts), which copies it as JSON, and JSON parses one object per task
 * faster than columns' many small arrays (an `applyAsync().get()` took 30 -> 42 us in columns).
 */
import { appendAll } from "../internal/append-all.ts";
import { pickle } from "../pickle.ts";
import type { PackedArrays, Pickled, PoolTask, PoolTaskResult, ResultColumns, TaskColumns } from "../protocol.ts";

/** Batches of fewer tasks or results than this travel as objects. */
const COLUMNS_FROM = 8;
/** Tasks with fewer items than this on average have them joined into one array; see `packArrays`. */
const JOIN_BELOW = 64;
/** Arrays `concat` joins at a time (it takes them as arguments). */
const JOIN_AT_ONCE = 4096;

/**
 * The items (or values) of several tasks, one array per task. Structured clone pays some 400 ns
 * per array, which a chunksize-1 map pays per task: few items per task are joined end to end
 * instead, by `concat`, which keeps an array of numbers packed (one built by `flat` cloned four
 * times slower). Big chunks stay as they are: joining them only copies them twice more.
 */
function packArrays(parts: Pickled[][]): PackedArrays {
  let total = 0;
  for (const part of parts) total += part.length;
  if (parts.length === 1 || total >= JOIN_BELOW * parts.length) return { each: parts };
  let joined: Pickled[] = [];
  for (let at = 0; at < parts.length; at += JOIN_AT_ONCE) joined = joined.concat(...parts.slice(at, at + JOIN_AT_ONCE));
  return { joined };
}

/** A reader of packed arrays: each call returns the next part, of `size` entries. */
function unpackArrays(packed: PackedArrays): (size: number) => Pickled[] {
  let next = 0;
  if ("each" in packed) return () => packed.each[next++]!;
  return (size) => packed.joined.slice(next, (next += size));
}

/** `tasks` for one "tasks" message: as they are when few, else in columns. */
export function packTasks(tasks: PoolTask[]): PoolTask[] | TaskColumns {
  if (tasks.length < COLUMNS_FROM) return tasks;
  const columns: TaskColumns = { runs: [], index: [], start: [], sizes: [], items: { each: [] }, flows: null };
  const parts: Pickled[][] = [];
  let run: TaskColumns["runs"][number] | null = null;
  for (const [i, task] of tasks.entries()) {
    if (run === null || run.job !== task.job) {
      run = { job: task.job, func: task.func, star: task.star, count: 0 };
      columns.runs.push(run);
    }
    run.count += 1;
    columns.index.push(task.index);
    columns.start.push(task.start);
    columns.sizes.push(task.items.length);
    parts.push(task.items);
    if (task.flow !== 0) (columns.flows ??= new Array<number>(tasks.length).fill(0))[i] = task.flow;
  }
  columns.items = packArrays(parts);
  return columns;
}

/** Appends the tasks of a "tasks" message to `into`, in order. */
export function unpackTasks(columns: PoolTask[] | TaskColumns, into: PoolTask[]): void {
  if (Array.isArray(columns)) {
    appendAll(into, columns);
    return;
  }
  const items = unpackArrays(columns.items);
  let i = 0;
  for (const { job, func, star, count } of columns.runs) {
    for (const end = i + count; i < end; i++) {
      into.push({ job, index: columns.index[i]!, start: columns.start[i]!, func, star, items: items(columns.sizes[i]!), flow: columns.flows?.[i] ?? 0 });
    }
  }
}

/**
 * `results` for one "results" message, their values pickled: as they are when few, else in
 * columns. Throws what pickle throws for a value it cannot send.
 */
export function packResults(results: readonly PoolTaskResult[]): PoolTaskResult[] | ResultColumns {
  if (results.length < COLUMNS_FROM) return results.map((result) => (result.ok ? { ...result, values: pickle(result.values, "message", []) as Pickled[] } : result));
  const columns: ResultColumns = { job: [], index: [], sizes: [], values: { each: [] }, errors: [], flows: null };
  const parts: Pickled[][] = [];
  for (const [i, result] of results.entries()) {
    columns.job.push(result.job);
    columns.index.push(result.index);
    if (result.ok) {
      const values = pickle(result.values, "message", []) as Pickled[];
      columns.sizes.push(values.length);
      parts.push(values);
    } else {
      columns.sizes.push(-1);
      columns.errors.push(result.error);
    }
    if (result.flow !== 0) (columns.flows ??= new Array<number>(results.length).fill(0))[i] = result.flow;
  }
  columns.values = packArrays(parts);
  return columns;
}

/** The results of a "results" message, in order (their values still pickled). */
export function unpackResults(columns: PoolTaskResult[] | ResultColumns): PoolTaskResult[] {
  if (Array.isArray(columns)) return columns;
  const results: PoolTaskResult[] = [];
  const values = unpackArrays(columns.values);
  let failed = 0;
  columns.job.forEach((job, i) => {
    const index = columns.index[i]!;
    const size = columns.sizes[i]!;
    const flow = columns.flows?.[i] ?? 0;
    if (size < 0) {
      results.push({ job, index, ok: false, error: columns.errors[failed++]!, flow });
    } else {
      results.push({ job, index, ok: true, values: values(size), flow });
    }
  });
  return results;
}
