// Lexicon scans that start where the lexicon's words are, found in one pass over the words.
//
// A rule such as `(?<![\p{L}\p{M}\p{N}])(?:Huân chương|Bằng khen|…)…` is slow as a global
// regex: the look-behind and the long alternation are tried at nearly every position of the
// text. But a match can only start at a word that begins one of the alternatives. So the text
// is split into words once (WordIndex), each lower-cased word is looked up in the set of first
// words every scan registered, and each scan runs its own regex, sticky, only at the positions
// of its words (WordScan). Matches, their order and their groups are exactly those of
// `text.matchAll(re)`: the regex itself decides at every candidate, the index only leaves out
// positions where it cannot match.
//
// Words are maximal runs of letters, marks and digits (UTF-16 units outside the surrogate
// range), so a scan's first word must be followed, in every match, by something else (a
// space, punctuation or a word edge), unless the scan is a 'prefix' scan: its first words
// are looked up as beginnings of the text's words ('QĐ977/…', 'ẢnhLan'). Digit scans
// ('digits') start at every run of ASCII digits instead.
//
// One regex per first word (with only the phrases that begin with it) was tried: V8 already
// runs a warm alternation of literals at one position in about 0.1 µs, and a hundred small
// regexes each compiled and tiered up cost more than they saved.

import { lowerBound } from './sorted.ts';
import { narrowable } from './narrow.ts';

/** Per UTF-16 unit: 0 not looked at yet, 1 no word character, 2 a word character whose
 * lower case is one unit and matches as the regex engine's case-insensitive mode does,
 * 3 any other word character (lower-casing it could hide a case-insensitive match). */
const CLASS = new Uint8Array(0x10000);
/** The lower case of each class-2 unit (filled with CLASS). */
const LOWER = new Uint16Array(0x10000);
const WORD_CHAR_RE = narrowable(String.raw`^[\p{L}\p{M}\p{N}]$`, 'u');

function classOf(c: number): number {
  let k = CLASS[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    if (c >= 0xd800 && c <= 0xdfff) k = 1;
    else if (!WORD_CHAR_RE.test(ch)) k = 1;
    else {
      const lower = ch.toLowerCase();
      const caseless = lower === ch && ch.toUpperCase() === ch;
      k = lower.length === 1 && (caseless || simpleCase(c)) ? 2 : 3;
      if (k === 2) LOWER[c] = lower.charCodeAt(0);
    }
    CLASS[c] = k;
  }
  return k;
}

/**
 * CLASS and LOWER in one look-up, for the index's walk over every unit of a text: 0 not looked
 * at yet, 1 no word character, 2 a class-3 word character, 3 + its lower case for a class-2 unit.
 */
const UNIT = new Int32Array(0x10000);
function unitOf(c: number): number {
  const k = CLASS[c] || classOf(c);
  return (UNIT[c] = k === 1 ? 1 : k === 3 ? 2 : 3 + LOWER[c]);
}

/** Letters whose case pairs are plain one-to-one (ASCII, Latin-1, Latin Extended-A, ơ ư, Vietnamese). */
function simpleCase(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x17e && c !== 0xdf && c !== 0x130 && c !== 0x131 && c !== 0x149) ||
    (c >= 0x1a0 && c <= 0x1b0) || (c >= 0x1ea0 && c <= 0x1ef9);
}


