// Counts: a number of people, bodies or items ('5 chi bộ', '49 đảng viên', 'hai mươi lăm
// đảng viên', '1,5 triệu người') and percentages ('100%', 'trên 95%'). Approximation words
// before the number ('trên', 'gần', 'khoảng') or 'trở lên' after set `approx`. No count:
// durations, money and measures ('4 năm', '8 tỷ bảng'), ordinals ('thứ 2', 'giải Nhì'),
// vague amounts ('hàng chục lượt'), times ('2 lần') and numbers inside names ('Quân khu 7').
//
// The counted noun is an open class (DECISIONS.md): after the number comes a noun phrase of
// lower-case syllables, read up to where a phrase must end: a verb or a function word (mined
// from real text: lexicon/count-boundaries.ts), a narrower ('trực thuộc', 'nữ'), punctuation,
// a capital or a digit. A unit is written as printed, lower case ('12 ĐV' → 'đv'; scoring folds
// abbreviations). Known units (lexicon/units.ts) followed by more known units are one unit
// ('3 đơn vị thành viên'); coordinated nouns stay one unit ('2.547 ý kiến, kiến nghị'); a unit
// that heads longer nouns takes them ('hai cuộc kháng chiến'); an order is counted by its full
// name ('12 Huân chương Lao động hạng Ba'); people by their title ('2 Phó Giám đốc'), also after a
// classifier of respect ('2 vị phó trưởng đoàn'). Compound nouns built on a known unit, the units
// that head kind nouns ('4 cơ quan báo chí', '11 trường trung học cơ sở') and the words that end
// or do not end a counted noun beyond the mined lists are data (lexicon/count-nouns.ts). A phrase
// that begins with a measure, a duration or money is no count (NOT_COUNT_UNITS), nor a number
// inside a name or an idiom ('Sông Đà 9', 'hai nước'). A range gives two counts ('50-70 lượt
// DN'); one count written in full and abbreviated ('20 doanh nghiệp' … '20 DN') is one.
//
// Speed: the rules are regexes, but most numbers are followed by no unit and preceded by no
// label, so plain-code checks run first (the word after the number looked up among the units'
// first two words, the word before it among the label, vague and approximation words) and the
// regexes run only where those checks say they may match: the output is the regexes' own.

import type { Approx } from '../contract.ts';
import type { Candidate, Context } from '../pipeline.ts';
import { COMPLEMENT_HEADS, COMPLEMENTS, EVENT_HEADS, EVENT_HEAD_NOT_NAMES, KIND_HEADS, COUNT_CLASSIFIERS, COUNT_TITLES, COUNT_UNITS, FUNCTION_WORD_COMPOUNDS, HEAD_UNITS, MAX_NOUN_PHRASE_SYLLABLES, MEASURE_HEADS, NOT_COUNT_UNITS, TYPE_RATINGS, UNIT_NARROWERS } from '../lexicon/units.ts';
import { DOCUMENT_TYPES } from '../lexicon/documents.ts';
import { AWARD_CLASSES, AWARDS } from '../lexicon/awards.ts';
import { FUNCTION_WORDS, PHRASE_END_VERBS, PHRASE_END_WORDS } from '../lexicon/count-boundaries.ts';
import { DIGIT_LABELS_BEFORE, NOT_COUNT_BEFORE, NUMBER_WORD_IDIOMS, VAGUE_BEFORE_NUMBERS } from '../lexicon/context.ts';
import { ROLE_TITLES } from '../lexicon/roles.ts';
import { AMOUNT_BEFORE, APPROX_WORDS, FRACTION_BEFORE, DIGIT_WORDS, MAGNITUDE_WORDS, NUMBER_WORD_NOT_AFTER, NUMBER_WORD_NOT_NOUNS, TENS_WORDS, YEAR_BEFORE_NAM, ZERO_TENS_WORDS, HALF_WORDS, VAGUE_QUANTIFIERS } from '../lexicon/numerals.ts';
import { VERB_MARKERS, EXTRA_PHRASE_END_PAIRS, EXTRA_PHRASE_END_WORDS, BUILT_PARTICIPLES, NOUN_COMPOUNDS_OVER_ENDS, TITLE_PREFIXES, VERBS_AFTER_LABEL_NUMBERS } from '../lexicon/count-phrase-ends.ts';
import { ADMIN_KINDS, ADMIN_SHORT_FORMS, AREA_MEASURES, CENTRAL_COMMITTEE_LABELS, COUNTED_NOUNS, COMPOUND_COUNT_UNITS, COMPOUND_PHRASE_END_PAIRS, COMPOUND_PHRASE_END_WORDS, KIND_HEAD_UNITS, KIND_MODIFIERS, RANGE_LINKS, RANGE_OPENERS, RANK_NARROWERS, NOUNS_BEGINNING_WITH_UNITS, RESPECT_CLASSIFIERS, SCHOOL_KINDS_OVER_ENDS, TERM_WORDS, UNITS_NOT_JUXTAPOSED, VERBS_ENDING_IN_LABELS, WORDS_BEGINNING_WITH_UNITS, WORDS_ENDING_IN_DOCUMENT_TYPES, NOUNS_ENDING_IN_SO, NUMBERED_FORMATIONS, NUMBERED_SETS, RATIO_WHOLE_NOT_COUNTED } from '../lexicon/count-nouns.ts';
import { WORD_END, WORD_START, alternation, escapeRegExp, isRegexSpace, leadingClass, rx } from '../text/patterns.ts';
import { WordScan } from '../text/scan.ts';
import { parseNumberWords } from '../text/numerals.ts';
import { narrowable, regexHere } from '../text/narrow.ts';

type CountCandidate = Candidate<'count'>;

/** The known units: the list of lexicon/units.ts and the compound nouns of lexicon/count-nouns.ts. */
const UNITS = COUNTED_NOUNS;
const UNIT = alternation([...UNITS.flatMap((u) => [u.unit, ...u.variants])]);
const NARROWER = alternation([...UNIT_NARROWERS, ...RANK_NARROWERS]);
const EMULATION_UNITS = new Set(UNITS.filter((u) => u.group === 'emulation').map((u) => u.unit));
const ADMIN_UNIT = alternation(UNITS.filter((u) => u.group === 'admin').map((u) => u.unit));
/** A known unit's group, by the unit as written lower case. */
const UNIT_GROUP = new Map(UNITS.flatMap((u) => [u.unit, ...u.variants].map((w) => [w.toLowerCase(), u.group] as const)));

const APPROX_BEFORE = APPROX_WORDS.filter((a) => a.position === 'before');
const APPROX_AFTER = APPROX_WORDS.filter((a) => a.position === 'after');
const APPROX_BY_WORD = new Map(APPROX_WORDS.map((a) => [a.word.toLowerCase(), a.approx]));

const NUMBER_WORD = alternation([
  ...Object.keys(DIGIT_WORDS),
  ...TENS_WORDS,
  ...ZERO_TENS_WORDS,
  ...Object.keys(MAGNITUDE_WORDS),
  ...HALF_WORDS,
]);
const MAGNITUDE = alternation(Object.keys(MAGNITUDE_WORDS).filter((w) => MAGNITUDE_WORDS[w] >= 1000));

// Digits with dots for thousands and a comma for decimals: 2.415, 95,5, 01.
const DIGITS = '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?';
// Number words come in short runs ('một trăm hai mươi lăm'): bounded, so a long run of them
// ('hai hai hai …') cannot make the scan quadratic.
const NUMBER = `(?:${DIGITS})(?: +(?:${MAGNITUDE}))?|(?:${NUMBER_WORD})(?: +(?:${NUMBER_WORD})){0,6}`;
// An approximation word right before the number: 'trên 95%', 'khoảng 400 di tích'. Read backwards
// from the number, so the scans below can start at digits and number words only.
const APPROX_BEFORE_NUMBER = narrowable(`(?<![\\p{L}\\p{M}\\p{N}])(${alternation(APPROX_BEFORE.map((a) => a.word))}) +$`, 'iu');
const NUMBER_START = leadingClass(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ...Object.keys(DIGIT_WORDS), ...TENS_WORDS], true);

// ------------------------------------------------------------------------ plain-code checks
// The checks below run at every number of a text. Each gives what its regex gives (the regex
// stays the rule, and decides wherever the text has a character these checks do not read
// plainly), but reads only the words next to the number, by a Set look-up.

/**
 * Per UTF-16 unit: 0 not looked at yet, 1 no letter, mark or digit, 2 one whose lower case is
 * plain (ASCII, Latin-1, Latin Extended-A, ơ ư, the Vietnamese letters, combining marks), 3 any
 * other (a surrogate, or a letter whose case-insensitive matching toLowerCase may not mirror).
 */
const UNIT_CLASS = new Uint8Array(0x10000);
const WORD_UNIT = narrowable(String.raw`^[\p{L}\p{M}\p{N}]$`, 'u');
function unitClass(c: number): number {
  let k = UNIT_CLASS[c];
  if (k === 0) {
    if (c >= 0xd800 && c <= 0xdfff) k = 3;
    else if (!WORD_UNIT.test(String.fromCharCode(c))) k = 1;
    else {
      const plain =
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
        (c >= 0xc0 && c <= 0x17e && c !== 0xdf && c !== 0x130 && c !== 0x131 && c !== 0x149) ||
        (c >= 0x1a0 && c <= 0x1b0) || (c >= 0x1ea0 && c <= 0x1ef9) || (c >= 0x300 && c <= 0x36f);
      k = plain ? 2 : 3;
    }
    UNIT_CLASS[c] = k;
  }
  return k;
}

/** What phrasePattern lets a word's final i/y be (after a consonant, either): 'xỷ' → 'xỉ'. */
const Y_TO_I = new Map([...'yýỳỷỹỵ'].map((y, k) => [y.charCodeAt(0), 'iíìỉĩị'[k]]));
const CONSONANTS = new Set([...'bcdđghklmnprstvx'].map((c) => c.charCodeAt(0)));
/** Keys of the words read so far (a text's words are mostly the same few thousand syllables). */
const KEYS = new Map<string, string>();
/** Per UTF-16 unit: 0 not looked at yet, 1 a plain unit (unitClass 2) that is its own lower case, 2 any other. */
const OWN_LOWER = new Uint8Array(0x10000);
function ownLower(c: number): boolean {
  let k = OWN_LOWER[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    OWN_LOWER[c] = k = unitClass(c) === 2 && ch.toLowerCase() === ch ? 1 : 2;
  }
  return k === 1;
}
/** A word lower case with its final y written i where phrasePattern lets it be either. */
function wordKey(word: string): string {
  // Most words are their own key (lower case, no final y after a consonant): a walk over their
  // units is cheaper than hashing a fresh slice for the look-up.
  const n = word.length;
  let own = true;
  for (let i = 0; i < n; i++) {
    if (!ownLower(word.charCodeAt(i))) {
      own = false;
      break;
    }
  }
  if (own && !(n >= 2 && Y_TO_I.has(word.charCodeAt(n - 1)) && CONSONANTS.has(word.charCodeAt(n - 2)))) return word;
  if (word.length > 16) return keyOf(word);
  let key = KEYS.get(word);
  if (key === undefined) {
    if (KEYS.size >= 50_000) KEYS.clear();
    KEYS.set(word, (key = keyOf(word)));
  }
  return key;
}
function keyOf(word: string): string {
  const w = word.toLowerCase();
  const n = w.length;
  const i = n >= 2 && CONSONANTS.has(w.charCodeAt(n - 2)) ? Y_TO_I.get(w.charCodeAt(n - 1)) : undefined;
  return i === undefined ? w : w.slice(0, n - 1) + i;
}
/** A phrase's key: its words' keys, single-spaced. */
const phraseKey = (phrase: string) => phrase.trim().split(/\s+/).map(wordKey).join(' ');

/** The word ending at `end` (not reaching before `lo`): its start, or -1 when a character in it is not plain. */
function wordStartBefore(text: string, end: number, lo: number): number {
  let s = end;
  for (; s > lo; s--) {
    const k = unitClass(text.charCodeAt(s - 1));
    if (k === 1) break;
    if (k === 3) return -1;
  }
  return s;
}

/** The word starting at `at`: its end, or -1 when a character in it is not plain. */
function wordEndAfter(text: string, at: number): number {
  let e = at;
  for (; e < text.length; e++) {
    const k = unitClass(text.charCodeAt(e));
    if (k === 1) break;
    if (k === 3) return -1;
  }
  return e;
}

const APPROX_BEFORE_KEYS = new Set(APPROX_BEFORE.map((a) => phraseKey(a.word)));
const APPROX_BEFORE_MAX_WORDS = Math.max(...APPROX_BEFORE.map((a) => a.word.trim().split(/\s+/).length));

/**
 * APPROX_BEFORE_NUMBER on the 24 characters before `at`, read word by word backwards: the
 * longest approximation word (the leftmost match) that ends before spaces at `at`. Null when a
 * word has a character that is not plain (then the regex decides).
 */
function approxBeforePlain(text: string, at: number): { word: string; start: number } | undefined | null {
  const lo = Math.max(0, at - 24);
  let end = at;
  if (end <= lo || text.charCodeAt(end - 1) !== 32) return undefined;
  while (end > lo && text.charCodeAt(end - 1) === 32) end--;
  const last = end;
  let key = '';
  let found = -1;
  for (let n = 0; n < APPROX_BEFORE_MAX_WORDS && end > lo; n++) {
    const s = wordStartBefore(text, end, lo);
    if (s < 0) return null;
    if (s === end) break;
    key = n === 0 ? wordKey(text.slice(s, end)) : `${wordKey(text.slice(s, end))} ${key}`;
    if (APPROX_BEFORE_KEYS.has(key)) found = s;
    if (s <= lo || text.charCodeAt(s - 1) !== 32) break;
    end = s;
    while (end > lo && text.charCodeAt(end - 1) === 32) end--;
  }
  return found < 0 ? undefined : { word: text.slice(found, last), start: found };
}

