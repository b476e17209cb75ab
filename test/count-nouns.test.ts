// Counts: the word lists of analyzer/lexicon/count-nouns.ts are word classes of the count
// grammar (kinds/count.ts); each list must hold what its name says, against the other lexicons,
// so that a word added to one cannot silently do nothing or contradict another.
import { describe, expect, it } from 'vitest';
import {
  AREA_MEASURES,
  CENTRAL_COMMITTEE_LABELS,
  COMPOUND_COUNT_UNITS,
  COMPOUND_PHRASE_END_PAIRS,
  COMPOUND_PHRASE_END_WORDS,
  KIND_HEAD_UNITS,
  KIND_MODIFIERS,
  RANGE_LINKS,
  NOUNS_BEGINNING_WITH_UNITS,
  RANK_NARROWERS,
  RESPECT_CLASSIFIERS,
  SCHOOL_KINDS_OVER_ENDS,
  TERM_WORDS,
  UNITS_NOT_JUXTAPOSED,
  VERBS_ENDING_IN_LABELS,
  WORDS_BEGINNING_WITH_UNITS,
} from '../analyzer/lexicon/count-nouns.ts';
import { COUNT_UNITS, HEAD_UNITS, NOT_COUNT_UNITS, UNIT_NARROWERS } from '../analyzer/lexicon/units.ts';
import { FUNCTION_WORDS, PHRASE_END_WORDS } from '../analyzer/lexicon/count-boundaries.ts';
import { NOT_COUNT_BEFORE } from '../analyzer/lexicon/context.ts';
import { analyze } from '../analyzer/index.ts';

const known = new Set(COUNT_UNITS.flatMap((u) => [u.unit, ...u.variants]).map((u) => u.toLowerCase()));
const oneSyllableUnits = new Set([...known].filter((u) => !u.includes(' ')));
const endWords = new Set([...FUNCTION_WORDS, ...PHRASE_END_WORDS]);

const counts = (text: string) =>
  analyze(text)
    .facts.filter((f) => f.kind === 'count')
    .map((f) => ({ text: f.text, value: (f as { value: number }).value, unit: (f as { unit: string }).unit }));

describe('count-nouns lexicon', () => {
  it('adds units the unit list lacks, lower case, each a word or more', () => {
    for (const u of COMPOUND_COUNT_UNITS) {
      expect(known.has(u.unit), u.unit).toBe(false);
      expect(u.unit, u.unit).toBe(u.unit.toLowerCase());
    }
    expect(new Set(COMPOUND_COUNT_UNITS.map((u) => u.unit)).size).toBe(COMPOUND_COUNT_UNITS.length);
  });

  it('heads kinds with known units that the unit list does not head yet', () => {
    for (const h of KIND_HEAD_UNITS) {
      expect(known.has(h), h).toBe(true);
      expect(HEAD_UNITS.includes(h), h).toBe(false);
    }
    for (const c of RESPECT_CLASSIFIERS) expect(known.has(c), c).toBe(true);
  });

  it('lists verbs that end in a label word, and labels and measures the context lists lack', () => {
    for (const v of VERBS_ENDING_IN_LABELS) expect(NOT_COUNT_BEFORE.includes(v.split(' ').at(-1)!), v).toBe(true);
    for (const w of [...AREA_MEASURES, ...TERM_WORDS]) expect(NOT_COUNT_UNITS.includes(w), w).toBe(false);
    for (const w of CENTRAL_COMMITTEE_LABELS) expect(w).toMatch(/^\p{Lu}/u);
  });

  it('lists two-syllable words over one-syllable units, once each', () => {
    const words = [...NOUNS_BEGINNING_WITH_UNITS, ...WORDS_BEGINNING_WITH_UNITS];
    for (const w of words) {
      const parts = w.split(' ');
      expect(parts.length, w).toBe(2);
      expect(oneSyllableUnits.has(parts[0]), w).toBe(true);
    }
    expect(new Set(words).size).toBe(words.length);
    for (const u of UNITS_NOT_JUXTAPOSED) expect(oneSyllableUnits.has(u), u).toBe(true);
  });

  it('lists phrase ends and compounds over them that the mined lists lack or need', () => {
    for (const p of COMPOUND_PHRASE_END_PAIRS) expect(p.split(' ').length, p).toBe(2);
    for (const w of COMPOUND_PHRASE_END_WORDS) expect(endWords.has(w), w).toBe(false);
    // a compound over ends begins with a word that ends phrases: otherwise it is not needed
    for (const c of SCHOOL_KINDS_OVER_ENDS) expect(endWords.has(c.split(' ')[0]), c).toBe(true);
    for (const n of RANK_NARROWERS) expect(UNIT_NARROWERS.includes(n), n).toBe(false);
  });
});

describe('count-nouns: the plain checks and their regexes agree', () => {
  it('reads a plenum label and a magnitude before a number whatever the characters around them', () => {
    expect(counts('Hội nghị T.Ư 7 khóa VIII; Hội nghị TƯ 6 bàn về 𝐀 2 dự án.')).toEqual([{ text: '2 dự án', value: 2, unit: 'dự án' }]);
    expect(counts('Đầu tư 3 dự án, đầu tư 𝐀 4 dự án.').map((c) => c.value)).toEqual([3, 4]);
    expect(counts('Có trên 9 nghìn 500 tiêu chuẩn; có 9 NGHÌN 500 tiêu chuẩn.')).toEqual([]);
  });
});

describe('count-nouns: kind modifiers and word ranges', () => {
  it('keeps modifiers of kind apart from narrowers and phrase ends', () => {
    for (const w of KIND_MODIFIERS) {
      expect(UNIT_NARROWERS.includes(w) || RANK_NARROWERS.includes(w), w).toBe(false);
      expect(endWords.has(w), w).toBe(false);
    }
    // longer links first, so that 'xuống còn' is not read as 'xuống'
    expect(RANGE_LINKS.indexOf('xuống còn')).toBeLessThan(RANGE_LINKS.indexOf('xuống'));
  });
  it('takes a modifier of kind only where the noun phrase ends after it', () => {
    expect(counts('Có 5 nội dung đột phá, 59 cơ sở y tế và 3 cán bộ phụ trách.')).toEqual([
      { text: '5 nội dung đột phá', value: 5, unit: 'nội dung đột phá' },
      { text: '59 cơ sở y tế', value: 59, unit: 'cơ sở y tế' },
      { text: '3 cán bộ', value: 3, unit: 'cán bộ' },
    ]);
  });
  it('reads both bounds of a word range before one noun, not before a measure', () => {
    expect(counts('Mỗi ngày đón từ 2.000 đến 5.000 lượt người.').map((c) => [c.text, c.value, c.unit])).toEqual([
      ['2.000', 2000, 'lượt người'],
      ['5.000 lượt người', 5000, 'lượt người'],
    ]);
    expect(counts('Thời gian từ 1 đến 2 năm, sâu từ 20 đến 50 cm.')).toEqual([]);
  });
});
