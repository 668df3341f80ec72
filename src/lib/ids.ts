/**
 * Readable HTML ids from text, so an exercise can be linked as `#exercise-count-the-primes` and
 * every question's form controls get distinct names.
 */

/** Lowercase ASCII words of `text` joined by hyphens, at most `max` characters, never empty. */
export function slugify(text: string, max = 48): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
  return slug || "item";
}
