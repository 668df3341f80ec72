/**
 * The numbers under a timeline: wall time, busy time per process, parallel efficiency, and the
 * speedup a pool achieved against one process.
 */
import type { Bar, Lane, TimelineLayout } from "./layout.ts";

/** Busy time of one process. */
export interface ProcessBusy {
  name: string;
  busyMs: number;
}

/** A run in numbers. */
export interface TimelineSummary {
  wallMs: number;
  processes: ProcessBusy[];
  /** Total busy time / (processes x wall), between 0 and 1. */
  efficiency: number;
  /** Pool tasks' summed compute time / wall time of the pool part; null when no pool ran. */
  speedup: number | null;
}

type Interval = [number, number];

function merge(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((x, y) => x[0] - y[0]);
  const out: Interval[] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Length of `outer`'s union minus the parts covered by `holes` (both merged, then one sweep). */
function lengthWithout(outer: Interval[], holes: Interval[]): number {
  const cut = merge(holes);
  let total = 0;
  let j = 0;
  for (const [a, b] of merge(outer)) {
    total += b - a;
    while (j < cut.length && cut[j]![1] <= a) j += 1;
    for (let k = j; k < cut.length && cut[k]![0] < b; k++) total -= Math.min(b, cut[k]![1]) - Math.max(a, cut[k]![0]);
  }
  return total;
}

function barsOf(lane: Lane): Bar[] {
  return lane.rows.flatMap((row) => row.bars.items);
}

const spanOf = (bar: Bar): Interval => [bar.start, bar.end];

/**
 * Busy time of a process. A worker is busy while it computes, except where it waits inside that
 * computation (a Process target blocked in `q.get()` is one compute span with waits inside).
 * MainProcess mostly orchestrates and records only its waits, so it counts as busy for its whole
 * life minus its waits.
 */
function busyMicros(lane: Lane, isMain: boolean, wall: number): number {
  const bars = barsOf(lane);
  const waits = bars.filter((b) => b.kind === "wait").map(spanOf);
  if (isMain) return lengthWithout([[lane.start ?? 0, lane.end ?? wall]], waits);
  return lengthWithout(bars.filter((b) => b.kind === "compute").map(spanOf), waits);
}

/** A pool task bar: compute, with the chunk it ran. */
function isPoolTask(bar: Bar): boolean {
  return bar.kind === "compute" && bar.args !== undefined && "chunk" in bar.args;
}

/**
 * Speedup against one process. One worker would run the same tasks one after the other, taking
 * their summed compute time (start-up and messaging aside), so that sum divided by the wall time
 * from the first task's start to the last task's end is the speedup the pool achieved.
 */
function poolSpeedup(layout: TimelineLayout): number | null {
  const tasks = layout.lanes.flatMap(barsOf).filter(isPoolTask);
  if (tasks.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  let work = 0;
  for (const bar of tasks) {
    first = Math.min(first, bar.start);
    last = Math.max(last, bar.end);
    work += bar.end - bar.start;
  }
  return last > first ? work / (last - first) : null;
}

/** Summarises a run; `wallMs` is the program's wall time if known (else the trace's end). */
export function summarize(layout: TimelineLayout, wallMs: number | null = null): TimelineSummary {
  const wall = wallMs !== null ? wallMs * 1000 : layout.endTs;
  const lanes = layout.lanes;
  const processes = lanes.map((lane, i) => ({ name: lane.name, busyMs: busyMicros(lane, i === 0 && lane.sortIndex === 1, wall) / 1000 }));
  const busy = processes.reduce((sum, p) => sum + p.busyMs, 0);
  const efficiency = wall > 0 && lanes.length > 0 ? Math.min(1, busy / ((lanes.length * wall) / 1000)) : 0;
  return { wallMs: wall / 1000, processes, efficiency, speedup: poolSpeedup(layout) };
}
