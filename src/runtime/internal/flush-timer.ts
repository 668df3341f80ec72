/**
 * The timer behind batched output: printed lines must leave within a frame, trace events alone
 * may wait longer, and one pending timer serves both by keeping the earliest time asked for.
 */

/** How long printed lines may wait before they are passed on (ms): a frame. */
export const LINE_DELAY_MS = 16;
/**
 * How long trace events alone may wait (ms). Each batch costs the kernel and the page some work,
 * taken from the cores a busy pool is using; twenty a second keep the timeline growing smoothly.
 */
export const EVENT_DELAY_MS = 50;

/** Runs `flush` once, at the earliest time asked for since it last ran or was cancelled. */
export class FlushTimer {
  readonly #flush: () => void;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #delay = 0;
  #due = 0;

  constructor(flush: () => void) {
    this.#flush = flush;
  }

  /** Asks for a flush within `delay` milliseconds. */
  within(delay: number): void {
    // A pending flush asked for as soon or sooner is due first; no clock read (console.log's path).
    if (this.#timer !== null && this.#delay <= delay) return;
    const due = performance.now() + delay;
    if (this.#timer !== null) {
      if (this.#due <= due) return;
      clearTimeout(this.#timer);
    }
    this.#delay = delay;
    this.#due = due;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#flush();
    }, delay);
  }

  /** Forgets the pending flush: the caller is flushing now. */
  cancel(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
