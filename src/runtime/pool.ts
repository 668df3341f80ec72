/**
 * `multiprocessing.Pool`: a fixed team of worker processes that run tasks from a shared queue.
 *
 * The parent hands chunks of calls to its workers over direct MessagePorts, small messages through
 * a shared-memory slot beside each (internal/slotted-port.ts). A worker holds a small
 * window of tasks at a time (widened for tiny tasks, so 100,000 trivial calls do not cost 100,000
 * round trips), so a free worker takes the next task, as workers pulling from CPython's inqueue do.
 * Chunking, result order, error propagation, callbacks, close/join/terminate and
 * maxtasksperchild follow CPython 3.13.
 */
import { reraiseRemote, ValueError } from "./errors.ts";
import { nextChildName } from "./internal/context.ts";
import { Waiters } from "./internal/interrupt.ts";
import { scheduleFlush, send, write } from "./internal/kernel-link.ts";
import { cpuCount } from "./platform.ts";
import { functionName, pickle, unpickle } from "./pickle.ts";
import { adoptChild, reserveChild, spawnChild, watchExit } from "./process.ts";
import { ApplyResult, IMapIterator, MapResult, type JobSink } from "./pool/async-result.ts";
import { defaultChunksize, makeChunks } from "./pool/chunking.ts";
import { packTasks, unpackResults } from "./pool/task-columns.ts";
import { quickRunEvents } from "./pool/task-spans.ts";
import { SlottedPort, slottedChannel, watchPorts } from "./internal/slotted-port.ts";
import { formatTraceback } from "./traceback.ts";
import type { PoolTask, PoolToWorker, WorkerToPool } from "./protocol.ts";
import * as trace from "./trace.ts";

/** Options of `new Pool(processes, options)`, Python's keyword arguments. */
export interface PoolOptions {
  /** An exported function each worker calls once when it starts. @default null */
  initializer?: Function | null;
  /** Arguments for the initializer. @default [] */
  initargs?: unknown[];
  /** Tasks (chunks) a worker runs before it is replaced by a fresh one. @default null (never) */
  maxtasksperchild?: number | null;
}

/** Callbacks of apply_async and map_async; they run in this (the parent) process. */
export interface AsyncCallbacks<T> {
  /** Called with the result when the job succeeds. */
  callback?: (value: T) => void;
  /** Called with the error when the job fails. */
  errorCallback?: (error: Error) => void;
}

const defaultPoolOptions: Required<PoolOptions> = { initializer: null, initargs: [], maxtasksperchild: null };

interface WorkerSlot {
  pid: number;
  name: string;
  port: SlottedPort<WorkerToPool, PoolToWorker>;
  inflight: number;
  sent: number;
  /** Takes no more tasks (retiring, failed or being killed). */
  finished: boolean;
  /** Sent its last message ("retiring"): nothing more will come on its port. */
  retired: boolean;
  /** Exit code once the kernel reported the exit. */
  exitcode: number | null;
  /** A successor has been started (or was not needed). */
  replaced: boolean;
}

/** Tasks a worker may hold while tasks take longer than this many microseconds. */
const SLOW_TASK_US = 500;
/**
 * Microseconds of quicker tasks a worker is given at a time: enough that a round trip to the
 * parent is rare beside the work, little enough that the end of a map stays balanced.
 */
const BATCH_US = 4000;
/** The most tasks a worker may hold, however quick they are. */
const MAX_WINDOW = 1024;

export { AsyncResult, IMapIterator } from "./pool/async-result.ts";

/** A pool of worker processes, as `multiprocessing.Pool`. */
export class Pool {
  readonly #processes: number;
  readonly #options: Required<PoolOptions>;
  readonly #workers = new Set<WorkerSlot>();
  /** Tasks not yet dealt out: `#backlog[#backlogHead]` is next (no O(n) shift per task). */
  #backlog: PoolTask[] = [];
  #backlogHead = 0;
  readonly #jobs = new Map<number, JobSink>();
  #state: "RUN" | "CLOSE" | "TERMINATE" = "RUN";
  #nextJob = 0;
  #window = 2;
  #brokenBy: Error | null = null;
  #resultHandlerAlive = true;
  /** Inside #onWorkerMessage (see #watchWorkers). */
  #handling = false;
  readonly #exitWaiters = new Waiters();