/** Per UTF-16 unit: 0 not looked at yet, 1 an upper-case letter (\p{Lu}) or a surrogate (the regex decides), 2 neither. */
const UPPER = new Uint8Array(0x10000);
const UPPER_RE = narrowable(String.raw`^\p{Lu}$`, 'u');
function upperAt(c: number): boolean {
  let k = UPPER[c];
  if (k === 0) UPPER[c] = k = (c >= 0xd800 && c <= 0xdfff) || UPPER_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** Lower-cased first words some scan wants, as ids (into WORDS), by a hash of their units (hashStep). */
const WANTED = new Map<number, number[]>();
/** The words by id: a word wanted whole and the same word wanted as a prefix have two ids. */
const WORDS: string[] = [];
let maxWanted = 0;
/** By word id: the scans (their index in ALL_SCANS) that start at the word. */
const WANTERS: number[][] = [];
/** The same for words a text's word may only begin with (scans with `prefix`). */
const PREFIXES = new Map<number, number[]>();
/**
 * A bit set of (first unit, last unit, length) of the prefixes, to skip most beginnings of words
 * before looking them up; small enough to stay in the processor's nearest cache.
 */
const PREFIX_MAYBE = new Int32Array(256);
/** A bit set of the units prefixes begin with (lower case): a word that begins otherwise begins no prefix. */
const PREFIX_FIRST = new Int32Array(0x10000 >> 5);
const maybeKey = (first: number, last: number, length: number) => (first * 961 + last * 31 + length) & 0x1fff;
let maxPrefix = 0;

const hashStep = (h: number, unit: number) => (Math.imul(h, 31) + unit) | 0;

/** The id of a wanted word (registered on first sight). */
function want(word: string, prefix: boolean): number {
  const table = prefix ? PREFIXES : WANTED;
  let h = 0;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  const same = table.get(h);
  const known = same?.find((id) => WORDS[id] === word);
  if (known !== undefined) return known;
  const id = WORDS.push(word) - 1;
  WANTERS.push([]);
  if (same) same.push(id);
  else table.set(h, [id]);
  if (prefix) {
    const key = maybeKey(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length);
    PREFIX_MAYBE[key >>> 5] |= 1 << (key & 31);
    PREFIX_FIRST[word.charCodeAt(0) >> 5] |= 1 << (word.charCodeAt(0) & 31);
    maxPrefix = Math.max(maxPrefix, word.length);
  } else {
    maxWanted = Math.max(maxWanted, word.length);
  }
  return id;
}

// The words and their hashes as typed arrays, for the look-ups the index makes at every word of
// a text (a Map and the words' strings cost more): rebuilt when words were added since (all
// scans are made while the modules load).
/** The units of every word, one word after the other: WORDS[id] is UNITS[WORD_AT[id], WORD_AT[id] + WORD_LENGTH[id]). */
let UNITS = new Uint16Array(0);
let WORD_AT = new Int32Array(0);
let WORD_LENGTH = new Int32Array(0);
/** The next id with the same hash (in WANTED or PREFIXES), -1 after the last. */
let SAME_HASH = new Int32Array(0);
/** WORDS.length when the arrays and tables were built. */
let builtFor = -1;

/** WANTED or PREFIXES as an open-addressing table: a word of the text is looked up in a probe or two, most into an empty slot. */
class WordTable {
  /** keys[slot]: a hash; heads[slot]: 1 + the first id with that hash, 0 for an empty slot. */
  private keys = new Int32Array(0);
  private heads = new Int32Array(0);
  private mask = 0;

  constructor(private readonly byHash: Map<number, number[]>) {}

  build(): void {
    let size = 64;
    while (size < 4 * this.byHash.size) size *= 2;
    this.keys = new Int32Array(size);
    this.heads = new Int32Array(size);
    this.mask = size - 1;
    for (const [h, ids] of this.byHash) {
      let slot = slotOf(h) & this.mask;
      while (this.heads[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = h;
      this.heads[slot] = ids[0] + 1;
      for (let k = 0; k < ids.length; k++) SAME_HASH[ids[k]] = k + 1 < ids.length ? ids[k + 1] : -1;
    }
  }

  /** The id of the word with hash h that the class-2 units text[i, i + len) spell in lower case; -1 when none. */
  find(text: string, h: number, i: number, len: number): number {
    for (let slot = slotOf(h) & this.mask; ; slot = (slot + 1) & this.mask) {
      const head = this.heads[slot];
      if (head === 0) return -1;
      if (this.keys[slot] !== h) continue;
      next: for (let id = head - 1; id >= 0; id = SAME_HASH[id]) {
        if (WORD_LENGTH[id] !== len) continue;
        const at = WORD_AT[id];
        for (let p = 0; p < len; p++) if (LOWER[text.charCodeAt(i + p)] !== UNITS[at + p]) continue next;
        return id;
      }
      return -1;
    }
  }
}
const slotOf = (h: number) => Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 16;
const WANTED_TABLE = new WordTable(WANTED);
const PREFIX_TABLE = new WordTable(PREFIXES);

function buildTables(): void {
  let total = 0;
  for (const w of WORDS) total += w.length;
  UNITS = new Uint16Array(total);
  WORD_AT = new Int32Array(WORDS.length);
  WORD_LENGTH = new Int32Array(WORDS.length);
  SAME_HASH = new Int32Array(WORDS.length);
  let at = 0;
  WORDS.forEach((w, id) => {
    WORD_AT[id] = at;
    WORD_LENGTH[id] = w.length;
    for (let k = 0; k < w.length; k++) UNITS[at++] = w.charCodeAt(k);
  });
  WANTED_TABLE.build();
  PREFIX_TABLE.build();
  builtFor = WORDS.length;
}

// The (word id, position) pairs a text's words give, in text order, gathered in buffers kept
// from one text to the next (grown when a text needs more) and then grouped by word.
let PAIR_IDS = new Int32Array(1024);
let PAIR_POSITIONS = new Int32Array(1024);
let DIGIT_RUNS = new Int32Array(1024);
/** The candidates a scan keeps, before they are copied out. */
let KEPT = new Int32Array(1024);

/** No ids, no candidates. */
const NONE: readonly number[] = [];

/**
 * Per word id: how often the text being indexed has it (all zeros between texts), and where
 * its positions begin and end. Shared by the indexes: only the index of the text being analyzed
 * is read (wordIndex() makes one per text, and a scan's candidates are taken from it at once),
 * and it reads only the entries of the words it found.
 */
let COUNT = new Int32Array(0);
let FROM = new Int32Array(0);
let TO = new Int32Array(0);

class WordIndex {
  /** The positions of each word found (or of the words that begin with the prefix), grouped by word and ascending. */
  readonly positions: Int32Array;
  /** By word id, for the words found: where its positions begin and end in `positions` (shared: see COUNT). */
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** The ids found in the text. */
  readonly found: number[] = [];
  /** Starts of runs of ASCII digits, ascending. */
  readonly digitRuns: Int32Array;
  /** False when some word has a character whose lower case could hide a case-insensitive match. */
  readonly foldSafe: boolean;
  readonly wanted = WORDS.length;
  readonly scans = ALL_SCANS.length;
  /** By scan (index in ALL_SCANS): the ids of its words found in the text, made on first use. */
  private byScan?: number[][];

  constructor(readonly text: string) {
    if (builtFor !== WORDS.length) buildTables();
    const n = text.length;
    if (COUNT.length < WORDS.length) [COUNT, FROM, TO] = [new Int32Array(WORDS.length), new Int32Array(WORDS.length), new Int32Array(WORDS.length)];
    const count = COUNT;
    let pairs = 0;
    let runs = 0;
    let safe = true;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      let u = UNIT[c] || unitOf(c);
      if (u === 1) {
        i++;
        continue;
      }
      // A word: [i, j). Its lower case is read unit by unit (class 2 only), which is what
      // toLowerCase gives for such words; its prefixes are looked up as it is read.
      let other = -1; // the first class-3 unit
      let prevDigit = false; // the unit before a word is no word unit, so no digit
      const first = u - 3; // (-1 for a class-3 unit: no prefix begins with it)
      const prefixes = first >= 0 && (PREFIX_FIRST[first >> 5] >>> (first & 31)) & 1 ? maxPrefix : 0;
      let h = 0;
      let j = i;
      for (;;) {
        if (u === 2) {
          if (other < 0) other = j;
        } else if (other < 0) {
          const lc = u - 3;
          h = hashStep(h, lc);
          const len = j - i + 1;
          if (len <= prefixes) {
            const key = maybeKey(first, lc, len);
            if ((PREFIX_MAYBE[key >>> 5] >>> (key & 31)) & 1) {
              const id = PREFIX_TABLE.find(text, h, i, len);
              if (id >= 0) {
                if (pairs === PAIR_IDS.length) growPairs();
                PAIR_IDS[pairs] = id;
                PAIR_POSITIONS[pairs++] = i;
                if (count[id]++ === 0) this.found.push(id);
              }
            }
          }
        }
        const digit = c >= 0x30 && c <= 0x39;
        if (digit && !prevDigit) {
          if (runs === DIGIT_RUNS.length) DIGIT_RUNS = grown(DIGIT_RUNS);
          DIGIT_RUNS[runs++] = j;
        }
        prevDigit = digit;
        if (++j >= n) break;
        c = text.charCodeAt(j);
        u = UNIT[c] || unitOf(c);
        if (u === 1) break;
      }
      // A word with another kind of character is no lexicon word (case-sensitive scans), and
      // case-insensitive scans do not use the index for this text.
      if (other >= 0) safe = false;
      else if (j - i <= maxWanted) {
        const id = WANTED_TABLE.find(text, h, i, j - i);
        if (id >= 0) {
          if (pairs === PAIR_IDS.length) growPairs();
          PAIR_IDS[pairs] = id;
          PAIR_POSITIONS[pairs++] = i;
          if (count[id]++ === 0) this.found.push(id);
        }
      }
      i = j;
    }
    this.foldSafe = safe;
    this.digitRuns = DIGIT_RUNS.slice(0, runs);
    // grouped by word: each word's slice of `positions`, filled in text order
    this.from = FROM;
    this.to = TO;
    let at = 0;
    for (const id of this.found) {
      FROM[id] = TO[id] = at;
      at += count[id];
      count[id] = 0; // COUNT is all zeros again for the next text
    }
    this.positions = new Int32Array(pairs);
    for (let p = 0; p < pairs; p++) this.positions[TO[PAIR_IDS[p]]++] = PAIR_POSITIONS[p];
  }

  /** The ids of the words of scan `scan` that the text has. */
  idsOf(scan: number): readonly number[] {
    if (!this.byScan) {
      this.byScan = new Array(this.scans);
      for (const id of this.found) for (const s of WANTERS[id]) (this.byScan[s] ??= []).push(id);
    }
    return this.byScan[scan] ?? NONE;
  }
}

function growPairs(): void {
  PAIR_IDS = grown(PAIR_IDS);
  PAIR_POSITIONS = grown(PAIR_POSITIONS);
}

/** A copy of `a` with room for `least` units at least (twice as many as it has, or more). */
function grown(a: Int32Array<ArrayBuffer>, least = 0): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(a.length * 2, least));
  b.set(a);
  return b;
}

