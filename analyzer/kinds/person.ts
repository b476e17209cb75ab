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
  BIRTH_ORDER_WORDS,
  COUNTRIES_THAT_ARE_GIVEN_NAMES,
  CREDIT_WORDS,
  PERSON_PREFIXES,
  ROLE_TITLES,
  ROLE_WORDS_BEFORE_NAMES,
  SURNAMES,
  isSurname,
  TITLE_PREFIX_SURNAMES,
  DOTTED_DEGREES,
  WORK_WORDS,
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
  PLACE_HEADS_NOT_GIVEN_NAMES,
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
import { PROVINCE_NAME_PATTERN, outletByTag } from '../places.ts';
import { PROVINCES } from '../lexicon/provinces.ts';
import { WORD_END, WORD_START, alternation, alternationByLastWord, escapeRegExp, leadingClass, rx, startPairs } from '../text/patterns.ts';
import { WordScan } from '../text/scan.ts';
import { narrowable, regexHere } from '../text/narrow.ts';

/**
 * A case-sensitive regex that begins with an alternation of phrases, anchored (`^(?:…)…`; `source`
 * writes it around alternation(phrases)), run only on strings that begin as one of the phrases
 * can (their first two units): most names are none of them.
 */
function anchored(phrases: readonly string[], source: (alternation: string) => string): { test(s: string): boolean; exec(s: string): RegExpExecArray | null } {
  const re = narrowable(source(alternation(phrases)), 'u');
  const pairs = startPairs(phrases);
  const may = (s: string) => !pairs || pairs.has(s.charCodeAt(0) * 65536 + s.charCodeAt(1));
  return { test: (s) => may(s) && re.test(s), exec: (s) => (may(s) ? re.exec(s) : null) };
}

/** Honorary titles held by people ('Nghệ sĩ Nhân dân', 'NSƯT'): lists of names follow them. */
const HONORARY_TITLES = AWARDS.filter((a) => a.category === 'honorary-title').flatMap((a) => [a.name, ...a.variants]);
/** Honorary titles used as epithets before a name, lower-cased: 'Anh hùng', 'Anh hùng LLVTND'. */
const EPITHETS = new Set(['anh hùng', ...HONORARY_TITLES.map((t) => t.toLowerCase())]);

type PersonCandidate = Candidate<'person'>;

