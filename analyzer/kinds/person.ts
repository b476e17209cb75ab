// Persons: named people. A name is two to five capitalised syllables that start with a
// family name ('Trần Văn Bình'), or any two to four capitalised syllables right after a
// title or a form of address ('đồng chí Hoài Nam'); photo credits ('Ảnh: Ngọc Lan') and
// the byline found by article.ts too. Hồ Chí Minh is a person where the words mean the man,
// not the city or a body named after him. Roles (the title written before the name) are
// attached by refine/person-roles.ts, which knows the offices.
//
// What keeps the names of places, firms and bodies out (they are written in capitalised words
// too, and often after a family-name word: 'Đồng Tâm', 'Sở Cảnh sát', 'Phó Giám đốc'):
// - a capitalised run is read whole: a name that starts inside a longer run of capitalised
//   words ('sân bay Tân Sơn Nhất', 'xã Vĩnh Lộc A') is the tail of that run's name, unless the
//   run is a place named before a person after a title ('Chủ tịch UBND huyện Sóc Sơn Lê Thị Hải');
// - after a place word or the head of a firm's or a body's name ('đường', 'xã', 'Công ty …',
//   'Khu tái định cư') the run names that thing, and after a title and such a word the run is
//   split into the place and the holder's name;
// - a name that ends on the first syllable of a title-case word ('Sở Cảnh' + 'sát', 'Phó Giám'
//   + 'đốc', 'Đoàn Chủ' + 'tịch') is part of a title or a body name;
// - a bare two-syllable name (no title, no form of address, no list, no credit) stands for a
//   place far more often than for a person ('Kim Sơn', 'Hoàng Sa'): it is kept only where it
//   stands alone like a byline;
// - credits to a medium, an agency or a service ('Ảnh: Reuters', 'Ảnh: Báo Tuổi Trẻ') are no
//   persons; 'Ảnh: VGP/Thanh Tùng' credits 'Thanh Tùng'.
// Crawled texts glue sentences ('Trần Văn BìnhDự Lễ …'): a capital right after a syllable ends it.

import type { Candidate, Context } from '../pipeline.ts';
import { BODY_HEADS, DEPARTMENTS, LOCATOR_WORDS, MINISTRIES, PARTY_BOARDS } from '../lexicon/bodies.ts';
import {
  CREDIT_WORDS,
  PERSON_PREFIXES,
  ROLE_TITLES,
  ROLE_WORDS_BEFORE_NAMES,
  SURNAMES,
  isSurname,
  TITLE_PREFIX_SURNAMES,
} from '../lexicon/roles.ts';
import { AWARDS } from '../lexicon/awards.ts';
import {
  BODIES_NAMED_BY_PLACE,
  UNITS_NAMED_OR_NOT,
  BODY_FIRST_WORDS,
  FOREIGN_NAMES,
  CAPTION_STARTERS,
  GIVEN_NAMES_THAT_BEGIN_BODIES,
  GROUP_WORDS,
  MEDIA_CREDITS,
  MEDIA_HEADS,
  NAME_STOP_WORDS,
  NOT_PERSON_NAMES,
  ORG_HEADS,
  PLACE_WORDS_BEFORE_NAMES,
  PLACE_WORD_FALSE_FRIENDS,
  RUN_BREAKING_WORDS,
  SENTENCE_STARTERS,
  SENTENCE_OPENERS,
  LEGAL_FORM_WORDS,
  STARTERS_THAT_ARE_GIVEN_NAMES,
  TITLE_CASE_WORDS,
  WORDS_INSIDE_ORG_NAMES,
} from '../lexicon/context.ts';
import { PROVINCE_NAME_PATTERN } from '../places.ts';
import { WORD_END, WORD_START, alternation, leadingClass, rx } from '../text/patterns.ts';
import { WordScan } from '../text/scan.ts';

/** Honorary titles held by people ('Nghệ sĩ Nhân dân', 'NSƯT'): lists of names follow them. */
const HONORARY_TITLES = AWARDS.filter((a) => a.category === 'honorary-title').flatMap((a) => [a.name, ...a.variants]);

type PersonCandidate = Candidate<'person'>;

