// Whose figure a count is and when it holds (FACTS.md count `subject`, `asOf`): must-match and
// must-not-match cases written from the contract, then the scorer's treatment of the two
// attributes (compared only where the gold states them).
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index.ts';
import type { CountFact } from '../analyzer/contract.ts';
import { score } from '../analyzer/eval/score.ts';

const counts = (text: string) => analyze(text).facts.filter((f): f is CountFact => f.kind === 'count');
const one = (text: string, quote: string) => {
  const c = counts(text).find((f) => f.text === quote);
  expect(c, `no count '${quote}' in: ${text}`).toBeDefined();
  return c!;
};

describe('count subject: must match', () => {
  const cases: [string, string, string][] = [
    ['Đảng bộ Văn phòng Tỉnh ủy có 5 chi bộ trực thuộc với 49 đảng viên.', '5 chi bộ', 'Đảng bộ Văn phòng Tỉnh ủy'],
    ['Đảng bộ Văn phòng Tỉnh ủy có 5 chi bộ trực thuộc với 49 đảng viên.', '49 đảng viên', 'Đảng bộ Văn phòng Tỉnh ủy'],
    ['Hiện nay, Đảng bộ xã Ia Tô hiện có 12 chi bộ, 310 đảng viên.', '310 đảng viên', 'Đảng bộ xã Ia Tô'],
    ['Năm 2023, Đảng bộ huyện kết nạp 120 đảng viên mới.', '120 đảng viên', 'Đảng bộ huyện'],
    ['Huyện Chư Sê có 15 xã, thị trấn.', '15 xã, thị trấn', 'huyện Chư Sê'],
    ['Báo Gia Lai đưa tin. Tỉnh Gia Lai hiện có 17 huyện, thị xã, thành phố.', '17 huyện, thị xã, thành phố', 'Gia Lai'],
  ];
  for (const [text, quote, subject] of cases) {
    it(`${quote} → ${subject}`, () => expect(one(text, quote).subject).toBe(subject));
  }

  it('the whole province: the article’s province', () => {
    const text = 'GLO- Tính đến ngày 31/12/2024, toàn tỉnh hiện có 950 tổ chức cơ sở đảng với 45.000 đảng viên.';
    const a = analyze(text, { url: 'https://baogialai.com.vn/bai-viet.html' });
    expect(a.article.province).toBe('Gia Lai');
    const got = a.facts.filter((f): f is CountFact => f.kind === 'count').map((c) => [c.text, c.subject, c.asOf]);
    expect(got).toEqual([
      ['950 tổ chức cơ sở đảng', 'Gia Lai', '2024-12-31'],
      ['45.000 đảng viên', 'Gia Lai', '2024-12-31'],
    ]);
  });
});

describe('count subject: must not match', () => {
  const cases: [string, string][] = [
    ['UBND tỉnh trao Bằng khen cho 12 đảng viên.', '12 đảng viên'],
    ['Hơn 300 đại biểu dự hội nghị của Tỉnh ủy.', 'Hơn 300 đại biểu'],
    ['UBND tỉnh tặng 12 tập thể Bằng khen.', '12 tập thể'],
    // A body after 'thuộc', 'của' names whose the noun before is, not who has the figure.
    ['Đảng ủy Khối trực thuộc Tỉnh ủy với hơn 64 chi bộ.', 'hơn 64 chi bộ'],
    ['Báo cáo của Chính phủ có 6 chỉ tiêu.', '6 chỉ tiêu'],
  ];
  for (const [text, quote] of cases) {
    it(`${quote}: no owner`, () => expect(one(text, quote).subject).toBeUndefined());
  }
});

describe('count asOf', () => {
  it('a date the figure holds at, in the same sentence', () => {
    expect(one('Đến hết năm 2023, Đảng bộ có 40 chi bộ.', '40 chi bộ').asOf).toBe('2023');
    expect(one('Năm 2023, Đảng bộ huyện kết nạp 120 đảng viên mới.', '120 đảng viên').asOf).toBe('2023');
  });
  it('none from another sentence, a term or a date the figure does not hold at', () => {
    expect(one('Ngày 7/11/2006, Tỉnh ủy ban hành Chỉ thị. Đảng bộ có 40 chi bộ.', '40 chi bộ').asOf).toBeUndefined();
    expect(one('Nhiệm kỳ 2020-2025, Đảng bộ có 40 chi bộ.', '40 chi bộ').asOf).toBeUndefined();
  });
});

describe('scoring subject and asOf', () => {
  const text = 'Đảng bộ có 5 chi bộ.';
  const item = (gold: Record<string, unknown>, pred: Record<string, unknown>) => ({
    file: 'x.txt',
    text,
    gold: { file: 'x.txt', article: {}, facts: [{ kind: 'count', text: '5 chi bộ', value: 5, unit: 'chi bộ', ...gold }] },
    predicted: { language: { code: 'vie', score: 1 }, article: {}, facts: [{ kind: 'count', text: '5 chi bộ', start: 11, end: 19, value: 5, unit: 'chi bộ', ...pred }] },
  });
  const attr = (gold: Record<string, unknown>, pred: Record<string, unknown>) =>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    score([item(gold, pred) as any]).attributes.subject;

  it('is not scored where the gold does not state it', () => expect(attr({}, { subject: 'Đảng bộ xã A' })).toMatchObject({ correct: 0, total: 0 }));
  it('folds like the keys (UBND = Ủy ban nhân dân)', () => expect(attr({ subject: 'Ủy ban nhân dân tỉnh' }, { subject: 'UBND tỉnh' })).toMatchObject({ correct: 1, total: 1 }));
  it('a stated none is right only when none is predicted', () => {
    expect(attr({ subject: null }, {})).toMatchObject({ correct: 1, total: 1 });
    expect(attr({ subject: null }, { subject: 'Đảng bộ xã A' })).toMatchObject({ correct: 0, total: 1 });
  });
});