/** The approximation word that ends right before `at`, with where it starts. */
function approxBefore(text: string, at: number): { word: string; start: number } | undefined {
  const plain = approxBeforePlain(text, at);
  const found = plain !== null ? plain : approxBeforeRegex(text, at);
  // 'hơn' after an adjective is a comparative ('cao hơn 2% so với …': higher by 2%), no approximation
  if (found && found.word.toLowerCase() === 'hơn' && COMPARATIVE_BEFORE.test(text.slice(Math.max(0, found.start - 12), found.start))) return undefined;
  return found;
}
function approxBeforeRegex(text: string, at: number): { word: string; start: number } | undefined {
  const before = text.slice(Math.max(0, at - 24), at);
  const m = APPROX_BEFORE_NUMBER.exec(before);
  return m ? { word: m[1], start: at - before.length + m.index } : undefined;
}
/** Adjectives before 'hơn' that make it a comparative: 'cao hơn', 'thấp hơn'. */
const COMPARATIVE_BEFORE = narrowable(String.raw`(?:^|[^\p{L}\p{M}])(?:cao|thấp)\s+$`, 'iu');

/**
 * Whether `window` may end with one of `phrases` (case and final i/y as phrasePattern writes
 * them) before the trailing characters `trailing` skips: the last word of the window must end
 * with a phrase's last word. False means the regex `(?:phrases)<trailing>$` cannot match the
 * window; true, that it may (the regex decides).
 */
class EndFilter {
  /** The phrases' last words (wordKey), by their last unit. */
  private readonly byLast = new Map<number, string[]>();
  /** Whether a phrase's last word is one unit long. */
  private hasOnes = false;
  constructor(phrases: readonly string[], private readonly trailing: (c: number) => boolean) {
    for (const p of phrases) {
      const words = p.trim().split(/\s+/);
      const last = words[words.length - 1];
      if (!regexHere.u`^[\p{L}\p{M}\p{N}]+$`.test(last)) throw new Error(`EndFilter: '${p}' does not end with a word`);
      const key = wordKey(last);
      if (key.length === 1) this.hasOnes = true;
      const same = this.byLast.get(key.charCodeAt(key.length - 1));
      if (same) same.push(key);
      else this.byLast.set(key.charCodeAt(key.length - 1), [key]);
    }
  }

  mayEnd(window: string): boolean {
    return this.mayEndWith(lastWord(window, this.trailing));
  }

  /** mayEnd, given the window's last word (lastWord). */
  mayEndWith(word: string | null): boolean {
    if (word === null) return true;
    if (word === '') return false;
    // The phrase's last word may be the end of a longer word (these regexes have no word start).
    // A suffix of two units or more has the word's final i/y (wordKey); one unit alone keeps its own.
    const key = wordKey(word);
    const keys = this.byLast.get(key.charCodeAt(key.length - 1));
    if (keys) for (const k of keys) if (k.length >= 2 && key.endsWith(k)) return true;
    if (this.hasOnes) {
      const ones = this.byLast.get(word.slice(-1).toLowerCase().charCodeAt(0));
      if (ones) for (const k of ones) if (k.length === 1) return true;
    }
    return false;
  }
}

/**
 * The last word of `window` before the trailing characters `trailing` skips, as written: '' when
 * none ends there, null when a character in it is not plain.
 */
function lastWord(window: string, trailing: (c: number) => boolean): string | null {
  let end = window.length;
  while (end > 0 && trailing(window.charCodeAt(end - 1))) end--;
  const s = wordStartBefore(window, end, 0);
  return s < 0 ? null : window.slice(s, end);
}

// Not inside another number, a date or a range ('1.000', '29/3', '80-90'), nor after an
// abbreviation's dot ('Q.1'); a dot after a lower-case word is a sentence glued to the last
// one ('gia đình.4 nạn nhân').
const NOT_AFTER_NUMBER = '(?<![\\d,/-]|[\\d\\p{Lu}]\\.)';

// 'trên 95%', '100 %', '95,5 phần trăm'; a range '80-90%' gives two counts.
// A percentage may be written with a decimal point ('72.84%'): one to three digits, a point and
// one or two digits is no thousands group (that takes three).
const PERCENT_DIGITS = `\\d{1,3}\\.\\d{1,2}(?![\\d.,])|${DIGITS}`;
const PERCENT = rx(
  `(?=\\d)${NOT_AFTER_NUMBER}(${PERCENT_DIGITS})(?: *(?:-|đến|tới) *(${PERCENT_DIGITS}))? *(?:%|phần trăm${WORD_END})`,
  'giu',
);
// The counted noun: a unit, a level that is part of its legal name ('đơn vị hành chính cấp xã'),
// or two coordinated units counted together ('7 xã, thị trấn').
const COUNTED = rx(
  `${NUMBER_START}${WORD_START}(?<![\\d,-]|[\\d\\p{Lu}]\\.)(?:(\\d+)/)?(${NUMBER}) +((?:${UNIT})${WORD_END}(?: +cấp +(?:xã|huyện|tỉnh|cơ sở|trung ương)${WORD_END}|(?:(?:, *| +và +)(?:${ADMIN_UNIT})${WORD_END}(?! *\\d)){1,3})?)` +
    `(?: +(?:${NARROWER})${WORD_END})*(?: +(${alternation(APPROX_AFTER.map((a) => a.word))})${WORD_END})?`,
  'giu',
);

/**
 * The first two words of a list of phrases, as an alternation of them (phrasePattern) matches
 * them: whether one of the phrases may begin at a position, read from its first two words by a
 * Set look-up. False means no phrase of the list begins there; true, that one may (its regex decides).
 */
class PhraseStarts {
  /** By the key (wordKey) of a first word: 'any' when a phrase is that word alone or goes on with no space, else the keys of the second words. */
  private readonly byFirst = new Map<string, 'any' | Set<string>>();
  /** First characters of phrases that begin with no word ('%'). */
  private readonly firstChars = new Set<number>();

  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      const tokens = p.trim().split(/\s+/);
      const run = regexHere.u`^[\p{L}\p{M}\p{N}]*`.exec(tokens[0])![0];
      if (!run) {
        this.firstChars.add(tokens[0].charCodeAt(0));
        continue;
      }
      // (wordKey also stands for a word written exactly: the text's words are read by their key)
      const key = wordKey(run);
      const second = tokens.length > 1 && run.length === tokens[0].length ? regexHere.u`^[\p{L}\p{M}\p{N}]*`.exec(tokens[1])![0] : '';
      const seconds = this.byFirst.get(key);
      if (!second) this.byFirst.set(key, 'any');
      else if (seconds === undefined) this.byFirst.set(key, new Set([wordKey(second)]));
      else if (seconds !== 'any') seconds.add(wordKey(second));
    }
  }

  /** Whether a phrase of the list may begin at `at`, where a word with key `key` ends at `end` (empty key: no word there). */
  mayBegin(text: string, at: number, key: string, end: number): boolean {
    if (!key) return this.firstChars.has(text.charCodeAt(at));
    const seconds = this.byFirst.get(key);
    if (seconds === undefined) return false;
    if (seconds === 'any') return true;
    let q = end;
    if (text.charCodeAt(q) !== 32) return false;
    while (text.charCodeAt(q) === 32) q++;
    const e = wordEndAfter(text, q);
    return e < 0 || (e > q && seconds.has(wordKey(text.slice(q, e))));
  }
}
const UNIT_STARTS = new PhraseStarts(UNITS.flatMap((x) => [x.unit, ...x.variants]));

/** Whether a unit may begin at `at`. */
function unitMayBegin(text: string, at: number): boolean {
  const e = wordEndAfter(text, at);
  return e < 0 || UNIT_STARTS.mayBegin(text, at, e > at ? wordKey(text.slice(at, e)) : '', e);
}

/** Whether compoundTailText may read a unit at `at`: a unit after ', ', ' và ' or ' '. */
function tailMayFollow(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 0x2c) {
    let q = at + 1;
    while (text.charCodeAt(q) === 32) q++;
    return unitMayBegin(text, q);
  }
  if (c !== 32) return false;
  if (unitMayBegin(text, at + 1)) return true;
  const and = text.slice(at, at + 4);
  return and.length === 4 && and.charCodeAt(3) === 32 && wordKey(and.slice(1, 3)) === 'và' && unitMayBegin(text, at + 4);
}
const NUMBER_WORD_KEYS = new Set(
  [...Object.keys(DIGIT_WORDS), ...TENS_WORDS, ...ZERO_TENS_WORDS, ...Object.keys(MAGNITUDE_WORDS), ...HALF_WORDS].map(wordKey),
);

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/**
 * Where the digits of a number that starts at `at` may end, read as DIGITS allows and no further
 * (a ratio's '/' once, with `ratio`; then '.' and ',' between digits): a number ends there or
 * nowhere. Bounded by the number, so a long run such as '1/1/1/…' is read once.
 */
function digitsEnd(text: string, at: number, ratio: boolean): number {
  let t = at;
  while (isDigit(text.charCodeAt(t))) t++;
  if (ratio && text.charCodeAt(t) === 0x2f && isDigit(text.charCodeAt(t + 1))) for (t++; isDigit(text.charCodeAt(t)); ) t++;
  while (text.charCodeAt(t) === 0x2e && isDigit(text.charCodeAt(t + 1))) for (t++; isDigit(text.charCodeAt(t)); ) t++;
  if (text.charCodeAt(t) === 0x2c && isDigit(text.charCodeAt(t + 1))) for (t++; isDigit(text.charCodeAt(t)); ) t++;
  return t;
}

/**
 * Whether a number may start at `at` after what comes before it, as WORD_START and the
 * look-behind of COUNTED (`slash`: of NUMBER_THEN_WORD, NOT_AFTER_NUMBER) allow: not after a
 * letter or a digit, a comma or a dash, nor after a digit's dot.
 */
function mayStartAfter(text: string, at: number, slash: boolean): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  if (c === 0x2c || c === 0x2d || (slash && c === 0x2f)) return false;
  if (c === 0x2e) return !isDigit(text.charCodeAt(at - 2));
  return unitClass(c) !== 2;
}

/**
 * Whether NUMBER_THEN_NOUN may match at `at`: its digits (and a ratio's) are all of the run of
 * digits, dots, commas and slashes there, and spaces and a lower-case letter follow (no ASCII
 * unit but a-z is one). False means it cannot; true, that it may (the regex decides).
 */
function nounMayFollowDigits(text: string, at: number): boolean {
  let t = at;
  for (let c = text.charCodeAt(t); isDigit(c) || c === 0x2e || c === 0x2c || c === 0x2f; c = text.charCodeAt(++t));
  if (text.charCodeAt(t) !== 32) return false;
  while (text.charCodeAt(t) === 32) t++;
  const c = text.charCodeAt(t);
  return t < text.length && (c >= 0x80 || (c >= 0x61 && c <= 0x7a));
}

/**
 * Whether COUNTED may match at `at`: a unit's first word follows the number, so among the
 * number's words (a ratio and digits with a magnitude, or up to seven number words) and the one
 * after them. False means it cannot; true, that it may (COUNTED decides).
 */
function unitMayFollow(text: string, at: number): boolean {
  let q = at;
  // the unit is at most the eighth word: seven number words before it
  for (let n = 0; n < 8; n++) {
    const c = text.charCodeAt(q);
    let t = q;
    if (c >= 0x30 && c <= 0x39) {
      // a ratio and digits (no unit begins with a digit)
      t = digitsEnd(text, q, n === 0);
      if (t < text.length && text.charCodeAt(t) !== 32) return false;
    } else {
      const e = wordEndAfter(text, q);
      if (e < 0) return true;
      if (e === q) return UNIT_STARTS.mayBegin(text, q, '', e);
      const key = wordKey(text.slice(q, e));
      if (UNIT_STARTS.mayBegin(text, q, key, e)) return true;
      if (e < text.length && text.charCodeAt(e) !== 32) return false;
      if (!NUMBER_WORD_KEYS.has(key)) return false;
      t = e;
    }
    if (t >= text.length) return false;
    q = t;
    while (q < text.length && text.charCodeAt(q) === 32) q++;
  }
  return false;
}

/**
 * Whether NUMBER_THEN_WORD at `at` may give a count of people by title: the word it reads after
 * the number (and 'tân') may begin a title. Returns true when it may (the regex decides), else
 * where the number's words end: no match that starts before there reads a title either.
 */
function titleMayFollow(text: string, at: number): true | number {
  let q = at;
  for (let n = 0; n < 10; n++) {
    const c = text.charCodeAt(q);
    let t = q;
    if (c >= 0x30 && c <= 0x39) {
      // digits: no word NUMBER_THEN_WORD reads
      t = digitsEnd(text, q, false);
      if (t < text.length && text.charCodeAt(t) !== 32) return q;
    } else {
      const e = wordEndAfter(text, q);
      if (e < 0) return true;
      // the word NUMBER_THEN_WORD reads: its letters and marks, up to a digit
      let l = q;
      while (l < e && !(text.charCodeAt(l) >= 0x30 && text.charCodeAt(l) <= 0x39)) l++;
      const key = wordKey(text.slice(q, l));
      if (l > q && TITLE_FIRST_KEYS.has(key)) return true;
      if (l < e || (e < text.length && text.charCodeAt(e) !== 32)) return q;
      if (!TITLE_PREFIX_KEYS.has(key) && !NUMBER_WORD_KEYS.has(key)) return q;
      t = e;
    }
    if (t >= text.length) return t;
    q = t;
    while (q < text.length && text.charCodeAt(q) === 32) q++;
  }
  return true;
}

