// Dates: full dates (27/08/2012, 7-8-2011, 16.2.2012, ngày 7 tháng 11 năm 2006), date-times
// (27/08/2012 - 10:05, 19h30 ngày 2/9/2025), months (tháng 01/2012), quarters (quý IV-2010),
// years after 'năm' and terms (nhiệm kỳ 2010-2015 → 2010/2015). A bare year is no date
// (FACTS.md), nor are 'ISO 9001:2008', 'khóa XIII', '4 năm qua', 'giai đoạn 2021-2025'.
// Day and month without a year ('chiều 28/6') take a year only where the text fixes it: the same
// sentence's month of the occasion, the dateline, the same day written in full (YearsOfDays). Lists that
// share a keyword, month or year are read whole: 'năm 2013, 2014', 'từ năm 2000 đến 2005',
// 'tháng 8, tháng 10/2017', 'tháng 1/2014 - 5/2016', 'ngày 7 và 8/2', 'nhiệm kỳ 2005 - 2010 và
// 2010 - 2015'; 'năm học 2017 - 2018' and 'năm 2015-2016' are intervals of years; 'những năm 1990'
// a decade, no date.

import type { Candidate, Context } from '../pipeline.ts';
import { ROMAN_NUMERALS, MONTH_WORDS } from '../lexicon/numerals.ts';
import { CONTEST_EVENTS } from '../lexicon/awards.ts';
import { WORD_END, WORD_START, alternation, rx } from '../text/patterns.ts';
import { WordScan } from '../text/scan.ts';
import { narrowable, regexHere } from '../text/narrow.ts';

type DateCandidate = Candidate<'date'>;

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1800 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function validYear(y: number): boolean {
  return y >= 1800 && y <= 2100;
}

