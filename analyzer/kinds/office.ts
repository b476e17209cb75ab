// Offices: named Party and State bodies. A small recursive grammar over the view:
//
//   body     := complete                       Bộ Chính trị, Chính phủ, Quốc hội
//             | committee [place]              Tỉnh ủy, Huyện ủy Châu Thành, Tỉnh ủy Gia Lai
//             | located-head locator           UBND tỉnh, HĐND huyện X, Công an tỉnh
//             | unit-head owner                Văn phòng UBND tỉnh, Ban Thường vụ Tỉnh ủy,
//                                              Đảng ủy Khối các cơ quan tỉnh, Đảng bộ tỉnh
//             | 'Ban' board [owner]            Ban Tổ chức Tỉnh ủy, Ban Chỉ đạo Cuộc vận động
//             | 'Bộ' ministry | 'Sở' department [locator]
//             | named-head name-words          Trung tâm công nghệ thông tin, Tổng cục …
//   owner    := body | locator | 'Khối' name-words | 'Trung ương' ['Đảng']
//   locator  := level-word [place] | place     tỉnh, huyện Châu Thành, tỉnh Gia Lai
//
// Spans are maximal (a body inside a longer name is no separate fact); a head left
// without its owner ('UBND', 'Ban Thường vụ') is kept as a bare mention so that
// elliptical coordination ('HĐND và UBND tỉnh') can complete it (refine/offices.ts).

import type { Candidate, Context } from '../pipeline.ts';
import type { Level } from '../contract.ts';
import {
  BODY_HEADS,
  COMPLETE_BODIES,
  DEPARTMENTS,
  LOCATOR_WORDS,
  MINISTRIES,
  NOT_OFFICES,
  PARTY_BOARDS,
} from '../lexicon/bodies.ts';
import { ROLE_TITLES, SURNAMES } from '../lexicon/roles.ts';
import { FOREIGN_NAMES, FRONT_HEADS, NAME_STOP_WORDS, PRESS_ACRONYMS, SCHOOL_TYPES, SENTENCE_STARTERS } from '../lexicon/context.ts';

const SENTENCE_STARTER = new Set(SENTENCE_STARTERS);
import { CAP_WORD, WORD_END, alternation, leadingClass, rx, squash } from '../text/patterns.ts';
import { WordScan } from '../text/scan.ts';
import { PROVINCE_NAME_PATTERN, findProvince } from '../places.ts';

export interface OfficeMention {
  start: number;
  end: number;
  name: string;
  level?: Level;
  province?: string;
  /** The locator inside the name ('tỉnh', 'huyện Châu Thành'), for elliptical completion. */
  locator?: string;
  /** The owner body inside the name ('Tỉnh ủy' in 'Ban Thường vụ Tỉnh ủy'). */
  owner?: string;
  /** What a bare mention lacks: 'locator' (UBND) or 'owner' (Ban Thường vụ); absent when complete. */
  lacks?: 'locator' | 'owner';
  /** The head word's family, to coordinate only like with like. */
  family: 'people' | 'unit' | 'party' | 'other';
  /** A Fatherland Front body: no office (DECISIONS.md), but it completes 'HĐND, UBND, UBMTTQ tỉnh'. */
  front?: boolean;
}

// ---------------------------------------------------------------- sticky building blocks

const sticky = (source: string, flags = 'yu') => new RegExp(source, flags);

const byNeed = (need: string) => BODY_HEADS.filter((h) => h.needs === need);
const LEVEL_OF_HEAD = new Map(BODY_HEADS.filter((h) => h.level).map((h) => [h.word.toLowerCase(), h.level!]));

const PEOPLE_HEADS = ['UBND', 'HĐND', 'Ủy ban nhân dân', 'Hội đồng nhân dân'];
const FRONT_HEAD = sticky(`(?:${alternation(FRONT_HEADS)})${WORD_END}`);
const PARTY_HEADS = ['Đảng bộ', 'Đảng ủy', 'Chi bộ'];
const COMMITTEE_HEADS = byNeed('nothing').map((h) => h.word);