// The look-behinds below hold long alternations; they run only where the word before the
// position is the last word of one of their phrases (a set look-up), like text/scan.ts does forwards.
const FINAL_I: Record<string, string> = { y: 'i', ý: 'í', ỳ: 'ì', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị' };
export function foldLast(word: string): string {
  const w = word.toLowerCase();
  const i = FINAL_I[w[w.length - 1]];
  return i === undefined ? w : w.slice(0, -1) + i;
}
/** The last letter run of each phrase, lower case, final y as i: what `endsWithPhrase` looks up. */
export function lastWordsOf(phrases: readonly string[]): Set<string> {
  return new Set(phrases.map((p) => foldLast(/[\p{L}\p{M}\p{N}]+$/u.exec(p.trim())?.[0] ?? '')));
}
const WORD_UNIT = new Uint8Array(0x10000);
/** Is this UTF-16 unit part of a word (a letter, a mark or a digit)? */
function wordUnit(c: number): boolean {
  let k = WORD_UNIT[c];
  if (k === 0) WORD_UNIT[c] = k = /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2;
}
/** The word that ends at `end` (a run of letters, marks and digits; '' when none). */
export function wordEndingAt(text: string, end: number): string {
  let s = end;
  while (s > 0 && end - s < 24 && wordUnit(text.charCodeAt(s - 1))) s--;
  return text.slice(s, end);
}
/** Does a phrase of `re` (a sticky look-behind) end at `end`, spaces before `end` allowed? */
export function endsWithPhrase(re: RegExp, last: Set<string>, text: string, end: number): boolean {
  let e = end;
  while (e > 0 && text.charCodeAt(e - 1) === 0x20) e--;
  const word = wordEndingAt(text, e);
  if (!word || !last.has(foldLast(word))) return false;
  const upTo = text.slice(Math.max(0, e - 70), e);
  re.lastIndex = upTo.length;
  return re.test(upTo);
}


/** Every title a name can follow: the lexicon's titles and the words that are roles only before names. */
const TITLES = [...ROLE_TITLES, ...ROLE_WORDS_BEFORE_NAMES];

// In credits a syllable ends where no letter follows, or where a capital glues the next sentence
// on ('Ảnh: Thu HàTới dự …'); the name scans keep the reviewed word edge and add a glued
// syllable in code (withGluedSyllable).
const SYL_END = '(?:(?![\\p{L}\\p{M}\\p{N}])|(?=\\p{Lu}\\p{Ll}))';
// A capitalised syllable ('Minh', 'Đẳng'), an all-caps one ('TUẤN') or an Ê Đê / Jrai prefix ('H'', 'Y').
const SYL = "\\p{Lu}[\\p{Ll}\\p{M}]*";
const CAPS = '\\p{Lu}[\\p{Lu}\\p{M}]*';
const SURNAME = alternation(SURNAMES);

// Family name + 1–4 more syllables.
const FULL_NAME = rx(`${leadingClass(SURNAMES)}${WORD_START}(?:${SURNAME})(?: +${SYL}${WORD_END}){1,4}`, 'gu');
// After a title or a form of address: 2–4 capitalised syllables.
// Two scans, because they are fast in different ways: capitalised titles ('Bí thư') with a
// first-letter look-ahead, lower-case forms of address ('ông', 'đồng chí') as literals whose
// word edge is checked after them.
const INTROS = [...TITLES, ...PERSON_PREFIXES];
const CAPITAL_INTROS = INTROS.filter((w) => /^\p{Lu}/u.test(w));
const LOWER_INTROS = INTROS.filter((w) => !/^\p{Lu}/u.test(w));
const CAPITAL_INTRO = alternation(CAPITAL_INTROS);
const LOWER_INTRO = alternation(LOWER_INTROS);
const NAME_AFTER_INTRO = ` +(${SYL}(?: +${SYL}${WORD_END}){1,3})`;
const INTRODUCED = [
  rx(`${leadingClass(CAPITAL_INTROS)}${WORD_START}(?:${CAPITAL_INTRO})${NAME_AFTER_INTRO}`, 'gu'),
  rx(`(?:${LOWER_INTRO})(?<![\\p{L}\\p{M}\\p{N}](?:${LOWER_INTRO}))${NAME_AFTER_INTRO}`, 'gu'),
];
// Both scans run only where a family name or an intro word is (text/scan.ts).
const FULL_NAME_SCAN = new WordScan(FULL_NAME, SURNAMES);
const INTRODUCED_SCANS = [new WordScan(INTRODUCED[0], CAPITAL_INTROS), new WordScan(INTRODUCED[1], LOWER_INTROS)];

// Photo and text credits: 'Ảnh: Ngọc Lan', 'Ảnh Quốc Việt', '(Ảnh: NGỌC ANH)', 'Ảnh: VGP/Thanh Tùng',
// 'Ảnh: Nguyễn Chinh - TTXVN'. The scan finds the credit word and its first part; the parts
// after a slash or a dash are read by readCredit.
const CREDIT_WORD = alternation(CREDIT_WORDS.map((c) => c.word));
// Initials in credits: 'Ảnh: N.H', 'Ảnh: T.SỸ'.
const CREDIT_INITIALS = rx(`${leadingClass(CREDIT_WORDS.map((c) => c.word))}${WORD_START}(${CREDIT_WORD}) *: *((?:\\p{Lu}\\.){1,3}\\p{Lu}[\\p{Lu}\\p{Ll}\\p{M}]*)(?![\\p{L}\\p{M}.])`, 'gu');
const CREDIT = rx(
  `${leadingClass(CREDIT_WORDS.map((c) => c.word))}${WORD_START}(${CREDIT_WORD}) *:? *(?=\\p{Lu})((?:${SYL}|${CAPS})(?: +(?:${SYL}|${CAPS})${WORD_END}){1,3})?`,
  'gu',
);
// Both run only where a credit word begins a word ('ẢnhLan' too: the colon and space are optional).
const CREDIT_SCAN = new WordScan(CREDIT, CREDIT_WORDS.map((c) => c.word), { prefix: true });
const CREDIT_INITIALS_SCAN = new WordScan(CREDIT_INITIALS, CREDIT_WORDS.map((c) => c.word), { prefix: true });
const CREDIT_ROLE = new Map(CREDIT_WORDS.map((c) => [c.word.toLowerCase(), c.role]));
/** One syllable of a credit's part: Title-case or capitals, ended by a word edge or a glued capital. */
const CREDIT_SYLLABLE = new RegExp(`^(?:${SYL}|${CAPS})${SYL_END}`, 'u');
const CREDIT_SEPARATOR = /^ *[/\-–] */u;
const MEDIA = new RegExp(`^(?:${alternation(MEDIA_CREDITS)})(?![\\p{L}\\p{M}\\p{N}])`, 'iu');
const MEDIA_HEAD = new RegExp(`^(?:${alternation(MEDIA_HEADS)})(?![\\p{L}\\p{M}\\p{N}])`, 'u');

/** Words before a name that make it a place or a body, not a person ('đường Lê Lợi', 'H.Đồng Văn'). */
// A look-behind, run sticky where the slice ends: read backwards, not tried at every position.
const PLACE_BEFORE = new RegExp(`(?<=${WORD_START}(${alternation([...PLACE_WORDS_BEFORE_NAMES, ...BODIES_NAMED_BY_PLACE])})[ .]+)`, 'uy');
const PLACE_LAST = lastWordsOf([...PLACE_WORDS_BEFORE_NAMES, ...BODIES_NAMED_BY_PLACE]);
const BODY_BY_PLACE = new Set(BODIES_NAMED_BY_PLACE.map((b) => b.toLowerCase()));
/** Level words and bodies named by their place: a person's name may follow them directly ('UBND huyện Lê Thị Hoa'). */
const LEVEL_BEFORE = new RegExp(`(?<=${WORD_START}(?:${alternation([...LOCATOR_WORDS.map((l) => l.word), ...BODIES_NAMED_BY_PLACE, ...UNITS_NAMED_OR_NOT])})[ .]+)`, 'iuy');
/** Titles that end in a unit's word ('Trưởng thôn', 'Trưởng phòng', 'Tổ trưởng tổ'): the capitalised words after them may name the unit. */
const UNIT_WORD = new Set([...UNITS_NAMED_OR_NOT, 'phòng', 'ban', 'khoa', 'đoàn', 'đội', 'trạm', 'hạt', 'văn phòng'].map((w) => w.split(' ').pop()!));
/** A country before a foreign name after a title: 'Chủ tịch Quốc hội Cuba Esteban Lazo'. */
const COUNTRY_FIRST = new RegExp(`^(?:${alternation(FOREIGN_NAMES.filter((n) => n.length > 3))}) (?=\\p{Lu})`, 'u');
/** A house number before a street name: 'số 12 Tôn Đản', 'Nhà 8B Lê Trực'. */
const HOUSE_NUMBER_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}])\d+[A-Za-z]?(?:\/\d+)? +$/u;
/** Function words and the verbs of news prose: between a head and a run they end the head's reach. */
const NAME_STOP = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${alternation(NAME_STOP_WORDS.filter((w) => !WORDS_INSIDE_ORG_NAMES.includes(w)))})(?![\\p{L}\\p{M}])`,
  'u',
);
const PREFIX_SET = new Set(PERSON_PREFIXES.map((p) => p.toLowerCase()));
/** Degrees and titles written as abbreviations ('TS', 'PGS.TS', 'NSƯT'), as written. */
const DEGREE_ABBREVIATION = new Set(PERSON_PREFIXES.filter((p) => !p.includes(' ') && (p.match(/\p{Lu}/gu)?.length ?? 0) >= 2));
const PROVINCE_START = new RegExp(`^(?:${PROVINCE_NAME_PATTERN})${WORD_END}`, 'u');
const PROVINCE_WHOLE = new RegExp(`^(?:${PROVINCE_NAME_PATTERN})$`, 'u');
/** Capitalised sequences that begin with a family name but are places or countries. */
const NOT_PERSON_START = new RegExp(`^(?:${alternation(NOT_PERSON_NAMES)})(?![\\p{L}\\p{M}])`, 'u');
const NOT_PERSON_WHOLE = new RegExp(`^(?:${alternation(NOT_PERSON_NAMES)})$`, 'u');
const HO_CHI_MINH = 'Hồ Chí Minh';
// A list's colon, after an honorary title (any case) and spaces. Tried only at colons, where
// a list can be: the title, looked for backwards, may end anywhere, even inside a word.
const TITLE_COLON = new RegExp(
  `(?<=(?:${alternation(HONORARY_TITLES)})s? *):`,
  'iuy',
);
// A list after a plural form of address or profession ('các ca sỹ Tùng Dương, Đào Tố Loan …',
// 'nhiều nghệ sỹ như Cẩm Vân, Khắc Triệu'): tried where the plural word is.
const PLURAL_PREFIX_LIST = new WordScan(
  new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}])(?:các|những|nhiều) +(?:${alternation(PERSON_PREFIXES.filter((p) => /^\p{Ll}/u.test(p)))})(?: +như)? *:? *(?=\\p{Lu})`,
    'giu',
  ),
  ['các', 'những', 'nhiều'],
);
const LISTED_NAME = new RegExp(`^ *((?:${SYL}|${CAPS})(?: +(?:${SYL}|${CAPS})){1,3})(?=[,;.)]| và |$)()`, 'u');
/** Years of the sixty-year cycle ('Mậu Thân', 'Ất Tỵ'): not given names. */
const CYCLE_YEAR = /^(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý) (?:Tý|Sửu|Dần|Mão|Thìn|Tỵ|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)$/u;

