/**
 * The visible time window of a timeline and how zoom and pan move it. While a program runs the
 * window follows the whole trace; the first zoom or pan pins it where the learner put it, and
 * "Reset zoom" lets it follow again.
 */

/** The narrowest window, in microseconds: below this, bars are wider than the screen anyway. */
const MIN_SPAN = 10;

/** A time window in microseconds since the program started. */
export class Viewport {
  from = 0;
  to = 1000;
  /** True while the window shows the whole trace and grows with it. */
  following = true;

  /** Shows `[0, endUs]` when following. */
  fit(endUs: number): void {
    if (!this.following) return;
    this.from = 0;
    this.to = Math.max(1000, endUs);
  }

  /** Zooms by `factor` (>1 is in) keeping `anchorUs` where it is on screen. */
  zoom(factor: number, anchorUs: number, endUs: number): void {
    const span = this.to - this.from;
    const limit = Math.max(1000, endUs);
    const next = Math.min(limit, Math.max(MIN_SPAN, span / factor));
    const anchor = Math.min(this.to, Math.max(this.from, anchorUs));
    const ratio = (anchor - this.from) / span;
    this.following = false;
    this.#place(anchor - ratio * next, next, limit);
    if (next >= limit) this.following = true;
  }

  /** Moves the window by `deltaUs` (positive: later). */
  pan(deltaUs: number, endUs: number): void {
    this.following = false;
    this.#place(this.from + deltaUs, this.to - this.from, Math.max(1000, endUs));
  }

  /** Pans the least needed to show `[start, end]`, zooming out if it is wider than the window. */
  reveal(start: number, end: number, endUs: number): void {
    const span = this.to - this.from;
    if (start >= this.from && end <= this.to) return;
    this.following = false;
    const limit = Math.max(1000, endUs);
    if (end - start > span) this.#place(start - (end - start) * 0.05, Math.min(limit, (end - start) * 1.1), limit);
    else this.#place(start < this.from ? start - span * 0.1 : end - span * 0.9, span, limit);
  }

  /** Follows the whole trace again. */
  reset(endUs: number): void {
    this.following = true;
    this.fit(endUs);
  }

  #place(from: number, span: number, limit: number): void {
    this.from = Math.min(Math.max(0, from), Math.max(0, limit - span));
    this.to = this.from + span;
  }
}