// A year its keyword makes a date ('tháng 5-2107', 'năm 1511'): valued as printed, a historic
// year or a typo included (genre36 'tháng 5-2107' → '2107-05'); four digits and the keyword
// already say it is a year.
function writtenYear(y: number): boolean {
  return y >= 1000 && y <= 2199;
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

// A clock time: 10:05, 10h05, 10g05, 10h15 phút, 10h, 8 giờ 30.
const TIME = '(\\d{1,2})(?:[:hg](\\d{2})(?: phút)?|h|g| giờ(?: (\\d{1,2})(?: phút)?)?)';
const NOT_DIGIT_BEFORE = '(?<![\\d.,/:-]|\\d[.,/:-])';
const NOT_DIGIT_AFTER = '(?![\\d]|[.,/:-]\\d)';

// 27/08/2012, 7-8-2011, 16.2.2012: day, month, year with one separator, then an optional time.
// A space may follow the first separator ('20. 2.2017'). Two full dates joined by a bare dash or
// slash are two dates, as when spaced (an anniversary '(7/5/1954-7/5/2014)', '(21/6/1925–21/6/2025)').
const FULL_DATE_JOINED_BEFORE = '(?<=\\d[/.-]\\d{1,2}[/.-]\\d{4}[-/])';
const FULL_DATE_JOINED_AFTER = '(?=[-/] ?\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}(?!\\d))';
const NUMERIC_DATE = rx(
  `(?=\\d)(?:${WORD_START}${TIME} *(?:[,|-] *)?(?:(?:sáng|trưa|chiều|tối|đêm) +)?(?:ngày +)?)?` +
    `(?:${FULL_DATE_JOINED_BEFORE}|${NOT_DIGIT_BEFORE})(\\d{1,2})([/.-])( ?)(\\d{1,2})\\5(\\d{4})(?:${FULL_DATE_JOINED_AFTER}|${NOT_DIGIT_AFTER})` +
    `(?: *(?:[-|,] *|lúc +)?${TIME}${WORD_END}(?! *%))?`,
  'giu',
);

// ngày 7 tháng 11 năm 2006, 7 tháng 11 năm 2006, mồng 3 tháng 3
const WORD_DATE = rx(
  `(?=[\\dnNmM])${WORD_START}(?:${TIME} +)?(?:ngày +)?(?:(?:mồng|mùng) +)?(\\d{1,2}) +tháng +(\\d{1,2}|${MONTH_WORD})(?: *(?:năm +|[/.-] *)(\\d{4}))?${NOT_DIGIT_AFTER}`,
  'giu',
);

// ngày 23 - 24 tháng 9 năm 2026: a range of days written in words that shares its month and year,
// one interval like DAY_RANGE (DECISIONS: one period written once); the year must be written.
const WORD_DAY_RANGE = rx(
  `(?=[\\dnNmM])${WORD_START}(?:ngày +)?(?:(?:mồng|mùng) +)?${NOT_DIGIT_BEFORE}(\\d{1,2}) *[-–] *(\\d{1,2}) +tháng +(\\d{1,2}|${MONTH_WORD}) *(?:năm +|[/.-] *)(\\d{4})${NOT_DIGIT_AFTER}`,
  'giu',
);

// 'ngày 24 tháng 5 năm Mậu Tý', 'ngày 15/8 âm lịch': a lunar date has no solar value.
const LUNAR_AFTER = narrowable(String.raw`^ *,? *(?:năm +\p{Lu}|\(? *âm lịch)`, 'u');

// tháng 01/2012, tháng 3.2012, tháng 3-2012, tháng 10 năm 2017, tháng mười năm 2017
// One 'tháng' over a span of months: 'từ tháng 1/2014 - 5/2016' (each month its own fact).
const MONTH_YEAR = rx(
  `${keyword('tháng')} *(\\d{1,2}|${MONTH_WORD}) *(?:[/.-] *|,? +năm +)(\\d{4})(?: *[-–] *(\\d{1,2})([/.])(\\d{4}))?${NOT_DIGIT_AFTER}`,
  'giu',
);

// quý IV-2010, quý I/2020, quý 4 năm 2018
const QUARTER = rx(`${keyword('quý')} +(${ROMAN}|[1-4]) *(?:[/.-] *|,? +năm +)(\\d{4})${NOT_DIGIT_AFTER}`, 'giu');

// nhiệm kỳ 2010-2015, nhiệm kỳ 2010 – 2015
const TERM = rx(`${keyword('nhiệm kỳ')} +(\\d{4}) *- *(\\d{4})${NOT_DIGIT_AFTER}`, 'giu');

// nhiệm kỳ III (2015-2020), nhiệm kỳ Quốc hội khóa XIII (2011 -2016): a term named by its number
// or body, its years in brackets after at most five words; the interval is spanned by its years
// (the words between may be an office's). 'khóa IX (2016-2021)' without 'nhiệm kỳ' names a
// congress, no term (genre7, genre18 leave it out).
const NAMED_TERM = rx(`${keyword('nhiệm kỳ')}(?: +[\\p{L}\\p{M}]+){1,5} *\\(((\\d{4}) *[-–] *(\\d{4}))\\)`, 'giu');

// năm học 2017 - 2018: a school year is a fixed term like 'nhiệm kỳ' (one year long).
const SCHOOL_YEAR = rx(`${keyword('năm học')} +(\\d{4}) *- *(\\d{4})${NOT_DIGIT_AFTER}`, 'giu');

// năm 2011, Năm 2012, năm1953 (a keyword glued to its year by a typo); năm 2015-2016, từ năm
// 2001 - 2003: the years from one to the other, an interval like a term (group 2). Not a
// duration's ('5 năm 2016 - 2020'), decades' ('những năm
// 2010 - 2014') or a stage's ('giai đoạn năm 2016 - 2020'): DECISIONS, 'N năm YYYY – YYYY' and
// 'giai đoạn' are no dates, nor is the first year of such a span alone.
const YEAR = rx(`${keyword('năm')} +(\\d{4})(?: *[-–] *(\\d{4}))?${NOT_DIGIT_AFTER}`, 'giu');
// 'năm1953': the keyword glued to its year, four digits and no more (read over the whole text in parseDates: the word index holds 'năm1953' as one word).
const GLUED_YEAR = rx(`${keyword('năm')}(?=\\d{4}(?![\\p{L}\\p{N}]))(\\d{4})(?: *[-–] *(\\d{4}))?${NOT_DIGIT_AFTER}`, 'giu');
// 'SN 1988', 'SN2011' (sinh năm): a year of birth, the abbreviation standing for the keyword
// 'năm'. The gold of genre1–42 spans it as a year in 17 facts and leaves it out in 6.
const BIRTH_YEAR = rx(`(?<![\\p{L}\\p{M}\\p{N}])SN *(\\d{4})${NOT_DIGIT_AFTER}`, 'gu');
// One 'năm' over a range of years: 'từ năm 2000 đến 2005', 'năm 2012 tới 2013': the years share
// the keyword written once, one interval like 'năm 2001 - 2003' (DECISIONS: a range that shares
// what is written once is one period). A second end with its own 'năm' shares nothing.
const YEAR_RANGE_REST = /^ +(?:đến|tới) +(\d{4})(?![\d]|[.,/:-]\d| *[-–] *\d{4})/u;
const NOT_A_SPAN_BEFORE = narrowable(String.raw`(?:^|[^\p{L}\p{M}\p{N}])(?:\d+|những|các|mấy|vài|giai đoạn|thời kỳ|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi) +$`, 'iu');

// One 'năm' over a list of years: 'năm 2013, 2014', 'các năm 2011, 2012 và 2016'. Read at the end
// of a year (or of the list so far), one year at a time.
const NEXT_LISTED_YEAR = rx(`(?: *, *| +và +| +(?:đến|tới) +)(\\d{4})${NOT_DIGIT_AFTER}(?! *- *\\d{4})`, 'uy');

// One 'nhiệm kỳ' or 'năm học' over a list of intervals: 'nhiệm kỳ 2005 - 2010 và 2010 - 2015',
// 'năm học 2011-2012 và 2012-2013'; each further one spanned by its years.
const NEXT_LISTED_SPAN = rx(`(?: *, *| +và +)(\\d{4}) *[-–] *(\\d{4})${NOT_DIGIT_AFTER}`, 'uy');

// 'những năm 1970': a decade, not the year 1970.
const DECADE_BEFORE = narrowable(String.raw`(?:^|[^\p{L}\p{M}\p{N}])những +$`, 'iu');

// Day and month alone, after a word that makes it a date: 'chiều 28/6', 'ngày 15-3', 'đến 30/6',
// also after 'nay'/'qua' and a bracket or comma ('Sáng nay (29/5)', 'Chiều qua, 25-5').
const DAY_MONTH_WORDS = ['ngày', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'hôm', 'mồng', 'mùng', 'từ', 'đến', 'tới', 'trước', 'hết', 'vào'];
const CLOCK_BEFORE = /(?<![\d.,:/-])(\d{1,2})[hg:](\d{2})(?: phút)? *,? +$/u;
const DAY_MONTH = rx(
  `(?=[nsStTcCđĐkKhHmMvV])${WORD_START}(?:${DAY_MONTH_WORDS.join('|')})(?: +ngày +| +(?:nay|qua) *(?:[(,] *)?| +)` +
    `(\\d{1,2})([/.-])(\\d{1,2})${NOT_DIGIT_AFTER}`,
  'giu',
);

// Days that share the month (and year) written after the last of them: 'ngày 3, 4 và 5/7',
// 'ngày 7 và 10/2'. Every day is a date; all take the span of the whole phrase (the shortest text
// that holds each one's month). Two days joined as a range ('từ ngày 27 đến 29-5', 'ngày 10 -
// 12/7') are one interval (DECISIONS: a range of days that shares its month), and so are two
// consecutive days ('trong 2 ngày 7 và 8/2', 'ngày 15 và 16-7-2014'): the gold of genre1–46 makes
// them one fact twice (genre6, genre45) and two dates never.
const DAY_JOIN = ' *(?:,|và|đến|tới|-|–) *';
/** Two days joined as a range ('27 đến 29', '27 - 29'), not listed ('7 và 8'). */
const DAY_RANGE_JOIN = /^\d{1,2} *(?:đến|tới|-|–) *(?:ngày +)?\d/u;
/** Two days joined by 'và' ('7 và 8'); a comma lists them ('23, 24-4' stays two dates). */
const DAYS_AND = /^\d{1,2} +và +\d/u;
const SHARED_MONTH_DAYS = rx(
  `(?=[nsStTcCđĐkKhHmMvV])${WORD_START}(?:${DAY_MONTH_WORDS.join('|')})(?: +ngày +| +(?:nay|qua) *(?:[(,] *)?| +)` +
    `(\\d{1,2})((?: ?(?:,|và) ?\\d\\d?(?![\\d/.-])){0,5})${DAY_JOIN}(?:ngày +)?` +
    `(\\d{1,2})([/.-])(\\d{1,2})(?:\\4(\\d{4}))?${NOT_DIGIT_AFTER}`,
  'giu',
);

// A range of days that shares its month and year, written once after the last day: one date
// fact, an interval of days (DECISIONS: one period written once). '23-24/4/2013', 'ngày 15 -
// 18/4/2017'; with the first day's own month: '31.10-3.11.2016', '29/5 - 2/6/2017'. The year must
// be written (a yearless range keeps to SHARED_MONTH_DAYS and the dateline's year).
const DAY_RANGE = rx(
  `${NOT_DIGIT_BEFORE}(\\d{1,2})(?:([/.-])(\\d{1,2}))? *[-–] *(\\d{1,2})([/.-])(\\d{1,2})\\5(\\d{4})${NOT_DIGIT_AFTER}`,
  'gu',
);
const DAY_RANGE_SCAN = new WordScan(DAY_RANGE, [], { digits: true });

// Months that share the year written after the last of them: 'tháng 8, tháng 10/2017',
// 'từ tháng 3 đến tháng 5/2018', 'tháng 3, tháng 4 và tháng 5.2018'. Each bare month is a
// month of that year (the months must rise, or the year would be a guess).
const MONTH_JOIN = ' *(?:,|và|hoặc|đến|tới|-|–) *';
/** After the first month of SHARED_YEAR_MONTH: the rest of a two-month range ('… đến tháng 8/2016'). */
const MONTH_RANGE_REST = /^ *(?:đến|tới|-|–) *tháng +(\d{1,2})(?: *[/.-] *|,? +năm +)\d{4}(?!\d)/iu;
// 'tháng 3 - 5/2017': a range of months written with one 'tháng' and one year (DECISIONS: a
// range that shares what is written once is one interval).
const MONTH_DASH_RANGE = rx(`${keyword('tháng')} +(\\d{1,2}) *[-–] *(\\d{1,2})(?: *[/.] *| +năm +)(\\d{4})${NOT_DIGIT_AFTER}`, 'giu');
const SHARED_YEAR_MONTH = rx(
  `${keyword('tháng')} +(\\d{1,2})(?![\\d]|[.,/:-]\\d| *[/.-] *\\d)` +
    `(?=(?: ?(?:,|và|hoặc|đến|tới|-|–) ?tháng \\d\\d?(?!\\d| ?[/.-] ?\\d| năm \\d)){0,6}${MONTH_JOIN}tháng +(\\d{1,2})(?: *[/.-] *|,? +năm +)(\\d{4})${NOT_DIGIT_AFTER})`,
  'giu',
);

// Bare months after one 'tháng' that share the year written after the last: 'tháng 9, 10 năm
// 2012', 'tháng 5 và 6/2013'. One date per month (DECISIONS: months listed with commas stay one
// date each): the first spanned with its keyword, the others by their digits, the last with its year.
const LISTED_MONTHS = rx(
  `${keyword('tháng')} +(\\d{1,2})((?: *(?:,|và|hoặc) *\\d{1,2}(?!\\d| *[/.-] *\\d)){0,4})(?: *(?:,|và|hoặc) *)(\\d{1,2})(?: *[/.-] *|,? +năm +)(\\d{4})${NOT_DIGIT_AFTER}`,
  'giu',
);

// The scans run only where their first word or a digit is (text/scan.ts).
const NUMERIC_DATE_SCAN = new WordScan(NUMERIC_DATE, [], { digits: true });
const WORD_DATE_SCAN = new WordScan(WORD_DATE, ['ngày', 'mồng', 'mùng'], { digits: true });
const WORD_DAY_RANGE_SCAN = new WordScan(WORD_DAY_RANGE, ['ngày', 'mồng', 'mùng'], { digits: true });
const QUARTER_SCAN = new WordScan(QUARTER, ['quý']);
const TERM_SCAN = new WordScan(TERM, ['nhiệm kỳ']);
const NAMED_TERM_SCAN = new WordScan(NAMED_TERM, ['nhiệm kỳ']);
const SCHOOL_YEAR_SCAN = new WordScan(SCHOOL_YEAR, ['năm học']);
const YEAR_SCAN = new WordScan(YEAR, ['năm']);
// 'năm1953' is one word to the scan's index, which looks for 'năm' alone: the glued keyword is
// found by its own search of the text (a prefix scan of 'năm' would hide the word from the numeral scans).
const DAY_MONTH_SCAN = new WordScan(DAY_MONTH, DAY_MONTH_WORDS);
const SHARED_MONTH_DAYS_SCAN = new WordScan(SHARED_MONTH_DAYS, DAY_MONTH_WORDS);
const SHARED_YEAR_MONTH_SCAN = new WordScan(SHARED_YEAR_MONTH, ['tháng']);
const MONTH_DASH_RANGE_SCAN = new WordScan(MONTH_DASH_RANGE, ['tháng']);
const LISTED_MONTHS_SCAN = new WordScan(LISTED_MONTHS, ['tháng']);

// Page clocks: a site prints the day and time the page is served in its header ('Thứ Hai,
// 07/12/2026 08:30', 'Cập nhật lúc 08:30 07/12/2026'): the day the page was saved, no date of
// the article. It is told from the article's dateline only where both stand in the head: two
// dateline lines (the date alone on its line, perhaps after a weekday or label and with a clock
// time) whose days differ, the first dated after a later one (a page printed after its article).
// A lone dateline is the article's (DECISIONS 003: the page's date is not second-guessed).
const HEAD_LINES = 10;
const DATELINE_LINE = rx(
  `^(?:[^\\n]{0,40}?(?<![\\p{L}\\p{M}])(?:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|cn|t[2-7]|cập nhật(?: lúc| ngày)?|ngày đăng|đăng ngày|đăng lúc|xuất bản|thời gian|ngày|lúc) *:? *,? *)?` +
    `(?:\\d{1,2}[:hg]\\d{2}(?::\\d{2})? *[|,-]? *)?(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})` +
    `(?: *[-|,]? *(?:lúc *)?\\d{1,2}[:hg]\\d{2}(?::\\d{2})?)? *(?:\\(?GMT ?\\+ ?0?7(?::00)?\\)?)?$`,
  'iu',
);

/** The span of the head line that is a page clock, not the article's dateline (see above). */
export function pageClock(text: string): { start: number; end: number } | undefined {
  const found: { start: number; end: number; day: string }[] = [];
  let start = 0;
  for (let n = 0; n < HEAD_LINES && start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end).trim();
    if (line) {
      n++;
      const m = line.length <= 120 ? DATELINE_LINE.exec(line) : null;
      const [d, mo, y] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
      if (m && validDay(y, mo, d)) {
        const lead = text.indexOf(line, start);
        found.push({ start: lead, end: lead + line.length, day: isoDay(y, mo, d) });
      }
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  if (found.length < 2) return undefined;
  const [first, ...rest] = found;
  return rest.some((f) => f.day < first.day) ? { start: first.start, end: first.end } : undefined;
}

function clock(h?: string, m?: string, m2?: string): [number | undefined, number | undefined] {
  if (h === undefined) return [undefined, undefined];
  return [Number(h), Number(m ?? m2 ?? 0)];
}

// A day and month printed without a year takes one only where the text itself fixes it (DECISIONS:
// a day and month printed without a year): see YearsOfDays.
/** Where a sentence ends: a line break, or . ! ? after a lower-case letter, a digit or a closing mark, before a space or a capital. */
function boundaryAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x0a) return true;
  if (c !== 0x2e && c !== 0x21 && c !== 0x3f) return false;
  const next = text[i + 1];
  if (next !== undefined && next !== ' ' && next !== '\n' && !regexHere.u`\p{Lu}`.test(next)) return false;
  const prev = text[i - 1];
  return prev !== undefined && regexHere.u`[\p{Ll}\p{M}\d)”"’]`.test(prev);
}
const SENTENCE_REACH = 600;
function sentenceOf(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && start - a < SENTENCE_REACH && !boundaryAt(text, a - 1)) a--;
  let b = end;
  while (b < text.length && b - end < SENTENCE_REACH && !boundaryAt(text, b)) b++;
  return [a, b];
}
const MONTH_VALUE = /^(\d{4})-(\d{2})(?:\/(\d{4})-(\d{2}))?$/u;
/**
 * Campaign months named with their year, launched on the day ('Sáng 27/5, … phát động Tháng hành
 * động vì trẻ em năm 2017' → 2017-05-27): an occasion like a contest's (kept here, beside the
 * contest words of the awards lexicon, as only dates read them).
 */
