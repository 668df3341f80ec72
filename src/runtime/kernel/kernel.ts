/**
 * The kernel of one running program: what the operating system does for CPython's processes.
 *
 * It owns every process worker (flat: a browser does not stop the busy nested workers of a
 * terminated worker, so no process creates workers itself), starts them on request, reports exits
 * to parents, keeps the queue items that shared memory cannot carry, brokers direct ports to
 * Manager servers (and tells each side when the other exits), enforces the process limit, collects
 * output and trace events, and implements Stop: the first Stop is Ctrl-C (KeyboardInterrupt
 * everywhere), the second, or two seconds later, ends every process.
 */
import { serializeError } from "../errors.ts";
import type { KernelToProcess, OutputLine, ProcessInfo, ProcessRole, ProcessToKernel } from "../protocol.ts";
import type { TraceEvent } from "../trace.ts";
import { QueueOverflow } from "./queue-overflow.ts";
import type { ProcessHost } from "./process-host.ts";
import { appendAll } from "../internal/append-all.ts";
import { slottedChannel } from "../internal/slotted-port.ts";
import { EVENT_DELAY_MS, FlushTimer, LINE_DELAY_MS } from "../internal/flush-timer.ts";

/** Output and trace events since the last batch. */
export interface IoBatch {
  /** 1, 2, 3 ... in the order the kernel sent them (they travel on more than one channel). */
  seq: number;
  lines: OutputLine[];
  events: TraceEvent[];
  /** Lines dropped so far because the output cap was reached. */
  dropped: number;
}

/** How a program ended. */
export interface ProgramExit {
  /** The main process's exit code (130 after Stop, like a shell after Ctrl-C). */
  exitcode: number;
  /** True when Stop ended the program. */
  stopped: boolean;
  /** Wall time from start to end, in milliseconds. */
  wallMs: number;
}

/** What `Kernel.run()` resolves with. */
export interface ProgramEnd {
  exit: ProgramExit;
  /** Output and trace events not yet handed to `onIo`. */
  lastBatch: IoBatch;
}

/** Options of a kernel run. */
export interface KernelOptions {
  /** The compiled program (an ES module with placeholders for the runtime's modules). */
  code: string;
  /** The file name tracebacks show. @default "main.ts" */
  fileName?: string;
  /** Record trace events. @default true */
  trace?: boolean;
  /** Output lines kept before the rest is counted as dropped. @default 10000 */
  maxLines?: number;
  /**
   * Receives output and trace events while the program runs, at most once per frame. What is left
   * at the end comes with the exit instead (`ProgramEnd.lastBatch`), so it cannot arrive after it.
   */
  onIo: (batch: IoBatch) => void;
}

/** How long after the first Stop the program is ended outright. */
export const STOP_GRACE_MS = 2000;

const FLAG_INTERRUPT = 1;
const FLAG_HALT = 2;

interface ProcessEntry {
  info: ProcessInfo;
  parentPid: number;
  worker: ProcessHost;
  flag: Int32Array;
  exitcode: number | null;
  /** Loaded the runtime and the program (the "started" message). */
  started: boolean;
}

function createProcessWorker(): Worker {
  return new Worker(new URL("../process-worker.ts", import.meta.url), { type: "module" });
}

/**
 * A process worker that loaded the runtime before the first program arrived: the page starts one
 * beside the session worker for the first Run's main process (see process-host.ts). Runs keep none
 * for the next one: after a run no worker is left.
 */
let ready: ProcessHost | null = null;

/** Keeps `host` for the next run's main process. */
export function handOverProcessWorker(host: ProcessHost): void {
  ready?.terminate();
  ready = host;
}

function readyOrNewWorker(): ProcessHost {
  const worker = ready ?? createProcessWorker();
  ready = null;
  return worker;
}

