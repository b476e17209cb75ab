// One fact per distinct key and article (FACTS.md: the same code, date value, count, award
// or office named twice is one fact). The first mention gives the span; attributes missing
// there are taken from later mentions ('Chủ tịch Hồ Chí Minh' later in the text still gives
// the role only if the first mention had none — DECISIONS.md: the first mention that has one).
// Every mention's span is kept (`mentions`, when there is more than one) so a page can show
// a fact wherever it is named.

import { factKey } from '../text/fold.ts';
import type { Candidate } from '../pipeline.ts';
import { inReadingOrder } from '../text/spans.ts';

/** A mention: a span of the view. */
export interface MentionSpan {
  start: number;
  end: number;
}

export function distinct<T extends Candidate>(items: T[]): (T & { mentions?: MentionSpan[] })[] {
  const sorted = inReadingOrder(items);
  const byKey = new Map<string, T & { mentions?: MentionSpan[] }>();
  for (const c of sorted) {
    const key = factKey(c);
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, { ...c });
      continue;
    }
    addMention(first, c);
    const target = first as Record<string, unknown>;
    const source = c as Record<string, unknown>;
    // for…in rather than Object.entries: no array per mention (candidates are plain objects).
    for (const k in source) if (target[k] === undefined && source[k] !== undefined) target[k] = source[k];
  }
  return [...byKey.values()];
}

/** Adds c's span to the fact's mentions (the first mention is the fact's own span; a span met twice, as with one award per grantor on one span, counts once). */
function addMention(fact: Candidate & { mentions?: MentionSpan[] }, c: MentionSpan): void {
  const mentions = (fact.mentions ??= [{ start: fact.start, end: fact.end }]);
  const last = mentions[mentions.length - 1];
  if (c.start < last.end) return; // overlaps the previous mention: the same words
  mentions.push({ start: c.start, end: c.end });
}
