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
import {
  ACTING_BEFORE_COUNT, AS_OF_MARKERS, BREAKDOWN_OPENERS, COUNTRY_OWNERS, FIGURE_TIME_WORDS, HAVING_ADVERBS, HAVING_VERBS, LIST_LINKS, NOT_OWNER_BEFORE,
  OWNER_AFTER, PLACE_BACK_REFERENCES, PLACE_UNITS, PREPOSITIONS_BEFORE_COUNT, SENTENCE_CONNECTIVES, WHOLE_LEVEL_BEFORE, WHOLE_LEVELS, WHOLE_PLACE,
  WHOLE_PLACE_OF,
} from '../lexicon/figures.ts';
import { alternation } from '../text/patterns.ts';
import { provinceByName } from '../places.ts';
import { lowerBound } from '../text/sorted.ts';
import { factKey } from '../text/fold.ts';
import { ROLE_TITLES } from '../lexicon/roles.ts';
import { COUNT_TITLES, COUNT_UNITS, UNIT_NARROWERS } from '../lexicon/units.ts';
import { FUNCTION_WORDS, PHRASE_END_VERBS, PHRASE_END_WORDS } from '../lexicon/count-boundaries.ts';
import { EXTRA_PHRASE_END_PAIRS, EXTRA_PHRASE_END_WORDS } from '../lexicon/count-phrase-ends.ts';

type Count = Candidate<'count'>;
type Office = Candidate<'office'>;
type DateC = Candidate<'date'>;

const ADVERBS = `(?:(?:${alternation(HAVING_ADVERBS)}) )*`;
const VERB = `(?:${alternation(HAVING_VERBS)})`;
/** From an owner's end to the number: ' hiện có ', ' (gồm 3 xã) có ', ', với '. */
const OWNER_TO_NUMBER = new RegExp(`^(?: \\([^()]{0,60}\\))?,? ${ADVERBS}${VERB} $`, 'u');
/** A time between a place and 'là': ' hiện nay', ' năm học 2016-2017'. */
const FIGURE_TIME = `(?: (?:${alternation(FIGURE_TIME_WORDS)})(?: \\d{4}(?: ?[-–] ?\\d{4})?)?)?`;
/** From a whole place to the number: a verb of having, or 'là' after the figure's noun ('Tỷ lệ … trên địa bàn thành phố là 76%'). */
const PLACE_TO_NUMBER = `(?:,? ${ADVERBS}${VERB}|${FIGURE_TIME} là) $`;
/** The whole of a place, right before the number. */
const WHOLE_PLACE_BEFORE = new RegExp(`(?:^|[\\s,(])(?:${alternation(WHOLE_PLACE)})${PLACE_TO_NUMBER}`, 'iu');
/** The province or city as owner before 'là': 'của tỉnh là 1.914 đồng chí'. */
const WHOLE_PLACE_OF_BEFORE = new RegExp(`(?:^|[\\s,(])(?:${alternation(WHOLE_PLACE_OF)})${FIGURE_TIME} là $`, 'u');
/** A word for a place named before, right before a verb of having: 'địa phương có bảy xã'. */
const PLACE_BACK_REFERENCE_AT = new RegExp(`(?:^|[\\s,(])(?:${alternation(PLACE_BACK_REFERENCES)}),? ${ADVERBS}${VERB} $`, 'iu');
/** A level word alone as the whole of the article's unit of that level ('toàn huyện hiện có', 'của huyện đạt'). */
const WHOLE_LEVEL_AT = new RegExp(`(?:^|[\\s,(])(?:${alternation(WHOLE_LEVEL_BEFORE)}) (${alternation(WHOLE_LEVELS)})${PLACE_TO_NUMBER}`, 'iu');
/** A place of a level by its proper name: 'huyện Anh Sơn'. */
const NAMED_PLACE = new RegExp(`(?<![\\p{L}\\p{M}])(${alternation(WHOLE_LEVELS.filter((l) => l !== 'trường').flatMap((l) => [l, l[0].toUpperCase() + l.slice(1)]))}) (\\p{Lu}[\\p{Ll}\\p{M}]*)`, 'gu');
/** A place by its unit and proper name, right before the number. */
const PLACE_BEFORE = new RegExp(
  `(?:^|[\\s,(])(${alternation(PLACE_UNITS.flatMap((u) => [u, u[0].toUpperCase() + u.slice(1)]))}) ((?:\\p{Lu}[\\p{Ll}\\p{M}]*|\\d+)(?: (?:\\p{Lu}[\\p{Ll}\\p{M}]*|\\d+)){0,3}),? ${ADVERBS}${VERB} $`,
  'u',
);
/**
 * A proper name alone right before a verb of having, after a lower-case word or where a clause
 * opens: a province or a country written bare ('báo cáo Yên Bái hiện có 4 sở').
 */
