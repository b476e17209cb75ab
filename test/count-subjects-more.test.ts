// Count subject and asOf (FACTS.md): must-match and must-not-match cases of the genre43 rules —
// a district named bare that the article names with its level, the whole city after the counted
// noun ('trên toàn TP'), a plan that has the figure, a fronted period of two dates, and a bare
// 'trên địa bàn' before a figure's verb.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index.ts';
import type { CountFact } from '../analyzer/contract.ts';

const one = (text: string, quote: string, url?: string) => {
  const c = analyze(text, url ? { url } : {}).facts.find((f): f is CountFact => f.kind === 'count' && f.text === quote);
  expect(c, `no count '${quote}' in: ${text}`).toBeDefined();
  return c!;
};

describe('a place named bare, named with its level elsewhere', () => {
  const text = 'Ở Ban CHQS huyện Đức Thọ, việc học tập được duy trì. Ông nói: “Đức Thọ có gần 40 nghìn thanh niên trong độ tuổi.';
  it('must match: the one level the article writes with the name', () => expect(one(text, 'gần 40 nghìn thanh niên').subject).toBe('huyện Đức Thọ'));
  it('must not: a name the article never writes with a level', () => {
    expect(one('Ông nói: “Đức Thọ có gần 40 nghìn thanh niên trong độ tuổi.', 'gần 40 nghìn thanh niên').subject).toBeUndefined();
  });
  it('must not: a name written with two levels', () => {
    const two = 'Xã Đức Thọ và huyện Đức Thọ cùng làm. Ông nói: “Đức Thọ có gần 40 nghìn thanh niên trong độ tuổi.';
    expect(one(two, 'gần 40 nghìn thanh niên').subject).toBeUndefined();
  });
});

describe('the whole city after the counted noun', () => {
  const url = 'https://hanoimoi.vn/bai-viet.html';
  it('must match: a count after a verb of having, then "trên toàn TP"', () => {
    expect(one('Thành ủy Hà Nội tổ chức hội nghị. Trong 5 năm qua, đã có 600.000 lượt CNLĐ trên toàn TP được đào tạo.', '600.000 lượt CNLĐ', url).subject).toBe('Hà Nội');
  });
  it('must not: the object of an act placed in the city', () => {
    expect(one('Thành ủy Hà Nội tổ chức hội nghị. Dự án lắp đặt 13 bể bơi tại 11 trường tiểu học trên toàn thành phố.', '11 trường tiểu học', url).subject).toBeUndefined();
  });
});

describe('a plan that has the figure', () => {
  it('must not: the place that names whose plan it is', () => {
    expect(one('Đến nay, quy hoạch thủy điện vừa và nhỏ tỉnh Quảng Nam có 32 dự án với tổng công suất 450MW.', '32 dự án').subject).toBeUndefined();
  });
  it('must match: the place itself as the subject', () => {
    expect(one('Đến nay, tỉnh Quảng Nam có 32 dự án thủy điện vừa và nhỏ.', '32 dự án thủy điện').subject).toBe('Quảng Nam');
  });
});

describe('a fronted period of two dates holds at its end', () => {
  it('must match: "trong năm 2012 và quý I-2013"', () => {
    expect(one('Cụ thể, trong năm 2012 và quý I-2013, các cơ quan đã trao đổi được 659 tin.', '659 tin').asOf).toBe('2013-Q1');
  });
  it('must not: two dates not joined as one period', () => {
    expect(one('Cụ thể, trong năm 2012, sau quý I-2013 các cơ quan đã trao đổi được 659 tin.', '659 tin').asOf).toBe('2012');
  });
});

describe('a place named bare: not inside a body name nor a list of places', () => {
  it('must not: the end of a company name', () => {
    const text = 'Đoàn thăm huyện Mộc Châu. Đến nay, đàn bò sữa của Công ty cổ phần giống bò sữa Mộc Châu có gần 22.000 con.';
    expect(one(text, 'gần 22.000 con').subject).toBeUndefined();
  });
  it('must not: the last of a list of districts', () => {
    const text = 'Dự án qua quận Thủ Đức. Hiện tại, quận Tân Bình, Gò Vấp, Thủ Đức còn khoảng 115 hộ chưa chịu di dời.';
    expect(one(text, 'khoảng 115 hộ').subject).toBeUndefined();
  });
});

describe('"trên địa bàn" written bare before a figure\'s verb', () => {
  const url = 'https://hanoimoi.vn/bai-viet.html';
  it('must match: the figure\'s noun phrase is the article\'s province', () => {
    expect(one('Thành ủy Hà Nội tổ chức hội nghị. Trong đó, tổng sản phẩm trên địa bàn ước tăng 7,5%.', '7,5%', url).subject).toBe('Hà Nội');
    expect(one('Thành ủy Hà Nội tổ chức hội nghị. Tổng sản phẩm quốc nội trên địa bàn vẫn đạt mức tăng trưởng 7,26% so với cùng kỳ.', '7,26%', url).subject).toBe('Hà Nội');
  });
  it('must not: a verb of having, nor a place named after it', () => {
    expect(one('Thành ủy Hà Nội tổ chức hội nghị. Các doanh nghiệp đóng trên địa bàn có 120 lao động.', '120 lao động', url).subject).toBeUndefined();
    expect(one('Thành ủy Hà Nội tổ chức hội nghị. Tổng sản phẩm trên địa bàn huyện Ba Vì tăng 9%.', '9%', url).subject).not.toBe('Hà Nội');
  });
});