// The look-behinds below hold long alternations; they run only where the word before the
// position is the last word of one of their phrases (a set look-up), like text/scan.ts does
// forwards, and their alternations are grouped by last word (alternationByLastWord).
// By UTF-16 unit (a Map of numbers: looking up w[w.length - 1] in an object made a string per call).
const FINAL_I = new Map([...'yýỳỷỹỵ'].map((y, k) => [y.charCodeAt(0), 'iíìỉĩị'[k]]));
export function foldLast(word: string): string {
  const w = word.toLowerCase();
  const i = FINAL_I.get(w.charCodeAt(w.length - 1));
  return i === undefined ? w : w.slice(0, -1) + i;
}
/** The last letter run of each phrase, lower case, final y as i: what `endsWithPhrase` looks up. */
export function lastWordsOf(phrases: readonly string[]): Set<string> {
  // (trailing punctuation is no word: 'TP.' ends with 'tp')
  return new Set(phrases.map((p) => foldLast(regexHere.u`[\p{L}\p{M}\p{N}]+$`.exec(p.trim().replace(regexHere.u`[^\p{L}\p{M}\p{N}]+$`, ''))?.[0] ?? '')));
}
const WORD_UNIT = new Uint8Array(0x10000);
/** Is this UTF-16 unit part of a word (a letter, a mark or a digit)? */
function wordUnit(c: number): boolean {
  let k = WORD_UNIT[c];
  if (k === 0) WORD_UNIT[c] = k = regexHere.u`[\p{L}\p{M}\p{N}]`.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2;
}
/** The word that ends at `end` (a run of letters, marks and digits; '' when none). */
export function wordEndingAt(text: string, end: number): string {
  let s = end;
  while (s > 0 && end - s < 24 && wordUnit(text.charCodeAt(s - 1))) s--;
  return text.slice(s, end);
}
/** Does a phrase of `re` (a sticky look-behind) end at `end`, spaces before `end` allowed? */
function endsWithPhrase(re: RegExp, last: Set<string>, text: string, end: number): boolean {
  let e = end;
  while (e > 0 && text.charCodeAt(e - 1) === 0x20) e--;
  // a degree abbreviated with a dot ends the phrase before its dot: 'GS. Trương Minh', 'GS.Trương Minh'
  if (e > 1 && text.charCodeAt(e - 1) === 0x2e && DOTTED_DEGREE.has(wordEndingAt(text, e - 1))) e--;
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
const CAPITAL_INTROS = INTROS.filter((w) => regexHere.u`^\p{Lu}`.test(w));
const LOWER_INTROS = INTROS.filter((w) => !regexHere.u`^\p{Lu}`.test(w));
const CAPITAL_INTRO = alternation(CAPITAL_INTROS);
const LOWER_INTRO = alternation(LOWER_INTROS);
// (a foreign name transliterated in hyphenated syllables: 'đồng chí Phết-tha-von Phi-lạ-văn')
const HYPHENATED = `${SYL}(?:-[\\p{Ll}\\p{M}]+){1,4}`;
const NAME_AFTER_INTRO = ` +((?:${HYPHENATED}|${SYL})(?: +(?:${HYPHENATED}|${SYL})${WORD_END}){1,3})`;
const INTRODUCED = [
  rx(`${leadingClass(CAPITAL_INTROS)}${WORD_START}(?:${CAPITAL_INTRO})${NAME_AFTER_INTRO}`, 'gu'),
  rx(`(?:${LOWER_INTRO})(?<![\\p{L}\\p{M}\\p{N}](?:${LOWER_INTRO}))${NAME_AFTER_INTRO}`, 'gu'),
];
// Both scans run only where a family name or an intro word is, and a capital follows it or the
// next word goes on one of the phrases (text/scan.ts).
const FULL_NAME_SCAN = new WordScan(FULL_NAME, SURNAMES, { whole: true, capitalAfter: true });
const INTRODUCED_SCANS = [
  new WordScan(INTRODUCED[0], CAPITAL_INTROS, { whole: true, capitalAfter: true }),
  new WordScan(INTRODUCED[1], LOWER_INTROS, { whole: true, capitalAfter: true }),
];

// Photo and text credits: 'Ảnh: Ngọc Lan', 'Ảnh Quốc Việt', '(Ảnh: NGỌC ANH)', 'Ảnh: VGP/Thanh Tùng',
// 'Ảnh: Nguyễn Chinh - TTXVN'. The scan finds the credit word and its first part; the parts
// after a slash or a dash are read by readCredit.
const CREDIT_WORD_AS_PRINTED = alternation(CREDIT_WORDS.map((c) => c.word));
// in a bracket the credit word is also written in lower case ('(ảnh: TR.L)', '(ảnh: Nam Phong)');
// elsewhere 'ảnh:' is a caption's 'Trong ảnh:' or 'Hình ảnh:'
const CREDIT_WORD = `(?:${CREDIT_WORD_AS_PRINTED}|(?<=\\( *)(?:${alternation(CREDIT_WORDS.map((c) => c.word.toLowerCase()))}))`;
const CREDIT_FIRST_WORDS = [...CREDIT_WORDS.map((c) => c.word), ...CREDIT_WORDS.map((c) => c.word.toLowerCase())];
// Initials in credits: 'Ảnh: N.H', 'Ảnh: T.SỸ', 'Ảnh: TR.L' (two letters for 'Tr'); capitals glued to
// the next sentence's first word end before it ('Ảnh: Đ.LÊKhu vực xảy ra …' credits 'Đ.LÊ').
// So do a last initial and a last Title-case syllable glued to a Title-case word ('Ảnh: H.CNgôi trường
// …' credits 'H.C', 'Ảnh: D.Đ.MinhNếu …' 'D.Đ.Minh').
const CREDIT_INITIALS_END = `(?:\\p{Lu}[\\p{Lu}\\p{M}]+(?=\\p{Lu}[\\p{Ll}\\p{M}])|\\p{Lu}(?=\\p{Lu}[\\p{Ll}\\p{M}])|\\p{Lu}[\\p{Ll}\\p{M}]+(?=\\p{Lu}[\\p{Ll}\\p{M}])|\\p{Lu}[\\p{Lu}\\p{Ll}\\p{M}]*(?![\\p{L}\\p{M}.]))`;
// (after two letters only capitals: 'Ảnh: QD.Bộ trưởng …' is no 'QD.Bộ')
const CREDIT_INITIALS_TWO = `\\p{Lu}{2}\\.(?:\\p{Lu}\\.){0,2}(?:\\p{Lu}[\\p{Lu}\\p{M}]+(?=\\p{Lu}[\\p{Ll}\\p{M}])|\\p{Lu}[\\p{Lu}\\p{M}]*(?![\\p{L}\\p{M}.]))`;
const CREDIT_INITIALS = rx(`${leadingClass(CREDIT_FIRST_WORDS)}${WORD_START}(${CREDIT_WORD}) *: *((?:\\p{Lu}\\.){1,3}${CREDIT_INITIALS_END}|${CREDIT_INITIALS_TWO})`, 'gu');
const CREDIT = rx(
  `${leadingClass(CREDIT_FIRST_WORDS)}${WORD_START}(${CREDIT_WORD}) *:? *(?=\\p{Lu})((?:${SYL}|${CAPS})(?: +(?:${SYL}|${CAPS})${WORD_END}){1,3})?`,
  'gu',
);
// Both run only where a credit word begins a word ('ẢnhLan' too: the colon and space are optional).
const CREDIT_SCAN = new WordScan(CREDIT, CREDIT_FIRST_WORDS, { prefix: true });
const CREDIT_INITIALS_SCAN = new WordScan(CREDIT_INITIALS, CREDIT_FIRST_WORDS, { prefix: true });
const CREDIT_ROLE = new Map(CREDIT_WORDS.map((c) => [c.word.toLowerCase(), c.role]));
/** One syllable of a credit's part: Title-case or capitals, ended by a word edge or a glued capital. */
const CREDIT_SYLLABLE = narrowable(`^(?:${SYL}|${CAPS})${SYL_END}`, 'u');
const CREDIT_SEPARATOR = /^ *[/\-–] */u;
const MEDIA = narrowable(`^(?:${alternation(MEDIA_CREDITS)})(?![\\p{L}\\p{M}\\p{N}])`, 'iu');
const MEDIA_HEAD = anchored(MEDIA_HEADS, (heads) => `^(?:${heads})(?![\\p{L}\\p{M}\\p{N}])`);

/** Words before a name that make it a place or a body, not a person ('đường Lê Lợi', 'H.Đồng Văn'). */
// A look-behind, run sticky where the slice ends: read backwards, not tried at every position.
const PLACE_BEFORE = narrowable(`(?<=${WORD_START}(${alternation([...PLACE_WORDS_BEFORE_NAMES, ...BODIES_NAMED_BY_PLACE])})[ .]+)`, 'uy');
const PLACE_LAST = lastWordsOf([...PLACE_WORDS_BEFORE_NAMES, ...BODIES_NAMED_BY_PLACE]);
const BODY_BY_PLACE = new Set(BODIES_NAMED_BY_PLACE.map((b) => b.toLowerCase()));
/** Level words and bodies named by their place: a person's name may follow them directly ('UBND huyện Lê Thị Hoa'). */
const LEVEL_BEFORE = narrowable(`(?<=${WORD_START}(?:${alternation([...LOCATOR_WORDS.map((l) => l.word), ...BODIES_NAMED_BY_PLACE, ...UNITS_NAMED_OR_NOT])})[ .]+)`, 'iuy');
/** Titles that end in a unit's word ('Trưởng thôn', 'Trưởng phòng', 'Tổ trưởng tổ'): the capitalised words after them may name the unit. */
const UNIT_WORD = new Set([...UNITS_NAMED_OR_NOT, 'phòng', 'ban', 'khoa', 'đoàn', 'đội', 'trạm', 'hạt', 'văn phòng'].map((w) => w.split(' ').pop()!));
/** A country before a foreign name after a title: 'Chủ tịch Quốc hội Cuba Esteban Lazo'. */
const COUNTRY_FIRST = anchored(FOREIGN_NAMES.filter((n) => !COUNTRIES_THAT_ARE_GIVEN_NAMES.includes(n)), (names) => `^(?:${names}) (?=\\p{Lu})`);
/**
 * A foreign holder's affiliation between the title and the name: an acronym or a country, or
 * 'tại' and a country ('Tổng thư ký IPU Martin Chungon', 'Đại sứ Lào tại Việt Nam Thongsavanh
 * Phomvihane', 'Chủ tịch QH Campuchia Heng Samrin'). The name must look foreign (see
 * looksForeign): a Vietnamese name there is found by its family name.
 */
const COUNTRY = alternation([...FOREIGN_NAMES, 'Việt Nam']);
const AFFILIATION = `(?:[A-Z]{2,6}${WORD_END}|(?:tại +)?(?:${COUNTRY})${WORD_END})`;
const AFFILIATED_FOREIGNER = rx(
  `${leadingClass(CAPITAL_INTROS)}${WORD_START}(?:${CAPITAL_INTRO})((?: +${AFFILIATION}){1,3}) +(${SYL}(?: +${SYL}${WORD_END}){1,3})`,
  'gu',
);
const AFFILIATED_FOREIGNER_SCAN = new WordScan(AFFILIATED_FOREIGNER, CAPITAL_INTROS, { whole: true, capitalAfter: true });
/** A foreign name in brackets: '(Milan Kundera)'. */
const BRACKETED_NAME = rx(`\\((${SYL}(?: +${SYL}){1,2})\\)`, 'gu');
const WORK_WORD = narrowable(`(?:^|[^\\p{L}\\p{M}\\p{N}])(?:${alternation(WORK_WORDS)})(?![\\p{L}\\p{M}\\p{N}])`, 'iu');

/** A house number before a street name: 'số 12 Tôn Đản', 'Nhà 8B Lê Trực'. */
const HOUSE_NUMBER_BEFORE = narrowable(String.raw`(?:^|[^\p{L}\p{M}\p{N}])\d+[A-Za-z]?(?:\/\d+)? +$`, 'u');
/** Function words and the verbs of news prose: between a head and a run they end the head's reach. */
const NAME_STOP = narrowable(
  `(?<![\\p{L}\\p{M}])(?:${alternation(NAME_STOP_WORDS.filter((w) => !WORDS_INSIDE_ORG_NAMES.includes(w)))})(?![\\p{L}\\p{M}])`,
  'u',
);
const PREFIX_SET = new Set(PERSON_PREFIXES.map((p) => p.toLowerCase()));
/** Degrees and titles written as abbreviations ('TS', 'PGS.TS', 'NSƯT'), as written. */
const DEGREE_ABBREVIATION = new Set(PERSON_PREFIXES.filter((p) => !p.includes(' ') && (p.match(/\p{Lu}/gu)?.length ?? 0) >= 2));
const PROVINCE_NAMES = PROVINCES.flatMap((p) => [p.name, ...p.aliases]);
const PROVINCE_START = anchored(PROVINCE_NAMES, () => `^(?:${PROVINCE_NAME_PATTERN})${WORD_END}`);
const PROVINCE_WHOLE = anchored(PROVINCE_NAMES, () => `^(?:${PROVINCE_NAME_PATTERN})$`);
/** Capitalised sequences that begin with a family name but are places or countries. */
const NOT_PERSON_START = anchored(NOT_PERSON_NAMES, (names) => `^(?:${names})(?![\\p{L}\\p{M}])`);
const NOT_PERSON_WHOLE = anchored(NOT_PERSON_NAMES, (names) => `^(?:${names})$`);
const HO_CHI_MINH = 'Hồ Chí Minh';
/** Capitalised heads of places that are no given names ('Làng', 'Xóm', 'Huyện'). */
const PLACE_HEAD = new Set(PLACE_HEADS_NOT_GIVEN_NAMES);
/** A literal as whole words (not inside longer ones): found by indexOf, its edges checked there. */
class WholeWords {
  private readonly edges: RegExp;
  constructor(readonly literal: string) {
    this.edges = narrowable(`(?<![\\p{L}\\p{M}])${escapeRegExp(literal)}(?![\\p{L}\\p{M}])`, 'uy');
  }
  /** Where it first stands at or after `from`; -1 when nowhere. */
  indexIn(text: string, from: number): number {
    for (let at = text.indexOf(this.literal, from); at >= 0; at = text.indexOf(this.literal, at + 1)) {
      this.edges.lastIndex = at;
      if (this.edges.test(text)) return at;
    }
    return -1;
  }
}
const HO_CHI_MINH_WORDS = new WholeWords(HO_CHI_MINH);
const BAC_HO_WORDS = new WholeWords('Bác Hồ');
// A list's colon, after an honorary title (any case) and spaces. Tried only at colons, where
// a list can be: the title, looked for backwards, may end anywhere, even inside a word.
const TITLE_COLON = narrowable(
  `(?<=(?:${alternation(HONORARY_TITLES)})s? *):`,
  'iuy',
);
// A list after a plural form of address or profession ('các ca sỹ Tùng Dương, Đào Tố Loan …',
// 'nhiều nghệ sỹ như Cẩm Vân, Khắc Triệu'): tried where the plural word is.
const PLURALS = ['các', 'những', 'nhiều'];
const LOWER_PREFIXES = PERSON_PREFIXES.filter((p) => regexHere.u`^\p{Ll}`.test(p));
const PLURAL_PREFIX_LIST = new WordScan(
  narrowable(
    `(?<![\\p{L}\\p{M}\\p{N}])(?:${PLURALS.join('|')}) +(?:${alternation(LOWER_PREFIXES)})(?: +như)? *:? *(?=\\p{Lu})`,
    'giu',
  ),
  PLURALS.flatMap((p) => LOWER_PREFIXES.map((w) => `${p} ${w}`)),
  { whole: true },
);
const LISTED_NAME = narrowable(`^ *((?:${SYL}|${CAPS})(?: +(?:${SYL}|${CAPS})){1,3})(?=[,;.)]| và |$)()`, 'u');
/** Years of the sixty-year cycle ('Mậu Thân', 'Ất Tỵ'): not given names. */
const CYCLE_YEAR = /^(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý) (?:Tý|Sửu|Dần|Mão|Thìn|Tỵ|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)$/u;

// Names written in capitals ('NGUYỄN PHÚ TRỌNG' before an article in a table of contents,
// 'Đại biểu HĐND TP Đà Nẵng CAO XUÂN THẮNG' under a boxed quote): a run of two to four
// all-caps words, no more (a longer run is a heading), that reads as a Vietnamese name: a family
// name first, each word a Vietnamese syllable. Read word by word (CAPS_WORD, two letters or more).
const CAPS_WORD = narrowable(String.raw`\p{Lu}[\p{Lu}\p{M}]+`, 'gu');
/**
 * Per UTF-16 unit, for capsWords: 0 not looked at yet, 1 a capital (\p{Lu}), 2 a mark (\p{M}),
 * 3 neither, 4 a surrogate (the regex decides). Filled from the narrowable regexes on the units
 * of the text being read: a narrowed class answers as the full one for every unit a narrow text
 * can hold (a letter or mark outside the narrow blocks makes the text not narrow).
 */
const CAPS_UNIT = new Uint8Array(0x10000);
const ONE_CAPITAL = narrowable(String.raw`^\p{Lu}$`, 'u');
const ONE_MARK = narrowable(String.raw`^\p{M}$`, 'u');
function capsUnit(c: number): number {
  let k = CAPS_UNIT[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = c >= 0xd800 && c <= 0xdfff ? 4 : ONE_CAPITAL.test(ch) ? 1 : ONE_MARK.test(ch) ? 2 : 3;
    CAPS_UNIT[c] = k;
  }
  return k;
}

/**
 * The matches of CAPS_WORD in `text` as [start, end) pairs, found by a walk over the units with a
 * look-up table: the whole-text regex scan was the analyzer's single hottest regex. A text with
 * a surrogate (an astral capital or mark is one code point of two units) is left to the regex.
 */
export function capsWords(text: string): number[] {
  const spans: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    const k = CAPS_UNIT[text.charCodeAt(i)] || capsUnit(text.charCodeAt(i));
    if (k === 4) return capsWordsByRegex(text);
    if (k !== 1) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < n; j++) {
      const u = CAPS_UNIT[text.charCodeAt(j)] || capsUnit(text.charCodeAt(j));
      if (u === 4) return capsWordsByRegex(text);
      if (u === 3) break;
    }
    if (j - i >= 2) spans.push(i, j);
    i = j;
  }
  return spans;
}

