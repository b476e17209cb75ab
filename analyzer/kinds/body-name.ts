// Where a body's name ends. The office grammar (office.ts) finds a head noun ('Sở', 'Trung
// tâm', 'Đảng bộ', 'UBND') and asks this module how far the name after it runs:
//
//   name     := part (connector part)* [locator]
//   part     := Capitalised word | acronym ('PC&CC', 'DS-KHHGĐ') | name word ('giáo dục thường xuyên')
//             | number after a numbered word ('số 2', 'Ấp 4') | level word ('Đảng bộ xã')
//             | lower-case words the name goes on after ('Hải quan cửa khẩu sân bay … Nội Bài')
//   connector:= ' ' | 'và' | ' - ' | '&' | '-' | ', … và'   'Văn hóa - Thể thao', 'Khoa học, Công nghệ và Môi trường'
//   locator  := level word [place] | province       'huyện Đan Phượng', 'TP Hà Nội', 'tỉnh', 'Hà Nội'
//
// and it stops at what cannot be part of a name (lexicon/body-names.ts): a verb or function
// word of news prose ('tổ chức', 'cho biết', 'đã', 'về'), an ordinal or congress number ('lần
// thứ XVII', 'khóa V', 'nhiệm kỳ'), a sentence's end (also glued: 'UBND xã.Đồng chí'), a
// sentence's first word, another body's head after a dash ('Tổng cục … – Bộ …'), and a person's
// name after a title ('Cục trưởng Cục Chống tham nhũng Phạm Trọng Đạt').
//
// Lower-case words are name words when the lexicon knows them ('giáo dục thường xuyên',
// 'đăng ký đất đai'), when they are the second syllable of a capitalised word ('Hiến pháp',
// 'Hải quân'), or when the name goes on after them (a locator or a capitalised name part
// follows); after a proper name of two capitalised words ('Trường THPT Hòa Bình') a lower-case
// word starts the sentence's predicate. A capitalised word is a name word even where its lower
// case would be a verb ('Ban Tổ chức', 'Phòng Đăng ký').

import { BODY_HEADS, SERVICE_UNIT_HEADS, COMPLETE_BODIES, LOCATOR_WORDS, MINISTRIES, MISSIONS, PARTY_BOARDS, POLICE_ABBREVIATIONS, completeNames } from '../lexicon/bodies.ts';
import { COMMA_JOINED_TASKS, DASH_JOINED_TASKS, DOTTED_NAME_WORDS, FORMER_PROVINCES, NAME_ENDERS, NAME_VOCABULARY, NAMES_WITH_STARTER_WORDS, NOT_NAME_STARTS, NUMBERED_NAME_WORDS, OTHER_ORGANISATIONS, RATING_ACRONYMS, SENTENCE_OPENERS } from '../lexicon/body-names.ts';
import { FOREIGN_NAMES, FRONT_HEADS, NAME_STOP_WORDS, SCHOOL_TYPES, SENTENCE_STARTERS } from '../lexicon/context.ts';
import { ROLE_TITLES, isSurname } from '../lexicon/roles.ts';
import { PROVINCES } from '../lexicon/provinces.ts';
import { CAP_WORD, WORD_END, alternation, sticky } from '../text/patterns.ts';
import { untone } from '../text/fold.ts';
import { narrowable, regexHere } from '../text/narrow.ts';

// ---------------------------------------------------------------- heads

export const PEOPLE_HEADS = ['UBND', 'HĐND', 'Ủy ban nhân dân', 'Hội đồng nhân dân'];
export const PARTY_HEADS = ['Đảng bộ', 'Đảng ủy', 'Chi bộ'];

/**
 * A head as the press writes it: its later words also in lower case ('Ủy ban kiểm tra Huyện
 * ủy', 'Ban thường vụ', 'Viện kiểm sát nhân dân') and, for the people's bodies, with a capital
 * 'Nhân dân' ('Ủy ban Nhân dân', 'Hội đồng Nhân dân'). The first word keeps its case.
 */
// (and the departments: 'Tổng Cục Chính trị Quân đội nhân dân Việt Nam')
const TITLE_CASE_PARTY_HEADS = new Set(['Đảng ủy', 'Đảng bộ', 'Chi bộ', 'Tổng cục', 'Chi cục']);
export function headForms(word: string): string[] {
  const [first, ...rest] = word.split(' ');
  if (!rest.length) return [word];
  const forms = new Set([word, [first, ...rest.map((w) => (regexHere.u`^\p{Lu}{2}`.test(w) ? w : w.toLowerCase()))].join(' ')]);
  if (/ nhân dân(?: |$)/iu.test(word)) forms.add(word.replace(/ nhân dân(?= |$)/iu, ' Nhân dân'));
  // Party organisations are also printed in title case: 'Đảng Ủy Tổng cục TDTT', 'Đảng Bộ Bộ VH-TT&DL'.
  if (TITLE_CASE_PARTY_HEADS.has(word)) forms.add(`${first} ${rest.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ')}`);
  return [...forms];
}

/** A complete body's name printed in title case: 'Chính Phủ', 'Quốc Hội', 'Bộ Chính Trị' (read as written, any case). */
const titleCased = (name: string): string => name.replace(/(?<=\s)\p{Ll}/gu, (c) => c.toUpperCase());

/** Every word or phrase that can start a body's name. */
export const ALL_HEADS = [
  ...COMPLETE_BODIES.flatMap(completeNames),
  ...COMPLETE_BODIES.flatMap(completeNames).filter((n) => n.includes(' ') && titleCased(n) !== n).map(titleCased),
  ...BODY_HEADS.flatMap((h) => headForms(h.word)),
  ...SERVICE_UNIT_HEADS.flatMap(headForms),
  ...PEOPLE_HEADS,
  ...PARTY_HEADS,
  ...FRONT_HEADS,
  ...POLICE_ABBREVIATIONS.map((a) => a.abbr),
  ...MISSIONS,
];

// ---------------------------------------------------------------- building blocks


export function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

export function skipSpaces(text: string, pos: number): number {
  while (text.charCodeAt(pos) === 0x20) pos++;
  return pos;
}

/**
 * ' ', or an acronym the name is given in parentheses on its way ('Ủy ban Kiểm tra (UBKT) Tỉnh
 * ủy Bến Tre', 'Bệnh viện Đa khoa (BVĐK) huyện Tân Phước'): the name goes on after it, and
 * leaves it out (withoutAside).
 */
// (its initials may be spaced around '&': 'Trung tâm Bảo vệ sức khỏe bà mẹ trẻ em và Kế hoạch hóa gia đình (BVSKBMTE & KHHGĐ) tỉnh …')
const ASIDE_AT = sticky('\\(\\p{Lu}[\\p{Lu}\\d&.-]{1,9}(?: & \\p{Lu}[\\p{Lu}\\d.-]{1,9})?\\) +');
/**
 * ' ' then something: the position after the space (and after an aside acronym), or -1. Read
 * by character code: the office parser asks this at nearly every word it reads.
 */