const COMPLETE = sticky(`(?:${alternation(COMPLETE_BODIES.flatMap((b) => [b.name, ...b.aliases]))})${WORD_END}`);
const COMMITTEE = sticky(`(?:${alternation(COMMITTEE_HEADS)})${WORD_END}`);
const LOCATED_HEAD = sticky(`(?:${alternation(byNeed('locator').map((h) => h.word))})${WORD_END}`);
const UNIT_HEAD = sticky(
  `(?:${alternation(byNeed('owner').map((h) => h.word).filter((w) => w !== 'Ban'))})${WORD_END}`,
);
const NAMED_HEAD = sticky(
  `(?:${alternation(byNeed('name').map((h) => h.word).filter((w) => w !== 'Bộ' && w !== 'Sở' && w !== 'Ban'))})${WORD_END}`,
);
const BAN = sticky(`Ban +(${alternation(PARTY_BOARDS)})${WORD_END}`, 'yiu');
const MINISTRY = sticky(`Bộ +(?:${alternation(MINISTRIES.flatMap((m) => [m.name, ...m.aliases]))})${WORD_END}`);
const DEPARTMENT = sticky(`Sở +(?:${alternation(DEPARTMENTS.flatMap((m) => [m.name, ...m.aliases]))})${WORD_END}`);
const LEVEL_WORD = sticky(
  `(?:${alternation(LOCATOR_WORDS.map((l) => l.word).filter((w) => /\p{L}$/u.test(w)))})${WORD_END}|(?:TP\\.|H\\.|Q\\.|P\\.)`,
  'yiu',
);
/** Heads whose names are often written in lower case: 'Trung tâm công nghệ thông tin', 'Tổng cục đo lường chất lượng'. */
const LOWER_NAME_HEADS = new Set(['Trung tâm', 'Tổng cục', 'Chi cục', 'Bộ Tư lệnh']);
const SCHOOL_TYPE = sticky(`(?:${alternation(SCHOOL_TYPES)})${WORD_END}`);
const BAN_WORD = sticky(`Ban${WORD_END}`);
const KHOI = sticky(`Khối${WORD_END}`, 'yiu');
const CENTRAL_OWNER = sticky(`(?:Trung ương|TW|TƯ|T\\.Ư)(?: +Đảng)?${WORD_END}`, 'yu');
const SPACE = sticky(' +');
const PLACE_WORD = sticky(`(?:${CAP_WORD}|\\d{1,3})${WORD_END}`);
const PROVINCE_AT = sticky(`(?:${PROVINCE_NAME_PATTERN})${WORD_END}`, 'yiu');
const NAME_WORD = sticky(`[\\p{L}\\p{M}]+${WORD_END}|\\d{1,3}${WORD_END}`);
const ALL_HEADS = [
  ...COMPLETE_BODIES.flatMap((b) => [b.name, ...b.aliases]),
  ...BODY_HEADS.map((h) => h.word),
  ...PEOPLE_HEADS,
  ...PARTY_HEADS,
  ...FRONT_HEADS,
];
const HEAD_AT = sticky(`(?:${alternation(ALL_HEADS)})${WORD_END}`);
const HEAD_START = rx(`${leadingClass(ALL_HEADS)}(?<![\\p{L}\\p{M}\\p{N}])(?:${alternation(ALL_HEADS)})${WORD_END}`, 'gu');
/** HEAD_START, run only where a head's first word is (text/scan.ts). */
const HEAD_START_SCAN = new WordScan(HEAD_START, ALL_HEADS, { whole: true });

