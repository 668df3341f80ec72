/**
 * Turns a program's trace (Chrome Trace Events, arriving in batches while it runs) into what a
 * timeline draws: one lane per process, sub-rows for its threads, bars for spans, arrows for
 * messages and marks for instants.
 *
 * Lanes are ordered as Python would list the processes: MainProcess first, then children in start
 * order (the kernel's `process_sort_index`), named by `process_name`. Appending a batch only
 * touches the rows it adds to, so a trace of 100,000 events costs no more per batch than a small one.
 */
import type { TraceCategory, TraceEvent } from "../runtime/trace.ts";
import { SpanIndex } from "./span-index.ts";

/** What a bar's time was spent on (every category but process lifetimes). */
export type BarKind = Exclude<TraceCategory, "process">;

/** Every bar kind, in legend order. */
export const barKinds: readonly BarKind[] = ["compute", "wait", "io", "startup", "thread"];

/** One span of a process or thread. Times are microseconds since the program started. */
export interface Bar {
  pid: number;
  tid: number;
  start: number;
  end: number;
  kind: BarKind;
  /** The span's name: the function for tasks, the operation for waits ("get", "join ..."). */
  label: string;
  args: Record<string, unknown> | undefined;
}

/** A thread row inside a process lane; tid 0 is the process's main thread. */
export interface Row {
  tid: number;
  name: string;
  bars: SpanIndex<Bar>;
}

/** A moment in a process (start, exit, or a recorded instant). */
export interface Instant {
  pid: number;
  ts: number;
  name: string;
}

/** One process. */
export interface Lane {
  pid: number;
  /** The Python name, e.g. "SpawnPoolWorker-1"; "pid N" until the metadata arrives. */
  name: string;
  /** Start order from the kernel (MainProcess is 1). */
  sortIndex: number;
  /** Rows sorted by tid: the process itself, then its threads. */
  rows: Row[];
  /** Start and exit times, once known. */
  start: number | null;
  end: number | null;
  exitcode: number | null;
  instants: Instant[];
}

/** A message from one process to another: queue put to get, pipe send to recv, task dispatch to result. */
export interface Arrow {
  name: string;
  fromPid: number;
  toPid: number;
  from: number;
  to: number;
  /** min(from, to) and max(from, to), for range queries. */
  start: number;
  end: number;
}

type FlowEnd = { pid: number; ts: number };

/** The growing layout of one run. */
export class TimelineLayout {
  /** Every event appended, in arrival order (for export). */
  readonly events: TraceEvent[] = [];
  /** Arrows sorted by their earlier end. */
  readonly arrows = new SpanIndex<Arrow>();
  /** Bars per kind. */
  readonly counts: Record<BarKind, number> = { compute: 0, wait: 0, io: 0, startup: 0, thread: 0 };
  /** Latest time seen, in microseconds. */
  endTs = 0;
  /** Grows on every change, so views redraw only when it moved. */
  version = 0;
  readonly #lanes = new Map<number, Lane>();
  /** Order of first appearance, for processes without a sort index. */
  readonly #arrival = new Map<number, number>();
  #sorted: Lane[] = [];
  readonly #openFlows = new Map<string, { start?: FlowEnd; end?: FlowEnd }>();

  /** Lanes in display order. */
  get lanes(): readonly Lane[] {
    return this.#sorted;
  }

  /** Bars of every kind. */
  get barCount(): number {
    return barKinds.reduce((sum, kind) => sum + this.counts[kind], 0);
  }

  /** The lane of a process, if it has one. */
  lane(pid: number): Lane | undefined {
    return this.#lanes.get(pid);
  }

