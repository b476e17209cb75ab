// One fact per distinct key and article (FACTS.md: the same code, date value, count, award
// or office named twice is one fact). The first mention gives the span; attributes missing
// there are taken from later mentions ('Chủ tịch Hồ Chí Minh' later in the text still gives
// the role only if the first mention had none — DECISIONS.md: the first mention that has one).

import { factKey } from '../text/fold.ts';
import type { Candidate } from '../pipeline.ts';

export function distinct<T extends Candidate>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const byKey = new Map<string, T>();
  for (const c of sorted) {
    const key = factKey(c);
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, { ...c });
      continue;
    }
    const target = first as Record<string, unknown>;
    const source = c as Record<string, unknown>;
    // for…in rather than Object.entries: no array per mention (candidates are plain objects).
    for (const k in source) if (target[k] === undefined && source[k] !== undefined) target[k] = source[k];
  }
  return [...byKey.values()];
}