const SURNAME_SET = new Set(SURNAMES.map((s) => s.toLowerCase()));
/** Countries and international bodies that make a body name foreign (DECISIONS.md: no offices). */
const FOREIGN = new RegExp(`^(?:${alternation(FOREIGN_NAMES)})(?![\\p{L}\\p{M}])(?! +\\p{Lu})`, 'u');
const FRONT = /MTTQ|Mặt trận Tổ quốc/u;
const PRESS_ACRONYM = new Set(PRESS_ACRONYMS);
const LOCATOR_LEVEL = new Map(LOCATOR_WORDS.map((l) => [l.word.toLowerCase(), l.level]));
const NOT_OFFICE_SET = new Set(NOT_OFFICES.map((s) => s.toLowerCase()));
// Look-behinds run sticky at the end of a slice (endsWithMatch): read backwards from there,
// not tried at every position of the slice.
const ROLE_BEFORE_THUONG_TRUC = rx(`(?<=(?:${alternation(ROLE_TITLES)}) +)`, 'iuy');
const ROLE_BEFORE = rx(`(?<=(?:${alternation(ROLE_TITLES)})(?: +Thường trực)? +)`, 'uy');

/** Whether some match of the look-behind `re` ends where `s` ends. */
function endsWithMatch(re: RegExp, s: string): boolean {
  re.lastIndex = s.length;
  return re.test(s);
}

/** Words and phrases that end a free-form name ('Trung tâm công nghệ thông tin đã …'). */
const STOP_PHRASE = new RegExp(`(?:${alternation(NAME_STOP_WORDS)})${WORD_END}`, 'yiu');

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** ' ' then something: the position after the space, or -1. */
function afterSpace(text: string, pos: number): number {
  const m = at(SPACE, text, pos);
  return m ? pos + m[0].length : -1;
}

// ---------------------------------------------------------------- places and locators

interface Parsed {
  end: number;
  locator?: string;
  owner?: string;
  lacks?: 'locator' | 'owner';
  family: OfficeMention['family'];
}

/** A place's proper name: a known province, or up to three capitalised words / a number. */
function place(text: string, pos: number): number {
  const prov = at(PROVINCE_AT, text, pos);
  if (prov && /^\p{Lu}/u.test(prov[0])) return pos + prov[0].length;
  // After 'TP.' or 'thành phố', 'Hồ Chí Minh' is the city.
  if (text.startsWith('Hồ Chí Minh', pos)) return pos + 'Hồ Chí Minh'.length;
  let end = -1;
  let p = pos;
  for (let n = 0; n < 3; n++) {
    const w = at(PLACE_WORD, text, p);
    if (!w) break;
    // A family name followed by more capitalised words starts a person's name, not a place
    // (always so right after a person's title: 'Chủ tịch UBND huyện Lê Thị Hoa').
    if ((n > 0 || personNext) && SURNAME_SET.has(w[0].toLowerCase()) && looksLikePersonAt(text, p)) break;
    if (/^\d/.test(w[0]) && n > 0) break;
    end = p + w[0].length;
    if (/^\d/.test(w[0])) break;
    const next = afterSpace(text, end);
    if (next < 0) break;
    p = next;
  }
  return end;
}

/** Three capitalised words from `pos` (two right after a person's title): a person's full name. */
function looksLikePersonAt(text: string, pos: number): boolean {
  const need = personNext ? 2 : 3;
  let p = pos;
  for (let n = 0; n < need; n++) {
    const w = at(PLACE_WORD, text, p);
    if (!w || /^\d/.test(w[0])) return false;
    if (n === need - 1) return true;
    const next = afterSpace(text, p + w[0].length);
    if (next < 0) return false;
    p = next;
  }
  return false;
}

/** 'tỉnh', 'tỉnh Gia Lai', 'huyện Châu Thành', 'TP. Quy Nhơn', or a bare province name. */
function locator(text: string, pos: number): number {
  const lw = at(LEVEL_WORD, text, pos);
  if (lw) {
    const end = pos + lw[0].length;
    // 'tỉnh' is followed by a province's name or by nothing: 'UBND tỉnh Gia Lai', 'UBND tỉnh'.
    if (/^tỉnh$/iu.test(lw[0])) {
      const s = afterSpace(text, end);
      const prov = s > 0 ? at(PROVINCE_AT, text, s) : null;
      return prov && /^\p{Lu}/u.test(prov[0]) ? s + prov[0].length : end;
    }
    // 'TP. Hồ Chí Minh', 'TP Quy Nhơn', 'TX.Hoài Nhơn': an abbreviation may carry a dot.
    const s = skipSpaces(text, text[end] === '.' ? end + 1 : end);
    const pe = s > end || text[end - 1] === '.' ? place(text, s) : -1;
    if (pe > 0) return pe;
    // A level word alone is a locator only for the province ('UBND tỉnh'); 'UBND huyện' needs its name.
    return /^tỉnh$/iu.test(lw[0]) || /^thành phố$/iu.test(lw[0]) ? end : -1;
  }
  const prov = at(PROVINCE_AT, text, pos);
  if (prov && /^\p{Lu}/u.test(prov[0])) return pos + prov[0].length;
  return -1;
}

