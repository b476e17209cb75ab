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

/** Per UTF-16 unit: 0 not looked at yet, 1 no word character, 2 a word character whose
 * lower case is one unit and matches as the regex engine's case-insensitive mode does,
 * 3 any other word character (lower-casing it could hide a case-insensitive match). */
const CLASS = new Uint8Array(0x10000);
/** The lower case of each class-2 unit (filled with CLASS). */
const LOWER = new Uint16Array(0x10000);
const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}]$/u;

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

/** Letters whose case pairs are plain one-to-one (ASCII, Latin-1, Latin Extended-A, ơ ư, Vietnamese). */
function simpleCase(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x17e && c !== 0xdf && c !== 0x130 && c !== 0x131 && c !== 0x149) ||
    (c >= 0x1a0 && c <= 0x1b0) || (c >= 0x1ea0 && c <= 0x1ef9);
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Lower-cased first words some scan wants, as ids (into WORDS), by a hash of their units (hashStep). */
const WANTED = new Map<number, number[]>();
/** The words by id: a word wanted whole and the same word wanted as a prefix have two ids. */
const WORDS: string[] = [];
/** (first unit, last unit, length) of the wanted words, to skip most words before hashing them. */
const MAYBE = new Uint8Array(0x10000);
const maybeKey = (first: number, last: number, length: number) => (first * 961 + last * 31 + length) & 0xffff;
let maxWanted = 0;
/** The same for words a text's word may only begin with (scans with `prefix`). */
const PREFIXES = new Map<number, number[]>();
const PREFIX_MAYBE = new Uint8Array(0x10000);
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
  if (same) same.push(id);
  else table.set(h, [id]);
  const key = maybeKey(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length);
  if (prefix) {
    PREFIX_MAYBE[key] = 1;
    maxPrefix = Math.max(maxPrefix, word.length);
  } else {
    MAYBE[key] = 1;
    maxWanted = Math.max(maxWanted, word.length);
  }
  return id;
}

class WordIndex {
  /** By word id: the positions of the word (or of the words that begin with the prefix), ascending. */
  // Sized up front: ids are spread over all the words scans want, and an array grown by
  // writing at such indexes would become a slow dictionary.
  readonly at: (number[] | undefined)[] = new Array(WORDS.length);
  /** The ids found in the text. */
  readonly found: number[] = [];
  /** Starts of runs of ASCII digits. */
  readonly digitRuns: number[] = [];
  /** False when some word has a character whose lower case could hide a case-insensitive match. */
  readonly foldSafe: boolean;
  readonly wanted = WORDS.length;

  constructor(readonly text: string) {
    const n = text.length;
    let safe = true;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      let k = CLASS[c] || classOf(c);
      if (k === 1) {
        i++;
        continue;
      }
      // A word: [i, j). Its lower case is read unit by unit from LOWER (class 2 only), which
      // is what toLowerCase gives for such words; its prefixes are looked up as it is read.
      let other = -1; // the first class-3 unit
      let prevDigit = i > 0 && isDigit(text.charCodeAt(i - 1));
      const first = LOWER[c];
      let lc = first;
      let h = 0;
      let j = i;
      for (;;) {
        if (k === 3) {
          if (other < 0) other = j;
        } else if (other < 0) {
          lc = LOWER[c];
          h = hashStep(h, lc);
          const len = j - i + 1;
          if (len <= maxPrefix && PREFIX_MAYBE[maybeKey(first, lc, len)]) this.add(PREFIXES.get(h), i, len);
        }
        const digit = c >= 0x30 && c <= 0x39;
        if (digit && !prevDigit) this.digitRuns.push(j);
        prevDigit = digit;
        if (++j >= n) break;
        c = text.charCodeAt(j);
        k = CLASS[c] || classOf(c);
        if (k === 1) break;
      }
      // A word with another kind of character is no lexicon word (case-sensitive scans), and
      // case-insensitive scans do not use the index for this text.
      if (other >= 0) safe = false;
      else if (j - i <= maxWanted && MAYBE[maybeKey(first, lc, j - i)]) this.add(WANTED.get(h), i, j - i);
      i = j;
    }
    this.foldSafe = safe;
  }

  /** Records position i under the one of `ids` (same hash) that the class-2 units [i, i + len) spell in lower case. */
  private add(ids: number[] | undefined, i: number, len: number): void {
    if (!ids) return;
    next: for (const id of ids) {
      const w = WORDS[id];
      if (w.length !== len) continue;
      for (let p = 0; p < len; p++) if (LOWER[this.text.charCodeAt(i + p)] !== w.charCodeAt(p)) continue next;
      const list = this.at[id];
      if (list) list.push(i);
      else {
        this.at[id] = [i];
        this.found.push(id);
      }
      return;
    }
  }
}

