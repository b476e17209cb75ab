// Dates: full dates (27/08/2012, 7-8-2011, 16.2.2012, ngày 7 tháng 11 năm 2006), date-times
// (27/08/2012 - 10:05, 19h30 ngày 2/9/2025), months (tháng 01/2012), quarters (quý IV-2010),
// years after 'năm' and terms (nhiệm kỳ 2010-2015 → 2010/2015). A bare year is no date
// (FACTS.md), nor are 'ISO 9001:2008', 'khóa XIII', '4 năm qua', 'giai đoạn 2021-2025'.
// Day and month without a year ('chiều 28/6') take the year of the article's dateline.

import type { Candidate, Context } from '../pipeline.ts';
import { ROMAN_NUMERALS, MONTH_WORDS } from '../lexicon/numerals.ts';
import { WORD_END, WORD_START, alternation, rx } from '../text/patterns.ts';
import { WordScan } from '../text/scan.ts';

type DateCandidate = Candidate<'date'>;

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1800 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function validYear(y: number): boolean {
  return y >= 1800 && y <= 2100;
}

function isoDay(y: number, m: number, d: number, hh?: number, mm?: number): string {
  const day = `${y}-${pad(m)}-${pad(d)}`;
  if (hh === undefined || hh > 23 || (mm ?? 0) > 59) return day;
  return `${day}T${pad(hh)}:${pad(mm ?? 0)}`;
}

const MONTH_WORD = alternation(Object.keys(MONTH_WORDS));
const ROMAN = 'I{1,3}|IV';
const monthValue = (s: string): number => (/^\d+$/.test(s) ? Number(s) : MONTH_WORDS[s.toLowerCase()] ?? 0);
const quarterValue = (s: string): number => (/^\d$/.test(s) ? Number(s) : ROMAN_NUMERALS[s.toUpperCase()] ?? 0);

/**
 * A keyword whose word edge is checked after it: the regex engine can then scan for the
 * literal itself, about 4× faster than testing a look-behind at every position.
 */
const keyword = (word: string) => `${word}(?<![\\p{L}\\p{M}\\p{N}]${word})`;

// A clock time: 10:05, 10h05, 10g05, 10h, 8 giờ 30.
const TIME = '(\\d{1,2})(?:[:hg](\\d{2})|h|g| giờ(?: (\\d{1,2})(?: phút)?)?)';
const NOT_DIGIT_BEFORE = '(?<![\\d.,/:-]|\\d[.,/:-])';
const NOT_DIGIT_AFTER = '(?![\\d]|[.,/:-]\\d)';

// 27/08/2012, 7-8-2011, 16.2.2012: day, month, year with one separator, then an optional time.
const NUMERIC_DATE = rx(
  `(?=\\d)(?:${WORD_START}${TIME} *(?:[,|-] *)?(?:(?:sáng|trưa|chiều|tối|đêm) +)?(?:ngày +)?)?` +
    `${NOT_DIGIT_BEFORE}(\\d{1,2})([/.-])(\\d{1,2})\\5(\\d{4})${NOT_DIGIT_AFTER}` +
    `(?: *(?:[-|,] *|lúc +)?${TIME}${WORD_END}(?! *%))?`,
  'giu',
);

// ngày 7 tháng 11 năm 2006, 7 tháng 11 năm 2006, mồng 3 tháng 3
const WORD_DATE = rx(
  `(?=[\\dnNmM])${WORD_START}(?:${TIME} +)?(?:ngày +)?(?:(?:mồng|mùng) +)?(\\d{1,2}) +tháng +(\\d{1,2}|${MONTH_WORD})(?: *(?:năm +|[/.-] *)(\\d{4}))?${NOT_DIGIT_AFTER}`,
  'giu',
);

// tháng 01/2012, tháng 3.2012, tháng 3-2012, tháng 10 năm 2017, tháng mười năm 2017
const MONTH_YEAR = rx(
  `${keyword('tháng')} *(\\d{1,2}|${MONTH_WORD}) *(?:[/.-] *|,? +năm +)(\\d{4})${NOT_DIGIT_AFTER}`,
  'giu',
);

// quý IV-2010, quý I/2020, quý 4 năm 2018
const QUARTER = rx(`${keyword('quý')} +(${ROMAN}|[1-4]) *(?:[/.-] *|,? +năm +)(\\d{4})${NOT_DIGIT_AFTER}`, 'giu');

// nhiệm kỳ 2010-2015, nhiệm kỳ 2010 – 2015
const TERM = rx(`${keyword('nhiệm kỳ')} +(\\d{4}) *- *(\\d{4})${NOT_DIGIT_AFTER}`, 'giu');

// năm 2011, Năm 2012 — but not the first year of a span ('năm 2024-2025' names a period).
const YEAR = rx(`${keyword('năm')} +(\\d{4})${NOT_DIGIT_AFTER}(?! *- *\\d{4})`, 'giu');