function skipSpaces(text: string, pos: number): number {
  while (text.charCodeAt(pos) === 0x20) pos++;
  return pos;
}

/** Free-form name words after a named head: capitalised or not, until a stop word or punctuation. */
function nameWords(text: string, pos: number, max = 8, firstMustBeCapital = false, closed?: { byLocator: boolean }): number {
  let end = -1;
  let p = pos;
  let capitalRun = 0;
  for (let n = 0; n < max; n++) {
    const w = at(NAME_WORD, text, p);
    if (!w) break;
    const lower = w[0].toLowerCase();
    const capital = /^\p{Lu}/u.test(w[0]);
    // A capitalised word that starts sentences starts the next one ('… Hành chính công Theo kế hoạch').
    if (n > 0 && capital && SENTENCE_STARTER.has(w[0])) break;
    // After a proper name ('Trường THPT Hòa Bình', 'Quy Nhơn') a lower-case word starts the sentence's verb.
    if (!capital && capitalRun >= 2 && lower !== 'và' && !LOCATOR_LEVEL.has(lower)) break;
    if (n > 0 && lower === 'và') {
      // 'và' joins the parts of one name when a capitalised word that starts no body follows.
      const s = afterSpace(text, p + w[0].length);
      const nw = s > 0 ? at(NAME_WORD, text, s) : null;
      if (!nw || !/^\p{Lu}/u.test(nw[0]) || at(HEAD_AT, text, s)) break;
      p = s;
      continue;
    }
    if (!capital && at(STOP_PHRASE, text, p)) break;
    // A foreign country after the name makes it a foreign body: no office ('Bộ Ngoại giao Qatar';
    // but 'Vạn Đức', 'Mỹ Thành' are Vietnamese places).
    if (n > 0 && capitalRun === 0 && FOREIGN.test(text.slice(p, p + 20))) return -1;
    if (n === 0 && firstMustBeCapital && !capital && !LOCATOR_LEVEL.has(lower)) break;
    // Title-case words in a row make a proper name; acronyms ('CĐ', 'THPT') do not count.
    capitalRun = capital && !/^\p{Lu}{2,}$/u.test(w[0]) ? capitalRun + 1 : capital ? capitalRun : 0;
    end = p + w[0].length;
    // A locator closes the name: 'Ban Chỉ đạo … tỉnh', 'Trường Chính trị tỉnh', 'Viện Kinh tế TP. Hồ Chí Minh'.
    if (LOCATOR_LEVEL.has(lower) || LOCATOR_LEVEL.has(lower + '.') || lower === 'tp' || lower === 'tx') {
      const pe = locator(text, p);
      if (pe > 0) {
        if (closed) closed.byLocator = true;
        return pe;
      }
    }
    const next = afterSpace(text, end);
    if (next < 0) break;
    p = next;
  }
  return end;
}

// ---------------------------------------------------------------- the grammar

/** Set while parsing a body that follows a person's title: a name after it is the person's. */
let personNext = false;

