// "Run 20 times" groups identical outputs and counts them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { countOutputs } from "../../src/timeline/distribution.ts";

test("distinct outputs, most frequent first, ties by first appearance", () => {
  assert.deepEqual(countOutputs(["b", "a", "a", "c", "b", "a"]), [
    { output: "a", count: 3 },
    { output: "b", count: 2 },
    { output: "c", count: 1 },
  ]);
});

