// Flat spans: within a kind, a candidate inside a longer one is dropped (maximal spans,
// 'năm 2006' inside 'ngày 7 tháng 11 năm 2006'); across kinds, the reading that owns the
// characters wins: a document code hides the dates and counts inside it, an office or an
// award hides the person-looking words inside its name.

import type { Candidate, Candidates } from '../pipeline.ts';
import { SpanIndex, inReadingOrder, type Span } from '../text/spans.ts';



/** Drops candidates strictly inside another of the same list (leftmost-longest wins on ties). */
export function keepMaximal<T extends Span>(items: T[]): T[] {
  const sorted = inReadingOrder(items);
  const out: T[] = [];
  let maxEnd = -1;
  let lastStart = -1;
  let lastEnd = -1;
  for (const c of sorted) {
    if (c.end <= maxEnd && !(c.start === lastStart && c.end === lastEnd)) continue;
    out.push(c);
    if (c.end > maxEnd) maxEnd = c.end;
    lastStart = c.start;
    lastEnd = c.end;
  }
  return out;
}

function dropOverlapping<T extends Span>(items: T[], owners: Span[]): T[] {
  if (!owners.length) return items;
  const index = new SpanIndex(owners);
  return items.filter((c) => !index.overlaps(c));
}

/** Drops items inside (or on the very span of) an owner. */
function dropInside<T extends Span>(items: T[], owners: Span[]): T[] {
  if (!owners.length) return items;
  const index = new SpanIndex(owners);
  return items.filter((c) => !index.covers(c));
}

export function resolveOverlaps(c: Candidates): Candidates {
  const documents = keepMaximal(c.document);
  const dates = dropOverlapping(keepMaximal(c.date), documents);
  const counts = dropOverlapping(keepMaximal(c.count), [...documents, ...dates]);
  const offices = keepMaximal(c.office);
  // Awards keep duplicates on one span (one per grantor) and the 'cấp tỉnh và cấp cơ sở' pair.
  const awards = c.award;
  // A person overlapping an office is part of its name ('Trường THCS Trần Quang Diệu'), except
  // Hồ Chí Minh, whose name stays a person wherever the words mean the man.
  const officeIndex = new SpanIndex(offices);
  const persons = dropInside(keepMaximal(c.person), [...offices, ...awards]).filter(
    (p) => p.name === 'Hồ Chí Minh' || !officeIndex.overlaps(p),
  );
  return { document: documents, date: dates, count: counts, award: awards, office: offices, person: persons };
}

export type { Candidate };
