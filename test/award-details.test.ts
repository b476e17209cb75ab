// Award details read from the conferring frames (analyzer/refine/award-details.ts): what the
// Duckling-style cases in fixtures/rules/award.json do not show on their own — one article
// naming several conferrers, recipients written short then in full, the shape of every
// recipient on real text, and speed on text built to make clause readers work hard.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index.ts';
import type { AwardFact } from '../analyzer/contract.ts';

const awards = (text: string) => analyze(text).facts.filter((f): f is AwardFact => f.kind === 'award');

describe('award grantors across an article', () => {
  it('lends the one grantor an article names for an award to its other mentions', () => {
    const got = awards(
      'Sở Tư pháp vinh dự đón nhận Cờ thi đua của Bộ Tư pháp. Tại buổi lễ, Phó Bí thư Tỉnh ủy Nguyễn Văn An trao Cờ thi đua cho Sở.',
    );
    expect(got.map((a) => [a.name, a.grantor])).toEqual([['Cờ thi đua', 'Bộ Tư pháp']]);
  });

  it('lends no grantor where the text names another conferrer the analyzer does not know', () => {
    const got = awards(
      'Chủ tịch Hiệp hội Doanh nghiệp tỉnh Nguyễn Văn An tặng Kỷ niệm chương cho ông Trần Văn Bình. ' +
        'Sau đó, Bộ Công Thương tặng Kỷ niệm chương cho Công ty Điện lực Hà Nội.',
    );
    expect(got.map((a) => a.grantor ?? null)).toEqual([null, 'Bộ Công Thương']);
  });

  it('writes an office-holder named short and in full by the full title', () => {
    const got = awards('Thủ tướng tặng Bằng khen cho chị Lan. Chị Nguyễn Thị Lan được Thủ tướng Chính phủ tặng Bằng khen.');
    expect(new Set(got.map((a) => a.grantor))).toEqual(new Set(['Thủ tướng Chính phủ']));
  });

  it('reads conferring bodies that are no offices (lexicon GRANTOR_BODIES), with their holders', () => {
    const got = awards(
      'Trung ương Đoàn truy tặng Huy hiệu “Tuổi trẻ dũng cảm” cho em An. Em cũng nhận giấy khen của Tỉnh đoàn Quảng Trị. ' +
        'Chủ tịch Tổng Liên đoàn Lao động Việt Nam Nguyễn Văn Bình tặng Kỷ niệm chương cho ông Lê Văn Cường.',
    );
    expect(got.map((a) => a.grantor)).toEqual(['Trung ương Đoàn', 'Tỉnh đoàn Quảng Trị', 'Chủ tịch Tổng Liên đoàn Lao động Việt Nam']);
  });

  it('lends no grantor to several certificates named in the plural', () => {
    const got = awards(
      'Công ty được Bộ Xây dựng tặng Huy chương Vàng chất lượng cao và nhiều bằng khen đạt được thành tích xuất sắc. UBND tỉnh Đồng Nai tặng Bằng khen cho công ty.',
    );
    expect(got.filter((a) => a.name === 'Bằng khen').map((a) => a.grantor ?? null)).toEqual([null, 'UBND tỉnh Đồng Nai']);
  });

  it('lends the body of a level to an award conferred "của tỉnh" elsewhere in the article', () => {
    const got = awards('Chủ tịch UBND tỉnh trao tặng cờ thi đua của tỉnh cho Sở Y tế. Năm 2014, UBND tỉnh tặng Cờ thi đua cho Sở Y tế.');
    expect(got.map((a) => [a.name, a.grantor])).toEqual([['Cờ thi đua', 'UBND tỉnh']]);
  });

  it('keeps a body as the grantor when it gives the award itself ("X đã trao")', () => {
    const got = awards('Nhân dịp này, Bộ Tư lệnh Bộ đội Biên phòng đã trao Bằng khen, Giấy khen cho các tập thể.');
    expect(got.map((a) => [a.name, a.grantor])).toEqual([
      ['Bằng khen', 'Bộ Tư lệnh Bộ đội Biên phòng'],
      ['Giấy khen', 'Bộ Tư lệnh Bộ đội Biên phòng'],
    ]);
  });

  it('spreads "của X" back over a list, but never makes a body the grantor of a State order', () => {
    const got = awards('Đảng ủy tổ chức lễ trao tặng Huân chương Độc lập và Bằng khen của Đảng ủy Khối các cơ quan tỉnh cho các đảng viên.');
    expect(got.map((a) => [a.name, a.grantor ?? null])).toEqual([
      ['Huân chương Độc lập', null],
      ['Bằng khen', 'Đảng ủy Khối các cơ quan tỉnh'],
    ]);
  });
});

