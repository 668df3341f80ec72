// Lesson slugs come from folder names and lessons sort by their `order` field.
import { test } from "node:test";
import assert from "node:assert/strict";
import { neighbours, slugFromEntryPath, slugFromFolder, sortLessons } from "../../src/lib/lessons.ts";

const lesson = (id: string, order: number) => ({ id, data: { order } });

test("the NN- prefix of a lesson folder is not part of its slug", () => {
  assert.equal(slugFromFolder("04-pool"), "pool");
  assert.equal(slugFromFolder("13-memory-and-cache"), "memory-and-cache");
  assert.equal(slugFromFolder("glossary"), "glossary");
  assert.equal(slugFromFolder("2024-notes-1"), "notes-1");
});

test("the slug comes from the folder of the glob loader's entry", () => {
  assert.equal(slugFromEntryPath("04-pool/index.mdx"), "pool");
  assert.throws(() => slugFromEntryPath("index.mdx"), /must be a folder/);
});

test("lessons sort by order, not by folder name", () => {
  const sorted = sortLessons([lesson("pool", 4), lesson("why-processes", 1), lesson("memory", 13), lesson("process", 2)]);
  assert.deepEqual(sorted.map((l) => l.id), ["why-processes", "process", "pool", "memory"]);
});

test("a tie in order sorts by slug, so the course never reshuffles between builds", () => {
  const sorted = sortLessons([lesson("b", 3), lesson("a", 3)]);
  assert.deepEqual(sorted.map((l) => l.id), ["a", "b"]);
});

test("sorting leaves the input untouched", () => {
  const input = [lesson("b", 2), lesson("a", 1)];
  sortLessons(input);
  assert.deepEqual(input.map((l) => l.id), ["b", "a"]);
});

test("the first lesson has no previous and the last no next", () => {
  const course = [lesson("a", 1), lesson("b", 2), lesson("c", 3)];
  assert.deepEqual(neighbours(course, "a"), { previous: undefined, next: course[1] });
  assert.deepEqual(neighbours(course, "b"), { previous: course[0], next: course[2] });
  assert.deepEqual(neighbours(course, "c"), { previous: course[1], next: undefined });
  assert.deepEqual(neighbours(course, "missing"), {});
});
