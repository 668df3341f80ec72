/**
 * The live experiments' contract with a lesson's program, and the speedup arithmetic.
 *
 * A program cannot see the page, so the value an experiment varies travels in the source text:
 * the program has a top-level line `const WORKERS = 4;` (or `const CHUNKSIZE = 50;`, any number,
 * a `//` comment after it allowed), and each run gets a copy with that number replaced. The time of a run is the program's own
 * measurement when it prints a line `elapsed <ms>` (timing only the part that matters), otherwise
 * the run's wall time.
 */
import type { SpeedupRow } from "./csv.ts";

/** `const NAME = 1_000;`, optionally followed by a `//` comment, which a rewrite keeps. */
function parameterLine(name: string): RegExp {
  return new RegExp(`^const ${name} = \\d[\\d_]*;([ \\t]*(?://.*)?)$`, "m");
}

/** Whether a program has a top-level line `const <name> = <number>;`. */
export function hasParameterLine(source: string, name: string): boolean {
  return parameterLine(name).test(source);
}

/** The program with its first `const <name> = N;` line set to `value` (a whole number, at least 1). */
export function withParameter(source: string, name: string, value: number): string {
  if (!hasParameterLine(source, name)) {
    throw new Error(`This chart needs a top-level line \`const ${name} = 4;\` in the program: it sets the number there for each run.`);
  }
  return source.replace(parameterLine(name), (_line, rest: string) => `const ${name} = ${Math.max(1, Math.floor(value))};${rest}`);
}

/** Whether a program follows the speedup chart's convention. */
export function hasWorkersLine(source: string): boolean {
  return hasParameterLine(source, "WORKERS");
}

/** The program with its first `const WORKERS = N;` line set to `workers`. */
export function withWorkers(source: string, workers: number): string {
  return withParameter(source, "WORKERS", workers);
}

/** The number of the last line `<label> <number>` (optionally followed by `unit`) a program printed, if any. */
export function lastNumber(stdout: readonly string[], label: string, unit = ""): number | null {
  const pattern = new RegExp(`^${label}\\s+(\\d+(?:\\.\\d+)?)\\s*(?:${unit})?\\s*$`);
  for (let i = stdout.length - 1; i >= 0; i--) {
    const match = pattern.exec(stdout[i]!.trim());
    if (match) return Number(match[1]);
  }
  return null;
}

/** The last `elapsed <ms>` (optionally followed by "ms") a program printed, if any. */
export function elapsedFrom(stdout: readonly string[]): number | null {
  return lastNumber(stdout, "elapsed", "ms");
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