describe('award recipients', () => {
  it('takes the fuller of two spellings of one recipient', () => {
    const got = awards(
      'Tổng Công ty Điện lực đón nhận Huân chương Lao động hạng Nhất\n\nNgày 2/6, Tổng Công ty Điện lực miền Trung (EVNCPC) - đơn vị Anh hùng Lao động - đã tổ chức lễ kỷ niệm và đón nhận Huân chương Lao động hạng Nhất.',
    );
    const order = got.find((a) => a.name === 'Huân chương Lao động hạng Nhất');
    expect(order?.recipient).toBe('Tổng Công ty Điện lực miền Trung');
    expect(got.find((a) => a.name === 'Anh hùng Lao động')?.recipient).toBe('Tổng Công ty Điện lực miền Trung');
  });

  it('gives each listed award its own recipient', () => {
    const got = awards('Bí thư Thành ủy trao Huy hiệu 70 năm tuổi Đảng cho ông Trần Văn Phúc và Huy hiệu 60 năm tuổi Đảng cho bà Hoàng Thị Thường.');
    expect(got.map((a) => [a.name, a.recipient])).toEqual([
      ['Huy hiệu 70 năm tuổi Đảng', 'Trần Văn Phúc'],
      ['Huy hiệu 60 năm tuổi Đảng', 'Hoàng Thị Thường'],
    ]);
  });

  it('joins the persons one award is given to in several sentences', () => {
    const got = awards(
      'Bí thư Tỉnh ủy trao Huy hiệu 50 năm tuổi Đảng cho ông Phan Văn Long. Ông cũng trao Huy hiệu 50 năm, 40 năm tuổi Đảng cho các ông Lê Văn Hải và Đinh Văn Tâm.',
    );
    expect(got.map((a) => [a.name, a.recipient])).toEqual([
      ['Huy hiệu 50 năm tuổi Đảng', 'Phan Văn Long và Lê Văn Hải'],
      ['Huy hiệu 40 năm tuổi Đảng', 'Đinh Văn Tâm'],
    ]);
  });

  it('reads the holders listed after an honorary title', () => {
    const got = awards('Chương trình có sự góp mặt của các Nghệ sĩ Nhân dân: Thanh Hoa, Quang Thọ; các ca sĩ trẻ.');
    expect(got.map((a) => a.recipient)).toEqual(['Thanh Hoa, Quang Thọ']);
  });

  it('names on real articles: short, no clause, no quote', () => {
    const lines = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'corpus', 'real-articles.jsonl'), 'utf8').split('\n').filter(Boolean);
    const bad: string[] = [];
    for (const line of lines) {
      const { id, text } = JSON.parse(line) as { id: string; text: string };
      for (const a of awards(text)) {
        const r = a.recipient;
        if (r === undefined) continue;
        if (r.split(' ').length > 14 || /"|(?:^|\s)(?:đã|được|là|đoạt|đạt|giành|nhận)(?=\s|$)/u.test(r) || /[,.;:-]$/u.test(r)) bad.push(`${id}: ${r}`);
      }
      for (const a of awards(text)) if (a.grantor !== undefined && !a.grantor.trim()) bad.push(`${id}: empty grantor`);
    }
    expect(bad).toEqual([]);
  });
});

describe('award details stay fast', () => {
  it('reads a long text of awards and conferring verbs without punctuation in linear time', () => {
    const unit = 'UBND tỉnh đã tặng Bằng khen Giấy khen và Cờ thi đua của Bộ Công an cho ông Nguyễn Văn An được Thủ tướng Chính phủ tặng ';
    const text = unit.repeat(2000); // about 240,000 characters, one "clause"
    const t0 = performance.now();
    const got = awards(text);
    const ms = performance.now() - t0;
    expect(got.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(4000);
  });

  it('coordinated classes and badges do not run away on long lists', () => {
    const text = `Huân chương Lao động hạng Nhất${', Nhì'.repeat(5000)}. Huy hiệu 30${', 40'.repeat(5000)} năm tuổi Đảng.`;
    const t0 = performance.now();
    awards(text);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