export function afterSpace(text: string, pos: number): number {
  if (text.charCodeAt(pos) !== 0x20) return -1;
  let p = pos + 1;
  while (text.charCodeAt(p) === 0x20) p++;
  if (text.charCodeAt(p) === 0x28) {
    const m = at(ASIDE_AT, text, p);
    if (m) return p + m[0].length;
  }
  return p;
}

const ASIDE = narrowable(String.raw` \(\p{Lu}[\p{Lu}\d&.-]{1,9}(?: & \p{Lu}[\p{Lu}\d.-]{1,9})?\)(?= )`, 'gu');
/** A name without the acronym given on its way: 'Ủy ban Kiểm tra Tỉnh ủy Bến Tre'. */
export function withoutAside(name: string): string {
  return name.includes('(') ? name.replace(ASIDE, '') : name;
}

/**
 * A name in its canonical spacing: a dash between two name parts spaced on both sides ('Tài
 * chính- Kế hoạch' → 'Tài chính - Kế hoạch'; a dash glued on both sides stays: 'VH-TT&DL',
 * 'Kinh tế-Ngân sách'). (An abbreviated level word glued to its place stays as written: 'UBND
 * Q.Tân Phú', 'TP.HCM'.)
 */
export function canonicalSpacing(name: string): string {
  let n = name;
  if (n.includes('- ') || n.includes(' -') || n.includes('– ') || n.includes(' –')) n = n.replace(ONE_SIDED_DASH, (_m, a?: string, b?: string) => ` ${a ?? b} `);
  return n;
}
const ONE_SIDED_DASH = narrowable(String.raw`(?<=[\p{L}\p{M}\d)])(?: ([-–])|([-–]) )(?=[\p{L}\d(])`, 'gu');

/** Another body's head, or another organisation's: a name part cannot begin with one. */
const HEAD_AT = sticky(`(?:${alternation([...ALL_HEADS, ...OTHER_ORGANISATIONS])})${WORD_END}`);
// ('TT.' is a town, 'thị trấn', only glued to its name: 'TT.Chợ Chùa'; TT alone is also Thông tư)
export const LEVEL_WORD = sticky(
  `(?:${alternation(LOCATOR_WORDS.map((l) => l.word).filter((w) => regexHere.u`\p{L}$`.test(w)))})${WORD_END}|(?:TP\\.|H\\.|Q\\.|P\\.)|TT\\.(?=\\p{Lu})`,
  'yiu',
);
export const PLACE_WORD = sticky(`(?:${CAP_WORD}|\\d{1,3})${WORD_END}`);
/** One word of a name: letters and digits, with '&' or '-' inside an acronym ('PC&CC', 'NN-PTNT'). */
// (a syllable glued to the capital of the next sentence ends there: 'Tổng cục Thống kêChiều 30.5';
// so does an acronym glued to the next word: 'Ủy ban Thường vụ QHđã ra nghị quyết', 'Viện KSNDHàng trăm …')
// (and a unit's code of capitals and digits: 'cục C46 Bộ Công an', 'Phòng PC45')
// (and a dotted abbreviation: 'T.Ư')
const TOKEN = sticky(
  `(?:${alternation(DOTTED_NAME_WORDS)})${WORD_END}|\\p{Lu}{1,3}\\d{1,3}${WORD_END}|\\d{1,3}\\p{Lu}${WORD_END}|\\p{Lu}[\\p{Lu}\\d]*[&-][\\p{Lu}\\d&-]*[\\p{Lu}\\d]${WORD_END}|\\p{Lu}?[\\p{Ll}\\p{M}]+(?=\\p{Lu}[\\p{Ll}\\p{M}])|\\p{Lu}{2,}(?=[bcdđghklmnpqrstvx][\\p{Ll}\\p{M}])|\\p{Lu}{2,}(?=\\p{Lu}[\\p{Ll}\\p{M}])|[\\p{L}\\p{M}]+${WORD_END}|\\d{1,3}${WORD_END}`,
);
/**
 * A phrase list matched in any case. Case-insensitive alternations are slow in V8; the office
 * parser gives the text's lower case once (`reading.lower`, when lower-casing keeps the length)
 * and the phrases run case-sensitively on it.
 */
export class AnyCase {
  private readonly lower: RegExp;
  private readonly folding: RegExp;
  constructor(phrases: readonly string[]) {
    const source = `(?:${alternation(phrases.map((p) => p.toLowerCase()))})${WORD_END}`;
    this.lower = sticky(source);
    this.folding = sticky(source, 'yiu');
  }
  /** The length of the longest phrase at `pos`, or 0. */
  at(text: string, pos: number): number {
    const lower = text === reading.text ? reading.lower : text === reading.window ? reading.windowLower : undefined;
    const m = lower ? at(this.lower, lower, pos) : at(this.folding, text, pos);
    return m ? m[0].length : 0;
  }
}

const VOCABULARY = new AnyCase(NAME_VOCABULARY);
/** A ministry that owns a body, inside its name: '… hỗ trợ tư pháp Bộ Công an' (one name word, whatever its case). */
const MINISTRY_IN_NAME = new AnyCase(MINISTRIES.flatMap((m) => [m.name, ...m.aliases]).map((n) => `Bộ ${n}`));
const PROVINCE_NAMES = new AnyCase(PROVINCES.flatMap((p) => [p.name, ...p.aliases]));
const LEVEL_WORDS = new AnyCase(LOCATOR_WORDS.map((l) => l.word));

