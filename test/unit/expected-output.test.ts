// The expected-output rules of content/README.md: ellipsis, trailing newlines, any-order lines.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lineMatches, matchOutput } from "../../src/runner/expected-output.ts";

test("an ellipsis matches any text, including none", () => {
  assert.ok(lineMatches("took ... s", "took 1.23 s"));
  assert.ok(lineMatches("took ... s", "took  s"));
  assert.ok(!lineMatches("took ... s", "took 1.23 ms"));
  assert.ok(lineMatches("[1, 4, 9]", "[1, 4, 9]"));
  assert.ok(!lineMatches("a.b", "axb"));
});

test("exact order compares line by line and names the first difference", () => {
  assert.deepEqual(matchOutput("a\nb\n", ["a", "b"]), { ok: true });
  const result = matchOutput("a\nb\n", ["a", "c"]);
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.reason : "", /line 2/);
  assert.equal(matchOutput("a\n", ["a", "b"]).ok, false);
});

test("any order compares a multiset, exact lines before patterns", () => {
  assert.deepEqual(matchOutput("x 1\nx ...\n", ["x 2", "x 1"], "any"), { ok: true });
  assert.equal(matchOutput("a\na\n", ["a", "b"], "any").ok, false);
});