const DATED_CAMPAIGNS: readonly string[] = ['tháng hành động', 'tháng thanh niên', 'tháng công nhân', 'tháng nhân đạo'];
/**
 * 'Hội thi … cấp Bộ Tư lệnh năm 2013', 'kỳ thi tốt nghiệp THPT năm 2013': a contest or festival
 * named with its year (lexicon CONTEST_EVENTS), in one phrase with it (no punctuation between).
 */
const EVENT_YEAR_BEFORE = narrowable(`(?<![\\p{L}\\p{M}])(?:${alternation([...CONTEST_EVENTS, ...DATED_CAMPAIGNS])})(?![\\p{L}\\p{M}])[^,;:.()!?"\\n]{0,120}$`, 'iu');
/** … not a review of it held later ('tổng kết Hội thi … năm 2012'), nor a period of the year ('6 tháng đầu năm 2017'). */
const REVIEW_BEFORE = /(?:tổng kết|sơ kết|kết quả) +$/iu;
const PERIOD_BEFORE = /(?:đầu|cuối|giữa|hết|từ|đến|tới|trước|sau|các|những) +$/iu;
/** 'N tháng đầu năm': a day before the N-th month cannot review them ('vào ngày 6/1' near '6 tháng đầu năm 2016' is January 2017). */
const FIRST_MONTHS_BEFORE = narrowable(String.raw`(?<![\p{L}\p{M}\d])(\d{1,2}) +tháng +đầu +$`, 'iu');
/**
 * A part of a year the occasion reviews ('hội nghị … công tác 5 tháng đầu năm 2013', '6 tháng
 * cuối năm 2013', 'những tháng đầu năm 2017'): its year is the day's when the sentence writes no
 * other (genre8, 25, 26, 35, 36; genre10 left a sentence with two years out).
 */
