/**
 * Process-wide facts and helpers that Python spreads over `multiprocessing`, `os` and `time`:
 * the CPU count, the start method (always spawn: a browser cannot fork), and `sleep`.
 */
import { ValueError } from "./errors.ts";
import { waitFor } from "./internal/interrupt.ts";
import * as trace from "./trace.ts";

/** The number of logical CPUs, as `multiprocessing.cpu_count()` (`navigator.hardwareConcurrency`). */
export function cpuCount(): number {
  return globalThis.navigator?.hardwareConcurrency || 1;
}

/** The start method: always "spawn", as on Windows and macOS. */
export function getStartMethod(): "spawn" {
  return "spawn";
}

/** Python's start methods. */
export type StartMethod = "spawn" | "fork" | "forkserver";

/** Accepts "spawn"; "fork" and "forkserver" raise ValueError explaining why the browser cannot. */
export function setStartMethod(method: StartMethod, _options: { force?: boolean } = {}): void {
  if (method === "spawn") return;
  if (method === "fork" || method === "forkserver") {
    throw new ValueError(
      `cannot use start method '${method}' here: a browser cannot fork a running worker (copy its memory into a new one), so every process is started with 'spawn', which re-imports the main module`,
    );
  }
  throw new ValueError(`cannot find context for '${String(method)}'`);
}

/** Waits `seconds`, as `time.sleep`; Stop interrupts it with KeyboardInterrupt. */
export async function sleep(seconds: number): Promise<void> {
  const start = trace.mark();
  await waitFor(() => () => {}, seconds);
  trace.span("sleep", "wait", start);
}
