// Ids for exercises and questions are readable anchors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { slugify } from "../../src/lib/ids.ts";

test("ids are readable, ASCII and never empty", () => {
  assert.equal(slugify("Count the primes with a Pool"), "count-the-primes-with-a-pool");
  assert.equal(slugify("What does `pool.map` print?"), "what-does-pool-map-print");
  assert.equal(slugify("Café déjà vu"), "cafe-deja-vu");
  assert.equal(slugify("???"), "item");
  assert.ok(slugify("a ".repeat(100)).length <= 48);
});
