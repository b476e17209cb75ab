// Counts: a number of people, bodies or items ('5 chi bộ', '49 đảng viên', 'hai mươi lăm
// đảng viên', '1,5 triệu người') and percentages ('100%', 'trên 95%'). Approximation words
// before the number ('trên', 'gần', 'khoảng') or 'trở lên' after set `approx`. No count:
// durations, money and measures ('4 năm', '8 tỷ bảng'), ordinals ('thứ 2', 'giải Nhì'),
// vague amounts ('hàng chục lượt'), times ('2 lần') and numbers inside names ('Quân khu 7').

import type { Approx } from '../contract.ts';
import type { Candidate, Context } from '../pipeline.ts';
import { COUNT_UNITS, UNIT_NARROWERS } from '../lexicon/units.ts';
import { NOT_COUNT_BEFORE, VAGUE_BEFORE_NUMBERS } from '../lexicon/context.ts';
import { APPROX_WORDS, DIGIT_WORDS, MAGNITUDE_WORDS, TENS_WORDS, ZERO_TENS_WORDS, HALF_WORDS } from '../lexicon/numerals.ts';
import { WORD_END, WORD_START, alternation, leadingClass, rx } from '../text/patterns.ts';
import { WordScan } from '../text/scan.ts';
import { parseNumberWords } from '../text/numerals.ts';

type CountCandidate = Candidate<'count'>;

const UNIT_BY_FORM = new Map<string, string>();
for (const u of COUNT_UNITS) {
  UNIT_BY_FORM.set(u.unit.toLowerCase(), u.unit);
  for (const v of u.variants) UNIT_BY_FORM.set(v.toLowerCase(), u.unit);
}
const UNIT = alternation([...COUNT_UNITS.flatMap((u) => [u.unit, ...u.variants])]);
const NARROWER = alternation(UNIT_NARROWERS);
const EMULATION_UNITS = new Set(COUNT_UNITS.filter((u) => u.group === 'emulation').map((u) => u.unit));
const ADMIN_UNIT = alternation(COUNT_UNITS.filter((u) => u.group === 'admin').map((u) => u.unit));

const APPROX_BEFORE = APPROX_WORDS.filter((a) => a.position === 'before');
const APPROX_AFTER = APPROX_WORDS.filter((a) => a.position === 'after');
const APPROX_BY_WORD = new Map(APPROX_WORDS.map((a) => [a.word.toLowerCase(), a.approx]));

const NUMBER_WORD = alternation([
  ...Object.keys(DIGIT_WORDS),
  ...TENS_WORDS,
  ...ZERO_TENS_WORDS,
  ...Object.keys(MAGNITUDE_WORDS),
  ...HALF_WORDS,
]);
const MAGNITUDE = alternation(Object.keys(MAGNITUDE_WORDS).filter((w) => MAGNITUDE_WORDS[w] >= 1000));

