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
//             | police-abbreviation [place]    CATP Hà Nội, CATP, CAQ Thanh Xuân
//   owner    := body | locator | 'Khối' name-words | 'Trung ương' ['Đảng']
//   locator  := level-word [place] | place     tỉnh, huyện Châu Thành, tỉnh Gia Lai
//
// Where a free-form name ends (name-words, places, locators) is the body-name grammar of
// body-name.ts: lower-case name words included, verbs, ordinals and persons' names left out.
// A head is read where it is capitalised, and in lower case inside the title that names it
// ('Trưởng phòng Kinh tế huyện X'). Spans are maximal (a body inside a longer name is no
// separate fact); a head left without its owner ('UBND', 'Ban Thường vụ', 'Đảng ủy') is kept
// as a bare mention so that elliptical coordination ('HĐND và UBND tỉnh') and coordinated
// titles ('Bí thư Đảng ủy, Giám đốc Sở X') can complete it (refine/offices.ts).

import type { Candidate, Context } from '../pipeline.ts';
import type { Level } from '../contract.ts';
import {
  BODY_HEADS,
  COMPLETE_BODIES,
  DEPARTMENTS,
  MINISTRIES,
  NOT_OFFICES,
  PARTY_BOARDS,
  POLICE_ABBREVIATIONS,
} from '../lexicon/bodies.ts';
import { ROLE_TITLES, isSurname } from '../lexicon/roles.ts';
import { FRONT_HEADS, PRESS_ACRONYMS, SCHOOL_TYPES } from '../lexicon/context.ts';
import { WORD_END, alternation, leadingClass, rx, squash } from '../text/patterns.ts';
import { WordScan } from '../text/scan.ts';
import { PROVINCE_NAME_PATTERN, findProvince } from '../places.ts';
import {
  ALL_HEADS,
  AnyCase,
  FOREIGN,
  PARTY_HEADS,
  PEOPLE_HEADS,
  provinceAt,
  afterSpace,
  at,
  locator,
  nameWords,
  PLACE_WORD,
  place,
  readText,
  readWindow,
  reading,
  skipSpaces,
  topicWords,
} from './body-name.ts';

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

const FRONT_HEAD = sticky(`(?:${alternation(FRONT_HEADS)})${WORD_END}`);
const COMMITTEE_HEADS = byNeed('nothing').map((h) => h.word);

// Complete bodies keep their own case, but their inner words may be written in lower case:
// 'Đảng ủy công an Trung ương'.
const COMPLETE = new AnyCase(COMPLETE_BODIES.flatMap((b) => [b.name, ...b.aliases]));
const COMMITTEE = sticky(`(?:${alternation(COMMITTEE_HEADS)})${WORD_END}`);
const LOCATED_HEAD = sticky(`(?:${alternation(byNeed('locator').map((h) => h.word))})${WORD_END}`);
/** Party organisations named by a unit that is no body of the lexicon: 'Đảng bộ bộ phận Ấp 4', 'Chi bộ Khoa Ngoại ngữ'. */
const PARTY_UNIT = /^(?:Đảng|Chi bộ|Ban cán sự)/u;
const UNIT_HEAD = sticky(
  `(?:${alternation(byNeed('owner').map((h) => h.word).filter((w) => w !== 'Ban'))})${WORD_END}`,
);
const NAMED_HEAD = sticky(
  `(?:${alternation(byNeed('name').map((h) => h.word).filter((w) => w !== 'Bộ' && w !== 'Sở' && w !== 'Ban'))})${WORD_END}`,
);
const BAN = sticky(`Ban +(${alternation(PARTY_BOARDS)})${WORD_END}`, 'yiu');
const MINISTRY = sticky(`Bộ +(?:${alternation(MINISTRIES.flatMap((m) => [m.name, ...m.aliases]))})${WORD_END}`);
const DEPARTMENT = sticky(`Sở +(?:${alternation(DEPARTMENTS.flatMap((m) => [m.name, ...m.aliases]))})${WORD_END}`);
const SO = sticky(`Sở${WORD_END}`);
const POLICE = sticky(`(?:${alternation(POLICE_ABBREVIATIONS.map((a) => a.abbr))})${WORD_END}`);
const POLICE_NEEDS_PLACE = new Map(POLICE_ABBREVIATIONS.map((a) => [a.abbr, a.needsPlace]));
/** Heads whose names are often written in lower case: 'Trung tâm công nghệ thông tin', 'Tổng cục đo lường chất lượng'. */
const LOWER_NAME_HEADS = new Set(['Trung tâm', 'Tổng cục', 'Chi cục', 'Bộ Tư lệnh']);
const SCHOOL_TYPE = sticky(`(?:${alternation(SCHOOL_TYPES)})${WORD_END}`);
const BAN_WORD = sticky(`Ban${WORD_END}`);
const KHOI = sticky(`Khối${WORD_END}`, 'yiu');
const CENTRAL_OWNER = sticky(`(?:Trung ương|TW|TƯ|T\\.Ư)(?: +Đảng)?${WORD_END}`, 'yu');
/** A committee's own level word before its place: 'Tỉnh ủy tỉnh X', 'Thành ủy TP. Hải Phòng' (the name drops it: withoutRepeatedLevel). */
const OWN_LEVEL: Record<string, RegExp> = {
  'Tỉnh ủy': sticky(`tỉnh +`),
  'Thành ủy': sticky(`(?:thành phố|TP\\.?) *`),
  'Huyện ủy': sticky(`huyện +`),
  'Quận ủy': sticky(`quận +`),
  'Thị ủy': sticky(`(?:thị xã|TX\\.?) *`),
};
const VE = sticky(`về +`);
const LEADERSHIP_BOARD = /^Ban [Gg]iám (?:đốc|hiệu)(?![\p{L}\p{M}])/u;
const HEAD_AT_ANY = sticky(`(?:${alternation(ALL_HEADS)})${WORD_END}`);
const HEAD_START = rx(`${leadingClass(ALL_HEADS)}(?<![\\p{L}\\p{M}\\p{N}])(?:${alternation(ALL_HEADS)})${WORD_END}`, 'gu');
/** HEAD_START, run only where a head's first word is (text/scan.ts). */
const HEAD_START_SCAN = new WordScan(HEAD_START, ALL_HEADS, { whole: true });
/**
 * A head written in lower case inside a title that names it: 'Trưởng phòng Kinh tế huyện X',
 * 'Trưởng ban Tổ chức Trung ương', 'Trưởng đoàn ĐBQH tỉnh', 'Chánh văn phòng UBND tỉnh'.
 */
