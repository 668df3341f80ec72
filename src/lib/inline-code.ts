/**
 * Backtick code spans in plain strings.
 *
 * Component props such as a quiz option are strings, not markdown, yet they often quote code
 * (`pool.map`). Splitting them here lets components render `<code>` without injecting HTML.
 */

/** A run of text, marked as code or not. */
export interface TextSegment {
  /** The characters, without the backticks. */
  text: string;
  /** True inside a backtick code span. */
  code: boolean;
}

/** Splits `"call `join()` first"` into text and code segments; an unpaired backtick stays text. */
export function inlineCodeSegments(input: string): TextSegment[] {
  const segments: TextSegment[] = [];
  const span = /`([^`]+)`/g;
  let last = 0;
  for (const match of input.matchAll(span)) {
    if (match.index > last) segments.push({ text: input.slice(last, match.index), code: false });
    segments.push({ text: match[1] ?? "", code: true });
    last = match.index + match[0].length;
  }
  if (last < input.length) segments.push({ text: input.slice(last), code: false });
  return segments;
}
