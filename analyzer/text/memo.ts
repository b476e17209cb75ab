// Answers of a pure look-up kept by key: the analyzer asks the same names and words over and over,
// within an article and across a batch. Bounded: emptied once it holds `limit` answers, so a long
// batch does not grow it without end. `undefined` is an answer too (kept, not recomputed).

export class BoundedMemo<V> {
  private readonly kept = new Map<string, V>();
  constructor(private readonly limit: number) {}

  /** The answer kept for `key`, or `compute()`'s, then kept. */
  get(key: string, compute: () => V): V {
    const v = this.kept.get(key);
    if (v !== undefined || this.kept.has(key)) return v as V;
    if (this.kept.size >= this.limit) this.kept.clear();
    const answer = compute();
    this.kept.set(key, answer);
    return answer;
  }
}
