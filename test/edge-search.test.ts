// EdgeSearch (analyzer/text/edge-search.ts) must find exactly what `text.matchAll(re)` finds for
// a rule that begins with a look-behind for a word's edge: same matches, groups and order, also
// where the look-behind fails (a letter, a digit or an astral letter before the body), where
// matches touch, and where the body may match empty.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EdgeSearch } from '../analyzer/text/edge-search.ts';

const ROOT = join(import.meta.dirname, '..');
const articles: string[] = readFileSync(join(ROOT, 'fixtures/corpus/real-articles.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).text as string);

const RULES = [
  /(?<![\p{L}\p{M}\p{N}])(?:một|năm|Một|Năm) (?=\p{L})/gu,
  /(?<![\p{L}\p{M}])[Đđ]oàn +(Hà Nội|Đồng Nai|Bình Dương)(?![\p{L}\p{M}])/gu,
  /(?<![\p{L}\p{M}])(?:Bộ (?:Y tế|Tài chính)|Ban [^,.;:()\n]{0,50}?(?<= |UB)(?:Trung ương|TW)|UBTW)(?![\p{L}\p{M}])/gu,
  /(?<![\p{L}])(?:ủy ban|UBND)(?= )/giu,
  /(?<![\p{L}\p{M}])(?:a|)/gu,
  /(?<![\d])\d*/g,
];

const plain = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m]);
const searched = (s: EdgeSearch, text: string) => s.all(text).map((m) => [m.index, ...m]);

const TRICKY = [
  'năm người, Năm 2020,5năm học, 𝐀năm xưa, anăm nay, một một một cái',
  'đoàn Hà Nội (đoàn Đồng Nai)Đoàn Bình Dương, xđoàn Hà Nội, 𝒜Đoàn Đồng Nai',
  'Ban Chấp hành Trung ương, Ban Bí thư TW, UBTW, Bộ Y tếBộ Tài chính, 9Bộ Y tế',
  'ỦY BAN tỉnh, UBND xã, xUBND huyện, 𝐀ủy ban ',
  '', 'a', '𝐀a', 'aa a', '12 3a4 𝟙5',
];

describe('EdgeSearch finds what matchAll finds', () => {
  const sample = articles.filter((_, i) => i % 11 === 0);
  for (const re of RULES) {
    it(re.source.slice(0, 50), () => {
      const search = new EdgeSearch(re);
      for (const text of [...TRICKY, ...sample, ...sample.map((t) => t.toUpperCase())]) {
        expect(searched(search, text), JSON.stringify(text.slice(0, 40))).toEqual(plain(re, text));
      }
      // next() from any position is re.exec with that lastIndex
      for (const text of TRICKY) {
        for (let from = 0; from <= text.length; from++) {
          re.lastIndex = from;
          const want = re.exec(text);
          expect(search.next(text, from)?.index, `${JSON.stringify(text)} from ${from}`).toBe(want?.index);
        }
      }
    });
  }

  it('refuses a rule it cannot search so', () => {
    expect(() => new EdgeSearch(/(?<![\p{L}])x/u)).toThrow();
    expect(() => new EdgeSearch(/x(?<![\p{L}])/gu)).toThrow();
  });
});