let last: WordIndex | undefined;

/** Forgets the index of the previous text (analyze() calls it first). */
export function forgetWordIndex(): void {
  last = undefined;
}

/** The word index of `text`, built once for the text being analyzed. */
function wordIndex(text: string): WordIndex {
  if (!last || last.text !== text || last.wanted !== WORDS.length || last.scans !== ALL_SCANS.length) last = new WordIndex(text);
  return last;
}

/** The first word of a phrase as the index sees it: lower case, up to the first non-word character. */
function firstWord(phrase: string): string {
  const s = phrase.trim().toLowerCase();
  let j = 0;
  while (j < s.length && classOf(s.charCodeAt(j)) !== 1) j++;
  return s.slice(0, j);
}

// sĩ/sỹ: phrasePattern (patterns.ts) lets the final i/y of a word after a consonant be either.
const I_Y_SWAP: Record<string, string> = { i: 'y', y: 'i', í: 'ý', ý: 'í', ì: 'ỳ', ỳ: 'ì', ỉ: 'ỷ', ỷ: 'ỉ', ĩ: 'ỹ', ỹ: 'ĩ', ị: 'ỵ', ỵ: 'ị' };

/** A phrase's first word and, when the pattern lets its final i/y be written either way, the other spelling. */
function firstWordForms(phrase: string): string[] {
  const w = firstWord(phrase);
  if (!w) throw new Error(`WordScan: '${phrase}' does not start with a word`);
  const whole = phrase.trim().split(/\s+/)[0].toLowerCase() === w;
  const m = /^(.*[bcdđghklmnprstvx])([iyíýìỳỉỷĩỹịỵ])$/u.exec(w);
  return whole && m ? [w, m[1] + I_Y_SWAP[m[2]]] : [w];
}