function capsWordsByRegex(text: string): number[] {
  const spans: number[] = [];
  CAPS_WORD.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CAPS_WORD.exec(text)); ) spans.push(m.index, m.index + m[0].length);
  return spans;
}
// (onset, one to three vowels, coda: 'NGUYỄN', 'THỊ'; 'TTXVN', 'UBND', 'CNTT' are none)
const VIET_SYLLABLE = narrowable(
  String.raw`^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ]{1,3}(?:ch|ng|nh|[cmnpt])?$`,
  'u',
);
const LOWER_LETTER = narrowable(String.raw`^[\p{Ll}]`, 'u');
const LETTER_OR_MARK = narrowable(String.raw`^[\p{L}\p{M}]`, 'u');
const TITLE_WORD_AFTER = narrowable(String.raw`^ *\p{Lu}[\p{Ll}\p{M}]`, 'u');
const CAPS_WORD_BEFORE = narrowable(String.raw`\p{Lu}[\p{Lu}\p{M}]* $`, 'u');

/** A title that ends where the slice ends (sticky, read backwards): the run after it may be a place named before the holder's name. */
const TITLE_ENDING = narrowable(`(?<=(?:^|[^\\p{L}\\p{M}\\p{N}])(?:${alternationByLastWord(TITLES)}))`, 'iuy');
/** A title or a form of address that ends where the slice ends (sticky, read backwards). */
const INTRO_END = narrowable(`(?<=(?:^|[^\\p{L}\\p{M}\\p{N}])(?:${alternationByLastWord(INTROS)}) *)`, 'iuy');
const TITLE_LAST = lastWordsOf(TITLES);
const INTRO_LAST = lastWordsOf(INTROS);