let last: WordIndex | undefined;

/** Forgets the index of the previous text (analyze() calls it first). */
export function forgetWordIndex(): void {
  last = undefined;
}

/** The word index of `text`, built once for the text being analyzed. */
function wordIndex(text: string): WordIndex {
  if (!last || last.text !== text || last.wanted !== WORDS.length) last = new WordIndex(text);
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
}

/** Two ascending lists as one, each position once (a position is in two lists only when one prefix begins another). */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x <= y) {
      out.push(x);
      i++;
      if (x === y) j++;
    } else {
      out.push(y);
      j++;
    }
  }
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** Every scan made, in order (tests check each against its regex run plainly). */
export const ALL_SCANS: WordScan[] = [];

export class WordScan {
  private readonly sticky: RegExp;
  private readonly words: string[];
  /** By word id: 1 for the ids of this scan's words. */
  private readonly mine: Uint8Array;
  /** The ids of this scan's words. */
  private readonly ids: number[];
  private readonly ignoreCase: boolean;
  /** For a case-sensitive rule: the first characters its phrases begin with, as written. */
  private readonly firstChars?: Set<number>;
  /**
   * With `whole`, by word id: the second words of the phrases it begins, lower case, by their
   * first unit (no entry: a one-word phrase begins with it).
   */
  private readonly seconds = new Map<number, Map<number, string[]>>();
  private cachedFor?: WordIndex;
  private cached: readonly number[] = [];

  /**
   * `re`: the rule, a global regex. `starts`: phrases one of which begins every match (their
   * first words are looked up); `options.digits` when a match may also begin with a digit.
   */
  constructor(readonly re: RegExp, starts: readonly string[], private readonly options: ScanOptions = {}) {
    if (!re.global) throw new Error('WordScan: the regex must be global');
    this.sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
    this.words = [...new Set(starts.flatMap(firstWordForms))];
    const ids = this.words.map((w) => want(w, !!options.prefix));
    this.ids = [...new Set(ids)];
    this.mine = new Uint8Array(WORDS.length);
    for (const id of ids) this.mine[id] = 1;
    this.ignoreCase = re.ignoreCase;
    if (!re.ignoreCase) this.firstChars = new Set(starts.map((p) => p.trim().charCodeAt(0)));
    if (options.whole) this.collectSeconds(starts);
    ALL_SCANS.push(this);
  }

  private collectSeconds(starts: readonly string[]): void {
    const single = new Set<number>();
    for (const phrase of starts) {
      const tokens = phrase.trim().split(/\s+/);
      const ids = firstWordForms(phrase).map((w) => want(w, !!this.options.prefix));
      // A first token with more than a word in it ('T.Ư'), or no second token: no filter.
      const rest = tokens.length > 1 && tokens[0].toLowerCase() === firstWord(phrase) ? tokens.slice(1).join(' ') : '';
      const second = rest && firstWord(rest) ? firstWordForms(rest) : undefined;
      for (const id of ids) {
        if (!second) {
          single.add(id);
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
    for (const id of single) this.seconds.delete(id);
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

  private candidates(index: WordIndex): readonly number[] {
    if (this.cachedFor !== index) {
      const lists: number[][] = [];
      // The index is lower case; a case-sensitive rule matches only where the first letter is as written.
      const first = this.firstChars;
      const text = index.text;
      // Whichever list is shorter: this scan's words, or the wanted words the text has.
      const own = this.ids.length <= index.found.length;
      for (const id of own ? this.ids : index.found) {
        let list = index.at[id];
        if (!list || (!own && this.mine[id] !== 1)) continue;
        const seconds = this.seconds.get(id);
        if (first || seconds) {
          const kept: number[] = [];
          for (const p of list) {
            if (first && !first.has(text.charCodeAt(p))) continue;
            if (seconds && !this.secondWordFits(text, p, id, seconds)) continue;
            kept.push(p);
          }
          list = kept;
        }
        if (list.length > 0) lists.push(list);
      }
      if (this.options.digits && index.digitRuns.length > 0) lists.push(index.digitRuns);
      // Each list is ascending: merged two by two.
      while (lists.length > 1) {
        for (let k = 0; k + 1 < lists.length; k++) lists.splice(k, 2, mergeSorted(lists[k], lists[k + 1]));
      }
      this.cached = lists.length > 0 ? lists[0] : [];
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
    this.sticky.lastIndex = p;
    return this.sticky.exec(text);
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
