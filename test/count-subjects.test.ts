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

  // DECISIONS.md 'count subject': the body that has or is made of what is counted, the whole of a
  // place, the head of a list; batch15 SUBJECTS.md: a bare level word is the article's own unit.
  const more: [string, string, string][] = [
    // a level word alone is the article's unit of that level, named as the text names it
    ['Huyện Anh Sơn nằm ở phía tây. Toàn huyện hiện có 31 trong số 66 trường học chuẩn quốc gia, đạt tỷ lệ 47%.', '66 trường học', 'huyện Anh Sơn'],
    ['Huyện Anh Sơn nằm ở phía tây. Toàn huyện hiện có 31 trong số 66 trường học chuẩn quốc gia, đạt tỷ lệ 47%.', '47%', 'huyện Anh Sơn'],
    ['Huyện Anh Sơn nằm ở phía tây. Tốc độ tăng trưởng kinh tế của huyện đạt 11,5%, năm 2012 thu nhập tăng.', '11,5%', 'huyện Anh Sơn'],
    // adverbs and verbs of having: 'trước đây có đến', 'chỉ còn', 'có khuyết'
    ['Sở Tài chính tỉnh Bình Định trước đây có đến 6 phó giám đốc sở.', '6 phó giám đốc', 'Sở Tài chính tỉnh Bình Định'],
    // a body right after a count of its people; a place after 'của'
    ['Kỳ họp lấy phiếu tín nhiệm Chủ tịch và 3 trưởng ban HĐND tỉnh Gia Lai.', '3 trưởng ban', 'HĐND tỉnh Gia Lai'],
    ['Xã này được công nhận là 1 trong 3 xã nông thôn mới của huyện Quế Sơn năm 2016.', '3 xã', 'huyện Quế Sơn'],
    // a breakdown after 'trong đó' shares the owner of the whole
    ['Vừa qua Quốc hội có khuyết 5 đại biểu, trong đó 2 người liên quan đến vi phạm nên bãi nhiệm và 1 người vì lý do sức khỏe.', '5 đại biểu', 'Quốc hội'],
    ['Vừa qua Quốc hội có khuyết 5 đại biểu, trong đó 2 người liên quan đến vi phạm nên bãi nhiệm và 1 người vì lý do sức khỏe.', '1 người', 'Quốc hội'],
    // a place after 'tại' that opens its clause is where the figure is
    ['Ngoài ra, tại huyện Phú Lương có 112 con lợn bị thiệt hại.', '112 con lợn', 'huyện Phú Lương'],
  ];
  for (const [text, quote, subject] of more) {
    it(`${quote} → ${subject}`, () => expect(one(text, quote).subject).toBe(subject));
  }

  it('the province after "của tỉnh" and before "là"; a word for a place the sentence named; what happens in a place', () => {
    const a = analyze('Bí thư Tỉnh ủy Gia Lai cho biết, tổng số cán bộ lãnh đạo, quản lý các cấp của tỉnh là 1.914 đồng chí.', { url: 'https://baogialai.com.vn/bai-viet.html' });
    expect(a.facts.find((f): f is CountFact => f.kind === 'count' && f.text === '1.914 đồng chí')?.subject).toBe('Gia Lai');
    expect(one('Lãnh đạo Phòng Giáo dục và Đào tạo huyện Ba Vì cho biết, địa phương có bảy xã miền núi.', 'bảy xã').subject).toBe('huyện Ba Vì');
    expect(one('Từ đầu năm đến nay, trên địa bàn quận Long Biên xảy ra 108 vụ phạm pháp hình sự.', '108 vụ phạm pháp hình sự').subject).toBe('quận Long Biên');
  });
  it('not "của tỉnh" before a verb of having: the noun before it has the figure', () => {
    const a = analyze('Anh Sơn là huyện miền núi đầu tiên của tỉnh có 100% số trạm y tế xã đạt chuẩn.', { url: 'https://baogialai.com.vn/bai-viet.html' });
    expect(a.facts.find((f): f is CountFact => f.kind === 'count' && f.text === '100%')?.subject).toBeUndefined();
  });

  it('a figure of a place with "là" after the figure\'s noun', () => {
    const a = analyze('Tỷ lệ chôn lấp rác thải hiện nay trên địa bàn thành phố là 76%.', { url: 'https://baogialai.com.vn/bai-viet.html' });
    expect(a.facts.find((f): f is CountFact => f.kind === 'count' && f.text === '76%')?.subject).toBe('Gia Lai');
  });

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
    // recipients and attendees named with their body are still no owner the sentence states
    ['Phó Chủ tịch UBND tỉnh đã trao bằng khen cho 2 cá nhân và 6 tập thể của Sở Y tế tỉnh Gia Lai.', '6 tập thể'],
    ['Kỳ họp khai mạc với sự tham gia của 84 đại biểu HĐND tỉnh Gia Lai.', '84 đại biểu'],
    // a source ('Theo X,'), a place that ends an office's name, a place that modifies a noun
    ['Theo Phòng Giáo dục huyện Chư Sê, đến nay đã có khoảng 3.000 học sinh được dạy bơi.', 'khoảng 3.000 học sinh'],
    ['Anh Sơn là huyện miền núi đầu tiên của tỉnh Nghệ An có 100% số trạm y tế xã đạt chuẩn.', '100%'],
    ['Báo chí đưa tin về khu biệt thự tại tỉnh Lào Cai gồm 6 lô đất.', '6 lô đất'],
    // the object of a preposition; 'thuộc' places the counted, it names no owner
    ['Vụ việc diễn ra giữa 2 kỳ họp của Quốc hội.', '2 kỳ họp'],
    ['Ông chia sẻ với cử tri 18 phường thuộc quận Hoàn Kiếm.', '18 phường'],
  ];
  for (const [text, quote] of cases) {
    it(`${quote}: no owner`, () => expect(one(text, quote).subject).toBeUndefined());
  }
});

describe('count asOf', () => {
  it('a date that opens the sentence after a connective', () => {
    expect(one('Tuy nhiên, vào tháng 5.2015, ông A đã nhận nhầm 4 con nhím giống.', '4 con nhím').asOf).toBe('2015-05');
  });
  it('one fact, one span: owner and date from the sentence of its first mention', () => {
    const c = one('Mỗi sở không được vượt quá 3 phó giám đốc. Sở Tài chính tỉnh Bình Định hiện chỉ còn 3 phó giám đốc.', '3 phó giám đốc');
    expect(c.subject).toBeUndefined();
  });
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