/** The length of a province's name written at `pos` with a capital ('Gia Lai', 'TP.HCM'), or 0. */
export function provinceAt(text: string, pos: number): number {
  return CAPITAL.test(text[pos] ?? '') ? PROVINCE_NAMES.at(text, pos) : 0;
}
const FORMER_PROVINCE_NAMES = new AnyCase(FORMER_PROVINCES);
/** The length of a former province's name at `pos` ('Hà Sơn Bình'; read after 'tỉnh' and 'Tỉnh ủy' only), or 0. */
export function formerProvinceAt(text: string, pos: number): number {
  return CAPITAL.test(text[pos] ?? '') ? FORMER_PROVINCE_NAMES.at(text, pos) : 0;
}
const ENDER = new AnyCase([...NAME_STOP_WORDS, ...NAME_ENDERS]);
const RATINGS = new Set(RATING_ACRONYMS);
/** Schools' types by initials ('THPT', 'THCS'): after 'và' in a school's name they start another school. */
const SCHOOL_ACRONYMS = new Set(SCHOOL_TYPES.filter((t) => regexHere.u`^\p{Lu}{2}`.test(t)));
const NUMBERED = new Set(NUMBERED_NAME_WORDS.map((w) => w.toLowerCase()));
const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/u;
const SENTENCE_STARTER = new Set([...SENTENCE_STARTERS, ...NOT_NAME_STARTS.filter((s) => !s.includes(' '))]);
/** What opens a sentence after an abbreviated level word's dot ('TP. Việc …'): the starters and the mined openers. */
const OPENER_AFTER_DOT = new Set([...SENTENCE_STARTER, ...SENTENCE_OPENERS]);
const NOT_NAME_START = sticky(`(?:${alternation(NOT_NAME_STARTS)})${WORD_END}`);
const TITLE_AT = sticky(`(?:${alternation(ROLE_TITLES)})${WORD_END}`, 'yiu');
/** Countries and international bodies that make a body name foreign (DECISIONS.md: no offices). */
export const FOREIGN = narrowable(`^(?:${alternation(FOREIGN_NAMES)})(?![\\p{L}\\p{M}])(?! +\\p{Lu})`, 'u');
const TITLE_CASE = narrowable(String.raw`^\p{Lu}[\p{Ll}\p{M}]*$`, 'u');
const CAPITAL = narrowable(String.raw`^\p{Lu}`, 'u');

/**
 * Set by the office parser: `personNext` while it reads a body that follows a person's title
 * (a name after it is the person's); `text` and `lower`, the text it reads and its lower case.
 */
export const reading: { personNext: boolean; text: string; lower?: string; window: string; windowLower?: string } = {
  personNext: false,
  text: '',
  window: '',
};

/** The lower case of `text` when it keeps its length (offsets stay valid), else undefined. */
function lowerKeepingLength(text: string): string | undefined {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : undefined;
}

/**
 * Tells the readers the text read (its lower case is kept for AnyCase), or '' when done.
 * Always the very string given: AnyCase compares by identity first, and a copy of equal
 * content would be compared character by character at every call.
 */
export function readText(text: string): void {
  reading.text = text;
  reading.lower = text ? lowerKeepingLength(text) : undefined;
  reading.window = '';
  reading.windowLower = undefined;
}

/**
 * Tells the readers a short window of the text read next ('Trưởng phòng …' read capitalised),
 * with its lower case when the caller has it (a slice of the text's).
 */
export function readWindow(window: string, lower?: string): void {
  reading.window = window;
  reading.windowLower = lower !== undefined && lower.length === window.length ? lower : lowerKeepingLength(window);
}

// ---------------------------------------------------------------- persons

/** The number of title-case words from `pos` on (at most 6). */
export function titleCaseRun(text: string, pos: number): number {
  const words = placeWords(text, pos, 6);
  const n = words.findIndex((w) => !TITLE_CASE.test(w.word));
  return n < 0 ? words.length : n;
}

/** Up to `max` place words (capitalised words or numbers) from `pos`, one space apart, with where each starts. */
function placeWords(text: string, pos: number, max: number): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = [];
  for (let p = pos; out.length < max; ) {
    const w = at(PLACE_WORD, text, p);
    if (!w) break;
    out.push({ word: w[0], start: p });
    p = afterSpace(text, p + w[0].length);
    if (p < 0) break;
  }
  return out;
}

/**
 * Inside a body's name after a person's title, whether the person's name starts at `pos`: a
 * family name that leaves three title-case words ('… Du lịch Hà Văn Siêu', '… GD Bảo Lâm Hoàng
 * Đình Thiên'), or two to four right after a word that is not title-case ('Sở LĐTB&XH Nguyễn
 * Đình Đức'). `named`: the body already has a name word, so a man's name is not its own name
 * ('Hiệu trưởng Trường THCS Nguyễn Du').
 */
function personStartsHere(text: string, pos: number, capitalRun: number, named: boolean): boolean {
  if (!named) return false;
  const w = at(PLACE_WORD, text, pos);
  if (!w || !isSurname(w[0])) return false;
  const run = titleCaseRun(text, pos);
  return run === 3 || (capitalRun === 0 && run >= 2 && run <= 4);
}

/** Whether a person's full name starts at `pos`: a family name and one to three more title-case words. */
export function personAt(text: string, pos: number, minWords: number): boolean {
  const w = at(PLACE_WORD, text, pos);
  if (!w || !isSurname(w[0])) return false;
  const run = titleCaseRun(text, pos);
  return run >= minWords && run <= 4;
}

/** Three capitalised words from `pos` (two right after a person's title): a person's full name. */
function looksLikePersonAt(text: string, pos: number): boolean {
  const need = reading.personNext ? 2 : 3;
  const words = placeWords(text, pos, need);
  return words.length === need && words.every((w) => !/^\d/.test(w.word));
}

// ---------------------------------------------------------------- places and locators

/** A place's proper name: a known province, or up to three capitalised words / a number. */
export function place(text: string, pos: number): number {
  if (at(NOT_NAME_START, text, pos)) return -1;
  const prov = provinceAt(text, pos);
  if (prov) return pos + prov;
  // After 'TP.' or 'thành phố', 'Hồ Chí Minh' is the city.
  if (text.startsWith('Hồ Chí Minh', pos)) return pos + 'Hồ Chí Minh'.length;
  // After a person's title, a run of five capitalised words is a place then a person's name:
  // 'Chủ tịch UBND xã Bắc Sơn Tạ Hồng Thái' (the person takes the last three).
  const run = reading.personNext ? titleCaseRun(text, pos) : 0;
  const maxWords = run >= 5 && personAt(text, placeWords(text, pos, run - 2)[run - 3].start, 3) ? run - 3 : 3;
  let end = -1;
  let p = pos;
  for (let n = 0; n < maxWords; n++) {
    const w = at(PLACE_WORD, text, p);
    if (!w) break;
    // A family name followed by more capitalised words starts a person's name, not a place
    // (always so right after a person's title: 'Chủ tịch UBND huyện Lê Thị Hoa'), except two
    // words right after the level word ('Chủ tịch UBND xã Thái Sơn, huyện …') and, after a
    // title, fewer than three words left ('Chủ tịch UBND huyện Nam Trà My nói' is one place).
    if (
      maxWords === 3 && (n > 0 || reading.personNext) && isSurname(w[0]) && looksLikePersonAt(text, p) &&
      !(n === 0 && run === 2) && !(n > 0 && reading.personNext && titleCaseRun(text, p) < 3)
    ) break;
    if (/^\d/.test(w[0]) && n > 0) break;
    // Another body's head with its name starts the next body ('… quận Bình Thạnh Đội Cảnh sát …', its sentence's period lost).
    if (n > 0 && at(HEAD_AT, text, p) && HEAD_THEN_CAPITAL.test(text.slice(p + w[0].length, p + w[0].length + 3))) break;
    // The next sentence after an abbreviated level word's dot: '… Công nghệ cao TP. Các cán bộ …'.
    if (n === 0 && OPENER_AFTER_DOT.has(w[0]) && /\. +$/u.test(text.slice(Math.max(0, pos - 3), pos))) return -1;
    // A sentence glued to the place, opening with its day: 'UBND xã Hải Yến Ngày 24-6, …'.
    if (n > 0 && SENTENCE_STARTER.has(w[0]) && /^ \d/u.test(text.slice(p + w[0].length, p + w[0].length + 2))) break;
    // … or with a connective: 'Bí thư huyện ủy Phù Yên Tiếp đó, ông …', 'xã Hải Yến Sau đó'.
    if (n > 0 && OPENER_AFTER_DOT.has(w[0]) && CONNECTIVE_AFTER.test(text.slice(p + w[0].length, p + w[0].length + 10))) break;
    end = p + w[0].length;
    if (/^\d/.test(w[0])) break;
    const next = afterSpace(text, end);
    if (next < 0) break;
    p = next;
  }
  return end;
}