/** A title that ends where the slice ends (sticky, read backwards): the run after it may be a place named before the holder's name. */
const TITLE_ENDING = new RegExp(`(?<=(?:^|[^\\p{L}\\p{M}\\p{N}])(?:${alternation(TITLES)}))`, 'iuy');
/** A title or a form of address that ends where the slice ends (sticky, read backwards). */
const INTRO_END = new RegExp(`(?<=(?:^|[^\\p{L}\\p{M}\\p{N}])(?:${alternation(INTROS)}) *)`, 'iuy');
const TITLE_LAST = lastWordsOf(TITLES);
const INTRO_LAST = lastWordsOf(INTROS);

const SENTENCE_STARTER = new Set([...SENTENCE_STARTERS, ...CAPTION_STARTERS]);
const ALSO_GIVEN_NAME = new Set(STARTERS_THAT_ARE_GIVEN_NAMES);
const OPENER_FIRST = new Set(SENTENCE_OPENERS.map((o) => o.split(' ')[0]));
const OPENER = new RegExp(`^(?:${alternation(SENTENCE_OPENERS)})(?![\\p{L}\\p{M}])`, 'u');
const RUN_BREAKER = new Set([...RUN_BREAKING_WORDS, ...SENTENCE_STARTERS]);
const BODY_FIRST = new Set(BODY_FIRST_WORDS);
const GIVEN_NAME_BODY_WORD = new Set(GIVEN_NAMES_THAT_BEGIN_BODIES);
const GROUP_FIRST = new Set(GROUP_WORDS);
const TITLE_PREFIX_SURNAME = new Set(TITLE_PREFIX_SURNAMES);

/**
 * Two-syllable words written with a capital first syllable in titles and body names, lower-cased:
 * 'chủ tịch', 'giám đốc', 'cảnh sát'. From the titles, the body lexicon and TITLE_CASE_WORDS:
 * every capitalised word of a phrase followed by a lower-case one.
 */
function capitalisedPairs(phrases: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (const phrase of phrases) {
    const words = phrase.split(/ +/);
    for (let i = 0; i + 1 < words.length; i++) {
      if (/^\p{Lu}\p{Ll}/u.test(words[i]) && /^\p{Ll}/u.test(words[i + 1])) pairs.add(`${words[i]} ${words[i + 1]}`.toLowerCase());
    }
  }
  return pairs;
}
/** The words of bodies and fields only ('môi trường'): a lower-case place word that completes one is no place word. */
const BODY_PAIRS = capitalisedPairs([
  ...TITLE_CASE_WORDS, ...BODY_HEADS.map((h) => h.word), ...PARTY_BOARDS, ...MINISTRIES.map((m) => m.name),
  ...DEPARTMENTS.map((d) => d.name),
]);
export const TITLE_CASE_PAIRS = new Set([...capitalisedPairs([...TITLES, ...PERSON_PREFIXES, ...ORG_HEADS]), ...BODY_PAIRS]);
/** Words that begin a title or a body: after a title-prefix family name ('Phó') they make it that title. */
const TITLE_OR_BODY_FIRST = new Set([
  ...[...TITLES, ...PERSON_PREFIXES].map((t) => t.split(' ')).flatMap((w) => (w[0] === 'Phó' ? [w[1]] : [w[0]])),
  ...BODY_FIRST_WORDS,
].filter(Boolean).map((w) => w.toLowerCase()));

/** Does the name's last syllable begin a title-case word that the text completes ('Giám' + ' đốc')? */
function endsInsideTitleWord(text: string, end: number, name: string): boolean {
  const next = /^ +([\p{Ll}\p{M}]+)/u.exec(text.slice(end, end + 12));
  if (!next) return false;
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return TITLE_CASE_PAIRS.has(`${last} ${next[1]}`.toLowerCase());
}

/**
 * Crawled texts glue sentences ('Trần Văn BìnhDự Lễ …'): the regexes end a name at a word edge,
 * so a syllable glued to the next sentence's capital is added here.
 */
