/**
 * Lesson identity and order, as pure functions.
 *
 * A lesson lives in `content/lessons/NN-slug/index.mdx`: the number only sorts folders, the page is
 * `/lessons/<slug>/`. The content collection, the pages and the unit tests all share these rules so
 * a URL, a sidebar position and an example reference can never disagree.
 */

/** The `NN-` prefix that sorts lesson folders; it is not part of the slug. */
const orderPrefix = /^\d+-/;

/**
 * The slug of a lesson from its folder name: `04-pool` becomes `pool`; a folder without a number
 * keeps its name.
 */
export function slugFromFolder(folder: string): string {
  return folder.replace(orderPrefix, "");
}

/**
 * The slug of a lesson from the glob loader's entry path, relative to `content/lessons/`:
 * `04-pool/index.mdx` becomes `pool`.
 */
export function slugFromEntryPath(entry: string): string {
  const [folder] = entry.split("/");
  if (!folder || folder === entry) {
    throw new Error(`Lesson "${entry}" must be a folder with an index.mdx, like content/lessons/04-pool/index.mdx.`);
  }
  return slugFromFolder(folder);
}

/** The least a lesson needs to be placed in the course. */
export interface Orderable {
  /** The lesson slug. */
  id: string;
  /** The `order` field of the frontmatter. */
  data: { order: number };
}

/** Lessons in course order: by `order`, then by slug so that a tie still sorts the same way. */
export function sortLessons<T extends Orderable>(lessons: readonly T[]): T[] {
  return [...lessons].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The lessons before and after one lesson, for previous/next links. */
export interface Neighbours<T> {
  /** The lesson before, if any. */
  previous?: T;
  /** The lesson after, if any. */
  next?: T;
}

/** The neighbours of the lesson `id` in an already sorted list. */
export function neighbours<T extends Orderable>(sorted: readonly T[], id: string): Neighbours<T> {
  const index = sorted.findIndex((lesson) => lesson.id === id);
  if (index === -1) return {};
  return { previous: sorted[index - 1], next: sorted[index + 1] };
}