const TITLED_HEAD_WORDS = ['phòng', 'ban', 'đoàn', 'cục', 'chi cục', 'vụ', 'viện', 'văn phòng'];
const TITLED_HEAD = rx(`(?<![\\p{L}\\p{M}])(?:[Tt]rưởng|[Cc]hánh) +(${alternation(TITLED_HEAD_WORDS)})(?= +(?:\\p{Lu}|đại biểu (?:Quốc hội|QH)))`, 'gu');
const TITLED_HEAD_SCAN = new WordScan(TITLED_HEAD, ['Trưởng', 'trưởng', 'Chánh', 'chánh']);

const FRONT = /MTTQ|Mặt trận Tổ quốc/u;
const PRESS_ACRONYM = new Set(PRESS_ACRONYMS);
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

interface Parsed {
  end: number;
  locator?: string;
  owner?: string;
  lacks?: 'locator' | 'owner';
  family: OfficeMention['family'];
}

// ---------------------------------------------------------------- the grammar

function body(text: string, pos: number, depth = 0): Parsed | null {
  if (depth > 4) return null;
  let m: RegExpExecArray | null;

  const complete = /^\p{Lu}/u.test(text[pos]) ? COMPLETE.at(text, pos) : 0;
  if (complete) return { end: pos + complete, family: 'other' };
  if ((m = at(MINISTRY, text, pos))) return { end: pos + m[0].length, family: 'other' };
  if ((m = at(DEPARTMENT, text, pos))) {
    const end = pos + m[0].length;
    const s = afterSpace(text, end);
    const le = s > 0 ? locator(text, s) : -1;
    return le > 0 ? { end: le, locator: text.slice(s, le), family: 'other' } : { end, family: 'other' };
  }
  // A department the lexicon does not list: 'Sở Cảnh sát PC&CC TP Hà Nội', 'Sở NN-PTNT Ninh Bình'.
  if ((m = at(SO, text, pos))) {
    const s = afterSpace(text, pos + m[0].length);
    if (s < 0 || at(HEAD_AT_ANY, text, s)) return null;
    const ne = nameWords(text, s, { first: 'capital' });
    return ne > 0 ? { end: ne, family: 'other' } : null;
  }
  if ((m = at(COMMITTEE, text, pos))) {
    const end = pos + m[0].length;
    // 'Tỉnh ủy viên', 'Thị ủy viên': a member's title, no body.
    if (/^ viên(?![\p{L}\p{M}])/u.test(text.slice(end, end + 6))) return null;
    const s = afterSpace(text, end);
    let pe = -1;
    if (s > 0) {
      const prov = provinceAt(text, s);
      if (prov) pe = s + prov;
      // 'Tỉnh ủy tỉnh X', 'Thành ủy TP. Hải Phòng': the committee named with its own level word.
      else if (OWN_LEVEL[m[0]] && at(OWN_LEVEL[m[0]], text, s)) {
        const lw = at(OWN_LEVEL[m[0]], text, s)!;
        const ps = s + lw[0].length + (text[s + lw[0].length] === '.' ? 1 : 0);
        const pl = place(text, skipSpaces(text, ps));
        if (pl > 0) return { end: pl, family: 'other' };
      }
      // 'Tỉnh ủy' is named by its province; 'Huyện ủy Châu Thành' by its district.
      else if (!/^Tỉnh/u.test(m[0]) && !(isSurname(at(PLACE_WORD, text, s)?.[0] ?? '') && reading.personNext)) {
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
  // Police by abbreviation: 'CATP Hà Nội', 'CATP' (the city's), 'CAQ Thanh Xuân'.
  if ((m = at(POLICE, text, pos))) {
    const end = pos + m[0].length;
    const s = afterSpace(text, end);
    const pe = s > 0 ? place(text, s) : -1;
    if (pe > 0) return { end: pe, family: 'other' };
    return POLICE_NEEDS_PLACE.get(m[0]) ? null : { end, family: 'other' };
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
      const steering = /^chỉ đạo$/iu.test(m[1]);
      const o = owner(text, s, depth);
      if (o) {
        // 'Ban Chỉ đạo Trung ương về phòng, chống tham nhũng': a steering board named by its topic.
        const topic = steering && !o.lacks ? topicAfter(text, o.end) : -1;
        if (topic > 0) return { end: topic, family: 'unit' };
        // (an owner that lacks its place is a class of bodies: 'Ban Giám đốc Công an các tỉnh')
        const lacks = o.lacks === 'locator' ? o.lacks : undefined;
        return { end: o.end, owner: text.slice(s, o.end), locator: o.locator, lacks, family: 'unit' };
      }
      if (steering) {
        const topic = topicAfter(text, end);
        if (topic > 0) return { end: topic, family: 'unit' };
      }
      if (steering || /^quản lý/iu.test(m[1])) {
        const ne = nameWords(text, s, { first: 'capital or name word' });
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
    const ne = s > 0 && !at(HEAD_AT_ANY, text, s) ? nameWords(text, s, { first: 'capital', closed }) : -1;
    if (ne > 0 && closed.byLocator) return { end: ne, family: 'unit' };
  }
  // Units and Party organisations that belong to an owner: 'Văn phòng …', 'Đảng bộ …'.
  if ((m = at(UNIT_HEAD, text, pos))) {
    const end = pos + m[0].length;
    const family = PARTY_UNIT.test(m[0]) ? 'party' : 'unit';
    let s = afterSpace(text, end);
    // 'Đảng bộ cơ sở Văn phòng …' is the same body as 'Đảng bộ Văn phòng …'.
    if (s > 0 && family === 'party' && /^cơ sở /u.test(text.slice(s, s + 7))) s += 7;
    // 'Đảng ủy Ban Giám đốc Sở X': a leadership board is no body with a Party organ of its own;
    // the comma between the two was lost (refine/offices.ts reads them as coordinated).
    if (s > 0 && family === 'party' && LEADERSHIP_BOARD.test(text.slice(s, s + 14))) return { end, lacks: 'owner', family };
    if (s > 0) {
      const o = owner(text, s, depth);
      if (o && !o.lacks) return { end: o.end, owner: text.slice(s, o.end), locator: o.locator, family };
      if (o && o.lacks) return { end: o.end, owner: text.slice(s, o.end), lacks: o.lacks, family };
      if (!o && family === 'party') {
        // 'Đảng ủy Dân chính đảng', 'Chi bộ Khoa Ngoại ngữ', 'Đảng bộ Công ty Cấp nước X',
        // 'Chi bộ 3': a Party organisation named by its own words or number.
        const ne = nameWords(text, s, { first: 'capital', numbered: true });
        if (ne > 0) return { end: ne, family };
      }
      if (!o && /^(?:Văn phòng|VP)$/u.test(m[0])) {
        // 'Văn phòng Điều phối Chương trình MTQG nông thôn mới tỉnh': an office named by its
        // task, closed by its locator.
        const closed = { byLocator: false };
        const ne = nameWords(text, s, { first: 'capital', closed });
        if (ne > 0 && closed.byLocator) return { end: ne, family };
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
    const namedAfterPeople = /^(?:Trường|Đại học|Học viện|Bệnh viện)$/u.test(m[0]);
    let ne = nameWords(text, s, lowerAllowed ? {} : { first: 'capital', namedAfterPeople });
    // 'Phòng Hướng dẫn về phòng cháy': a unit named by the topic it guides.
    if (ne > 0 && /(?:^| )(?:hướng dẫn|chỉ đạo)$/iu.test(text.slice(s, ne))) {
      const topic = topicAfter(text, ne);
      if (topic > 0) ne = topic;
    }
    return ne > 0 ? { end: ne, family: 'other' } : null;
  }
  return null;
}

/** ' về <topic>' after a steering board's name: the end of the topic, or -1. */
function topicAfter(text: string, end: number): number {
  const s = afterSpace(text, end);
  const ve = s > 0 ? at(VE, text, s) : null;
  return ve ? topicWords(text, s + ve[0].length) : -1;
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
    const ne = s > 0 ? nameWords(text, s, { max: 6 }) : -1;
    if (ne > 0) return { end: ne, family: 'other' };
  }
  const le = locator(text, pos);
  if (le > 0) return { end: le, locator: text.slice(pos, le), family: 'other' };
  return null;
}

// ---------------------------------------------------------------- level and province

const CENTRAL_MARK = /(?:^|\s)(?:Trung ương|TW|TƯ|T\.Ư|Chính phủ|Quốc hội|Bộ Chính trị|Ban Bí thư|tối cao|Tổng cục|Kiểm toán Nhà nước)(?=$|\s)|^Bộ |(?:^|\s)Bộ (?=\p{Lu})/u;
const POLICE_AT_START = new RegExp(`^(?:${POLICE_ABBREVIATIONS.map((a) => a.abbr).join('|')})(?![\\p{L}\\p{M}])`, 'u');
const POLICE_EXPANSION = new Map(POLICE_ABBREVIATIONS.map((a) => [a.abbr, a.expansion]));

const COMPLETE_LEVEL = new Map(COMPLETE_BODIES.flatMap((b) => [b.name, ...b.aliases].map((n) => [n, b.level] as const)));

export function levelOf(name: string, articleProvince?: string): Level {
  const known = COMPLETE_LEVEL.get(name);
  if (known) return known;
  // Police by abbreviation are read spelled out: 'CAQ Thanh Xuân' is 'Công an quận Thanh Xuân'.
  const police = POLICE_AT_START.exec(name);
  if (police) name = POLICE_EXPANSION.get(police[0])! + name.slice(police[0].length);
  const words = name.toLowerCase();
  const has = (re: RegExp) => re.test(words);
  // Locator words are written in lower case before a place name: 'xã Phước Lộc' (not 'Văn hóa - Xã hội'),
  // or end the name of a body named by its level: 'UBND huyện'.
  if (/(?:^|\s)(?:xã|phường|thị trấn|P\.) (?:\p{Lu}|\d)|(?:^|\s)(?:xã|phường|thị trấn)$/u.test(name)) return 'commune';
  if (has(/(?:huyện ủy|thị ủy|quận ủy)/u) || /(?:^|\s)(?:huyện|quận|thị xã|H\.|Q\.|TX) (?:\p{Lu}|\d)|(?:^|\s)(?:huyện|quận|thị xã)$/u.test(name)) return 'district';
  if (has(/thành ủy|thành phố|tp\.|(?:^|\s)tp(?:\s|$)/u)) {
    const province = findProvince(name) ?? articleProvince;
    // A city named by its level alone in an article of no known province ('UBND TP') is the
    // centrally-run city the national press writes about.
    if (!province && /(?:^|\s)(?:thành phố|TP\.?)$/iu.test(name)) return 'province';
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

/** Head positions in text order: capitalised heads, and lower-case ones inside a title ('Trưởng phòng Kinh tế …'). */
function headStarts(text: string): { start: number; titled: boolean }[] {
  const heads: { start: number; titled: boolean }[] = [];
  for (const h of HEAD_START_SCAN.all(text)) if (/^\p{Lu}/u.test(h[0])) heads.push({ start: h.index, titled: false });
  const titled = TITLED_HEAD_SCAN.all(text);
  if (!titled.length) return heads;
  for (const t of titled) {
    const start = t.index + t[0].length - t[1].length;
    // 'Trưởng phòng Phòng Khoáng sản': the capitalised head that follows is the body's own.
    if (!at(HEAD_AT_ANY, text, afterSpace(text, start + t[1].length))) heads.push({ start, titled: true });
  }
  return heads.sort((a, b) => a.start - b.start);
}

export function parseOfficeMentions(ctx: Context): OfficeMention[] {
  const { text } = ctx;
  readText(text);
  const out: OfficeMention[] = [];
  let coveredTo = 0;
  for (const h of headStarts(text)) {
    let start = h.start;
    if (start < coveredTo) continue;
    // Heads are written with a capital ('Văn phòng'); lower-case mentions are generic ('văn phòng
    // các huyện'), except inside the title that names the body: read as if capitalised, in a
    // window of the text from the head on (offsets shifted back after).
    const base = h.titled ? start : 0;
    const source = h.titled ? capitalisedWindow(text, start) : text;
    reading.personNext = endsWithMatch(ROLE_BEFORE, text.slice(Math.max(0, start - 40), start));
    if (h.titled) readWindow(source);
    let parsed = body(source, start - base);
    reading.personNext = false;
    if (!parsed) continue;
    if (base) parsed.end += base;
    // 'Phó Bí thư Thường trực Tỉnh ủy': 'Thường trực' belongs to the title; the body is the owner.
    if (/^Thường trực /u.test(text.slice(start, start + 12)) && endsWithMatch(ROLE_BEFORE_THUONG_TRUC, text.slice(Math.max(0, start - 40), start))) {
      const s = start + 'Thường trực '.length;
      const b = body(text, s);
      if (!b) continue;
      start = s;
      parsed = b;
    }
    const name = withoutRepeatedLevel(squash(source.slice(start - base, parsed.end - base)));
    // Named heads ('Phòng', 'Cục', 'Viện') right after a capitalised word are part of a proper name: 'Hải Phòng'.
    // (A capitalised word that opens a sentence does not count: 'Theo Chi cục …'.)
    const prevWord = /(?<![.!?:;"(\n]\s*|^)(?<=\S )(\p{Lu}[\p{L}\p{M}]*) $/u.exec(text.slice(Math.max(0, start - 24), start));
    if (!h.titled && prevWord && at(NAMED_HEAD, text, start) && !endsWithMatch(ROLE_BEFORE, text.slice(Math.max(0, start - 40), start))) continue;
    // A body followed by a foreign country is that country's: 'Bộ Ngoại giao Qatar'.
    if (FOREIGN.test(text.slice(skipSpaces(text, parsed.end), parsed.end + 25)) && text[parsed.end] === ' ') {
      coveredTo = parsed.end;
      continue;
    }
    // (A bare Party organ stays a mention: coordinated titles may complete it, 'Bí thư Đảng ủy,
    // Giám đốc Sở X'; left bare, refine/offices.ts drops it.)
    const bareOrgan = parsed.lacks === 'owner' && PARTY_HEADS.includes(name);
    if (PRESS_ACRONYM.has(name) || (NOT_OFFICE_SET.has(name.toLowerCase()) && !bareOrgan)) {
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
  readText('');
  return out;
}

/**
 * A committee's own level word is dropped from the name (DECISIONS.md): 'Tỉnh ủy tỉnh X' →
 * 'Tỉnh ủy X', 'Ủy ban Kiểm tra Huyện ủy huyện X' → '… Huyện ủy X'. A district named by its
 * number or an abbreviation keeps it ('Quận ủy quận 9', 'Thành ủy TP HCM'), and so does the city
 * that shares a man's name ('Thành ủy TP Hồ Chí Minh').
 */
const REPEATED_LEVEL = /(?<![\p{L}\p{M}])(Tỉnh ủy tỉnh|Huyện ủy huyện|Quận ủy quận|Thị ủy thị xã|Thị ủy TX\.?|Thành ủy thành phố|Thành ủy TP\.?) *(?=\p{Lu}[\p{Ll}\p{M}])(?!Hồ Chí Minh)/u;
function withoutRepeatedLevel(name: string): string {
  const m = REPEATED_LEVEL.exec(name);
  return m ? name.slice(0, m.index) + m[1].slice(0, m[1].indexOf('ủy') + 2) + ' ' + name.slice(m.index + m[0].length) : name;
}

/** The text from `pos` on (a name's length) with its first letter capitalised. */
function capitalisedWindow(text: string, pos: number): string {
  return text[pos].toUpperCase() + text.slice(pos + 1, pos + 400);
}

/** Complete mentions as office candidates (bare ones are completed or dropped by refine/offices.ts). */
export function toOfficeCandidate(m: OfficeMention): Candidate<'office'> {
  const c: Candidate<'office'> = { kind: 'office', start: m.start, end: m.end, name: m.name };
  if (m.level) c.level = m.level;
  if (m.province) c.province = m.province;
  return c;
}
