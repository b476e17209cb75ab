// Whose figure a count is, and when it holds (FACTS.md count `subject`, `asOf`).
//
// Subject, from the sentence's structure:
//   - the body right before a verb of having: 'Đảng bộ Văn phòng Tỉnh ủy có 5 chi bộ',
//     'Hội … gồm 120 hội viên' (an office the office parser found, named as its fact is named);
//   - the whole of a place: 'toàn tỉnh hiện có 950 tổ chức cơ sở đảng' → the article's province;
//     'tỉnh Gia Lai có …' → 'Gia Lai', 'huyện Chư Sê có …' → 'huyện Chư Sê';
//   - the head of a list of counts: 'có 5 chi bộ trực thuộc với 49 đảng viên' → both.
// Anything else has no owner the text states ('trao cho 12 đảng viên', '300 đại biểu dự').
//
// As-of date: a date of the same sentence after 'tính đến', 'đến hết' … ('tính đến ngày
// 31/12/2024, toàn tỉnh có …'), or the date that opens the sentence ('Năm 2023, …'); a list of
// counts shares it.

import type { Candidate, Context } from '../pipeline.ts';
import { AS_OF_MARKERS, HAVING_ADVERBS, HAVING_VERBS, LIST_LINKS, NOT_OWNER_BEFORE, PLACE_UNITS, WHOLE_PLACE } from '../lexicon/figures.ts';
import { alternation } from '../text/patterns.ts';
import { provinceByName } from '../places.ts';
import { lowerBound } from '../text/sorted.ts';

type Count = Candidate<'count'>;
type Office = Candidate<'office'>;
type DateC = Candidate<'date'>;

