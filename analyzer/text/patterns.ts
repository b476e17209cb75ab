// Building blocks for the rules' regular expressions. JS `\b` and `\w` are ASCII-only,
// so word edges are written with Unicode properties (the `u` flag is always on).

/** Not preceded by a letter, mark or digit. */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
/** Not followed by a letter, mark or digit. */
export const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';
/** A capitalised syllable: 'Minh', 'Đắk', 'H\'' is not. */
export const CAP_WORD = "\\p{Lu}[\\p{Ll}\\p{M}]*";

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// i and y are interchangeable at the end of a syllable after a consonant: sĩ/sỹ, kỹ/kĩ, lý/lí.
const I_Y: Record<string, string> = {
  i: '[iy]', y: '[iy]', í: '[íý]', ý: '[íý]', ì: '[ìỳ]', ỳ: '[ìỳ]', ỉ: '[ỉỷ]', ỷ: '[ỉỷ]', ĩ: '[ĩỹ]', ỹ: '[ĩỹ]', ị: '[ịỵ]', ỵ: '[ịỵ]',
};

/**
 * A lexicon phrase as a pattern: escaped, any run of spaces between words, and the i/y
 * spelling of final syllables ('Chiến sĩ' also matches 'Chiến sỹ').
 */
export function phrasePattern(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  return words
    .map((w) => {
      const e = escapeRegExp(w);
      const m = /^(.*[bcdđghklmnprstvx])([iyíýìỳỉỷĩỹịỵ])$/iu.exec(e);
      return m ? m[1] + (I_Y[m[2].toLowerCase()] ?? m[2]) : e;
    })
    .join(' +');
}

/** Alternation of phrases, longest first so that the longest name wins. */
export function alternation(phrases: readonly string[]): string {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))];
  unique.sort((a, b) => b.length - a.length);
  return unique.map(phrasePattern).join('|');
}

const FINAL_Y: Record<string, string> = { y: 'i', ý: 'í', ỳ: 'ì', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị' };

/**
 * The same phrases as alternation(), for a look-behind (or a pattern anchored where the
 * phrase ends), grouped by their last word: 'Phó Chủ tịch', 'Chủ tịch' … become
 * '(?:Phó +Chủ +|Chủ +)tịch', so matching backwards reads each last word once instead of once
 * per phrase. Only phrases with the same last word (in any case, final i/y either way) can end
 * at the same place, and they keep alternation()'s order among themselves, so the phrase found
 * is the one the plain alternation finds. Not for a pattern whose phrases may end at different
 * places (forwards, 'Phó' before 'Phó Chủ tịch'): there the order across groups would count.
 */
export function alternationByLastWord(phrases: readonly string[]): string {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))];
  unique.sort((a, b) => b.length - a.length);
  const groups = new Map<string, string[]>();
  for (const p of unique) {
    const run = /[\p{L}\p{M}\p{N}]+$/u.exec(p)?.[0] ?? '';
    const lower = run.toLowerCase();
    const key = lower.slice(0, -1) + (FINAL_Y[lower.slice(-1)] ?? lower.slice(-1));
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  const branches: string[] = [];
  for (const group of groups.values()) {
    // each phrase's pattern as its head and the pattern of its last word; one shared last word
    // is written once, else the group's patterns are listed as they are
    const split = group.map((p) => {
      const whole = phrasePattern(p);
      const run = /[\p{L}\p{M}\p{N}]+$/u.exec(p)?.[0] ?? '';
      const yi = I_Y[run.slice(-1).toLowerCase()];
      const last = run && whole.endsWith(run) ? run : run && yi && whole.endsWith(run.slice(0, -1) + yi) ? run.slice(0, -1) + yi : '';
      return { whole, head: whole.slice(0, whole.length - last.length), last };
    });
    const last = split[0].last;
    if (last && split.every((x) => x.last === last)) branches.push(`(?:${split.map((x) => x.head).join('|')})${last}`);
    else branches.push(split.map((x) => x.whole).join('|'));
  }
  return branches.join('|');
}

/**
 * The first two units a match of a case-sensitive `^(?:${alternation(phrases)})` can begin with,
 * as numbers (first unit × 65536 + second): a final i/y of a two-letter first word both ways, as
 * phrasePattern writes it. A string that begins with another pair has no such match; undefined
 * when a phrase is shorter than two units (then every string may).
 */
export function startPairs(phrases: readonly string[]): Set<number> | undefined {
  const pairs = new Set<number>();
  for (const phrase of phrases) {
    const p = phrase.trim();
    if (!p) continue;
    if (p.length < 2) return undefined;
    const first = p.split(/\s+/)[0];
    const seconds = /\s/u.test(p[1]) ? [' '] : [p[1]];
    if (first.length === 2) {
      const m = /^([bcdđghklmnprstvx])([iyíýìỳỉỷĩỹịỵ])$/iu.exec(first);
      const yi = m && I_Y[m[2].toLowerCase()];
      if (yi) seconds.splice(0, 1, ...yi.slice(1, -1));
    }
    for (const c of seconds) pairs.add(p.charCodeAt(0) * 65536 + c.charCodeAt(0));
  }
  return pairs;
}

/** A global, Unicode, optionally case-insensitive regex from a source string. */
export function rx(source: string, flags = 'gu'): RegExp {
  return new RegExp(source, flags);
}

/** Collapses whitespace and trims: the form names take in output fields. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * A look-ahead for the first characters the phrases can start with. Put in front of a
 * pattern that begins with a look-behind and a long alternation, it lets the regex engine
 * skip most positions with one class test (about 3× faster on real text).
 */
export function leadingClass(phrases: readonly string[], caseInsensitive = false): string {
  const chars = new Set<string>();
  for (const p of phrases) {
    const c = p.trim()[0];
    if (!c) continue;
    chars.add(c);
    if (caseInsensitive) {
      chars.add(c.toLowerCase());
      chars.add(c.toUpperCase());
    }
  }
  return `(?=[${[...chars].map((c) => escapeClassChar(c)).join('')}])`;
}

function escapeClassChar(c: string): string {
  return /[\]\\^-]/.test(c) ? `\\${c}` : c;
}
