// A place's surplus is its figure, as its need is (PLACE_NEED_VERBS, genre46 mgbm-621):
// 'toàn huyện Cẩm Xuyên đang dư thừa 67 nhà văn hóa thôn'. Only after a place.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index.ts';
import type { CountFact } from '../analyzer/contract.ts';

const countOf = (text: string, quote: string) => {
  const c = analyze(text).facts.find((f): f is CountFact => f.kind === 'count' && f.text === quote);
  expect(c, `no count '${quote}' in: ${text}`).toBeDefined();
  return c!;
};

describe('count subject: a place with a surplus', () => {
  it('must match: the whole of a named district that has a surplus', () => {
    const text = 'Theo số liệu thống kê, đến nay, toàn huyện Cẩm Xuyên đang dư thừa 67 nhà văn hóa thôn với tổng diện tích lớn.';
    expect(countOf(text, '67 nhà văn hóa thôn').subject).toBe('huyện Cẩm Xuyên');
  });
  it('must not match: a body (no place) with a surplus, or a place the surplus is not after', () => {
    expect(countOf('Công ty đang dư thừa 40 công nhân sau khi thu hẹp sản xuất.', '40 công nhân').subject).toBeUndefined();
    expect(countOf('Sau sáp nhập, nhiều nơi dư thừa 5 nhà văn hóa thôn.', '5 nhà văn hóa thôn').subject).toBeUndefined();
  });
});