function body(text: string, pos: number, depth = 0): Parsed | null {
  if (depth > 4) return null;
  let m: RegExpExecArray | null;

  if ((m = at(COMPLETE, text, pos))) {
    const end = pos + m[0].length;
    return { end, family: 'other' };
  }
  if ((m = at(MINISTRY, text, pos))) return { end: pos + m[0].length, family: 'other' };
  if ((m = at(DEPARTMENT, text, pos))) {
    const end = pos + m[0].length;
    const s = afterSpace(text, end);
    const le = s > 0 ? locator(text, s) : -1;
    return le > 0 ? { end: le, locator: text.slice(s, le), family: 'other' } : { end, family: 'other' };
  }
  if ((m = at(COMMITTEE, text, pos))) {
    const end = pos + m[0].length;
    const s = afterSpace(text, end);
    let pe = -1;
    if (s > 0) {
      const prov = at(PROVINCE_AT, text, s);
      if (prov && /^\p{Lu}/u.test(prov[0])) pe = s + prov[0].length;
      // 'Tỉnh ủy' is named by its province; 'Huyện ủy Châu Thành' by its district.
      else if (!/^Tỉnh/u.test(m[0]) && !(SURNAME_SET.has((at(PLACE_WORD, text, s)?.[0] ?? '').toLowerCase()) && personNext)) {
        pe = place(text, s);
      }
    }
    return { end: pe > 0 ? pe : end, family: 'other' };
  }
  if ((m = at(FRONT_HEAD, text, pos))) {
    const end = pos + m[0].length;
    const s = afterSpace(text, end);
    const le = s > 0 ? locator(text, s) : -1;
    if (le > 0) return { end: le, locator: text.slice(s, le), family: 'people' };
    return { end, lacks: 'locator', family: 'people' };
  }
  // UBND / HĐND and the other heads that need a locator.
  if ((m = at(LOCATED_HEAD, text, pos))) {
    const end = pos + m[0].length;
    const family = PEOPLE_HEADS.some((h) => h.toLowerCase() === m![0].toLowerCase()) ? 'people' : 'other';
    const s = afterSpace(text, end);
    const le = s > 0 ? locator(text, s) : -1;
    if (le > 0) return { end: le, locator: text.slice(s, le), family };
    return { end, lacks: 'locator', family };
  }
  // Ban + board: 'Ban Thường vụ', 'Ban Tổ chức', 'Ban Chỉ đạo' (+ owner or name).
  if ((m = at(BAN, text, pos))) {
    const end = pos + m[0].length;
    const s = afterSpace(text, end);
    if (s > 0) {
      const o = owner(text, s, depth);
      if (o) return { end: o.end, owner: text.slice(s, o.end), locator: o.locator, family: 'unit' };
      if (/^chỉ đạo$/iu.test(m[1]) || /^quản lý/iu.test(m[1])) {
        const ne = nameWords(text, s, 8, true);
        if (ne > 0) return { end: ne, family: 'unit' };
      }
    }
    return { end, lacks: 'owner', family: 'unit' };
  }
  // 'Ban Đấu tranh chính trị và Binh vận tỉnh': a board the lexicon does not know, named and
  // closed by its locator.
  if ((m = at(BAN_WORD, text, pos))) {
    const s = afterSpace(text, pos + m[0].length);
    const closed = { byLocator: false };
    const ne = s > 0 ? nameWords(text, s, 8, true, closed) : -1;
    if (ne > 0 && closed.byLocator) return { end: ne, family: 'unit' };
  }
  // Units and Party organisations that belong to an owner: 'Văn phòng …', 'Đảng bộ …'.
  if ((m = at(UNIT_HEAD, text, pos))) {
    const end = pos + m[0].length;
    const family = PARTY_HEADS.some((h) => h.toLowerCase() === m![0].toLowerCase()) ? 'party' : 'unit';
    let s = afterSpace(text, end);
    // 'Đảng bộ cơ sở Văn phòng …' is the same body as 'Đảng bộ Văn phòng …'.
    if (s > 0 && family === 'party' && /^cơ sở /u.test(text.slice(s, s + 7))) s += 7;
    if (s > 0) {
      const o = owner(text, s, depth);
      if (o && !o.lacks) return { end: o.end, owner: text.slice(s, o.end), locator: o.locator, family };
      if (o && o.lacks) return { end: o.end, owner: text.slice(s, o.end), lacks: o.lacks, family };
      // 'Đảng ủy Dân chính đảng': a Party organisation named by its own capitalised words.
      if (!o && family === 'party') {
        const ne = nameWords(text, s, 5, true);
        if (ne > 0) return { end: ne, family };
      }
    }
    return { end, lacks: 'owner', family };
  }
  if ((m = at(NAMED_HEAD, text, pos))) {
    const end = pos + m[0].length;
    const s = afterSpace(text, end);
    if (s < 0) return null;
    // 'Trường' names a school only with its type: 'Trường THPT …', 'Trường Đại học …' ('Trường Chinh' is a man).
    if (m[0] === 'Trường' && !at(SCHOOL_TYPE, text, s)) return null;
    // Most heads take a capitalised name ('Vụ Tổ chức'); 'vụ cháy' is an incident.
    const lowerAllowed = LOWER_NAME_HEADS.has(m[0]);
    const ne = nameWords(text, s, 8, !lowerAllowed);
    return ne > 0 ? { end: ne, family: 'other' } : null;
  }
  return null;
}

