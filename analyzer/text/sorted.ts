// Binary search over ascending numbers (positions, offsets), shared by the scans and the
// refiners' span index.

/** First index in `keys` (ascending) whose value is ≥ `x`; keys.length when there is none. */
export function lowerBound(keys: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