const SENTENCE_STARTER = new Set([...SENTENCE_STARTERS, ...CAPTION_STARTERS]);
const ALSO_GIVEN_NAME = new Set(STARTERS_THAT_ARE_GIVEN_NAMES);
const PROPER_STARTER = new Set(SENTENCE_STARTERS);
const OPENER_FIRST = new Set(SENTENCE_OPENERS.map((o) => o.split(' ')[0]));
const OPENER = narrowable(`^(?:${alternation(SENTENCE_OPENERS)})(?![\\p{L}\\p{M}])`, 'u');
const RUN_BREAKER = new Set([...RUN_BREAKING_WORDS, ...SENTENCE_STARTERS]);
const BODY_FIRST = new Set(BODY_FIRST_WORDS);
const GIVEN_NAME_BODY_WORD = new Set(GIVEN_NAMES_THAT_BEGIN_BODIES);
const GROUP_FIRST = new Set(GROUP_WORDS);
const TITLE_PREFIX_SURNAME = new Set(TITLE_PREFIX_SURNAMES);
const DOTTED_DEGREE = new Set(DOTTED_DEGREES);

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
      if (regexHere.u`^\p{Lu}\p{Ll}`.test(words[i]) && regexHere.u`^\p{Ll}`.test(words[i + 1])) pairs.add(`${words[i]} ${words[i + 1]}`.toLowerCase());
    }
  }
  return pairs;
}
/** The words of bodies and fields only ('môi trường'): a lower-case place word that completes one is no place word. */
const BODY_PAIRS = capitalisedPairs([
  ...TITLE_CASE_WORDS, ...BODY_HEADS.map((h) => h.word), ...PARTY_BOARDS, ...MINISTRIES.map((m) => m.name),
  ...DEPARTMENTS.map((d) => d.name),
]);
// (the form of address that opens a sentence glued to the name before it: 'chúc mừng đồng chí Đỗ
// Kim Hội Đồng chí Đỗ Kim Hội hứa …'; not the other prefixes, whose first syllables are given names: 'Danh', 'Kiến')
export const TITLE_CASE_PAIRS = new Set([...capitalisedPairs([...TITLES, ...PERSON_PREFIXES, ...ORG_HEADS, 'Đồng chí']), ...BODY_PAIRS]);
/** The first words of those pairs: a name whose last syllable is none of them ends inside no title word. */
const TITLE_CASE_FIRSTS = new Set([...TITLE_CASE_PAIRS].map((p) => p.slice(0, p.indexOf(' '))));
/** Words that begin a title or a body: after a title-prefix family name ('Phó') they make it that title. */
const TITLE_OR_BODY_FIRST = new Set([
  ...[...TITLES, ...PERSON_PREFIXES].map((t) => t.split(' ')).flatMap((w) => (w[0] === 'Phó' ? [w[1]] : [w[0]])),
  ...BODY_FIRST_WORDS,
].filter(Boolean).map((w) => w.toLowerCase()));

/** Does the name's last syllable begin a title-case word that the text completes ('Giám' + ' đốc')? */
/**
 * Lower-case words of prose whose first syllable could end a title or a body's first word
 * ('Hội đồng', 'Đồng chí'): after a name they begin the clause, not a title.
 */
const WORDS_AFTER_NAMES = new Set(['đồng thời', 'đồng ý', 'đồng tình', 'đồng hành', 'đồng loạt', 'đồng cảm', 'chí ít']);
function endsInsideTitleWord(text: string, end: number, name: string): boolean {
  if (text.charCodeAt(end) !== 0x20) return false;
  const last = name.slice(name.lastIndexOf(' ') + 1);
  if (!TITLE_CASE_FIRSTS.has(last.toLowerCase())) return false;
  const next = regexHere.u`^ +([\p{Ll}\p{M}]+)(?: +([\p{Ll}\p{M}]+))?`.exec(text.slice(end, end + 20));
  if (!next) return false;
  // (the lower-case syllable begins a word of its own: 'Đỗ Kim Hội đồng thời …' is no 'Hội đồng')
  if (next[2] && WORDS_AFTER_NAMES.has(`${next[1]} ${next[2]}`)) return false;
  return TITLE_CASE_PAIRS.has(`${last} ${next[1]}`.toLowerCase());
}

/**
 * Crawled texts glue sentences ('Trần Văn BìnhDự Lễ …'): the regexes end a name at a word edge,
 * so a syllable glued to the next sentence's capital is added here.
 */
function withGluedSyllable(text: string, start: number, name: string, max: number): string {
  if (text.charCodeAt(start + name.length) !== 0x20 || wordCount(name) >= max) return name;
  // the regex needs an upper-case letter after the spaces: an ASCII unit there must be A-Z
  // (most names go on with a lower-case word, and the regex is then not run)
  let q = start + name.length + 1;
  while (text.charCodeAt(q) === 0x20) q++;
  const c = text.charCodeAt(q);
  if (c < 0x80 && (c < 0x41 || c > 0x5a)) return name;
  const glued = GLUED_SYLLABLE.exec(text.slice(start + name.length, start + name.length + 24));
  return glued ? text.slice(start, start + name.length + glued[0].length) : name;
}
const GLUED_SYLLABLE = narrowable(String.raw`^ +\p{Lu}[\p{Ll}\p{M}]*(?=\p{Lu}\p{Ll})`, 'u');

/** How many words `name.split(' ')` gives, without the array. */
function wordCount(name: string): number {
  let n = 1;
  for (let k = name.indexOf(' '); k >= 0; k = name.indexOf(' ', k + 1)) n++;
  return n;
}

/** `s.split(/ +/)` without the regex: the pieces between runs of spaces (every match of the family-name and intro scans is cut so). */
export function splitAtSpaces(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', from)) {
    out.push(s.slice(from, i));
    from = i + 1;
    while (s.charCodeAt(from) === 0x20) from++;
  }
  out.push(s.slice(from));
  return out;
}

