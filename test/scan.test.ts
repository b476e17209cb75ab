// The word-index scans (analyzer/text/scan.ts) must find exactly what their regexes find
// when run plainly over the whole text: same matches, same order, same groups. Checked for
// every scan the analyzer makes, on real articles and on forms of them that stress the
// index: upper and lower case, runs of spaces, old-style tone marks, NFD, words glued together,
// an astral letter before words (half of it is no word unit to the index, a letter to a look-behind).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../analyzer/index.ts';
import { ALL_SCANS, WordScan, forgetWordIndex } from '../analyzer/text/scan.ts';

const ROOT = join(import.meta.dirname, '..');
const articles: string[] = readFileSync(join(ROOT, 'fixtures/corpus/real-articles.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).text as string);

const plain = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m]);
const scanned = (scan: WordScan, text: string) => scan.all(text).map((m) => [m.index, ...m]);

function variants(text: string): Record<string, string> {
  return {
    as_is: text,
    upper: text.toUpperCase(),
    lower: text.toLowerCase(),
    spaces: text.replace(/ /g, '   '),
    old_tones: text.replace(/hòa/g, 'hoà').replace(/ủy/g, 'uỷ').replace(/Ủy/g, 'Uỷ'),
    nfd: text.normalize('NFD'),
    glued: text.replace(/ (\d)/g, '$1').replace(/(\p{L}) (\p{L})/gu, '$1$2'),
    // an astral letter (two UTF-16 units, a letter to the rules' look-behinds) before some words
    astral: text.replace(/ (?=[\p{L}\d])/gu, (space: string, i: number) => (i % 5 === 0 ? '𝐀' : space)),
  };
}

describe('word-index scans find what their regexes find', () => {
  it('the analyzer makes its scans on import', () => {
    expect(ALL_SCANS.length).toBeGreaterThan(15);
    expect(ALL_SCANS.filter((s) => s['options'].whole).length).toBeGreaterThanOrEqual(4);
  });

  it('scans made with the same phrases, options and case share their candidates (the tests below check their matches)', () => {
    const twins = ALL_SCANS.filter((s) => s['twin']);
    expect(twins.length).toBeGreaterThanOrEqual(5);
    for (const s of twins) {
      const t = s['twin']!;
      expect(t['twin']).toBeUndefined();
      expect([s['options'], s.re.ignoreCase, [...s['words']].sort()]).toEqual([t['options'], t.re.ignoreCase, [...t['words']].sort()]);
    }
  });

  // Every 9th article: about 30 texts, 7 forms each.
  const sample = articles.filter((_, i) => i % 9 === 0);
  for (const [name] of Object.entries(variants(''))) {
    it(`${name}: all() equals matchAll() for every scan`, () => {
      let matches = 0;
      for (const article of sample) {
        const text = variants(article)[name];
        forgetWordIndex();
        for (const scan of ALL_SCANS) {
          const want = plain(scan.re, text);
          expect(scanned(scan, text), `${scan.re.source.slice(0, 60)} on ${JSON.stringify(text.slice(0, 40))}`).toEqual(want);
          matches += want.length;
        }
      }
      expect(matches).toBeGreaterThan(name === 'glued' ? 0 : 100);
    });
  }

  it('next() from every match end walks the same matches as all()', () => {
    for (const article of sample.slice(0, 10)) {
      forgetWordIndex();
      for (const scan of ALL_SCANS) {
        const walked: number[] = [];
        for (let m, from = 0; (m = scan.next(article, from)); from = m.index + Math.max(1, m[0].length)) walked.push(m.index);
        expect(walked).toEqual(scan.all(article).map((m) => m.index));
      }
    }
  });
});

describe('whole phrases: a first word counts only before one of its second words', () => {
  const re = /(?<![\p{L}\p{M}\p{N}])(?:Công +văn|Công +điện|Quyết +định|Bộ)(?![\p{L}\p{M}\p{N}])/giu;
  const scan = new WordScan(re, ['Công văn', 'Công điện', 'Quyết định', 'Bộ'], { whole: true });
  const pad = 'x '.repeat(120); // past the length below which the index is not used

  const cases: [string, string[]][] = [
    ['công tác và công văn số 5', ['công văn']],
    ['CÔNG  VĂN, Công\u00a0văn, Công\tvăn', ['CÔNG  VĂN']],
    ['quyết tâm, quyết định; Bộ trưởng, bộ', ['quyết định', 'Bộ', 'bộ']],
    ['công điệnx công điện', ['công điện']],
    ['Côngvăn công', []],
  ];
  for (const [text, found] of cases) {
    it(JSON.stringify(text), () => {
      forgetWordIndex();
      const full = pad + text;
      expect(scan.all(full).map((m) => m[0])).toEqual(found);
      expect(scanned(scan, full)).toEqual(plain(re, full));
    });
  }
});
