/**
 * The time axis: maps microseconds to pixels and picks tick marks at 1, 2 or 5 times a power of
 * ten milliseconds, so labels stay readable at any zoom (from whole seconds down to microseconds).
 */

/** One tick of the axis. */
export interface Tick {
  /** Time in milliseconds. */
  ms: number;
  label: string;
}

/** The smallest 1/2/5 x 10^k step of at least `rough`. */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const m of [1, 2, 5, 10]) {
    if (m * power >= rough * (1 - 1e-9)) return m * power;
  }
  return 10 * power;
}

/** Decimals that show a step exactly (0.05 -> 2). */
function decimalsFor(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

/** Formats a tick value for a given step, e.g. "250 ms", "1.25 ms". */
function tickLabel(ms: number, step: number): string {
  return `${ms.toFixed(decimalsFor(step))} ms`;
}

/**
 * Ticks between `fromMs` and `toMs` on an axis `widthPx` wide, at least `minGapPx` apart
 * (wide enough for a label).
 */
export function ticks(fromMs: number, toMs: number, widthPx: number, minGapPx = 80): Tick[] {
  const range = toMs - fromMs;
  if (!(range > 0) || !(widthPx > 0)) return [];
  const step = niceStep((range * minGapPx) / widthPx);
  const out: Tick[] = [];
  for (let i = Math.ceil(fromMs / step - 1e-9); i * step <= toMs + step * 1e-9; i++) {
    const ms = i * step;
    out.push({ ms, label: tickLabel(ms, step) });
  }
  return out;
}

/** A linear map from a time range (microseconds) to a pixel range. */
export interface TimeScale {
  x(us: number): number;
  us(x: number): number;
}

/** The scale showing `[fromUs, toUs]` in `[leftPx, rightPx]`. */
export function timeScale(fromUs: number, toUs: number, leftPx: number, rightPx: number): TimeScale {
  const k = (rightPx - leftPx) / Math.max(1e-9, toUs - fromUs);
  return { x: (us) => leftPx + (us - fromUs) * k, us: (x) => fromUs + (x - leftPx) / k };
}
