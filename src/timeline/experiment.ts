/**
 * The speedup experiment's contract with a lesson's program, and its arithmetic.
 *
 * A program cannot see the page, so the worker count travels in the source text: the program has
 * a top-level line `const WORKERS = 4;` (any number), and each run gets a copy with that number
 * replaced. The time of a run is the program's own measurement when it prints a line
 * `elapsed <ms>` (timing only the parallel part), otherwise the run's wall time.
 */
import type { SpeedupRow } from "./csv.ts";

const workersLine = /^const WORKERS = \d+;[ \t]*$/m;

/** Whether a program follows the convention. */
export function hasWorkersLine(source: string): boolean {
  return workersLine.test(source);
}

/** The program with its first `const WORKERS = N;` line set to `workers`. */
export function withWorkers(source: string, workers: number): string {
  if (!hasWorkersLine(source)) {
    throw new Error("The speedup chart needs a top-level line `const WORKERS = 4;` in the program: it sets the number there for each run.");
  }
  return source.replace(workersLine, `const WORKERS = ${Math.max(1, Math.floor(workers))};`);
}

/** The last `elapsed <ms>` (optionally followed by "ms") a program printed, if any. */
export function elapsedFrom(stdout: readonly string[]): number | null {
  for (let i = stdout.length - 1; i >= 0; i--) {
    const match = /^elapsed\s+(\d+(?:\.\d+)?)\s*(?:ms)?\s*$/.exec(stdout[i]!.trim());
    if (match) return Number(match[1]);
  }
  return null;
}

/** Table rows for measured times: speedup against the one-worker run, efficiency = speedup / workers. */
export function speedupRows(times: ReadonlyArray<{ workers: number; timeMs: number }>): SpeedupRow[] {
  const one = times.find((t) => t.workers === 1);
  if (!one) return [];
  return times.map(({ workers, timeMs }) => {
    const speedup = timeMs > 0 ? one.timeMs / timeMs : 0;
    return { workers, timeMs, speedup, efficiency: speedup / workers };
  });
}
