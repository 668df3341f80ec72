/**
 * Every message that crosses a worker boundary inside a running program, as tagged unions.
 *
 * Four boundaries: the kernel (which owns every process worker, hosts queues and collects output)
 * talking to a process; a process talking to the kernel; a pool's parent talking to one of its
 * workers over a direct MessagePort; and a process talking to a Manager's server process over a
 * MessagePort the kernel brokered. Each side handles its union in one `switch (msg.type)`.
 */
import type { SerializedError } from "./errors.ts";
import type { SlottedEnd } from "./internal/slotted-port.ts";
import type { TraceEvent } from "./trace.ts";

/** A value prepared for structured clone by `pickle.ts` (functions by name, handles by id). */
export type Pickled = unknown;

/** What a new process worker is for. */
export type ProcessRole =
  | { kind: "main" }
  /** `target` and `initializer`: a function's exported name (pickle.ts, `functionName`). */
  | { kind: "process"; target: string; args: Pickled[] }
  | {
      kind: "pool-worker";
      /** The worker's end of its channel to the pool. */
      end: SlottedEnd;
      initializer: string | null;
      initargs: Pickled[];
      maxtasksperchild: number | null;
    }
  /** A Manager's server process: it serves proxies' calls until shut down. */
  | { kind: "manager" };

/** Identity of a process as other processes see it. */
export interface ProcessInfo {
  pid: number;
  name: string;
  daemon: boolean;
}

/** Shared memory every process of one program receives at boot. */
export interface SharedCells {
  /** Per-process attention flag: 0 running, 1 interrupt pending, 2 halt (Stop pressed twice). */
  flag: Int32Array;
  /** Program-wide pid counter. */
  pids: Int32Array;
}

/** Kernel to process. */
export type KernelToProcess =
  | {
      type: "boot";
      /** A blob URL of the compiled program, an ES module (the kernel's, for every process of the run). */
      url: string;
      /** The file name tracebacks show for the program. */
      fileName: string;
      info: ProcessInfo;
      parent: ProcessInfo | null;
      role: ProcessRole;
      flag: Int32Array;
      pids: Int32Array;
      programStart: number;
      trace: boolean;
    }
  | { type: "child-exit"; pid: number; exitcode: number }
  | { type: "queue-reply"; req: number; ok: true; value: Pickled }
  | { type: "queue-reply"; req: number; ok: false; error: SerializedError }
  | { type: "interrupt" }
  /** The end of a channel to the process asked for with "connect", or null when that process is gone. */
  | { type: "connect-reply"; req: number; end: SlottedEnd | null }
  /** To a manager process: a new client (process `from`) at the other end of `end`. */
  | { type: "accept"; end: SlottedEnd; from: number }
  /** To a manager process: its client, process `pid`, has exited. */
  | { type: "client-exit"; pid: number }
  /** A process this one connected to has exited. */
  | { type: "peer-exit"; pid: number };

/** One line a process printed. */
export interface OutputLine {
  pid: number;
  stream: "stdout" | "stderr";
  text: string;
}

/** The operations of a Manager's queues, which its server serves with manager/queue-server.ts. */
export type QueueOp =
  | { op: "create"; maxsize: number; joinable: boolean }
  | { op: "put"; item: Pickled; block: boolean; timeout: number | null; flow: number }
  | { op: "get"; block: boolean; timeout: number | null }
  | { op: "unget"; item: Pickled; flow: number }
  | { op: "cancel"; target: number }
  | { op: "qsize" }
  | { op: "task-done" }
  | { op: "join" };

/** Process to kernel. */
export type ProcessToKernel =
  | {
      type: "spawn";
      info: ProcessInfo;
      parentPid: number;
      role: ProcessRole;
    }
  /** The process has loaded the runtime and the program, which begins to run. */
  | { type: "started" }
  | { type: "exit"; pid: number; exitcode: number }
  | { type: "kill"; pid: number; signal: 9 | 15 }
  | { type: "io"; lines: OutputLine[]; events: TraceEvent[] }
  /**
   * A program queue's items that its shared memory cannot carry (queue.ts): the queue's memory
   * (the kernel puts items back through it), an item under the number its put took, a take of the
   * item a get claimed (answered with a queue-reply), and a take withdrawn by KeyboardInterrupt.
   */
  | { type: "queue-create"; qid: string; memory: SharedArrayBuffer }
  | { type: "queue-put"; qid: string; seq: number; item: Pickled; flow: number }
  | { type: "queue-take"; req: number; qid: string; seq: number }
  | { type: "queue-withdraw"; qid: string; seq: number }
  /** Asks for a direct MessagePort to process `target` (a Manager's server). */
  | { type: "connect"; req: number; target: number };