/**
 * A rule's leading look-behind for a word's edge, after an optional look-ahead for its first
 * letters and the opening of a group: it holds wherever the unit before is no letter, mark or
 * digit (nor half of one).
 */
const LEADING_EDGE = /^((?:\(\?=(?:\[[^\]]*\]|\\d)\))?(?:\(\?:)?)\(\?<!\[\\p\{L\}(?:\\p\{M\}(?:\\p\{N\})?)?\]\)/;

/**
 * Whether the look-behind sits in a group (opened at the end of `head`) that may repeat: then it
 * is also tried further on, where the index says nothing, and must stay ('(?:(?<!…)x)?' may go).
 */
function repeatedGroupAt(source: string, head: string): boolean {
  if (!head.endsWith('(?:')) return false;
  let depth = 1;
  let i = head.length;
  for (; i < source.length && depth > 0; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
  }
  const q = source[i];
  return q === '*' || q === '+' || (q === '{' && !/^\{[01](?:,[01])?\}/.test(source.slice(i)));
}

/** The same look-behind written after a rule's first word: 'tháng(?<![\p{L}\p{M}\p{N}]tháng)'. */
const KEYWORD_EDGE = narrowable(String.raw`^([\p{L}\p{M} ]+)\(\?<!\[\\p\{L\}(?:\\p\{M\}(?:\\p\{N\})?)?\]\1\)`, 'u');

