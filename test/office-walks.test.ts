// The office parser's whole-text province scans replaced by walks for speed (kinds/office.ts):
// each walk must give exactly the matches its rule gives with matchAll, on every corpus text.
import { describe, expect, it } from 'vitest';
import { corpusTexts } from './helpers/corpus-texts.ts';
import { PROVINCE_SECTION_LABEL, PROVINCE_WITH_LEVEL, provinceSectionLabels, provincesWithLevelMatches } from '../analyzer/kinds/office.ts';

const corpus = corpusTexts();
const edges = [
  '', 'T', 'tỉnh', 'Tỉnh Nghệ An', 'xtỉnh Nghệ An', 'Thành phố Hà Nội', 'thành ủy Đà Nẵng', 'TP.HCM', 'TPHCM', 'TP Hà Nội', 'TP.  Cần Thơ', 'tỉnh ủy Bắc Ninhx',
  'Kon Tum: Ngày 10/7', 'Nghỉ hưu. Kon Tum: Ngày', 'a\nGia Lai : b', 'Ảnh: thuathienhue.gov.vn Quảng Trị: x', 'site.com Huế: x', '(x) Hà Nội: x', '“Nói.” Lai Châu: x', 'x Hà Nội: y', 'Hà Nội:x',
  'báo.vn Huế: y', 'a.org Huế: y', 'a.net  Huế: y', 'xvn Huế: y', 'Vì?” Huế: y', 'Vì” Huế: y', 'Xong!) Huế: y', 'Xong… Huế : y', 'tháng Hà Nội: y', 'thì thành phố Huế',
];
const pick = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0], m[1], m[2]]);

describe('office walks give the regex matches', () => {
  it('provincesWithLevelMatches = matchAll(PROVINCE_WITH_LEVEL)', () => {
    const re = new RegExp(PROVINCE_WITH_LEVEL.source, 'gu');
    let found = 0;
    for (const t of [...edges, ...corpus]) {
      const want = pick(t.matchAll(re));
      found += want.length;
      expect(pick(provincesWithLevelMatches(t)), t.slice(0, 60)).toEqual(want);
    }
    expect(found).toBeGreaterThan(500);
  });

  it('provinceSectionLabels = matchAll(PROVINCE_SECTION_LABEL)', () => {
    const re = new RegExp(PROVINCE_SECTION_LABEL.source, 'gu');
    let found = 0;
    for (const t of [...edges, ...corpus]) {
      const want = pick(t.matchAll(re));
      found += want.length;
      expect(pick(provinceSectionLabels(t)), t.slice(0, 60)).toEqual(want);
    }
    expect(found).toBeGreaterThan(3);
  });
});
