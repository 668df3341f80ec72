// Finds every example folder of the course (lesson examples and cheat-sheet recipes) with what its
// tests need: both twins, the expected output and how to compare it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { LineOrder } from "../../src/runner/expected-output.ts";

export interface ContentExample {
  /** `lesson-folder/examples/name` or `recipes/name`, for test names. */
  name: string;
  dir: string;
  typescript: string;
  expected: string;
  order: LineOrder;
}

const root = join(import.meta.dirname, "..", "..", "content");

function load(dir: string, name: string): ContentExample {
  const metaPath = join(dir, "meta.json");
  const meta = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, "utf8")) as { order?: unknown }) : {};
  return {
    name,
    dir,
    typescript: readFileSync(join(dir, "example.ts"), "utf8"),
    expected: readFileSync(join(dir, "expected.txt"), "utf8"),
    order: meta.order === "any" ? "any" : "exact",
  };
}

/** Every example of the course, in folder order. */
export function contentExamples(): ContentExample[] {
  const found: ContentExample[] = [];
  const lessons = join(root, "lessons");
  for (const lesson of readdirSync(lessons).sort()) {
    const examples = join(lessons, lesson, "examples");
    if (!existsSync(examples)) continue;
    for (const name of readdirSync(examples).sort()) found.push(load(join(examples, name), `${lesson}/${name}`));
  }
  const recipes = join(root, "recipes");
  if (existsSync(recipes)) {
    for (const name of readdirSync(recipes).sort()) found.push(load(join(recipes, name), `recipes/${name}`));
  }
  return found;
}
