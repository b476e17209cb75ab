// The one normalization that page text and extracted text are compared in: every white-space
// character (any Unicode space, NBSP, line and paragraph breaks) and every invisible one
// (soft hyphen, zero-width space / joiners, word joiner, BOM) is dropped, everything else
// is kept as it is (same case, same code points).
//
// Dropping white space rather than collapsing it makes the comparison blind to what the
// extractor adds or removes between blocks (a '\n' between two <p>, a '\t' between table
// cells, trimmed lines, '&nbsp;' spacers), and to text nodes that meet without a space in
// the DOM but with one in the extracted text. The price, two words matching their
// concatenation, does not arise in prose.
//
// Pure: no DOM. Used by text-index.ts (page side) and place.ts (extracted-text side).

/** Characters the comparison ignores. */
export function isIgnorable(code: number): boolean {
  // ASCII fast path: TAB LF VT FF CR and SPACE.
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0xad ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) || // en quad … hair space, ZWSP, ZWNJ, ZWJ
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export interface Squashed {
  /** The text without ignorable characters. */
  text: string;
  /** For each character of `text`, its offset in the original string. */
  toOriginal: Int32Array;
  /**
   * For each offset 0…original.length of the original string, the offset in `text` of the
   * first kept character at or after it (text.length past the last one).
   */
  fromOriginal: Int32Array;
}

/** The text without ignorable characters, with offset maps both ways. */
export function squash(original: string): Squashed {
  const n = original.length;
  const toOriginal = new Int32Array(n);
  const fromOriginal = new Int32Array(n + 1);
  const kept: string[] = [];
  let k = 0;
  let runStart = 0;
  for (let i = 0; i < n; i++) {
    fromOriginal[i] = k;
    if (isIgnorable(original.charCodeAt(i))) {
      if (i > runStart) kept.push(original.slice(runStart, i));
      runStart = i + 1;
      continue;
    }
    toOriginal[k++] = i;
  }
  if (n > runStart) kept.push(original.slice(runStart, n));
  fromOriginal[n] = k;
  return { text: kept.join(''), toOriginal: toOriginal.subarray(0, k), fromOriginal };
}

/** squash(s).text, without the maps. */
export function squashText(s: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isIgnorable(s.charCodeAt(i))) continue;
    if (i > runStart) out += s.slice(runStart, i);
    runStart = i + 1;
  }
  return runStart === 0 ? s : out + s.slice(runStart);
}

/** Characters that a and b have in common at their ends (a's end, b's end). */
export function commonSuffixLength(a: string, aEnd: number, b: string): number {
  let n = 0;
  const max = Math.min(aEnd, b.length);
  while (n < max && a.charCodeAt(aEnd - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** Characters that a (from aStart) and b have in common at their starts. */
export function commonPrefixLength(a: string, aStart: number, b: string): number {
  let n = 0;
  const max = Math.min(a.length - aStart, b.length);
  while (n < max && a.charCodeAt(aStart + n) === b.charCodeAt(n)) n++;
  return n;
}

export interface Occurrence {
  /** Offset of the quote in the haystack. */
  at: number;
  /** Characters of context that agree (before + after). */
  score: number;
}

/**
 * The occurrence of `quote` in `haystack` (all squashed) whose surroundings agree most with
 * `before` and `after`; on a tie the one nearest to `hint` (a proportion 0…1 of the
 * haystack). Undefined when the quote does not occur.
 */
export function bestOccurrence(
  haystack: string,
  quote: string,
  before: string,
  after: string,
  hint: number,
): Occurrence | undefined {
  if (!quote) return undefined;
  const expected = hint * haystack.length;
  let best: (Occurrence & { distance: number }) | undefined;
  for (let i = haystack.indexOf(quote); i >= 0; i = haystack.indexOf(quote, i + 1)) {
    const score = commonSuffixLength(haystack, i, before) + commonPrefixLength(haystack, i + quote.length, after);
    const distance = Math.abs(i - expected);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { at: i, score, distance };
  }
  return best && { at: best.at, score: best.score };
}