// Both scans start at a digit or a number word (text/scan.ts).
const NUMBER_WORDS = [...Object.keys(DIGIT_WORDS), ...TENS_WORDS, ...ZERO_TENS_WORDS, ...Object.keys(MAGNITUDE_WORDS), ...HALF_WORDS];
const PERCENT_SCAN = new WordScan(PERCENT, [], { digits: true });
// COUNTED's long alternation of units is tried only where a unit's first word follows the number
// (unitMayFollow): NUMBER_START_SCAN finds where a number may start (an empty match where a
// run of digits or a number word begins), and COUNTED runs there, sticky, skipping what its last match covered,
// as `matchAll` would.
const NUMBER_START_SCAN = new WordScan(
  rx(`(?=(?<!\\d)\\d|${WORD_START}(?:${NUMBER_WORD})${WORD_END})`, 'giu'),
  NUMBER_WORDS,
  { digits: true },
);
const COUNTED_AT = narrowable(COUNTED.source, 'iuy');
// A number in digits and the space before its noun, for the open class (number words before
// an unlisted noun are mostly idioms, so the scan starts at digits only).
const NUMBER_THEN_NOUN = rx(`(?=\\d)${WORD_START}${NOT_AFTER_NUMBER}(?:(\\d+)/)?((?:${DIGITS})(?: +(?:${MAGNITUDE}))?) +(?=\\p{Ll})`, 'gu');
// (run sticky at the number starts where nounMayFollowDigits says it may match, as `matchAll` finds it)
const NUMBER_THEN_NOUN_AT = narrowable(NUMBER_THEN_NOUN.source, 'uy');
// A range of numbers in digits before a noun ('50-70 lượt DN', '2.000 - 3.000 người'): its lower
// bound, and COUNTED and NUMBER_THEN_NOUN for its upper bound without their look-behinds.
const RANGE = rx(`(?=\\d)${WORD_START}${NOT_AFTER_NUMBER}(${DIGITS}) *[-–] *(?=(${DIGITS}) +[\\p{L}])`, 'gu');
const RANGE_AT = narrowable(RANGE.source, 'uy');
// A range written with words ('từ 14 đến 19 tiêu chí', 'từ 401 xuống còn 208 đơn vị'): its lower
// bound after the opener, as RANGE reads it, and the link before the upper bound.
const WORD_RANGE_AT = rx(`(?<=(?<![\\p{L}\\p{M}])(?:${alternation(RANGE_OPENERS)}) +)(${DIGITS}) +(?:${alternation(RANGE_LINKS)}) +(?=(${DIGITS}) +[\\p{L}])`, 'iuy');
/** Whether a range opener and a space end right before `at` ('từ | 14 đến 19'). */
const RANGE_OPENER_BEFORE = rx(`(?<![\\p{L}\\p{M}])(?:${alternation(RANGE_OPENERS)}) +$`, 'iu');
/** Whether a dash follows at `at`, after spaces. */
function dashAfter(text: string, at: number): boolean {
  while (text.charCodeAt(at) === 32) at++;
  const c = text.charCodeAt(at);
  return c === 0x2d || c === 0x2013;
}
const MAGNITUDE_AFTER = narrowable(`^ +(${MAGNITUDE})${WORD_END}`, 'iu');
const COUNTED_IN_RANGE = narrowable(`(?:(\\d+)/)?(${NUMBER}) +` + COUNTED.source.slice(COUNTED.source.indexOf(`(${NUMBER}) +`) + `(${NUMBER}) +`.length), 'iuy');
const NUMBER_THEN_NOUN_IN_RANGE = rx(`(?:(\\d+)/)?((?:${DIGITS})(?: +(?:${MAGNITUDE}))?) +(?=\\p{Ll})`, 'uy');
// People counted by their title ('2 Phó Giám đốc', 'hai tân Phó Chủ tịch'): the unit is the
// title, without the body it belongs to ('1 phó chủ tịch xã' → 'phó chủ tịch').
// The scan finds a number and the word after it; only a word that begins a title is read on.
const NUMBER_THEN_WORD = rx(`${NUMBER_START}${WORD_START}${NOT_AFTER_NUMBER}(${NUMBER}) +(?:(?:${alternation(TITLE_PREFIXES)}) +)?(?=([\\p{L}\\p{M}]+))`, 'giu');
const TITLE_PREFIX_KEYS = new Set(TITLE_PREFIXES.map((w) => w.toLowerCase()));
const TITLES = [...ROLE_TITLES, ...COUNT_TITLES];
const TITLE_FIRST_WORDS = new Set(TITLES.map((t) => t.split(' ')[0].toLowerCase()));
/** The same by wordKey (either final i/y): a word not among them is no title's first word. */
const TITLE_FIRST_KEYS = new Set([...TITLE_FIRST_WORDS].map(wordKey));
// The same for NUMBER_THEN_WORD (which starts where COUNTED may): it runs only where a title's first word may follow.
const NUMBER_THEN_WORD_AT = narrowable(NUMBER_THEN_WORD.source, 'iuy');
const TITLE_AT = rx(`(?:${alternation(TITLES)})${WORD_END}`, 'iuy');

/** Words before a number that make it no count: ordinals, labels, names. */
const NOT_BEFORE = narrowable(`(?:${alternation(NOT_COUNT_BEFORE)})\\s*$`, 'iu');
/** The same without the labels that block digits only (DIGIT_LABELS_BEFORE): for numbers in words. */
const NOT_BEFORE_WORDS = narrowable(`(?:${alternation(NOT_COUNT_BEFORE.filter((w) => !DIGIT_LABELS_BEFORE.includes(w)))})\\s*$`, 'iu');
/** 'tổng số', 'trong số' before a number: an amount, where 'số' alone is a label (NOT_BEFORE). */
const AMOUNT_BEFORE_NUMBER = narrowable(`${WORD_START}(?:${alternation(AMOUNT_BEFORE)})\\s*$`, 'iu');
/** A word before a ratio that makes it a fraction of an amount ('bằng 1/6 mức thu nhập'): no count. */
const FRACTION_BEFORE_RATIO = narrowable(`${WORD_START}(?:${alternation(FRACTION_BEFORE)}) +$`, 'iu');
/** A document's number ('Nghị quyết 198 quy định …') is no count. */
const DOCUMENT_BEFORE = narrowable(`(?:${alternation(DOCUMENT_TYPES.flatMap((t) => [...t.words, ...t.abbreviations]))})(?: +số)? *$`, 'iu');
/** 'hai nước', 'hai bên': the parties of a relation, not a count (lexicon/context.ts). */
const IDIOM = narrowable(`^(?:${alternation(NUMBER_WORD_IDIOMS)})${WORD_END}`, 'iu');
// A set of rules known by its number, right after the number ('6 điều Bác Hồ dạy').
const NUMBERED_SET_AFTER = narrowable(`^ +(?:${alternation(NUMBERED_SETS)})${WORD_END}`, 'iu');
/** A military formation's name right before digits ('Trung đoàn | 841'): the digits are its number. */
const FORMATION_BEFORE = narrowable(`${WORD_START}(?:${alternation(NUMBERED_FORMATIONS)}) +$`, 'iu');
/** The last syllables of NUMBERED_FORMATIONS, lower case (a cheap check before FORMATION_BEFORE). */
const FORMATION_LAST_WORDS = new Set(NUMBERED_FORMATIONS.map((f) => f.split(' ').pop()!));
/** The exponent of a unit printed apart ('13.000m 2', '1.000 m 2'). */
const EXPONENT_BEFORE = /\d *(?:k|c|d)?m *$/u;
/**
 * A number inside a name: one or two digits right after a capitalised word that is not a
 * sentence's first ('cầu Thủ Thiêm 2 hiện đại', 'Công ty Licogi 14 tổ chức …'), read before a
 * noun the unit list lacks (after a place, a known unit is an elliptical list: 'Đồng Nai 95.000
 * căn').
 */
const NAME_NUMBER = narrowable(String.raw`(?<=[\p{L}\p{M}] \p{Lu}[\p{L}\p{M}]* )\d{1,2}$`, 'u');
/** Orders and medals counted by their full name ('74 Huân chương Độc lập hạng Ba'): the unit is the name. */
const AWARD_AT = rx(
  `(?:${alternation(AWARDS.flatMap((a) => [a.name, ...a.variants]))})(?: +hạng +(?:${alternation(AWARD_CLASSES.flatMap((c) => [c.name, ...c.variants]))}))?${WORD_END}`,
  'iuy',
);
/** Vague amounts: 'hàng chục', 'hàng trăm' are no numbers. */
const VAGUE_BEFORE = narrowable(`(?:${alternation(VAGUE_BEFORE_NUMBERS)})\\s*$`, 'iu');
// The same words as end filters (EndFilter): these regexes run only where the text before the
// number ends with one of their last words.
const NOT_BEFORE_END = new EndFilter(NOT_COUNT_BEFORE, isRegexSpace);
const VAGUE_BEFORE_END = new EndFilter(VAGUE_BEFORE_NUMBERS, isRegexSpace);
/** A document type's word after an aspect or passive marker: a verb ('được hướng dẫn 20 bài học'), no label. */
const DOCUMENT_VERB_BEFORE = narrowable(`${WORD_START}(?:${alternation(VERB_MARKERS)}) +(?:${alternation(DOCUMENT_TYPES.flatMap((t) => t.words))}) *$`, 'iu');
/** A word that only ends in a document type's syllable ('kỷ luật'): no document's label. */
const NOT_DOCUMENT_BEFORE = narrowable(`${WORD_START}(?:${alternation(WORDS_ENDING_IN_DOCUMENT_TYPES)}) *$`, 'iu');
const DOCUMENT_BEFORE_END = new EndFilter([...DOCUMENT_TYPES.flatMap((t) => [...t.words, ...t.abbreviations]), 'số'], (c) => c === 32);
/** Whether `before` ends with 'm' and spaces, as EXPONENT_BEFORE needs. */
function mEndsBefore(before: string): boolean {
  let end = before.length;
  while (end > 0 && before.charCodeAt(end - 1) === 32) end--;
  return end > 0 && before.charCodeAt(end - 1) === 0x6d;
}
/** Whether `s` ends with one or two digits after a space, as NAME_NUMBER needs. */
function spacedDigitsEnd(s: string): boolean {
  let d = 0;
  while (d < 3 && d < s.length && s.charCodeAt(s.length - 1 - d) >= 0x30 && s.charCodeAt(s.length - 1 - d) <= 0x39) d++;
  return d >= 1 && d <= 2 && s.charCodeAt(s.length - 1 - d) === 32;
}

/**
 * Whether the number at `numStart` is no count whatever follows it: an ordinal, label or name
 * before it ('thứ 2', 'Quân khu 7', 'cầu Thủ Thiêm 2', 'T.Ư 7'), a vague amount ('hàng chục'), a
 * unit's exponent ('13.000m 2'), a chainage ('K13+250'), the rest of a number ('9 nghìn 500'), or
 * an idiom of number words ('hai nước'). A label word that ends a verb labels nothing ('cung cấp
 * 1.037 căn hộ').
 */
function notACount(text: string, numStart: number, numText: string): boolean {
  // a chainage or a code after a plus sign ('Km 13+250 đường 39B', '+84')
  if (numStart > 0 && text.charCodeAt(numStart - 1) === 0x2b) return true;
  const before = text.slice(Math.max(0, numStart - 24), numStart);
  const last = lastWord(before, isRegexSpace);
  const digits = /^\d/u.test(numText);
  if (
    (NOT_BEFORE_END.mayEndWith(last) && (digits ? NOT_BEFORE : NOT_BEFORE_WORDS).test(before) && !AMOUNT_BEFORE_NUMBER.test(before) && !VERB_LABEL_BEFORE.test(before)) ||
    (VAGUE_BEFORE_END.mayEndWith(last) && VAGUE_BEFORE.test(before)) ||
    (mEndsBefore(before) && EXPONENT_BEFORE.test(before)) ||
    ((last === null || CENTRAL_COMMITTEE_LABEL_KEYS.has(last)) && CENTRAL_COMMITTEE_BEFORE.test(before))
  ) {
    return true;
  }
  if (digits && LIST_BEFORE.test(before) && labelListBefore(text, numStart)) return true;
  // a formation's number ('Trung đoàn 841 | tuyên thệ'), whatever follows
  if (digits && (last === null || FORMATION_LAST_WORDS.has(last.toLowerCase())) && FORMATION_BEFORE.test(before)) return true;
  // the hundreds of a number written with its magnitude in words ('9 nghìn | 500 Tiêu chuẩn')
  if (digits && (last === null || MAGNITUDE_KEYS.has(wordKey(last))) && MAGNITUDE_TAIL_BEFORE.test(before)) return true;
  const after = numStart + numText.length;
  // a name's number between a capitalised word and a capitalised noun ('Khoa Nội 1 Bệnh viện
  // Phổi'): no count, whatever its length (NAME_NUMBER reads one or two digits before a lower-case noun)
  if (digits && CAPITAL_BEFORE_NUMBER.test(before) && CAPITAL_AFTER_NUMBER.test(text.slice(after, after + 4))) return true;
  // a slogan quoted whole ('“4 an”', '“5 xây, 3 chống”', '“3 không”'): a name, no figure
  if (numStart > 0 && OPEN_QUOTES.has(text[numStart - 1]) && SLOGAN_REST.test(text.slice(after, after + 40))) return true;
  if (text.startsWith(' điều', after) && NUMBERED_SET_AFTER.test(text.slice(after, after + 40))) return true;
  return !digits && IDIOM.test(text.slice(numStart, numStart + 16));
}

/** A capitalised word, not a sentence's first (a lower-case word before it), right before a number. */
const CAPITAL_BEFORE_NUMBER = narrowable(String.raw`[\p{Ll}\p{M}] \p{Lu}[\p{Ll}\p{M}]{1,8} $`, 'u');
/** A capitalised word (not one in capitals: a headline) right after a number. */
const CAPITAL_AFTER_NUMBER = narrowable(String.raw`^ \p{Lu}[\p{Ll}\p{M}]`, 'u');
/** Opening quotation marks (a slogan starts right after one). */
const OPEN_QUOTES = new Set(['“', '"', '«']);
/**
 * After a quoted number: one or two lower-case syllables that close the quotation, or that a
 * comma and another slogan of the same list follow ('“5 xây, 3 chống”'): a slogan's rest.
 */
const SLOGAN_REST = narrowable(String.raw`^ \p{Ll}[\p{L}\p{M}]{0,7}(?: \p{Ll}[\p{L}\p{M}]{0,7})?(?:[”"»]|, *(?:\d{1,2}|\p{Ll}[\p{L}\p{M}]{0,7}) \p{Ll}[\p{L}\p{M}]{0,7}(?: \p{Ll}[\p{L}\p{M}]{0,7})?[”"»])`, 'u');

