// Who issues a document or grants an award: a named body ('Bộ Chính trị', 'UBND tỉnh Gia Lai')
// or a named office-holder ('Thủ tướng Chính phủ', 'Chủ tịch nước', 'Chủ tịch UBND tỉnh').
// Level words ('tỉnh', 'Trung ương', 'cấp trên') name no one and give nothing.

import type { Candidate } from '../pipeline.ts';
import { canonical } from '../text/normalize.ts';
import { spansOf } from '../text/spans.ts';
import { narrowable } from '../text/narrow.ts';

const HOLDER = narrowable(String.raw`^(?:Chủ tịch nước|Phó Chủ tịch nước|Thủ tướng Chính phủ|Thủ tướng|Tổng Bí thư|Chủ tịch Quốc hội)(?![\p{L}\p{M}])`, 'u');
const HOLDER_OF_BODY = /^(?:Chủ tịch|Phó Chủ tịch|Bộ trưởng|Giám đốc|Trưởng ban|Bí thư|Chánh Văn phòng|Tổng Giám đốc|Thủ trưởng|Tư lệnh|Chỉ huy trưởng|Hiệu trưởng|Viện trưởng|Cục trưởng|Tổng cục trưởng|Thống đốc|Chánh án|Chánh Thanh tra|Tổng Thanh tra) +$/u;

const HOLDER_OF_LEVEL = narrowable(String.raw`^(?:Chủ tịch|Phó Chủ tịch) +(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân) +(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận)(?![\p{L}\p{M}])`, 'u');

export interface Authority {
  start: number;
  end: number;
  name: string;
}

/** The issuer or grantor that starts at `pos`, if any. */
export function authorityAt(text: string, pos: number, offices: Candidate<'office'>[]): Authority | undefined {
  const holder = HOLDER.exec(text.slice(pos, pos + 40));
  if (holder) {
    // 'Thủ tướng Chính phủ' may also be an office-holder of a longer body; take the longest.
    return { start: pos, end: pos + holder[0].length, name: canonical(holder[0]) };
  }
  const index = spansOf(offices);
  const office = index.startingAt(pos);
  if (office) return { start: pos, end: office.end, name: office.name };
  // 'Chủ tịch UBND tỉnh': a title followed by a body.
  const inner = index.startingIn(pos + 1, pos + 31).find((o) => HOLDER_OF_BODY.test(text.slice(pos, o.start)));
  if (inner) return { start: pos, end: inner.end, name: canonical(text.slice(pos, inner.start)) + ' ' + inner.name };
  // 'Chủ tịch UBND huyện': the holder of a people's committee or council named by its level only.
  const level = HOLDER_OF_LEVEL.exec(text.slice(pos, pos + 80));
  if (level) return { start: pos, end: pos + level[0].length, name: canonical(level[0]) };
  return undefined;
}

/** The issuer or grantor that ends at `pos` (the subject before 'tặng', 'ban hành'). */
export function authorityEndingAt(text: string, pos: number, offices: Candidate<'office'>[]): Authority | undefined {
  const office = spansOf(offices).endingAt(pos);
  if (office) {
    // Extend back over a title: 'Chủ tịch UBND tỉnh tặng …'
    const before = /(?:Chủ tịch|Phó Chủ tịch|Bộ trưởng|Giám đốc|Trưởng ban|Bí thư|Thủ tướng|Thống đốc|Chánh án|Viện trưởng) +$/u.exec(text.slice(Math.max(0, office.start - 20), office.start));
    if (before) return { start: office.start - before[0].length, end: pos, name: canonical(before[0]) + ' ' + office.name };
    return { start: office.start, end: pos, name: office.name };
  }
  // (the State's name may follow the President's title: 'Chủ tịch nước CHXHCN Việt Nam đã ký …')
  const holder = /(?:Chủ tịch nước|Thủ tướng Chính phủ|Thủ tướng)( +(?:nước +)?(?:CHXHCN|Cộng hòa [Xx]ã hội [Cc]hủ nghĩa) +Việt Nam)?$/u.exec(text.slice(Math.max(0, pos - 70), pos));
  if (holder) return { start: pos - holder[0].length, end: pos, name: canonical(holder[0].slice(0, holder[0].length - (holder[1]?.length ?? 0))) };
  return undefined;
}
