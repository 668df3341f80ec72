/**
 * A lab's hidden checks: plain data (`{ kind, ...params, hint }`) evaluated against a finished run.
 *
 * Checks read what a teacher would look at: the printed output, the exit code and the trace (who
 * computed when, who exited, whether the pool was joined). They are pure so the same rules run in
 * the page and in unit tests. A failing check shows its hint, which points at the idea, never the code.
 */
import { matchOutput, type LineOrder } from "../runner/expected-output.ts";
import type { TraceEvent } from "../runtime/trace.ts";

/** Everything a check may look at, gathered while the program ran. */
export interface FinishedRun {
  /** Lines printed to stdout, in arrival order. */
  stdout: string[];
  /** Lines printed to stderr (tracebacks). */
  stderr: string[];
  /** Trace events of every process. */
  events: TraceEvent[];
  /** The main process's exit code; null when the program did not compile. */
  exitcode: number | null;
  /** The compiler's message when the program did not compile, else null. */
  compileError: string | null;
}

/** A check, as written in a lab's `lab.json`. Every kind carries the hint shown when it fails. */
export type Check = { hint: string; label?: string } & (
  | { kind: "output"; expected: string; order?: LineOrder }
  | { kind: "output-includes"; pattern: string }
  | { kind: "exit-code"; code: number }
  | { kind: "concurrent-compute"; processes: number; names?: string }
  | { kind: "results-in-input-order"; pattern: string; expected?: number[] }
  | { kind: "no-worker-left" }
  | { kind: "pool-closed-and-joined" }
  | { kind: "processes-at-least"; count: number }
  | { kind: "no-traceback" }
);

/** The kinds of check, for validating content. */
export type CheckKind = Check["kind"];

/** The outcome of one check: the hint only when it failed. */
export interface CheckResult {
  /** What was checked, in words. */
  label: string;
  passed: boolean;
  /** Shown on failure. */
  hint?: string;
}

/** Processes' names by pid, from the `process_name` metadata. */
export function processNames(events: readonly TraceEvent[]): Map<number, string> {
  const names = new Map<number, string>();
  for (const event of events) {
    if (event.ph === "M" && event.name === "process_name") names.set(event.pid, String(event.args?.name ?? event.pid));
  }
  return names;
}

/**
 * The largest number of processes whose compute spans overlap at one moment; with `names`, only
 * processes whose name matches that regular expression count.
 */
export function maxConcurrentCompute(events: readonly TraceEvent[], names?: string): number {
  const regex = names === undefined ? null : new RegExp(names);
  const named = regex ? processNames(events) : null;
  const edges: [number, number, number][] = [];
  for (const event of events) {
    if (event.ph !== "X" || event.cat !== "compute" || !event.dur) continue;
    if (regex && !regex.test(named!.get(event.pid) ?? "")) continue;
    edges.push([event.ts, 1, event.pid], [event.ts + event.dur, -1, event.pid]);
  }
  // Ends before starts at the same instant: touching spans do not overlap.
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const open = new Map<number, number>();
  let best = 0;
  for (const [, delta, pid] of edges) {
    const count = (open.get(pid) ?? 0) + delta;
    if (count === 0) open.delete(pid);
    else open.set(pid, count);
    best = Math.max(best, open.size);
  }
  return best;
}

/** Every number printed on lines matching `pattern` (its first group, or the whole match). */
export function printedNumbers(stdout: readonly string[], pattern: string): number[] {
  const regex = new RegExp(pattern);
  const numbers: number[] = [];
  for (const line of stdout) {
    const match = regex.exec(line);
    if (match) numbers.push(Number(match[1] ?? match[0]));
  }
  return numbers.filter((n) => !Number.isNaN(n));
}

function inInputOrder(numbers: readonly number[], expected?: readonly number[]): boolean {
  if (numbers.length === 0) return false;
  if (expected) return numbers.length === expected.length && numbers.every((n, i) => n === expected[i]);
  return numbers.every((n, i) => i === 0 || numbers[i - 1]! <= n);
}

/** Pids that started but have no `exit <code>` instant. */
export function workersLeft(events: readonly TraceEvent[]): number[] {
  const exited = new Set(events.filter((e) => e.ph === "i" && e.cat === "process" && e.name.startsWith("exit ")).map((e) => e.pid));
  return [...processNames(events).keys()].filter((pid) => !exited.has(pid));
}

function poolJoined(events: readonly TraceEvent[]): boolean {
  const main = [...processNames(events)].find(([, name]) => name === "MainProcess")?.[0];
  return events.some((e) => e.ph === "X" && e.name === "join pool" && (main === undefined || e.pid === main));
}

const labels: { [K in CheckKind]: (check: Extract<Check, { kind: K }>) => string } = {
  output: () => "The output is right",
  "output-includes": (c) => `The output has a line like /${c.pattern}/`,
  "exit-code": (c) => `The program exits with code ${c.code}`,
  "concurrent-compute": (c) => `At least ${c.processes} processes${c.names ? ` named like /${c.names}/` : ""} computed at the same time`,
  "results-in-input-order": () => "Results came back in input order",
  "no-worker-left": () => "No worker was left alive",
  "pool-closed-and-joined": () => "The pool was closed and joined",
  "processes-at-least": (c) => `At least ${c.count} processes ran`,
  "no-traceback": () => "No traceback was printed",
};

function passes(check: Check, run: FinishedRun): boolean {
  switch (check.kind) {
    case "output":
      return matchOutput(check.expected, run.stdout, check.order ?? "exact").ok;
    case "output-includes": {
      const regex = new RegExp(check.pattern);
      return run.stdout.some((line) => regex.test(line));
    }
    case "exit-code":
      return run.exitcode === check.code;
    case "concurrent-compute":
      return maxConcurrentCompute(run.events, check.names) >= check.processes;
    case "results-in-input-order":
      return inInputOrder(printedNumbers(run.stdout, check.pattern), check.expected);
    case "no-worker-left":
      return processNames(run.events).size > 0 && workersLeft(run.events).length === 0;
    case "pool-closed-and-joined":
      return poolJoined(run.events);
    case "processes-at-least":
      return processNames(run.events).size >= check.count;
    case "no-traceback":
      return !run.stderr.some((line) => line.startsWith("Traceback"));
  }
}

/** Evaluates one check; a program that did not compile fails every check with the compiler's word. */
export function evaluate(check: Check, run: FinishedRun): CheckResult {
  const label = check.label ?? (labels[check.kind] as (c: Check) => string)(check);
  if (run.compileError !== null) return { label, passed: false, hint: `The program did not compile: ${run.compileError}` };
  const passed = passes(check, run);
  return passed ? { label, passed } : { label, passed, hint: check.hint };
}

/** Evaluates a step's checks in order. */
export function evaluateAll(checks: readonly Check[], run: FinishedRun): CheckResult[] {
  return checks.map((check) => evaluate(check, run));
}

/** A value a step records from the output, e.g. `{ name: "speedup", pattern: "speedup ([\\d.]+)" }`. */
export interface Measure {
  /** The name shown in the report. */
  name: string;
  /** A regular expression whose first group is the number. */
  pattern: string;
}

/** The last value each measure finds in the output; measures that match nothing are left out. */
export function measureAll(measures: readonly Measure[], stdout: readonly string[]): Record<string, number> {
  const values: Record<string, number> = {};
  for (const measure of measures) {
    const found = printedNumbers(stdout, measure.pattern);
    if (found.length > 0) values[measure.name] = found.at(-1)!;
  }
  return values;
}
