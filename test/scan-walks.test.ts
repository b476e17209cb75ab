// Whole-text regex scans replaced by walks for speed (capitals in person.ts, the 'told' phrases
// in article.ts): each walk must give exactly the matches the regex gives with matchAll.
import { describe, expect, it } from 'vitest';
import { corpusTexts } from './helpers/corpus-texts.ts';
import { capsWords, splitAtSpaces } from '../analyzer/kinds/person.ts';
import { TOLD_SOURCE, toldMatches } from '../analyzer/article.ts';

const corpus = corpusTexts();
const edges = [
  '', 'A', 'AB', 'NGUYỄN VĂN A', 'ĐỖ KIM HỘI\u0301X', 'a\u{1D400}BC', 'NGUYỄN HẢI HÀChín', 'ÀB Ǆ ǅ',
  'Trao đổi với Báo Nhân Dân, ông', 'trả lời phỏng vấn PV Tiền Phong', 'Thông tin cho báo Tuổi Trẻ', 'nói với tờ Lao Động;',
  'Phải qua nhiều bướcTrả lời Báo Dân trí', 'cho hay với', 'thông tin với thông tin với Báo A', 'Theo tìm hiểu của Tiền Phong, ', 'theo ghi nhận của PV Báo Lao Động', 'Theo tìm hiểu của bạn'
];

describe('speed walks give the regex matches', () => {
  it('capitals: capsWords = matchAll(\\p{Lu}[\\p{Lu}\\p{M}]+)', () => {
    const byRegex = (t: string) => [...t.matchAll(/\p{Lu}[\p{Lu}\p{M}]+/gu)].flatMap((m) => [m.index, m.index + m[0].length]);
    for (const t of [...edges, ...corpus]) expect(capsWords(t)).toEqual(byRegex(t));
  });

  it('spaces: splitAtSpaces = split(/ +/), on the texts and on every line of them', () => {
    for (const t of [...edges, ' ', '  a  b ', 'a   ', '   a', 'a b  c   d', ...corpus]) {
      for (const s of [t, ...t.split('\n')]) expect(splitAtSpaces(s)).toEqual(s.split(/ +/));
    }
  });

  it("'told' phrases: toldMatches = matchAll(TOLD)", () => {
    const told = new RegExp(TOLD_SOURCE, 'gu');
    const pick = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0], m[1]]);
    let found = 0;
    for (const t of [...edges, ...corpus]) {
      const want = pick(t.matchAll(told));
      found += want.length;
      expect(pick(toldMatches(t)), t.slice(0, 60)).toEqual(want);
    }
    expect(found).toBeGreaterThan(20);
  });
});