// Digits with dots for thousands and a comma for decimals: 2.415, 95,5, 01.
const DIGITS = '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?';
// Number words come in short runs ('một trăm hai mươi lăm'): bounded, so a long run of them
// ('hai hai hai …') cannot make the scan quadratic.
const NUMBER = `(?:${DIGITS})(?: +(?:${MAGNITUDE}))?|(?:${NUMBER_WORD})(?: +(?:${NUMBER_WORD})){0,6}`;
// An approximation word right before the number: 'trên 95%', 'khoảng 400 di tích'. Read backwards
// from the number, so the scans below can start at digits and number words only.
const APPROX_BEFORE_NUMBER = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(${alternation(APPROX_BEFORE.map((a) => a.word))}) +$`, 'iu');
const NUMBER_START = leadingClass(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ...Object.keys(DIGIT_WORDS), ...TENS_WORDS], true);

/** The approximation word that ends right before `at`, with where it starts. */
function approxBefore(text: string, at: number): { word: string; start: number } | undefined {
  const before = text.slice(Math.max(0, at - 24), at);
  const m = APPROX_BEFORE_NUMBER.exec(before);
  return m ? { word: m[1], start: at - before.length + m.index } : undefined;
}

// 'trên 95%', '100 %', '95,5 phần trăm'; a range '80-90%' gives two counts.
const PERCENT = rx(
  `(?=\\d)(?<![\\d.,/-])(${DIGITS})(?: *(?:-|đến|tới) *(${DIGITS}))? *(?:%|phần trăm${WORD_END})`,
  'giu',
);
// The counted noun: a unit, a level that is part of its legal name ('đơn vị hành chính cấp xã'),
// or two coordinated units counted together ('7 xã, thị trấn').
const COUNTED = rx(
  `${NUMBER_START}${WORD_START}(?<![\\d.,-])(?:(\\d+)/)?(${NUMBER}) +((?:${UNIT})${WORD_END}(?: +cấp +(?:xã|huyện|tỉnh|cơ sở|trung ương)${WORD_END}|(?:(?:, *| +và +)(?:${ADMIN_UNIT})${WORD_END}(?! *\\d)){1,3})?)` +
    `(?: +(?:${NARROWER})${WORD_END})*(?: +(${alternation(APPROX_AFTER.map((a) => a.word))})${WORD_END})?`,
  'giu',
);

// Both scans start at a digit or a number word (text/scan.ts).
const NUMBER_WORDS = [...Object.keys(DIGIT_WORDS), ...TENS_WORDS, ...ZERO_TENS_WORDS, ...Object.keys(MAGNITUDE_WORDS), ...HALF_WORDS];
const PERCENT_SCAN = new WordScan(PERCENT, [], { digits: true });
const COUNTED_SCAN = new WordScan(COUNTED, NUMBER_WORDS, { digits: true });

/** Words before a number that make it no count: ordinals, labels, names. */
const NOT_BEFORE = new RegExp(`(?:${alternation(NOT_COUNT_BEFORE)})\\s*$`, 'iu');
/** Vague amounts: 'hàng chục', 'hàng trăm' are no numbers. */
const VAGUE_BEFORE = new RegExp(`(?:${alternation(VAGUE_BEFORE_NUMBERS)})\\s*$`, 'iu');

function digitsValue(s: string): number {
  return Number(s.replace(/\./g, '').replace(',', '.'));
}

function numberValue(s: string): number | undefined {
  const m = new RegExp(`^(${DIGITS})(?: +(${MAGNITUDE}))?$`, 'iu').exec(s);
  if (m) {
    const v = digitsValue(m[1]);
    return m[2] ? v * (MAGNITUDE_WORDS[m[2].toLowerCase()] ?? 1) : v;
  }
  return parseNumberWords(s);
}

function approxOf(before?: string, after?: string): Approx | undefined {
  const w = (before ?? after)?.toLowerCase();
  return w ? APPROX_BY_WORD.get(w) : undefined;
}

export function parseCounts(ctx: Context): CountCandidate[] {
  const { text } = ctx;
  const out: CountCandidate[] = [];

  for (const m of PERCENT_SCAN.all(text)) {
    const [, firstText, secondText] = m;
    const numStart = m.index;
    const ab = approxBefore(text, numStart);
    const approx = approxOf(ab?.word);
    const first = digitsValue(firstText);
    if (NOT_BEFORE.test(text.slice(Math.max(0, numStart - 20), numStart))) continue;
    const start = ab ? ab.start : numStart;
    let end = m.index + m[0].length;
    let approxAfter: Approx | undefined;
    const after = / +trở lên(?![\p{L}\p{M}])/u.exec(text.slice(end, end + 10));
    if (after && after.index === 0) approxAfter = 'over';
    if (secondText !== undefined) {
      // '80-90%': the lower bound is its own count, spanned on its digits.
      out.push({ kind: 'count', start, end: numStart + firstText.length, value: first, unit: '%', ...(approx ? { approx } : {}) });
      const second = m.index + m[0].lastIndexOf(secondText);
      out.push({ kind: 'count', start: second, end, value: digitsValue(secondText), unit: '%', ...(approxAfter ? { approx: approxAfter } : {}) });
    } else {
      const a = approx ?? approxAfter;
      out.push({ kind: 'count', start, end, value: first, unit: '%', ...(a ? { approx: a } : {}) });
    }
  }

  for (const m of COUNTED_SCAN.all(text)) {
    const [, ratioOf, numText, unitText, approxAfter] = m;
    // '419/419 hộ dân', '5/7 xã': the count is the first number (so many of the whole).
    const valueText = ratioOf ?? numText;
    const numStart = m.index;
    const ab = approxBefore(text, numStart);
    const approxWord = ab?.word;
    const before = text.slice(Math.max(0, numStart - 24), numStart);
    if (NOT_BEFORE.test(before) || VAGUE_BEFORE.test(before)) continue;
    // Words alone: 'một' is mostly an article ('một đảng viên' = 'a Party member'), 'năm' mostly 'year'.
    if (/^(?:một|năm|không)$/iu.test(numText)) continue; // 'không' alone is 'not'
    // 'tư', 'mốt', 'lăm' are numbers only after a tens word ('hai mươi tư'); alone 'tư' is 'private' ('đầu tư').
    if (/^(?:tư|mốt|lăm|nhăm|mươi|linh|lẻ|rưỡi)(?:\s|$)/iu.test(numText)) continue;
    const value = numberValue(valueText);
    if (value === undefined || !Number.isFinite(value)) continue;
    let unitSpan = unitText;
    // A level belongs to a legal category ('đơn vị hành chính cấp xã', 'cán bộ, công chức cấp xã'), not to a prize.
    const level = / +cấp +\S+(?: +\S+)?$/u.exec(unitSpan);
    if (level && EMULATION_UNITS.has(unitSpan.slice(0, level.index).toLowerCase().replace(/\s+/g, ' '))) {
      unitSpan = unitSpan.slice(0, level.index);
    }
    const folded = unitSpan.toLowerCase().replace(/\s+/g, ' ');
    const unit = UNIT_BY_FORM.get(folded) ?? folded;
    const approx = approxOf(approxWord, approxAfter);
    const start = ab ? ab.start : numStart;
    const unitEnd = m.index + m[0].indexOf(unitText, numStart - m.index + valueText.length) + unitSpan.length;
    out.push({ kind: 'count', start, end: unitEnd, value, unit: unit.toLowerCase(), ...(approx ? { approx } : {}) });
  }
  return out;
}
