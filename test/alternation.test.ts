// alternation() (analyzer/text/patterns.ts) writes a list of phrases as a tree of shared
// beginnings. It must match exactly what the flat list (every phrase's pattern, longest first,
// joined by '|') matches, wherever a rule puts it: forwards at a position, searched through a
// text, inside a look-behind, followed by more pattern, in any case. Checked on the lexicon's
// lists and on lists built to stress the order (one phrase the beginning or the end of another,
// case and i/y variants, punctuation inside words), over real articles and texts made of the
// phrases themselves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_HEADS } from '../analyzer/kinds/body-name.ts';
import { NAME_VOCABULARY } from '../analyzer/lexicon/body-names.ts';
import { PROVINCES } from '../analyzer/lexicon/provinces.ts';
import { ROLE_TITLES, SURNAMES } from '../analyzer/lexicon/roles.ts';
import { COUNT_UNITS } from '../analyzer/lexicon/units.ts';
import { WORD_END, WORD_START, alternation, phrasePattern } from '../analyzer/text/patterns.ts';

const ROOT = join(import.meta.dirname, '..');
const articles: string[] = readFileSync(join(ROOT, 'fixtures/corpus/real-articles.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).text as string);

/** The flat alternation alternation() used to write. */
function flat(phrases: readonly string[]): string {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))];
  unique.sort((a, b) => b.length - a.length);
  return unique.map(phrasePattern).join('|');
}

const STRESS = [
  'Ban', 'Ban Chấp hành', 'Ban Chấp hành Trung ương', 'Trung ương', 'Ban chấp hành', 'BAN', 'ban',
  'Chủ tịch', 'Phó Chủ tịch', 'Phó Chủ tịch UBND', 'Chủ tịch UBND', 'UBND', 'Phó', 'Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa',
  'Kỹ sư', 'Kĩ sư', 'kỹ sư', 'Bí thư', 'Bý thư', 'Sĩ', 'sỹ quan', 'Tiến sĩ',
  'TP.', 'TP', 'TP. Hồ Chí Minh', 'TP.HCM', 'Hồ Chí Minh', 'Chí Minh',
  'Văn hóa, Thể thao', 'Văn hóa', 'Thể thao và Du lịch', 'Du lịch', 'VH-TT&DL', 'VH',
  'a', 'ab', 'abc', 'b c', 'c', 'a b c', 'x (y)', '(y)', 'giải (A)', '$1', 'tỷ', 'tỉ',
];
const LISTS: Record<string, readonly string[]> = {
  stress: STRESS,
  heads: ALL_HEADS,
  titles: ROLE_TITLES,
  vocabulary: NAME_VOCABULARY,
  surnames: SURNAMES,
  provinces: PROVINCES.flatMap((p) => [p.name, ...p.aliases]),
  units: COUNT_UNITS.flatMap((u) => [u.unit, ...u.variants]),
};

/** Texts made of the list's phrases, with runs of spaces, case changes, i/y swaps and punctuation between. */
function madeOf(phrases: readonly string[], seed: number): string {
  let s = seed;
  const rand = (n: number) => ((s = (s * 1103515245 + 12345) & 0x7fffffff) % n);
  const seps = [' ', '  ', ', ', '. ', ' (', ') ', '-', '', ' và ', '\n'];
  const out: string[] = [];
  for (let k = 0; k < 400; k++) {
    let p = phrases[rand(phrases.length)];
    const r = rand(6);
    if (r === 0) p = p.toUpperCase();
    else if (r === 1) p = p.toLowerCase();
    else if (r === 2) p = p.replace(/i(?=\s|$)/u, 'y').replace(/í(?=\s|$)/u, 'ý');
    else if (r === 3) p = p.replace(/ /gu, '   ');
    else if (r === 4) p = p.split(' ').slice(0, 1 + rand(3)).join(' ');
    out.push(p, seps[rand(seps.length)]);
  }
  return out.join('');
}

const results = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m]);

/** Every position's sticky match of `source`, as [position, match, groups…]. */
function atEvery(source: string, flags: string, text: string) {
  const re = new RegExp(source, flags);
  const out: unknown[] = [];
  for (let p = 0; p < text.length; p++) {
    re.lastIndex = p;
    const m = re.exec(text);
    if (m) out.push([p, ...m]);
  }
  return out;
}

describe('alternation() matches as the flat list does', () => {
  for (const [name, phrases] of Object.entries(LISTS)) {
    const tree = alternation(phrases);
    const list = flat(phrases);
    const texts = [...articles.filter((_, i) => i % 40 === 0), madeOf(phrases, 1), madeOf(phrases, 2)];

    it(`${name}: a tree, not the flat list`, () => {
      expect(tree.length).toBeLessThanOrEqual(list.length);
      if (phrases.length > 40) expect(tree.length).toBeLessThan(list.length);
    });

    it(`${name}: forwards (sticky, searched, followed by more, in any case)`, () => {
      for (const text of texts) {
        for (const flags of ['yu', 'yiu']) {
          expect(atEvery(`(?:${tree})${WORD_END}`, flags, text)).toEqual(atEvery(`(?:${list})${WORD_END}`, flags, text));
          expect(atEvery(`(${tree})(?: +(\\p{L}+))?`, flags, text)).toEqual(atEvery(`(${list})(?: +(\\p{L}+))?`, flags, text));
        }
        for (const flags of ['gu', 'giu']) {
          expect(results(new RegExp(`${WORD_START}(${tree})${WORD_END}`, flags), text)).toEqual(results(new RegExp(`${WORD_START}(${list})${WORD_END}`, flags), text));
          expect(results(new RegExp(`(?:${tree})(?: +(?:${tree}))*`, flags), text)).toEqual(results(new RegExp(`(?:${list})(?: +(?:${list}))*`, flags), text));
        }
      }
    });

    it(`${name}: backwards, in look-behinds`, () => {
      for (const text of texts.slice(0, 3)) {
        for (const flags of ['gu', 'giu']) {
          expect(results(new RegExp(`(?<=(?:^|[^\\p{L}\\p{M}\\p{N}])(${tree})) +\\S`, flags), text)).toEqual(
            results(new RegExp(`(?<=(?:^|[^\\p{L}\\p{M}\\p{N}])(${list})) +\\S`, flags), text),
          );
          expect(results(new RegExp(`(?<=(${tree})(?: +(${tree}))?) `, flags), text)).toEqual(results(new RegExp(`(?<=(${list})(?: +(${list}))?) `, flags), text));
        }
      }
    });
  }

  it('keeps a phrase before one that begins or ends it', () => {
    // 'Phó Chủ tịch' ends with 'Chủ tịch' and 'Ban' begins 'Ban Chấp hành': the longer one is tried first either way
    // (even where a longer phrase puts the branch of 'C' first)
    const titles = alternation(['Chủ tịch Ủy ban nhân dân tỉnh', 'Phó Chủ tịch', 'Chủ tịch']);
    expect(new RegExp(`(?<=(${titles}))$`, 'u').exec('ông Phó Chủ tịch')?.[1]).toBe('Phó Chủ tịch');
    expect(new RegExp(`^(${alternation(['Ban', 'Ban Chấp hành'])})`, 'u').exec('Ban Chấp hành Trung ương')?.[1]).toBe('Ban Chấp hành');
    expect(alternation([])).toBe('');
    expect(alternation(['  ', ''])).toBe('');
  });
});
