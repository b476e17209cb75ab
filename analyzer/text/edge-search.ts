import { narrowable } from './narrow.ts';
// Whole-text searches for rules that begin with a look-behind for a word's edge:
// '(?<![\p{L}\p{M}])(?:một|năm|Một|Năm) (?=\p{L})'. Run plainly, the regex engine tries that
// look-behind at every position of the text before anything else, and for a class of Unicode
// properties each try calls out to search the class's ranges: on real articles such a search
// is about eight times slower than one that starts with the rule's first letters, which the
// engine skips ahead to. So the rule without its look-behind (its body) is searched, and the
// whole rule is tried, sticky, only where the body matches. A match of the rule is a match of
// its body at the same position, so the first position where the whole rule matches is found
// in the same order: the matches, their groups and their order are exactly those of
// `text.matchAll(re)` (test/edge-search.test.ts).

/** A leading negative look-behind of one character class: '(?<![\p{L}\p{M}\p{N}])'. */
const LEADING_LOOKBEHIND = /^\(\?<!\[[^\]]*\]\)/u;

export class EdgeSearch {
  /** The rule without its look-behind, global: where the rule may match. */
  private readonly body: RegExp;
  /** The whole rule, tried where the body matches. */
  private readonly sticky: RegExp;

  /** `re`: a global regex that begins with a negative look-behind of one character class. */
  constructor(readonly re: RegExp) {
    const edge = LEADING_LOOKBEHIND.exec(re.source);
    if (!edge || !re.global) throw new Error(`EdgeSearch: ${re.source.slice(0, 40)} must be global and begin with a look-behind of one class`);
    this.body = narrowable(re.source.slice(edge[0].length), re.flags);
    this.sticky = narrowable(re.source, re.flags.replace('g', '') + 'y');
  }

  /** The first match at or after `from`, as `re.exec(text)` with lastIndex `from` finds it. */
  next(text: string, from: number): RegExpExecArray | null {
    for (let q = from; q <= text.length; ) {
      this.body.lastIndex = q;
      const m = this.body.exec(text);
      if (!m) return null;
      this.sticky.lastIndex = m.index;
      const whole = this.sticky.exec(text);
      if (whole) return whole;
      q = this.after(text, m.index);
    }
    return null;
  }

  /** Every match, as [...text.matchAll(re)]. */
  all(text: string): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    for (let m, from = 0; (m = this.next(text, from)); from = m[0].length ? m.index + m[0].length : this.after(text, m.index)) out.push(m);
    return out;
  }

  /** The position after `p` where a search goes on: the next code point with the `u` flag, as the engine steps. */
  private after(text: string, p: number): number {
    const c = text.charCodeAt(p);
    return this.re.unicode && c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(p + 1) & 0xfc00) === 0xdc00 ? p + 2 : p + 1;
  }
}
