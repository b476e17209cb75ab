// Body names (analyzer/kinds/body-name.ts, analyzer/lexicon/body-names.ts): the lexicon's
// lists stay consistent, and one body written short and in full is one name
// (analyzer/refine/body-names.ts, DECISIONS.md). Per-sentence cases are in
// fixtures/rules/office.json.
import { describe, expect, it } from 'vitest';
import { NAME_ENDERS, NAME_VOCABULARY, NUMBERED_NAME_WORDS, OTHER_ORGANISATIONS } from '../analyzer/lexicon/body-names.ts';
import { NAME_STOP_WORDS } from '../analyzer/lexicon/context.ts';
import { canonicalBodyNames } from '../analyzer/refine/body-names.ts';
import { analyze } from '../analyzer/index.ts';
import { afterSpace, headForms } from '../analyzer/kinds/body-name.ts';

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

  it('a committee named by its level word alone is the one a bare committee takes up', () => {
    expect(names(['Thành ủy TP', 'Thành ủy'])).toEqual(['Thành ủy TP', 'Thành ủy TP']);
    expect(names(['Thành ủy TP', 'Tỉnh ủy'])).toEqual(['Thành ủy TP', 'Tỉnh ủy']);
  });

  it('an acronym before the province, and a dash for "và", name the same department', () => {
    expect(names(['Sở TN&MT Yên Bái', 'Sở Tài nguyên và Môi trường tỉnh Yên Bái'], 'Yên Bái')[1]).toBe('Sở TN&MT Yên Bái');
    expect(names(['Sở Tài nguyên và Môi trường tỉnh Yên Bái', 'Sở Tài nguyên - Môi trường'], 'Yên Bái')).toEqual([
      'Sở Tài nguyên và Môi trường tỉnh Yên Bái',
      'Sở Tài nguyên và Môi trường tỉnh Yên Bái',
    ]);
    expect(names(['Sở Tài nguyên và Môi trường tỉnh Yên Bái', 'Sở Kế hoạch - Đầu tư tỉnh Yên Bái'], 'Yên Bái')[1]).toBe('Sở Kế hoạch - Đầu tư tỉnh Yên Bái');
  });

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
    // named by the first full mention (DECISIONS), with or without its level word
    expect(names(['Công an Đồng Nai', 'Công an tỉnh Đồng Nai'])).toEqual(['Công an Đồng Nai', 'Công an Đồng Nai']);
    expect(names(['Công an tỉnh Đồng Nai', 'Công an Đồng Nai'])).toEqual(['Công an tỉnh Đồng Nai', 'Công an tỉnh Đồng Nai']);
  });

  it("a complete body's other names are its own", () => {
    expect(names(['Ban Bí thư Trung ương Đảng', 'Ban Bí thư'])).toEqual(['Ban Bí thư Trung ương Đảng', 'Ban Bí thư Trung ương Đảng']);
  });

  it('bodies of other places stay apart', () => {
    expect(names(['Sở Y tế', 'Sở Y tế tỉnh Gia Lai', 'Sở Y tế tỉnh Kon Tum'])).toEqual(['Sở Y tế', 'Sở Y tế tỉnh Gia Lai', 'Sở Y tế tỉnh Kon Tum']);
    // a provincial city's body is not its province's
    expect(names(['UBND tỉnh Yên Bái', 'UBND TP Yên Bái'], 'Yên Bái')).toEqual(['UBND tỉnh Yên Bái', 'UBND TP Yên Bái']);
  });

  it('where several bodies of a kind are named in full, a short form takes up the last one before it', () => {
    expect(names(['Tỉnh ủy Lâm Đồng', 'Tỉnh ủy Ninh Thuận', 'Tỉnh ủy', 'Tỉnh ủy Bình Thuận'])).toEqual([
      'Tỉnh ủy Lâm Đồng',
      'Tỉnh ủy Ninh Thuận',
      'Tỉnh ủy Ninh Thuận',
      'Tỉnh ủy Bình Thuận',
    ]);
  });

  it("a place named without its level word, a city's short form and a seat end a full name", () => {
    expect(names(['Sở Y tế', 'Sở Y tế Đồng Tháp'], 'Đồng Tháp')).toEqual(['Sở Y tế Đồng Tháp', 'Sở Y tế Đồng Tháp']);
    expect(names(['Sở Xây dựng TP.HCM', 'Sở Xây dựng'], 'Thành phố Hồ Chí Minh')).toEqual(['Sở Xây dựng TP.HCM', 'Sở Xây dựng TP.HCM']);
    expect(names(['Đại sứ quán Việt Nam tại Nga', 'Đại sứ quán Việt Nam'])).toEqual(['Đại sứ quán Việt Nam tại Nga', 'Đại sứ quán Việt Nam tại Nga']);
    expect(names(['Ban chấp hành Đảng bộ xã', 'Ban chấp hành Đảng bộ xã Diễn An'], 'Nghệ An')).toEqual([
      'Ban chấp hành Đảng bộ xã Diễn An',
      'Ban chấp hành Đảng bộ xã Diễn An',
    ]);
  });

  it('a unit named by a bare Bộ is the one the article names with its ministry', () => {
    const list = ['Ban thường vụ Đảng ủy Bộ Lao động - Thương binh và Xã hội', 'Đảng ủy Bộ', 'Thanh tra Bộ'];
    const map = canonicalBodyNames(list, undefined, { innerNames: true });
    expect(map.get('Đảng ủy Bộ')).toBe('Đảng ủy Bộ Lao động - Thương binh và Xã hội');
    // (never written with its ministry: stays as written)
    expect(map.get('Thanh tra Bộ')).toBe('Thanh tra Bộ');
    // (no inner names read: nothing to take up)
    expect(canonicalBodyNames(list, undefined).get('Đảng ủy Bộ')).toBe('Đảng ủy Bộ');
  });

  it('a name written with an acronym of a full name is that name', () => {
    expect(names(['Trung tâm Khoa học Xã hội và Nhân văn Nghệ An', 'Trung tâm KHXH&NV'], 'Nghệ An')).toEqual([
      'Trung tâm Khoa học Xã hội và Nhân văn Nghệ An',
      'Trung tâm Khoa học Xã hội và Nhân văn Nghệ An',
    ]);
    expect(names(['Sở TN-MT Yên Bái', 'Sở Tài nguyên và Môi trường Yên Bái'])).toEqual(['Sở TN-MT Yên Bái', 'Sở TN-MT Yên Bái']);
    expect(names(['UBKT Tỉnh ủy Bến Tre', 'Ủy ban Kiểm tra Tỉnh ủy Bến Tre'])).toEqual(['UBKT Tỉnh ủy Bến Tre', 'UBKT Tỉnh ủy Bến Tre']);
    // (the acronym leaves out the level word before the place too)
    expect(names(['Trung tâm Bảo vệ sức khỏe bà mẹ trẻ em và Kế hoạch hóa gia đình tỉnh Hòa Bình', 'Trung tâm BVSKBMTE&KHHGĐ'], 'Hòa Bình')).toEqual([
      'Trung tâm Bảo vệ sức khỏe bà mẹ trẻ em và Kế hoạch hóa gia đình tỉnh Hòa Bình',
      'Trung tâm Bảo vệ sức khỏe bà mẹ trẻ em và Kế hoạch hóa gia đình tỉnh Hòa Bình',
    ]);
    // different initials: two bodies
    expect(names(['Sở GTVT', 'Sở Tài nguyên và Môi trường'])).toEqual(['Sở GTVT', 'Sở Tài nguyên và Môi trường']);
    expect(names(['Trung tâm Y tế huyện Kim Bôi', 'Trung tâm YTDP'], 'Hòa Bình')).toEqual(['Trung tâm Y tế huyện Kim Bôi', 'Trung tâm YTDP']);
  });

  it("a complete body's short name gives way to a longer one, and is spelled out", () => {
    expect(names(['Trung ương Đảng', 'Ban Chấp hành Trung ương Đảng'])).toEqual(['Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương Đảng']);
    expect(names(['TW Đảng'])).toEqual(['Trung ương Đảng']);
    expect(names(['QH', 'Quốc hội'])).toEqual(['Quốc hội', 'Quốc hội']);
    expect(names(['QH'])).toEqual(['QH']);
  });

  it('with innerNames, a full name written inside a longer one names a short form', () => {
    const list = ['Ban Kinh tế - Ngân sách HĐND TP Hà Nội', 'HĐND thành phố'];
    expect(canonicalBodyNames(list, 'Hà Nội', { innerNames: true }).get('HĐND thành phố')).toBe('HĐND TP Hà Nội');
    expect(canonicalBodyNames(list, 'Hà Nội').get('HĐND thành phố')).toBe('HĐND thành phố');
    // a complete body inside a longer name names nothing: 'Quốc hội' in 'Đoàn đại biểu Quốc hội tỉnh X'
    expect(canonicalBodyNames(['Đoàn đại biểu Quốc hội tỉnh Bình Dương', 'Quốc hội'], undefined, { innerNames: true }).get('Quốc hội')).toBe('Quốc hội');
  });
});