const HEAD_THEN_CAPITAL = narrowable(String.raw`^ +\p{Lu}`, 'u');
/** The particle that makes a sentence's first word a connective: 'Tiếp đó', 'Sau đó', 'Tuy nhiên', 'Vì vậy' (not 'ra': 'huyện Củ Chi ra quyết định'). */
const CONNECTIVE_AFTER = narrowable(String.raw`^ +(?:đó|nhiên|vậy)(?![\p{L}\p{M}])`, 'u');

/** 'này', 'đó', 'bạn', 'nhà' after a level word: the place named before, or another one ('tỉnh này', 'tỉnh bạn'). */
export const THIS_PLACE = narrowable(String.raw`^ +(?:này|đó|ấy|bạn|nhà)(?![\p{L}\p{M}])`, 'u');

/** Abbreviated level words, which may carry a dot: 'TP.', 'TX.', 'H.', 'Q.', 'P.'. */
const ABBREVIATED_LEVEL = /^(?:TP|TX|TT|H|Q|P|X)\.?$/iu;

/** 'tỉnh', 'tỉnh Gia Lai', 'huyện Châu Thành', 'TP. Quy Nhơn', 'TP', or a bare province name. */
export function locator(text: string, pos: number): number {
  // A province named with its level word as one name: 'TP.HCM', 'TP Hồ Chí Minh'.
  const named = provinceAt(text, pos);
  if (named) return pos + named;
  const lw = at(LEVEL_WORD, text, pos);
  if (lw) {
    let end = pos + lw[0].length;
    // 'tỉnh' is followed by a province's name or by nothing: 'UBND tỉnh Gia Lai', 'UBND tỉnh'.
    if (/^tỉnh$/iu.test(lw[0])) {
      const s = afterSpace(text, end);
      // (or by a former province's: 'UBND tỉnh Hà Sơn Bình')
      const prov = s > 0 ? provinceAt(text, s) || formerProvinceAt(text, s) : 0;
      return prov ? s + prov : end;
    }
    // 'TP. Hồ Chí Minh', 'TP Quy Nhơn', 'TX.Hoài Nhơn': an abbreviation may carry a dot; a full
    // word followed by a dot ends its sentence ('UBND xã.Đồng chí …').
    const abbreviated = ABBREVIATED_LEVEL.test(lw[0]);
    if (!abbreviated && text[end] === '.') return /^(?:tỉnh|thành phố)$/iu.test(lw[0]) ? end : -1;
    const dotted = text[end - 1] === '.' || text[end] === '.';
    const s = skipSpaces(text, text[end] === '.' && abbreviated ? end + 1 : end);
    const pe = s > end || dotted ? place(text, s) : -1;
    if (pe > 0) return pe;
    // A level word alone is a locator only for the province and its city ('UBND tỉnh',
    // 'UBND TP'); 'UBND huyện' needs its name, unless a person's name follows the title's body
    // ('Chủ tịch UBND huyện Đinh Hữu Hạnh'). A dot after 'TP' ends the sentence.
    if (/^(?:tỉnh|thành phố)$/iu.test(lw[0])) return end;
    if (reading.personNext && s > end && personAt(text, s, 3)) return end;
    if (/^TP\.?$/u.test(lw[0])) {
      if (text[end - 1] === '.') end--;
      return end;
    }
    return -1;
  }
  // (no province's name at pos: asked first)
  return -1;
}

// ---------------------------------------------------------------- name words

export interface NameOptions {
  /** Most words (a vocabulary phrase counts one). */
  max?: number;
  /** The first word must be capitalised ('Vụ Tổ chức', not 'vụ cháy'), or may also be a name word ('Ban chỉ đạo chương trình'). */
  first?: 'capital' | 'capital or name word';
  /** The name may be a number: 'Chi bộ 3'. */
  numbered?: boolean;
  /** Bodies often named after people ('Trường THCS Nguyễn Du'): a person's name right after the type is the body's. */
  namedAfterPeople?: boolean;
  /** Set when a locator closed the name. */
  closed?: { byLocator: boolean };
}

/** The longest lexicon phrase at `pos` ('đăng ký đất đai'), or 0. */
function vocabularyAt(text: string, pos: number): number {
  return VOCABULARY.at(text, pos);
}

/** The length of a field a body works in at `pos`, in any case ('Lao động', 'giao thông'), or 0. */
export function fieldAt(text: string, pos: number): number {
  return VOCABULARY.at(text, pos);
}

function enderAt(text: string, pos: number): number {
  return ENDER.at(text, pos);
}

/** The length of a level word at `pos` ('huyện', 'thành phố', 'TP', 'TX.'), or 0. */
function levelWordAt(text: string, pos: number): number {
  // (an abbreviation glued to its place: 'Q.Tân Phú', 'TP.Hà Tĩnh')
  return LEVEL_WORDS.at(text, pos) || (at(GLUED_LEVEL, text, pos)?.[0].length ?? 0);
}
const GLUED_LEVEL = sticky(`(?:TP|TX|TT|H|Q|P)\\.(?=\\p{Lu})`);

/** A unit's code of digits and one capital: '12B'. */
const UNIT_NUMBER_CODE = narrowable(String.raw`^\d{1,3}\p{Lu}$`, 'u');
/** A unit's code of capitals and digits: 'C46', 'PA83'. */
const UNIT_CODE = narrowable(String.raw`^\p{Lu}{1,3}\d{1,3}$`, 'u');
/** A unit's head in lower case before a capitalised name or code: 'phòng PA71', 'cục C46'. */
const LOWER_HEAD_BEFORE_CAPITAL = sticky(`(?:phòng|văn phòng|cục|chi cục|tổng cục|ban|sở|đội|trường|bệnh viện|viện|trung tâm) +(?=\\p{Lu})`);

