/**
 * Where a lesson's example files are, as pure functions.
 *
 * `<Example src="pool/map" />` names an example by lesson slug and example folder; on disk it is
 * `content/lessons/04-pool/examples/map/`. This module turns the file paths that Vite's glob finds
 * into that `slug/name` key, so the component can say exactly which folder is missing.
 */
import { slugFromFolder } from "./lessons.ts";

/** The files one example folder may hold. */
export type ExampleFileName = "example.ts" | "example.py" | "expected.txt" | "meta.json";

const examplePath = /\/lessons\/([^/]+)\/examples\/([^/]+)\/(example\.ts|example\.py|expected\.txt|meta\.json)$/;

/** Where one example file belongs: its `slug/name` key and which file it is. */
export interface ExampleFileRef {
  /** `<lesson slug>/<example folder>`, as `<Example src>` spells it. */
  key: string;
  /** The folder on disk, relative to `content/lessons/`, for error messages. */
  folder: string;
  /** Which of the example's files this is. */
  file: ExampleFileName;
}

/** Classifies a path like `/content/lessons/04-pool/examples/map/example.ts`; other paths give undefined. */
export function exampleFileRef(path: string): ExampleFileRef | undefined {
  const match = examplePath.exec(path);
  if (!match) return undefined;
  const [, lessonFolder, name, file] = match as unknown as [string, string, string, ExampleFileName];
  return { key: `${slugFromFolder(lessonFolder)}/${name}`, folder: `${lessonFolder}/examples/${name}`, file };
}

/** The files of one example folder, by file name. */
export interface ExampleFiles {
  /** The folder on disk, relative to `content/lessons/`. */
  folder: string;
  /** File contents by file name; a file that does not exist is absent. */
  files: Partial<Record<ExampleFileName, string>>;
}

/** Groups raw file contents by example key. */
export function indexExampleFiles(raw: Record<string, string>): Map<string, ExampleFiles> {
  const index = new Map<string, ExampleFiles>();
  for (const [path, text] of Object.entries(raw)) {
    const ref = exampleFileRef(path);
    if (!ref) continue;
    const entry = index.get(ref.key) ?? { folder: ref.folder, files: {} };
    entry.files[ref.file] = text;
    index.set(ref.key, entry);
  }
  return index;
}