describe('acronyms of one name', () => {
  const names = (list: string[], province?: string) => {
    const map = canonicalBodyNames(list, province);
    return list.map((n) => map.get(n));
  };

  it('an acronym joined otherwise (dash, ampersand, spaces or none) is the same acronym', () => {
    expect(names(['Bộ VH-TT&DL', 'Bộ VHTT&DL'])).toEqual(['Bộ VH-TT&DL', 'Bộ VH-TT&DL']);
    expect(names(['Sở TN-MT tỉnh Kon Tum', 'Sở TN- MT tỉnh Kon Tum'], 'Kon Tum')).toEqual(['Sở TN-MT tỉnh Kon Tum', 'Sở TN-MT tỉnh Kon Tum']);
    // (words joined by a dash are no acronym: two departments stay two)
    expect(names(['Sở Văn hóa - Thể thao', 'Sở Văn hóa Thể thao'])).toEqual(['Sở Văn hóa - Thể thao', 'Sở Văn hóa Thể thao']);
  });

  it('two acronyms of one name, none spelled out, are the first one written', () => {
    expect(names(['Chi bộ Văn phòng VFA', 'Chi bộ VPVFA'])).toEqual(['Chi bộ Văn phòng VFA', 'Chi bộ Văn phòng VFA']);
    expect(names(['Chi bộ Văn phòng VFA', 'Chi bộ VPVFB'])).toEqual(['Chi bộ Văn phòng VFA', 'Chi bộ VPVFB']);
  });
});