function withGluedSyllable(text: string, start: number, name: string, max: number): string {
  if (text.charCodeAt(start + name.length) !== 0x20 || name.split(' ').length >= max) return name;
  const glued = GLUED_SYLLABLE.exec(text.slice(start + name.length, start + name.length + 24));
  return glued ? text.slice(start, start + name.length + glued[0].length) : name;
}
const GLUED_SYLLABLE = /^ +\p{Lu}[\p{Ll}\p{M}]*(?=\p{Lu}\p{Ll})/u;

/** Cuts a name where a sentence-starting word begins ('Trà Hương Tới dự …' → 'Trà Hương'). */
function cutAtSentenceStart(text: string, start: number, name: string): string {
  const words = name.split(/ +/);
  let at = start;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (i >= 1 && OPENER_FIRST.has(w) && OPENER.test(text.slice(at, at + 16))) return words.slice(0, i).join(' ');
    // 'Vũ Các cuộc …': a starter that is no given name ends a name from its second word on
    if (i === 1 && SENTENCE_STARTER.has(w) && !ALSO_GIVEN_NAME.has(w) && !isSurname(w)) return words[0];
    if (i >= 2 && SENTENCE_STARTER.has(w)) {
      // a starter that is also a given name ends the name only where it opens a phrase or a number follows
      if (!ALSO_GIVEN_NAME.has(w) || /^ +\d/u.test(text.slice(at + w.length, at + w.length + 3))) {
        return words.slice(0, i).join(' ');
      }
    }
    at += w.length;
    while (text[at] === ' ') at++;
  }
  return name;
}

/** Cuts the syllables at the end of a name that begin a title-case word ('Nguyễn Phú Trọng Chủ' + 'tịch'). */
function cutTitleWordAtEnd(text: string, start: number, name: string): string {
  let n = name;
  while (n.includes(' ') && endsInsideTitleWord(text, start + n.length, n)) n = n.slice(0, n.lastIndexOf(' '));
  return n;
}

function levelSlice(text: string, start: number): string {
  const near = text.slice(Math.max(0, start - 40), start);
  LEVEL_BEFORE.lastIndex = near.length;
  return near;
}
function isLevelBefore(text: string, start: number): boolean {
  return LEVEL_BEFORE.test(levelSlice(text, start));
}

/** A lower-case place word that completes a capitalised word is no place word: 'Môi trường', not 'trường'. */
const COMPOUND_BEFORE = /(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]*) +([\p{Ll}\p{M}]+)[ .]+$/u;

// Per text: the same positions are asked about by several rules.
// Cleared at the start and the end of every parse: nothing is kept from one text to the next.
const placeMemo = new Map<number, boolean>();

function isPlaceContext(text: string, start: number): boolean {
  let known = placeMemo.get(start);
  if (known === undefined) placeMemo.set(start, (known = placeContext(text, start)));
  return known;
}

const NOT_PLACE_END = new RegExp(`(?:${alternation(PLACE_WORD_FALSE_FRIENDS)})[ .]*$`, 'u');
function placeContext(text: string, start: number): boolean {
  let e = start;
  while (e > 0 && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x2e)) e--;
  const word = wordEndingAt(text, e);
  if (!word) return false;
  const near = text.slice(Math.max(0, start - 40), start);
  if (/^\d/u.test(word)) return HOUSE_NUMBER_BEFORE.test(near);
  if (!PLACE_LAST.has(foldLast(word)) || NOT_PLACE_END.test(text.slice(Math.max(0, start - 24), start))) return false;
  PLACE_BEFORE.lastIndex = near.length;
  const place = PLACE_BEFORE.exec(near);
  if (!place) return false;
  if (place[1].includes(' ') || !/^\p{Ll}/u.test(place[1])) return true;
  const pair = COMPOUND_BEFORE.exec(near);
  return !(pair && pair[2] === place[1] && BODY_PAIRS.has(`${pair[1]} ${pair[2]}`.toLowerCase()));
}

/** Marks that end a clause; a period only after a lower-case word or a number ('TP.' and 'T.Ư' end none). */

/**
 * The word before `end` in the same clause: back over spaces (and commas, with `commas`), a
 * short parenthesis jumped over whole ('(ĐBQH)'); undefined at a clause mark (a line break,
 * ; : ! ? quotes, a parenthesis, a period after a lower-case word or a number).
 */
function clauseWordBefore(text: string, end: number, commas: boolean): { w: string; s: number } | undefined {
  let p = end;
  for (;;) {
    while (p > 0 && (text.charCodeAt(p - 1) === 0x20 || (commas && text.charCodeAt(p - 1) === 0x2c))) p--;
    if (p > 0 && text.charCodeAt(p - 1) === 0x29) {
      const window = text.slice(Math.max(0, p - 42), p - 1);
      const k = window.lastIndexOf('(');
      const open = k < 0 ? -1 : p - 1 - window.length + k;
      if (open < 0 || window.slice(k).includes('\n')) return undefined;
      p = open;
      continue;
    }
    break;
  }
  // a sentence's period ('… (Bộ Quốc phòng). Hồ Xuân Mai'), not an abbreviation's ('TP. Hà Nội')
  if (p > 0 && text.charCodeAt(p - 1) === 0x2e && !(p > 1 && /\p{Lu}/u.test(text[p - 2]))) return undefined;
  let s = p;
  while (s > 0 && p - s < 40 && !CLAUSE_END.has(text.charCodeAt(s - 1)) && text.charCodeAt(s - 1) !== 0x20 && text.charCodeAt(s - 1) !== 0x2c) s--;
  if (s === p || (s > 0 && p - s >= 40)) return undefined;
  const w = text.slice(s, p);
  // a sentence's period after a lower-case word or a number ends the clause: 'năm 2017.' ('TP.' does not)
  if (w.endsWith('.') && /[\p{Ll}\p{M}\d]\.$/u.test(w)) return undefined;
  return { w, s };
}
const CLAUSE_END = new Set([...'\n\r;:!?()"“”'].map((c) => c.charCodeAt(0)));

/** The org heads by their first word, longest first. */
const ORG_BY_FIRST = new Map<string, string[][]>();
for (const h of [...ORG_HEADS].sort((a, b) => b.length - a.length)) {
  const words = h.split(' ');
  ORG_BY_FIRST.set(words[0], [...(ORG_BY_FIRST.get(words[0]) ?? []), words]);
}
/**
 * A firm's or a place's head before the run, and only its name's words between ('Công ty cổ phần
 * …'): 'named' when those words already hold the thing's proper name ('Ngân hàng ICBC', 'Viện
 * Nghiên cứu Kinh tế'), so that the run after them may be a holder's name; 'bare' when they are
 * legal forms and trades only ('Công ty CP du lịch'), so that the run names the thing.
 */