  /** Adds a batch of events. */
  append(events: readonly TraceEvent[]): void {
    if (events.length === 0) return;
    let reorder = false;
    for (const event of events) {
      this.events.push(event);
      const known = this.#lanes.get(event.pid);
      const lane = known ?? this.#laneFor(event.pid);
      if (!known) reorder = true;
      switch (event.ph) {
        case "M":
          reorder = this.#meta(lane, event) || reorder;
          break;
        case "X":
          this.#span(lane, event);
          break;
        case "i":
          this.#instant(lane, event);
          break;
        case "s":
        case "f":
          this.#flow(event);
          break;
      }
      if (event.ph !== "M") this.endTs = Math.max(this.endTs, event.ts + (event.dur ?? 0));
    }
    if (reorder) this.#sort();
    this.version += 1;
  }

  #laneFor(pid: number): Lane {
    const lane: Lane = { pid, name: `pid ${pid}`, sortIndex: Infinity, rows: [], start: null, end: null, exitcode: null, instants: [] };
    this.#rowFor(lane, 0, null);
    this.#lanes.set(pid, lane);
    this.#arrival.set(pid, this.#arrival.size);
    return lane;
  }

  #meta(lane: Lane, event: TraceEvent): boolean {
    if (event.name === "process_name" && typeof event.args?.name === "string") {
      lane.name = event.args.name;
      return true;
    }
    if (event.name === "process_sort_index" && typeof event.args?.sort_index === "number") {
      lane.sortIndex = event.args.sort_index;
      return true;
    }
    if (event.name === "thread_name" && event.tid !== 0 && typeof event.args?.name === "string") {
      this.#rowFor(lane, event.tid, null).name = event.args.name;
    }
    return false;
  }

  #span(lane: Lane, event: TraceEvent): void {
    if (event.cat === "process") return;
    const row = this.#rowFor(lane, event.tid, event.cat === "thread" ? event.name : null);
    const bar: Bar = { pid: event.pid, tid: event.tid, start: event.ts, end: event.ts + (event.dur ?? 0), kind: event.cat, label: event.name, args: event.args };
    row.bars.add(bar);
    this.counts[bar.kind] += 1;
  }

  #rowFor(lane: Lane, tid: number, threadName: string | null): Row {
    let row = lane.rows.find((r) => r.tid === tid);
    if (!row) {
      row = { tid, name: tid === 0 ? lane.name : (threadName ?? `Thread ${tid}`), bars: new SpanIndex<Bar>() };
      lane.rows.push(row);
      lane.rows.sort((a, b) => a.tid - b.tid);
    }
    return row;
  }

  #instant(lane: Lane, event: TraceEvent): void {
    if (event.cat === "process" && event.name === "start") lane.start = event.ts;
    else if (event.cat === "process" && event.name.startsWith("exit")) {
      lane.end = event.ts;
      lane.exitcode = typeof event.args?.exitcode === "number" ? event.args.exitcode : null;
    } else lane.instants.push({ pid: event.pid, ts: event.ts, name: event.name });
  }

  /**
   * Pairs a flow's start with its finish. The two ends come from different processes, whose
   * batches arrive in any order, so whichever end comes first waits for the other. A pool task
   * reuses one id for dispatch->task and task->result, so the name is part of the key.
   */
  #flow(event: TraceEvent): void {
    const key = `${event.id}:${event.name}`;
    const open = this.#openFlows.get(key) ?? {};
    const end = { pid: event.pid, ts: event.ts };
    if (event.ph === "s") open.start = end;
    else open.end = end;
    if (!open.start || !open.end) {
      this.#openFlows.set(key, open);
      return;
    }
    this.#openFlows.delete(key);
    const { start: s, end: f } = open;
    this.arrows.add({ name: event.name, fromPid: s.pid, toPid: f.pid, from: s.ts, to: f.ts, start: Math.min(s.ts, f.ts), end: Math.max(s.ts, f.ts) });
  }

  #sort(): void {
    this.#sorted = [...this.#lanes.values()].sort(
      (a, b) => a.sortIndex - b.sortIndex || this.#arrival.get(a.pid)! - this.#arrival.get(b.pid)!,
    );
    for (const lane of this.#sorted) {
      const main = lane.rows.find((r) => r.tid === 0);
      if (main) main.name = lane.name;
    }
  }
}