const PART_OF_YEAR_BEFORE = narrowable(String.raw`(?<![\p{L}\p{M}])(?:(?:\d{1,2}|những|các|mấy) +tháng +(?:đầu +|cuối +)?|(?:đầu|cuối|giữa) +)$`, 'iu');
const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})/u;

/**
 * The year of a day and month printed without one ('Ngày 8/2', 'chiều 28/6'), only where the text
 * fixes it (DECISIONS): a month of the same sentence written with its year, the occasion's month
 * ('Ngày 8/2, … Hội nghị báo cáo viên …, tháng 2/2017' → 2017; a range of months of one year that
 * holds it counts too); else the year of the article's dateline (`published`: the one the text
 * prints, or the page's own date a caller passes, which the page prints above the text it hands
 * over); else the same day and month written in full elsewhere in the article, when they are
 * written with one year only (then the full form's value, time included). Never a year written for
 * another occasion: a full date of another day in the sentence (often a cited document's), an
 * anniversary span ('(1975 - 2025)'), a year alone ('năm 2012' of a prize given in 2013).
 */
class YearsOfDays {
  private readonly months: { start: number; end: number; y: number; from: number; to: number }[] = [];
  private readonly full = new Map<string, Set<string>>();
  private readonly dateline: number | undefined;
  private readonly events: { start: number; end: number; y: number }[] = [];
  /** Years written alone ('năm 2013'), and whether each is a part of a year under review. */
  private readonly years: { start: number; end: number; y: number; part: boolean; months: number }[] = [];

