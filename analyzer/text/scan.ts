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
// space, punctuation or a word edge): true of every pattern given a WordScan below. Digit
// scans ('digits') start at every run of ASCII digits instead.

/** Per UTF-16 unit: 0 not looked at yet, 1 no word character, 2 a word character whose
 * lower case is one unit and matches as the regex engine's case-insensitive mode does,
 * 3 any other word character (lower-casing it could hide a case-insensitive match). */
const CLASS = new Uint8Array(0x10000);
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

/** Lower-cased first words some scan wants → unused value; the index keeps only their positions. */
const WANTED = new Set<string>();
/** (first unit, last unit, length) of the wanted words, to skip most words without building their string. */
const MAYBE = new Uint8Array(0x10000);
const maybeKey = (first: number, last: number, length: number) => (first * 961 + last * 31 + length) & 0xffff;
let maxWanted = 0;

function want(word: string): void {
  if (WANTED.has(word)) return;
  WANTED.add(word);
  MAYBE[maybeKey(word.charCodeAt(0), word.charCodeAt(word.length - 1), word.length)] = 1;
  maxWanted = Math.max(maxWanted, word.length);
}

class WordIndex {
  /** Positions of each wanted word, ascending. */
  readonly at = new Map<string, number[]>();
  /** Starts of runs of ASCII digits. */
  readonly digitRuns: number[] = [];
  /** False when some word has a character whose lower case could hide a case-insensitive match. */
  readonly foldSafe: boolean;
  readonly wanted = WANTED.size;

  constructor(readonly text: string) {
    const n = text.length;
    // Lower case of the whole text when it keeps every offset (else word by word).
    let lower: string | undefined = text.toLowerCase();
    if (lower.length !== n) lower = undefined;
    let safe = true;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      let k = CLASS[c] || classOf(c);
      if (k === 1) {
        i++;
        continue;
      }
      // A word: [i, j).
      let wordSafe = true;
      let prevDigit = i > 0 && isDigit(text.charCodeAt(i - 1));
      let j = i;
      for (;;) {
        if (k === 3) wordSafe = false;
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
      if (!wordSafe) safe = false;
      else if (j - i <= maxWanted) {
        const first = lower ? lower.charCodeAt(i) : text.slice(i, i + 1).toLowerCase().charCodeAt(0);
        const last = lower ? lower.charCodeAt(j - 1) : text.slice(j - 1, j).toLowerCase().charCodeAt(0);
        if (MAYBE[maybeKey(first, last, j - i)]) {
          const w = lower ? lower.slice(i, j) : text.slice(i, j).toLowerCase();
          if (WANTED.has(w)) {
            const list = this.at.get(w);
            if (list) list.push(i);
            else this.at.set(w, [i]);
          }
        }
      }
      i = j;
    }
    this.foldSafe = safe;
  }
}

let last: WordIndex | undefined;

/** The word index of `text`, built once for the text being analyzed. */
function wordIndex(text: string): WordIndex {
  if (!last || last.text !== text || last.wanted !== WANTED.size) last = new WordIndex(text);
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
}

export class WordScan {
  private readonly sticky: RegExp;
  private readonly words: string[];
  /** For a case-sensitive rule: the first characters its phrases begin with, as written. */
  private readonly firstChars?: Set<number>;
  private cachedFor?: WordIndex;
  private cached: ArrayLike<number> = [];

  /**
   * `re`: the rule, a global regex. `starts`: phrases one of which begins every match (their
   * first words are looked up); `options.digits` when a match may also begin with a digit.
   */
  constructor(readonly re: RegExp, starts: readonly string[], private readonly options: ScanOptions = {}) {
    if (!re.global) throw new Error('WordScan: the regex must be global');
    this.sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
    this.words = [...new Set(starts.flatMap(firstWordForms))];
    for (const w of this.words) want(w);
    if (!re.ignoreCase) this.firstChars = new Set(starts.map((p) => p.trim().charCodeAt(0)));
  }

  private candidates(index: WordIndex): ArrayLike<number> {
    if (this.cachedFor !== index) {
      let lists = this.words.map((w) => index.at.get(w)).filter((l) => l !== undefined);
      // The index is lower case; a case-sensitive rule matches only where the first letter is as written.
      const first = this.firstChars;
      if (first) lists = lists.map((l) => l.filter((p) => first.has(index.text.charCodeAt(p))));
      if (this.options.digits) lists.push(index.digitRuns);
      if (lists.length === 1) this.cached = lists[0];
      else {
        // Each list is ascending and no position is in two of them.
        const all = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
        let o = 0;
        for (const l of lists) {
          all.set(l, o);
          o += l.length;
        }
        this.cached = all.sort();
      }
      this.cachedFor = index;
    }
    return this.cached;
  }

  /** The word index, when it can be used for this text (else the plain regex runs). */
  private usable(text: string): WordIndex | undefined {
    if (text.length < SHORT) return undefined;
    const index = wordIndex(text);
    // Lower-cased words stand for case-insensitive matches only when lower-casing is faithful.
    if (this.re.ignoreCase && this.words.length && !index.foldSafe) return undefined;
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
    for (let m, from = 0; (m = this.next(text, from)); from = m.index + Math.max(1, m[0].length)) out.push(m);
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
    let lo = 0;
    let hi = cands.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cands[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < cands.length; k++) {
      const m = this.at(text, cands[k]);
      if (m) return m;
    }
    return null;
  }
}