/** Magnitude words of a thousand or more, by wordKey. */
const MAGNITUDE_KEYS = new Set(Object.keys(MAGNITUDE_WORDS).filter((w) => MAGNITUDE_WORDS[w] >= 1000).map(wordKey));
/** Digits and a magnitude word right before a number: the number is the rest of that one ('9 nghìn 500'). */
const MAGNITUDE_TAIL_BEFORE = narrowable(`\\d +(?:${MAGNITUDE}) +$`, 'iu');
/** A verb whose last syllable is a label word ('cung cấp 1.037 căn hộ', 'thí điểm 11 tuyến'): no label. */
const VERB_LABEL_BEFORE = narrowable(`${WORD_START}(?:${alternation(VERBS_ENDING_IN_LABELS)})\\s*$`, 'iu');
/** 'T.Ư 7', 'TW 6': a Central Committee plenum's number, as after 'Trung ương' (case-sensitive: 'tư' is a word). */
const CENTRAL_COMMITTEE_BEFORE = narrowable(`(?<![\\p{L}\\p{M}.])(?:${CENTRAL_COMMITTEE_LABELS.map(escapeRegExp).join('|')})\\s*$`, 'u');
/** The last words of CENTRAL_COMMITTEE_LABELS as lastWord reads them ('T.Ư' → 'Ư'). */
const CENTRAL_COMMITTEE_LABEL_KEYS = new Set(CENTRAL_COMMITTEE_LABELS.map((w) => regexHere.u`[\p{L}\p{M}\p{N}]+$`.exec(w)![0]));

/** A number right after another and a comma, 'và' or a dash ('tổ 43, 45, | 46'). */
const LIST_BEFORE = /\d[a-zA-Z]? *(?:,|và|-|–) *$/u;
const LIST_SEPARATOR_END = / *(?:,|và|-|–) *$/u;
const LABEL_NUMBER_END = /\d{1,3}[a-zA-Z]?$/u;
const LABEL_WORD_END = narrowable(`(?<![\\p{L}\\p{M}])(?:${alternation(DIGIT_LABELS_BEFORE)}) +$`, 'iu');

/**
 * Whether the number at `numStart` is the last of labels' numbers listed after one label word
 * ('tổ 43, 45, 46 phường Quan Hoa', 'thôn 4 và 5'): each is a label, the word after the last no
 * counted noun. After one label number and a comma a count may follow ('Tại thôn 3, 15 hộ bị
 * ngập'): a comma list needs two numbers before. Read back number by number (at most eight).
 */
function labelListBefore(text: string, numStart: number): boolean {
  let s = text.slice(Math.max(0, numStart - 60), numStart);
  const last = LIST_SEPARATOR_END.exec(s);
  if (!last) return false;
  const byComma = last[0].includes(',');
  s = s.slice(0, last.index);
  for (let n = 1; n <= 8; n++) {
    const num = LABEL_NUMBER_END.exec(s);
    if (!num) return false;
    s = s.slice(0, num.index);
    if (LABEL_WORD_END.test(s)) return n >= 2 || !byComma;
    const sep = LIST_SEPARATOR_END.exec(s);
    if (!sep || sep[0].includes('và')) return false;
    s = s.slice(0, sep.index);
  }
  return false;
}

/**
 * Number words that are no number where they stand: 'một' alone is mostly an article ('một đảng
 * viên' = 'a Party member'), 'năm' mostly 'year', 'không' 'not'; 'tư', 'mốt', 'lăm' are numbers
 * only after a tens word ('hai mươi tư'), alone 'tư' is 'private' ('đầu tư').
 */
const NO_NUMBER_ALONE = /^(?:(?:một|năm|không)$|(?:tư|mốt|lăm|nhăm|mươi|linh|lẻ|rưỡi)(?:\s|$))/iu;

function digitsValue(s: string): number {
  return Number(s.replace(/\./g, '').replace(',', '.'));
}

/** A percentage's digits: a point before one or two digits is a decimal point ('72.84%'). */
function percentValue(s: string): number {
  return /^\d{1,3}\.\d{1,2}$/u.test(s) ? Number(s) : digitsValue(s);
}

const DIGITS_VALUE = narrowable(`^(${DIGITS})(?: +(${MAGNITUDE}))?$`, 'iu');

function numberValue(s: string): number | undefined {
  const m = DIGITS_VALUE.exec(s);
  if (m) {
    const v = digitsValue(m[1]);
    // (rounded: '4,1 triệu' is 4100000, not 4099999.9999999995)
    return m[2] ? Math.round(v * (MAGNITUDE_WORDS[m[2].toLowerCase()] ?? 1) * 1e6) / 1e6 : v;
  }
  return parseNumberWords(s);
}

function approxOf(before?: string, after?: string): Approx | undefined {
  const w = (before ?? after)?.toLowerCase();
  return w ? APPROX_BY_WORD.get(w) : undefined;
}

// ---------------------------------------------------------------- open-class noun phrases
// A number word ends a noun phrase too ('hai cuộc hội đàm | ba bên').
// (Not 'tư', 'mốt', 'lăm', 'nhăm', 'mươi': numbers only after a tens word, and 'tư' ends 'đầu tư'.)
const END_WORDS = new Set([...FUNCTION_WORDS, ...PHRASE_END_WORDS, ...EXTRA_PHRASE_END_WORDS, ...COMPOUND_PHRASE_END_WORDS, ...[...Object.keys(DIGIT_WORDS), ...TENS_WORDS].filter((w) => !NO_NUMBER_ALONE.test(w) || /^(?:một|năm|không)$/u.test(w))]);
const END_PAIRS = new Set([...PHRASE_END_VERBS, ...EXTRA_PHRASE_END_PAIRS, ...COMPOUND_PHRASE_END_PAIRS]);
const FUNCTION_WORD = new Set(FUNCTION_WORDS);
const CLASSIFIERS = new Set(COUNT_CLASSIFIERS);
const RESPECT_CLASSIFIER = new Set(RESPECT_CLASSIFIERS);
const HEAD_UNIT = new Set([...HEAD_UNITS, ...KIND_HEAD_UNITS]);
const EVENT_HEAD = new Set(EVENT_HEADS);
const EVENT_NOT_NAME = new Set(EVENT_HEAD_NOT_NAMES);
const KIND_HEAD = new Set(KIND_HEADS);
const MEASURE_HEAD = new Set(MEASURE_HEADS);
const NOT_UNIT_START = rx(`^(?:${alternation([...NOT_COUNT_UNITS, ...AREA_MEASURES])})${WORD_END}`, 'iu');
const TYPE_RATING_START = rx(`^(?:${alternation(TYPE_RATINGS)})${WORD_END}`, 'iu');
/** A term of office with its numeral ('7 | khóa VIII', 'Trung ương 4 | khóa 12'): the number before it is a plenum's, no count. */
const TERM_AT = rx(`^(?:${alternation(TERM_WORDS)}) +(?:[IVXLC]+|\\d+)(?![\\p{L}\\p{M}\\p{N}])`, 'u');
/** Words that begin with a one-syllable unit ('xã hội', 'nhà nước'): no juxtaposed second unit. */
const WORD_OVER_UNIT = new Set(WORDS_BEGINNING_WITH_UNITS);
const NOUN_OVER_UNIT = new Set(NOUNS_BEGINNING_WITH_UNITS);
const NOT_JUXTAPOSED = new Set(UNITS_NOT_JUXTAPOSED);
/** Every known unit and variant, lower case: a coordinated noun that is one of them. */
const UNIT_FORMS = new Set(UNITS.flatMap((u) => [u.unit, ...u.variants]).map((u) => u.toLowerCase()));
/** A vague quantifier ('hầu hết', 'toàn bộ') is no noun coordinated with a count. */
const VAGUE_START = rx(`^(?:${alternation(VAGUE_QUANTIFIERS)})${WORD_END}`, 'iu');
const NARROWER_START = rx(`^(?:${NARROWER})${WORD_END}`, 'iu');
const SYLLABLE = narrowable(String.raw`^[\p{Ll}\p{M}]+`, 'u');
/** A number right after a word: the word is a label ('lớp 6', 'tổ 3'). */
const LABEL_NUMBER_AFTER = /^ \d/u;
/** Nouns that take a number as their name ('lớp 6', 'tổ 3'): one-word NOT_COUNT_BEFORE; not 'số', the end of many words ('tần số'). */
const LABELS = new Set(NOT_COUNT_BEFORE.filter((w) => !w.includes(' ') && w !== 'số'));
/** One known unit juxtaposed or coordinated after a known unit, with what joins it. */
const COMPOUND_ITEM = rx(`(, *| và | )(?:${UNIT})${WORD_END}`, 'iuy');
/**
 * Up to three known units juxtaposed or coordinated at the start of `s` ('' when none), read
 * one COMPOUND_ITEM at a time. Not one `(?:ITEM){1,3}` regex: V8 unrolls {1,3}, which compiled
 * the 4,000-character unit alternation three times (0.15–0.25 s of a first pass on a loaded
 * machine, against 0.03 s for the sticky item); a greedy {1,3} over a body that cannot match
 * empty takes each item's first match anyway, so the results are the same.
 */
function compoundTailText(s: string): string {
  let p = 0;
  for (let n = 0; n < 3; n++) {
    COMPOUND_ITEM.lastIndex = p;
    const m = COMPOUND_ITEM.exec(s);
    if (!m) break;
    p += m[0].length;
  }
  return s.slice(0, p);
}
const FUNCTION_COMPOUNDS = new Set(FUNCTION_WORD_COMPOUNDS);
/** Compound nouns a phrase goes on through (NOUN_COMPOUNDS_OVER_ENDS), tried where one's first syllable stands. */
const OVER_ENDS = [...NOUN_COMPOUNDS_OVER_ENDS, ...SCHOOL_KINDS_OVER_ENDS];
const OVER_END_FIRST = new Set(OVER_ENDS.map((c) => c.split(' ')[0]));
const OVER_END_AT = rx(`^(?:${alternation(OVER_ENDS)})(?![\\p{L}\\p{M}\\p{N}])`, 'u');
/**
 * Units that may be verbs where they stand: the things of the list (documents and acts:
 * 'quyết định', 'báo cáo', 'kiến nghị') and units that begin with a verb ('tổ chức').
 */
const VERBS_OF_UNITS = [...PHRASE_END_VERBS, ...COMPOUND_PHRASE_END_PAIRS];
const MAY_BE_VERB = new Set(
  UNITS.flatMap((u) => [u.unit, ...u.variants])
    .filter((u) => UNITS.some((x) => x.group === 'item' && (x.unit === u || x.variants.includes(u))) || VERBS_OF_UNITS.includes(u.split(' ').slice(0, 2).join(' ')))
    .map((u) => u.toLowerCase()),
);

/**
 * Units that are verbs as well, listed among the phrase ends of lexicon/count-nouns.ts
 * ('hoạt động', 'đề nghị'): mostly verbs after a comma.
 */
const VERB_FIRST_UNIT = new Set(COMPOUND_COUNT_UNITS.map((u) => u.unit).filter((u) => COMPOUND_PHRASE_END_PAIRS.includes(u)));

/** Units that begin with a verb ('tổ chức'): after a name's number they are its clause's verb. */
const VERB_UNIT = new Set([...MAY_BE_VERB].filter((u) => VERBS_OF_UNITS.includes(u.split(' ').slice(0, 2).join(' '))));

/**
 * Known units juxtaposed or coordinated after the known unit that ends at `at` (up to three):
 * the text they span, '' when none. One stops the tail (it and those after it are left out):
 *  - a Title-case word, which is a body ('120 CBCS Công an tỉnh', '11 huyện, thị xã, thành
 *    phố và Công an tỉnh');
 *  - juxtaposed, a unit that begins with a verb ('182 vụ việc yêu cầu bồi thường') or is the
 *    head of a compound noun whose second syllable is a function word ('56 dự án nhà ở');
 *  - after ', ' or ' và ', a unit that may be a verb and that the noun phrase does not end
 *    after: it heads a clause ('15 đảng viên, quyết định thi hành kỷ luật'), as in countedPhrase.
 */
function compoundTail(text: string, at: number, head: string): string {
  const tail = compoundTailText(text.slice(at, at + 80));
  if (!tail) return '';
  // the unit before the one read (lower case)
  let before = head;
  // the ends of the units taken, and whether each came after ', ' or ' và '
  const ends: { end: number; coordinated: boolean; verbFirst?: boolean }[] = [];
  let end = at;
  for (let n = 0; n < 3 && end < at + tail.length; n++) {
    COMPOUND_ITEM.lastIndex = end;
    const m = COMPOUND_ITEM.exec(text);
    if (!m || m.index + m[0].length > at + tail.length) break;
    const from = end + m[1].length;
    const to = m.index + m[0].length;
    if (regexHere.u`^\p{Lu}[\p{Ll}\p{M}]`.test(text.slice(from, from + 2))) break;
    // nor a unit that heads a proper name ('100.000 căn hộ, thành phố Hồ Chí Minh …')
    if (regexHere.u`^ \p{Lu}`.test(text.slice(to, to + 2))) break;
    // nor a label with its number ('200 HS | lớp 6')
    if (LABEL_NUMBER_AFTER.test(text.slice(to, to + 2))) break;
    if (m[1] === ' ') {
      // a narrower is no second unit ('57 di tích | quốc gia'; but '20 trường hợp trẻ em')
      const narrower = NARROWER_START.exec(text.slice(from, from + 40));
      if (narrower && narrower[0].length >= to - from) break;
      const unit = unitForm(text.slice(from, to));
      // nor the first syllable of a word of its own ('3.000 căn nhà | xã hội'), which a noun of
      // kind is taken whole with ('3.000 căn nhà xã hội', '500 phòng khách sạn'), and ends the unit
      const word = regexHere.u`^ ([\p{Ll}\p{M}]+)(?![\p{L}\p{M}\p{N}])`.exec(text.slice(from + unit.length, from + unit.length + 12));
      if (!unit.includes(' ') && word && NOUN_OVER_UNIT.has(`${unit} ${word[1]}`) && phraseEndsAt(text, to + word[0].length)) {
        ends.push({ end: to + word[0].length, coordinated: false });
        break;
      }
      if (!unit.includes(' ') && word && (WORD_OVER_UNIT.has(`${unit} ${word[1]}`) || NOUN_OVER_UNIT.has(`${unit} ${word[1]}`))) break;
      if (NOT_JUXTAPOSED.has(unit)) break;
      // nor the unit printed twice ('bốn cơ quan | cơ quan báo chí': countedAt reads it once)
      if (unit === before) break;
      // nor, after people, the place or thing they belong to ('50 chủ đầu tư | dự án', '10 cán bộ | xã')
      const group = UNIT_GROUP.get(unit);
      const beforeGroup = UNIT_GROUP.get(before);
      if ((beforeGroup === 'people' || beforeGroup === 'party') && (group === 'item' || group === 'admin')) break;
      const first = regexHere.u`^([\p{Ll}\p{M}]+)(?: ([\p{Ll}\p{M}]+))?`.exec(text.slice(from, from + 30));
      if (first && (END_WORDS.has(first[1]) || (first[2] !== undefined && END_PAIRS.has(`${first[1]} ${first[2]}`)))) break;
      if (endsInsideCompound(text, to)) break;
    }
    ends.push({ end: to, coordinated: m[1] !== ' ' && MAY_BE_VERB.has(unitForm(text.slice(from, to))), verbFirst: m[1] !== ' ' && VERB_FIRST_UNIT.has(unitForm(text.slice(from, to))) });
    before = unitForm(text.slice(from, to));
    end = to;
  }
  // the last coordinated unit that may be a verb must end a noun phrase (what follows is no part
  // of it), or head one that ends at punctuation ('57 cơ quan, đơn vị, công trình hạ tầng kỹ thuật…')
  const last = ends[ends.length - 1];
  if (last?.coordinated && text[last.end] === ' ' && !phraseEndsAt(text, last.end)) {
    const more = nounPhrase(text, last.end + 1, MAX_NOUN_PHRASE_SYLLABLES - 1);
    if (more?.ended && PUNCTUATION_AT.test(text.slice(more.end, more.end + 1))) ends[ends.length - 1] = { end: more.end, coordinated: false, verbFirst: false };
  }
  while (ends.length && ends[ends.length - 1].coordinated && !phraseEndsAt(text, ends[ends.length - 1].end)) ends.pop();
  // a coordinated unit that is a verb first ('hoạt động', 'đề nghị') ends the list only before
  // punctuation: before a word it is the verb of a clause ('2.000 cán bộ nhân viên, | hoạt động với …')
  while (ends.length && ends[ends.length - 1].verbFirst && !PUNCTUATION_AT.test(text.slice(ends[ends.length - 1].end, ends[ends.length - 1].end + 1))) ends.pop();
  return text.slice(at, ends.length ? ends[ends.length - 1].end : at);
}

