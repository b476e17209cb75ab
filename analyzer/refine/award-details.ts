// Who granted an award, who received it and for which year, read in the award's clause:
//   'Chủ tịch nước đã tặng thưởng Huân chương Lao động hạng Nhì (năm 2008) cho tập thể Văn phòng Tỉnh ủy'
//   'Bằng khen của Thủ tướng Chính phủ, Văn phòng Trung ương Đảng và UBND tỉnh Gia Lai' → three facts
//   'Đảng bộ đạt giải Nhì, 2 cá nhân đạt giải Ba của Đảng ủy Khối …' → 'của …' covers both prizes.
// A clause ends at '.', ';', '!', '?' or a line break.

import type { Candidate, Context } from '../pipeline.ts';
import { GRANT_VERBS } from '../lexicon/awards.ts';
import { alternation } from '../text/patterns.ts';
import { canonical } from '../text/normalize.ts';
import { canonicalBodyNames } from './body-names.ts';
import { spansOf } from '../text/spans.ts';
import { type Authority, authorityAt, authorityEndingAt } from './authority.ts';

type Award = Candidate<'award'>;

const CLAUSE_END = /[.;!?\n]/u;
const OF_GRANTOR = /^ *(?:\(năm \d{4}\) *)?(?:của|do) +/iu;
const HOLDER_DIRECT = /^ +(?=Thủ tướng|Chủ tịch nước)/u;
const MORE_GRANTORS = /^(?: *, *| +và +)$/u;
const GRANT_VERB = new RegExp(`(?:^|\\s)(?:đã +|vừa +|được +)?(?:${alternation(GRANT_VERBS)})(?![\\p{L}\\p{M}])`, 'giu');
const RECIPIENT_GAP = /^ *(?:\(năm \d{4}\) *)?(?:[^.;\n]{0,60}?)cho +(?:tập thể +|các +)?$/iu;
const SUBJECT_VERB = /^ *(?:(?:đã|đều|cũng|vừa|vinh dự) +){0,4}(?:được +(?:[^.;,\n]{0,20}? +)?(?:tặng|trao|công nhận|nhận|khen thưởng|phong tặng|truy tặng)|đạt|nhận|giành)(?: +(?:là|danh hiệu))?/iu;

