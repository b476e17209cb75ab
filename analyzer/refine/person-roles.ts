// A person's role: the title written right before the name, with the body it belongs to
// ('Phó Bí thư Thường trực Tỉnh ủy Nguyễn Văn Hải' → 'Phó Bí thư Thường trực Tỉnh ủy'), and
// chains of titles ('Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn A').
// Forms of address ('đồng chí', 'ông') between title and name are skipped; a title after
// the name gives no role (DECISIONS.md).

import type { Candidate, Context } from '../pipeline.ts';
import { PERSON_PREFIXES, ROLE_TITLES } from '../lexicon/roles.ts';
import { alternation } from '../text/patterns.ts';
import { canonical } from '../text/normalize.ts';
import { type SpanIndex, spansOf } from '../text/spans.ts';

const PREFIX_BEFORE = new RegExp(`(?:^|[\\s,])(?:${alternation(PERSON_PREFIXES)}) *$`, 'iu');
// A title that ends where the look-behind stands (run sticky at the end of a slice): read
// backwards, not tried at every position of the slice. The longest title wins as the forward
// `(?:^|[\s(])(…)$` would: the titles are tried longest first and the view has single spaces.
const TITLE_END = new RegExp(`(?<=(?:^|[\\s(])(${alternation(ROLE_TITLES)}))`, 'iuy');
const TITLE_ANYWHERE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(ROLE_TITLES)})(?![\\p{L}\\p{M}])`, 'giu');
/** A people's committee or council named only by its level: 'UBND huyện', 'HĐND xã'. */
const LEVEL_BODY_END = /(?:^|\s)(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Huyện ủy|Thị ủy|Quận ủy|Thành ủy|Đảng ủy|Tỉnh ủy) +(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận)$|(?:^|\s)(?:Huyện ủy|Thị ủy|Quận ủy|Thành ủy|Đảng ủy|Tỉnh ủy)$/u;

/** A title that begins before `bodyStart` and ends inside the body's span: 'Chánh Văn phòng' + 'Tỉnh ủy'. */
function titleOverlapping(text: string, bodyStart: number, bodyEnd: number): number | undefined {
  const from = Math.max(0, bodyStart - 40);
  let best: number | undefined;
  for (const m of text.slice(from, bodyEnd).matchAll(TITLE_ANYWHERE)) {
    const s = from + m.index;
    const e = s + m[0].length;
    if (s < bodyStart && e > bodyStart && e <= bodyEnd) best = s;
  }
  return best;
}

/** The role that ends right before `pos`, walking back over bodies and chained titles. */
function roleBefore(text: string, pos: number, offices: SpanIndex<Candidate<'office'>>): { start: number } | undefined {
  let end = pos;
  // skip a form of address: 'đồng chí', 'ông', 'bà'
  const prefix = PREFIX_BEFORE.exec(text.slice(Math.max(0, end - 20), end));
  if (prefix) end -= prefix[0].length - (/^[\s,]/u.test(prefix[0]) ? 1 : 0);
  while (end > 0 && text[end - 1] === ' ') end--;
  // 'Bộ trưởng Bộ Công an, Đại tướng Lương Tam Quang': the title stands before the rank.
  if (prefix && text[end - 1] === ',') end--;
  let start: number | undefined;
  for (let guard = 0; guard < 6; guard++) {
    // a body right before: 'Tỉnh ủy', 'UBND tỉnh'
    const body = offices.endingAt(end);
    let titleEnd = end;
    if (body) {
      titleEnd = body.start;
      while (titleEnd > 0 && text[titleEnd - 1] === ' ') titleEnd--;
    } else {
      const level = LEVEL_BODY_END.exec(text.slice(Math.max(0, end - 40), end));
      if (level) titleEnd = end - level[0].trimStart().length - 1;
    }
    const before = text.slice(Math.max(0, titleEnd - 60), titleEnd);
    TITLE_END.lastIndex = before.length;
    const m = TITLE_END.exec(before);
    const overlapping = !m && body ? titleOverlapping(text, body.start, body.end) : undefined;
    if (!m && overlapping === undefined) break;
    start = m ? titleEnd - m[1].length : overlapping!;
    // a chained title before it: '…, Chủ tịch UBND tỉnh'
    const comma = /, *$/u.exec(text.slice(Math.max(0, start - 3), start));
    if (!comma) break;
    end = start - comma[0].length;
  }
  return start === undefined ? undefined : { start };
}

export function attachRoles(persons: Candidate<'person'>[], offices: Candidate<'office'>[], ctx: Context): void {
  const { text } = ctx;
  const index = spansOf(offices);
  for (const p of persons) {
    if (p.role) continue;
    const r = roleBefore(text, p.start, index);
    if (!r) continue;
    let end = p.start;
    const prefix = PREFIX_BEFORE.exec(text.slice(Math.max(0, end - 20), end));
    if (prefix) end -= prefix[0].length - (/^[\s,]/u.test(prefix[0]) ? 1 : 0);
    const role = canonical(text.slice(r.start, end)).replace(/[\s,]+$/u, '');
    if (role) p.role = role;
  }
}
