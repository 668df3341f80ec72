/**
 * "Run 20 times": groups the outputs of repeated runs so nondeterminism shows as more than one
 * distinct output, counted.
 */

/** One distinct output and how often it occurred. */
export interface OutputCount {
  output: string;
  count: number;
}

/** Distinct outputs, most frequent first (ties in order of first appearance). */
export function countOutputs(outputs: readonly string[]): OutputCount[] {
  const counts = new Map<string, number>();
  for (const output of outputs) counts.set(output, (counts.get(output) ?? 0) + 1);
  return [...counts].map(([output, count]) => ({ output, count })).sort((a, b) => b.count - a.count);
}