const RECIPIENT_PHRASE =
  /^ *(?:\(năm \d{4}\) *)?(?:của [^,;.]{1,60}? +)?cho +(?:tập thể +)?((?:[^.;:!?\n(]|, (?!(?:nhiều|các|những|đồng thời|góp phần|qua đó|vì)\s))+?)(?= +(?:vì|về|có thành tích|đã|nhân dịp|trong|do|với)(?![\p{L}\p{M}])|[.;:!?\n(]|, (?:nhiều|các|những|đồng thời|góp phần|qua đó|vì)\s|$)/u;
const VAGUE_RECIPIENT = /^(?:các|nhiều|những|một số|một|hàng|mỗi|\d)/iu;

function clauseStart(text: string, pos: number): number {
  for (let i = pos - 1; i >= 0 && pos - i < 400; i--) if (CLAUSE_END.test(text[i])) return i + 1;
  return Math.max(0, pos - 400);
}

function clauseEnd(text: string, pos: number): number {
  for (let i = pos; i < text.length && i - pos < 400; i++) if (CLAUSE_END.test(text[i])) return i;
  return Math.min(text.length, pos + 400);
}

/** Grantors written after the award: 'của A, B và C'. */
function grantorsAfter(text: string, award: Award, offices: Candidate<'office'>[]): Authority[] {
  const rest = text.slice(award.end, award.end + 30);
  const gap = OF_GRANTOR.exec(rest) ?? HOLDER_DIRECT.exec(rest);
  if (!gap) return [];
  const out: Authority[] = [];
  let pos = award.end + gap[0].length;
  for (;;) {
    const who = authorityAt(text, pos, offices);
    if (!who) break;
    out.push(who);
    const sep = /^(?: *, *| +và +)/u.exec(text.slice(who.end, who.end + 6));
    if (!sep || !MORE_GRANTORS.test(sep[0])) break;
    pos = who.end + sep[0].length;
  }
  return out;
}

/** A grantor written before the award as the subject of a granting verb: 'UBND tỉnh đã tặng …'. */
function grantorBefore(text: string, award: Award, offices: Candidate<'office'>[]): Authority | undefined {
  const from = clauseStart(text, award.start);
  const span = text.slice(from, award.start);
  let found: Authority | undefined;
  for (const m of span.matchAll(GRANT_VERB)) {
    // 'X được tặng' is passive: X receives. 'được tỉnh tặng' names the grantor after 'được'.
    if (/^\s?được /u.test(m[0])) continue;
    const verbAt = from + m.index + (m[0].startsWith(' ') ? 1 : 0);
    const before = text.slice(Math.max(from, verbAt - 1), verbAt) === ' ' ? verbAt - 1 : verbAt;
    const who = authorityEndingAt(text, before, offices);
    if (who) found = who;
  }
  return found;
}

function recipient(text: string, award: Award, offices: Candidate<'office'>[]): string | undefined {
  const end = clauseEnd(text, award.end);
  // '… cho Văn phòng Huyện ủy Hòa Thành và Văn phòng Huyện ủy Dương Minh Châu'
  const index = spansOf(offices);
  const after = index.startingIn(award.end, end);
  for (const o of after) {
    if (!RECIPIENT_GAP.test(text.slice(award.end, o.start))) continue;
    const names = [o.name];
    let last = o;
    for (const n of after) {
      if (n.start <= last.start) continue;
      if (!/^ *(?:,|và) *$/u.test(text.slice(last.end, n.start))) break;
      names.push(n.name);
      last = n;
    }
    return names.join(' và ');
  }
  // '… cho Đảng bộ, chính quyền và nhân dân tỉnh Bình Định': a named recipient that is no office,
  // as written; unnamed ones ('cho các đơn vị có thành tích') give none.
  const phrase = RECIPIENT_PHRASE.exec(text.slice(award.end, Math.min(end, award.end + 160)));
  if (phrase && !VAGUE_RECIPIENT.test(phrase[1])) return canonical(phrase[1]);
  // 'Văn phòng Tỉnh ủy được công nhận là …', 'Đảng bộ đạt giải Nhì'
  const from = clauseStart(text, award.start);
  const before = index.startingIn(from, award.start).filter((o) => o.end <= award.start);
  for (const o of before.reverse()) {
    if (SUBJECT_VERB.test(text.slice(o.end, award.start)) && /^ *(?:[^,;]{0,40})$/u.test(text.slice(o.end, award.start))) return o.name;
  }
  // A bare head noun as subject is completed by the article's body of that head.
  const head = /(?:^|[\s,])(Đảng bộ|Chi bộ|Văn phòng|Đảng ủy)( +(?:đã +|vinh dự +)*(?:đạt|được|nhận|giành)[^,;]{0,40})$/u.exec(text.slice(from, award.start));
  if (head) {
    // the body of that head the article has already named in full
    const full = index.startingIn(0, from).find((o) => o.end <= from && o.name.startsWith(head[1] + ' '));
    if (full) return full.name;
  }
  return undefined;
}

function yearOf(text: string, award: Award, dates: Candidate<'date'>[]): number | undefined {
  const end = clauseEnd(text, award.end);
  const from = clauseStart(text, award.start);
  const isYear = (d: Candidate<'date'>) => /^\d{4}$/.test(d.value);
  const index = spansOf(dates);
  const after = index.startingIn(award.end, end).find((d) => isYear(d) && d.end <= end);
  if (after) return Number(after.value);
  // 'Năm 2011, X được tặng …': a year that opens the clause.
  const opening = index.startingIn(from, from + 3).find((d) => isYear(d) && d.end <= award.start);
  return opening ? Number(opening.value) : undefined;
}

/**
 * Fills grantor, recipient and year; an award with several grantors becomes one fact per
 * grantor, all on the award's own span. Returns the new list.
 */
export function attachAwardDetails(
  awards: Award[],
  offices: Candidate<'office'>[],
  dates: Candidate<'date'>[],
  ctx: Context,
): Award[] {
  const { text } = ctx;
  const sorted = [...awards].sort((a, b) => a.start - b.start);
  const grantors = new Map<Award, Authority[]>();
  for (const a of sorted) {
    const after = grantorsAfter(text, a, offices);
    const before = after.length ? undefined : grantorBefore(text, a, offices);
    grantors.set(a, after.length ? after : before ? [before] : []);
  }
  // 'của X' after the last award of a clause also covers the awards before it in that clause.
  for (let i = sorted.length - 1; i > 0; i--) {
    const a = sorted[i];
    const g = grantors.get(a)!;
    if (!g.length) continue;
    for (let j = i - 1; j >= 0; j--) {
      const prev = sorted[j];
      if (grantors.get(prev)!.length) break;
      if (CLAUSE_END.test(text.slice(prev.end, a.start))) break;
      grantors.set(prev, g);
    }
  }
  const out: Award[] = [];
  let previous: Award | undefined;
  for (const a of sorted) {
    const g = grantors.get(a)!;
    let rec = recipient(text, a, offices);
    // '… được công nhận là A, được tặng B': the subject carries over to the next predicate.
    if (!rec && previous?.recipient && /^ *, *(?:và +)?(?:được|đạt|nhận)/u.test(text.slice(previous.end, a.start))) {
      rec = previous.recipient;
    }
    const year = yearOf(text, a, dates);
    const base: Award = { ...a };
    if (rec) base.recipient = rec;
    if (year) base.year = year;
    if (!g.length) out.push(base);
    for (const who of g) out.push({ ...base, grantor: who.name });
    previous = base;
  }
  // One grantor written several ways ('Chủ tịch UBND Thành phố', 'Chủ tịch Ủy ban nhân dân TP
  // Hồ Chí Minh') is one grantor, written as its first full mention.
  const byName = new Map<string, Award[]>();
  for (const a of out) if (a.grantor) (byName.get(a.name) ?? byName.set(a.name, []).get(a.name)!).push(a);
  for (const list of byName.values()) {
    const canonicalOf = canonicalBodyNames(list.map((a) => a.grantor!), ctx.article.province);
    for (const a of list) a.grantor = canonicalOf.get(a.grantor!) ?? a.grantor;
  }
  // The same award named again without its grantor ('trao Huân chương Độc lập hạng Ba cho …'
  // after '… hạng Ba của Chủ tịch nước') is that award, when the article names one grantor for it.
  const grantorsOf = new Map<string, Set<string>>();
  for (const a of out) if (a.grantor) (grantorsOf.get(a.name) ?? grantorsOf.set(a.name, new Set()).get(a.name)!).add(a.grantor);
  for (const a of out) {
    const gs = grantorsOf.get(a.name);
    if (!a.grantor && gs?.size === 1) a.grantor = [...gs][0];
  }
  return out;
}
