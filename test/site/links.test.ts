// No broken internal links or anchors: every same-site href of every built page names a page (or
// file) that exists, and its #fragment an id on that page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { builtPages, dist, read, urlOf } from "./built-pages.ts";

const idsOf = new Map<string, Set<string>>();
function ids(file: string): Set<string> {
  if (!idsOf.has(file)) idsOf.set(file, new Set([...read(file).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  return idsOf.get(file)!;
}

function fileFor(path: string): string | null {
  const clean = decodeURIComponent(path);
  for (const candidate of [clean, join(clean, "index.html")]) {
    const relative = candidate.replace(/^\//, "");
    if (relative && existsSync(join(dist, relative)) && !relative.endsWith("/")) return relative;
  }
  return existsSync(join(dist, clean, "index.html")) ? join(clean, "index.html").replace(/^\//, "") : null;
}

test("every internal link and anchor resolves", () => {
  const broken: string[] = [];
  for (const page of builtPages()) {
    const html = read(page);
    for (const [, href] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      if (/^(?:[a-z]+:|\/\/)/i.test(href!)) continue;
      const url = new URL(href!, `http://site${urlOf(page)}`);
      if (url.pathname.startsWith("/playground/") && url.hash.startsWith("#code/")) continue;
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${urlOf(page)} -> ${href} (no such page)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith(".html") && !ids(target).has(fragment)) broken.push(`${urlOf(page)} -> ${href} (no id "${fragment}")`);
    }
  }
  assert.deepEqual(broken, []);
});
