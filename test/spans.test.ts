// SpanIndex answers as a linear scan of its items would, in the same order (its by-end order is
// made on the first look-up by end, from the by-start one).
import { describe, expect, it } from 'vitest';
import { SpanIndex } from '../analyzer/text/spans.ts';

interface Item { start: number; end: number; id: number }

/** Items in a scrambled order, with ties on start, on end and on both. */
function items(seed: number, n: number): Item[] {
  let x = seed;
  const rnd = (m: number) => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) % m);
  return Array.from({ length: n }, (_, id) => {
    const start = rnd(40);
    return { start, end: start + 1 + rnd(6), id };
  });
}

const byEnd = (a: Item, b: Item) => a.end - b.end || a.start - b.start;

describe('SpanIndex', () => {
  for (const seed of [1, 2, 3, 7, 42]) {
    for (const sorted of [false, true]) {
      it(`look-ups by end give the stable by-end order (seed ${seed}${sorted ? ', items already by end' : ''})`, () => {
        let list = items(seed, 60);
        if (sorted) list = [...list].sort(byEnd);
        const index = new SpanIndex(list);
        const order = [...list].sort(byEnd);
        for (let from = -1; from < 50; from += 3) {
          for (let to = from; to < from + 12; to += 4) {
            expect(index.endingIn(from, to).map((i) => i.id)).toEqual(order.filter((i) => i.end >= from && i.end <= to).map((i) => i.id));
          }
          expect(index.endingAt(from)?.id).toBe(order.find((i) => i.end === from)?.id);
          expect(index.startingAt(from)?.id).toBe([...list].sort((a, b) => a.start - b.start || a.end - b.end).find((i) => i.start === from)?.id);
          expect(index.overlaps({ start: from, end: from + 2 })).toBe(list.some((i) => i.start < from + 2 && i.end > from));
          expect(index.covers({ start: from, end: from + 2 })).toBe(list.some((i) => i.start <= from && i.end >= from + 2));
        }
      });
    }
  }
});