function orgBefore(text: string, start: number): 'named' | 'bare' | undefined {
  // the words back from the run, in the clause and after the last comma
  const rev: string[] = [];
  let at = start;
  for (let n = 0; n < 10; n++) {
    if (text.charCodeAt(at - 1) === 0x2c || text.slice(Math.max(0, at - 2), at) === ', ') break;
    const word = clauseWordBefore(text, at, false);
    if (!word) break;
    rev.push(word.w);
    at = word.s;
  }
  // a dash right before the run sets it apart ('Bệnh viện Đa khoa huyện Hương Sơn - Nguyễn Quang Hòe')
  if (rev[0] === '-' || rev[0] === '–') return undefined;
  const words = rev.reverse();
  // back from the run, over at most seven words of the thing's name, to its head
  for (let i = words.length - 1; i >= 0; i--) {
    for (const head of ORG_BY_FIRST.get(words[i]) ?? []) {
      if (!head.every((w, k) => words[i + k] === w)) continue;
      const between = words.slice(i + head.length);
      if (between.length > 7 || between.filter((w) => /^\p{Ll}/u.test(w)).length > 4) return undefined;
      if (between.some((w) => RUN_BREAKER.has(w) || !/^[\p{L}\p{M}\p{N}&.\-]+$/u.test(w)) || NAME_STOP.test(between.join(' '))) return undefined;
      // a lower-case head that completes a capitalised word is none ('Môi trường')
      if (head.length === 1 && /^\p{Ll}/u.test(head[0]) && i > 0 && BODY_PAIRS.has(`${words[i - 1]} ${head[0]}`.toLowerCase())) return undefined;
      return between.some((w) => /^\p{Lu}/u.test(w) && !LEGAL_FORM.has(w)) ? 'named' : 'bare';
    }
  }
  return undefined;
}
const LEGAL_FORM = new Set(LEGAL_FORM_WORDS);

/**
 * Words a title's body is written with between the title and a name: capitalised words and
 * abbreviations, the second syllable of a capitalised word ('Kinh tế', 'Thành phố'), the level,
 * place and body words of the lexicon ('huyện', 'chi bộ thôn'), 'và', dashes and commas.
 */
const BODY_CHAIN_WORDS = new Set(
  [
    ...BODY_HEADS.map((h) => h.word), ...LOCATOR_WORDS.map((l) => l.word), ...PLACE_WORDS_BEFORE_NAMES, ...ORG_HEADS,
    'và', '-', '–', '&', 'thường trực', 'chuyên trách',
  ].flatMap((w) => w.toLowerCase().split(/ +/)),
);
/**
 * A title earlier in the clause whose body runs up to `start` ('Chủ tịch UBND huyện …', 'Đại
 * biểu Quốc hội tỉnh …', 'Bí thư chi bộ thôn …'): the run there may name the holder.
 */
function titleGoverns(text: string, start: number): boolean {
  // walk back from `start` word by word: a title ending at a word's end governs the words after it
  let e = start;
  for (let n = 0; n <= 12; n++) {
    if (endsWithPhrase(TITLE_ENDING, TITLE_LAST, text, e)) return true;
    const word = clauseWordBefore(text, e, true);
    if (!word) return false;
    // a body's words: capitalised, lexicon body words, or a syllable that completes a capitalised one
    if (!CHAIN_START.test(word.w) && !BODY_CHAIN_WORDS.has(word.w.toLowerCase())) {
      if (STOP_WORD.has(word.w)) return false;
      const prior = clauseWordBefore(text, word.s, true);
      if (!prior || !CHAIN_START.test(prior.w)) return false;
    }
    e = word.s;
  }
  return false;
}
const CHAIN_START = /^[\p{Lu}\d]/u;
const STOP_WORD = new Set(NAME_STOP_WORDS.filter((w) => !w.includes(' ') && w !== 'và'));

interface Word {
  w: string;
  s: number;
  e: number;
}

const TITLE_SYL = /^\p{Lu}[\p{Ll}\p{M}]*$/u;
const TITLE_SYL_AFTER = new RegExp(`^ +(${SYL})${SYL_END}`, 'u');

/**
 * The run of capitalised syllables around a name: back from `start` over Title-case words (not
 * past a word that starts sentences, nor past a title or a form of address), forward from `end`.
 */
function runAround(text: string, start: number): Word[] {
  const before: Word[] = [];
  let s = start;
  for (let i = 0; i < 6; i++) {
    let p = s;
    while (p > 0 && text.charCodeAt(p - 1) === 0x20) p--;
    if (p === s) break;
    const w = wordEndingAt(text, p);
    const ws = p - w.length;
    // a Title-case word, not glued to the word before, not a word that starts sentences
    if (!w || !TITLE_SYL.test(w) || RUN_BREAKER.has(w) || (ws > 0 && wordUnit(text.charCodeAt(ws - 1)))) break;
    // a title or a form of address ends here: the run starts after it
    if (endsWithPhrase(INTRO_END, INTRO_LAST, text, s)) break;
    before.unshift({ w, s: ws, e: p });
    s = ws;
  }
  return before;
}

/** The capitalised syllables that go on after `end`, up to four. */
function runAfter(text: string, end: number): Word[] {
  const after: Word[] = [];
  let e = end;
  for (let i = 0; i < 4; i++) {
    const m = TITLE_SYL_AFTER.exec(text.slice(e, e + 24));
    if (!m || SENTENCE_STARTER.has(m[1])) break;
    const ws = e + m[0].length - m[1].length;
    after.push({ w: m[1], s: ws, e: ws + m[1].length });
    e = ws + m[1].length;
  }
  return after;
}

/**
 * A run of capitalised syllables after a place or a firm, in a title's clause: the place's name,
 * then perhaps the holder's ('Sóc Sơn Lê Thị Hải', 'Nam Trà My Hồ Quang Bửu', 'Kim Hòa' alone).
 * The name is a tail that starts with a family name: three syllables, else four, else two after
 * a place of two or more.
 */
function splitPlaceAndName(words: Word[], level: boolean): Word[] | undefined {
  const n = words.length;
  // after a level word the place may be left unnamed ('UBND huyện Lê Thị Hoa'); a firm or a street has its own name
  for (const [len, minPlace] of [[3, level ? 0 : 1], [4, level ? 0 : 1], [2, 2]] as const) {
    const k = n - len;
    if (k < minPlace || k < 0) continue;
    // 'Thành Đoàn Quy Nhơn': a family-name word that ends a body's name with the word before it starts no name
    if (k > 0 && BODY_BY_PLACE.has(`${words[k - 1].w} ${words[k].w}`.toLowerCase())) continue;
    if (isSurname(words[k].w)) return words.slice(k);
  }
  return undefined;
}