function owner(text: string, pos: number, depth: number): Parsed | null {
  const b = body(text, pos, depth + 1);
  if (b) return b;
  let m: RegExpExecArray | null;
  if ((m = at(CENTRAL_OWNER, text, pos))) return { end: pos + m[0].length, family: 'other' };
  if ((m = at(KHOI, text, pos))) {
    let s = afterSpace(text, pos + m[0].length);
    // 'Khối các cơ quan tỉnh': 'các' belongs to the name here.
    if (s > 0 && /^các /iu.test(text.slice(s, s + 4))) s += 4;
    const ne = s > 0 ? nameWords(text, s, 6) : -1;
    if (ne > 0) return { end: ne, family: 'other' };
  }
  const le = locator(text, pos);
  if (le > 0) return { end: le, locator: text.slice(pos, le), family: 'other' };
  return null;
}

// ---------------------------------------------------------------- level and province

const CENTRAL_MARK = /(?:^|\s)(?:Trung ương|TW|TƯ|T\.Ư|Chính phủ|Quốc hội|Bộ Chính trị|Ban Bí thư|tối cao|Tổng cục|Kiểm toán Nhà nước)(?=$|\s)|^Bộ /u;

const COMPLETE_LEVEL = new Map(COMPLETE_BODIES.flatMap((b) => [b.name, ...b.aliases].map((n) => [n, b.level] as const)));

export function levelOf(name: string, articleProvince?: string): Level {
  const known = COMPLETE_LEVEL.get(name);
  if (known) return known;
  const words = name.toLowerCase();
  const has = (re: RegExp) => re.test(words);
  // Locator words are written in lower case before a place name: 'xã Phước Lộc' (not 'Văn hóa - Xã hội').
  if (/(?:^|\s)(?:xã|phường|thị trấn|P\.) (?:\p{Lu}|\d)/u.test(name)) return 'commune';
  if (has(/(?:huyện ủy|thị ủy|quận ủy)/u) || /(?:^|\s)(?:huyện|quận|thị xã|H\.|Q\.|TX) (?:\p{Lu}|\d)/u.test(name)) return 'district';
  if (has(/thành ủy|thành phố|tp\./u)) {
    const province = findProvince(name) ?? articleProvince;
    return province && isCity(province) ? 'province' : 'district';
  }
  // Schools: primary and lower secondary belong to the district, upper secondary to the province,
  // universities to the centre.
  if (/^Trường (?:Mầm non|MN|Tiểu học|TH|THCS|Trung học cơ sở|PTDTBT)(?![\p{L}\p{M}])/u.test(name)) return 'district';
  if (/^(?:Trường )?(?:Đại học|Học viện)/u.test(name) && !has(/(?:^|\s)tỉnh(?:\s|$)/u)) return 'central';
  if (has(/(?:^|\s)tỉnh(?:\s|$)|tỉnh ủy|(?:^|\s)sở\s|khối/u)) return 'province';
  if (CENTRAL_MARK.test(name)) return 'central';
  const head = LEVEL_OF_HEAD.get(words.split(' ').slice(0, 2).join(' ')) ?? LEVEL_OF_HEAD.get(words.split(' ')[0]);
  return head ?? 'province';
}

import { PROVINCES } from '../lexicon/provinces.ts';

