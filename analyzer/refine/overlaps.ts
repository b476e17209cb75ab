// Flat spans: within a kind, a candidate inside a longer one is dropped (maximal spans,
// 'năm 2006' inside 'ngày 7 tháng 11 năm 2006'); across kinds, the reading that owns the
// characters wins: a document code hides the dates and counts inside it, an office or an
// award hides the person-looking words inside its name.

import type { Candidate, Candidates } from '../pipeline.ts';

type Span = { start: number; end: number };

const inside = (a: Span, b: Span) => b.start <= a.start && a.end <= b.end && (a.start !== b.start || a.end !== b.end);
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Drops candidates strictly inside another of the same list (leftmost-longest wins on ties). */
export function keepMaximal<T extends Span>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
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
  return items.filter((c) => !owners.some((o) => overlaps(c, o)));
}

function dropInside<T extends Span>(items: T[], owners: Span[]): T[] {
  if (!owners.length) return items;
  return items.filter((c) => !owners.some((o) => inside(c, o) || (o.start === c.start && o.end === c.end)));
}

export function resolveOverlaps(c: Candidates): Candidates {
  const documents = keepMaximal(c.document);
  const dates = dropOverlapping(keepMaximal(c.date), documents);
  const counts = dropOverlapping(keepMaximal(c.count), [...documents, ...dates]);
  const offices = keepMaximal(c.office);
  // Awards keep duplicates on one span (one per grantor) and the 'cấp tỉnh và cấp cơ sở' pair.
  const awards = c.award;
  const persons = dropOverlapping(
    dropInside(keepMaximal(c.person), [...offices, ...awards]).filter((p) => !offices.some((o) => overlaps(p, o) && p.name !== 'Hồ Chí Minh')),
    [],
  );
  return { document: documents, date: dates, count: counts, award: awards, office: offices, person: persons };
}

export type { Candidate };