/** People a body's staff are: after 'và' they start the sentence's next object ('Chi cục Thi hành án dân sự và cán bộ, công chức'). */
const PEOPLE_NOUN = sticky(`(?:cán bộ|công chức|viên chức|nhân dân|người|đảng viên|hội viên|đoàn viên|nhân viên)${WORD_END}`);

/** What closes a clause or a quoted name: the name may end right before it. */
const CLOSING = /^(?:[,.;:!?)("\n]|$)/u;

/**
 * Whether, after lower-case words the lexicon does not know, the name goes on or closes: a
 * locator, a capitalised name part, or punctuation follows before any verb or function word
 * ('Chi cục Hải quan cửa khẩu sân bay quốc tế Nội Bài', 'Ban chỉ đạo Cuộc vận động “…”').
 * Looks at most four words ahead.
 */
function nameGoesOnAfter(text: string, pos: number): boolean {
  let p = pos;
  let unknown = 1; // the word before `pos`
  for (let n = 0; n < 5; n++) {
    // A clause may end after a verb and its object too ('… cấp giấy chứng nhận.'): punctuation
    // closes a name only right after one such word.
    if (CLOSING.test(text.slice(p, p + 1))) return unknown < 2;
    const next = afterSpace(text, p);
    if (next < 0) return false;
    if (CLOSING.test(text.slice(next, next + 1))) return unknown < 2 && text[next] !== '(';
    const w = at(TOKEN, text, next);
    if (!w) return false;
    if (CAPITAL.test(w[0])) return namePartAt(text, next);
    const v = vocabularyAt(text, next);
    const lw = levelWordAt(text, next);
    if (lw && v <= lw) return locator(text, next) > 0;
    const e = enderAt(text, next);
    if (e >= v && e > 0) return false;
    if (!v && ++unknown > 3) return false;
    p = next + Math.max(v, w[0].length);
  }
  return false;
}

/** A capitalised word that goes on a name: no sentence's first word, other body, title or person's name. */
function namePartAt(text: string, pos: number): boolean {
  const w = at(TOKEN, text, pos);
  if (!w || SENTENCE_STARTER.has(w[0])) return false;
  return !at(HEAD_AT, text, pos) && !at(TITLE_AT, text, pos) && !personAt(text, pos, reading.personNext ? 2 : 3);
}

/** Where a connector (' - ', ' & ', '-' or '&' inside a word run) leads to the next name part, or -1. */
function connectorTo(text: string, end: number): number {
  const c = text[end];
  if ((c === '-' || c === '&') && regexHere.u`[\p{L}\d]`.test(text[end + 1] ?? '')) return end + 1;
  // 'Tài chính- Kế hoạch', 'Thể thao &Du lịch': a connector glued to one side only.
  if ((c === '-' || c === '&') && text[end + 1] === ' ' && regexHere.u`\p{Lu}`.test(text[end + 2] ?? '')) return end + 2;
  if (c === ' ' && (text[end + 1] === '-' || text[end + 1] === '&') && regexHere.u`\p{Lu}`.test(text[end + 2] ?? '')) return end + 2;
  if (c === ' ' && (text[end + 1] === '-' || text[end + 1] === '&') && text[end + 2] === ' ') return end + 3;
  return -1;
}

/** What may follow a connector: a capitalised name part that starts no body, title or person's name, or a name word. */
function partAfterConnector(text: string, pos: number): boolean {
  const w = at(TOKEN, text, pos);
  if (!w) return false;
  if (!CAPITAL.test(w[0])) return vocabularyAt(text, pos) > 0;
  return namePartAt(text, pos) && !personAt(text, pos, 2);
}

/** Whether the word at `pos` is inside a proper name that has a sentence opener in it ('Hai Bà Trưng'), read from its start. */
function inStarterName(text: string, pos: number): boolean {
  for (const name of NAMES_WITH_STARTER_WORDS) {
    for (let i = name.indexOf(' '), k = 0; k >= 0; k = i + 1, i = name.indexOf(' ', k)) {
      if (k <= pos && text.startsWith(name, pos - k) && !regexHere.u`[\p{L}\p{M}]`.test(text[pos - k - 1] ?? '') && !regexHere.u`[\p{L}\p{M}]`.test(text[pos - k + name.length] ?? '')) return true;
      if (i < 0) break;
    }
  }
  return false;
}

/** The second of two tasks a dash joins into one unit's name ('Pháp chế - Thanh tra'), at `pos` after the connector ending the first at `end`. */
/** (The second task's length, 0 when none: it is read whole, a verb or not: 'chăm sóc'.) */
function joinedTaskAt(text: string, end: number, pos: number, pairs = DASH_JOINED_TASKS): number {
  for (const [first, second] of pairs) {
    if (end < first.length || pos + second.length > text.length) continue;
    if (text.slice(end - first.length + 1, end) !== first.slice(1) || text[end - first.length].toLowerCase() !== first[0].toLowerCase()) continue;
    if (regexHere.u`[\p{L}\p{M}]`.test(text[end - first.length - 1] ?? '')) continue;
    if (text.slice(pos + 1, pos + second.length) === second.slice(1) && text[pos].toLowerCase() === second[0].toLowerCase() && !regexHere.u`[\p{L}\p{M}\d]`.test(text[pos + second.length] ?? '')) return second.length;
  }
  return 0;
}

/** An acronym of two to four capitals ending a name part, and one with '&' after the comma. */
const ACRONYM_BEFORE = narrowable(String.raw`(?<![\p{L}\p{M}])\p{Lu}{2,4}$`, 'u');
const AMPERSAND_ACRONYM = sticky(String.raw`\p{Lu}{1,3}&\p{Lu}{1,3}(?![\p{L}\p{M}\d])`);

/**
 * A name of three parts joined by a comma and 'và' ('Sở Khoa học, Công nghệ và Môi trường',
 * 'Sở Văn hóa,Thể thao&Du lịch'): the position after the comma when such a part follows, or -1.
 */
function commaPartAt(text: string, end: number): number {
  if (text[end] !== ',') return -1;
  const s = text[end + 1] === ' ' ? end + 2 : end + 1;
  // A ministry's acronym cut by a comma before its '&' part: 'Bộ LĐ, TB&XH', 'Sở VH,TT&DL'.
  if (ACRONYM_BEFORE.test(text.slice(Math.max(0, end - 6), end)) && at(AMPERSAND_ACRONYM, text, s)) return s;
  if (!CAPITAL.test(text[s] ?? '') || !namePartAt(text, s)) return -1;
  // 'và' and a capitalised part must follow within four words, before any other punctuation
  // than more comma-separated capitalised parts ('Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu
  // niên và Nhi đồng').
  let p = s;
  for (let n = 0, inPart = 0; n < 12; n++, inPart++) {
    const w = at(TOKEN, text, p);
    if (!w || inPart >= 4) return -1;
    const e = p + w[0].length;
    if (w[0] === 'và' && inPart > 0) {
      const q = afterSpace(text, e);
      return q > 0 && CAPITAL.test(text[q] ?? '') && namePartAt(text, q) ? s : -1;
    }
    if (text[e] === ',' && inPart < 3) {
      const q = text[e + 1] === ' ' ? e + 2 : e + 1;
      if (!CAPITAL.test(text[q] ?? '') || !namePartAt(text, q)) return -1;
      p = q;
      inPart = -1;
      continue;
    }
    const q = text[e] === '&' ? e + 1 : afterSpace(text, e);
    if (q < 0) return -1;
    if (text[e] === '&') return s;
    p = q;
  }
  return -1;
}

/**
 * Free-form name words after a head, from `pos`: the end of the name, or -1 when none.
 * Capitalised words, acronyms and lexicon name words in any case; other lower-case words
 * only when the name goes on after them; a locator closes the name.
 */
export function nameWords(text: string, pos: number, opts: NameOptions = {}): number {
  const max = opts.max ?? 10;
  let end = -1;
  let p = pos;
  let capitalRun = 0;
  /** The last word was one capitalised syllable: the next may be its word's second syllable. */
  let compoundOpen = false;
  /** … and that syllable is no word of the lexicon alone ('Tuyên', 'Môi'): see mistypedWord. */
  let syllableOpen = false;
  let seenTitleCase = false;
  let afterConnector = false;
  /** The last word was a field written in lower case ('xây dựng'). */
  let lastLowerField = false;
  /** The last word was a Roman number ('Cục II', 'Vụ Địa phương I'). */
  let lastRoman = false;
  /** Where the second of two tasks a comma joins starts: a name word there, verb or not ('Thẩm định, đánh giá'). */
  let taskAt = -1;
  let taskLen = 0;
  for (let n = 0; n < max; n++) {
    const w = at(TOKEN, text, p);
    if (!w) break;
    const word = w[0];
    const lower = word.toLowerCase();
    const capital = CAPITAL.test(word);
    let len = word.length;
    // A rating earned is no name: 'Đảng bộ TSVM, đơn vị VMTD'.
    if (capital && RATINGS.has(word)) break;
    // A person's title and its level is an office-holder, no body's name: 'Vụ Chủ tịch tỉnh Đồng Tháp …' (the case of).
    if (n === 0 && capital && titleBeforeLevel(text, p)) break;
    // After a person's title, a person's name right after the head is no body's name: 'Phó Bí thư Đảng ủy Bùi Khánh Long'.
    if (n === 0 && capital && reading.personNext && personStartsHere(text, p, 0, !opts.namedAfterPeople)) break;
    // A sentence that lost its period opens right after the head: '… phó giám đốc sở Trước đó, …'.
    // (a school named after a man keeps his name: 'Trường THPT Ông Ích Khiêm')
    if (n === 0 && capital && !opts.namedAfterPeople && (SENTENCE_STARTER.has(word) || at(NOT_NAME_START, text, p))) break;
    if (n > 0 && capital) {
      // A capitalised word that starts sentences starts the next one ('… Hành chính công Theo kế hoạch').
      if ((SENTENCE_STARTER.has(word) || at(NOT_NAME_START, text, p)) && !inStarterName(text, p)) break;
      // A province's name closes the name: 'Sở VH-TT-DL TPHCM', 'Trường Đại học Kiến trúc Hà Nội'.
      const province = provinceAt(text, p);
      // After a person's title, a person's name ends the body's: 'Cục trưởng Cục Chống tham nhũng Phạm
      // Trọng Đạt' (but a school named after a man keeps his name: 'Hiệu trưởng Trường THCS Nguyễn Du';
      // and a province's name that no more capitalised words follow is the province: 'Chánh văn
      // phòng Sở Giao thông Vận tải Thái Bình, ông …').
      const wholeProvince = province > 0 && !regexHere.u`^ +\p{Lu}`.test(text.slice(p + province, p + province + 3));
      if (reading.personNext && !wholeProvince && personStartsHere(text, p, capitalRun, seenTitleCase || !opts.namedAfterPeople)) break;
      if (province) {
        if (opts.closed) opts.closed.byLocator = true;
        return p + province;
      }
    }
    if (n > 0 && lower === 'và') {
      // 'và' joins the parts of one name when a capitalised word that starts no body follows.
      const s = afterSpace(text, p + word.length);
      const nw = s > 0 ? at(TOKEN, text, s) : null;
      // … or, between fields written in lower case, another field: 'Phòng Quản lý xây dựng và
      // phát triển đô thị', 'Trung tâm khoa học xã hội và nhân văn'.
      const fields =
        !!nw && lastLowerField && !CAPITAL.test(nw[0]) && vocabularyAt(text, s) > 0 && enderAt(text, s) < vocabularyAt(text, s) && !at(PEOPLE_NOUN, text, s);
      // (not a unit's code: 'Phòng PA58 và PA83' are two units)
      // (nor another school by its type: 'Trường THPT Phan Bội Châu và THPT Huỳnh Thúc Kháng' are two)
      if (!fields && (!nw || !CAPITAL.test(nw[0]) || at(HEAD_AT, text, s) || SENTENCE_STARTER.has(nw[0]) || UNIT_CODE.test(nw[0]) || (opts.namedAfterPeople && (capitalRun > 0 || lastRoman) && SCHOOL_ACRONYMS.has(nw[0])))) break;
      p = s;
      afterConnector = true;
      compoundOpen = false;
      continue;
    }
    // A locator closes the name: 'Ban Chỉ đạo … tỉnh', 'Trường Chính trị tỉnh', 'Viện Kinh tế TP. Hồ Chí Minh'.
    const level = levelWordAt(text, p);
    if (!afterConnector && level) {
      const pe = locator(text, p);
      if (pe > 0) {
        if (opts.closed) opts.closed.byLocator = true;
        return pe;
      }
    }
    // (a level word that closes nothing is a name word too: 'Đảng bộ xã', 'Đảng bộ quận khóa V' → 'Đảng bộ quận';
    // and so is a number after 'số': 'Phòng Cảnh sát PCCC số 2')
    let vocabulary = Math.max(!capital ? level : 0, vocabularyAt(text, p));
    if (lower === 'số' && /^ \d/u.test(text.slice(p + len, p + len + 2))) vocabulary = len;
    // A capitalised word that begins a verb is a name word here: 'Ban Tổ chức', 'Phòng Đăng ký'.
    if (capital) vocabulary = Math.max(vocabulary, enderAt(text, p));
    if (word === 'Bộ') vocabulary = Math.max(vocabulary, MINISTRY_IN_NAME.at(text, p));
    if (p === taskAt) vocabulary = Math.max(vocabulary, len, taskLen, enderAt(text, p));
    if (!capital) {
      // After a proper name ('Trường THPT Hòa Bình', 'Quy Nhơn') or a unit's Roman number ('Cục I
      // thanh tra tại …') a lower-case word starts the sentence's verb.
      // (but a number after 'số' goes on the name: 'Trường THPT Thuận Thành số 1', 'Bệnh viện Đa khoa
      // Xanh Pôn số 2'; not a document's number: 'UBND huyện X số 12/QĐ')
      // (and so does a school's number after its place name: 'Trường THPT Nghi Lộc 2', 'THPT Yên Thành 3')
      const schoolNumber = !!opts.namedAfterPeople && capitalRun >= 1 && !lastRoman && NUMBER_AFTER_SO.test(text.slice(p - 1, p + len + 4)) && !COUNTED_AFTER.test(text.slice(p + len, p + len + 8));
      if ((capitalRun >= 2 || lastRoman) && !schoolNumber && !(lower === 'số' && NUMBER_AFTER_SO.test(text.slice(p + len, p + len + 6)))) break;
      // 'các' before the fields of a unit's task goes on its name when the name goes on after them
      // ('Trung tâm Điều hành các chương trình chống ngập nước TP.HCM'; not 'Sở Y tế các huyện').
      if (n > 0 && lower === 'các' && !afterConnector && fieldFollows(text, p + len) && closesAtPlace(text, p + len)) taskAt = p;
      const ender = enderAt(text, p);
      // (a word that ends names alone is the second syllable of a capitalised one the lexicon does
      // not know when the two spell a name word of the lexicon but for a mistyped tone: 'Ban Tuyên
      // giao TP Đà Nẵng', 'Sở Tài nguyên – Môi trưởng tỉnh')
      if (ender > 0 && ender >= vocabulary && p !== taskAt && !(compoundOpen && syllableOpen && ender === len && mistypedWord(text, p, len))) break;
      // A field that is also a verb, coordinated with a verb after a comma, is the sentence's
      // verb: 'đề nghị Phòng Tổ chức cán bộ nghiên cứu, xem xét lại' (not 'Viện Nghiên cứu, …').
      if (n > 0 && vocabulary && VERB_FIELDS.has(text.slice(p, p + vocabulary))) {
        const comma = /^, */u.exec(text.slice(p + vocabulary, p + vocabulary + 3));
        const after = p + vocabulary + (comma ? comma[0].length : 0);
        if (comma && enderAt(text, after) > vocabularyAt(text, after)) break;
      }
      // The second syllable of a word whose first is capitalised: 'Hiến pháp', 'Dân chính', 'Hải quân'.
      if (compoundOpen && !vocabulary && !/^\d/.test(word)) vocabulary = len;
      // A number only after a numbered word: 'Chi bộ 3', 'Trường … số 2', 'Ấp 4'.
      if (/^\d/.test(word)) {
        // (a unit's code of digits and a letter goes on its name: 'Đội QLTT 12B')
        if (n > 0 && UNIT_NUMBER_CODE.test(word)) {
          // (nothing to check)
        } else if (n === 0 ? !opts.numbered : !NUMBERED.has(previousWord(text, p)) && !numberClosesName(text, p + word.length) && !schoolNumber) break;
      } else if (n === 0 && opts.first && (opts.first === 'capital' || !vocabulary) && !level) {
        // (a level word may come first: 'Đảng ủy xã', the body named by its level alone)
        break;
      } else if (!vocabulary) {
        // A head in lower case before a capital starts another body: '… tội phạm về ma túy (PC47) phòng PA71'.
        if (at(LOWER_HEAD_BEFORE_CAPITAL, text, p)) break;
        // A word the lexicon does not know: part of the name only when the name goes on after it.
        if (!nameGoesOnAfter(text, p + word.length)) break;
      }
    }
    if (vocabulary > len) len = vocabulary;
    // A foreign country after the name makes it a foreign body: no office ('Bộ Ngoại giao Qatar';
    // but 'Vạn Đức', 'Mỹ Thành' are Vietnamese places).
    if (n > 0 && capitalRun === 0 && FOREIGN.test(text.slice(p, p + 20))) return -1;
    // Title-case words in a row make a proper name; acronyms ('CĐ', 'THPT') and name words do not count.
    lastLowerField = !capital && vocabulary > 0;
    // (after a Roman number or a school's number, a lower-case word starts the predicate)
    lastRoman = ROMAN.test(word) || (!capital && /^\d/u.test(word) && !!opts.namedAfterPeople && n > 0);
    compoundOpen = TITLE_CASE.test(word) && len === word.length && !lastRoman;
    syllableOpen = compoundOpen && capital && vocabulary === 0;
    if (capital && !regexHere.u`^\p{Lu}{2}`.test(word)) seenTitleCase = true;
    // ('Chuyên' names a school's kind, not its proper name: 'Trường THPT Chuyên Đại học Sư phạm')
    capitalRun = compoundOpen && word !== 'Chuyên' ? capitalRun + 1 : 0;
    end = p + len;
    afterConnector = false;
    const c = connectorTo(text, end) > 0 ? connectorTo(text, end) : commaPartAt(text, end);
    // ('Cục Quản lý Y, dược cổ truyền': two tasks a comma joins)
    const tl = c < 0 && text[end] === ',' && text[end + 1] === ' ' ? joinedTaskAt(text, end, end + 2, COMMA_JOINED_TASKS) : 0;
    const t = tl > 0 ? end + 2 : -1;
    if (t > 0) {
      taskAt = t;
      taskLen = tl;
      p = t;
      afterConnector = true;
      capitalRun = 0;
      compoundOpen = false;
      continue;
    }
    if (c > 0) {
      if (!partAfterConnector(text, c) && !joinedTaskAt(text, end, c)) break;
      p = c;
      afterConnector = true;
      capitalRun = 0;
      compoundOpen = false;
      continue;
    }
    const next = afterSpace(text, end);
    if (next < 0) break;
    p = next;
  }
  return end;
}

/**
 * The words of a name's task or fields from `p` (no verb or function word, no capitalised word,
 * no punctuation, at most `max`), up to what closes the name: `closes(p)` at a word gives the
 * name's end (> 0), -1 to give up there, 0 to read on; from the second word on unless
 * `firstMayClose`. -1 when nothing closes it.
 */
function taskWordsUpTo(text: string, p: number, max: number, closes: (p: number) => number, firstMayClose: boolean): number {
  for (let n = 0; n < max; n++) {
    if (p < 0) return -1;
    if (n > 0 || firstMayClose) {
      const e = closes(p);
      if (e !== 0) return e;
    }
    const w = at(TOKEN, text, p);
    if (!w || CAPITAL.test(w[0])) return -1;
    const v = vocabularyAt(text, p);
    const e = enderAt(text, p);
    if (e > 0 && e >= v) return -1;
    p = afterSpace(text, p + Math.max(v, w[0].length));
  }
  return -1;
}

/**
 * A board or council named by its task in lower case, from `pos`, up to what closes it: the
 * task's words, then `closes` at a later word gives the end ('Hội đồng thi đua khen thưởng Bộ
 * Xây dựng', 'Hội đồng xét tuyển công chức ngành kiểm sát tỉnh Quảng Trị'); -1 when nothing
 * closes it within `max` words.
 */
export function lowerTaskWords(text: string, pos: number, closes: (p: number) => number, max = 8): number {
  return taskWordsUpTo(text, pos, max, (p) => Math.max(0, closes(p)), false);
}

/**
 * Whether, after the fields from `pos` (at most five words, none a verb or function word), a
 * province or a locator closes the name ('… các chương trình chống ngập nước TP.HCM'; not '…
 * các địa phương,').
 */
function closesAtPlace(text: string, pos: number): boolean {
  const placeCloses = (p: number): number => {
    if (provinceAt(text, p)) return 1;
    const lw = levelWordAt(text, p);
    return lw && vocabularyAt(text, p) <= lw ? (locator(text, p) > 0 ? 1 : -1) : 0;
  };
  return taskWordsUpTo(text, afterSpace(text, pos), 6, placeCloses, true) > 0;
}

/** Whether a person's title then a level word stands at `pos` ('Chủ tịch tỉnh', 'Giám đốc huyện'). */
function titleBeforeLevel(text: string, pos: number): boolean {
  const t = at(TITLE_AT, text, pos);
  if (!t) return false;
  const s = afterSpace(text, pos + t[0].length);
  return s > 0 && !CAPITAL.test(text[s] ?? '') && levelWordAt(text, s) > 0;
}

/** The lexicon's two-syllable name words without their tone marks ('tuyên giao', 'môi trương'). */
const UNTONED_PAIRS = new Set(
  [...NAME_VOCABULARY, ...PARTY_BOARDS].map((w) => untone(w.toLowerCase())).filter((w) => /^\S+ \S+$/u.test(w)),
);
/** Whether the syllable at `pos` (`len` long) and the one before it spell a name word of the lexicon but for their tone marks. */
function mistypedWord(text: string, pos: number, len: number): boolean {
  const before = regexHere.u`(\p{Lu}[\p{Ll}\p{M}]*) $`.exec(text.slice(Math.max(0, pos - 12), pos));
  return !!before && UNTONED_PAIRS.has(untone(`${before[1]} ${text.slice(pos, pos + len)}`.toLowerCase()));
}

/**
 * Whether a number ends a name part: the name closes or goes on in capitals right after it
 * ('Quân khu 5,', 'Bộ Tư lệnh vùng 4 Hải quân'), not a counted noun ('Sở Y tế 3 năm qua').
 */
function numberClosesName(text: string, end: number): boolean {
  if (CLOSING.test(text.slice(end, end + 1))) return true;
  const next = afterSpace(text, end);
  return next > 0 && (CLOSING.test(text.slice(next, next + 1)) || CAPITAL.test(text[next] ?? ''));
}

/** A time or count noun after a number: the number counts it ('Trường THPT X 2 năm liền'), names no school. */
const COUNTED_AFTER = narrowable(String.raw`^ +(?:năm|tháng|ngày|tuần|lần|giờ|phút|em|học sinh|giáo viên|lớp|phòng)(?![\p{L}\p{M}])`, 'u');

/** A small number after 'số' that is no document's number ('số 1', not 'số 12/QĐ', 'số 1.200'). */
const NUMBER_AFTER_SO = narrowable(String.raw`^ \d{1,2}(?![\d\p{L}\p{M}/-]|[.,]\d)`, 'u');

/** Fields written in lower case that are also verbs of prose ('nghiên cứu', 'quản lý'). */
const VERB_FIELDS = new Set(['nghiên cứu', 'quản lý', 'giám sát', 'kiểm soát', 'bảo vệ', 'phát triển', 'đào tạo', 'bồi dưỡng', 'thanh tra', 'giải quyết']);

/** The lower-cased word right before `pos` (after one space). */
function previousWord(text: string, pos: number): string {
  const m = regexHere.u`([\p{L}\p{M}]+) $`.exec(text.slice(Math.max(0, pos - 16), pos));
  return m ? m[1].toLowerCase() : '';
}

/** Whether a field the lexicon knows, no verb nor people, follows after a space at `pos`. */
function fieldFollows(text: string, pos: number): boolean {
  const s = afterSpace(text, pos);
  if (s < 0 || CAPITAL.test(text[s] ?? '') || at(PEOPLE_NOUN, text, s)) return false;
  const v = vocabularyAt(text, s);
  return v > 0 && enderAt(text, s) < v;
}

/**
 * The topic of a steering board or a guidance unit after 'về': 'Ban Chỉ đạo Trung ương về
 * phòng, chống tham nhũng', 'phòng Hướng dẫn về phòng cháy'. From `pos` (after 'về '); a comma
 * goes on only before a lower-case word that is no verb.
 */
export function topicWords(text: string, pos: number): number {
  let end = -1;
  let p = pos;
  for (let n = 0; n < 8; n++) {
    const w = at(TOKEN, text, p);
    if (!w) break;
    if (CAPITAL.test(w[0]) && (SENTENCE_STARTER.has(w[0]) || at(HEAD_AT, text, p) || personAt(text, p, 2))) break;
    const vocabulary = vocabularyAt(text, p);
    const ender = enderAt(text, p);
    // ('và' joins two fields of one topic: '… về chính sách nhà ở và thị trường bất động sản')
    const joined = w[0] === 'và' && n > 0 && fieldFollows(text, p + 2);
    if (ender > 0 && ender >= vocabulary && !joined) break;
    end = p + Math.max(vocabulary, w[0].length);
    let s = end;
    if (text[s] === ',' && text[s + 1] === ' ') {
      const nw = at(TOKEN, text, s + 2);
      if (!nw || CAPITAL.test(nw[0]) || enderAt(text, s + 2) > 0) break;
      s += 1;
    }
    const next = afterSpace(text, s);
    if (next < 0) break;
    p = next;
  }
  return end;
}