/** One task sent to a pool worker: a chunk of calls of one function. */
export interface PoolTask {
  job: number;
  /** Index of the chunk within its job. */
  index: number;
  /** Position of the chunk's first item in the input. */
  start: number;
  /**
   * The function's exported name, by which the worker finds it, as pickle sends a function by
   * reference. A string, so that a message of several tasks of one function stays plain data
   * (internal/slotted-port.ts).
   */
  func: string;
  /** How to call: `func(item)` (map, imap) or `func(...item)` (starmap, apply). */
  star: boolean;
  /**
   * One item per call in the chunk: the argument itself, or the argument list when `star`. Single
   * arguments travel as a flat array because structured clone copies one array of 100,000 numbers
   * some twenty times faster than 100,000 one-element arrays.
   */
  items: Pickled[];
  /** Flow id joining the dispatch to the task on the timeline; 0 records no arrow (tiny tasks). */
  flow: number;
}

/**
 * A pool worker's runs of quick tasks, seven slots per run (name, start, end, tasks, items, chunk,
 * first item): pool/task-spans.ts writes and reads them.
 */
export type QuickRuns = (string | number)[];

/** A finished task. */
export type PoolTaskResult =
  | { job: number; index: number; ok: true; values: Pickled[]; flow: number }
  | { job: number; index: number; ok: false; error: SerializedError; flow: number };

/** Several tasks' items or values: joined end to end (many small tasks) or one array each. */
export type PackedArrays = { joined: Pickled[] } | { each: Pickled[][] };

/**
 * Many tasks as they travel to a worker, in columns (pool/task-columns.ts): structured clone copies
 * an object per task some fifteen times slower than numbers in arrays, and the pool's process spent
 * most of a chunksize-1 map copying task and result objects. Consecutive tasks of one job share
 * a run (its function and how to call it); task i has `sizes[i]` items.
 */
export interface TaskColumns {
  runs: { job: number; func: string; star: boolean; count: number }[];
  index: number[];
  start: number[];
  sizes: number[];
  items: PackedArrays;
  /** Each task's flow id, or null when none has one. */
  flows: number[] | null;
}

/**
 * Many finished tasks as they travel to the pool, in columns as tasks do: a task that succeeded has
 * `sizes[i]` values in `values`; one that failed has size -1 and the next entry of `errors`.
 */
export interface ResultColumns {
  job: number[];
  index: number[];
  sizes: number[];
  values: PackedArrays;
  errors: SerializedError[];
  flows: number[] | null;
}

/** Pool parent to worker. */
export type PoolToWorker = { type: "tasks"; tasks: PoolTask[] | TaskColumns } | { type: "sentinel" };

/** Pool worker to parent. */
export type WorkerToPool =
  /** `retiring`: the worker leaves after these (maxtasksperchild reached). */
  /** `events`: the worker's trace events since its last batch, for the pool's process to pass on. */
  | { type: "results"; results: PoolTaskResult[] | ResultColumns; busyMicros: number; retiring: boolean; events: TraceEvent[]; quickRuns: QuickRuns }
  /** The worker leaves (after the sentinel); nothing more comes on its port. */
  | { type: "retiring" }
  | { type: "init-failed"; error: SerializedError; bootstrap: boolean };

/** A proxy's request to a Manager's server. `obj` is the id of the served object ("" for the manager). */
export type ClientToManager =
  | { type: "call"; req: number; obj: string; method: string; args: Pickled[]; flow: number }
  /** Abandons a waiting call (KeyboardInterrupt in the caller). */
  | { type: "cancel"; req: number };

/** A Manager's server answering one call; `flow` 0 means no arrow on the timeline. */
export type ManagerToClient =
  | { type: "reply"; req: number; ok: true; value: Pickled; flow: number }
  | { type: "reply"; req: number; ok: false; error: SerializedError; flow: number };
