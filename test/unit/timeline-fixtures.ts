// Trace fixtures shaped like the runtime's: a Pool(2) map with dispatch/result flows, and metadata.
import type { TraceEvent } from "../../src/runtime/trace.ts";

/** Metadata and start instant of one process, as the kernel records them. */
export function processEvents(pid: number, name: string, order: number, start: number, exit: number): TraceEvent[] {
  return [
    { ph: "M", ts: 0, pid, tid: 0, name: "process_name", cat: "process", args: { name } },
    { ph: "M", ts: 0, pid, tid: 0, name: "process_sort_index", cat: "process", args: { sort_index: order } },
    { ph: "i", ts: start, pid, tid: 0, name: "start", cat: "process", s: "p" },
    { ph: "i", ts: exit, pid, tid: 0, name: "exit 0", cat: "process", s: "p", args: { exitcode: 0 } },
  ];
}

/** A pool task in worker `pid`: flow in, compute span, flow out. */
export function task(pid: number, flow: number, chunk: number, start: number, dur: number): TraceEvent[] {
  return [
    { ph: "s", ts: start - 100, pid: 101, tid: 0, name: "task", cat: "io", id: flow },
    { ph: "f", bp: "e", ts: start, pid, tid: 0, name: "task", cat: "io", id: flow },
    { ph: "X", ts: start, dur, pid, tid: 0, name: "square", cat: "compute", args: { chunk, items: `${chunk * 2}..${chunk * 2 + 1}` } },
    { ph: "s", ts: start + dur, pid, tid: 0, name: "result", cat: "io", id: flow },
    { ph: "f", bp: "e", ts: start + dur + 100, pid: 101, tid: 0, name: "result", cat: "io", id: flow },
  ];
}

/** MainProcess (101) running a Pool(2) map of four chunks over 10 ms. */
export function poolTrace(): TraceEvent[] {
  return [
    ...processEvents(101, "MainProcess", 1, 0, 10_000),
    ...processEvents(102, "SpawnPoolWorker-1", 2, 500, 9_800),
    ...processEvents(103, "SpawnPoolWorker-2", 3, 600, 9_800),
    { ph: "X", ts: 500, dur: 1500, pid: 102, tid: 0, name: "start-up", cat: "startup" },
    { ph: "X", ts: 600, dur: 1400, pid: 103, tid: 0, name: "start-up", cat: "startup" },
    ...task(102, 1, 0, 2000, 3000),
    ...task(103, 2, 1, 2000, 3000),
    ...task(102, 3, 2, 5000, 3000),
    ...task(103, 4, 3, 5000, 3000),
    { ph: "X", ts: 1000, dur: 7200, pid: 101, tid: 0, name: "get", cat: "wait" },
  ];
}
