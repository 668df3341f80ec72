// Summaries of repeated timings: the bench reports medians (robust to a stray slow run on a
// shared 2-core machine) and a 95th percentile where the tail is the point (frame times).

/** The value below which `q` (0..1) of the samples lie (nearest rank). */
export function quantile(samples, q) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** The median of the samples. */
export function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