const HAVING_AFTER_NAME = new RegExp(`(?<=\\p{Lu}[\\p{Ll}\\p{M}]*),? ${ADVERBS}${VERB} $`, 'u');
// The rules above that end with a verb of having or 'là' and a space (HAVING_AFTER_NAME,
// PLACE_BEFORE, WHOLE_PLACE_BEFORE, WHOLE_PLACE_OF_BEFORE, PLACE_BACK_REFERENCE_AT, WHOLE_LEVEL_AT)
// are run over up to LOOK_BACK characters before every count and try every position. Most counts
// follow no such word, which reading the last word tells at once: the word between the last two
// spaces must be a verb's last word (or 'là'), or none of them can match.
const lastWordOf = (phrase: string) => phrase.trim().split(/\s+/).pop() ?? '';
/** The last word of every match of HAVING_AFTER_NAME: a verb of having's, as written. */
const HAVING_LAST_WORD = new RegExp(`^(?:${alternation(HAVING_VERBS.map(lastWordOf))})$`, 'u');
/** The last word of every match of the other rules: a verb of having's or 'là', in any case (some rules ignore it). */
const OWNER_RULE_LAST_WORD = new RegExp(`^(?:${alternation([...HAVING_VERBS.map(lastWordOf), 'là'])})$`, 'iu');
/** Whether `before` ends with a space, and the word before it (after a space) is one `lastWord` takes. */
function endsWithWord(before: string, lastWord: RegExp): boolean {
  if (before.charCodeAt(before.length - 1) !== 0x20) return false;
  return lastWord.test(before.slice(before.lastIndexOf(' ', before.length - 2) + 1, before.length - 1));
}
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]*$/u;
/** The proper name (up to four capitalised words) that ends `before` right before a verb of having, read backwards word by word. */
function bareNameBefore(before: string): { name: string; index: number } | null {
  const tail = endsWithWord(before, HAVING_LAST_WORD) ? HAVING_AFTER_NAME.exec(before) : null;
  if (!tail) return null;
  let start = tail.index;
  let end = tail.index;
  for (let n = 0; n < 4; n++) {
    const wordStart = before.lastIndexOf(' ', end - 1) + 1;
    if (!CAPITALISED.test(before.slice(wordStart, end))) break;
    start = wordStart;
    if (wordStart === 0) break;
    end = wordStart - 1;
  }
  return start < tail.index ? { name: before.slice(start, tail.index), index: start } : null;
}
const COUNTRY = new Set<string>(COUNTRY_OWNERS);
/** From the previous count of a list to this one: ' trực thuộc với ', ', ', ' và '. */
const LIST_LINK = new RegExp(`^(?: [\\p{Ll}\\p{M}]+){0,3}(?: ?(?:${alternation(LIST_LINKS.filter((l) => l !== ','))})| ?,(?: (?:${alternation(LIST_LINKS.filter((l) => l !== ','))}))?) $`, 'u');
/** Before a count: a verb by which someone acts on what is counted (then no body after it owns it). */
const ACTING_IN_SENTENCE = new RegExp(`(?:^|[\\s,(])(?:${alternation(ACTING_BEFORE_COUNT)})(?![\\p{L}\\p{M}])`, 'iu');
/** A preposition right before the number. */
const PREPOSITION_BEFORE = new RegExp(`(?:^|[\\s,(])(?:${alternation(PREPOSITIONS_BEFORE_COUNT)}) $`, 'iu');
/** Counted nouns of people: titles and the people and Party units. */
const PEOPLE_UNITS = new Set([
  ...[...ROLE_TITLES, ...COUNT_TITLES].map((t) => t.toLowerCase()),
  ...COUNT_UNITS.filter((u) => u.group === 'people' || u.group === 'party').flatMap((u) => [u.unit, ...u.variants.map((v) => v.toLowerCase())]),
]);
/** Before a count that is an item of a list: ', ', ' và ', ', trong đó (có) '. */
const LIST_ITEM_BEFORE = new RegExp(`(?:,|(?:^|[\\s,])(?:và|${alternation(BREAKDOWN_OPENERS)})(?: có)?) $`, 'u');
/** Its place by unit and proper name: 'huyện Quế Sơn'. */
const PLACE_AT = new RegExp(`^(${alternation(PLACE_UNITS.filter((u) => u !== 'TP.'))}) (\\p{Lu}[\\p{Ll}\\p{M}]*)(?![\\p{L}\\p{M}])`, 'u');
/** A capitalised word after a space: the next word of a proper name. */
const NAME_WORD = /^ \p{Lu}[\p{Ll}\p{M}]*(?![\p{L}\p{M}\p{N}])/u;
/** A proper name's end: up to three more capitalised words after its first one, which ends at `at`. */
function nameEnd(text: string, at: number): number {
  for (let n = 0; n < 3; n++) {
    const w = NAME_WORD.exec(text.slice(at, at + 20));
    if (!w) break;
    at += w[0].length;
  }
  return at;
}
/** A breakdown of the count before it: ', trong đó 2 người …'. */
const BREAKDOWN_AFTER = new RegExp(`^[\\p{Ll}\\p{M} ]{0,30},? (?:${alternation(BREAKDOWN_OPENERS)})(?![\\p{L}\\p{M}])`, 'u');
/** Before a body that modifies the noun before it. */
const MODIFIER_BEFORE = new RegExp(`(?:^|[\\s,(])(?:${alternation(NOT_OWNER_BEFORE)}) $`, 'iu');
/** Where a clause opens: a sentence or clause start, or a fronting adverb ('Riêng', 'Ngoài ra,'). */
const CLAUSE_OPENS = /(?:^|[,.;:(…]) *$|(?:^|[\s,])(?:riêng|còn|ngoài ra|trong đó|đặc biệt) $/iu;
/** Before an as-of date. */
const AS_OF_BEFORE = new RegExp(`(?:^|[\\s,(])(?:${alternation(AS_OF_MARKERS)})(?: (?:ngày|hết|cuối))? $`, 'iu');
/** Before a date a period starts at ('Từ cuối năm 2015 đến nay …'): a start, not the date the figure holds at. */
const SINCE_BEFORE = /(?:^|[\s,(])từ (?:cuối|hết|đầu)(?: ngày)? $/iu;
/** Before a date that opens its sentence: 'Năm 2023, …', 'Ngày 20/12/2021, …', 'Sáng 5/3, …'. */
const DATE_OPENS = new RegExp(
  `^[\\s"“(-]*(?:(?:${alternation(SENTENCE_CONNECTIVES)}),? )?(?:(?:vào|trong) )?(?:(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)(?: ngày)? )?$`,
  'iu',
);
/**
 * Before a date in brackets that ends the sentence's opening adverbial of place or time: 'Tại kỳ
 * họp thứ 5 Quốc hội khóa XIII (tháng 6.2013), …', 'Chỉ gần một năm rưỡi sau, tại kỳ họp thứ 8 …
 * (tháng 11.2014) Quốc hội …': the adverbial dates the whole sentence.
 */
const BRACKETED_DATE_OPENS = /^[\s"“-]*(?:[^,.;:()]{1,40}, )?(?:[Tt]ại|[Tt]rong) [^,.;:()]{1,80} \($/u;
/** A sentence end with no space after it, before a capital ('khó khăn.Với'). */
const GLUED_SENTENCE = /[.!?…]["”]?\p{Lu}/u;
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
  const officesByStart = [...offices].sort((a, b) => a.start - b.start);
  const officeStarts = officesByStart.map((o) => o.start);
  // (read from the whole text only for a count whose owner is a place named before: most texts have none)
  let named: NamedPlace[] | undefined;
  const places = () => (named ??= namedPlaces(text));
  let previous: Count | undefined;
  /** A count whose breakdown follows (', trong đó …'): the later counts of its sentence share its owner. */
  let whole: { subject: string; sentence: number } | undefined;
  /** The date that opens the sentence of the counts before, with that sentence's start. */
  let opening: { value: string; sentence: number; at: number } | undefined;
  for (const c of sorted) {
    // The sentence, but no more than a window: a text without sentence ends stays linear.
    const sentence = sentenceStart(ends, c.start);
    const from = Math.max(sentence, c.start - LOOK_BACK);
    const before = text.slice(from, c.start);
    const link = previous && previous.end > from && previous.end <= c.start ? text.slice(previous.end, c.start) : undefined;
    // (a ratio's whole after its part: '31/66 trường học')
    const listed = link !== undefined && (link === '/' || LIST_LINK.test(link)) ? previous : undefined;
    const subject =
      ownerOf(c, before, from, officesByEnd, officeEnds, places, officesByStart, ctx) ??
      ownerAfter(c, from, officesByStart, officeStarts, text) ??
      listed?.subject ??
      (whole && whole.sentence === sentence && LIST_ITEM_BEFORE.test(before) ? whole.subject : undefined);
    if (subject) c.subject = subject;
    const own = asOfDate(datesSorted, dateStarts, from, c.start, text);
    // a date that opens the sentence dates all of it, however long ('Tại kỳ họp … (tháng 11.2014) …, 362 phiếu …, 91 phiếu …')
    if (own?.opens) opening = { value: own.value, sentence, at: c.start };
    // (not across a sentence glued to the last one: 'khó khăn.Với kết quả …')
    const carried = opening?.sentence === sentence && !GLUED_SENTENCE.test(text.slice(opening.at, c.start)) ? opening.value : undefined;
    const asOf = own?.value ?? listed?.asOf ?? carried;
    if (asOf) c.asOf = asOf;
    if (subject && BREAKDOWN_AFTER.test(text.slice(c.end, c.end + 40))) whole = { subject, sentence };
    else if (whole && whole.sentence !== sentence) whole = undefined;
    previous = c;
  }
  // One fact, one span: its owner and date are read in the sentence of its first mention
  // (distinct() would fill them from a later mention of the same key).
  const firsts = new Map<string, Count>();
  for (const c of sorted) {
    const key = factKey(c);
    const first = firsts.get(key);
    if (!first) firsts.set(key, c);
    else {
      if (first.subject === undefined) delete c.subject;
      if (first.asOf === undefined) delete c.asOf;
    }
  }
}

interface NamedPlace {
  level: string;
  name: string;
  start: number;
}

/** Places named by level and proper name ('huyện Anh Sơn'), in text order. */
function namedPlaces(text: string): NamedPlace[] {
  const out: NamedPlace[] = [];
  for (const m of text.matchAll(NAMED_PLACE)) {
    const level = m[1].toLowerCase();
    const from = m.index + m[1].length + 1;
    out.push({ level, name: `${level} ${text.slice(from, nameEnd(text, from + m[2].length))}`, start: m.index });
  }
  return out;
}

/**
 * The article's own unit of a level, for a level word that stands alone ('toàn huyện'): the
 * nearest place of that level named before `at`, else the first after it; for 'trường', the
 * nearest school among the offices likewise.
 */
function levelOwner(level: string, at: number, places: readonly NamedPlace[], offices: readonly Office[]): string | undefined {
  const named =
    level === 'trường'
      ? offices.filter((o) => /^trường /iu.test(o.name)).map((o) => ({ name: o.name, start: o.start }))
      : places.filter((p) => p.level === level);
  let found: { name: string; start: number } | undefined;
  for (const p of named) {
    if (p.start < at) found = p;
    else return found?.name ?? p.name;
  }
  return found?.name;
}

/**
 * A body or place named right after the counted noun as the one that has it: '3 trưởng ban HĐND
 * TP', '3 xã nông thôn mới của huyện Quế Sơn'. Not where the sentence acts on what is counted
 * ('trao cho 12 đảng viên của Chi bộ X': recipients).
 */
function ownerAfter(c: Count, from: number, offices: readonly Office[], officeStarts: readonly number[], text: string): string | undefined {
  const before = text.slice(from, c.start);
  if (ACTING_IN_SENTENCE.test(before) || PREPOSITION_BEFORE.test(before)) return undefined;
  let p = c.end;
  for (let n = 0; n <= 4; n++) {
    if (text.charCodeAt(p) !== 32) return undefined;
    const q = p + 1;
    const link = OWNER_LINK.exec(text.slice(q, q + 8));
    const at = link ? q + link[0].length : q;
    if (link || (n === 0 && PEOPLE_UNITS.has(c.unit))) {
      const i = lowerBound(officeStarts, at);
      if (i < offices.length && offices[i].start === at) return offices[i].name;
    }
    if (link) {
      const place = PLACE_AT.exec(text.slice(at, at + 60));
      if (!place) return undefined;
      const from = at + place[1].length + 1;
      return placeName(place[1], text.slice(from, nameEnd(text, from + place[2].length)));
    }
    // the words between are the counted noun's modifiers, no verb ('300 đại biểu | dự hội nghị của Tỉnh ủy')
    const w = WORD_AT.exec(text.slice(q, q + 20));
    if (!w || ENDS_PHRASE.has(w[0]) || ACTING_WORDS.has(w[0])) return undefined;
    const next = /^ ([\p{Ll}\p{M}]+)/u.exec(text.slice(q + w[0].length, q + w[0].length + 20));
    if (next && (ENDS_PHRASE_PAIRS.has(`${w[0]} ${next[1]}`) || ACTING_WORDS.has(`${w[0]} ${next[1]}`))) return undefined;
    p = q + w[0].length;
  }
  return undefined;
}
const ENDS_PHRASE = new Set([...FUNCTION_WORDS, ...PHRASE_END_WORDS, ...EXTRA_PHRASE_END_WORDS].filter((w) => !OWNER_AFTER.includes(w as never) && !UNIT_NARROWERS.includes(w)));
const ENDS_PHRASE_PAIRS = new Set([...PHRASE_END_VERBS, ...EXTRA_PHRASE_END_PAIRS]);
const ACTING_WORDS = new Set<string>(ACTING_BEFORE_COUNT);
const OWNER_LINK = new RegExp(`^(?:${alternation(OWNER_AFTER)}) `, 'u');
const WORD_AT = /^[\p{Ll}\p{M}]+/u;

/** A place as an owner: 'tỉnh Gia Lai' → 'Gia Lai', 'huyện Chư Sê' → 'huyện Chư Sê'. */
function placeName(unitWritten: string, name: string): string {
  const unit = unitWritten.replace(/\.$/, '').replace(/^./, (ch) => (unitWritten.startsWith('TP') ? ch : ch.toLowerCase()));
  if (unit === 'tỉnh' || unit === 'thành phố' || unit === 'TP') {
    return provinceByName(name) ?? (unit !== 'tỉnh' ? provinceByName(`Thành phố ${name}`) : undefined) ?? (unit === 'tỉnh' ? name : `${unit === 'TP' ? 'thành phố' : unit} ${name}`);
  }
  return `${unit} ${name}`;
}

/** The body or place the sentence gives as the figure's owner, right before the number. */
function ownerOf(
  c: Count, before: string, from: number, offices: readonly Office[], officeEnds: readonly number[],
  places: () => readonly NamedPlace[], officesByStart: readonly Office[], ctx: Context,
): string | undefined {
  // An office whose name ends before the number, in the same sentence, linked by a verb of having.
  for (let i = lastEndingBefore(officeEnds, c.start); i >= 0 && offices[i].end > from; i--) {
    const o = offices[i];
    if (o.start < from) break;
    if (OWNER_TO_NUMBER.test(ctx.text.slice(o.end, c.start)) && !MODIFIER_BEFORE.test(ctx.text.slice(Math.max(from, o.start - 14), o.start))) return o.name;
    break; // only the nearest office can be the owner
  }
  const ownerRules = endsWithWord(before, OWNER_RULE_LAST_WORD);
  if (ownerRules && (WHOLE_PLACE_BEFORE.test(before) || WHOLE_PLACE_OF_BEFORE.test(before))) return ctx.article.province;
  const back = ownerRules ? PLACE_BACK_REFERENCE_AT.exec(before) : null;
  if (back) {
    // the nearest place named before it in the sentence
    let found: string | undefined;
    for (const p of places()) {
      if (p.start < from) continue;
      if (p.start >= from + back.index) break;
      found = p.name;
    }
    if (found) return found;
  }
  const level = ownerRules ? WHOLE_LEVEL_AT.exec(before) : null;
  if (level) {
    const owner = levelOwner(level[1].toLowerCase(), c.start, places(), officesByStart);
    if (owner) return owner;
  }
  const place = ownerRules ? PLACE_BEFORE.exec(before) : null;
  // (not the place that ends an office's name: 'Theo Phòng GD-ĐT quận 1, đến nay đã có …')
  const placeStart = place ? from + place.index + (place[0].startsWith(place[1]) ? 0 : 1) : -1;
  if (place && !endsAnOffice(placeStart, c.start, offices, officeEnds)) {
    // 'huyện … đầu tiên của tỉnh Nghệ An có 100% …': the province modifies the noun before it,
    // which has the figure; 'tỷ lệ … của tỉnh X đạt 8%' is the province's rate.
    // A place after 'tại' that opens its clause is where the figure is ('Ngoài ra, tại huyện X có
    // 112 con lợn …'); after a noun it places that noun ('khu biệt thự tại tỉnh X gồm 6 lô').
    const modifier = MODIFIER_BEFORE.exec(before.slice(Math.max(0, place.index - 13), place.index + 1));
    const at = place.index + 1 - (modifier ? modifier[0].trimStart().length : 0);
    const locative = modifier !== null && /^(?:Tại $|tại $)/u.test(modifier[0].trimStart()) && (modifier[0].trimStart()[0] === 'T' || CLAUSE_OPENS.test(before.slice(Math.max(0, at - 20), at)));
    if (!modifier || locative || (/của $/u.test(modifier[0]) && /(?:đạt|là) $/u.test(before))) return placeName(place[1], place[2]);
  }
  // A province or country named bare: not the end of a longer name ('UBND Yên Bái', 'Công an
  // Yên Bái'), nor a place that modifies the noun before it ('… của Yên Bái có').
  const bare = place ? null : bareNameBefore(before);
  if (bare) {
    const at = bare.index;
    const province = COUNTRY.has(bare.name) ? bare.name : provinceByName(bare.name);
    const wordBefore = /(?:^|[\s,(])([^\s,(]+) $/u.exec(before.slice(Math.max(0, at - 20), at))?.[1];
    const opens = CLAUSE_OPENS.test(before.slice(Math.max(0, at - 20), at));
    if (
      province &&
      (opens || (wordBefore !== undefined && /^[\p{Ll}\p{M}]+$/u.test(wordBefore) && !MODIFIER_BEFORE.test(before.slice(Math.max(0, at - 14), at)) && !BODY_WORD_BEFORE.test(before.slice(Math.max(0, at - 20), at)) && !PERSON_WORD_BEFORE.test(before.slice(Math.max(0, at - 20), at)) && !NAME_GOES_ON_BEFORE.test(before.slice(Math.max(0, at - 30), at)))) &&
      !endsAnOffice(from + at, c.start, offices, officeEnds)
    ) {
      return province;
    }
  }
  return undefined;
}

/** Lower-case words that end a body's name before a place ('công an', 'sở', 'ủy ban nhân dân'): no bare owner after them. */
const BODY_WORD_BEFORE = /(?:^|[\s,(])(?:an|sở|ban|ủy|uỷ|nhân dân|viện|trường|hội|đoàn|phòng|cục|bộ|tòa|toà|đài|báo) $/iu;
/** A capitalised word and a lower-case one before a place: the end of a longer name ('Hội Nông dân Việt Nam'). */
const NAME_GOES_ON_BEFORE = /\p{Lu}[\p{Ll}\p{M}]* [\p{Ll}\p{M}]+ $/u;
/** Words that address a person before a name ('anh Hà Nam có 3 con trâu'): the name is a person's. */
const PERSON_WORD_BEFORE = /(?:^|[\s,(])(?:ông|bà|anh|chị|em|cô|chú|bác|cụ|cháu|con|đồng chí|đ\/c) $/iu;

/** Whether an office that ends by `end` holds the place that starts at `at` (offices sorted by end). */
function endsAnOffice(at: number, end: number, offices: readonly Office[], officeEnds: readonly number[]): boolean {
  for (let i = lastEndingBefore(officeEnds, end); i >= 0 && offices[i].end > at; i--) if (offices[i].start < at) return true;
  return false;
}

/** A point date of the sentence before the number that the figure holds at, and whether it opens the sentence. */
function asOfDate(dates: readonly DateC[], dateStarts: readonly number[], from: number, at: number, text: string): { value: string; opens: boolean } | undefined {
  let found: { value: string; opens: boolean } | undefined;
  for (let i = lowerBound(dateStarts, from); i < dates.length; i++) {
    const d = dates[i];
    if (d.end > at) break;
    if (d.value.includes('/')) continue; // a term, not a point in time
    const opens = (DATE_OPENS.test(text.slice(from, d.start)) && text[d.end] === ',') || (text[d.end] === ')' && BRACKETED_DATE_OPENS.test(text.slice(from, d.start)));
    const marked = text.slice(Math.max(from, d.start - 24), d.start);
    if (opens || (AS_OF_BEFORE.test(marked) && !SINCE_BEFORE.test(marked))) found = { value: d.value, opens };
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