/**
 * Whether known units juxtaposed after the unit that ends at `at` make one compound unit with it
 * (compoundTail: '3 đơn vị thành viên | hoạt động'), rather than begin the longer noun a
 * HEAD_UNITS noun heads ('1.580 vụ buôn lậu' is no 'vụ' of a 'buôn'): they end a noun phrase, or
 * the first is a word of two syllables.
 */
function knownUnitTailEnds(text: string, at: number, head: string): boolean {
  if (!tailMayFollow(text, at)) return false;
  const tail = compoundTail(text, at, head);
  // (a unit of two syllables is a word of its own: 'thành viên'; one of one syllable may begin a longer word: 'buôn lậu')
  return tail.startsWith(' ') && (phraseEndsAt(text, at + tail.length) || /^ \S+ \S/u.test(tail.split(/,| và /u)[0]));
}

/** A capitalised word right after a space: a proper name begins. */
const NAME_AFTER = narrowable(String.raw`^ \p{Lu}`, 'u');
/** Punctuation that ends a phrase (or the text's end). */
const PUNCTUATION_AT = /^(?:[,.;:!?…)\]”"\n]|$)/u;

/**
 * Whether a compound noun whose second syllable is a function word follows at `at` ('dự án phát
 * triển | nhà ở', 'dự án đầu tư | nước ngoài'): nounPhrase stopped before it, and it modifies the
 * noun before it, which a HEAD_UNITS noun then counts alone ('56 dự án nhà ở' → 'dự án').
 */
function compoundFollows(text: string, at: number): boolean {
  const m = regexHere.u`^ ([\p{Ll}\p{M}]+) ([\p{Ll}\p{M}]+)(?![\p{L}\p{M}\p{N}])`.exec(text.slice(at, at + 20));
  return m !== null && FUNCTION_COMPOUNDS.has(`${m[1]} ${m[2]}`);
}

/** Whether the word that ends at `at` begins a compound noun whose second syllable is a function word ('nhà ở'). */
function endsInsideCompound(text: string, at: number): boolean {
  const last = regexHere.u`[\p{Ll}\p{M}]+$`.exec(text.slice(Math.max(0, at - 12), at))?.[0];
  const next = regexHere.u`^ ([\p{Ll}\p{M}]+)(?![\p{L}\p{M}\p{N}])`.exec(text.slice(at, at + 12))?.[1];
  return last !== undefined && next !== undefined && FUNCTION_COMPOUNDS.has(`${last} ${next}`);
}

/**
 * Whether a noun phrase may end at `at`: what follows is no lower-case word, or one the phrase
 * stops before (a function word, a verb, a narrower).
 */
function phraseEndsAt(text: string, at: number): boolean {
  const m = regexHere.u`^ ([\p{Ll}\p{M}]+)(?![\p{L}\p{M}\p{N}])(?: ([\p{Ll}\p{M}]+))?`.exec(text.slice(at, at + 40));
  if (!m) return true;
  return END_WORDS.has(m[1]) || (m[2] !== undefined && END_PAIRS.has(`${m[1]} ${m[2]}`)) || NARROWER_START.test(text.slice(at + 1, at + 40));
}
/** After a coordinated noun: the phrase ends (punctuation) or its owner follows. */
const AFTER_COORDINATED = narrowable(String.raw`^(?:[,.;:!?)\]”"\n]|$| (?:của|trong|trên|thuộc|giữa|tại các|ở các)(?![\p{L}\p{M}]))`, 'u');
/**
 * After a noun outside the list coordinated with a known unit: the phrase ends (punctuation) or
 * the passive predicate of them both begins ('144 công trình, địa điểm được xếp hạng'). Not a
 * preposition, which may follow a verb ('49 đảng viên, sinh hoạt ở các phòng'), nor an aspect
 * marker, which mostly begins a clause of its own ('23 báo cáo, số doanh nghiệp đã …').
 */
const AFTER_COORDINATED_WITH_KNOWN = narrowable(String.raw`^(?:[,.;:!?)\]”"\n]|$| được(?![\p{L}\p{M}]))`, 'u');

/** A unit as written, lower case, single-spaced. */
const unitForm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

/**
 * The noun phrase of lower-case syllables that starts at `at`: its end and its syllables, or
 * undefined when none starts there. Stops before a phrase-ending word, a narrower, or after
 * `max` syllables.
 */
/** NOUNS_ENDING_IN_SO's first syllables: after them 'số' ends a noun, no label. */
const BEFORE_SO_IN_NOUNS = new Set(NOUNS_ENDING_IN_SO);
const BUILT_PARTICIPLE = new Set(BUILT_PARTICIPLES);

function nounPhrase(text: string, at: number, max: number, verbsFirst = 0, participlesAfter = 2): { end: number; words: string[]; ended: boolean } | undefined {
  const words: string[] = [];
  let end = at;
  // words of the phrase, a compound of NOUN_COMPOUNDS_OVER_ENDS counted as one
  let slots = 0;
  // `ended`: the phrase stopped at a boundary, not at the length limit.
  for (let p = at; ; p = end + 1) {
    const rest = text.slice(p, p + 40);
    const w = SYLLABLE.exec(rest)?.[0];
    const compound = w !== undefined && OVER_END_FIRST.has(w) && slots < max ? OVER_END_AT.exec(rest)?.[0] : undefined;
    if (compound !== undefined) {
      words.push(...compound.split(' '));
      slots++;
      end = p + compound.length;
      if (text[end] !== ' ') return { end, words, ended: true };
      continue;
    }
    const next = w === undefined ? null : regexHere.u`^ ([\p{Ll}\p{M}]+)`.exec(rest.slice(w.length));
    const stops =
      w === undefined ||
      // a label and its number qualify the noun before them ('200 HS | lớp 6')
      // ('số' too, after a noun: 'Hai giấy giới thiệu | số 45'; not the last syllable of a noun: '3 tần số 72150')
      (words.length > 0 && (LABELS.has(w) || (w === 'số' && !BEFORE_SO_IN_NOUNS.has(words[words.length - 1]))) && LABEL_NUMBER_AFTER.test(rest.slice(w.length))) ||
      regexHere.u`^[\p{L}\p{M}\p{N}]`.test(rest.slice(w.length)) ||
      (words.length > 0 && NARROWER_START.test(rest)) ||
      // (a verb of how it is built, after the head and a word of kind: '3 nhà trệt | xây gạch';
      // `participlesAfter` is 1 where the phrase starts after its head)
      (words.length >= participlesAfter && BUILT_PARTICIPLE.has(w)) ||
      // (within the first `verbsFirst` syllables a two-syllable verb is a verbal noun after an
      // event head: 'cuộc gặp gỡ'; a one-syllable word that ends phrases still ends it: '2 cuộc | thôi')
      (words.length < verbsFirst && next !== null && END_PAIRS.has(`${w} ${next[1]}`) && !FUNCTION_WORD.has(w) && !EVENT_NOT_NAME.has(`${w} ${next[1]}`)
        ? false
        : END_WORDS.has(w) || (next !== null && END_PAIRS.has(`${w} ${next[1]}`)));
    if (stops) {
      // not inside a compound ('56 dự án nhà | ở' → 'dự án')
      if (words.length > 1 && w !== undefined && FUNCTION_COMPOUNDS.has(`${words[words.length - 1]} ${w}`)) {
        words.pop();
        end = at + words.join(' ').length; // (single spaces: see `next`)
      }
      // A phrase of `max` syllables is one before punctuation or a function word; before a verb
      // or an adjective it is mostly a clause itself ('20.000 chủ nhà trọ bán điện | đúng giá').
      const ended = slots < max || w === undefined || FUNCTION_WORD.has(w);
      return words.length ? { end, words, ended } : undefined;
    }
    if (slots === max) return { end, words, ended: false };
    words.push(w);
    slots++;
    end = p + w.length;
    if (!next) return { end, words, ended: true };
  }
}

/**
 * The counted noun after a number, read as an open class: an optional classifier, a noun
 * phrase, and nouns coordinated with it (', ' / ' và '). Undefined when the phrase is a
 * measure, a duration or money.
 */
function countedPhrase(text: string, at: number): { unitStart: number; end: number; unit: string } | undefined {
  let start = at;
  if (TERM_AT.test(text.slice(start, start + 16))) return undefined;
  if (NOT_UNIT_START.test(text.slice(start, start + 30))) return measureHeaded(text, at);
  if (TYPE_RATING_START.test(text.slice(start, start + 8))) return undefined;
  // a verb right after the number: the number labels a name ('Bệnh viện 103 | khám bệnh')
  if (VERB_AFTER_NUMBER.test(text.slice(start, start + 20))) return undefined;
  const first = SYLLABLE.exec(text.slice(at, at + 20));
  if (first && CLASSIFIERS.has(first[0]) && text[at + first[0].length] === ' ') start = at + first[0].length + 1;
  if (NOT_UNIT_START.test(text.slice(start, start + 30))) return undefined;
  const head = nounPhrase(text, start, MAX_NOUN_PHRASE_SYLLABLES);
  // A classifier the phrase ends after stands for its noun ('21 chiếc do PTSC sở hữu').
  if (!head && start > at) return { unitStart: at, end: start - 1, unit: unitForm(text.slice(at, start - 1)) };
  // A run longer than a name is a clause ('1 dây chuyền nghiền, đóng bao sản …'): no count.
  if (!head || !head.ended) return undefined;
  // A noun named by its complement: '4 bãi xử lý rác', '73 căn thấp tầng', '3 chức danh phó giám đốc'.
  const complemented = COMPLEMENT_HEAD.test(text.slice(start, head.end)) ? complementEnd(text, head.end) : head.end;
  if (complemented > head.end) return { unitStart: start, end: complemented, unit: unitForm(text.slice(start, complemented)) };
  // Coordinated nouns, short ones only: '12 phòng, ban, đơn vị', '45 cán bộ, phóng viên'.
  const end = head.words.length <= 3 ? coordinatedNouns(text, head.end, 3) : head.end;
  return { unitStart: start, end, unit: unitForm(text.slice(start, end)) };
}

/** A verb that shows the number before it labels a name (lexicon VERBS_AFTER_LABEL_NUMBERS). */
const VERB_AFTER_NUMBER = rx(`^(?:${alternation(VERBS_AFTER_LABEL_NUMBERS)})${WORD_END}`, 'iu');
const COMPLEMENT_HEAD = rx(`^(?:${alternation(COMPLEMENT_HEADS)})(?: (?:${alternation(COMPLEMENTS)}))?$`, 'iu');
const COMPLEMENT_AT = rx(`^ (?:${alternation(COMPLEMENTS)})${WORD_END}`, 'iu');
const TITLE_AFTER = rx(`^ (?:${alternation([...ROLE_TITLES, ...COUNT_TITLES])})${WORD_END}`, 'iu');
/**
 * Where a COMPLEMENT_HEADS noun that ends at `at` ends with its complement: a complement and the
 * noun phrase after it ('xử lý | rác'), or a title; `at` when none follows. The phrase must end
 * at a boundary, as countedPhrase's own does.
 */
function complementEnd(text: string, at: number, objects = true): number {
  const title = TITLE_AFTER.exec(text.slice(at, at + 60));
  if (title && regexHere.u`^ \p{Ll}`.test(title[0])) return at + title[0].length;
  const c = COMPLEMENT_AT.exec(text.slice(at, at + 30));
  if (!c) return at;
  const from = at + c[0].length;
  if (!objects || text[from] !== ' ' || phraseEndsAt(text, from)) return from;
  const more = nounPhrase(text, from + 1, 3);
  return more && more.ended && phraseEndsAt(text, more.end) ? more.end : at;
}

/**
 * A measure that heads a noun ('3 điểm sáng', '6 làn xe'; lexicon MEASURE_HEADS): the measure
 * word and the noun phrase after it, as countedPhrase gives it; undefined for the measure alone
 * ('8 điểm') or a longer measure ('điểm phần trăm').
 */
