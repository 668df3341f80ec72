// The HTML pages of the built site (dist/), for the checks that read them as files.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export const dist = join(import.meta.dirname, "..", "..", "dist");

/** Every .html file under dist/ except Pagefind's, as paths relative to dist/. */
export function builtPages(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== "pagefind" && name !== "_astro") walk(path);
      } else if (name.endsWith(".html")) {
        found.push(relative(dist, path));
      }
    }
  };
  walk(dist);
  return found.sort();
}

/** The URL path a page file is served at (`lessons/pool/index.html` -> `/lessons/pool/`). */
export function urlOf(file: string): string {
  return `/${file.replace(/index\.html$/, "")}`;
}

/** The page's HTML. */
export function read(file: string): string {
  return readFileSync(join(dist, file), "utf8");
}
