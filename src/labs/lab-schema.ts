/**
 * The shape of a lab's `lab.json` (content/labs/<slug>/), checked at build time so a typo in a
 * check's kind or a missing starter file fails the build with the lab and field named.
 */
import { z } from "astro/zod";

const hint = z.string().min(1);
const label = z.string().min(1).optional();

/** One check, as `src/labs/checks.ts` evaluates it. */
const checkSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("output"), expected: z.string(), order: z.enum(["exact", "any"]).optional(), hint, label }),
  z.object({ kind: z.literal("output-includes"), pattern: z.string().min(1), hint, label }),
  z.object({ kind: z.literal("exit-code"), code: z.number().int(), hint, label }),
  z.object({ kind: z.literal("concurrent-compute"), processes: z.number().int().min(2), names: z.string().min(1).optional(), hint, label }),
  z.object({ kind: z.literal("results-in-input-order"), pattern: z.string().min(1), expected: z.array(z.number()).optional(), hint, label }),
  z.object({ kind: z.literal("no-worker-left"), hint, label }),
  z.object({ kind: z.literal("pool-closed-and-joined"), hint, label }),
  z.object({ kind: z.literal("processes-at-least"), count: z.number().int().min(1), hint, label }),
  z.object({ kind: z.literal("no-traceback"), hint, label }),
]);

/** One step of a lab, and the one step of a lesson's `exercise/exercise.json`. */
export const stepSchema = z.object({
  /** Unique within the lab; part of the progress and saved-code keys. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The step's heading. */
  title: z.string().min(1),
  /** The task: paragraphs separated by a blank line, with `code` in backticks. */
  task: z.string().min(1),
  /** File name of the starter program, beside lab.json. */
  starter: z.string().endsWith(".ts"),
  /** File name of the solution, beside lab.json. */
  solution: z.string().endsWith(".ts"),
  /** Numbers recorded from the output for the report: a name and a regex whose first group is the number. */
  measures: z.array(z.object({ name: z.string().min(1), pattern: z.string().min(1) })).default([]),
  /** The hidden checks, run in order after each attempt. */
  checks: z.array(checkSchema).min(1),
});

/** A lab's `lab.json`. */
export const labSchema = z.object({
  /** The lab's name. */
  title: z.string().min(1),
  /** One or two sentences for `/labs/`. */
  summary: z.string().min(1),
  /** Position on `/labs/`, 1-based. */
  order: z.number().int().min(1),
  /** Estimated time in a lab session. */
  minutes: z.number().int().min(1),
  /** The steps, in order. */
  steps: z.array(stepSchema).min(1),
});
