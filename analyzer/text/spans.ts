// Position look-ups over candidates, so that refiners never scan every candidate for every
// other one (a dense 20 MB text has tens of thousands of each; linear scans per candidate
// made it minutes). Sorted arrays and binary search: O(log n) a question.

import { lowerBound } from './sorted.ts';

export interface Span {
  start: number;
  end: number;
}

export class SpanIndex<T extends Span> {
  /** The items by start (then end). */
  private readonly byStart: T[];
  private readonly starts: Int32Array;
  /**
   * The same by end (then start), made on the first look-up by end: most indexes only see
   * look-ups by start (1,707 of the 1,956 made on a pass over the real corpus). The items' spans
   * do not change once indexed (spansOf caches on that too).
   */
  private byEnd?: T[];
  private ends?: Int32Array;
  /** prefixMaxEnd[i]: the largest end among byStart[0..i]. */
  private readonly prefixMaxEnd: Int32Array;

  constructor(items: readonly T[]) {
    // Plain loops: Int32Array.from(items, fn) costs several times as much (built for every candidate list).
    const n = items.length;
    this.byStart = sortedCopy(items, byStartThenEnd);
    this.starts = new Int32Array(n);
    this.prefixMaxEnd = new Int32Array(n);
    let max = -1;
    for (let i = 0; i < n; i++) {
      const s = this.byStart[i];
      this.starts[i] = s.start;
      this.prefixMaxEnd[i] = max = Math.max(max, s.end);
    }
  }

  /** Makes byEnd and ends, once. */
  private sortByEnd(): void {
    if (this.byEnd) return;
    // the order sortedCopy(items) gives: the sort is stable, and ties keep the items' order in byStart too
    const byEnd = sortedCopy(this.byStart, byEndThenStart);
    this.ends = new Int32Array(byEnd.length);
    for (let i = 0; i < byEnd.length; i++) this.ends[i] = byEnd[i].end;
    this.byEnd = byEnd;
  }

  /** The first item that starts at `pos`. */
  startingAt(pos: number): T | undefined {
    const i = lowerBound(this.starts, pos);
    return i < this.starts.length && this.starts[i] === pos ? this.byStart[i] : undefined;
  }

  /** The first item that ends at `pos`. */
  endingAt(pos: number): T | undefined {
    this.sortByEnd();
    const i = lowerBound(this.ends!, pos);
    return i < this.ends!.length && this.ends![i] === pos ? this.byEnd![i] : undefined;
  }

  /** Items with from ≤ start < to, by start. */
  startingIn(from: number, to: number): T[] {
    return this.byStart.slice(lowerBound(this.starts, from), lowerBound(this.starts, to));
  }

  /** Items with from ≤ end ≤ to, by end. */
  endingIn(from: number, to: number): T[] {
    this.sortByEnd();
    return this.byEnd!.slice(lowerBound(this.ends!, from), lowerBound(this.ends!, to + 1));
  }

  /** Does any item share a character with `s`? */
  overlaps(s: Span): boolean {
    const i = lowerBound(this.starts, s.end) - 1; // last item starting before s ends
    return i >= 0 && this.prefixMaxEnd[i] > s.start;
  }

  /** Does any item cover `s` (start ≤ s.start and end ≥ s.end)? */
  covers(s: Span): boolean {
    const i = lowerBound(this.starts, s.start + 1) - 1; // last item starting at or before s
    return i >= 0 && this.prefixMaxEnd[i] >= s.end;
  }
}

const byStartThenEnd = (a: Span, b: Span) => a.start - b.start || a.end - b.end;
const byEndThenStart = (a: Span, b: Span) => a.end - b.end || a.start - b.start;

/**
 * A sorted copy of items. Most lists come already in order (keepMaximal's output is sorted by
 * both start and end): one pass finds that and skips the sort, whose comparator calls through
 * the builtin cost more. The same order either way, the sort being stable.
 */
function sortedCopy<T extends Span>(items: readonly T[], order: (a: Span, b: Span) => number): T[] {
  return isInOrder(items, order) ? items.slice() : [...items].sort(order);
}

/** Whether no item comes after the next in `order`. */
export function isInOrder<T>(items: readonly T[], order: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (order(items[i - 1], items[i]) > 0) return false;
  return true;
}

/** Spans by start, the longest first. */
export const readingOrder = (a: Span, b: Span) => a.start - b.start || b.end - a.end;

/**
 * Items in reading order, for a caller that only reads the list: the list itself when already in
 * that order (most candidate lists are; the stable sort would leave them as they are), else a sorted copy.
 */
export function inReadingOrder<T extends Span>(items: readonly T[]): readonly T[] {
  return isInOrder(items, readingOrder) ? items : [...items].sort(readingOrder);
}

const cache = new WeakMap<readonly Span[], SpanIndex<Span>>();

/** The index of a list of candidates, built once per list (lists are not moved afterwards). */
export function spansOf<T extends Span>(items: readonly T[]): SpanIndex<T> {
  let index = cache.get(items) as SpanIndex<T> | undefined;
  if (!index) cache.set(items, (index = new SpanIndex(items)));
  return index;
}
