/**
 * A list of time spans kept sorted by start, so a timeline can find what overlaps the visible
 * range with two binary searches instead of scanning every span on every frame.
 *
 * Spans mostly arrive in start order (each process records its own spans as they end), so an
 * insert is usually a push; a late span (an outer span ends after the inner ones) is spliced in.
 */

/** Anything with a start and an end on the same clock. */
export interface Span {
  start: number;
  end: number;
}

/** Spans sorted by start, with the longest length seen, for range queries. */
export class SpanIndex<T extends Span> {
  /** The spans, sorted by start (ties keep arrival order). */
  readonly items: T[] = [];
  #longest = 0;

  /** Adds a span in start order. */
  add(item: T): void {
    const items = this.items;
    this.#longest = Math.max(this.#longest, item.end - item.start);
    if (items.length === 0 || items[items.length - 1]!.start <= item.start) {
      items.push(item);
      return;
    }
    items.splice(firstStartAfter(items, item.start), 0, item);
  }

  /** The length of the longest span. */
  get longest(): number {
    return this.#longest;
  }

  /** The index of the first span starting after `value`. */
  indexAfter(value: number): number {
    return firstStartAfter(this.items, value);
  }

  /**
   * The index range `[lo, hi)` of spans that may overlap `[from, to]`: every overlapping span is
   * inside it; a few before `from` may be too, so callers still check `end >= from`.
   */
  range(from: number, to: number): [number, number] {
    return [firstStartAtOrAfter(this.items, from - this.#longest), firstStartAfter(this.items, to)];
  }
}

function firstStartAtOrAfter(items: readonly Span[], value: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function firstStartAfter(items: readonly Span[], value: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
