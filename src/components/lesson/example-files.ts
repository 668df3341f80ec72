/**
 * Every example's files, read at build time.
 *
 * Vite's glob reads every example folder under `content/lessons/` once, as raw text, so `<Example>`
 * can render both twins and their output without touching the file system, and the dev server
 * reloads the page when an example changes.
 */
import { z } from "astro/zod";
import { indexExampleFiles, type ExampleFiles } from "../../lib/examples.ts";

const raw = import.meta.glob<string>(
  "/content/lessons/*/examples/*/{example.ts,example.py,expected.txt,meta.json}",
  { query: "?raw", import: "default", eager: true },
);

const examples = indexExampleFiles(raw);

/** `meta.json` of an example, as `content/README.md` describes it. */
const exampleMetaSchema = z.object({
  /** The caption of the example; the folder name when absent. */
  title: z.string().min(1).optional(),
  /** Position among the lesson's examples, or "any" when output lines may come in any order. */
  order: z.union([z.number(), z.literal("any")]).optional(),
  /** Why the output may differ between runs, shown under the expected output. */
  note: z.string().min(1).optional(),
  /** Whether the runner draws a timeline for this example. */
  timeline: z.boolean().optional(),
  /** Whether the page draws a progress bar from the program's `<label>: <done>/<total>` lines. */
  progress: z.boolean().optional(),
});

/** An example ready to render. */
export interface LoadedExample {
  /** The folder on disk, relative to `content/lessons/`. */
  folder: string;
  /** The TypeScript program, run in the page. */
  typescript: string;
  /** Its Python twin. */
  python: string;
  /** What both print. */
  expected: string;
  /** The checked `meta.json`, empty when there is none. */
  meta: z.infer<typeof exampleMetaSchema>;
}

/** The `slug/name` keys of all examples, for error messages that list what exists. */
export function exampleKeys(): string[] {
  return [...examples.keys()].sort();
}

/** The folder of a lesson's examples on disk (`02-process`), if the lesson has any. */
export function lessonFolderOf(slug: string): string | undefined {
  for (const [key, example] of examples) {
    if (key.startsWith(`${slug}/`)) return example.folder.split("/")[0];
  }
  return undefined;
}

function requireFile(example: ExampleFiles, file: keyof ExampleFiles["files"]): string {
  const text = example.files[file];
  if (text === undefined) {
    throw new Error(`Example folder content/lessons/${example.folder}/ has no ${file}.`);
  }
  return text;
}

/** Loads the example `src` (`<lesson slug>/<example folder>`), or undefined when there is none. */
export function loadExample(src: string): LoadedExample | undefined {
  const example = examples.get(src);
  if (!example) return undefined;
  let meta: unknown = {};
  if (example.files["meta.json"] !== undefined) {
    try {
      meta = JSON.parse(example.files["meta.json"]);
    } catch (error) {
      throw new Error(`content/lessons/${example.folder}/meta.json is not valid JSON: ${(error as Error).message}`);
    }
  }
  const checked = exampleMetaSchema.safeParse(meta);
  if (!checked.success) {
    throw new Error(`content/lessons/${example.folder}/meta.json: ${checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  return {
    folder: example.folder,
    typescript: requireFile(example, "example.ts"),
    python: requireFile(example, "example.py"),
    expected: requireFile(example, "expected.txt"),
    meta: checked.data,
  };
}