const QUOTE_OPEN = /^["“'‘«]$/u;
const QUOTE_CLOSE = /^["”'’»]$/u;

/** Forms of address written with a capital at a sentence start: 'Ông Phạm Văn A'. */
const ADDRESS = /^(?:Ông|Bà|Anh|Chị|Cô|Chú|Bác|Em|Cháu|Cụ) /u;
/** A name that is a title written with capitals ('Phó Chủ tịch', 'Phó Giáo sư'), matched on the words as written. */
const TITLE_AT_RE = new RegExp(`^(?:${alternation(CAPITAL_INTROS)})(?![\\p{Ll}\\p{M}\\p{N}])`, 'iu');
const CAPITAL_INTRO_FIRST = new Set(CAPITAL_INTROS.map((t) => t.split(/[ .]/u)[0].toLowerCase()));
const TITLE_AT = { test: (s: string) => CAPITAL_INTRO_FIRST.has(wordStarting(s).toLowerCase()) && TITLE_AT_RE.test(s) };
/** The letters at the start of `s`. */
function wordStarting(s: string): string {
  let e = 0;
  while (e < s.length && e < 24 && wordUnit(s.charCodeAt(e))) e++;
  return s.slice(0, e);
}

/** The start of a list item that ends at `end`: one to four Title-case syllables, after a non-letter. */
function listItemStart(text: string, end: number): number | undefined {
  let s = end;
  for (let n = 0; n < 4; n++) {
    const w = wordEndingAt(text, s);
    if (!w || !TITLE_SYL.test(w)) return n > 0 ? s : undefined;
    s -= w.length;
    if (text.charCodeAt(s - 1) !== 0x20 || !TITLE_SYL.test(wordEndingAt(text, s - 1))) return s;
    s--;
  }
  return s;
}
/**
 * Walks back over the comma- or dash-separated capitalised items before `start`: when the first
 * one is a place's name, how many items stand before; otherwise 0.
 */
function placeListItemsBefore(text: string, start: number): number {
  const sep = /(?:, *| [-–] )$/u.exec(text.slice(Math.max(0, start - 3), start));
  if (!sep) return 0;
  const dash = !sep[0].includes(',');
  let at = start - sep[0].length;
  for (let i = 1; i <= 8; i++) {
    const itemStart = listItemStart(text, at);
    if (itemStart === undefined) return 0;
    at = itemStart;
    const more = /(?:, *| [-–] )$/u.exec(text.slice(Math.max(0, at - 3), at));
    // a place's name after a title, a dash, then its holder's ('Bí thư Huyện đoàn Đồng Văn - Hoàng Minh Đức'), is no list
    if (!more) return isPlaceContext(text, at) && !(dash && titleGoverns(text, at)) ? i : 0;
    at -= more[0].length;
  }
  return 0;
}

/** 'Đoàn Hải Phòng', 'Đoàn Bà Rịa - Vũng Tàu': a body's first word before a province names the province's body (a delegation). */
function namesBodyOfPlace(text: string, start: number, raw: string): boolean {
  const first = raw.slice(0, raw.indexOf(' '));
  return BODY_FIRST.has(first) && PROVINCE_START.test(text.slice(start + first.length + 1, start + first.length + 40));
}

/** A title-prefix family name before the first word of a title or a body: 'Phó Ban', 'Phó Trưởng CA'. */
function isTitlePrefix(name: string): boolean {
  const sp = name.indexOf(' ');
  if (sp < 0 || !TITLE_PREFIX_SURNAME.has(name.slice(0, sp))) return false;
  const next = name.indexOf(' ', sp + 1);
  return TITLE_OR_BODY_FIRST.has(name.slice(sp + 1, next < 0 ? undefined : next).toLowerCase());
}

/**
 * Stands alone like a byline or a credit: after a line start or a sentence end, before a line
 * end, '/', '(' or a dash that joins another author ('… chia sẻ. Cao Nguyên - Bích Hà'); or
 * after such a dash, before a line end.
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  const after = text.slice(end, end + 4);
  const lineEnd = /^(?:[ \t]*(?:\n|$)|[ \t]*[/(])/u.test(after);
  if (start === 0 || /(?:\n|[.!?…"”)][ \t]*)$/u.test(before)) return lineEnd || /^[ \t]*[-–][ \t]*\p{Lu}/u.test(after);
  return /[-–][ \t]*$/u.test(before) && lineEnd;
}

/** A title or a form of address right before the name, or a title earlier in the clause with only its body between. */
function introducedAt(text: string, start: number): boolean {
  return endsWithPhrase(INTRO_END, INTRO_LAST, text, start) || titleGoverns(text, start);
}

/** The capitalised syllables at the start of `slice`, one space apart, at most five ('Nguyễn Chinh', 'TTXVN Miễn'). */
function creditPart(slice: string): [string] | null {
  let end = 0;
  for (let n = 0; n < 5; n++) {
    let at = end;
    if (n > 0) {
      if (slice.charCodeAt(at) !== 0x20) break;
      while (slice.charCodeAt(at) === 0x20) at++;
    }
    const syl = CREDIT_SYLLABLE.exec(slice.slice(at, at + 24));
    if (!syl) break;
    end = at + syl[0].length;
  }
  return end > 0 ? [slice.slice(0, end)] : null;
}

/** Reads a credit's parts from `at`: persons named there, media and agencies skipped. */
function readCredit(text: string, at: number, role: 'tác giả' | 'ảnh' | undefined, add: (s: number, e: number, n: string, r?: string) => void): void {
  for (let part = 0; part < 3; part++) {
    const slice = text.slice(at, at + 80);
    const media = MEDIA.exec(slice);
    const m = creditPart(slice);
    let len = 0;
    if (media) {
      len = media[0].length;
    } else if (m) {
      len = m[0].length;
      // one style: all capitals ('NGỌC ANH') or Title-case ('Ngọc Anh'); a change of style starts the next sentence
      const words = m[0].split(/ +/);
      const caps = (w: string) => w.length > 1 && w === w.toUpperCase();
      let keep = 1;
      // a degree after a name in capitals starts the next sentence ('HOÀNG GIANG TS. Đinh Thế Hiển')
      while (keep < words.length && caps(words[keep]) === caps(words[0]) && !DEGREE_ABBREVIATION.has(words[keep])) keep++;
      let name = words.slice(0, keep).join(' ');
      name = cutAtSentenceStart(text, at, name);
      // a pen name of three or more syllables that does not start with a family name ran into the next sentence
      if (name.split(' ').length >= 3 && !isSurname(name.split(' ')[0]) && !caps(name.split(' ')[0])) {
        name = name.split(' ').slice(0, 2).join(' ');
      }
      len = name.length;
      const ws = name.split(' ');
      // agencies and initials ('TTXVN', 'VGP', 'PV') are no persons: a name has two syllables at least,
      // and an all-caps name needs two syllables of two letters or more
      const person = ws.length >= 2 && !ws.some((w) => w.length < 2 && !/^\p{Lu}\p{Ll}/u.test(w)) &&
        !MEDIA.test(name) && !MEDIA_HEAD.test(name) && !PROVINCE_START.test(name) && !NOT_PERSON_START.test(name);
      if (person) add(at, at + name.length, name, role);
      if (name.length < m[0].length) return; // the credit ended inside the capitals
    } else {
      return;
    }
    const sep = CREDIT_SEPARATOR.exec(text.slice(at + len, at + len + 4));
    if (!sep || !/^\p{Lu}/u.test(text.slice(at + len + sep[0].length, at + len + sep[0].length + 1))) return;
    at += len + sep[0].length;
  }
}

export function parsePersons(ctx: Context): PersonCandidate[] {
  placeMemo.clear();
  try {
    return personsOf(ctx);
  } finally {
    placeMemo.clear();
  }
}

function personsOf(ctx: Context): PersonCandidate[] {
  const { text } = ctx;
  const out: PersonCandidate[] = [];
  const add = (start: number, end: number, name: string, role?: string) =>
    out.push(role ? { kind: 'person', start, end, name, role } : { kind: 'person', start, end, name });

  for (const m of CREDIT_SCAN.all(text)) {
    readCredit(text, m.index + m[0].length - (m[2]?.length ?? 0), CREDIT_ROLE.get(m[1].toLowerCase()), add);
  }

  for (const m of CREDIT_INITIALS_SCAN.all(text)) {
    const start = m.index + m[0].length - m[2].length;
    add(start, m.index + m[0].length, m[2], CREDIT_ROLE.get(m[1].toLowerCase()));
  }

  for (const m of INTRODUCED_SCANS.flatMap((s) => s.all(text))) {
    let start = m.index + m[0].length - m[1].length;
    let raw = cutTitleWordAtEnd(text, start, cutAtSentenceStart(text, start, withGluedSyllable(text, start, m[1], 4)));
    // a title's country before a foreign name: 'Chủ tịch Quốc hội Cuba Esteban Lazo Hernández'
    const country = COUNTRY_FIRST.exec(raw);
    if (country && raw.slice(country[0].length).includes(' ')) {
      start += country[0].length;
      raw = raw.slice(country[0].length);
      // the name then runs on over the syllables the country took ('Trung Quốc Tập Cận' + 'Bình')
      for (let n = raw.split(' ').length; n < 4; n++) {
        const more = TITLE_SYL_AFTER.exec(text.slice(start + raw.length, start + raw.length + 24));
        if (!more || SENTENCE_STARTER.has(more[1])) break;
        raw = text.slice(start, start + raw.length + more[0].length);
      }
    }
    if (!raw.includes(' ')) continue;
    if (PROVINCE_START.test(raw) || NOT_PERSON_START.test(raw) || raw === HO_CHI_MINH) continue;
    // the name is itself a title ('đồng chí Phó Chủ tịch UBND …'), or the intro word is the first
    // half of a body name ('Chủ tịch Hội đồng …', 'Giám đốc Sở Văn hóa …'): names are people's
    if (TITLE_AT.test(text.slice(start, start + 40)) || isTitlePrefix(raw)) continue;
    // after a title, a body's first word begins a body; after 'ông', 'anh' … only when it is no given name
    const first = raw.slice(0, raw.indexOf(' '));
    const intro = m[0].slice(0, m[0].length - m[1].length).trim().toLowerCase();
    const address = PREFIX_SET.has(intro);
    // 'Trưởng thôn Tịch Tây', 'Trưởng phòng Tài Chính …': after a title that ends in a unit's word, a name has a family name
    if (!address && UNIT_WORD.has(intro.slice(intro.lastIndexOf(' ') + 1)) && !isSurname(first)) continue;
    if (BODY_FIRST.has(first) && !isSurname(first) && !(address && GIVEN_NAME_BODY_WORD.has(first))) continue;
    if (isPlaceContext(text, start) || namesBodyOfPlace(text, start, raw)) continue;
    add(start, start + raw.length, raw);
  }


  // Bare names of two syllables wait for the end: a list they stand in may make them names.
  const bare: PersonCandidate[] = [];
  let from = 0;
  for (let m: RegExpExecArray | null; (m = FULL_NAME_SCAN.next(text, from)); ) {
    // A rejected or shortened match may hide a name inside it ('TP. Hồ Chí Minh Nguyễn Thị Lệ'):
    // the scan goes on from the match's second word.
    from = m.index + m[0].indexOf(' ') + 1;
    // 'Phó Bí thư …' starts with a family name ('Phó') but is a title; 'Đoàn Thanh niên …' is the
    // Youth Union: the words as written decide, before the name is cut to its syllables.
    const written = text.slice(m.index, m.index + 40);
    if (TITLE_AT.test(written) || NOT_PERSON_START.test(written)) continue;
    const matched = withGluedSyllable(text, m.index, m[0], 5);
    let raw = cutTitleWordAtEnd(text, m.index, cutAtSentenceStart(text, m.index, matched));
    let start = m.index;
    const address = ADDRESS.exec(raw);
    if (address) {
      // 'Trường THPT Ông Ích Khiêm': a family-name-like 'Ông' after a place word begins the place's name
      if (isPlaceContext(text, start)) continue;
      raw = raw.slice(address[0].length);
      start += address[0].length;
    }
    if (!raw.includes(' ') || isTitlePrefix(raw)) continue;

    // The run of capitalised words the name stands in decides whether it is a name at all.
    const before = runAround(text, start);
    const runStart = before.length ? before[0].s : start;
    const prefix = before.map((w) => w.w).join(' ');
    // a parenthesis closes the name before it: 'Hiệp hội Doanh nghiệp Nhỏ và Vừa (DNNVV) Nguyễn Văn Thân'
    const closed = /\)[ \t]*$/u.test(text.slice(Math.max(0, runStart - 3), runStart));
    const place = !closed && isPlaceContext(text, runStart);
    const org = closed || place || endsWithPhrase(INTRO_END, INTRO_LAST, text, runStart) ? undefined : orgBefore(text, runStart);
    const placeBefore = place || org !== undefined;
    if (placeBefore || (before.length && !PROVINCE_WHOLE.test(prefix) && !NOT_PERSON_WHOLE.test(prefix))) {
      // a place or a firm, or a name that goes on before it ('Tân Sơn Nhất', 'xã Vĩnh Lộc A'):
      // only after a title is a holder's name named after it
      if (!titleGoverns(text, runStart)) continue;
      const words: Word[] = [...before];
      let at = start;
      for (const w of raw.split(' ')) {
        words.push({ w, s: at, e: at + w.length });
        at += w.length;
        while (text[at] === ' ') at++;
      }
      // the run goes on after the match only when the match was cut short by its length
      if (raw === matched && raw.split(' ').length === 5) words.push(...runAfter(text, start + raw.length));
      const name = splitPlaceAndName(
        words,
        org === 'named' || isLevelBefore(text, runStart) || HOUSE_NUMBER_BEFORE.test(text.slice(Math.max(0, runStart - 12), runStart)),
      );
      if (!name) continue;
      start = name[0].s;
      raw = text.slice(start, name[name.length - 1].e);
    }

    // 'đường Trương Định, Hai Bà Trưng, Nguyễn Trãi': an item of a list that a place word opens is a place
    if (!placeBefore) {
      const items = placeListItemsBefore(text, start);
      // a list's last item runs on into the sentence ('…, Phó Đức Chính bị lấn chiếm'); one place and a name do not
      if (items >= 2 || (items === 1 && /^\s*(?:[,;.…()]|và\s)/u.test(text.slice(start + raw.length, start + raw.length + 5)))) continue;
    }
    // One-letter family names ('A', 'Y' of Central Highlands names) need a real given name after them.
    if (/^\p{Lu} /u.test(raw) && raw.split(' ').length < 3) continue;
    if (raw === HO_CHI_MINH || raw.startsWith(HO_CHI_MINH + ' ')) continue;
    if (PROVINCE_START.test(raw) || NOT_PERSON_START.test(raw) || CYCLE_YEAR.test(raw)) continue;
    // 'Đoàn Việt Nam', 'Đoàn Quảng Nam' (a delegation): a family-name word followed by a country or a
    // province is no person; 'từ Mậu Thân 1968': followed by a year of the sixty-year cycle it is a time.
    const rest = raw.slice(raw.indexOf(' ') + 1);
    // ('Nguyễn Hòa Bình' stays a person: given names are often place names.)
    if (NOT_PERSON_START.test(rest) || CYCLE_YEAR.test(rest)) continue;
    if (namesBodyOfPlace(text, start, raw)) continue;
    // 'Giang Tô Việt Nam': a run of four or more that ends in the country's name is a firm's
    if (raw.split(' ').length >= 4 && raw.endsWith(' Việt Nam')) continue;
    const cand: PersonCandidate = { kind: 'person', start, end: start + raw.length, name: raw };
    if (raw.split(' ').length === 2 && !introducedAt(text, start) && !standsAlone(text, start, cand.end)) bare.push(cand);
    else out.push(cand);
    from = Math.max(from, start + raw.length);
  }

  // 'các Nghệ sĩ Nhân dân: Thu Hiền, Quang Thọ, Trung Đức; …': people listed after an honorary title;
  // 'các ca sỹ Tùng Dương, Đào Tố Loan, …': after a plural profession or form of address.
  const listStarts: number[] = [];
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    TITLE_COLON.lastIndex = colon;
    if (TITLE_COLON.test(text)) listStarts.push(colon + 1);
  }
  for (const m of PLURAL_PREFIX_LIST.all(text)) listStarts.push(m.index + m[0].length);
  for (let at of listStarts) {
    while (text.charCodeAt(at) === 0x20) at++;
    for (;;) {
      const n = LISTED_NAME.exec(text.slice(at, at + 60));
      if (!n) break;
      const start = at + n[0].length - n[1].length - (n[2]?.length ?? 0);
      const name = n[1];
      if (MEDIA_HEAD.test(name) || GROUP_FIRST.has(name.slice(0, name.indexOf(' ')))) break;
      add(start, start + name.length, name);
      at = start + name.length;
      const sep = /^(?:, *| +và +)/u.exec(text.slice(at, at + 6));
      if (!sep) break;
      at += sep[0].length;
    }
  }

  // A bare two-syllable name stays when it continues a list of persons ('Phùng Đình Gan, Hà Tuân và …').
  if (bare.length) {
    const ends = new Set<number>();
    for (const p of out) ends.add(p.end);
    bare.sort((a, b) => a.start - b.start);
    for (const b of bare) {
      const sep = /(?:, *| +và +)$/u.exec(text.slice(Math.max(0, b.start - 5), b.start));
      if (sep && ends.has(b.start - sep[0].length)) {
        out.push(b);
        ends.add(b.end);
      }
    }
  }

  // 'ông Văn Nam' after 'Lê Văn Nam': a shortened name is the same person, no second fact (genre
  // batch1 NOTES.md); a credit or a byline keeps its own. A name in quotes is a brand or a title ('“Trà Gò Loi”').
  const tails = new Set<string>();
  for (const p of out) {
    const words = p.name.split(' ');
    for (let k = 1; k < words.length && words.length >= 3; k++) tails.add(words.slice(k).join(' '));
  }
  const kept = out.filter((p) => {
    if (QUOTE_OPEN.test(text.slice(Math.max(0, p.start - 1), p.start)) && QUOTE_CLOSE.test(text.slice(p.end, p.end + 1))) return false;
    return p.role !== undefined || !tails.has(p.name);
  });
  out.length = 0;
  out.push(...kept);

  // Hồ Chí Minh: the man, unless the words name the city or a body or award named after him.
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])Hồ Chí Minh(?![\p{L}\p{M}])/gu)) {
    if (isPlaceContext(text, m.index)) continue;
    add(m.index, m.index + HO_CHI_MINH.length, HO_CHI_MINH);
  }
  // 'Bác Hồ' is the same man; it becomes a fact only when the full name is never written.
  if (!out.some((p) => p.name === HO_CHI_MINH)) {
    const bac = /(?<![\p{L}\p{M}])Bác Hồ(?![\p{L}\p{M}])/u.exec(text);
    if (bac) add(bac.index, bac.index + bac[0].length, HO_CHI_MINH);
  }
  return out;
}
