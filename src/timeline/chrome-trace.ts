/**
 * "Download trace": the run as a Chrome Trace Event JSON object, which Perfetto
 * (ui.perfetto.dev) and chrome://tracing open. Every process gets `process_name` and
 * `process_sort_index` metadata (so the viewers order lanes as the page does) and every thread
 * row a `thread_name`.
 */
import type { TraceEvent } from "../runtime/trace.ts";
import type { TimelineLayout } from "./layout.ts";

/** The JSON object format of the Trace Event spec. */
export interface ChromeTrace {
  traceEvents: TraceEvent[];
  displayTimeUnit: "ms";
  metadata: Record<string, unknown>;
}

/** Builds the trace of a layout; `metadata` lands in the file's `metadata` object. */
export function toChromeTrace(layout: TimelineLayout, metadata: Record<string, unknown> = {}): ChromeTrace {
  const names: TraceEvent[] = [];
  for (const [index, lane] of layout.lanes.entries()) {
    const base = { ph: "M", ts: 0, pid: lane.pid, tid: 0, cat: "process" } as const;
    names.push({ ...base, name: "process_name", args: { name: lane.name } });
    names.push({ ...base, name: "process_sort_index", args: { sort_index: index } });
    for (const row of lane.rows) names.push({ ...base, tid: row.tid, name: "thread_name", args: { name: row.tid === 0 ? "MainThread" : row.name } });
  }
  const rest = layout.events.filter((event) => event.ph !== "M");
  return { traceEvents: [...names, ...rest], displayTimeUnit: "ms", metadata: { source: "Multiprocessing Live", ...metadata } };
}

/** A file name for a trace saved at `date`: `trace-2026-11-22T03-40-00.json`. */
export function traceFileName(date: Date): string {
  return `trace-${date.toISOString().slice(0, 19).replaceAll(":", "-")}.json`;
}