  constructor(private readonly text: string, found: readonly DateCandidate[], published: string | undefined) {
    this.dateline = published && /^\d{4}/u.test(published) ? Number(published.slice(0, 4)) : undefined;
    for (const c of found) {
      const month = MONTH_VALUE.exec(c.value);
      if (month && (month[3] === undefined || month[3] === month[1])) {
        this.months.push({ start: c.start, end: c.end, y: Number(month[1]), from: Number(month[2]), to: Number(month[4] ?? month[2]) });
        continue;
      }
      if (/^\d{4}$/u.test(c.value) && /^năm/iu.test(text.slice(c.start, c.start + 3))) {
        const before = text.slice(Math.max(0, c.start - 130), c.start);
        const first = FIRST_MONTHS_BEFORE.exec(before.slice(-24));
        this.years.push({ start: c.start, end: c.end, y: Number(c.value), part: PART_OF_YEAR_BEFORE.test(before.slice(-24)), months: first ? Number(first[1]) : 0 });
        const event = EVENT_YEAR_BEFORE.exec(before);
        if (event && !PERIOD_BEFORE.test(before) && !REVIEW_BEFORE.test(before.slice(0, event.index))) {
          this.events.push({ start: c.start - before.length + event.index, end: c.end, y: Number(c.value) });
        }
        continue;
      }
      const full = DAY_VALUE.exec(c.value);
      if (!full || c.value.includes('/')) continue;
      const key = `${full[2]}-${full[3]}`;
      const values = this.full.get(key);
      if (values) values.add(c.value);
      else this.full.set(key, new Set([c.value]));
    }
    this.months.sort((x, y) => x.start - y.start);
  }

  /** The value of day `d` of month `mo` printed at start…end (with its own clock time, if any). */
  valueOf(start: number, end: number, mo: number, d: number, hh?: number, mm?: number): string | undefined {
    const y = this.sentenceYear(start, end, mo) ?? this.dateline;
    if (y !== undefined) return validDay(y, mo, d) ? isoDay(y, mo, d, hh, mm) : undefined;
    const values = this.full.get(`${pad(mo)}-${pad(d)}`);
    if (!values) {
      const event = this.eventYear(start, end) ?? this.reviewedYear(start, end, mo) ?? this.seriesYear(end, mo, d);
      return event !== undefined && validDay(event, mo, d) ? isoDay(event, mo, d, hh, mm) : undefined;
    }
    const years = new Set([...values].map((v) => v.slice(0, 4)));
    if (years.size !== 1) return undefined;
    const [first] = values;
    return hh === undefined && values.size === 1 ? first : isoDay(Number(first.slice(0, 4)), mo, d, hh, mm);
  }

  /** The year of a part of a year the sentence reviews, when it writes no other year alone. */
  private reviewedYear(start: number, end: number, mo: number): number | undefined {
    if (!this.years.length) return undefined;
    const [a, b] = sentenceOf(this.text, start, end);
    let year: number | undefined;
    let part = false;
    for (const e of this.years) {
      if (e.start < a || e.end > b) continue;
      // ('5 tháng năm 2013': five months of 2013, not the fifth of May)
      if (e.start < end && start < e.end) return undefined;
      if (year !== undefined && year !== e.y) return undefined;
      year = e.y;
      if (e.months > mo) return undefined;
      part ||= e.part;
    }
    return part ? year : undefined;
  }

