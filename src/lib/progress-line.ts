/**
 * The progress-line convention of the lesson examples: a line `<label>: <done>/<total>`, as the
 * tqdm stand-in of lesson 5 prints to stderr (`squares: 3/12`). An example whose meta.json says
 * `"progress": true` gets a progress bar in the page that follows these lines.
 */

/** One progress report. */
export interface ProgressReport {
  label: string;
  done: number;
  total: number;
}

const progressLine = /^([^:\n]{1,60}): (\d+)\/(\d+)$/;

/** The report a printed line makes, or null when the line is not a progress line. */
export function parseProgressLine(text: string): ProgressReport | null {
  const match = progressLine.exec(text.trim());
  if (!match) return null;
  const done = Number(match[2]);
  const total = Number(match[3]);
  if (total <= 0 || done > total) return null;
  return { label: match[1]!.trim(), done, total };
}
