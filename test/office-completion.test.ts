// Office completion from the context (refine/offices.ts): must-match and must-not-match cases
// for a bare Party organ completed by the enterprise after its holder's titles, and for a body's
// name spelled out in brackets right after it. (fixtures/rules holds one file per kind only.)
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index.ts';

function offices(text: string): { text: string; name?: string }[] {
  return analyze(text)
    .facts.filter((f) => f.kind === 'office')
    .map((f) => ({ text: f.text, name: (f as { name?: string }).name }));
}

describe('a bare Party organ, then its holder’s titles in an enterprise', () => {
  it('is the enterprise’s after a chain of titles with the chair’s, its kind written in lower case (genre43 mgbm-659)', () => {
    expect(offices('Ông từng là Bí thư Đảng ủy, Chủ tịch HĐQT, Tổng giám đốc Công ty cổ phần Bóng đèn Điện Quang (2004 - 2010).')).toEqual([
      { text: 'Đảng ủy', name: 'Đảng ủy Công ty cổ phần Bóng đèn Điện Quang' },
    ]);
  });

  it('still takes an acronym after the board’s chair', () => {
    expect(offices('Ông là Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên PVN giai đoạn 2009-2011.')).toEqual([
      { text: 'Đảng ủy', name: 'Đảng ủy PVN' },
    ]);
  });

  it('takes no acronym after an officer’s title (a State agency’s: TTXVN)', () => {
    expect(offices('Ông là Bí thư Đảng ủy, Tổng Giám đốc TTXVN nhiều năm.')).toEqual([]);
  });

  it('is no enterprise’s without a company’s head after the titles', () => {
    expect(offices('Ông là Bí thư Đảng ủy, Giám đốc Hợp tác xã Tân Phát nhiều năm.')).toEqual([]);
    expect(offices('Ông là Bí thư Đảng ủy, Tổng Giám đốc Công ty từ năm 2000.')).toEqual([]);
  });

  it('is no enterprise’s after an officer’s title alone (gold split: genre13 mgbm-679, genre43 mgbm-659)', () => {
    expect(offices('Bí thư Đảng ủy, Giám đốc Công ty Bóng đèn Điện Quang đã bị kỷ luật.')).toEqual([]);
    expect(offices('Bí thư Đảng ủy, Tổng giám đốc, Ủy viên HĐQT Công ty cổ phần Điện Quang.')).toEqual([]);
  });
});

describe('a body’s full name in brackets right after it', () => {
  it('names the body (genre44 mgbm-693)', () => {
    expect(offices('Bà Thanh thuộc diện Ban bí thư (Ban bí thư Trung ương Đảng) quản lý.')).toEqual([
      { text: 'Ban bí thư', name: 'Ban bí thư Trung ương Đảng' },
    ]);
  });

  it('does not rename a body followed by another body in brackets', () => {
    expect(offices('Trung tâm Pháp y (Sở Y tế) đã giám định.').map((o) => o.name)).not.toContain('Sở Y tế Trung tâm Pháp y');
    expect(offices('Sở Y tế (Bộ Y tế) cho biết.').map((o) => o.name)).toContain('Sở Y tế');
  });

  it('keeps a short name whose full form comes later, not in brackets', () => {
    const names = offices('Theo quyết định của Ban Bí thư, ông giữ chức Phó Bí thư. Ông được Ban Bí thư Trung ương Đảng tin tưởng.').map((o) => o.name);
    expect(names).toContain('Ban Bí thư');
  });
});