  /**
   * The year of a series of days of one month that writes it once, on its last item, a few words
   * on in the same sentence ('Đợt 1 từ ngày 4 đến 5-7; đợt 2 từ ngày 9 đến 10-7; đợt 3 ngày 15 và
   * 16-7-2014' → 2014): the rounds of one occasion. Not across a cited document or another year.
   */
  private seriesYear(end: number, mo: number, d: number): number | undefined {
    const [, b] = sentenceOf(this.text, end, end);
    const rest = this.text.slice(end, Math.min(b, end + SERIES_REACH));
    const m = SERIES_LAST_DAY.exec(rest);
    if (!m || Number(m[3]) !== mo || Number(m[1]) <= d) return undefined;
    const gap = rest.slice(0, m.index);
    // (a list of rounds, items apart: 'từ ngày 5-5 đến 10-5-2017' is one range, not a series)
    if (!/[;,]/u.test(gap) || !SERIES_GAP.test(gap)) return undefined;
    return Number(m[4]);
  }

  /**
   * The year of a contest or festival the same sentence names with it, the occasion of the day
   * ('Từ ngày 27 đến 29-5, … tổ chức khai mạc Hội thi … năm 2013' → 2013); one year only.
   */
  private eventYear(start: number, end: number): number | undefined {
    if (!this.events.length) return undefined;
    const [a, b] = sentenceOf(this.text, start, end);
    let year: number | undefined;
    for (const e of this.events) {
      if (e.start < a || e.end > b) continue;
      if (year !== undefined && year !== e.y) return undefined;
      year = e.y;
    }
    return year;
  }

  private sentenceYear(start: number, end: number, mo: number): number | undefined {
    const months = this.months;
    if (!months.length) return undefined;
    const [a, b] = sentenceOf(this.text, start, end);
    // the months of the sentence only (sorted by start: a binary search, then at most a sentence's worth)
    let lo = 0;
    for (let hi = months.length; lo < hi; ) {
      const mid = (lo + hi) >>> 1;
      if (months[mid].start < a) lo = mid + 1;
      else hi = mid;
    }
    let year: number | undefined;
    for (let k = lo; k < months.length && months[k].start < b; k++) {
      const m = months[k];
      if (m.end > b || mo < m.from || mo > m.to) continue;
      if (year !== undefined && year !== m.y) return undefined;
      year = m.y;
    }
    return year;
  }
}

