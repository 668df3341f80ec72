/**
 * The course in order: every lesson of the content collection, sorted once for the home page, the
 * lesson list, the sidebar and the previous/next links.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { sortLessons } from "./lib/lessons.ts";

/** One lesson of the collection. */
export type Lesson = CollectionEntry<"lessons">;

/** All lessons in course order. */
export async function getCourse(): Promise<Lesson[]> {
  return sortLessons(await getCollection("lessons"));
}

/** The URL of a lesson's page. */
export function lessonUrl(lesson: Pick<Lesson, "id">): string {
  return `/lessons/${lesson.id}/`;
}
