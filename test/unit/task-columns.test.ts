// Pool tasks and results cross between the pool and a worker as objects when few and in columns
// when many; unpacked, they are the objects that were packed, in order, whatever their jobs,
// sizes, flows and failures.
import { test } from "node:test";
import assert from "node:assert/strict";
import { packResults, packTasks, unpackResults, unpackTasks } from "../../src/runtime/pool/task-columns.ts";
import type { PoolTask, PoolTaskResult, ResultColumns, TaskColumns } from "../../src/runtime/protocol.ts";

/** `tasks` after a trip through packing, structured clone and unpacking. */
function roundTrip(tasks: PoolTask[]): PoolTask[] {
  const into: PoolTask[] = [];
  unpackTasks(structuredClone(packTasks(tasks)), into);
  return into;
}

/** Packs tasks that are many enough for columns. */
function columnsOf(tasks: PoolTask[]): TaskColumns {
  const packed = packTasks(tasks);
  assert.ok(!Array.isArray(packed), "many tasks travel in columns");
  return packed;
}

const small = (job: number, index: number, func = "square", items: unknown[] = [index], flow = 0): PoolTask => ({ job, index, start: index, func, star: false, items, flow });

test("a few tasks travel as they are, for the shared-memory slot's JSON", () => {
  const tasks = [small(1, 0), small(1, 1, "square", [1], 7000001)];
  assert.equal(packTasks(tasks), tasks);
  assert.deepEqual(roundTrip(tasks), tasks);
});

test("many tasks of several jobs, sizes and flows come back as they were sent", () => {
  const tasks: PoolTask[] = [
    small(1, 0, "square", [1, 2, 3]),
    small(1, 1, "square", [4]),
    { job: 2, index: 0, start: 0, func: "add", star: true, items: [[1, 2], [3, 4]], flow: 7000001 },
    { job: 2, index: 1, start: 2, func: "add", star: true, items: [], flow: 0 },
    ...Array.from({ length: 8 }, (_, i) => small(1, i + 2, "square", [{ x: i }])),
  ];
  const columns = columnsOf(tasks);
  assert.equal(columns.runs.length, 3, "consecutive tasks of one job share a run");
  assert.deepEqual(columns.flows?.slice(0, 4), [0, 0, 7000001, 0]);
  assert.deepEqual(roundTrip(tasks), tasks);
});

test("a batch without arrows carries no flow column", () => {
  assert.equal(columnsOf(Array.from({ length: 10 }, (_, i) => small(1, i))).flows, null);
});

test("thousands of one-item tasks pack into one flat array of their items", () => {
  const tasks = Array.from({ length: 10_000 }, (_, i) => small(1, i));
  assert.deepEqual(columnsOf(tasks).items, { joined: tasks.map((task) => task.items[0]) });
  assert.deepEqual(roundTrip(tasks), tasks);
});

test("big chunks travel as they are, one array each, not copied into one", () => {
  const tasks = Array.from({ length: 8 }, (_, i) => small(1, i, "f", Array.from({ length: 1000 }, (_, n) => n)));
  const columns = columnsOf(tasks);
  assert.ok("each" in columns.items && columns.items.each[0] === tasks[0]!.items);
  assert.deepEqual(roundTrip(tasks), tasks);
});

test("results, failed ones among them, come back in order with their values and errors", () => {
  const failed = (index: number, name: string): PoolTaskResult => ({ job: 3, index, ok: false, error: { name, message: "bad", stack: `${name}: bad` }, flow: 0 });
  const results: PoolTaskResult[] = [
    { job: 3, index: 0, ok: true, values: [1, 4, 9], flow: 0 },
    failed(1, "ValueError"),
    { job: 4, index: 0, ok: true, values: [], flow: 12 },
    failed(2, "KeyError"),
    ...Array.from({ length: 8 }, (_, i): PoolTaskResult => ({ job: 3, index: i + 3, ok: true, values: [[16], "x"], flow: 0 })),
  ];
  const packed = packResults(results);
  assert.ok(!Array.isArray(packed), "many results travel in columns");
  assert.equal((packed as ResultColumns).errors.length, 2);
  assert.deepEqual(unpackResults(structuredClone(packed)), results);
  const few = results.slice(0, 4);
  assert.ok(Array.isArray(packResults(few)), "a few results travel as they are");
  assert.deepEqual(unpackResults(structuredClone(packResults(few))), few);
});

test("a value that cannot be sent makes packing throw, for the worker to send results one by one", () => {
  const unsendable: PoolTaskResult = { job: 1, index: 0, ok: true, values: [() => 1], flow: 0 };
  assert.throws(() => packResults([unsendable]), /PicklingError|pickle/i);
  assert.throws(() => packResults(Array.from({ length: 10 }, () => unsendable)), /PicklingError|pickle/i);
});