// Day and month alone, after a word that makes it a date: 'chiều 28/6', 'ngày 15-3', 'đến 30/6'.
const DAY_MONTH_WORDS = ['ngày', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'hôm', 'mồng', 'mùng', 'từ', 'đến', 'tới', 'trước', 'hết', 'vào'];
const DAY_MONTH = rx(
  `(?=[nsStTcCđĐkKhHmMvV])${WORD_START}(?:${DAY_MONTH_WORDS.join('|')})(?: +ngày)? +` +
    `(\\d{1,2})([/.-])(\\d{1,2})${NOT_DIGIT_AFTER}`,
  'giu',
);

// The scans run only where their first word or a digit is (text/scan.ts).
const NUMERIC_DATE_SCAN = new WordScan(NUMERIC_DATE, [], { digits: true });
const WORD_DATE_SCAN = new WordScan(WORD_DATE, ['ngày', 'mồng', 'mùng'], { digits: true });
const QUARTER_SCAN = new WordScan(QUARTER, ['quý']);
const TERM_SCAN = new WordScan(TERM, ['nhiệm kỳ']);
const YEAR_SCAN = new WordScan(YEAR, ['năm']);
const DAY_MONTH_SCAN = new WordScan(DAY_MONTH, DAY_MONTH_WORDS);

function clock(h?: string, m?: string, m2?: string): [number | undefined, number | undefined] {
  if (h === undefined) return [undefined, undefined];
  return [Number(h), Number(m ?? m2 ?? 0)];
}

/**
 * The year of a day-and-month date ('chiều 28/6'): the article's publication year. Without a
 * dateline there is no safe guess (a full date earlier in the text is often years older),
 * and a wrong year is worse than none.
 */
function yearFor(ctx: Context): number | undefined {
  const published = ctx.article.published;
  return published && /^\d{4}/.test(published) ? Number(published.slice(0, 4)) : undefined;
}

export function parseDates(ctx: Context): DateCandidate[] {
  const { text } = ctx;
  const out: DateCandidate[] = [];
  const add = (start: number, end: number, value: string) => out.push({ kind: 'date', start, end, value });

  for (const m of NUMERIC_DATE_SCAN.all(text)) {
    const [d, mo, y] = [Number(m[4]), Number(m[6]), Number(m[7])];
    if (!validDay(y, mo, d)) continue;
    const [bh, bm] = clock(m[1], m[2], m[3]);
    const [ah, am] = clock(m[8], m[9], m[10]);
    // A time before the date belongs to it only when the date follows directly ('19h30 ngày 2/9/2025').
    const hh = bh ?? ah;
    const mm = bh !== undefined ? bm : am;
    let start = m.index;
    let end = m.index + m[0].length;
    if (bh === undefined) start = m.index + m[0].indexOf(m[4] + m[5] + m[6]);
    if (ah === undefined && bh !== undefined) end = m.index + m[0].length;
    add(start, end, isoDay(y, mo, d, hh, mm));
  }

  for (const m of WORD_DATE_SCAN.all(text)) {
    // '20 giờ ngày 31 tháng 3 năm 1975': a clock time before the date makes it a date-time.
    const [hh, mm] = clock(m[1], m[2], m[3]);
    const d = Number(m[4]);
    const mo = monthValue(m[5]);
    const y = m[6] ? Number(m[6]) : yearFor(ctx);
    if (y === undefined || !validDay(y, mo, d)) continue;
    add(m.index, m.index + m[0].length, isoDay(y, mo, d, hh, mm));
  }

  for (const m of text.matchAll(MONTH_YEAR)) {
    const mo = monthValue(m[1]);
    const y = Number(m[2]);
    if (mo < 1 || mo > 12 || !validYear(y)) continue;
    add(m.index, m.index + m[0].length, `${y}-${pad(mo)}`);
  }

  for (const m of QUARTER_SCAN.all(text)) {
    const q = quarterValue(m[1]);
    const y = Number(m[2]);
    if (q < 1 || q > 4 || !validYear(y)) continue;
    add(m.index, m.index + m[0].length, `${y}-Q${q}`);
  }

  for (const m of TERM_SCAN.all(text)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (!validYear(a) || !validYear(b) || b <= a || b - a > 10) continue;
    add(m.index, m.index + m[0].length, `${a}/${b}`);
  }

  for (const m of YEAR_SCAN.all(text)) {
    const y = Number(m[1]);
    if (validYear(y)) add(m.index, m.index + m[0].length, String(y));
  }

  for (const m of DAY_MONTH_SCAN.all(text)) {
    const [d, mo] = [Number(m[1]), Number(m[3])];
    const y = yearFor(ctx);
    if (y === undefined || !validDay(y, mo, d)) continue;
    const start = m.index + m[0].lastIndexOf(m[1] + m[2] + m[3]);
    add(start, m.index + m[0].length, isoDay(y, mo, d));
  }
  return out;
}