const ADVERBS = `(?:(?:${alternation(HAVING_ADVERBS)}) )*`;
const VERB = `(?:${alternation(HAVING_VERBS)})`;
/** From an owner's end to the number: ' hiện có ', ' (gồm 3 xã) có ', ', với '. */
const OWNER_TO_NUMBER = new RegExp(`^(?: \\([^()]{0,60}\\))?,? ${ADVERBS}${VERB} $`, 'u');
/** The whole of a place, right before the number. */
const WHOLE_PLACE_BEFORE = new RegExp(`(?:^|[\\s,(])(?:${alternation(WHOLE_PLACE)}),? ${ADVERBS}${VERB} $`, 'iu');
/** A place by its unit and proper name, right before the number. */
const PLACE_BEFORE = new RegExp(
  `(?:^|[\\s,(])(${alternation(PLACE_UNITS.flatMap((u) => [u, u[0].toUpperCase() + u.slice(1)]))}) ((?:\\p{Lu}[\\p{Ll}\\p{M}]*|\\d+)(?: (?:\\p{Lu}[\\p{Ll}\\p{M}]*|\\d+)){0,3}),? ${ADVERBS}${VERB} $`,
  'u',
);
/** From the previous count of a list to this one: ' trực thuộc với ', ', ', ' và '. */
const LIST_LINK = new RegExp(`^(?: [\\p{Ll}\\p{M}]+){0,3}(?: ?(?:${alternation(LIST_LINKS.filter((l) => l !== ','))})| ?,(?: (?:${alternation(LIST_LINKS.filter((l) => l !== ','))}))?) $`, 'u');
/** Before a body that modifies the noun before it. */
const MODIFIER_BEFORE = new RegExp(`(?:^|[\\s,(])(?:${alternation(NOT_OWNER_BEFORE)}) $`, 'u');
/** Before an as-of date. */
const AS_OF_BEFORE = new RegExp(`(?:^|[\\s,(])(?:${alternation(AS_OF_MARKERS)})(?: (?:ngày|hết|cuối))? $`, 'iu');
/** Before a date that opens its sentence: 'Năm 2023, …', 'Ngày 20/12/2021, …', 'Sáng 5/3, …'. */
const DATE_OPENS = /^[\s"“(-]*(?:(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)(?: ngày)? )?$/u;
/** How far before a number its owner and its date are looked for (a long sentence's head is beyond). */
const LOOK_BACK = 240;
/** Where a sentence (or a line) ends, for the look-back. */
const SENTENCE_END = /[.!?;\n](?=\s|$)|\n/g;

/** Sets `subject` and `asOf` on the counts whose sentence says them. Offices must be named already (mergeNamesOfOneBody). */
export function attachCountSubjects(counts: Count[], offices: readonly Office[], dates: readonly DateC[], ctx: Context): void {
  if (!counts.length) return;
  const { text } = ctx;
  const sorted = [...counts].sort((a, b) => a.start - b.start);
  const ends = sentenceEnds(text);
  const officesByEnd = [...offices].sort((a, b) => a.end - b.end);
  const officeEnds = officesByEnd.map((o) => o.end);
  const datesSorted = [...dates].sort((a, b) => a.start - b.start);
  const dateStarts = datesSorted.map((d) => d.start);
  let previous: Count | undefined;
  for (const c of sorted) {
    // The sentence, but no more than a window: a text without sentence ends stays linear.
    const from = Math.max(sentenceStart(ends, c.start), c.start - LOOK_BACK);
    const before = text.slice(from, c.start);
    const listed = previous && previous.end > from && previous.end <= c.start && LIST_LINK.test(text.slice(previous.end, c.start)) ? previous : undefined;
    const subject = ownerOf(c, before, from, officesByEnd, officeEnds, ctx) ?? listed?.subject;
    if (subject) c.subject = subject;
    const asOf = asOfDate(datesSorted, dateStarts, from, c.start, text) ?? listed?.asOf;
    if (asOf) c.asOf = asOf;
    previous = c;
  }
}

/** The body or place the sentence gives as the figure's owner, right before the number. */
function ownerOf(c: Count, before: string, from: number, offices: readonly Office[], officeEnds: readonly number[], ctx: Context): string | undefined {
  // An office whose name ends before the number, in the same sentence, linked by a verb of having.
  for (let i = lastEndingBefore(officeEnds, c.start); i >= 0 && offices[i].end > from; i--) {
    const o = offices[i];
    if (o.start < from) break;
    if (OWNER_TO_NUMBER.test(ctx.text.slice(o.end, c.start)) && !MODIFIER_BEFORE.test(ctx.text.slice(Math.max(from, o.start - 14), o.start))) return o.name;
    break; // only the nearest office can be the owner
  }
  if (WHOLE_PLACE_BEFORE.test(before)) return ctx.article.province;
  const place = PLACE_BEFORE.exec(before);
  if (place) {
    const unit = place[1].replace(/\.$/, '').replace(/^./, (c) => (place[1].startsWith('TP') ? c : c.toLowerCase()));
    if (unit === 'tỉnh' || unit === 'thành phố' || unit === 'TP') return provinceByName(place[2]) ?? (unit === 'tỉnh' ? place[2] : `${unit === 'TP' ? 'thành phố' : unit} ${place[2]}`);
    return `${unit} ${place[2]}`;
  }
  return undefined;
}

/** A point date of the sentence before the number that the figure holds at. */
function asOfDate(dates: readonly DateC[], dateStarts: readonly number[], from: number, at: number, text: string): string | undefined {
  let found: string | undefined;
  for (let i = lowerBound(dateStarts, from); i < dates.length; i++) {
    const d = dates[i];
    if (d.end > at) break;
    if (d.value.includes('/')) continue; // a term, not a point in time
    const opens = DATE_OPENS.test(text.slice(from, d.start)) && text[d.end] === ',';
    if (opens || AS_OF_BEFORE.test(text.slice(Math.max(from, d.start - 24), d.start))) found = d.value;
  }
  return found;
}

/** Offsets where sentences end (the character after the mark). */
function sentenceEnds(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) out.push(m.index + 1);
  return out;
}

/** Start of the sentence holding `at`: just after the last end at or before it. */
function sentenceStart(ends: readonly number[], at: number): number {
  const i = lowerBound(ends, at + 1);
  return i ? ends[i - 1] : 0;
}

/** Index of the last office ending at or before `at` (`ends`: the offices' ends, ascending), or -1. */
function lastEndingBefore(ends: readonly number[], at: number): number {
  return lowerBound(ends, at + 1) - 1;
}

