/**
 * Words for a bar: what the tooltip, the keyboard announcement and the data table say about it.
 * Pool tasks carry `{ chunk, items: "a..b" }`, and slow ones their `call` in short, `(3, 'x')`,
 * which follows the function's name; other arguments (a queue id, `failed`) are listed
 * as they are.
 */
import { barKinds, type Bar, type BarKind, type TimelineLayout } from "./layout.ts";

/** What each kind of bar means, for legends and descriptions. */
export const kindLabels: Record<BarKind, string> = {
  compute: "computing",
  wait: "waiting",
  io: "sending or receiving",
  startup: "starting up",
  thread: "thread running",
};

/** A bar put into words. */
export interface BarDetails {
  /** The function or operation, e.g. "square" or "join Process-1". */
  title: string;
  /** Arguments in short, e.g. "chunk 0, items 0..4"; empty if none. */
  args: string;
  /** Title and arguments: "square (chunk 0, items 0..4)". */
  what: string;
  /** What the time was spent on, e.g. "computing". */
  kind: string;
  /** Duration in milliseconds. */
  durationMs: number;
  /** One line: "square (chunk 0, items 0..4), computing, 12.3 ms". */
  text: string;
}

/** Milliseconds with a precision that suits their size. */
export function formatMs(ms: number): string {
  if (ms === 0) return "0 ms";
  const digits = ms >= 100 ? 0 : ms >= 10 ? 1 : ms >= 1 ? 2 : 3;
  return `${ms.toFixed(digits)} ms`;
}

/** Summarises a bar's arguments (a task's `call` goes into its title instead). */
function argsSummary(args: Record<string, unknown> | undefined): string {
  if (!args) return "";
  return Object.entries(args)
    .filter(([key, value]) => key !== "call" && value !== undefined)
    .map(([key, value]) => (value === true ? key : `${key} ${typeof value === "object" ? JSON.stringify(value) : String(value)}`))
    .join(", ");
}

/** Describes a bar. */
export function describeBar(bar: Bar): BarDetails {
  const args = argsSummary(bar.args);
  const durationMs = (bar.end - bar.start) / 1000;
  const call = typeof bar.args?.call === "string" ? bar.args.call : "";
  const what = args ? `${bar.label}${call} (${args})` : `${bar.label}${call}`;
  return { title: bar.label, args, what, kind: kindLabels[bar.kind], durationMs, text: `${what}, ${kindLabels[bar.kind]}, ${formatMs(durationMs)}` };
}

/** The canvas's text alternative: processes, bars by kind, messages and length. */
export function describeTimeline(layout: TimelineLayout): string {
  const lanes = layout.lanes;
  if (lanes.length === 0) return "Timeline: nothing has run yet.";
  const kinds = barKinds.filter((kind) => layout.counts[kind] > 0).map((kind) => `${layout.counts[kind]} ${kindLabels[kind]}`);
  const processes = `${lanes.length} ${lanes.length === 1 ? "process" : "processes"} (${lanes.map((l) => l.name).join(", ")})`;
  const bars = kinds.length > 0 ? `bars: ${kinds.join(", ")}` : "no bars yet";
  return `Timeline of ${processes}; ${bars}; ${layout.arrows.items.length} messages; ${formatMs(layout.endTs / 1000)}.`;
}
