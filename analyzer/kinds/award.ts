// Awards: orders and medals ('Huân chương Lao động hạng Nhì'), honorary and emulation titles
// ('Anh hùng Lao động', 'Chiến sĩ thi đua cấp tỉnh'), flags ('Cờ thi đua', 'cờ đơn vị dẫn đầu'),
// certificates ('Bằng khen', 'Giấy khen') and contest prizes ('giải Nhì' → 'Giải Nhì').
// This module finds the award names; who granted them, who received them and the year are
// read around them by refine/award-details.ts, where offices and dates are known.

import type { Candidate, Context } from '../pipeline.ts';
import { AWARDS, AWARD_CLASSES, PRIZE_RANKS } from '../lexicon/awards.ts';
import { PROVINCE_NAME_PATTERN } from '../places.ts';
import { WORD_END, WORD_START, alternation, leadingClass, rx, squash } from '../text/patterns.ts';
import { WordScan } from '../text/scan.ts';

type AwardCandidate = Candidate<'award'>;

/** Lookup key: lower case, single spaces, and the final i/y of a syllable folded ('sỹ' ≡ 'sĩ'). */
function lookupKey(s: string): string {
  const I: Record<string, string> = { y: 'i', ý: 'í', ỳ: 'ì', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị' };
  return squash(s)
    .toLowerCase()
    .replace(/(?<=[bcdđghklmnprstvx])[yýỳỷỹỵ](?![\p{L}\p{M}])/gu, (c) => I[c] ?? c);
}

const AWARD_BY_FORM = new Map<string, (typeof AWARDS)[number]>();
for (const a of AWARDS) for (const f of [a.name, ...a.variants]) AWARD_BY_FORM.set(lookupKey(f), a);

const CLASS_BY_FORM = new Map<string, string>();
for (const c of AWARD_CLASSES) for (const f of [c.name, ...c.variants]) CLASS_BY_FORM.set(f.toLowerCase(), c.name);
const RANK_BY_FORM = new Map<string, string>();
for (const r of PRIZE_RANKS) for (const f of [r.name, ...r.variants]) RANK_BY_FORM.set(f.toLowerCase(), r.name);

const NAMES = alternation([...AWARD_BY_FORM.keys()]);
const CLASS = alternation([...CLASS_BY_FORM.keys()]);
const RANK = alternation([...RANK_BY_FORM.keys()]);

// The whole-word award names, with the class of orders and medals ('hạng Nhì', 'hạng II').
const NAMED = rx(`${leadingClass([...AWARD_BY_FORM.keys()], true)}${WORD_START}(${NAMES})${WORD_END}(?: +hạng +(${CLASS})${WORD_END})?`, 'giu');
// Contest prizes: 'giải Nhì', 'Giải Khuyến khích', 'giải A'. The rank must be capitalised
// for one-letter ranks so that 'giải a' in running text is not read as a prize.
const PRIZE = rx(`(?=[gG])${WORD_START}[gG]iải +(${RANK})${WORD_END}`, 'giu');
const PRIZE_RANK_CASE = new RegExp(`^(?:${RANK})$`, 'iu');
// 'Huy hiệu 30 năm tuổi Đảng'
const PARTY_BADGE = rx(`${WORD_START}Huy hiệu +(\\d{2}) +năm tuổi +Đảng${WORD_END}`, 'giu');
// The three scans, run only where their first words are (text/scan.ts).
const NAMED_SCAN = new WordScan(NAMED, [...AWARD_BY_FORM.keys()], { whole: true });
const PRIZE_SCAN = new WordScan(PRIZE, ['giải']);
const PARTY_BADGE_SCAN = new WordScan(PARTY_BADGE, ['Huy hiệu']);
// 'Chiến sĩ thi đua cấp tỉnh và cấp cơ sở': the second level is an award of its own.
const TITLE_LEVELS = rx(`^ +và +(cấp +[\\p{L}]+(?: +[\\p{L}]+)?)${WORD_END}`, 'iu');

/**
 * Titles that also work as plain descriptions in running text ('90 gia đình văn hóa hạnh phúc'):
 * awards only when written with a capital, as a title.
 */
const TITLE_CASE_ONLY = new Set(['Gia đình văn hóa', 'Thôn, tổ dân phố văn hóa', 'Xã, phường, thị trấn tiêu biểu']);

/** Is `pos` inside a province's name ('Bằng' of 'Cao Bằng')? */
const PROVINCE_NAME = new RegExp(`(?<![\\p{L}\\p{M}])(?:${PROVINCE_NAME_PATTERN})(?![\\p{L}\\p{M}])`, 'gu');
function insideProvinceName(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 16);
  for (const m of text.slice(from, pos + 16).matchAll(PROVINCE_NAME)) {
    if (from + m.index < pos && from + m.index + m[0].length > pos) return true;
  }
  return false;
}

export function parseAwards(ctx: Context): AwardCandidate[] {
  const { text } = ctx;
  const out: AwardCandidate[] = [];

  for (const m of NAMED_SCAN.all(text)) {
    const award = AWARD_BY_FORM.get(lookupKey(m[1]));
    if (!award) continue;
    if (TITLE_CASE_ONLY.has(award.name) && !/^\p{Lu}/u.test(m[1])) continue;
    // 'Cao Bằng khen thưởng …': a place's name that runs into the award's words is no award.
    if (insideProvinceName(text, m.index)) continue;
    let name = award.name;
    let end = m.index + m[0].length;
    if (award.classes && m[2]) name = `${award.name} hạng ${CLASS_BY_FORM.get(m[2].toLowerCase())}`;
    else if (!m[2]) end = m.index + m[1].length;
    out.push({ kind: 'award', start: m.index, end, name });
    // 'Chiến sĩ thi đua cấp tỉnh và cấp cơ sở' → also 'Chiến sĩ thi đua cấp cơ sở', spanning the phrase.
    const level = /^(.*) cấp \S+$/u.exec(name);
    if (level) {
      const more = TITLE_LEVELS.exec(text.slice(end, end + 40));
      if (more) {
        const second = AWARD_BY_FORM.get(lookupKey(`${level[1]} ${more[1]}`));
        if (second) out.push({ kind: 'award', start: m.index, end: end + more[0].length, name: second.name });
      }
    }
  }

  for (const m of PRIZE_SCAN.all(text)) {
    const rank = m[1];
    if (!/^[gG]/u.test(m[0]) || !PRIZE_RANK_CASE.test(rank)) continue;
    if (rank.length === 1 && rank !== rank.toUpperCase()) continue;
    const canonical = RANK_BY_FORM.get(rank.toLowerCase());
    if (!canonical) continue;
    out.push({ kind: 'award', start: m.index, end: m.index + m[0].length, name: `Giải ${canonical}` });
  }

  for (const m of PARTY_BADGE_SCAN.all(text)) {
    out.push({ kind: 'award', start: m.index, end: m.index + m[0].length, name: `Huy hiệu ${m[1]} năm tuổi Đảng` });
  }
  return out;
}
