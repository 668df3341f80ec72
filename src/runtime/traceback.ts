/**
 * Python-style tracebacks for errors raised in a program, with frames in the learner's file only.
 *
 * A V8 stack lists the innermost call first and mentions the runtime's own modules; a Python
 * traceback lists the innermost call last. The program's module is loaded from a blob: URL, which
 * `setProgramFile` maps back to the file name the learner sees (line numbers are the source's,
 * because the compiler keeps every line where it was).
 */

import { serializeError, type SerializedError } from "./errors.ts";

let programUrl = "";
let programFile = "main.ts";

/** Tells the formatter which URL is the learner's module and what to call it. */
export function setProgramFile(url: string, fileName: string): void {
  programUrl = url;
  programFile = fileName;
}

interface Frame {
  name: string;
  line: number;
  column: number;
}

/** The frames of a V8 stack that point into the learner's module, innermost first. */
export function userFrames(stack: string): Frame[] {
  const frames: Frame[] = [];
  for (const raw of stack.split("\n")) {
    const match = raw.match(/^\s*at (?:(.+?) \()?(.+):(\d+):(\d+)\)?$/);
    if (!match || match[2] !== programUrl) continue;
    frames.push({ name: (match[1] ?? "<module>").replace(/^async /, "").replace(/^Object\./, ""), line: Number(match[3]), column: Number(match[4]) });
  }
  return frames;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message ? `${error.name}: ${error.message}` : error.name;
  return `Error: ${String(error)}`;
}

/** Formats an error as Python prints an uncaught exception, including a RemoteTraceback cause. */
export function formatTraceback(error: unknown): string {
  const parts: string[] = [];
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error && cause.name === "RemoteTraceback") {
    parts.push(`multiprocessing.pool.RemoteTraceback: ${cause.message}`, "", "The above exception was the direct cause of the following exception:", "");
  }
  parts.push("Traceback (most recent call last):");
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  for (const frame of userFrames(stack).reverse()) {
    parts.push(`  File "${programFile}", line ${frame.line}, in ${frame.name}`);
  }
  parts.push(describe(error));
  return parts.join("\n");
}

/** `error` as it crosses to another process, with its traceback formatted here, where its frames are known. */
export function serializeWithTraceback(error: unknown): SerializedError {
  return { ...serializeError(error), stack: formatTraceback(error) };
}
