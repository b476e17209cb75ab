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