/** Cuts a name where a sentence-starting word begins ('Trà Hương Tới dự …' → 'Trà Hương'). */
function cutAtSentenceStart(text: string, start: number, name: string): string {
  const words = splitAtSpaces(name);
  let at = start;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (i >= 1 && OPENER_FIRST.has(w) && OPENER.test(text.slice(at, at + 16))) return words.slice(0, i).join(' ');
    // 'Vũ Các cuộc …': a starter that is no given name ends a name from its second word on
    if (i === 1 && SENTENCE_STARTER.has(w) && !ALSO_GIVEN_NAME.has(w) && !isSurname(w)) return words[0];
    if (i >= 2 && SENTENCE_STARTER.has(w)) {
      // a starter that is also a given name ends the name only where it opens a phrase or a number follows;
      // a starter that ends a three-word name before a bracket or (a sentence starter proper, not a
      // caption's word: 'Lăng Cha Cả, Nguyễn Kiệm' are roundabouts) a comma opens nothing ('ĐB Hoàng
      // Huy Được (Ba Vì)', 'Theo đại biểu Lê Tấn Tới, …')
      if (i === words.length - 1 && (text.startsWith(' (', at + w.length) || (text[at + w.length] === ',' && PROPER_STARTER.has(w)))) break;
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
const COMPOUND_BEFORE = narrowable(String.raw`(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]*) +([\p{Ll}\p{M}]+)[ .]+$`, 'u');

// Per text: the same positions are asked about by several rules.
// Cleared at the start and the end of every parse: nothing is kept from one text to the next.
const placeMemo = new Map<number, boolean>();

function isPlaceContext(text: string, start: number): boolean {
  let known = placeMemo.get(start);
  if (known === undefined) placeMemo.set(start, (known = placeContext(text, start)));
  return known;
}

const NOT_PLACE_END = narrowable(`(?:${alternation(PLACE_WORD_FALSE_FRIENDS)})[ .]*$`, 'u');
function placeContext(text: string, start: number): boolean {
  let e = start;
  while (e > 0 && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x2e)) e--;
  const word = wordEndingAt(text, e);
  if (!word) return false;
  // the second half of an abbreviation joined by '&' is no level word: 'Sở TT&TT Nguyễn Quang Thanh'
  if (text.charCodeAt(e - word.length - 1) === 0x26) return false;
  const first = word.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) return HOUSE_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 40), start));
  if (!PLACE_LAST.has(foldLast(word)) || NOT_PLACE_END.test(text.slice(Math.max(0, start - 24), start))) return false;
  const near = text.slice(Math.max(0, start - 40), start);
  PLACE_BEFORE.lastIndex = near.length;
  const place = PLACE_BEFORE.exec(near);
  if (!place) return false;
  if (place[1].includes(' ') || !regexHere.u`^\p{Ll}`.test(place[1])) return true;
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
  if (p > 0 && text.charCodeAt(p - 1) === 0x2e && !(p > 1 && regexHere.u`\p{Lu}`.test(text[p - 2]))) return undefined;
  let s = p;
  while (s > 0 && p - s < 40 && !WORD_EDGE[text.charCodeAt(s - 1)]) s--;
  if (s === p || (s > 0 && p - s >= 40)) return undefined;
  const w = text.slice(s, p);
  // a sentence's period after a lower-case word or a number ends the clause: 'năm 2017.' ('TP.' does not)
  if (w.endsWith('.') && regexHere.u`[\p{Ll}\p{M}\d]\.$`.test(w)) return undefined;
  return { w, s };
}
/** By UTF-16 unit: 1 for the marks that end a clause, a space and a comma (where a word before ends). */
const WORD_EDGE = new Uint8Array(0x10000);
for (const c of '\n\r;:!?()"“” ,') WORD_EDGE[c.charCodeAt(0)] = 1;

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
    if (text.charCodeAt(at - 1) === 0x2c || (at >= 2 && text.charCodeAt(at - 1) === 0x20 && text.charCodeAt(at - 2) === 0x2c)) break;
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
    const heads = ORG_BY_FIRST.get(words[i]);
    if (!heads) continue;
    for (const head of heads) {
      if (!head.every((w, k) => words[i + k] === w)) continue;
      const between = words.slice(i + head.length);
      if (between.length > 7 || between.filter((w) => regexHere.u`^\p{Ll}`.test(w)).length > 4) return undefined;
      if (between.some((w) => RUN_BREAKER.has(w) || !regexHere.u`^[\p{L}\p{M}\p{N}&.\-]+$`.test(w)) || NAME_STOP.test(between.join(' '))) return undefined;
      // a lower-case head that completes a capitalised word is none ('Môi trường')
      if (head.length === 1 && regexHere.u`^\p{Ll}`.test(head[0]) && i > 0 && BODY_PAIRS.has(`${words[i - 1]} ${head[0]}`.toLowerCase())) return undefined;
      return between.some((w) => regexHere.u`^\p{Lu}`.test(w) && !LEGAL_FORM.has(w)) ? 'named' : 'bare';
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
 * biểu Quốc hội tỉnh …', 'Bí thư chi bộ thôn …'): the run there may name the holder. With
 * `lowerBodyWords`, the lower-case words of the lexicon's body names count as the body's too
 * ('Ban tuyên giáo'): not where they run up to a bare name of two syllables ('Xí nghiệp cấp
 * nước Hà Tiên' is the works' town).
 */
function titleGoverns(text: string, start: number, lowerBodyWords = false): boolean {
  // walk back from `start` word by word: a title ending at a word's end governs the words after it
  let e = start;
  for (let n = 0; n <= 12; n++) {
    if (endsWithPhrase(TITLE_ENDING, TITLE_LAST, text, e)) return true;
    const word = clauseWordBefore(text, e, true);
    if (!word) return false;
    // a body's words: capitalised, lexicon body words, or a syllable that completes a capitalised one
    if (!CHAIN_START.test(word.w) && !BODY_CHAIN_WORDS.has(word.w.toLowerCase()) && !(lowerBodyWords && BODY_NAME_WORDS.has(word.w) && !STOP_WORD.has(word.w))) {
      if (STOP_WORD.has(word.w)) return false;
      const prior = clauseWordBefore(text, word.s, true);
      if (!prior || !CHAIN_START.test(prior.w)) return false;
    }
    e = word.s;
  }
  return false;
}
const CHAIN_START = narrowable(String.raw`^[\p{Lu}\d]`, 'u');
/**
 * The lower-case words of the lexicon's body and field names ('Ban Tuyên giáo', 'Bộ Nông nghiệp và Phát
 * triển nông thôn'): printed in lower case between a title and a name they are still the body's
 * ('Trưởng Ban tuyên giáo Thành ủy Thân Thị Thư').
 */
const BODY_NAME_WORDS = new Set(
  [...TITLE_CASE_WORDS, ...BODY_HEADS.map((h) => h.word), ...PARTY_BOARDS, ...MINISTRIES.map((m) => m.name), ...DEPARTMENTS.map((d) => d.name)]
    .flatMap((p) => p.split(/ +/).slice(1))
    .map((w) => w.toLowerCase())
    .filter((w) => regexHere.u`^[\p{Ll}\p{M}]+$`.test(w)),
);
const STOP_WORD = new Set(NAME_STOP_WORDS.filter((w) => !w.includes(' ') && w !== 'và'));

interface Word {
  w: string;
  s: number;
  e: number;
}

const TITLE_SYL = narrowable(String.raw`^\p{Lu}[\p{Ll}\p{M}]*$`, 'u');
const TITLE_SYL_AFTER = narrowable(`^ +(${SYL})${SYL_END}`, 'u');

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

const QUOTE_OPEN = new Set([...'"“\'‘«'].map((c) => c.charCodeAt(0)));
const QUOTE_CLOSE = new Set([...'"”\'’»'].map((c) => c.charCodeAt(0)));

/** Forms of address written with a capital at a sentence start: 'Ông Phạm Văn A'. */
const ADDRESS = /^(?:Ông|Bà|Anh|Chị|Cô|Chú|Bác|Em|Cháu|Cụ) /u;
/** A name that is a title written with capitals ('Phó Chủ tịch', 'Phó Giáo sư'), matched on the words as written. */
const TITLE_AT_RE = narrowable(`^(?:${alternation(CAPITAL_INTROS)})(?![\\p{Ll}\\p{M}\\p{N}])`, 'iu');
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
  if (start === 0 || /(?:\n|[.!?…"”)][ \t]*)$/u.test(before)) return lineEnd || regexHere.u`^[ \t]*[-–][ \t]*\p{Lu}`.test(after);
  return /[-–][ \t]*$/u.test(before) && lineEnd;
}

/**
 * A name that opens a clause with a title or a degree in apposition after its comma: 'Nghê Tinh, GS.
 * Đại học Trung Sơn', '; Hà Ban, Phó Trưởng Ban …' (not 'giáo xứ Kim Hòa, Chủ tịch Quốc hội nêu …').
 */
function titledAfter(text: string, start: number, end: number): boolean {
  if (!CLAUSE_START.test(text.slice(Math.max(0, start - 3), start))) return false;
  const after = APPOSITION_COMMA.exec(text.slice(end, end + 4));
  return !!after && TITLE_AT.test(text.slice(end + after[0].length, end + after[0].length + 40));
}
const APPOSITION_COMMA = /^, */u;
const CLAUSE_START = /(?:^|[\n.,;:!?"”(][ \t]*)$/u;

/** A title or a form of address right before the name, or a title earlier in the clause with only its body between. */
function introducedAt(text: string, start: number, lowerBodyWords = false): boolean {
  return endsWithPhrase(INTRO_END, INTRO_LAST, text, start) || titleGoverns(text, start, lowerBodyWords);
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

// (letters of the Vietnamese alphabet only: 'Ảnh: TWZ', 'Ảnh: MW' credit foreign outlets)
const INITIALS_ONLY = narrowable(String.raw`^(?:(?![FJWZ])\p{Lu}){2,3}$`, 'u');
// (a glued next sentence starts with a word of three letters or more: 'Ảnh LDKhông …', not 'IMDb')
const AFTER_INITIALS = narrowable(String.raw`^(?:[ \t]*(?:$|\n|[)”"’.,;:–-])|[ \t]+(?=\p{Lu})|(?=\p{Lu}[\p{Ll}\p{M}]{2}))`, 'u');
/**
 * A photographer's initials without dots ('Ảnh: HTD', 'Ảnh LDKhông …' glued to the next
 * sentence): a credit is a person (DECISIONS), unless the letters are a medium's, an agency's or
 * a body's (MEDIA_CREDITS, the outlets' tags), a place follows ('Ảnh: TH Vĩnh Long', a provincial
 * broadcaster) or a lower-case word follows ('Ảnh: CA cung cấp', an organisation's).
 */
function creditInitials(text: string, at: number, name: string): boolean {
  if (!INITIALS_ONLY.test(name) || MEDIA.test(name) || outletByTag(name)) return false;
  const after = text.slice(at + name.length, at + name.length + 40);
  if (!AFTER_INITIALS.test(after)) return false;
  return !PROVINCE_START.test(after.trimStart());
}

/**
 * A medium's or a body's head word, in the case a credit prints it: 'Tạp Chí công thương' as 'Tạp
 * chí', 'Truyền Hình' as 'Truyền hình' (credits capitalise freely; genre43 'Ảnh Tạp Chí công thương').
 */
function mediaHead(name: string): boolean {
  if (MEDIA_HEAD.test(name)) return true;
  const space = name.indexOf(' ');
  return space > 0 && MEDIA_HEAD.test(name.slice(0, space) + name.slice(space).toLowerCase());
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
      const person = ws.length >= 2 && !ws.some((w) => w.length < 2 && !regexHere.u`^\p{Lu}\p{Ll}`.test(w)) &&
        !MEDIA.test(name) && !mediaHead(name) && !PROVINCE_START.test(name) && !NOT_PERSON_START.test(name);
      if (person || creditInitials(text, at, name)) add(at, at + name.length, name, role);
      if (name.length < m[0].length) return; // the credit ended inside the capitals
    } else {
      return;
    }
    const sep = CREDIT_SEPARATOR.exec(text.slice(at + len, at + len + 4));
    if (!sep || !regexHere.u`^\p{Lu}`.test(text.slice(at + len + sep[0].length, at + len + sep[0].length + 1))) return;
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

// personsOf reads the text in steps, each a function of its own: the engine compiles small
// functions sooner and faster than one long one, and the first articles a process reads run
// before that.
type Add = (start: number, end: number, name: string, role?: string) => void;

function personsOf(ctx: Context): PersonCandidate[] {
  const { text } = ctx;
  const out: PersonCandidate[] = [];
  const add: Add = (start, end, name, role) => {
    out.push(role ? { kind: 'person', start, end, name, role } : { kind: 'person', start, end, name });
  };
  creditedNames(text, add);
  introducedNames(text, add);
  affiliatedForeigners(text, out, add);
  authorsInBrackets(text, out, add);
  // Bare names of two syllables wait for the end: a list they stand in may make them names.
  const bare: PersonCandidate[] = [];
  fullNames(text, out, bare);
  listedNames(text, add);
  keepBareNamesOfLists(text, out, bare);
  capitalNames(text, out, add);
  dropShortenedAndQuoted(text, out);
  trimRunOns(out);
  hoChiMinh(text, out, add);
  return out;
}

/**
 * Names in capitals (see CAPS_WORD): kept as written, the capitals being how the page prints
 * them (DECISIONS: bylines as printed). A name that opens a line or follows a page number and
 * runs into a title ('… 10LÊ HỒNG ANH Tiếp tục đẩy mạnh …'), or is glued to the section name
 * before it ('Nghiên cứu - Trao đổiHOÀNG CHÍ BẢO Tư tưởng …'), is an entry of a table of
 * contents: its author (role 'tác giả').
 */
function capitalNames(text: string, out: PersonCandidate[], add: Add): void {
  const words: { s: number; e: number; w: string }[] = [];
  const flush = (glued: boolean) => {
    if (words.length >= 2 && words.length <= 4) capitalName(text, words, glued, out, add);
    words.length = 0;
  };
  const spans = capsWords(text);
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k];
    const end = spans[k + 1];
    let w = text.slice(start, end);
    const next = text.slice(end, end + 1);
    // 'NGUYỄN HẢI HÀChín chữ …': the last capital begins the next sentence's first word
    const glued = next !== '' && LOWER_LETTER.test(next);
    if (glued) w = w.slice(0, -1);
    const last = words[words.length - 1];
    if (last && !(start === last.e + 1 && text.charCodeAt(last.e) === 0x20)) flush(false);
    if (w.length >= 2 || !glued) words.push({ s: start, e: start + w.length, w });
    else flush(false);
    if (glued || (next !== '' && next !== ' ' && LETTER_OR_MARK.test(next))) flush(glued);
  }
  flush(false);
}

function capitalName(text: string, words: readonly { s: number; e: number; w: string }[], glued: boolean, out: PersonCandidate[], add: Add): void {
  const first = words[0];
  if (!isSurname(first.w) || !words.every((x) => VIET_SYLLABLE.test(x.w.toLowerCase().normalize('NFC')))) return;
  // a capital word just before ('TẠP CHÍ CỘNG SẢN') makes the run a heading's tail
  if (CAPS_WORD_BEFORE.test(text.slice(Math.max(0, first.s - 12), first.s))) return;
  const start = first.s;
  const end = words[words.length - 1].e;
  const titled = words.map((x) => x.w[0] + x.w.slice(1).toLowerCase()).join(' ');
  if (PROVINCE_START.test(titled) || NOT_PERSON_START.test(titled) || titled === HO_CHI_MINH || isPlaceContext(text, start)) return;
  if (out.some((p) => p.start < end && start < p.end)) return;
  const before = text.slice(Math.max(0, start - 1), start);
  const entry = (before === '' || before === '\n' || before === ')' || (before >= '0' && before <= '9') || LOWER_LETTER.test(before)) && (glued || TITLE_WORD_AFTER.test(text.slice(end, end + 4)));
  add(start, end, text.slice(start, end), entry ? 'tác giả' : undefined);
}

/** Photo and text credits: 'Ảnh: Ngọc Lan', 'Ảnh: N.H'. */
function creditedNames(text: string, add: Add): void {
  for (const m of CREDIT_SCAN.all(text)) {
    readCredit(text, m.index + m[0].length - (m[2]?.length ?? 0), CREDIT_ROLE.get(m[1].toLowerCase()), add);
  }

  for (const m of CREDIT_INITIALS_SCAN.all(text)) {
    const start = m.index + m[0].length - m[2].length;
    add(start, m.index + m[0].length, m[2], CREDIT_ROLE.get(m[1].toLowerCase()));
  }
}

/** Names after a title or a form of address: 'đồng chí Hoài Nam', 'Bí thư Trần Văn Bình'. */
function introducedNames(text: string, add: Add): void {
  for (const scan of INTRODUCED_SCANS) for (const m of scan.all(text)) introducedName(text, m, add);
}

/** One match of the intro scans: the name after the title or form of address, if it is one. */
function introducedName(text: string, m: RegExpExecArray, add: Add): void {
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
  if (!raw.includes(' ')) return;
  if (PROVINCE_START.test(raw) || NOT_PERSON_START.test(raw) || raw === HO_CHI_MINH) return;
  // the name is itself a title ('đồng chí Phó Chủ tịch UBND …'), or the intro word is the first
  // half of a body name ('Chủ tịch Hội đồng …', 'Giám đốc Sở Văn hóa …'): names are people's
  if (TITLE_AT.test(text.slice(start, start + 40)) || isTitlePrefix(raw)) return;
  // after a title, a body's first word begins a body; after 'ông', 'anh' … only when it is no given name
  const first = raw.slice(0, raw.indexOf(' '));
  const intro = m[0].slice(0, m[0].length - m[1].length).trim().toLowerCase();
  const address = PREFIX_SET.has(intro);
  // 'Trưởng thôn Tịch Tây', 'Trưởng phòng Tài Chính …': after a title that ends in a unit's word, a name has a family name
  if (!address && UNIT_WORD.has(intro.slice(intro.lastIndexOf(' ') + 1)) && !isSurname(first)) return;
  if (BODY_FIRST.has(first) && !isSurname(first) && !(address && GIVEN_NAME_BODY_WORD.has(first))) return;
  if (isPlaceContext(text, start) || namesBodyOfPlace(text, start, raw)) return;
  // 'xã Anh hùng Trí Phải': an honorary epithet after a place word is the place's title, the name the place's
  if (EPITHETS.has(intro) && isPlaceContext(text, m.index)) return;
  add(start, start + raw.length, raw);
}

/** Does a name hold a syllable Vietnamese spelling has not ('Martin', 'Kundera', 'Yathotou')? */
function looksForeign(name: string): boolean {
  return name.split(' ').some((w) => !VIET_SYLLABLE.test(w.toLowerCase().normalize('NFC')));
}

/**
 * A foreign name does not end in a syllable with Vietnamese letters: such a syllable after it
 * opens the next sentence of a crawled text ('Heng Samrin Củng cố quan hệ …').
 */
function withoutVietnameseTail(name: string): string {
  let n = name;
  while (wordCount(n) > 2 && NON_ASCII.test(n.slice(n.lastIndexOf(' ') + 1))) n = n.slice(0, n.lastIndexOf(' '));
  return n;
}
const NON_ASCII = /[^\u0000-\u007f]/u;

/** A foreign name after a title and the holder's affiliation: 'Tổng thư ký IPU Martin Chungon'. */
function affiliatedForeigners(text: string, out: PersonCandidate[], add: Add): void {
  for (const m of AFFILIATED_FOREIGNER_SCAN.all(text)) {
    const start = m.index + m[0].length - m[2].length;
    const raw = withoutVietnameseTail(cutTitleWordAtEnd(text, start, cutAtSentenceStart(text, start, m[2])));
    if (!raw.includes(' ')) continue;
    if (!looksForeign(raw) || isSurname(raw.slice(0, raw.indexOf(' ')))) continue;
    if (PROVINCE_START.test(raw) || NOT_PERSON_START.test(raw)) continue;
    if (out.some((p) => p.start < start + raw.length && start < p.end)) continue;
    add(start, start + raw.length, raw);
  }
}

/**
 * A foreign name in brackets in a sentence about written works is the author of the work before
 * it: 'hai tác phẩm dịch là Văn học và cái ác (Georges Battaille), Sự bất tử (Milan Kundera)'.
 */
function authorsInBrackets(text: string, out: PersonCandidate[], add: Add): void {
  for (const m of text.matchAll(BRACKETED_NAME)) {
    const raw = m[1];
    const start = m.index + 1;
    if (!looksForeign(raw) || out.some((p) => p.start < start + raw.length && start < p.end)) continue;
    const before = text.slice(Math.max(0, m.index - 300), m.index);
    const sentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1);
    if (WORK_WORD.test(sentence)) add(start, start + raw.length, raw);
  }
}

/**
 * Names that start with a family name, read as the whole capitalised run they stand in. A bare
 * name of two syllables goes to `bare`: a list it stands in may make it a name (keepBareNamesOfLists).
 */
function fullNames(text: string, out: PersonCandidate[], bare: PersonCandidate[]): void {
  let from = 0;
  for (let m: RegExpExecArray | null; (m = FULL_NAME_SCAN.next(text, from)); ) {
    // A rejected or shortened match may hide a name inside it ('TP. Hồ Chí Minh Nguyễn Thị Lệ'):
    // the scan goes on from the match's second word.
    from = m.index + m[0].indexOf(' ') + 1;
    const cand = fullName(text, m);
    if (!cand) continue;
    // (a body's lower-case words count only where its capitalised name follows them: 'Sở Quy hoạch - kiến
    // trúc Hà Nội Lê Vinh', not 'Xí nghiệp cấp nước Hà Tiên')
    const capitalBefore = TITLE_SYL.test(wordEndingAt(text, cand.start - 1));
    if (wordCount(cand.name) === 2 && !introducedAt(text, cand.start, capitalBefore) && !standsAlone(text, cand.start, cand.end) &&
      !titledAfter(text, cand.start, cand.end)) bare.push(cand);
    else out.push(cand);
    from = Math.max(from, cand.end);
  }
}

/** The name a match of the family-name scan stands for, if any. */
function fullName(text: string, m: RegExpExecArray): PersonCandidate | undefined {
  // 'Phó Bí thư …' starts with a family name ('Phó') but is a title; 'Đoàn Thanh niên …' is the
  // Youth Union: the words as written decide, before the name is cut to its syllables.
  const written = text.slice(m.index, m.index + 40);
  if (TITLE_AT.test(written) || NOT_PERSON_START.test(written)) return undefined;
  const matched = withGluedSyllable(text, m.index, m[0], 5);
  let raw = cutTitleWordAtEnd(text, m.index, cutAtSentenceStart(text, m.index, matched));
  let start = m.index;
  const address = ADDRESS.exec(raw);
  if (address) {
    // 'Trường THPT Ông Ích Khiêm': a family-name-like 'Ông' after a place word begins the place's name
    if (isPlaceContext(text, start)) return undefined;
    raw = raw.slice(address[0].length);
    start += address[0].length;
  }
  if (!raw.includes(' ') || isTitlePrefix(raw)) return undefined;

  // The run of capitalised words the name stands in decides whether it is a name at all.
  const before = runAround(text, start);
  const runStart = before.length ? before[0].s : start;
  let prefix = '';
  for (let k = 0; k < before.length; k++) prefix += k ? ` ${before[k].w}` : before[k].w;
  // a parenthesis closes the name before it: 'Hiệp hội Doanh nghiệp Nhỏ và Vừa (DNNVV) Nguyễn Văn Thân'
  const closed = /\)[ \t]*$/u.test(text.slice(Math.max(0, runStart - 3), runStart));
  const place = !closed && isPlaceContext(text, runStart);
  const org = closed || place || endsWithPhrase(INTRO_END, INTRO_LAST, text, runStart) ? undefined : orgBefore(text, runStart);
  const placeBefore = place || org !== undefined;
  if (placeBefore || (before.length && !PROVINCE_WHOLE.test(prefix) && !NOT_PERSON_WHOLE.test(prefix))) {
    // a place or a firm, or a name that goes on before it ('Tân Sơn Nhất', 'xã Vĩnh Lộc A'):
    // only after a title is a holder's name named after it
    if (!titleGoverns(text, runStart, true)) return undefined;
    const words: Word[] = [...before];
    let at = start;
    for (const w of raw.split(' ')) {
      words.push({ w, s: at, e: at + w.length });
      at += w.length;
      while (text[at] === ' ') at++;
    }
    // the run goes on after the match only when the match was cut short by its length
    if (raw === matched && wordCount(raw) === 5) words.push(...runAfter(text, start + raw.length));
    const name = splitPlaceAndName(
      words,
      org === 'named' || isLevelBefore(text, runStart) || HOUSE_NUMBER_BEFORE.test(text.slice(Math.max(0, runStart - 12), runStart)),
    );
    if (!name) return undefined;
    start = name[0].s;
    raw = text.slice(start, name[name.length - 1].e);
  }

  // 'đường Trương Định, Hai Bà Trưng, Nguyễn Trãi': an item of a list that a place word opens is a place
  if (!placeBefore) {
    const items = placeListItemsBefore(text, start);
    // a list's last item runs on into the sentence ('…, Phó Đức Chính bị lấn chiếm'); one place and a name do not
    if (items >= 2 || (items === 1 && /^\s*(?:[,;.…()]|và\s)/u.test(text.slice(start + raw.length, start + raw.length + 5)))) return undefined;
  }
  // One-letter family names ('A', 'Y' of Central Highlands names) need a real given name after them.
  if (regexHere.u`^\p{Lu} `.test(raw) && wordCount(raw) < 3) return undefined;
  if (raw === HO_CHI_MINH || raw.startsWith(HO_CHI_MINH + ' ')) return undefined;
  if (PROVINCE_START.test(raw) || NOT_PERSON_START.test(raw) || CYCLE_YEAR.test(raw)) return undefined;
  // 'Đoàn Việt Nam', 'Đoàn Quảng Nam' (a delegation): a family-name word followed by a country or a
  // province is no person; 'từ Mậu Thân 1968': followed by a year of the sixty-year cycle it is a time.
  const rest = raw.slice(raw.indexOf(' ') + 1);
  // ('Nguyễn Hòa Bình' stays a person: given names are often place names.)
  if (NOT_PERSON_START.test(rest) || CYCLE_YEAR.test(rest)) return undefined;
  // 'Từ Làng Sen nhớ Bác': a place's head after a family-name word makes that word a preposition
  // or a place word ('from Sen village'), never a family name
  const second = rest.indexOf(' ');
  if (PLACE_HEAD.has(second < 0 ? rest : rest.slice(0, second))) return undefined;
  if (namesBodyOfPlace(text, start, raw)) return undefined;
  // 'Giang Tô Việt Nam': a run of four or more that ends in the country's name is a firm's
  if (raw.endsWith(' Việt Nam') && wordCount(raw) >= 4) return undefined;
  return { kind: 'person', start, end: start + raw.length, name: raw };
}

/**
 * 'các Nghệ sĩ Nhân dân: Thu Hiền, Quang Thọ, Trung Đức; …': people listed after an honorary title;
 * 'các ca sỹ Tùng Dương, Đào Tố Loan, …': after a plural profession or form of address.
 */
function listedNames(text: string, add: Add): void {
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
}

/** The colon of a list of people after a plural title: 'Các đồng chí nguyên Ủy viên Ban Chấp hành Trung ương Đảng:'. */
const PLURAL_TITLE_LIST = narrowable(
  `(?:^|[^\\p{L}\\p{M}])(?:các|những)(?: +đồng chí)?(?: +nguyên)? +(?:${alternation(TITLES)})(?![\\p{L}\\p{M}])[^.;:!?\\n]{0,60}: *$`,
  'iu',
);

/**
 * A bare two-syllable name stays when it continues a list of persons ('Phùng Đình Gan, Hà Tuân và
 * …') or opens one after a plural title's colon ('Các đồng chí nguyên Ủy viên …: Nguyễn Bá - …').
 */
function keepBareNamesOfLists(text: string, out: PersonCandidate[], bare: PersonCandidate[]): void {
  if (bare.length) {
    const ends = new Set<number>();
    for (const p of out) ends.add(p.end);
    bare.sort((a, b) => a.start - b.start);
    for (const b of bare) {
      const sep = /(?:, *| +và +)$/u.exec(text.slice(Math.max(0, b.start - 5), b.start));
      const opens = !sep && /: *$/u.test(text.slice(Math.max(0, b.start - 3), b.start)) &&
        PLURAL_TITLE_LIST.test(text.slice(Math.max(0, b.start - 130), b.start));
      if ((sep && ends.has(b.start - sep[0].length)) || opens) {
        out.push(b);
        ends.add(b.end);
      }
    }
  }
}

const BIRTH_ORDER = new Set(BIRTH_ORDER_WORDS);
/** 'Bảy Tuyết': a birth-order word and the given name of a person named in full. */
function isBirthOrderNickname(name: string, given: ReadonlySet<string>): boolean {
  const words = name.split(' ');
  return words.length === 2 && BIRTH_ORDER.has(words[0]) && given.has(words[1]);
}

/**
 * 'ông Văn Nam' after 'Lê Văn Nam': a shortened name is the same person, no second fact (genre
 * batch1 NOTES.md); a credit or a byline keeps its own. A name in quotes is a brand or a title ('“Trà Gò Loi”').
 */
function dropShortenedAndQuoted(text: string, out: PersonCandidate[]): void {
  const tails = new Set<string>();
  for (const p of out) {
    // of a name of three words or more, what follows each space
    const name = p.name;
    const first = name.indexOf(' ');
    if (first < 0 || name.indexOf(' ', first + 1) < 0) continue;
    for (let k = first; k >= 0; k = name.indexOf(' ', k + 1)) tails.add(name.slice(k + 1));
  }
  // the given names of the full names, for nicknames by birth order ('Bảy Tuyết' for 'Dương Thị Tuyết')
  const given = new Set<string>();
  for (const p of out) if (p.name.includes(' ') && !BIRTH_ORDER.has(p.name.slice(0, p.name.indexOf(' ')))) given.add(p.name.slice(p.name.lastIndexOf(' ') + 1));
  const kept = out.filter((p) => {
    if (p.start > 0 && QUOTE_OPEN.has(text.charCodeAt(p.start - 1)) && QUOTE_CLOSE.has(text.charCodeAt(p.end))) return false;
    if (p.role === undefined && isBirthOrderNickname(p.name, given)) return false;
    return p.role !== undefined || !tails.has(p.name);
  });
  out.length = 0;
  out.push(...kept);
}

/**
 * 'ông Nguyễn Thiện Nhân Nhãn Trao đổi …', 'Đào Minh Tú Chia sẻ …': a name of four syllables or
 * more that is a name the article writes elsewhere (three syllables or more) and one syllable run
 * on into the next sentence is that name: one name, one person per article. A four-syllable name
 * the article never writes shorter stays whole.
 */
function trimRunOns(out: PersonCandidate[]): void {
  if (out.length < 2) return;
  const names = new Set<string>();
  for (const p of out) if (wordCount(p.name) >= 3) names.add(p.name);
  for (const p of out) {
    if (wordCount(p.name) < 4) continue;
    const shorter = p.name.slice(0, p.name.lastIndexOf(' '));
    if (!names.has(shorter)) continue;
    p.name = shorter;
    p.end = p.start + shorter.length;
  }
}

/** Hồ Chí Minh: the man, unless the words name the city or a body or award named after him. */
function hoChiMinh(text: string, out: PersonCandidate[], add: Add): void {
  for (let at = HO_CHI_MINH_WORDS.indexIn(text, 0); at >= 0; at = HO_CHI_MINH_WORDS.indexIn(text, at + HO_CHI_MINH.length)) {
    if (isPlaceContext(text, at)) continue;
    add(at, at + HO_CHI_MINH.length, HO_CHI_MINH);
  }
  // 'Bác Hồ' is the same man; it becomes a fact only when the full name is never written.
  if (!out.some((p) => p.name === HO_CHI_MINH)) {
    const bac = BAC_HO_WORDS.indexIn(text, 0);
    if (bac >= 0) add(bac, bac + BAC_HO_WORDS.literal.length, HO_CHI_MINH);
  }
}