const PROVINCE_AFTER_LOCATOR = new RegExp(
  `(?:^|\\s)(?:tỉnh|thành phố|TP\\.?|Tỉnh ủy|Thành ủy|UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Công an|Đảng bộ) +(${PROVINCE_NAME_PATTERN})(?![\\p{L}\\p{M}])`,
  'u',
);

/** The province an office's own name states: 'UBND tỉnh Gia Lai' → Gia Lai (not 'Trường THPT Hòa Bình'). */
export function provinceOfOffice(name: string): string | undefined {
  const m = PROVINCE_AFTER_LOCATOR.exec(name);
  return m ? findProvince(m[1]) : undefined;
}
const CITY_NAMES = new Set(PROVINCES.filter((p) => p.kind === 'city').map((p) => p.name));
function isCity(province: string): boolean {
  return CITY_NAMES.has(province);
}

// ---------------------------------------------------------------- the parser

export function parseOfficeMentions(ctx: Context): OfficeMention[] {
  const { text } = ctx;
  const out: OfficeMention[] = [];
  let coveredTo = 0;
  for (const h of HEAD_START_SCAN.all(text)) {
    let start = h.index;
    if (start < coveredTo) continue;
    // Heads are written with a capital ('Văn phòng'); lower-case mentions are generic ('văn phòng các huyện').
    if (!/^\p{Lu}/u.test(h[0])) continue;
    personNext = endsWithMatch(ROLE_BEFORE, text.slice(Math.max(0, start - 40), start));
    let parsed = body(text, start);
    personNext = false;
    if (!parsed) continue;
    // 'Phó Bí thư Thường trực Tỉnh ủy': 'Thường trực' belongs to the title; the body is the owner.
    if (/^Thường trực /u.test(text.slice(start, start + 12)) && endsWithMatch(ROLE_BEFORE_THUONG_TRUC, text.slice(Math.max(0, start - 40), start))) {
      const s = start + 'Thường trực '.length;
      const b = body(text, s);
      if (!b) continue;
      start = s;
      parsed = b;
    }
    const name = squash(text.slice(start, parsed.end));
    // Named heads ('Phòng', 'Cục', 'Viện') right after a capitalised word are part of a proper name: 'Hải Phòng'.
    // (A capitalised word that opens a sentence does not count: 'Theo Chi cục …'.)
    const prevWord = /(?<![.!?:;"(\n]\s*|^)(?<=\S )(\p{Lu}[\p{L}\p{M}]*) $/u.exec(text.slice(Math.max(0, start - 24), start));
    if (prevWord && at(NAMED_HEAD, text, start) && !endsWithMatch(ROLE_BEFORE, text.slice(Math.max(0, start - 40), start))) continue;
    // A body followed by a foreign country is that country's: 'Bộ Ngoại giao Qatar'.
    if (FOREIGN.test(text.slice(skipSpaces(text, parsed.end), parsed.end + 25)) && text[parsed.end] === ' ') {
      coveredTo = parsed.end;
      continue;
    }
    if (PRESS_ACRONYM.has(name) || NOT_OFFICE_SET.has(name.toLowerCase())) {
      coveredTo = parsed.end;
      continue;
    }
    const level = parsed.lacks ? undefined : levelOf(name, ctx.article.province);
    const province = level && level !== 'central' ? provinceOfOffice(name) ?? ctx.article.province : undefined;
    out.push({
      start,
      end: parsed.end,
      name,
      level,
      province,
      locator: parsed.locator,
      owner: parsed.owner,
      lacks: parsed.lacks,
      family: parsed.family,
      front: FRONT.test(name) || undefined,
    });
    coveredTo = parsed.end;
  }
  return out;
}

/** Complete mentions as office candidates (bare ones are completed or dropped by refine/offices.ts). */
export function toOfficeCandidate(m: OfficeMention): Candidate<'office'> {
  const c: Candidate<'office'> = { kind: 'office', start: m.start, end: m.end, name: m.name };
  if (m.level) c.level = m.level;
  if (m.province) c.province = m.province;
  return c;
}