/** Texts shorter than this are scanned with the regex alone: no index is worth building. */
const SHORT = 200;

export interface ScanOptions {
  /** A match may begin with an ASCII digit. */
  digits?: boolean;
  /** The text's word at a match may run on past the phrase's first word ('QĐ977/…', 'ẢnhLan'). */
  prefix?: boolean;
  /**
   * Every match (that does not begin with a digit) begins with one of the phrases whole, its
   * words joined by runs of spaces as phrasePattern (patterns.ts) writes them: then a first
   * word that only begins phrases of several words counts only where the text's next word
   * begins as one of their second words do ('công văn', not 'công tác').
   */
  whole?: boolean;
  /**
   * With `whole`, for a case-sensitive rule: every match's phrase is followed by spaces and an
   * upper-case letter ('ông Minh', 'Bí thư Lan'): then a one-word phrase counts only where
   * that follows it ('ông Minh', not 'ông nói').
   */
  capitalAfter?: boolean;
}

/** Every scan made, in order (tests check each against its regex run plainly). */
export const ALL_SCANS: WordScan[] = [];

/** The first scan made for each candidatesKey(). */
const SCAN_BY_KEY = new Map<string, WordScan>();

/**
 * What a scan's candidates depend on: its phrases (as a set: their order changes nothing), its
 * options, and whether its rule ignores case (a case-sensitive rule keeps only the positions
 * whose first letter is as a phrase writes it).
 */
function candidatesKey(starts: readonly string[], options: ScanOptions, ignoreCase: boolean): string {
  const { digits, prefix, whole, capitalAfter } = options;
  return JSON.stringify([[...new Set(starts)].sort(), !!digits, !!prefix, !!whole, !!capitalAfter, ignoreCase]);
}

export class WordScan {
  private readonly sticky: RegExp;
  /**
   * The rule without its leading look-behind for a word's edge ('(?<![\p{L}\p{M}\p{N}])', after
   * a first-letter look-ahead if any), for positions after a unit that is no word character: there
   * the look-behind holds, and checking it is most of the cost of a failed try (the engine calls
   * out to search its class's ranges).
   */
  private readonly afterEdge?: RegExp;
  private readonly words: string[];
  /** Its index in ALL_SCANS. */
  private readonly index: number;
  private readonly ignoreCase: boolean;
  /** For a case-sensitive rule: the first characters its phrases begin with, as written (a bit set of UTF-16 units). */
  private readonly firstChars?: Int32Array;
  /**
   * With `whole`, by word id: the second words of the phrases it begins, lower case, by their
   * first unit (no entry: a one-word phrase begins with it).
   */
  private readonly seconds = new Map<number, Map<number, string[]>>();
  /** The same by word id, for the look-ups per candidate. */
  private readonly secondsById: (Map<number, string[]> | undefined)[];
  /** With `capitalAfter`, by word id: 1 when the word is a whole phrase, 2 when it only begins phrases (a capital after it is then no reason to keep it). */
  private readonly alone?: Uint8Array;
  private cachedFor?: WordIndex;
  private cached: ArrayLike<number> = [];
  /**
   * An earlier scan made with the same phrases, options and case: its candidates are this
   * scan's too, so they are gathered once per text for both ('tháng' starts three date rules).
   */
  private readonly twin?: WordScan;