function measureHeaded(text: string, at: number): { unitStart: number; end: number; unit: string } | undefined {
  const head = SYLLABLE.exec(text.slice(at, at + 12))?.[0];
  if (head === undefined || !MEASURE_HEAD.has(head) || text[at + head.length] !== ' ') return undefined;
  const measure = NOT_UNIT_START.exec(text.slice(at, at + 30));
  if (measure && measure[0].length > head.length) return undefined;
  // a site named by what is done there, without its object ('148 điểm vui chơi | cấp tỉnh', '4
  // điểm đăng ký | sang tên ô tô', '5 điểm cảnh giới | đường ngang'), where a 'bãi' or a 'khu'
  // keeps it ('4 bãi xử lý rác')
  if (COMPLEMENT_HEAD.test(head)) {
    const named = complementEnd(text, at + head.length, false);
    if (named > at + head.length) return { unitStart: at, end: named, unit: unitForm(text.slice(at, named)) };
  }
  const from = at + head.length + 1;
  if (NOT_UNIT_START.test(text.slice(from, from + 30))) return undefined;
  const rest = nounPhrase(text, from, MAX_NOUN_PHRASE_SYLLABLES - 1);
  if (!rest || !rest.ended) return undefined;
  return { unitStart: at, end: rest.end, unit: unitForm(text.slice(at, rest.end)) };
}

/**
 * Up to `max` short nouns coordinated after a counted noun that ends at `at` (', ' / ' và '):
 * where the last one ends (`at` when none). Each must end where a phrase ends (punctuation, a
 * function word, its predicate), not run into a clause ('49 đảng viên, sinh hoạt tại …'); a known
 * unit that is no verb may end before its predicate too ('200 nghệ sỹ, diễn viên | biểu diễn'):
 * a clause would begin with its verb, not with a counted noun.
 */
function coordinatedNouns(text: string, at: number, max: number, after = AFTER_COORDINATED): number {
  let end = at;
  for (let i = 0; i < max; i++) {
    const conj = /^(?:, *| và | [-–] )/u.exec(text.slice(end, end + 6));
    if (!conj) break;
    const from = end + conj[0].length;
    if (NOT_UNIT_START.test(text.slice(from, from + 30)) || VAGUE_START.test(text.slice(from, from + 20))) break;
    const more = nounPhrase(text, from, 4);
    if (!more || !more.ended) break;
    // (four syllables only for a known unit and its modifier, '7 lãnh đạo, cán bộ y tế'; others
    // that long are mostly a clause's subject: '3 nạn nhân, | lực lượng cứu hộ … sẽ tìm kiếm')
    if (more.words.length > 3) {
      const two = more.words.slice(0, 2).join(' ');
      // (a unit of one syllable, not the first of a word of its own: 'đội | ngũ phóng viên')
      if (!UNIT_FORMS.has(two) && !(UNIT_FORMS.has(more.words[0]) && !WORD_OVER_UNIT.has(two) && !NOUN_OVER_UNIT.has(two))) break;
    }
    if (!after.test(text.slice(more.end, more.end + 12)) && !knownBeforePredicate(text, from, more.end) && !parallelItemEnds(text, end, more)) break;
    end = more.end;
  }
  return end;
}

/**
 * Whether a coordinated noun repeats the head of the list item before it, itself opened by a
 * conjunction, and ends a noun phrase: a list of three or more parallel nouns before their
 * predicate ('590.000 căn hộ, nhà biệt thự, nhà liền kề | phải cấp sổ đỏ'), where a clause after
 * the list would not begin with the noun just named.
 */
function parallelItemEnds(text: string, before: number, more: { end: number; words: string[] }): boolean {
  const window = text.slice(Math.max(0, before - 40), before);
  const cut = Math.max(window.lastIndexOf(','), window.lastIndexOf(' và '));
  if (cut < 0) return false;
  const item = window.slice(cut).replace(/^(?:, *| và )/u, '');
  // (the item before is a noun of the list, not a clause holding the count: '…, chuyển đến 149 xe, | chuyển đi …')
  return !/\d/u.test(item) && item.split(' ')[0] === more.words[0] && phraseEndsAt(text, more.end);
}

/**
 * Whether the noun from `from` to `end` is a known unit that may be no verb, followed by a word
 * that ends a noun phrase (its predicate): a coordinated counted noun ('diễn viên | biểu diễn').
 */
function knownBeforePredicate(text: string, from: number, end: number): boolean {
  // (with a post-modifier of kind: '7 lãnh đạo, cán bộ y tế | có liên quan')
  const noun = unitForm(text.slice(from, end)).replace(KIND_MODIFIER_END, '');
  return UNIT_FORMS.has(noun) && !MAY_BE_VERB.has(noun) && regexHere.u`^ \p{Ll}`.test(text.slice(end, end + 2)) && phraseEndsAt(text, end);
}

/** The count of an unlisted noun a match of NUMBER_THEN_NOUN gives (the open class), if any. */
function openCountAt(text: string, m: RegExpExecArray): CountCandidate | undefined {
  const [, ratioOf, numText] = m;
  const numStart = m.index;
  const ab = approxBefore(text, numStart);
  const start = ab ? ab.start : numStart;
  if (notACount(text, numStart, numText)) return undefined;
  const before = text.slice(Math.max(0, numStart - 24), numStart);
  if (ratioOf !== undefined && FRACTION_BEFORE_RATIO.test(before)) return undefined;
  // (The scan starts at digits: number words before an unlisted noun are mostly idioms,
  // 'ba mũi giáp công'.) A bare year is no count ('Năm 2011, 2012 anh …', 'mùa giải 2025/26'), nor
  // is money without its 'đồng' ('120 triệu').
  if (/^(?:19|20)\d\d$/u.test(ratioOf ?? numText)) return undefined;
  if (DOCUMENT_BEFORE_END.mayEnd(before) && DOCUMENT_BEFORE.test(before) && !DOCUMENT_VERB_BEFORE.test(before) && !NOT_DOCUMENT_BEFORE.test(before)) return undefined;
  const withNumber = text.slice(Math.max(0, numStart - 24), numStart + numText.length);
  if (spacedDigitsEnd(withNumber) && NAME_NUMBER.test(withNumber)) return undefined;
  const value = numberValue(ratioOf ?? numText);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const phrase = countedPhrase(text, m.index + m[0].length);
  if (!phrase || MAGNITUDE_WORDS[phrase.unit.split(/[ ,]/u)[0]] !== undefined) return undefined;
  const approx = approxOf(ab?.word);
  return { kind: 'count', start, end: phrase.end, value, unit: phrase.unit, ...(approx ? { approx } : {}) };
}

/** Number words (NUMBER, read where no digit starts) and the space before a lower-case noun. */
const NUMBER_WORDS_AT = rx(`(${NUMBER}) +(?=\\p{Ll})`, 'iuy');
/** 'cả' right before number words: 'cả ba' (all three). */
const ALL_OF_BEFORE = narrowable(String.raw`(?:^|[^\p{L}\p{M}])cả\s+$`, 'iu');
/** What governs a count of number words: a verb of having right before it. */
const GOVERNS_NUMBER_WORDS = narrowable(String.raw`(?:^|[^\p{L}\p{M}])(?:có|gồm|gồm có)\s+$`, 'iu');

/** NUMBER_WORD_NOT_NOUNS at the start of a noun phrase. */
const NUMBER_WORD_NOT_NOUN = rx(`^(?:${alternation(NUMBER_WORD_NOT_NOUNS)})${WORD_END}`, 'iu');
/** NUMBER_WORD_NOT_AFTER right before number words. */
const NUMBER_WORD_NOT_AFTER_RX = rx(`${WORD_START}(?:${alternation(NUMBER_WORD_NOT_AFTER)}) +$`, 'iu');
/** A capitalised number word after a word (no sentence's first): a name ('bà Mười', 'Phan Văn Sáu'). */
const NAME_NUMBER_WORD = narrowable(String.raw`[\p{L}\p{M}\p{N}] +$`, 'u');

/**
 * Whether number words at `at` count the unlisted noun that starts at `nounAt` without a verb of
 * having before them (DECISIONS.md: counted nouns are an open class; 'hai hệ thống', 'chín
 * quần đàn'): not an idiom, a side, a session or a slogan (NUMBER_WORD_NOT_NOUNS: 'hai bờ', 'ba
 * mẹ', 'giữa hai kỳ họp'), nor a name or a step (NUMBER_WORD_NOT_AFTER: 'bà Mười', 'bước hai'),
 * nor a capitalised number word inside a sentence (a name: 'ông Sáu').
 */
function numberWordsCountNoun(text: string, at: number, nounAt: number, end: number): boolean {
  if (NUMBER_WORD_NOT_NOUN.test(text.slice(nounAt, nounAt + 20))) return false;
  // a short noun (three syllables at most) that ends before punctuation or a function word: a
  // longer run, or one that stops before a verb or an adjective, is mostly a clause or a pronoun
  // use of the number ('hai con người yêu nhau', 'ba vĩ đại')
  if (text.slice(nounAt, end).split(/\s+/u).length > 3) return false;
  const next = regexHere.u`^ ([\p{Ll}\p{M}]+)(?![\p{L}\p{M}\p{N}])`.exec(text.slice(end, end + 20));
  if (!PUNCTUATION_AT.test(text.slice(end, end + 1)) && !(next && FUNCTION_WORD.has(next[1])) && !/^ số \d/u.test(text.slice(end, end + 6))) return false;
  const before = text.slice(Math.max(0, at - 12), at);
  if (NUMBER_WORD_NOT_AFTER_RX.test(before)) return false;
  if (regexHere.u`^\p{Lu}`.test(text.slice(at, at + 1)) && NAME_NUMBER_WORD.test(before)) return false;
  return true;
}

/** The count of number words before an unlisted noun at `at` (see parseCountsOnce), if any. */
function numberWordsCountAt(text: string, at: number): CountCandidate | undefined {
  NUMBER_WORDS_AT.lastIndex = at;
  const m = NUMBER_WORDS_AT.exec(text);
  if (!m) return undefined;
  const numText = m[1];
  if ((NO_NUMBER_ALONE.test(numText) && !ALONE_IN_LIST.has(at)) || notACount(text, at, numText)) return undefined;
  // ('cả ba vùng' all three: a set named before, not counted here)
  if (ALL_OF_BEFORE.test(text.slice(Math.max(0, at - 6), at))) return undefined;
  const governed = GOVERNS_NUMBER_WORDS.test(text.slice(Math.max(0, at - 12), at));
  const phrase = countedPhrase(text, at + m[0].length);
  if (!phrase || MAGNITUDE_WORDS[phrase.unit.split(/[ ,]/u)[0]] !== undefined) return undefined;
  if (!governed && text[phrase.end] !== ':' && !numberWordsCountNoun(text, at, phrase.unitStart, phrase.end)) return undefined;
  const value = numberValue(numText);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const ab = approxBefore(text, at);
  const approx = approxOf(ab?.word);
  return { kind: 'count', start: ab ? ab.start : at, end: phrase.end, value, unit: phrase.unit, ...(approx ? { approx } : {}) };
}

/**
 * A range of counts at a match of RANGE ('50-70 lượt DN'): the upper bound's count, read as
 * COUNTED or the open class read it (after a dash, which they do not start after), and the lower
 * bound's with the same noun, spanned on its digits. Not a date ('29-3 người': a day
 * up to 31 and a month up to 12 joined without spaces), nor a lower bound that is no count.
 */
function addRange(text: string, m: RegExpExecArray, out: CountCandidate[]): void {
  const [whole, lowText, upText] = m;
  const upAt = m.index + whole.length;
  if (!whole.includes(' ') && !lowText.includes('.') && Number(lowText) <= 31 && Number(upText) <= 12) return;
  if (notACount(text, m.index, lowText) || /^(?:19|20)\d\d$/u.test(lowText)) return;
  let up = out.find((c) => c.start === upAt);
  if (!up) {
    COUNTED_IN_RANGE.lastIndex = upAt;
    const counted = COUNTED_IN_RANGE.exec(text);
    NUMBER_THEN_NOUN_IN_RANGE.lastIndex = upAt;
    const open = counted ? null : NUMBER_THEN_NOUN_IN_RANGE.exec(text);
    up = counted ? countedAt(text, counted) : open ? openCountAt(text, open) : undefined;
    if (!up || up.start !== upAt) return;
    out.push(up);
  }
  // A magnitude after the upper bound is the lower bound's too ('13-15 triệu lượt khách').
  const magnitude = MAGNITUDE_AFTER.exec(text.slice(upAt + upText.length, upAt + upText.length + 8))?.[1];
  const low = numberValue(magnitude ? `${lowText} ${magnitude}` : lowText);
  if (low === undefined || out.some((c) => c.start <= m.index && c.end > m.index)) return;
  const ab = approxBefore(text, m.index);
  const approx = approxOf(ab?.word);
  // spanned on its digits, as a range of percentages: the spans stay flat
  out.push({ kind: 'count', start: ab ? ab.start : m.index, end: m.index + lowText.length, value: low, unit: up.unit, ...(approx ? { approx } : {}) });
}

/** Words before 'năm' that make it 'year' (lexicon YEAR_BEFORE_NAM), or a number ('ba năm', '45 năm'). */
const YEAR_BEFORE_FIVE = narrowable(`(?:${WORD_START}(?:${alternation([...YEAR_BEFORE_NAM, ...Object.keys(DIGIT_WORDS), ...TENS_WORDS, ...Object.keys(MAGNITUDE_WORDS)])})|\\d)\\s+$`, 'iu');
/** 'một trong': one of so many ('một trong năm ngân hàng'), where 'trong năm' alone is 'in the year'. */
const ONE_OF_BEFORE = narrowable(`${WORD_START}một trong\\s+$`, 'iu');
/** A sentence's start right before a word. */
const SENTENCE_START_BEFORE = /(?:^|[.!?…]\s+|\n\s*)$/u;

/**
 * Whether 'năm' before a known unit (COUNTED) is the number five: lower case after no word that
 * makes it 'year' ('xử lý năm trường hợp', 'một trong năm ngân hàng'; not 'mỗi năm nhà nước',
 * 'nhiều năm kiến nghị'), or capitalised where a sentence begins ('Năm đơn vị được chọn …').
 */
