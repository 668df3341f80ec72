/**
 * Every lab under content/labs/, read at build time: `lab.json` checked by its schema, with the
 * starter and solution programs of each step inlined. Pages and the report read labs from here only.
 */
import type { z } from "astro/zod";
import type { Check, Measure } from "./checks.ts";
import { labSchema, type stepSchema } from "./lab-schema.ts";

const files = import.meta.glob<string>("/content/labs/*/*.{json,ts}", { query: "?raw", import: "default", eager: true });

/** A step ready to render: its programs are text, its checks data for the page. */
export interface LabStep {
  id: string;
  title: string;
  /** Paragraphs of the task, with `code` in backticks. */
  paragraphs: string[];
  starter: string;
  solution: string;
  checks: Check[];
  measures: Measure[];
}

/** A lab ready to render. */
export interface Lab {
  /** The folder name, also the page's path `/labs/<slug>/`. */
  slug: string;
  title: string;
  summary: string;
  minutes: number;
  order: number;
  steps: LabStep[];
}

/** The prefix of the lab part of a lesson exercise's progress key; no lab folder may start with it. */
export const lessonLabPrefix = "lesson-";

/**
 * A step of `lab.json` or `exercise.json` ready to render; `file` reads a program named by the
 * step from the same folder.
 */
export function toStep(step: z.infer<typeof stepSchema>, file: (name: string) => string): LabStep {
  return {
    id: step.id,
    title: step.title,
    paragraphs: step.task.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
    starter: file(step.starter),
    solution: file(step.solution),
    checks: step.checks as Check[],
    measures: step.measures,
  };
}

function fileOf(slug: string, name: string): string {
  const text = files[`/content/labs/${slug}/${name}`];
  if (text === undefined) throw new Error(`content/labs/${slug}/lab.json names ${name}, which is not in that folder.`);
  return text;
}

function toLab(slug: string, data: z.infer<typeof labSchema>): Lab {
  const ids = data.steps.map((step) => step.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new Error(`content/labs/${slug}/lab.json: step id "${twice}" is used twice.`);
  return {
    slug,
    title: data.title,
    summary: data.summary,
    minutes: data.minutes,
    order: data.order,
    steps: data.steps.map((step) => toStep(step, (name) => fileOf(slug, name))),
  };
}

/** Every lab, in course order. */
export function getLabs(): Lab[] {
  return Object.entries(files)
    .filter(([path]) => path.endsWith("/lab.json"))
    .map(([path, text]) => {
      const slug = path.split("/").at(-2)!;
      if (slug.startsWith(lessonLabPrefix)) throw new Error(`content/labs/${slug}/: a lab's folder may not start with "${lessonLabPrefix}", which names lesson exercises in progress.`);
      const parsed = labSchema.safeParse(JSON.parse(text));
      if (!parsed.success) throw new Error(`content/labs/${slug}/lab.json: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      return toLab(slug, parsed.data);
    })
    .sort((a, b) => a.order - b.order);
}
