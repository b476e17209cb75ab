// Body names (analyzer/kinds/body-name.ts, analyzer/lexicon/body-names.ts): the lexicon's
// lists stay consistent, and one body written short and in full is one name
// (analyzer/refine/body-names.ts, DECISIONS.md). Per-sentence cases are in
// fixtures/rules/office.json.
import { describe, expect, it } from 'vitest';
import { NAME_ENDERS, NAME_VOCABULARY, NUMBERED_NAME_WORDS, OTHER_ORGANISATIONS } from '../analyzer/lexicon/body-names.ts';
import { NAME_STOP_WORDS } from '../analyzer/lexicon/context.ts';
import { canonicalBodyNames } from '../analyzer/refine/body-names.ts';
import { analyze } from '../analyzer/index.ts';

const duplicates = (list: readonly string[]) => list.filter((w, i) => list.indexOf(w) !== i);

describe('body-name lexicon', () => {
  it('lists lower-case phrases once each', () => {
    for (const list of [NAME_VOCABULARY, NAME_ENDERS, NUMBERED_NAME_WORDS]) {
      expect(duplicates(list)).toEqual([]);
      expect(list.filter((w) => w !== w.toLowerCase() || w !== w.trim())).toEqual([]);
    }
    expect(duplicates(OTHER_ORGANISATIONS)).toEqual([]);
  });

  it('has no phrase that is both a name word and a word that ends names', () => {
    const enders = new Set([...NAME_ENDERS, ...NAME_STOP_WORDS]);
    expect(NAME_VOCABULARY.filter((w) => enders.has(w))).toEqual([]);
    expect(NAME_ENDERS.filter((w) => NAME_STOP_WORDS.includes(w))).toEqual([]);
  });
});

describe('one body written short and in full', () => {
  const names = (list: string[], province?: string) => {
    const map = canonicalBodyNames(list, province);
    return list.map((n) => map.get(n));
  };

  it('a short form named only by its kind and level takes the full name', () => {
    expect(names(['Văn phòng Tỉnh ủy', 'Văn phòng Tỉnh ủy Gia Lai'], 'Gia Lai')).toEqual(['Văn phòng Tỉnh ủy Gia Lai', 'Văn phòng Tỉnh ủy Gia Lai']);
    expect(names(['UBND TP', 'UBND TP. Hà Nội'])).toEqual(['UBND TP. Hà Nội', 'UBND TP. Hà Nội']);
  });

  it('a short form with a proper name of its own, written first, keeps its name', () => {
    expect(names(['Đảng ủy Sở Cảnh sát PC&CC', 'Đảng ủy Sở Cảnh sát PC&CC TP Hà Nội'], 'Hà Nội')).toEqual([
      'Đảng ủy Sở Cảnh sát PC&CC',
      'Đảng ủy Sở Cảnh sát PC&CC',
    ]);
    expect(names(['Sở Cảnh sát PC&CC TP Hà Nội', 'Sở Cảnh sát PC&CC'], 'Hà Nội')).toEqual([
      'Sở Cảnh sát PC&CC TP Hà Nội',
      'Sở Cảnh sát PC&CC TP Hà Nội',
    ]);
  });

  it('an abbreviation and its expansion, and a level word before the province, name one body', () => {
    expect(names(['CATP Hà Nội', 'Công an Hà Nội'])).toEqual(['CATP Hà Nội', 'CATP Hà Nội']);
    expect(names(['Công an Đồng Nai', 'Công an tỉnh Đồng Nai'])).toEqual(['Công an tỉnh Đồng Nai', 'Công an tỉnh Đồng Nai']);
  });

  it("a complete body's other names are its own", () => {
    expect(names(['Ban Bí thư Trung ương Đảng', 'Ban Bí thư'])).toEqual(['Ban Bí thư Trung ương Đảng', 'Ban Bí thư Trung ương Đảng']);
  });

  it('bodies of other places stay apart', () => {
    expect(names(['Sở Y tế', 'Sở Y tế tỉnh Gia Lai', 'Sở Y tế tỉnh Kon Tum'])).toEqual(['Sở Y tế', 'Sở Y tế tỉnh Gia Lai', 'Sở Y tế tỉnh Kon Tum']);
  });
});

describe('body names in an article', () => {
  it('one office fact per body, at its first standalone occurrence', () => {
    const text =
      'Thiếu tướng Nguyễn Đức Nghi - Bí thư Đảng ủy, Giám đốc Sở Cảnh sát PC&CC trao quyết định. ' +
      'Phát biểu tại buổi lễ, Bí thư Đảng ủy, Giám đốc Sở Cảnh sát PC&CC TP Hà Nội bày tỏ sự phấn khởi.';
    const offices = analyze(text).facts.filter((f) => f.kind === 'office');
    expect(offices.map((f) => [f.text, 'name' in f ? f.name : ''])).toEqual([
      ['Đảng ủy', 'Đảng ủy Sở Cảnh sát PC&CC'],
      ['Sở Cảnh sát PC&CC', 'Sở Cảnh sát PC&CC'],
    ]);
  });
});