function fiveBeforeUnit(text: string, numStart: number, numText: string): boolean {
  const before = text.slice(Math.max(0, numStart - 24), numStart);
  // (a capitalised noun after it names a year's theme: 'chào mừng năm Đoàn kết hữu nghị')
  if (regexHere.u`^\p{Lu}`.test(text.slice(numStart + numText.length + 1, numStart + numText.length + 2))) return false;
  if (numText === 'Năm') return SENTENCE_START_BEFORE.test(before);
  return numText === 'năm' && (ONE_OF_BEFORE.test(before) || !YEAR_BEFORE_FIVE.test(before));
}

/**
 * The count a match of COUNTED gives (a number and a known unit): undefined when the number is
 * no count there (an ordinal, a measure …).
 */
function countedAt(text: string, m: RegExpExecArray): CountCandidate | undefined {
  const [, ratioOf, numText, unitText, approxAfter] = m;
  // '419/419 hộ dân', '5/7 xã': the count is the first number (so many of the whole).
  const valueText = ratioOf ?? numText;
  const numStart = m.index;
  const ab = approxBefore(text, numStart);
  const approxWord = ab?.word;
  if (notACount(text, numStart, numText)) return undefined;
  if (NO_NUMBER_ALONE.test(numText) && !ALONE_IN_LIST.has(numStart) && !fiveBeforeUnit(text, numStart, numText)) return undefined;
  if (ratioOf !== undefined && FRACTION_BEFORE_RATIO.test(text.slice(Math.max(0, numStart - 12), numStart))) return undefined;
  const value = numberValue(valueText);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  let unitSpan = unitText;
  // A level belongs to a legal category ('đơn vị hành chính cấp xã', 'cán bộ, công chức cấp xã'), not to a prize.
  const level = / +cấp +\S+(?: +\S+)?$/u.exec(unitSpan);
  if (level && EMULATION_UNITS.has(unitForm(unitSpan.slice(0, level.index)))) {
    unitSpan = unitSpan.slice(0, level.index);
  }
  // The unit as printed, lower case (DECISIONS.md: '12 ĐV' → 'đv'; scoring folds abbreviations).
  const folded = unitForm(unitSpan);
  // A unit that may be a verb after a name's number is the verb of the name's clause ('Công ty
  // CP Licogi 14 | tổ chức lễ kỷ niệm'), as NAME_NUMBER reads before unlisted nouns.
  if (VERB_UNIT.has(folded)) {
    const withNumber = text.slice(Math.max(0, numStart - 24), numStart + numText.length);
    if (spacedDigitsEnd(withNumber) && NAME_NUMBER.test(withNumber)) return undefined;
  }
  const approx = approxOf(approxWord, approxAfter);
  const start = ab ? ab.start : numStart;
  let unitEnd = m.index + m[0].indexOf(unitText, numStart - m.index + valueText.length) + unitSpan.length;
  // A known unit followed by more counted nouns is one compound or coordinated unit
  // ('3 đơn vị thành viên', '67 công chức cán bộ', '2.547 ý kiến, kiến nghị'); other words
  // after it are its modifiers ('13 cán bộ lãnh đạo' → 'cán bộ').
  let unitStart = unitEnd - unitSpan.length;
  // A unit printed twice by mistake ('bốn cơ quan cơ quan báo chí') is read once, from its
  // second copy; the span keeps both.
  if (approxAfter === undefined && unitSpan === unitText && unitRepeatedAt(text, unitEnd, folded)) {
    unitStart = unitEnd + 1;
    unitEnd = unitStart + unitSpan.length;
  }
  // A classifier of respect counts the title or noun after it ('2 vị phó trưởng đoàn', 'hai vị
  // cán bộ lão thành'); alone it counts itself ('bổ sung 8 vị vào Ủy ban').
  if (approxAfter === undefined && unitSpan === unitText && RESPECT_CLASSIFIER.has(folded) && text[unitEnd] === ' ') {
    const named = respectedNoun(text, unitEnd + 1);
    if (named) return { kind: 'count', start, end: named.end, value, unit: named.unit, ...(approx ? { approx } : {}) };
  }
  AWARD_AT.lastIndex = unitStart;
  const award = EMULATION_UNITS.has(folded) ? AWARD_AT.exec(text) : null;
  if (award && award[0].length > unitSpan.length) {
    const end = unitStart + award[0].length;
    return { kind: 'count', start, end, value, unit: unitForm(award[0]), ...(approx ? { approx } : {}) };
  }
  // A measure that begins with a unit's word ('10 cây số', '2 cây vàng') is no count.
  const measure = NOT_UNIT_START.exec(text.slice(unitStart, unitStart + 30));
  if (measure && measure[0].length > unitSpan.length) return undefined;
  // A unit that heads longer nouns, followed by one ('4 người bạn', 'hai cuộc kháng chiến').
  // (Written lower case: 'hai Nhà nước' names the States.)
  // (A known unit after it makes a compound of known units instead: '3 đơn vị thành viên | hoạt động …'.)
  if (approxAfter === undefined && unitSpan === unitText && HEAD_UNIT.has(folded) && text[unitEnd] === ' ' && unitSpan === folded && !NARROWER_START.test(text.slice(unitEnd + 1, unitEnd + 40)) && !knownUnitTailEnds(text, unitEnd, folded)) {
    const more = nounPhrase(text, unitEnd + 1, MAX_NOUN_PHRASE_SYLLABLES - 1, EVENT_HEAD.has(folded) ? 2 : 0, 1);
    // (not a compound whose second syllable is a function word: '56 dự án nhà | ở' → 'dự án')
    // (nor the words before a proper name, which are part of the name: '2 dự án | đường Phong Châu')
    if (more?.ended && !NOT_UNIT_START.test(text.slice(unitEnd + 1, unitEnd + 30)) && !endsInsideCompound(text, more.end) && !compoundFollows(text, more.end) && !(KIND_HEAD.has(folded) && NAME_AFTER.test(text.slice(more.end, more.end + 3)))) {
      // short nouns coordinated with its noun share it ('41 cuộc gặp gỡ, đối thoại')
      const end = more.words.length <= 3 ? coordinatedNouns(text, more.end, 2) : more.end;
      return { kind: 'count', start, end, value, unit: unitForm(text.slice(unitStart, end)), ...(approx ? { approx } : {}) };
    }
  }
  // An administrative unit with its adjective of kind or a coordinated short form ('62 huyện nghèo', '60 tỉnh, thành').
  if (approxAfter === undefined && unitSpan === unitText && UNIT_GROUP.get(folded) === 'admin') {
    const end = adminUnitEnd(text, unitEnd);
    if (end > unitEnd) return { kind: 'count', start, end, value, unit: unitForm(text.slice(unitStart, end)), ...(approx ? { approx } : {}) };
  }
  const tailText = approxAfter === undefined && unitSpan === unitText && tailMayFollow(text, unitEnd) ? compoundTail(text, unitEnd, folded) : '';
  // Nouns outside the list coordinated with it ('144 công trình, địa điểm được xếp hạng').
  const coordinatedEnd = approxAfter === undefined && unitSpan === unitText ? coordinatedNouns(text, unitEnd + tailText.length, 3 - tailText.split(/,| và /u).length + 1, AFTER_COORDINATED_WITH_KNOWN) : unitEnd;
  if (coordinatedEnd > unitEnd + tailText.length || tailText) {
    const end = kindModifierEnd(text, Math.max(coordinatedEnd, unitEnd + tailText.length));
    return { kind: 'count', start, end, value, unit: unitForm(text.slice(unitStart, end)), ...(approx ? { approx } : {}) };
  }
  if (approxAfter === undefined && unitSpan === unitText) {
    const end = kindModifierEnd(text, unitEnd);
    if (end > unitEnd) return { kind: 'count', start, end, value, unit: unitForm(text.slice(unitStart, end)), ...(approx ? { approx } : {}) };
  }
  return { kind: 'count', start, end: unitEnd, value, unit: folded, ...(approx ? { approx } : {}) };
}

/** A post-modifier of kind that ends a noun ('cán bộ | y tế'). */
const KIND_MODIFIER_END = rx(` (?:${alternation(KIND_MODIFIERS)})$`, 'u');
/** A post-modifier of kind right after a unit ('nội dung | đột phá'). */
const KIND_MODIFIER_AT = rx(`^ (?:${alternation(KIND_MODIFIERS)})${WORD_END}`, 'u');

/**
 * Where a unit that ends at `at` ends with a post-modifier naming its kind (KIND_MODIFIERS:
 * '5 nội dung đột phá', '7 cán bộ, nhân viên y tế'), when the noun phrase ends after it; `at`
 * when none ('3 cán bộ | phụ trách').
 */
function kindModifierEnd(text: string, at: number): number {
  const m = KIND_MODIFIER_AT.exec(text.slice(at, at + 16));
  return m && phraseEndsAt(text, at + m[0].length) ? at + m[0].length : at;
}

/** An adjective of kind after an administrative unit ('huyện | nghèo'): part of the unit. */
const ADMIN_KIND_AT = rx(`^ (?:${alternation(ADMIN_KINDS)})${WORD_END}`, 'u');
/** A short form of an administrative unit after a comma ('tỉnh|, thành'). */
const ADMIN_SHORT_AT = rx(`^, *(?:${alternation(ADMIN_SHORT_FORMS)})${WORD_END}`, 'u');

/**
 * Where an administrative unit that ends at `at` ends with an adjective of kind ('62 huyện nghèo')
 * or a coordinated short form ('60 tỉnh, thành'), when the phrase ends after it; `at` when none.
 */
function adminUnitEnd(text: string, at: number): number {
  let end = at;
  const short = ADMIN_SHORT_AT.exec(text.slice(end, end + 12));
  if (short && phraseEndsAt(text, end + short[0].length)) end += short[0].length;
  const kind = ADMIN_KIND_AT.exec(text.slice(end, end + 24));
  if (kind && phraseEndsAt(text, end + kind[0].length)) end += kind[0].length;
  return end;
}

/** Whether the unit `folded` that ends at `at` is printed again right after it ('cơ quan cơ quan'). */
function unitRepeatedAt(text: string, at: number, folded: string): boolean {
  const end = at + 1 + folded.length;
  return text[at] === ' ' && unitForm(text.slice(at + 1, end)) === folded && !regexHere.u`^[\p{L}\p{M}\p{N}]`.test(text.slice(end, end + 1));
}

/**
 * The title or noun phrase a classifier of respect counts, starting at `at` ('phó trưởng đoàn',
 * 'cán bộ lão thành'), with nouns coordinated after it: where it ends and the unit; undefined when
 * none follows ('8 vị | vào Ủy ban', 'tám vị | tham gia').
 */
function respectedNoun(text: string, at: number): { end: number; unit: string } | undefined {
  TITLE_AT.lastIndex = at;
  const title = TITLE_AT.exec(text)?.[0];
  const more = title === undefined ? nounPhrase(text, at, MAX_NOUN_PHRASE_SYLLABLES) : undefined;
  if (title === undefined && !more?.ended) return undefined;
  // (a level word needs its level, which only places the noun: '49 vị lãnh đạo | cấp cao' → 'lãnh đạo')
  const named = title !== undefined ? at + title.length : more!.words.length > 1 && more!.words[more!.words.length - 1] === 'cấp' ? at + more!.words.slice(0, -1).join(' ').length : more!.end;
  if (NOT_UNIT_START.test(text.slice(at, at + 30))) return undefined;
  const end = coordinatedNouns(text, named, 2);
  return { end, unit: unitForm(text.slice(at, end)) };
}

/**
 * 'một' and 'năm' before a counted noun are numbers where they stand in a list of counts ('hai
 * Trưởng phòng, một Phó Trưởng phòng', 'một giải A, ba giải B, năm giải C'); alone they are
 * mostly an article and 'year' (NO_NUMBER_ALONE). The counts are read once, then again with the
 * positions of such words that a list of them allows (ALONE_IN_LIST).
 */
export function parseCounts(ctx: Context): CountCandidate[] {
  const first = parseCountsOnce(ctx);
  const listed = aloneInLists(ctx.text, first);
  if (!listed.size) return wholeCounts(first);
  for (const p of listed) ALONE_IN_LIST.add(p);
  try {
    return wholeCounts(parseCountsOnce(ctx));
  } finally {
    ALONE_IN_LIST.clear();
  }
}

/**
 * People, bodies and items come in whole numbers: a figure with a fraction before a noun is an
 * average, a ratio or a measure ('0,65 người làm báo/km2', 'bình quân 2,34 người', '91,7
 * hécta'), no count; percentages keep theirs ('24,4%'), and a magnitude word makes it whole
 * ('1,5 triệu người').
 */
function wholeCounts(counts: CountCandidate[]): CountCandidate[] {
  return counts.filter((c) => c.unit === '%' || Number.isInteger(c.value));
}

/** Where NUMBER_START_SCAN matches in the last text read (parseCounts reads a text twice, and aloneInLists's words are among them). */
let startsText: string | undefined;
let starts: readonly number[] = [];
function numberStartsOf(text: string): readonly number[] {
  if (startsText !== text) {
    starts = NUMBER_START_SCAN.all(text).map((m) => m.index);
    startsText = text;
  }
  return starts;
}

/** Positions of 'một'/'năm' allowed as numbers while parseCounts reads a text again. */
const ALONE_IN_LIST = new Set<number>();
const ONE_OR_FIVE = narrowable(String.raw`(?<![\p{L}\p{M}\p{N}])(?:một|năm|Một|Năm) (?=\p{L})`, 'gu');
// (tried, sticky, at the number starts: every match begins where a number word does)
const ONE_OR_FIVE_AT = narrowable(ONE_OR_FIVE.source, 'uy');
/** Right before a list item: ', ' or ' và ' after at most a short clause that follows a count. */
const ITEM_AFTER_COUNT = /^[^.;:!?\n\d]{0,40}(?:,| và) $/u;
/** Right after a list item's noun: ', ' then the next count. */
const ITEM_BEFORE_COUNT = /^[^.;:!?\n\d,]{1,30}, $/u;