  /**
   * `re`: the rule, a global regex. `starts`: phrases one of which begins every match (their
   * first words are looked up); `options.digits` when a match may also begin with a digit.
   */
  constructor(readonly re: RegExp, starts: readonly string[], private readonly options: ScanOptions = {}) {
    if (!re.global) throw new Error('WordScan: the regex must be global');
    this.sticky = narrowable(re.source, re.flags.replace('g', '') + 'y');
    const edge = LEADING_EDGE.exec(re.source) ?? KEYWORD_EDGE.exec(re.source);
    if (edge && !repeatedGroupAt(re.source, edge[1])) this.afterEdge = narrowable(edge[1] + re.source.slice(edge[0].length), this.sticky.flags);
    this.words = [...new Set(starts.flatMap(firstWordForms))];
    this.index = ALL_SCANS.length;
    const key = candidatesKey(starts, options, re.ignoreCase);
    this.twin = SCAN_BY_KEY.get(key);
    if (!this.twin) SCAN_BY_KEY.set(key, this);
    const ids = new Set(this.words.map((w) => want(w, !!options.prefix)));
    if (!this.twin) for (const id of ids) WANTERS[id].push(this.index);
    this.ignoreCase = re.ignoreCase;
    if (!re.ignoreCase) {
      this.firstChars = new Int32Array(0x10000 >> 5);
      for (const p of starts) {
        const c = p.trim().charCodeAt(0);
        this.firstChars[c >> 5] |= 1 << (c & 31);
      }
    }
    if (options.capitalAfter && (!options.whole || options.prefix || re.ignoreCase)) {
      throw new Error('WordScan: capitalAfter needs whole, a case-sensitive rule and no prefix');
    }
    if (options.capitalAfter) this.alone = new Uint8Array(WORDS.length);
    if (options.whole) this.collectSeconds(starts);
    this.secondsById = Array.from({ length: WORDS.length }, (_, id) => this.seconds.get(id));
    ALL_SCANS.push(this);
  }

  private collectSeconds(starts: readonly string[]): void {
    // ids that no filter may drop: a first token with more than a word in it ('T.Ư'), or a
    // one-word phrase without `capitalAfter`
    const open = new Set<number>();
    for (const phrase of starts) {
      const tokens = phrase.trim().split(/\s+/);
      const ids = firstWordForms(phrase).map((w) => want(w, !!this.options.prefix));
      const whole = tokens[0].toLowerCase() === firstWord(phrase);
      const rest = tokens.length > 1 && whole ? tokens.slice(1).join(' ') : '';
      const second = rest && firstWord(rest) ? firstWordForms(rest) : undefined;
      for (const id of ids) {
        if (!second) {
          if (this.alone && whole && tokens.length === 1) this.alone[id] = 1;
          else open.add(id);
          continue;
        }
        const byUnit = this.seconds.get(id) ?? new Map<number, string[]>();
        this.seconds.set(id, byUnit);
        for (const w of second) {
          const list = byUnit.get(w.charCodeAt(0)) ?? [];
          if (!list.includes(w)) list.push(w);
          byUnit.set(w.charCodeAt(0), list);
        }
      }
    }
    for (const id of open) {
      this.seconds.delete(id);
      if (this.alone) this.alone[id] = 0;
    }
    // a word that only begins phrases of several words
    if (this.alone) for (const id of this.seconds.keys()) if (this.alone[id] === 0) this.alone[id] = 2;
  }

  /** Is the word `id` at p followed by spaces and an upper-case letter? */
  private capitalFollows(text: string, p: number, id: number): boolean {
    let q = p + WORDS[id].length;
    if (text.charCodeAt(q) !== 0x20) return false;
    while (text.charCodeAt(q) === 0x20) q++;
    return upperAt(text.charCodeAt(q));
  }

  /**
   * Could a `whole` phrase beginning with word `id` (at p) match here? Its first word must be
   * followed by spaces and a word that begins as one of the phrases' second words. A word
   * with a character whose lower case is not plain (class 3) is let through: the regex decides.
   */
  private secondWordFits(text: string, p: number, id: number, seconds: Map<number, string[]>): boolean {
    let q = p + WORDS[id].length;
    if (text.charCodeAt(q) !== 0x20) return false;
    while (text.charCodeAt(q) === 0x20) q++;
    const c0 = text.charCodeAt(q);
    const kind0 = CLASS[c0] || classOf(c0);
    if (kind0 === 3) return true;
    if (kind0 !== 2) return false;
    const words = seconds.get(LOWER[c0]);
    if (!words) return false;
    next: for (const w of words) {
      for (let k = 1; k < w.length; k++) {
        const c = text.charCodeAt(q + k);
        const kind = CLASS[c] || classOf(c);
        if (kind === 3) return true;
        if (kind !== 2 || LOWER[c] !== w.charCodeAt(k)) continue next;
      }
      return true;
    }
    return false;
  }

