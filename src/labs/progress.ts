/**
 * A learner's progress through the labs: per step, not started / attempted / passed, the checks of
 * the last attempt and the values it measured. Pure functions over one plain object, so the sidebar,
 * `/labs/` and the report agree and the rules are unit-tested; `progress-store.ts` keeps it in
 * localStorage.
 */
import type { CheckResult } from "./checks.ts";

/** Where a learner is with one step. */
export type StepState = "not-started" | "attempted" | "passed";

/** What is kept for one step. */
export interface StepProgress {
  state: StepState;
  /** The checks of the last attempt. */
  checks: CheckResult[];
  /** Values the last attempt measured (speedups, frames per second). */
  measured: Record<string, number>;
  /** When the last attempt ended (ISO 8601). */
  at: string;
}

/** Progress of every step, keyed by `<lab>/<step>`. */
export type Progress = Record<string, StepProgress>;

/** The key of one step. */
export function stepKey(lab: string, step: string): string {
  return `${lab}/${step}`;
}

/** The saved-code key of a step's program (`lab:<lab>/<step>`). */
export function codeKey(lab: string, step: string): string {
  return `lab:${lab}/${step}`;
}

/** A step's state; never-tried steps are not started. */
export function stateOf(progress: Progress, key: string): StepState {
  return progress[key]?.state ?? "not-started";
}

/**
 * Records an attempt. A step once passed stays passed (a later experiment must not take it away),
 * but the checks and measurements shown are the latest.
 */
export function recordAttempt(progress: Progress, key: string, checks: CheckResult[], measured: Record<string, number>, at: Date): Progress {
  const passedNow = checks.length > 0 && checks.every((c) => c.passed);
  const state: StepState = passedNow || stateOf(progress, key) === "passed" ? "passed" : "attempted";
  return { ...progress, [key]: { state, checks, measured, at: at.toISOString() } };
}

/** Reads stored text, dropping anything that is not a step record. */
export function parseProgress(text: string | null): Progress {
  if (!text) return {};
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== "object" || data === null || Array.isArray(data)) return {};
    const progress: Progress = {};
    for (const [key, value] of Object.entries(data as Record<string, Partial<StepProgress>>)) {
      if (value && ["attempted", "passed"].includes(value.state as string) && Array.isArray(value.checks)) {
        progress[key] = { state: value.state!, checks: value.checks, measured: value.measured ?? {}, at: String(value.at ?? "") };
      }
    }
    return progress;
  } catch {
    return {};
  }
}

/** Words for a state, as the pages show it. */
export const stateLabels: Record<StepState, string> = { "not-started": "Not started", attempted: "Attempted", passed: "Passed" };