/** Where 'một'/'năm' stand in a list of the counts found. */
function aloneInLists(text: string, counts: readonly CountCandidate[]): Set<number> {
  const out = new Set<number>();
  if (!counts.length) return out;
  const ends = counts.map((c) => c.end).sort((a, b) => a - b);
  const starts = new Set(counts.map((c) => c.start));
  // ONE_OR_FIVE as `matchAll` finds it
  for (const p of numberStartsOf(text)) {
    const c = text.charCodeAt(p);
    if (c !== 0x6d && c !== 0x6e && c !== 0x4d && c !== 0x4e) continue;
    ONE_OR_FIVE_AT.lastIndex = p;
    const m = ONE_OR_FIVE_AT.exec(text);
    if (!m) continue;
    if (starts.has(p)) continue;
    // a count ends shortly before, the item joined to it
    let i = lowerBoundOf(ends, p) - 1;
    if (i >= 0 && p - ends[i] <= 45 && ITEM_AFTER_COUNT.test(text.slice(ends[i], p))) {
      out.add(p);
      continue;
    }
    // or a count follows it, joined by a comma
    const after = text.slice(p + m[0].length, p + m[0].length + 34);
    const comma = after.indexOf(', ');
    if (comma > 0 && ITEM_BEFORE_COUNT.test(after.slice(0, comma + 2)) && starts.has(p + m[0].length + comma + 2)) {
      out.add(p);
      continue;
    }
    // or the same noun is counted in its sentence ('86 liệt sĩ …, một liệt sĩ', 'cảnh cáo 12 người, khiển trách một người'):
    // the text is counting them, so 'một' is one of them; not after a copula or 'from'
    // ('là một tỉnh', 'từ một đơn vị nhỏ'), nor before 'nào' ('một cá nhân nào').
    if (sameNounCountedNear(text, p, p + m[0].length, counts) && !ARTICLE_BEFORE.test(text.slice(Math.max(0, p - 12), p))) out.add(p);
  }
  return out;
}

/** How far from 'một'/'năm' the same noun counted in its sentence makes it a number. */
const SAME_NOUN_WINDOW = 300;
/** A sentence's end between two words. */
const SENTENCE_BREAK = /[.!?…\n](?:\s|$)|\n/u;
/**
 * Words after which 'một' is an article: a copula, 'from', 'into', 'on', 'of', 'for' ('là một
 * tỉnh', 'từ một đơn vị nhỏ', 'thành một thành phố', 'trên một xe buýt'), or one of a
 * distribution ('mỗi xã một sản phẩm').
 */
const ARTICLE_BEFORE = narrowable(String.raw`(?:^|[^\p{L}\p{M}])(?:(?:là|từ|thành|như|với|trên|của|cho)|mỗi\s+[\p{L}\p{M}]+)\s+$`, 'iu');
/**
 * Whether a count of the noun that starts at `at` stands within SAME_NOUN_WINDOW of `p`, in the
 * same sentence for 'một' (and that noun is no 'nào' question).
 */
function sameNounCountedNear(text: string, p: number, at: number, counts: readonly CountCandidate[]): boolean {
  const five = text.charCodeAt(p) === 0x6e; // 'năm' (lower case: 'Năm' opens a sentence's date)
  const ahead = text.slice(at, at + 40).toLowerCase();
  for (const c of counts) {
    if (c.unit === '%' || Math.abs(c.start - p) > SAME_NOUN_WINDOW || c.start === p) continue;
    if (!ahead.startsWith(c.unit)) continue;
    // in the same sentence: a list of counts, not a noun mentioned again later
    // ('năm' before a counted noun is hardly 'year': its paragraph is enough)
    if (!five && SENTENCE_BREAK.test(text.slice(Math.min(p, c.end), Math.max(p, c.start)))) continue;
    const rest = ahead.slice(c.unit.length);
    if (regexHere.u`^[\p{L}\p{M}\p{N}]`.test(rest) || regexHere.u`^ nào(?![\p{L}\p{M}])`.test(rest)) continue;
    // a capitalised noun that a name goes on after is that name ('một Trường đại học B-Uni')
    if (regexHere.u`^\p{Lu}`.test(text.slice(at, at + 1)) && !phraseEndsAt(text, at + c.unit.length)) continue;
    return true;
  }
  return false;
}

/** Index of the first value ≥ x in ascending `a`. */
function lowerBoundOf(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function parseCountsOnce(ctx: Context): CountCandidate[] {
  const { text } = ctx;
  const out: CountCandidate[] = [];

  for (const m of PERCENT_SCAN.all(text)) {
    const [, firstText, secondText] = m;
    const numStart = m.index;
    const ab = approxBefore(text, numStart);
    const approx = approxOf(ab?.word);
    const first = percentValue(firstText);
    const before = text.slice(Math.max(0, numStart - 20), numStart);
    if (NOT_BEFORE_END.mayEnd(before) && NOT_BEFORE.test(before)) continue;
    const start = ab ? ab.start : numStart;
    let end = m.index + m[0].length;
    let approxAfter: Approx | undefined;
    const after = regexHere.u` +trở lên(?![\p{L}\p{M}])`.exec(text.slice(end, end + 10));
    if (after && after.index === 0) approxAfter = 'over';
    if (secondText !== undefined) {
      // '80-90%': the lower bound is its own count, spanned on its digits.
      out.push({ kind: 'count', start, end: numStart + firstText.length, value: first, unit: '%', ...(approx ? { approx } : {}) });
      const second = m.index + m[0].lastIndexOf(secondText);
      out.push({ kind: 'count', start: second, end, value: percentValue(secondText), unit: '%', ...(approxAfter ? { approx: approxAfter } : {}) });
    } else {
      const a = approx ?? approxAfter;
      out.push({ kind: 'count', start, end, value: first, unit: '%', ...(a ? { approx: a } : {}) });
    }
  }

  // COUNTED wherever it matches, as `matchAll` finds it (NUMBER_START_SCAN).
  const numberStarts = numberStartsOf(text);
  let countedFrom = 0;
  for (const at of numberStarts) {
    if (at < countedFrom || !mayStartAfter(text, at, false) || !unitMayFollow(text, at)) continue;
    COUNTED_AT.lastIndex = at;
    const m = COUNTED_AT.exec(text);
    if (!m) continue;
    countedFrom = m.index + Math.max(1, m[0].length);
    const count = countedAt(text, m);
    if (count) out.push(count);
  }

  // Nouns outside the unit list: the open class.
  const known = new Set(out.map((c) => c.start));
  let openFrom = 0;
  for (const at of numberStarts) {
    if (at < openFrom || !isDigit(text.charCodeAt(at)) || !mayStartAfter(text, at, true) || !nounMayFollowDigits(text, at)) continue;
    NUMBER_THEN_NOUN_AT.lastIndex = at;
    const m = NUMBER_THEN_NOUN_AT.exec(text);
    if (!m) continue;
    openFrom = m.index + Math.max(1, m[0].length);
    if (known.has(m.index)) continue;
    const count = openCountAt(text, m);
    if (!count || known.has(count.start)) continue;
    out.push(count);
    known.add(m.index);
  }

  // Number words before an unlisted noun: mostly idioms ('ba mũi giáp công', 'hai vợ chồng'),
  // but counts where a verb of having governs them ('có ba con', 'gồm hai gian') or where a
  // colon after the noun announces the items counted ('hai nguyên tắc: …'). Not after 'giữa',
  // which names the parties of a relation ('giữa hai đảng', 'giữa hai dân tộc').
  for (const at of numberStarts) {
    if (known.has(at) || isDigit(text.charCodeAt(at)) || !mayStartAfter(text, at, true)) continue;
    const count = numberWordsCountAt(text, at);
    if (!count || out.some((c) => c.start < count.end && count.start < c.end)) continue;
    out.push(count);
    known.add(at);
  }

  // Ranges ('50-70 lượt DN', '2.000 - 3.000 người'): the lower bound is a count of the upper
  // bound's noun too (DECISIONS.md: a range gives two counts).
  // (RANGE as `matchAll` finds it, tried only where a dash follows the digits)
  let rangeFrom = 0;
  for (const at of numberStarts) {
    if (at < rangeFrom || !isDigit(text.charCodeAt(at)) || !mayStartAfter(text, at, true) || !dashAfter(text, digitsEnd(text, at, false))) continue;
    RANGE_AT.lastIndex = at;
    const m = RANGE_AT.exec(text);
    if (!m) continue;
    rangeFrom = m.index + Math.max(1, m[0].length);
    addRange(text, m, out);
  }
  for (const at of numberStarts) {
    if (!isDigit(text.charCodeAt(at)) || !RANGE_OPENER_BEFORE.test(text.slice(Math.max(0, at - 8), at))) continue;
    WORD_RANGE_AT.lastIndex = at;
    const m = WORD_RANGE_AT.exec(text);
    if (m) addRange(text, m, out);
  }

  // People counted by their title.
  // NUMBER_THEN_WORD wherever it matches, as `matchAll` finds it, read only where a title may follow.
  let titleFrom = 0;
  for (const at of numberStarts) {
    if (at < titleFrom || !mayStartAfter(text, at, true)) continue;
    const may = titleMayFollow(text, at);
    if (may !== true) {
      titleFrom = may;
      continue;
    }
    NUMBER_THEN_WORD_AT.lastIndex = at;
    const m = NUMBER_THEN_WORD_AT.exec(text);
    if (!m) continue;
    titleFrom = m.index + Math.max(1, m[0].length);
    const [whole, numText, word] = m;
    if (known.has(m.index) || !TITLE_FIRST_WORDS.has(word.toLowerCase())) continue;
    TITLE_AT.lastIndex = m.index + whole.length;
    const title = TITLE_AT.exec(text)?.[0];
    if (title === undefined) continue;
    if ((NO_NUMBER_ALONE.test(numText) && !ALONE_IN_LIST.has(m.index)) || notACount(text, m.index, numText)) continue;
    const value = numberValue(numText);
    if (value === undefined || !Number.isFinite(value)) continue;
    const ab = approxBefore(text, m.index);
    const approx = approxOf(ab?.word);
    // titles coordinated after it share it ('136 phó phòng, ban')
    const titleEnd = TITLE_AT.lastIndex;
    const end = coordinatedNouns(text, titleEnd, 2);
    out.push({ kind: 'count', start: ab ? ab.start : m.index, end, value, unit: end > titleEnd ? unitForm(text.slice(titleEnd - title.length, end)) : unitForm(title), ...(approx ? { approx } : {}) });
  }
  // A ratio 'N/M <noun>' ('31/66 trường học'): M counts the noun too (the whole the part is
  // of, as with 'X trong số Y'); N is spanned on its digits and M on the rest, so the spans stay flat.
  for (let i = 0, n = out.length; i < n; i++) {
    const c = out[i];
    const r = RATIO_IN_COUNT.exec(text.slice(c.start, c.end));
    if (!r) continue;
    const den = digitsValue(r[2]);
    if (!Number.isFinite(den) || den === c.value || den < c.value) continue;
    if (RATIO_WHOLE_NOT_TALLIED.has(c.unit)) continue;
    const slash = c.start + r.index + r[1].length;
    out.push({ ...c, start: slash + 1, value: den, approx: undefined });
    c.end = slash;
    delete out[out.length - 1].approx;
  }

  // 'X trong số Y <noun>': X counts Y's noun too (so many of the whole), spanned on its digits
  // as a range's lower bound is, so the spans stay flat.
  for (let i = 0, n = out.length; i < n; i++) {
    const whole = out[i];
    const m = PART_OF_BEFORE.exec(text.slice(Math.max(0, whole.start - 30), whole.start));
    if (!m) continue;
    const at = whole.start - ' trong số '.length - m[1].length;
    const partText = m[1];
    if (out.some((c) => c.start <= at && c.end > at) || notACount(text, at, partText) || !mayStartAfter(text, at, true)) continue;
    const value = numberValue(partText);
    if (value === undefined || !Number.isFinite(value)) continue;
    const ab = approxBefore(text, at);
    const approx = approxOf(ab?.word);
    out.push({ kind: 'count', start: ab ? ab.start : at, end: at + partText.length, value, unit: whole.unit, ...(approx ? { approx } : {}) });
  }
  // 'trên' right after a counted noun is a preposition ('6.700 cây xanh trên 190 tuyến phố':
  // on), no approximation of the count after it.
  const ends = new Set(out.map((c) => c.end));
  for (const c of out) {
    if (c.approx !== 'over' || !ends.has(c.start - 1) || text[c.start - 1] !== ' ') continue;
    const on = /^trên +/u.exec(text.slice(c.start, c.start + 8));
    if (!on) continue;
    c.start += on[0].length;
    delete c.approx;
  }
  return dropAbbreviatedTwins(out, text);
}

const RATIO_WHOLE_NOT_TALLIED = new Set(RATIO_WHOLE_NOT_COUNTED);

/** A ratio at the head of a count's text: its numerator (after an approximation word) and denominator. */
const RATIO_IN_COUNT = narrowable(`^(?:[\\p{L}\\p{M} ]* )?(\\d+)/(${DIGITS}) `, 'u');
/** 'X trong số ' right before a count: X is a part of it. */
const PART_OF_BEFORE = narrowable(`(?:^|[^\\p{L}\\p{M}\\p{N},./-])(${DIGITS}) trong số $`, 'u');

/** The initials of a unit's syllables: 'doanh nghiệp' → 'dn'. */
const initials = (unit: string) => unit.split(/[\s,]+/u).filter(Boolean).map((w) => w[0]).join('');

/**
 * One count written in full and abbreviated ('20 doanh nghiệp' … '20 DN'): one fact, in full
 * (DECISIONS.md: one fact per count; scoring folds only a few abbreviations). An abbreviated
 * unit is one word of two to five capitals.
 */
function dropAbbreviatedTwins(counts: CountCandidate[], text: string): CountCandidate[] {
  const abbreviated = (c: CountCandidate) => c.unit.length <= 5 && regexHere.u`^\p{Lu}{2,5}$`.test(text.slice(c.end - c.unit.length, c.end));
  if (!counts.some(abbreviated)) return counts;
  const full = new Set<string>();
  for (const c of counts) if (c.unit.includes(' ')) full.add(`${c.value}|${initials(c.unit)}`);
  return counts.filter((c) => !(abbreviated(c) && full.has(`${c.value}|${c.unit}`)));
}