/** seriesYear: how far on the dated last item may be, and what it must be ('15 và 16-7-2014', '15-16/7/2014'). */
const SERIES_REACH = 90;
const SERIES_LAST_DAY = /(?<![\d.,/:-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/u;
/**
 * … with only the series between: its other days and the words that number its rounds ('; đợt 2 từ
 * ngày 9 đến 10-7; đợt 3 ngày '). Any other word ('ngày 8/2 và dự kiến sẽ họp vào ngày 20/2/2017')
 * is another occasion.
 */
const SERIES_GAP = /^(?:[\s;,\d/.–-]|đợt|lần|vòng|phiên|ngày|từ|đến|tới|và)*$/iu;

/** A recurring day ('ngày 15/10 hằng năm', every year): no date. */
const RECURRING_AFTER = narrowable(String.raw`^ *,? *(?:hằng|hàng|mỗi) +năm(?![\p{L}\p{M}])`, 'iu');
/** A range of numbers with a dash and a unit after it ('từ 7-8 m', 'từ 3-5 tháng', '2-3%'): a measure, no date. */
const MEASURE_AFTER = narrowable(String.raw`^ *(?:m|km|cm|mm|ha|m2|m3|%|tấn|kg|người|tuổi|lần|tháng|ngày|giờ|phút|tiếng|triệu|tỷ|nghìn|ngàn|độ|năm(?! +(?:nay|này|ngoái|tới|sau|trước|qua)(?![\p{L}\p{M}])))(?![\p{L}\p{M}\p{N}])`, 'iu');
function noDateAfter(after: string, separator: string): boolean {
  return RECURRING_AFTER.test(after) || (separator === '-' && MEASURE_AFTER.test(after));
}

/** The months of a LISTED_MONTHS match, each a date of the shared year; they must rise. */
function addListedMonths(text: string, m: RegExpExecArray, add: (start: number, end: number, value: string) => void): void {
  // ('ngày 5 tháng 9, 10 …' is a day's month, not a list)
  if (/\d +$/u.test(text.slice(Math.max(0, m.index - 4), m.index))) return;
  const months = [m[1], ...(m[2].match(/\d+/gu) ?? []), m[3]].map(Number);
  const y = Number(m[4]);
  if (!validYear(y) || months[0] < 1 || months.some((mo, i) => mo > 12 || (i > 0 && mo <= months[i - 1]))) return;
  add(m.index, m.index + m[0].indexOf(m[1]) + m[1].length, `${y}-${pad(months[0])}`);
  let at = m.index + m[0].indexOf(m[1]) + m[1].length;
  for (const [i, mo] of months.entries()) {
    if (i === 0) continue;
    const start = text.indexOf(String(mo), at);
    const end = i === months.length - 1 ? m.index + m[0].length : start + String(mo).length;
    add(start, end, `${y}-${pad(mo)}`);
    at = end;
  }
}

export function parseDates(ctx: Context): DateCandidate[] {
  const { text } = ctx;
  const out: DateCandidate[] = [];
  const add = (start: number, end: number, value: string) => out.push({ kind: 'date', start, end, value });

  for (const m of NUMERIC_DATE_SCAN.all(text)) {
    const [d, mo, y] = [Number(m[4]), Number(m[7]), Number(m[8])];
    if (!validDay(y, mo, d)) continue;
    const [bh, bm] = clock(m[1], m[2], m[3]);
    const [ah, am] = clock(m[9], m[10], m[11]);
    // A time before the date belongs to it only when the date follows directly ('19h30 ngày 2/9/2025').
    const hh = bh ?? ah;
    const mm = bh !== undefined ? bm : am;
    let start = m.index;
    let end = m.index + m[0].length;
    if (bh === undefined) start = m.index + m[0].indexOf(m[4] + m[5] + m[6] + m[7]);
    if (ah === undefined && bh !== undefined) end = m.index + m[0].length;
    add(start, end, isoDay(y, mo, d, hh, mm));
  }

  const yearless: RegExpExecArray[] = [];
  for (const m of WORD_DATE_SCAN.all(text)) {
    if (!m[6]) {
      if (!LUNAR_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) yearless.push(m);
      continue;
    }
    // '20 giờ ngày 31 tháng 3 năm 1975': a clock time before the date makes it a date-time.
    const [hh, mm] = clock(m[1], m[2], m[3]);
    const [d, mo, y] = [Number(m[4]), monthValue(m[5]), Number(m[6])];
    if (!validDay(y, mo, d)) continue;
    add(m.index, m.index + m[0].length, isoDay(y, mo, d, hh, mm));
  }

  for (const m of text.matchAll(MONTH_YEAR)) {
    const mo = monthValue(m[1]);
    const y = Number(m[2]);
    if (mo < 1 || mo > 12 || !writtenYear(y)) continue;
    const end = m.index + m[0].length;
    if (m[3] === undefined) {
      add(m.index, end, `${y}-${pad(mo)}`);
      continue;
    }
    // 'tháng 1/2014 - 5/2016': the first month spanned with its keyword, the second by its digits.
    const second = m[3].length + m[4].length + m[5].length;
    add(m.index, m.index + m[0].search(/ *[-–] *\d{1,2}[/.]\d{4}$/u), `${y}-${pad(mo)}`);
    const [mo2, y2] = [Number(m[3]), Number(m[5])];
    if (mo2 >= 1 && mo2 <= 12 && validYear(y2)) add(end - second, end, `${y2}-${pad(mo2)}`);
  }

  // Ranges (of days or months) read as one interval; the dates read inside one are dropped below.
  const ranges: [number, number][] = [];
  for (const m of SHARED_YEAR_MONTH_SCAN.all(text)) {
    const [mo, last, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo >= last || last > 12 || !validYear(y)) continue;
    // Two months joined as a range share the year written once: one interval, like a range of
    // days ('từ tháng 7 đến tháng 8/2016' → 2016-07/2016-08); a list keeps one date per month.
    const range = MONTH_RANGE_REST.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
    if (range && Number(range[1]) === last) {
      const end = m.index + m[0].length + range[0].length;
      add(m.index, end, `${y}-${pad(mo)}/${y}-${pad(last)}`);
      ranges.push([m.index, end]);
      continue;
    }
    add(m.index, m.index + m[0].length, `${y}-${pad(mo)}`);
  }
  // 'tháng 3 - 5/2017': the same range with the second 'tháng' left out.
  for (const m of MONTH_DASH_RANGE_SCAN.all(text)) {
    const [mo, last, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo >= last || last > 12 || !validYear(y)) continue;
    add(m.index, m.index + m[0].length, `${y}-${pad(mo)}/${y}-${pad(last)}`);
    ranges.push([m.index, m.index + m[0].length]);
  }

  for (const m of LISTED_MONTHS_SCAN.all(text)) addListedMonths(text, m, add);

  for (const m of QUARTER_SCAN.all(text)) {
    const q = quarterValue(m[1]);
    const y = Number(m[2]);
    if (q < 1 || q > 4 || !validYear(y)) continue;
    add(m.index, m.index + m[0].length, `${y}-Q${q}`);
  }

  const term = (a: number, b: number) => validYear(a) && validYear(b) && b > a && b - a <= 10;
  const schoolYear = (a: number, b: number) => validYear(a) && b === a + 1;
  // The intervals listed after the first one share its keyword, each spanned by its years.
  const listedSpans = (from: number, ok: (a: number, b: number) => boolean) => {
    NEXT_LISTED_SPAN.lastIndex = from;
    for (let n = NEXT_LISTED_SPAN.exec(text); n; n = NEXT_LISTED_SPAN.exec(text)) {
      const [a, b] = [Number(n[1]), Number(n[2])];
      if (!ok(a, b)) break;
      add(n.index + n[0].indexOf(n[1]), n.index + n[0].length, `${a}/${b}`);
    }
  };
  for (const m of TERM_SCAN.all(text)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (!term(a, b)) continue;
    add(m.index, m.index + m[0].length, `${a}/${b}`);
    listedSpans(m.index + m[0].length, term);
  }

  for (const m of NAMED_TERM_SCAN.all(text)) {
    const [a, b] = [Number(m[2]), Number(m[3])];
    if (!term(a, b)) continue;
    const start = m.index + m[0].length - 1 - m[1].length;
    add(start, start + m[1].length, `${a}/${b}`);
  }

  for (const m of SCHOOL_YEAR_SCAN.all(text)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (!schoolYear(a, b)) continue;
    add(m.index, m.index + m[0].length, `${a}/${b}`);
    listedSpans(m.index + m[0].length, schoolYear);
  }

  const yearMatches = YEAR_SCAN.all(text);
  const glued = [...text.matchAll(GLUED_YEAR)];
  if (glued.length) {
    yearMatches.push(...glued);
    yearMatches.sort((a, b) => a.index - b.index);
  }
  for (const m of yearMatches) {
    const first = Number(m[1]);
    if (m[2] !== undefined) {
      const last = Number(m[2]);
      if (term(first, last) && !NOT_A_SPAN_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) {
        add(m.index, m.index + m[0].length, `${first}/${last}`);
      }
      continue;
    }
    if (!writtenYear(first)) continue;
    if (first % 10 === 0 && DECADE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const range = YEAR_RANGE_REST.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
    if (range && Number(range[1]) > first && Number(range[1]) - first <= 30) {
      if (!NOT_A_SPAN_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) {
        add(m.index, m.index + m[0].length + range[0].length, `${first}/${range[1]}`);
      }
      continue;
    }
    add(m.index, m.index + m[0].length, String(first));
    // The years listed after it, each spanned by its digits: rising, within a generation.
    let prev = first;
    NEXT_LISTED_YEAR.lastIndex = m.index + m[0].length;
    for (let n = NEXT_LISTED_YEAR.exec(text); n; n = NEXT_LISTED_YEAR.exec(text)) {
      const y = Number(n[1]);
      if (y <= prev || y - first > 30) break;
      const end = n.index + n[0].length;
      add(end - 4, end, String(y));
      prev = y;
    }
  }

  // (a rare abbreviation: the whole-text scan runs only where it is written)
  if (text.includes('SN')) {
    for (const m of text.matchAll(BIRTH_YEAR)) if (writtenYear(Number(m[1]))) add(m.index, m.index + m[0].length, m[1]);
  }

  // Days and months without a year: valued where the text fixes the year (YearsOfDays).
  const pageDay = ctx.pageClock;
  const years = new YearsOfDays(
    text,
    pageDay ? out.filter((c) => c.end <= pageDay.start || c.start >= pageDay.end) : out,
    ctx.article.published,
  );
  for (const m of yearless) {
    const [hh, mm] = clock(m[1], m[2], m[3]);
    if (RECURRING_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    const value = years.valueOf(m.index, m.index + m[0].length, monthValue(m[5]), Number(m[4]), hh, mm);
    if (value) add(m.index, m.index + m[0].length, value);
  }

  for (const m of DAY_MONTH_SCAN.all(text)) {
    const [d, mo] = [Number(m[1]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (LUNAR_AFTER.test(after) || noDateAfter(after, m[2])) continue;
    // '17g15 ngày 31-5': a clock time right before makes it a date-time, spanned from the time.
    const clockBefore = CLOCK_BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index));
    if (clockBefore && /^ngày/iu.test(m[0])) {
      const start = m.index - clockBefore[0].length;
      const value = years.valueOf(start, m.index + m[0].length, mo, d, Number(clockBefore[1]), Number(clockBefore[2]));
      if (value) add(start, m.index + m[0].length, value);
      continue;
    }
    const start = m.index + m[0].lastIndexOf(m[1] + m[2] + m[3]);
    const value = years.valueOf(start, m.index + m[0].length, mo, d);
    if (value) add(start, m.index + m[0].length, value);
  }

  // Day ranges: the interval replaces the dates read inside it (the last day's full date, or
  // the days of SHARED_MONTH_DAYS), which resolveOverlaps drops as nested in a longer date.
  for (const m of DAY_RANGE_SCAN.all(text)) {
    // '1-2/2017'-like numbers: the first part needs its own month or the second its separator '/' or '.'
    if (m[2] !== undefined && m[2] !== m[5]) continue;
    const [d1, d2, mo2, y] = [Number(m[1]), Number(m[4]), Number(m[6]), Number(m[7])];
    const mo1 = m[3] !== undefined ? Number(m[3]) : mo2;
    if (!validDay(y, mo1, d1) || !validDay(y, mo2, d2)) continue;
    const from = isoDay(y, mo1, d1);
    const to = isoDay(y, mo2, d2);
    // a range rises and spans at most a few months ('2-3/4/2017', not '30 - 1/4/2017')
    if (from >= to || mo2 - mo1 > 3) continue;
    add(m.index, m.index + m[0].length, `${from}/${to}`);
    ranges.push([m.index, m.index + m[0].length]);
  }
  for (const m of WORD_DAY_RANGE_SCAN.all(text)) {
    const [d1, d2, mo, y] = [Number(m[1]), Number(m[2]), monthValue(m[3]), Number(m[4])];
    if (d1 >= d2 || !validDay(y, mo, d1) || !validDay(y, mo, d2)) continue;
    add(m.index, m.index + m[0].length, `${isoDay(y, mo, d1)}/${isoDay(y, mo, d2)}`);
    ranges.push([m.index, m.index + m[0].length]);
  }
  const inRange = (start: number, end: number) => ranges.some(([a, b]) => start >= a && end <= b && end - start < b - a);

  for (const m of SHARED_MONTH_DAYS_SCAN.all(text)) {
    const days = [m[1], ...(m[2].match(/\d+/g) ?? []), m[3]].map(Number);
    const mo = Number(m[5]);
    if (!days.every((d, i) => i === 0 || d > days[i - 1])) continue;
    const start = m.index + m[0].search(/\d/);
    const end = m.index + m[0].length;
    if (ranges.some(([a, b]) => start >= a && start < b)) continue;
    const interval = days.length === 2 && (DAY_RANGE_JOIN.test(text.slice(start, end)) || (days[1] === days[0] + 1 && DAYS_AND.test(text.slice(start, end))));
    const addDays = (y: number) => {
      if (!days.every((d) => validDay(y, mo, d))) return;
      if (interval) {
        add(start, end, `${isoDay(y, mo, days[0])}/${isoDay(y, mo, days[1])}`);
        ranges.push([start, end]);
      } else for (const d of days) add(start, end, isoDay(y, mo, d));
    };
    if (m[6]) {
      addDays(Number(m[6]));
      continue;
    }
    const after = text.slice(end, end + 20);
    if (LUNAR_AFTER.test(after) || noDateAfter(after, m[4])) continue;
    // every day takes the year of the last, which the text fixes or not
    const last = years.valueOf(start, end, mo, days[days.length - 1]);
    if (last !== undefined) addDays(Number(last.slice(0, 4)));
  }
  const kept = ranges.length ? out.filter((c) => !inRange(c.start, c.end) || c.value.includes('/')) : out;
  return pageDay ? kept.filter((c) => c.end <= pageDay.start || c.start >= pageDay.end) : kept;
}
