/**
 * The checked exercise of each lesson, read at build time from
 * `content/lessons/NN-slug/exercise/exercise.json` (one lab step, checked by the labs' step schema)
 * with its starter and solution inlined. The lesson's `<Exercise>`, the lesson sidebar, `/labs/` and
 * the report read lesson exercises from here only.
 */
import { stepSchema } from "./lab-schema.ts";
import { lessonLabPrefix, toStep, type LabStep } from "./labs.ts";
import { slugFromFolder } from "../lib/lessons.ts";

const files = import.meta.glob<string>("/content/lessons/*/exercise/*.{json,ts}", { query: "?raw", import: "default", eager: true });

/** A lesson's checked exercise, ready to render. */
export interface LessonExercise {
  /** The lesson's slug (its page is `/lessons/<slug>/`). */
  lesson: string;
  /** The lab part of its progress and saved-code keys: `lesson-<slug>`, never a lab's slug. */
  lab: string;
  /** The exercise, as a lab step. */
  step: LabStep;
}

/** The id of the checked exercise on its lesson page, for links from `/labs/`. */
export const lessonExerciseAnchor = "checked-exercise";

function read(folder: string, text: string): LessonExercise {
  const where = `content/lessons/${folder}/exercise/exercise.json`;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${where}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = stepSchema.safeParse(data);
  if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const lesson = slugFromFolder(folder);
  const step = toStep(parsed.data, (name) => {
    const program = files[`/content/lessons/${folder}/exercise/${name}`];
    if (program === undefined) throw new Error(`${where} names ${name}, which is not in that folder.`);
    return program;
  });
  return { lesson, lab: `${lessonLabPrefix}${lesson}`, step };
}

/** Every lesson exercise, by lesson slug. */
export function getLessonExercises(): Map<string, LessonExercise> {
  const exercises = new Map<string, LessonExercise>();
  for (const [path, text] of Object.entries(files)) {
    if (!path.endsWith("/exercise.json")) continue;
    const exercise = read(path.split("/").at(-3)!, text);
    exercises.set(exercise.lesson, exercise);
  }
  return exercises;
}
