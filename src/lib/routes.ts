/**
 * Routes of the files in `src/pages/`, as pure functions.
 *
 * The header links to Playground, Labs and Cheat sheet only once their pages exist, so a link never
 * leads to the 404 page while those sections are still being written.
 */

/** The route of a page file: `/src/pages/labs/index.astro` gives `/labs/`, `/src/pages/404.astro` gives `/404/`. */
export function routeFromPageFile(path: string): string {
  const route = path
    .replace(/^.*\/src\/pages/, "")
    .replace(/\.(astro|md|mdx)$/, "")
    .replace(/\/index$/, "");
  return `${route}/`;
}
