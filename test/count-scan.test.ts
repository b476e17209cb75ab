// Counts: the plain-code checks in kinds/count.ts that run before the regexes (the next word
// after a number looked up among the units' first words, the words before it among the
// approximation and label words) must give what the regexes give. These cases are the edges
// of those checks: case, the i/y spelling of a final syllable, spaces other than U+0020,
// number words in runs, 'tân' before a title, a ratio, and characters outside Vietnamese.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index.ts';

const counts = (text: string) =>
  analyze(text)
    .facts.filter((f) => f.kind === 'count')
    .map((f) => ({ text: f.text, value: (f as { value: number }).value, unit: (f as { unit: string }).unit, approx: (f as { approx?: string }).approx }));

describe('counts: the checks before the regexes', () => {
  it('reads units and approximation words in any case', () => {
    expect(counts('TOÀN ĐẢNG BỘ CÓ KHOẢNG 49 ĐẢNG VIÊN SINH HOẠT TẠI 5 CHI BỘ.')).toEqual([
      { text: 'KHOẢNG 49 ĐẢNG VIÊN', value: 49, unit: 'đảng viên', approx: 'about' },
      { text: '5 CHI BỘ', value: 5, unit: 'chi bộ', approx: undefined },
    ]);
  });

  it('reads a final y as i where the lexicon writes i (sĩ/sỹ)', () => {
    expect(counts('Đơn vị có 12 chiến sỹ và xấp xỉ 30 cán bộ.')).toEqual([
      { text: '12 chiến sỹ', value: 12, unit: 'chiến sỹ', approx: undefined },
      { text: 'xấp xỉ 30 cán bộ', value: 30, unit: 'cán bộ', approx: 'about' },
    ]);
  });

  it('reads a no-break space or two spaces between the number and its noun (the view normalizes them)', () => {
    expect(counts('Đảng bộ có 49\u00a0đảng viên.')).toEqual([{ text: '49\u00a0đảng viên', value: 49, unit: 'đảng viên', approx: undefined }]);
    expect(counts('Đảng bộ có 49  đảng viên.')).toEqual([{ text: '49  đảng viên', value: 49, unit: 'đảng viên', approx: undefined }]);
  });

  it('reads runs of number words and a magnitude after digits', () => {
    expect(counts('Chi bộ có hai mươi lăm đảng viên; lễ hội thu hút 1,5 triệu người.')).toEqual([
      { text: 'hai mươi lăm đảng viên', value: 25, unit: 'đảng viên', approx: undefined },
      { text: '1,5 triệu người', value: 1500000, unit: 'người', approx: undefined },
    ]);
  });

  it("counts people by a title after 'tân', and a ratio by its part and its whole", () => {
    expect(counts('Huyện bổ nhiệm hai tân Phó Chủ tịch; 12/20 trường học đạt chuẩn.')).toEqual([
      { text: 'hai tân Phó Chủ tịch', value: 2, unit: 'phó chủ tịch', approx: undefined },
      { text: '12', value: 12, unit: 'trường học', approx: undefined },
      { text: '20 trường học', value: 20, unit: 'trường học', approx: undefined },
    ]);
  });

  it('keeps the label and vague words before a number at the end of a longer word', () => {
    // 'thứ', 'hàng' end the words before the number: no count, as the regexes read them
    expect(counts('Đội xếp thứ 2 đội bóng; có hàng 100 người.')).toEqual([]);
    // 'tổng số' is an amount, 'số' alone a label
    expect(counts('Với tổng số 26 công trình, nhà số 5 hộ dân.').map((c) => c.text)).toEqual(['26 công trình']);
  });

  it('stays linear on long runs of digits and separators', () => {
    for (const unit of ['1/', '1.', '1,', '1-', 'hai ']) {
      const t0 = performance.now();
      analyze('Đảng bộ có 49 đảng viên. ' + unit.repeat(40_000));
      expect(performance.now() - t0, unit).toBeLessThan(4_000);
    }
  });

  it('lets characters outside Vietnamese through to the regexes', () => {
    // a letter outside the plane of Vietnamese (a surrogate pair) before the number, a Kelvin
    // sign (K once normalized) in an approximation word
    expect(counts('Có \u212Ahoảng 10 người và 𝐀 5 chi bộ, 𝐀𝐁 3 tổ.')).toEqual([
      { text: '\u212Ahoảng 10 người', value: 10, unit: 'người', approx: 'about' },
      { text: '5 chi bộ', value: 5, unit: 'chi bộ', approx: undefined },
      { text: '3 tổ', value: 3, unit: 'tổ', approx: undefined },
    ]);
  });
});
