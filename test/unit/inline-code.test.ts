// Props such as quiz options render their backtick spans as code and everything else as text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { inlineCodeSegments } from "../../src/lib/inline-code.ts";

test("backtick spans become code segments", () => {
  assert.deepEqual(inlineCodeSegments("call `join()` before `get()`"), [
    { text: "call ", code: false },
    { text: "join()", code: true },
    { text: " before ", code: false },
    { text: "get()", code: true },
  ]);
});

test("text without backticks, or with an unpaired one, stays text", () => {
  assert.deepEqual(inlineCodeSegments("plain"), [{ text: "plain", code: false }]);
  assert.deepEqual(inlineCodeSegments("a ` b"), [{ text: "a ` b", code: false }]);
});