  /** Starts `processes` workers (default: `cpuCount()`). */
  constructor(processes: number | null = null, options: PoolOptions = {}) {
    const count = processes ?? cpuCount();
    if (count < 1) throw new ValueError("Number of processes must be at least 1");
    this.#processes = count;
    this.#options = { ...defaultPoolOptions, ...options };
    if (this.#options.maxtasksperchild !== null) this.#window = 1;
    if (this.#options.maxtasksperchild !== null && this.#options.maxtasksperchild < 1) {
      throw new ValueError("maxtasksperchild must be a positive int or None");
    }
    for (let i = 0; i < count; i++) this.#startWorker();
  }

  /** Calls `func(...args)` in a worker and waits for the result. */
  async apply<T>(func: (...args: never[]) => T | Promise<T>, args: unknown[] = []): Promise<Awaited<T>> {
    return this.applyAsync(func, args).get();
  }

  /** Calls `func(...args)` in a worker; the AsyncResult holds the outcome later. */
  applyAsync<T>(func: (...args: never[]) => T | Promise<T>, args: unknown[] = [], callbacks: AsyncCallbacks<Awaited<T>> = {}): ApplyResult<Awaited<T>> {
    this.#checkRunning();
    const result = new ApplyResult<Awaited<T>>(this.#runCallback, this.#watchWorkers, callbacks.callback, callbacks.errorCallback);
    this.#submit(result, func, [[...args]], true, 1);
    return result;
  }

  /** `func(x)` for every x, in parallel; results in input order. */
  async map<A, T>(func: (arg: A) => T | Promise<T>, iterable: Iterable<A>, chunksize: number | null = null): Promise<Awaited<T>[]> {
    return this.mapAsync(func, iterable, chunksize).get();
  }

  /** map, returning an AsyncResult at once. */
  mapAsync<A, T>(func: (arg: A) => T | Promise<T>, iterable: Iterable<A>, chunksize: number | null = null, callbacks: AsyncCallbacks<Awaited<T>[]> = {}): MapResult<Awaited<T>> {
    return this.#mapJob(func, Array.from(iterable), false, chunksize, callbacks);
  }

  /** `func(...args)` for every argument list, in parallel; results in input order. */
  async starmap<T>(func: (...args: never[]) => T | Promise<T>, iterable: Iterable<unknown[]>, chunksize: number | null = null): Promise<Awaited<T>[]> {
    return this.starmapAsync(func, iterable, chunksize).get();
  }

  /** starmap, returning an AsyncResult at once. */
  starmapAsync<T>(func: (...args: never[]) => T | Promise<T>, iterable: Iterable<unknown[]>, chunksize: number | null = null, callbacks: AsyncCallbacks<Awaited<T>[]> = {}): MapResult<Awaited<T>> {
    return this.#mapJob(func, Array.from(iterable, (args) => [...args]), true, chunksize, callbacks);
  }

  /** Results of `func(x)` one by one, in input order, as they become available. */
  imap<A, T>(func: (arg: A) => T | Promise<T>, iterable: Iterable<A>, chunksize = 1): IMapIterator<Awaited<T>> {
    return this.#iterJob(func, iterable, chunksize, true);
  }

  /** Results of `func(x)` one by one, in the order they finish. */
  imapUnordered<A, T>(func: (arg: A) => T | Promise<T>, iterable: Iterable<A>, chunksize = 1): IMapIterator<Awaited<T>> {
    return this.#iterJob(func, iterable, chunksize, false);
  }

  /** No more tasks will be submitted; workers exit when the queued ones are done. */
  close(): void {
    if (this.#state === "RUN") this.#state = "CLOSE";
    this.#sendSentinelsIfDrained();
  }

  /** Stops the workers at once; unfinished results never arrive. */
  terminate(): void {
    this.#state = "TERMINATE";
    this.#backlog = [];
    this.#backlogHead = 0;
    for (const worker of this.#workers) this.#kill(worker);
  }

  /** Waits for the workers to exit; call close() or terminate() first. */
  async join(): Promise<void> {
    if (this.#state === "RUN") throw new ValueError("Pool is still running");
    const start = trace.mark();
    while (this.#workers.size > 0) {
      await this.#exitWaiters.wait();
    }
    trace.span("join pool", "wait", start);
  }

  /** Leaving `await using pool = new Pool()` terminates the pool, as Python's `with Pool()` does. */
  async [Symbol.asyncDispose](): Promise<void> {
    this.terminate();
    await this.join();
  }

  #mapJob<T>(func: Function, items: unknown[], star: boolean, chunksize: number | null, callbacks: AsyncCallbacks<T[]>): MapResult<T> {
    this.#checkRunning();
    const size = chunksize ?? defaultChunksize(items.length, this.#processes);
    const chunks = items.length === 0 ? 0 : Math.ceil(items.length / size);
    const result = new MapResult<T>(items.length, chunks, size, this.#runCallback, this.#watchWorkers, callbacks.callback, callbacks.errorCallback);
    if (chunks > 0) this.#submit(result, func, items, star, size);
    return result;
  }

  #iterJob<T>(func: Function, iterable: Iterable<unknown>, chunksize: number, ordered: boolean): IMapIterator<T> {
    this.#checkRunning();
    if (chunksize < 1) throw new ValueError(`Chunksize must be 1+, not ${chunksize}`);
    const items = Array.from(iterable);
    const iterator = new IMapIterator<T>(Math.ceil(items.length / chunksize), ordered, chunksize, this.#watchWorkers);
    if (items.length > 0) this.#submit(iterator, func, items, false, chunksize);
    return iterator;
  }

  #checkRunning(): void {
    if (this.#state !== "RUN") throw new ValueError("Pool not running");
  }

  #submit(sink: JobSink, func: Function, items: unknown[], star: boolean, chunksize: number): void {
    const job = this.#nextJob++;
    const chunks = makeChunks(items, chunksize);
    let funcName: string;
    let packed: unknown[][];
    try {
      funcName = functionName(func);
      // An array of plain values comes back as it is: no copy per chunk.
      packed = chunks.map((chunk) => pickle(chunk.items, "task", []) as unknown[]);
    } catch (error) {
      queueMicrotask(() => sink.chunkDone(0, false, error as Error));
      return;
    }
    if (this.#brokenBy) {
      const error = this.#brokenBy;
      queueMicrotask(() => sink.chunkDone(0, false, error));
      return;
    }
    this.#jobs.set(job, sink);
    chunks.forEach((chunk, index) => {
      this.#backlog.push({ job, index, start: chunk.start, func: funcName, star, items: packed[index]!, flow: 0 });
    });
    this.#dispatch();
  }

  /**
   * Deals queued tasks one at a time to the least loaded worker with room in its window, as
   * workers pulling one task at a time from CPython's shared queue would share them out.
   */
  #dispatch(): void {
    const max = this.#options.maxtasksperchild;
    const batches = new Map<WorkerSlot, PoolTask[]>();
    while (this.#pendingTasks() > 0) {
      let best: WorkerSlot | null = null;
      for (const worker of this.#workers) {
        if (worker.finished || worker.inflight >= this.#window) continue;
        if (max !== null && worker.sent >= max) continue;
        if (!best || worker.inflight < best.inflight) best = worker;
      }
      if (!best) break;
      const task = this.#backlog[this.#backlogHead++]!;
      best.inflight += 1;
      best.sent += 1;
      // Arrows only while tasks are slow enough to tell apart; tiny tasks would flood the trace.
      if (this.#window <= 2) {
        task.flow = trace.newFlowId();
        trace.flowStart(task.flow, "task");
      }
      const batch = batches.get(best);
      if (batch) batch.push(task);
      else batches.set(best, [task]);
    }
    if (this.#backlogHead > 1024 && this.#backlogHead * 2 > this.#backlog.length) {
      this.#backlog = this.#backlog.slice(this.#backlogHead);
      this.#backlogHead = 0;
    }
    for (const [worker, tasks] of batches) worker.port.post({ type: "tasks", tasks: packTasks(tasks) });
    this.#sendSentinelsIfDrained();
  }

  #pendingTasks(): number {
    return this.#backlog.length - this.#backlogHead;
  }

  #sendSentinelsIfDrained(): void {
    if (this.#state !== "CLOSE" || this.#pendingTasks() > 0) return;
    for (const worker of this.#workers) {
      if (!worker.finished) worker.port.post({ type: "sentinel" });
    }
  }

  #startWorker(): void {
    const pid = reserveChild();
    const name = nextChildName("SpawnPoolWorker");
    const [mine, theirs] = slottedChannel();
    const transfer: Transferable[] = [theirs.port];
    const initializer = this.#options.initializer ? functionName(this.#options.initializer) : null;
    const initargs = this.#options.initargs.map((arg) => pickle(arg, "spawn", transfer));
    const info = { pid, name, daemon: true };
    spawnChild(
      info,
      { kind: "pool-worker", end: theirs, initializer, initargs, maxtasksperchild: this.#options.maxtasksperchild },
      transfer,
    );
    const port = new SlottedPort<WorkerToPool, PoolToWorker>(mine, { hintsSmall: true });
    const worker: WorkerSlot = { pid, name, port, inflight: 0, sent: 0, finished: false, retired: false, exitcode: null, replaced: false };
    this.#workers.add(worker);
    port.onmessage = (message) => this.#onWorkerMessage(worker, message);
    watchExit(pid, (exitcode) => this.#onWorkerExit(worker, exitcode));
    adoptChild(info);
  }

  #onWorkerMessage(worker: WorkerSlot, message: WorkerToPool): void {
    this.#handling = true;
    try {
      this.#handleWorkerMessage(worker, message);
    } finally {
      this.#handling = false;
    }
  }

  #handleWorkerMessage(worker: WorkerSlot, message: WorkerToPool): void {
    switch (message.type) {
      case "results": {
        // A retiring worker's successor starts before its last results reach user code, which
        // might close the pool at once.
        if (message.retiring) this.#retire(worker);
        if (message.events.length > 0 || message.quickRuns.length > 0) {
          trace.adopt(message.events);
          trace.adopt(quickRunEvents(worker.pid, message.quickRuns));
          scheduleFlush();
        }
        const results = unpackResults(message.results);
        for (const result of results) {
          worker.inflight -= 1;
          if (result.flow !== 0) trace.flowEnd(result.flow, "result");
          if (!this.#resultHandlerAlive) continue;
          const sink = this.#jobs.get(result.job);
          if (!sink) continue;
          if (result.ok) sink.chunkDone(result.index, true, unpickle(result.values) as unknown[]);
          else sink.chunkDone(result.index, false, reraiseRemote(result.error));
        }
        this.#adaptWindow(results.length, message.busyMicros);
        this.#dispatch();
        break;
      }
      case "retiring":
        this.#retire(worker);
        break;
      case "init-failed":
        worker.finished = true;
        this.#brokenBy = reraiseRemote(message.error);
        for (const [job, sink] of this.#jobs) {
          sink.chunkDone(0, false, this.#brokenBy);
          this.#jobs.delete(job);
        }
        break;
    }
  }

  /**
   * Quick tasks get a window of about BATCH_US of work, so round trips do not dominate (a worker
   * waits for its next batch while the parent handles its results); slow ones keep it at 2. With
   * maxtasksperchild a worker holds one task at a time, so a retiring worker hoards none.
   */
  #adaptWindow(tasks: number, busyMicros: number): void {
    if (tasks === 0 || this.#options.maxtasksperchild !== null) return;
    const perTask = busyMicros / tasks;
    this.#window = perTask >= SLOW_TASK_US ? 2 : Math.max(2, Math.min(MAX_WINDOW, Math.floor(BATCH_US / perTask)));
  }

  #retire(worker: WorkerSlot): void {
    worker.finished = true;
    worker.retired = true;
    this.#replace(worker);
    if (worker.exitcode !== null) this.#remove(worker);
  }

  /** A clean exit waits for the worker's "retiring" message, which may still be on its way. */
  #onWorkerExit(worker: WorkerSlot, exitcode: number): void {
    worker.finished = true;
    worker.exitcode = exitcode;
    if (exitcode !== 0 || worker.retired) this.#remove(worker);
  }

  #remove(worker: WorkerSlot): void {
    worker.port.close();
    this.#workers.delete(worker);
    this.#replace(worker);
    this.#exitWaiters.wakeAll();
    this.#dispatch();
  }

  /** Starts a successor for a worker that leaves (once), as CPython's pool maintenance does. */
  #replace(worker: WorkerSlot): void {
    if (worker.replaced) return;
    worker.replaced = true;
    if (this.#brokenBy) return;
    if (this.#state === "RUN" || (this.#state === "CLOSE" && this.#pendingTasks() > 0)) this.#startWorker();
  }

  #kill(worker: WorkerSlot): void {
    worker.finished = true;
    send({ type: "kill", pid: worker.pid, signal: 15 });
  }

  /**
   * Watches the workers' slots until `ready()` or `micros` pass (see AsyncResult's wait); not
   * from inside the handling of a message (a callback that starts a wait), which would deliver
   * later results before the rest of that message's.
   */
  #watchWorkers = (ready: () => boolean, micros?: number): boolean => {
    if (this.#handling) return false;
    return watchPorts(Array.from(this.#workers, (worker) => worker.port), ready, micros);
  };

  /**
   * Runs a callback in the result handler. An exception there kills the handler, as it kills
   * CPython's result-handler thread: the traceback is printed and no later result arrives.
   */
  #runCallback = (callback: () => void): void => {
    try {
      callback();
    } catch (error) {
      this.#resultHandlerAlive = false;
      write("stderr", `Exception in thread Thread-3 (_handle_results):\n${formatTraceback(error)}`);
    }
  };
}