  private candidates(index: WordIndex): ArrayLike<number> {
    if (this.twin) return this.twin.candidates(index);
    if (this.cachedFor !== index) {
      // The positions kept (in KEPT), from every word of the scan the text has: ascending within
      // a word, sorted together at the end (a position comes twice only when one prefix begins another).
      let kept = 0;
      let words = 0;
      // The index is lower case; a case-sensitive rule matches only where the first letter is as written.
      const first = this.firstChars;
      const text = index.text;
      const positions = index.positions;
      for (const id of index.idsOf(this.index)) {
        const seconds = this.secondsById[id];
        // 0: no capitalAfter filter; 1: a one-word phrase (and perhaps the first word of longer ones); 2: only longer ones
        const alone = this.alone ? this.alone[id] : 0;
        const before = kept;
        if (kept + index.to[id] - index.from[id] > KEPT.length) KEPT = grown(KEPT, kept + index.to[id] - index.from[id]);
        for (let k = index.from[id], end = index.to[id]; k < end; k++) {
          const p = positions[k];
          if (first) {
            const c = text.charCodeAt(p);
            if (((first[c >> 5] >>> (c & 31)) & 1) === 0) continue;
          }
          if (alone === 1) {
            if (!this.capitalFollows(text, p, id) && !(seconds && this.secondWordFits(text, p, id, seconds))) continue;
          } else if (seconds && !this.secondWordFits(text, p, id, seconds)) continue;
          KEPT[kept++] = p;
        }
        if (kept > before) words++;
      }
      // A scan that only starts at digits in this text takes the index's digit runs as they are:
      // no copy, no sort (four digit scans run on every text).
      if (kept === 0 && this.options.digits) {
        this.cached = index.digitRuns;
        this.cachedFor = index;
        return this.cached;
      }
      if (this.options.digits && index.digitRuns.length > 0) {
        if (kept + index.digitRuns.length > KEPT.length) KEPT = grown(KEPT, kept + index.digitRuns.length);
        KEPT.set(index.digitRuns, kept);
        kept += index.digitRuns.length;
        words++;
      }
      if (kept === 0) {
        this.cached = NONE;
        this.cachedFor = index;
        return NONE;
      }
      let cands = KEPT.slice(0, kept);
      if (words > 1) {
        cands.sort();
        let n = 0;
        for (let k = 0; k < cands.length; k++) if (k === 0 || cands[k] !== cands[k - 1]) cands[n++] = cands[k];
        if (n < cands.length) cands = cands.slice(0, n);
      }
      this.cached = cands;
      this.cachedFor = index;
    }
    return this.cached;
  }

  /** The word index, when it can be used for this text (else the plain regex runs). */
  private usable(text: string): WordIndex | undefined {
    if (text.length < SHORT) return undefined;
    const index = wordIndex(text);
    // Lower-cased words stand for case-insensitive matches only when lower-casing is faithful.
    if (this.ignoreCase && this.words.length && !index.foldSafe) return undefined;
    return index;
  }

  /** The match that starts at `p`, if any. */
  private at(text: string, p: number): RegExpExecArray | null {
    const c = p > 0 ? text.charCodeAt(p - 1) : 0x20;
    // (a surrogate may be half of a letter the look-behind sees)
    const re = this.afterEdge && (CLASS[c] || classOf(c)) === 1 && (c < 0xd800 || c > 0xdfff) ? this.afterEdge : this.sticky;
    re.lastIndex = p;
    return re.exec(text);
  }

  /** Every match, as [...text.matchAll(re)]. */
  all(text: string): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    const index = this.usable(text);
    if (!index) {
      for (let m, from = 0; (m = this.next(text, from)); from = m.index + Math.max(1, m[0].length)) out.push(m);
      return out;
    }
    // What next() would find from the end of each match, in one walk over the candidates.
    const cands = this.candidates(index);
    let from = 0;
    for (let k = 0; k < cands.length; k++) {
      if (cands[k] < from) continue;
      const m = this.at(text, cands[k]);
      if (!m) continue;
      out.push(m);
      from = m.index + Math.max(1, m[0].length);
    }
    return out;
  }

  /** The first match at or after `from`, as `re.exec(text)` with lastIndex `from` finds it. */
  next(text: string, from: number): RegExpExecArray | null {
    const index = this.usable(text);
    if (!index) {
      this.re.lastIndex = from;
      const m = this.re.exec(text);
      this.re.lastIndex = 0;
      return m;
    }
    const cands = this.candidates(index);
    for (let k = lowerBound(cands, from); k < cands.length; k++) {
      const m = this.at(text, cands[k]);
      if (m) return m;
    }
    return null;
  }
}
