/**
 * Does a program's output match an example's `expected.txt`? The rules of content/README.md:
 * `...` in an expected line matches any text (doctest's ELLIPSIS), and with order "any" the lines
 * are compared as a multiset. Used by the tests of both twins and by the labs' checks.
 */

/** How lines are compared. */
export type LineOrder = "exact" | "any";

/** The outcome of a comparison, with the first difference when it fails. */
export type MatchResult = { ok: true } | { ok: false; reason: string };

/** Whether one output line matches one expected line. */
export function lineMatches(expected: string, actual: string): boolean {
  if (!expected.includes("...")) return expected === actual;
  const parts = expected.split("...").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join(".*")}$`, "s").test(actual);
}

/** Splits text into lines, ignoring one trailing newline and trailing spaces. */
export function outputLines(text: string): string[] {
  const lines = text.replace(/\r\n/g, "\n").split("\n").map((line) => line.trimEnd());
  while (lines.length > 0 && lines.at(-1) === "") lines.pop();
  return lines;
}

/** Compares printed lines with the expected text. */
export function matchOutput(expectedText: string, actual: readonly string[], order: LineOrder = "exact"): MatchResult {
  const expected = outputLines(expectedText);
  const got = actual.map((line) => line.trimEnd());
  while (got.length > 0 && got.at(-1) === "") got.pop();
  if (got.length !== expected.length) {
    return { ok: false, reason: `expected ${expected.length} lines, got ${got.length}:\n${got.join("\n")}` };
  }
  if (order === "exact") {
    const index = expected.findIndex((line, i) => !lineMatches(line, got[i]!));
    return index < 0 ? { ok: true } : { ok: false, reason: `line ${index + 1}: expected ${JSON.stringify(expected[index])}, got ${JSON.stringify(got[index])}` };
  }
  // Any order: match exact lines first, then patterns, so a pattern does not steal an exact line.
  const left = [...got];
  const sorted = [...expected].sort((a, b) => Number(a.includes("...")) - Number(b.includes("...")));
  for (const line of sorted) {
    const index = left.findIndex((candidate) => lineMatches(line, candidate));
    if (index < 0) return { ok: false, reason: `no output line matches ${JSON.stringify(line)}; unmatched: ${JSON.stringify(left)}` };
    left.splice(index, 1);
  }
  return { ok: true };
}
