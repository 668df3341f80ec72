/**
 * Amdahl's law, S(n) = 1 / (s + (1 - s) / n): the speedup on n workers of a program whose serial
 * fraction is s. Fitting s to measured speedups tells a learner how much of their program did not
 * parallelise.
 */

/** A measured speedup on `n` workers. */
export interface SpeedupPoint {
  n: number;
  speedup: number;
}

/** Amdahl's predicted speedup on `n` workers for serial fraction `s`. */
export function amdahl(s: number, n: number): number {
  return 1 / (s + (1 - s) / n);
}

function squaredError(points: readonly SpeedupPoint[], s: number): number {
  return points.reduce((sum, p) => sum + (p.speedup - amdahl(s, p.n)) ** 2, 0);
}

/**
 * The serial fraction s in [0, 1] that minimises the squared error against the points: a coarse
 * scan (the error need not be unimodal with noisy data) then golden-section search around the
 * best cell. Null without a point beyond one worker, where s is not determined.
 */
export function fitSerialFraction(points: readonly SpeedupPoint[]): number | null {
  const usable = points.filter((p) => p.n > 1 && Number.isFinite(p.speedup) && p.speedup > 0);
  if (usable.length === 0) return null;
  const cells = 200;
  let best = 0;
  for (let i = 1; i <= cells; i++) {
    if (squaredError(usable, i / cells) < squaredError(usable, best / cells)) best = i;
  }
  let lo = Math.max(0, (best - 1) / cells);
  let hi = Math.min(1, (best + 1) / cells);
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 60; i++) {
    const a = hi - ratio * (hi - lo);
    const b = lo + ratio * (hi - lo);
    if (squaredError(usable, a) <= squaredError(usable, b)) hi = b;
    else lo = a;
  }
  return (lo + hi) / 2;
}