describe('head forms', () => {
  it("a head's later words in lower case, and the people's bodies with a capital 'Nhân dân'", () => {
    expect(headForms('Ủy ban Kiểm tra')).toEqual(['Ủy ban Kiểm tra', 'Ủy ban kiểm tra']);
    expect(headForms('Ủy ban nhân dân')).toEqual(['Ủy ban nhân dân', 'Ủy ban Nhân dân']);
    expect(headForms('Đoàn ĐBQH')).toEqual(['Đoàn ĐBQH']);
    expect(headForms('Sở')).toEqual(['Sở']);
  });

  it('Party organisations also in title case', () => {
    expect(headForms('Đảng ủy')).toEqual(['Đảng ủy', 'Đảng Ủy']);
    expect(headForms('Chi bộ')).toEqual(['Chi bộ', 'Chi Bộ']);
  });
});

describe('after a space', () => {
  it('skips the spaces and an acronym given on the way, or says there is no space', () => {
    const text = 'Ủy ban Kiểm tra  (UBKT) Tỉnh ủy, Tỉnh ủy (họp)';
    expect(afterSpace(text, 'Ủy ban Kiểm tra'.length)).toBe(text.indexOf('Tỉnh ủy'));
    expect(afterSpace(text, text.lastIndexOf(' ('))).toBe(text.lastIndexOf('('));
    expect(afterSpace(text, 0)).toBe(-1);
    expect(afterSpace('Tỉnh ủy ', 'Tỉnh ủy'.length)).toBe('Tỉnh ủy '.length);
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
