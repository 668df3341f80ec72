// The header links only to sections whose page file exists; this maps page files to routes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { routeFromPageFile } from "../../src/lib/routes.ts";

test("page files map to the routes the header links to", () => {
  assert.equal(routeFromPageFile("/src/pages/index.astro"), "/");
  assert.equal(routeFromPageFile("/src/pages/labs/index.astro"), "/labs/");
  assert.equal(routeFromPageFile("/src/pages/cheatsheet.astro"), "/cheatsheet/");
  assert.equal(routeFromPageFile("/src/pages/lessons/[slug].astro"), "/lessons/[slug]/");
});
