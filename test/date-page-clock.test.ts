// Page clocks (analyzer/kinds/date.ts pageClock): the header line a site prints with the day it
// serves the page is told from the article's dateline only where both stand in the head and the
// clock is dated after it; a lone dateline is the article's (DECISIONS 003).
import { describe, expect, it } from 'vitest';
import { pageClock } from '../analyzer/kinds/date.ts';

const span = (text: string) => {
  const s = pageClock(text);
  return s && text.slice(s.start, s.end);
};

describe('pageClock', () => {
  it('a weekday clock above an earlier dateline', () => {
    expect(span('Báo X\nThứ Hai, 07/12/2026 08:30\nThời sự\nTiêu đề bài\nThứ Sáu, 05/12/2026 - 10:15\nNội dung.')).toBe('Thứ Hai, 07/12/2026 08:30');
  });
  it("'Cập nhật lúc' and abbreviated weekdays", () => {
    expect(span('Cập nhật lúc 08:30 07/12/2026\nTiêu đề\nNgày đăng: 05/12/2026\nNội dung.')).toBe('Cập nhật lúc 08:30 07/12/2026');
    expect(span('T2, 07/12/2026 | 08:30\nTiêu đề\n05/12/2026 10:15\nNội dung.')).toBe('T2, 07/12/2026 | 08:30');
  });
  it('no clock: a lone dateline, the same day twice, a later update below the dateline, a dated sentence', () => {
    expect(span('Báo X\nThứ Hai, 07/12/2026 08:30\nTiêu đề\nNội dung ngày 05/12/2026.')).toBeUndefined();
    expect(span('Thứ Hai, 07/12/2026 08:30\nTiêu đề\n07/12/2026 - 06:00\nNội dung.')).toBeUndefined();
    expect(span('05/12/2026 - 10:15\nTiêu đề\nCập nhật: 07/12/2026 08:30\nNội dung.')).toBeUndefined();
    expect(span('Thứ Hai, 07/12/2026 08:30\nTiêu đề\nNgày 05/12/2026, Tỉnh ủy họp.\nNội dung.')).toBeUndefined();
  });
  it('only the head: a dateline-like line past the first ten lines does not count', () => {
    const head = 'Thứ Hai, 07/12/2026 08:30\n' + 'Dòng chữ.\n'.repeat(10);
    expect(span(head + '05/12/2026\nNội dung.')).toBeUndefined();
  });
});