/** Runs one program; create a new kernel for every run. */
export class Kernel {
  readonly #options: Required<KernelOptions>;
  readonly #processes = new Map<number, ProcessEntry>();
  readonly #queues: QueueOverflow;
  /** For each process others connected to (Manager servers): the pids of its clients. */
  readonly #clients = new Map<number, Set<number>>();
  readonly #pids = new Int32Array(new SharedArrayBuffer(8));
  readonly #programStart = performance.timeOrigin + performance.now();
  #spare: ProcessHost | null = null;
  /** The program as one blob every process imports: made once, not once per process start. */
  readonly #programUrl: string;
  #lines: OutputLine[] = [];
  #events: TraceEvent[] = [];
  #kept = 0;
  #dropped = 0;
  readonly #flushTimer = new FlushTimer(() => this.#flush());
  #startOrder = 0;
  #stopRequested = false;
  #graceTimer: ReturnType<typeof setTimeout> | null = null;
  #finish: ((end: ProgramEnd) => void) | null = null;
  #finished = false;
  #batches = 0;
  /** Whether a batch with printed lines has gone out. */
  #printed = false;

  constructor(options: KernelOptions) {
    if (typeof SharedArrayBuffer === "undefined") {
      throw new Error("This page is not cross-origin isolated, so processes cannot share memory. Reload the page; if it persists, the site is served without the COOP/COEP headers.");
    }
    this.#options = { fileName: "main.ts", trace: true, maxLines: 10_000, ...options };
    this.#programUrl = URL.createObjectURL(new Blob([options.code], { type: "text/javascript" }));
    this.#queues = new QueueOverflow((pid, req, result) => {
      const message: KernelToProcess = result.ok
        ? { type: "queue-reply", req, ok: true, value: result.value }
        : { type: "queue-reply", req, ok: false, error: serializeError(result.error) };
      this.#post(pid, message);
    });
    this.#pids[0] = 100;
  }

  /** Starts the main process and resolves when the program has ended. */
  run(): Promise<ProgramEnd> {
    const done = new Promise<ProgramEnd>((resolve) => (this.#finish = resolve));
    const pid = Atomics.add(this.#pids, 0, 1) + 1;
    Atomics.add(this.#pids, 1, 1);
    this.#spawn({ pid, name: "MainProcess", daemon: false }, 0, { kind: "main" }, []);
    return done;
  }

  /** Stop: the first call interrupts (KeyboardInterrupt), the second, or the grace period, halts. */
  stop(): void {
    if (this.#finished) return;
    if (this.#stopRequested) return this.halt();
    this.#stopRequested = true;
    for (const entry of this.#live()) {
      Atomics.compareExchange(entry.flag, 0, 0, FLAG_INTERRUPT);
      this.#post(entry.info.pid, { type: "interrupt" });
    }
    this.#graceTimer = setTimeout(() => this.halt(), STOP_GRACE_MS);
  }

  /** Processes alive now. */
  liveCount(): number {
    return this.#live().length;
  }

  #live(): ProcessEntry[] {
    return [...this.#processes.values()].filter((entry) => entry.exitcode === null);
  }

  /**
   * A worker for a new process: the spare, which has had time to load the runtime, if there is one.
   * The next spare starts loading once no process is loading (see "started"): loading it beside a
   * starting process took a core from that start and made it two to three times slower.
   */
  #takeWorker(): ProcessHost {
    const worker = this.#spare ?? readyOrNewWorker();
    this.#spare = null;
    return worker;
  }

  /** Loads the next spare once no process is loading. */
  #started(entry: ProcessEntry): void {
    if (entry.started) return;
    entry.started = true;
    if (this.#spare === null && !this.#finished && this.#live().every((live) => live.started)) this.#spare = readyOrNewWorker();
  }

  #spawn(info: ProcessInfo, parentPid: number, role: ProcessRole, transfer: Transferable[]): void {
    const worker = this.#takeWorker();
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const entry: ProcessEntry = { info, parentPid, worker, flag, exitcode: null, started: false };
    this.#processes.set(info.pid, entry);
    worker.onmessage = (event: MessageEvent<ProcessToKernel>) => this.#onMessage(entry, event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.#emitLine({ pid: info.pid, stream: "stderr", text: `Process ${info.name} could not start: ${event.message}` });
      this.#exited(entry, 1);
    };
    this.#startOrder += 1;
    this.#recordMeta(info, this.#startOrder);
    worker.postMessage(
      {
        type: "boot",
        url: this.#programUrl,
        fileName: this.#options.fileName,
        info,
        parent: this.#processes.get(parentPid)?.info ?? null,
        role,
        flag,
        pids: this.#pids,
        programStart: this.#programStart,
        trace: this.#options.trace,
      } satisfies KernelToProcess,
      transfer,
    );
    if (this.#stopRequested) {
      Atomics.store(flag, 0, FLAG_INTERRUPT);
      this.#post(info.pid, { type: "interrupt" });
    }
  }

  #onMessage(entry: ProcessEntry, message: ProcessToKernel): void {
    switch (message.type) {
      case "spawn": {
        const transfer = message.role.kind === "pool-worker" ? [message.role.end.port] : [];
        this.#spawn(message.info, message.parentPid, message.role, [...transfer, ...collectPorts(message.role)]);
        break;
      }
      case "started":
        this.#started(entry);
        break;
      case "exit":
        this.#exited(entry, message.exitcode);
        break;
      case "kill": {
        const target = this.#processes.get(message.pid);
        if (target && target.exitcode === null) this.#exited(target, -message.signal);
        break;
      }
      case "io":
        for (const line of message.lines) this.#emitLine(line);
        if (message.events.length > 0) appendAll(this.#events, message.events);
        this.#scheduleFlush();
        break;
      case "queue-create":
        this.#queues.create(message.qid, message.memory);
        break;
      case "queue-put":
        this.#queues.put(message.qid, message.seq, { item: message.item, flow: message.flow });
        break;
      case "queue-take":
        this.#queues.take(entry.info.pid, message.req, message.qid, message.seq);
        break;
      case "queue-withdraw":
        this.#queues.withdraw(entry.info.pid, message.qid, message.seq);
        break;
      case "connect":
        this.#connect(entry.info.pid, message.req, message.target);
        break;
    }
  }

  /** Ends a process: stops its worker, tells its parent, and ends the program with the main one. */
  #exited(entry: ProcessEntry, exitcode: number): void {
    if (entry.exitcode !== null) return;
    entry.exitcode = exitcode;
    this.#started(entry); // one that ended while loading holds the next spare back no longer
    Atomics.store(entry.flag, 0, FLAG_HALT);
    entry.worker.postMessage({ type: "interrupt" } satisfies KernelToProcess, []);
    entry.worker.terminate();
    Atomics.sub(this.#pids, 1, 1);
    this.#queues.dropProcess(entry.info.pid);
    this.#events.push({ ph: "i", ts: this.#now(), pid: entry.info.pid, tid: 0, name: `exit ${exitcode}`, cat: "process", s: "p", args: { exitcode } });
    this.#post(entry.parentPid, { type: "child-exit", pid: entry.info.pid, exitcode });
    for (const client of this.#clients.get(entry.info.pid) ?? []) this.#post(client, { type: "peer-exit", pid: entry.info.pid });
    this.#clients.delete(entry.info.pid);
    for (const [server, clients] of this.#clients) {
      if (clients.delete(entry.info.pid)) this.#post(server, { type: "client-exit", pid: entry.info.pid });
    }
    if (entry.parentPid === 0) this.#end(exitcode, this.#stopRequested);
  }

  /** Ends every process at once, as a second Stop does; the run ends as stopped. */
  halt(): void {
    if (this.#finished) return;
    this.#stopRequested = true;
    const main = [...this.#processes.values()].find((entry) => entry.parentPid === 0);
    for (const entry of this.#live()) {
      if (entry !== main) this.#exited(entry, -9);
    }
    if (main) this.#exited(main, 130);
  }

  #end(exitcode: number, stopped: boolean): void {
    if (this.#finished) return;
    this.#finished = true;
    if (this.#graceTimer !== null) clearTimeout(this.#graceTimer);
    for (const entry of this.#live()) this.#exited(entry, -15);
    this.#spare?.terminate();
    this.#spare = null;
    URL.revokeObjectURL(this.#programUrl);
    const exit = { exitcode: stopped && exitcode !== 0 ? 130 : exitcode, stopped, wallMs: this.#now() / 1000 };
    this.#flushTimer.cancel();
    this.#finish?.({ exit, lastBatch: this.#takeBatch() });
  }

  #post(pid: number, message: KernelToProcess, transfer: Transferable[] = []): void {
    const entry = this.#processes.get(pid);
    if (entry && entry.exitcode === null) entry.worker.postMessage(message, transfer);
  }

  /** Gives process `pid` a direct channel to process `target`, or null if `target` is gone. */
  #connect(pid: number, req: number, target: number): void {
    const server = this.#processes.get(target);
    if (!server || server.exitcode !== null) return this.#post(pid, { type: "connect-reply", req, end: null });
    const [client, served] = slottedChannel();
    this.#post(target, { type: "accept", end: served, from: pid }, [served.port]);
    this.#post(pid, { type: "connect-reply", req, end: client }, [client.port]);
    if (!this.#clients.has(target)) this.#clients.set(target, new Set());
    this.#clients.get(target)!.add(pid);
  }

  #emitLine(line: OutputLine): void {
    if (this.#kept < this.#options.maxLines) {
      this.#kept += 1;
      this.#lines.push(line);
    } else {
      this.#dropped += 1;
    }
  }

  #recordMeta(info: ProcessInfo, order: number): void {
    const ts = this.#now();
    this.#events.push(
      { ph: "M", ts: 0, pid: info.pid, tid: 0, name: "process_name", cat: "process", args: { name: info.name } },
      { ph: "M", ts: 0, pid: info.pid, tid: 0, name: "process_sort_index", cat: "process", args: { sort_index: order } },
      { ph: "i", ts, pid: info.pid, tid: 0, name: "start", cat: "process", s: "p" },
    );
    this.#scheduleFlush();
  }

  #now(): number {
    return Math.round((performance.timeOrigin + performance.now() - this.#programStart) * 1000);
  }

  /**
   * Batches with printed lines go out at most once a frame, trace events alone every 50 ms (as
   * processes send them); the first batch, and the first with a printed line, at once.
   */
  #scheduleFlush(): void {
    if (this.#finished) return;
    if (this.#batches === 0 || (!this.#printed && this.#lines.length > 0)) this.#flush();
    else this.#flushTimer.within(this.#lines.length > 0 ? LINE_DELAY_MS : EVENT_DELAY_MS);
  }

  /** Sends what was collected, if anything. */
  #flush(): void {
    this.#flushTimer.cancel();
    if (this.#lines.length === 0 && this.#events.length === 0) return;
    this.#options.onIo(this.#takeBatch());
  }

  #takeBatch(): IoBatch {
    this.#batches += 1;
    if (this.#lines.length > 0) this.#printed = true;
    const batch: IoBatch = { seq: this.#batches, lines: this.#lines, events: this.#events, dropped: this.#dropped };
    this.#lines = [];
    this.#events = [];
    return batch;
  }
}

/** MessagePorts inside a role's pickled arguments (pipe ends passed to a child) must be transferred. */
function collectPorts(role: ProcessRole): MessagePort[] {
  const ports: MessagePort[] = [];
  const visit = (value: unknown): void => {
    if (value instanceof MessagePort) ports.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) Object.values(value).forEach(visit);
  };
  if (role.kind === "process") visit(role.args);
  if (role.kind === "pool-worker") visit(role.initargs);
  return ports;
}
