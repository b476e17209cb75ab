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
//             | mission 'Việt Nam' ['tại' place] Đại sứ quán Việt Nam tại Nga
//   owner    := body | locator | 'Khối' name-words | 'Trung ương' ['Đảng']
//   locator  := level-word [place] | place     tỉnh, huyện Châu Thành, tỉnh Gia Lai
//
// Where a free-form name ends (name-words, places, locators) is the body-name grammar of
// body-name.ts: lower-case name words included, verbs, ordinals and persons' names left out.
// A head is read where it is capitalised (its later words in any case: 'Ủy ban kiểm tra', 'Ủy ban
// Nhân dân'), in lower case inside the title that names it ('Trưởng phòng Kinh tế huyện X') and
// before its capitalised name or owner ('văn phòng UBND huyện X', 'sở Tư pháp TP.HCM'; not after
// 'các', a number or the word it ends: 'trụ sở'). Level: Cục, Viện and bodies named with 'Trung
// ương' or as the nation's are central; a province's name ending the name gives its province,
// and in an article of no province, the province its paragraph last names. Spans are maximal
// (a body inside a longer name is no separate fact); a head left without its owner ('UBND', 'Ban Thường vụ', 'Đảng ủy') is kept
// as a bare mention so that elliptical coordination ('HĐND và UBND tỉnh') and coordinated
// titles ('Bí thư Đảng ủy, Giám đốc Sở X') can complete it (refine/offices.ts).

import type { Candidate, Context } from '../pipeline.ts';
import type { Level } from '../contract.ts';
import {
  ARMY_FORMATIONS,
  UNLEVELLED_FORMATIONS,
  BODY_HEADS,
  COMPLETE_BODIES,
  completeNames,
  DEPARTMENTS,
  DISTRICT_OFFICES,
  LOWER_CASE_HEADS,
  LOWER_SCHOOL_TYPES,
  MISSIONS,
  SERVICE_UNIT_HEADS,
  NOT_OFFICE_NAMES_STARTING,
  OUTLETS_NAMED_AFTER_BODIES,
  OUTLET_HEADS,
  CITING_AFTER_OUTLET,
  CITING_BEFORE_OUTLET,
  LOWER_HEAD_NOT_AFTER,
  HEADS_NAMED_BY_LEVEL,
  OWNER_LEVEL_WORDS,
  MINISTRIES,
  NOT_OFFICES,
  PARTY_BOARDS,
  POLICE_ABBREVIATIONS,
} from '../lexicon/bodies.ts';
import { ROLE_TITLES, isSurname } from '../lexicon/roles.ts';
import { FORMER_PROVINCES, NAME_VOCABULARY, SERVICES_NAMED_LIKE_HEADS, TEAM_TASK_ACRONYMS, TEAM_TASKS } from '../lexicon/body-names.ts';
import { FRONT_HEADS, MEDIA_CREDITS, PRESS_ACRONYMS, SCHOOL_TYPES, SENTENCE_STARTERS } from '../lexicon/context.ts';
import { CAP_WORD, WORD_END, alternation, escapeRegExp, leadingClass, rx, squash, sticky } from '../text/patterns.ts';
import { WordScan } from '../text/scan.ts';
import { BoundedMemo } from '../text/memo.ts';
import { untone } from '../text/fold.ts';
import { EdgeSearch } from '../text/edge-search.ts';
import { lowerBound } from '../text/sorted.ts';
import { PROVINCE_NAME_PATTERN, findProvince, isCentralCity, provinceByName } from '../places.ts';
import {
  ALL_HEADS,
  AnyCase,
  FOREIGN,
  PARTY_HEADS,
  fieldAt,
  formerProvinceAt,
  headForms,
  PEOPLE_HEADS,
  provinceAt,
  afterSpace,
  at,
  locator,
  nameWords,
  lowerTaskWords,
  PLACE_WORD,
  personAt,
  place,
  titleCaseRun,
  withoutAside,
  canonicalSpacing,
  readText,
  readWindow,
  reading,
  skipSpaces,
  THIS_PLACE,
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
  /**
   * A class of bodies named by levels in coordination ('Công an tỉnh, thành phố', 'HĐND, UBND,
   * MTTQ tỉnh, thành phố', 'Ban Thường vụ Tỉnh ủy, Thành ủy'): no office, and it completes none.
   */
  generic?: boolean;
}

// Regexes the parser runs per candidate, made once here (a regexHere tag looks its regex up at every call).
const UPPER_FIRST = narrowable(String.raw`^\p{Lu}`, 'u');
const LOWER_FIRST = narrowable(String.raw`^\p{Ll}`, 'u');
const CAPITALISED_WORD_BEFORE = narrowable(String.raw`(?<![.!?:;"(\n]\s*|^)(?<=\S )(\p{Lu}[\p{L}\p{M}]*) $`, 'u');
const ACRONYM_ONLY = narrowable(String.raw`^\p{Lu}{2,}$`, 'u');
const SYMBOL_UNIT = narrowable(String.raw`^[\p{L}\p{N}.]$`, 'u');
const DISTRICT_SCHOOL = narrowable(String.raw`^Trường (?:Mầm non|MN|Tiểu học|TH|THCS|Trung học cơ sở|PTDTBT|cấp (?:1|2|I|II)(?![\p{L}\p{M}\p{N}]))(?![\p{L}\p{M}])`, 'u');
const COMMUNE_IN_NAME = narrowable(String.raw`(?:^|\s)(?<!thị )(?:(?:xã|phường|thị trấn) |P\. ?|TT\.(?=\p{Lu}))(?:\p{Lu}|\d)|(?:^|\s)(?<!thị )(?:xã|phường|thị trấn)$`, 'u');
const HAMLET_IN_NAME = narrowable(String.raw`(?:^|\s)(?:xóm|thôn|ấp|bản|khóm|khu phố|tổ dân phố) (?:\p{Lu}|\d)`, 'u');
const DISTRICT_IN_NAME = narrowable(String.raw`(?:^|\s)(?:(?:huyện|quận|thị xã|TX) |(?:H|Q|TX)\. ?)(?:\p{Lu}|\d)|(?:^|\s)(?:huyện|quận|thị xã)$`, 'u');
/** 'ĐH' then a word of a proper name, not a congress's body: 'ĐH Nông Lâm' (not 'ĐH XIV', 'ĐH Đảng bộ', 'ĐH TDTT'). */
// (nor a foreign one, spelled unlike Vietnamese: 'ĐH Fulbright', 'ĐH Harvards')
const UNIVERSITY_BY_INITIALS = narrowable(String.raw`^ĐH (?=\p{Lu}\p{Ll})(?!(?:Đảng|Đoàn|Hội|Công đoàn|Thể dục|Mặt trận)(?![\p{L}\p{M}]))(?![A-Za-z]*(?:[fjwzFJWZ]|s(?![\p{L}\p{M}])))`, 'u');
/** 'trường ' before 'ĐH': the school's head, read with it or left as a class ('các trường ĐH Đông Nam Á'). */
const SCHOOL_WORD_BEFORE = narrowable(String.raw`(?<![\p{L}\p{M}])[Tt]rường $`, 'u');
const UNIVERSITY = narrowable(String.raw`^(?:Trường )?(?:Đại học|ĐH|Học viện)(?![\p{L}\p{M}])`, 'u');

// Literal checks before a rule run per candidate: each is what every match of its rule has, so
// a candidate without it is one the rule rejects (most are).
/** Per UTF-16 unit: 0 not asked yet, 1 an upper-case letter or half of a surrogate pair (the rule decides), 2 neither. */
const UPPER_UNIT = new Uint8Array(0x10000);
function upperOrPair(c: number): boolean {
  let k = UPPER_UNIT[c];
  if (k === 0) UPPER_UNIT[c] = k = (c >= 0xd800 && c <= 0xdfff) || UPPER_FIRST.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}
/** CAPITALISED_WORD_BEFORE can match before `start`: a space ends the text there, and the word between it and the space before opens with a capital. */
function capitalisedWordMayEnd(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x20) return false;
  const space = text.lastIndexOf(' ', start - 2);
  return space >= 0 && space < start - 2 && upperOrPair(text.charCodeAt(space + 1));
}
/** TITLE_WORD_BEFORE can match before `start`: 'trưởng ', 'phó ' or 'chánh ' ends there (its last letter before a space). */
function titleWordMayEnd(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x20) return false;
  const c = text.charCodeAt(start - 2);
  return c === 0x67 /* g */ || c === 0xf3 /* ó */ || c === 0x68 /* h */;
}
/** FOREIGN_SPELLED_NAME can match `name`: its last word ends with 's' or has f, j, w or z. */
function foreignSpellingMayEnd(name: string): boolean {
  if (name.endsWith('s')) return true;
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return last.includes('f') || last.includes('j') || last.includes('w') || last.includes('z');
}

// ---------------------------------------------------------------- sticky building blocks


const byNeed = (need: string) => BODY_HEADS.filter((h) => h.needs === need);
/** The heads of one need as the press writes them (headForms). */
const formsByNeed = (need: string) => byNeed(need).flatMap((h) => headForms(h.word));
const LEVEL_OF_HEAD = new Map(BODY_HEADS.filter((h) => h.level).map((h) => [h.word.toLowerCase(), h.level!]));

const FRONT_HEAD = sticky(`(?:${alternation(FRONT_HEADS)})${WORD_END}`);
const MISSION = sticky(`(?:${alternation(MISSIONS)}) +(?:Việt Nam|VN)(?: +tại +(?:Liên bang +)?(?:${CAP_WORD})((?: +${CAP_WORD})?(?: +${CAP_WORD})?))?${WORD_END}`);
const CENTRAL_FRONT = sticky(`Ủy ban +(?:Trung ương|TW|TƯ|T\\.Ư) +(?:${alternation(FRONT_HEADS.filter((h) => !/^(?:Ủy ban|UB)/u.test(h)))})${WORD_END}`);
const COMMITTEE_HEADS = byNeed('nothing').map((h) => h.word);

// Complete bodies keep their own case, but their inner words may be written in lower case:
// 'Đảng ủy công an Trung ương'.
const COMPLETE = new AnyCase(COMPLETE_BODIES.flatMap(completeNames));
// (An owner may be written in lower case: 'Thường trực tỉnh ủy'; a mention never starts so.)
const COMMITTEE = sticky(`(?:${alternation([...COMMITTEE_HEADS, ...COMMITTEE_HEADS.map((h) => h.toLowerCase())])})${WORD_END}`);
const LOCATED_HEAD = sticky(`(?:${alternation([...formsByNeed('locator'), ...SERVICE_UNIT_HEADS.flatMap(headForms)])})${WORD_END}`);
/** Party organisations named by a unit that is no body of the lexicon: 'Đảng bộ bộ phận Ấp 4', 'Chi bộ Khoa Ngoại ngữ'. */
const PARTY_UNIT = /^(?:Đảng|Chi bộ|Ban cán sự)/u;
const UNIT_HEAD = sticky(
  `(?:${alternation(formsByNeed('owner').filter((w) => w !== 'Ban'))})${WORD_END}`,
);
const NAMED_HEAD = sticky(
  `(?:${alternation(formsByNeed('name').filter((w) => w !== 'Bộ' && w !== 'Sở' && w !== 'Ban'))})${WORD_END}`,
);
const BAN = sticky(`Ban +(${alternation(PARTY_BOARDS)})${WORD_END}`, 'yiu');
/** The vowels of a syllable with each of their tones. */
const TONES_OF: Record<string, string> = { a: 'aàáảãạ', ă: 'ăằắẳẵặ', â: 'âầấẩẫậ', e: 'eèéẻẽẹ', ê: 'êềếểễệ', i: 'iìíỉĩị', o: 'oòóỏõọ', ô: 'ôồốổỗộ', ơ: 'ơờớởỡợ', u: 'uùúủũụ', ư: 'ưừứửữự', y: 'yỳýỷỹỵ' };
/** A phrase whose vowels may carry any tone: a board's name with a mistyped tone ('Ban Tuyên giao TP Đà Nẵng'). */
function anyTone(phrase: string): string {
  let out = '';
  for (const c of phrase.trim()) {
    const tones = TONES_OF[untone(c.toLowerCase())];
    out += c === ' ' ? ' +' : tones ? `[${tones}]` : escapeRegExp(c);
  }
  return out;
}
const BAN_ANY_TONE = sticky(`Ban +(${[...PARTY_BOARDS].sort((a, b) => b.length - a.length).map(anyTone).join('|')})${WORD_END}`, 'yiu');
/** A ministry's name after 'Bộ ', in any case ('Bộ Công thương', 'Bộ Quốc Phòng'). */
const MINISTRY = new AnyCase(MINISTRIES.flatMap((m) => [m.name, ...m.aliases]));
const BO = sticky(`Bộ +`);
const ACRONYM = sticky(`\\p{Lu}[\\p{Lu}&,.-]*\\p{Lu}(?![\\p{L}\\p{M}\\p{N}&-])`);
/** The ministries' initials without their joiners: 'VH,TT&DL' → 'VHTTDL', 'LĐ-TB&XH' → 'LĐTBXH'. */
const MINISTRY_INITIALS = new Set(
  MINISTRIES.flatMap((m) => m.aliases).filter((a) => regexHere.u`^[\p{Lu}&,.-]+$`.test(a)).map((a) => a.replace(/[-&,.]/gu, '')),
);
const DEPARTMENT = sticky(`Sở +(?:${alternation(DEPARTMENTS.flatMap((m) => [m.name, ...m.aliases]))})${WORD_END}`);
const SO = sticky(`Sở${WORD_END}`);
const POLICE = sticky(`(?:${alternation(POLICE_ABBREVIATIONS.map((a) => a.abbr))})${WORD_END}`);
const POLICE_NEEDS_PLACE = new Map(POLICE_ABBREVIATIONS.map((a) => [a.abbr, a.needsPlace]));
/** Heads whose names are often written in lower case: 'Trung tâm công nghệ thông tin', 'Tổng cục đo lường chất lượng'. */
// (and military courts, named by their region: 'Viện kiểm sát quân sự khu vực 1')
const LOWER_NAME_HEADS = new Set(['Trung tâm', 'Bộ Tư lệnh', ...['Tổng cục', 'Chi cục', 'Tòa án quân sự', 'Tòa án Quân sự', 'Viện Kiểm sát quân sự', 'Viện Kiểm sát Quân sự'].flatMap(headForms)]);
const TEAM_TASK = sticky(`(?:${alternation([...TEAM_TASKS, ...TEAM_TASK_ACRONYMS])})${WORD_END}`);
/** Schools listed by type and name after one 'trường': 'trường THPT Lê Quý Đôn, THPT Đặng Thúc Hứa' (the next type within five words). */
const SCHOOL_LIST = sticky(`trường +(?:${alternation(SCHOOL_TYPES)}) +\\p{Lu}[^,.;:()\\n]{0,40}?(?:,| +và) +(?:${alternation(SCHOOL_TYPES)}) +\\p{Lu}`);
/** The next school of a list, by its type and name: ', THPT Đặng Thúc Hứa', ' và THPT Yên Thành 3'. */
const NEXT_SCHOOL = sticky(`(?:, *| +và +)(?=(?:${alternation(SCHOOL_TYPES.filter((t) => regexHere.u`^\p{Lu}{2}`.test(t)))}) +\\p{Lu})`);
// (a capital name must follow a lower-case type: the type alone stays a class, below)
const SCHOOL_TYPE = sticky(`(?:${alternation(SCHOOL_TYPES)}|(?:${alternation(LOWER_SCHOOL_TYPES)})(?= +\\p{Lu}))${WORD_END}`);
const BAN_WORD = sticky(`Ban${WORD_END}`);
const PROJECT_BOARD = sticky(`Ban +[Qq]uản lý +(?:dự án|DA) +`);
/** Function words and verbs of prose that no project's works are named with. */
const NOT_WORKS_WORDS = new Set(['với', 'của', 'cho', 'tại', 'đã', 'đang', 'sẽ', 'là', 'có', 'được', 'về', 'để', 'từ', 'trên', 'theo', 'khi', 'nhưng', 'này', 'đó', 'cũng', 'vừa', 'không', 'chưa', 'thì', 'mà', 'nói', 'biết']);
/** The kinds of place a project's works are named after (one or two syllables). */
const WORKS_PLACES = new Set(['kênh', 'rạch', 'sông', 'cầu', 'đường', 'tuyến đường', 'thị tứ', 'khu', 'chợ', 'hồ', 'đập', 'cảng', 'bến', 'quốc lộ', 'tỉnh lộ', 'cụm', 'làng', 'xã', 'phường', 'thị trấn', 'huyện', 'quận']);
/** A project's name up to a centre it builds: 'dự án Cảng cá và ', 'công trình ' (ends the text before the head). */
const PROJECT_BEFORE = narrowable(String.raw`(?<![\p{L}\p{M}])(?:dự án|công trình)(?: +\p{Lu}[^.;:()\n]{0,40}? +và)? +$`, 'u');
const LOWER_SYLLABLE = narrowable(String.raw`^[\p{Ll}\p{M}]+$`, 'u');
/**
 * The works of a project's board, from `s`: up to eight lower-case words of prose (no function
 * word or verb of NOT_WORKS_WORDS), the last one or two a kind of place, then a capital (the
 * place's name); where that capital starts, or -1.
 */
function projectWorks(text: string, s: number): number {
  const words = text.slice(s, s + 90).split(' ');
  for (let i = 0; i < words.length && i < 9; i++) {
    const w = words[i];
    if (UPPER_FIRST.test(w)) {
      const one = words[i - 1] ?? '';
      const two = i >= 2 ? `${words[i - 2]} ${one}` : '';
      if (i > 0 && (WORKS_PLACES.has(one) || WORKS_PLACES.has(two))) return s + words.slice(0, i).join(' ').length + 1;
      return -1;
    }
    if (!LOWER_SYLLABLE.test(w) || NOT_WORKS_WORDS.has(w)) return -1;
  }
  return -1;
}
/** A district's or a commune's own name inside a body's name: 'UBND huyện Yên Châu', 'Huyện ủy Tây Giang', 'Công an phường Bồ Đề'. */
const OWN_LOCAL_PLACE = narrowable(String.raw`(?:^|\s)(?:(?:huyện|quận|thị xã|xã|phường|thị trấn) +|(?:H|Q|TX|P)\. ?)(?:\p{Lu}|\d)|(?:Huyện|Quận|Thị) ủy +\p{Lu}`, 'u');
/** A province in parentheses right after a body's name: 'UBND quận Cầu Giấy (Hà Nội)'. */
const PROVINCE_IN_PARENTHESES = narrowable(`^ *\\((${PROVINCE_NAME_PATTERN})\\)`, 'u');
/**
 * The province written after a district's or a commune's body, past its own place and at most one
 * more locator: 'UBND xã X, huyện Y, tỉnh Z', 'Phòng Tài chính huyện Thạch Thành, Thanh Hóa'.
 */
const PROVINCE_AFTER_PLACE = narrowable(
  `^(?:, *(?:huyện|quận|thị xã|thành phố|TP\\.?|TX\\.?|H\\.|Q\\.) *\\p{Lu}[^,.;:()\\n]{0,30})?, *(?:(?:tỉnh|thành phố|TP\\.?) *)?(${PROVINCE_NAME_PATTERN})(?![\\p{L}\\p{M}])`,
  'u',
);
/** A hospital's number: two or three digits, no more of a number after them ('175', not '1.200'). */
const NUMBERED_HOSPITAL = /^\d{2,3}(?!\d|[.,/-]\d)/u;
const INSPECTION_TEAM = /^Đoàn (?:[Kk]iểm tra|[Tt]hanh tra)$/u;
const NUMBERED_TEAM = narrowable(String.raw`^số \d+(?![\p{L}\p{M}\p{N}])`, 'u');
/** A board's name going on after the lexicon's part: a dash or a lower-case word ('Kinh tế-Ngân sách', 'Kinh tế ngân sách'). */
const BOARD_GOES_ON = narrowable(String.raw`^(?:[-–]| \p{Ll})`, 'u');
const KHOI = sticky(`Khối${WORD_END}`, 'yiu');
const CENTRAL_OWNER = sticky(`(?:Trung ương|TW|TƯ|T\\.Ư)(?: +Đảng)?${WORD_END}`, 'yu');
const CENTRE_AT_END = /(?:Trung ương|TW|TƯ|T\.Ư)$/u;
/** A mass organisation after 'Trung ương': its boards are no offices ('Ban Thường vụ Trung ương Đoàn', '… Trung ương Hội Nông dân'). */
const MASS_ORGANISATION_AFTER = sticky(` +(?:Đoàn|Hội|Công đoàn|Mặt trận|MTTQ)${WORD_END}`);
/** A committee's own level word before its place: 'Tỉnh ủy tỉnh X', 'Thành ủy TP. Hải Phòng' (the name drops it: withoutRepeatedLevel). */
const OWN_LEVEL: Record<string, RegExp> = {
  // (the level word may be capitalised: 'quận ủy Quận Thủ Đức')
  'Tỉnh ủy': sticky(`[Tt]ỉnh +`),
  'Thành ủy': sticky(`(?:[Tt]hành phố|TP\\.?) *`),
  'Huyện ủy': sticky(`[Hh]uyện +`),
  'Quận ủy': sticky(`[Qq]uận +`),
  'Thị ủy': sticky(`(?:[Tt]hị xã|TX\\.?) *`),
};
const VE = sticky(`về +`);
/** 'thực hiện' and a numbered Party or State document: what a steering board is set up to carry out ('thực hiện Kết luận 80-KL/TW', 'thực hiện Nghị quyết số 18-NQ/TW'). */
const CARRIES_OUT_DOCUMENT = sticky(`thực hiện +(?:Kết luận|Nghị quyết|Chỉ thị|Quyết định|Đề án|Chương trình) +(?:số +)?\\d{1,4}[-/][\\p{Lu}Đđ./-]{1,16}(?![\\p{L}\\p{M}\\p{N}/-])`);
const LEADERSHIP_BOARD = narrowable(String.raw`^Ban [Gg]iám (?:đốc|hiệu)(?![\p{L}\p{M}])`, 'u');
const HEAD_AT_ANY = sticky(`(?:${alternation(ALL_HEADS)})${WORD_END}`);
const HEAD_START = rx(`${leadingClass(ALL_HEADS)}(?<![\\p{L}\\p{M}\\p{N}])(?:${alternation(ALL_HEADS)})${WORD_END}`, 'gu');
/** HEAD_START, run only where a head's first word is (text/scan.ts). */
const HEAD_START_SCAN = new WordScan(HEAD_START, ALL_HEADS, { whole: true });
/**
 * A head written in lower case inside a title that names it: 'Trưởng phòng Kinh tế huyện X',
 * 'Trưởng ban Tổ chức Trung ương', 'Trưởng đoàn ĐBQH tỉnh', 'Chánh văn phòng UBND tỉnh'.
 */
const TITLED_HEAD_WORDS = ['phòng', 'ban', 'đoàn', 'cục', 'chi cục', 'vụ', 'viện', 'văn phòng', 'thanh tra'];
// (its name may be a field in lower case: 'Trưởng phòng công chức-viên chức', 'Phó văn phòng quản lý đất đai',
// or only its place: 'Phó Chánh thanh tra tỉnh Quảng Ngãi')
const TITLED_HEAD = rx(
  `(?<![\\p{L}\\p{M}])(?:[Tt]rưởng|[Cc]hánh|[Pp]hó) +(${alternation(TITLED_HEAD_WORDS)})(?= +(?:\\p{Lu}|đại biểu (?:Quốc hội|QH)|(?:${alternation(NAME_VOCABULARY)})${WORD_END}|(?:tỉnh|thành phố|huyện|quận|thị xã) +\\p{Lu}))`,
  'gu',
);
const TITLED_HEAD_SCAN = new WordScan(TITLED_HEAD, ['Trưởng', 'trưởng', 'Chánh', 'chánh', 'Phó', 'phó']);
const CHANH = /^[Cc]hánh /u;
/** Lower-case heads before a capitalised name or owner (LOWER_CASE_HEADS): a board's or a level word may come between. */
const LOWER_PLACE_WORDS = ['xóm', 'thôn', 'ấp', 'bản', 'khu phố', 'tổ dân phố', 'xã', 'phường', 'thị trấn', 'huyện', 'quận', 'thị xã', 'tỉnh'];
const BOARD_OR_PLACE = [...PARTY_BOARDS, ...PARTY_BOARDS.map((b) => b.toLowerCase()), ...LOWER_PLACE_WORDS];
// (a capital right after the head is the common case, tried first; a board's or a place's
// first letter is checked before their alternation: 'ban hành', 'sở dĩ' fail at once)
const LOWER_HEAD = rx(
  `(?<![\\p{L}\\p{M}])(?:${alternation(LOWER_CASE_HEADS)})(?= +\\p{Lu}| +${leadingClass(BOARD_OR_PLACE)}(?:(?:${alternation([...PARTY_BOARDS, ...PARTY_BOARDS.map((b) => b.toLowerCase())])}) +)?(?:(?:${alternation(LOWER_PLACE_WORDS)}) +)?\\p{Lu})`,
  'gu',
);
const LOWER_HEAD_SCAN = new WordScan(LOWER_HEAD, LOWER_CASE_HEADS);
const NOT_AFTER_LOWER_HEAD = new Set(LOWER_HEAD_NOT_AFTER);
/** A lower-case head named by its level word alone ('kết luận của thanh tra tỉnh'): a place may follow; not a Party committee ('tỉnh ủy'). */
const LEVEL_NAMED_HEAD = rx(
  `(?<![\\p{L}\\p{M}])(?:${alternation(HEADS_NAMED_BY_LEVEL)})(?= +(?:${alternation(OWNER_LEVEL_WORDS)})(?![\\p{L}\\p{M}\\p{N}])(?! +[uủ][yỷ](?![\\p{L}\\p{M}])))`,
  'gu',
);
const LEVEL_NAMED_HEAD_SCAN = new WordScan(LEVEL_NAMED_HEAD, HEADS_NAMED_BY_LEVEL);
/** A grade's word before its number: 'lớp 7', 'khối 9' (ends the text before the number). */
const GRADE_BEFORE = narrowable(String.raw`(?<![\p{L}\p{M}])(?:lớp|khối) +$`, 'u');
const WORD_BEFORE = narrowable(String.raw`([\p{L}\p{M}\d]+) +$`, 'u');
/**
 * Whether a lower-case head at `pos` is generic by the word before it: a class ('các sở', '69
 * trường THCS', 'một số chi cục') or another word's second syllable ('trụ sở', 'giao ban', also
 * glued to the sentence before: '… Hà NộiVăn phòng').
 */
function genericLowerHead(text: string, pos: number): boolean {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, pos - 24), pos));
  if (!m) return false;
  // (not a grade: 'học sinh lớp 7 trường THCS Trần Phú')
  if (/^\d/u.test(m[1])) return !GRADE_BEFORE.test(text.slice(Math.max(0, pos - m[0].length - 8), pos - m[0].length));
  const glued = regexHere.u`\p{Ll}(\p{Lu}[\p{Ll}\p{M}]*)$`.exec(m[1]);
  const before = (glued ? glued[1] : m[1]).toLowerCase();
  // ('các trường THPT Lê Quý Đôn, THPT Đặng Thúc Hứa': a plural before a list of named schools names each)
  if ((before === 'các' || before === 'những') && at(SCHOOL_LIST, text, pos)) return false;
  return NOT_AFTER_LOWER_HEAD.has(before);
}

// (also named by its level alone: 'Ủy ban Mặt trận thành phố')
const FRONT = /MTTQ|Mặt trận/u;
/** A title's first word written apart from its body's head: 'Trưởng Ban Pháp chế HĐND TP', 'Phó phòng Quản lý giá'. */
const TITLE_WORD = /^(?:Trưởng|Phó|Chánh)$/u;
const TITLE_WORD_BEFORE = narrowable(String.raw`(?<![\p{L}\p{M}])(?:[Tt]rưởng|[Pp]hó|[Cc]hánh) $`, 'u');
/**
 * Whether a person's name follows `end`: a family name and more title-case words, or two to
 * four title-case words that start no body nor sentence ('Thường trực Ban Bí thư Lê Minh Tâm').
 */
function personAfter(text: string, end: number): boolean {
  const s = afterSpace(text, end);
  if (s < 0) return false;
  if (personAt(text, s, 2)) return true;
  const run = titleCaseRun(text, s);
  return run >= 2 && run <= 4 && !at(HEAD_AT_ANY, text, s) && !SENTENCE_STARTER_WORDS.has(at(PLACE_WORD, text, s)?.[0] ?? '');
}
const SENTENCE_STARTER_WORDS = new Set(SENTENCE_STARTERS);
const NOT_OFFICE_START = narrowable(`^(?:${alternation(NOT_OFFICE_NAMES_STARTING)})${WORD_END}`, 'iu');
/** An armed service named with a head word ('Quân chủng Phòng không Không quân'): no body. */
const SERVICE_NAMED_LIKE_HEAD = narrowable(`^(?:${alternation(SERVICES_NAMED_LIKE_HEADS)})(?![\\p{L}\\p{M}])(?! +gian(?![\\p{L}\\p{M}]))`, 'iu');
const NOT_OFFICE_INSIDE = narrowable(`\\s(?:${alternation(NOT_OFFICE_NAMES_STARTING)})${WORD_END}`, 'u');
// A paper cited as a report's source ('Báo Nhân Dân số ra ngày …', 'theo Báo X', '"<title>" (Báo X)', '(Báo X, ngày …)').
const OUTLET_NAME = narrowable(`^(?:${alternation(OUTLET_HEADS)}) `, 'u');
const CITING_AFTER = narrowable(`^(?: +(?:${alternation(CITING_AFTER_OUTLET)})(?![\\p{L}\\p{M}])| *, *(?:ngày|số) +\\d)`, 'u');
const CITING_BEFORE = narrowable(`(?:(?<![\\p{L}\\p{M}])(?:${alternation(CITING_BEFORE_OUTLET)}) +|["”»] *\\( *)$`, 'u');
const OUTLET_BEFORE = rx(`(?<=(?<![\\p{L}\\p{M}])(?:${alternation(OUTLETS_NAMED_AFTER_BODIES)}) +)`, 'uy');
/** A hamlet's level word before its name or number: 'xóm Đồi', 'thôn 3', 'bản Nà Lừa'. */
const SUB_COMMUNE = narrowable(String.raw`^(?:xóm|thôn|ấp|bản|khóm|khu phố|tổ dân phố|tổ) +(?:\p{Lu}|\d)`, 'u');
const PLURAL_BEFORE = narrowable(String.raw`(?<![\p{L}\p{M}])(?:các|những|mọi|một số|nhiều) +$`, 'iu');
const OF_THE_COUNCIL = narrowable(String.raw`^ +của +(?:HĐND|Hội đồng nhân dân) +`, 'u');
const OF_THE_ASSEMBLY = narrowable(String.raw`^ +của +(?:Quốc hội|QH)(?![\p{L}\p{M}])`, 'u');
/** The Party's name after a Party body ('… Đảng Cộng sản Trung Quốc'): the country follows. */
const PARTY_NAME_AFTER = /^ +(?:Cộng sản|CS|Nhân dân)(?= )/u;
const PARTY_AFTER = /^ +Đảng +(?:Cộng sản|CS|Nhân dân)(?= )/u;
/** A republic named after a body that is not Việt Nam: 'Quốc hội Cộng hòa Cu Ba', '… nước Cộng hòa Pháp'. */
const NATIONAL_AT_END = /\s(?:Quốc gia|quốc gia|Trung ương)$/u;
/** A firm named inside or right after a unit's name (a few lower-case words may come between). */
/** The units a firm has too: its divisions and boards ('Phòng Kế hoạch', 'Ban Giám đốc'). */
const FIRM_UNIT = narrowable(String.raw`^(?:Phòng|Ban)(?![\p{L}\p{M}])`, 'u');
/** A mass organisation (DECISIONS.md: associations and the Front's organisations are no offices) as a name's owner. */
const MASS_ORGANISATION_IN_NAME = /\s(?:LĐLĐ|Liên đoàn Lao động|Công đoàn|Hội (?:LHPN|Liên hiệp Phụ nữ|Nông dân|Cựu chiến binh|Chữ thập đỏ)|Đoàn (?:Thanh niên|TNCS)|Tỉnh đoàn|Thành đoàn|Huyện đoàn|MTTQ|Mặt trận Tổ quốc)(?=\s|$)/u;
const PARTY_IN_NAME = /(?:^|\s)(?:Đảng ủy|Đảng bộ|Chi bộ|Đảng đoàn|[Đđ]ảng)(?=\s|$)/u;
const FIRM_IN_NAME = /(?:^|\s)(?:Công ty|Cty|CTy|Tổng công ty|Tổng Công ty|Tập đoàn)(?=\s|$)/u;
const FIRM_AFTER = narrowable(String.raw`^ +[\p{Ll}\p{M} ]{0,30}?(?<![\p{L}\p{M}])(?:Công ty|Cty|CTy|Tổng công ty|Tổng Công ty|Tập đoàn)(?![\p{L}\p{M}])`, 'u');
/** The country's full name after a State body: ' nước Cộng hòa xã hội chủ nghĩa Việt Nam', ' nước CHXHCN Việt Nam'. */
const NATION_AFTER = narrowable(String.raw`^ +(?:nước +)?(?:Cộng [Hh]òa +[Xx]ã hội +[Cc]hủ nghĩa|Cộng [Hh]oà +[Xx]ã hội +[Cc]hủ nghĩa|CHXHCN) +Việt Nam(?![\p{L}\p{M}])`, 'u');
const FOREIGN_REPUBLIC = narrowable(String.raw`^(?:nước +)?Cộng hòa +(?!(?:[Xx]ã hội [Cc]hủ nghĩa|XHCN) +Việt Nam)\p{Lu}`, 'u');
const PRESS_ACRONYM = new Set(PRESS_ACRONYMS);
const PRESS_BEFORE = narrowable(String.raw`\p{Lu}[\p{Lu}+.]*$`, 'u');
const PHOTO_CREDIT_BEFORE = narrowable(String.raw`(?<![\p{L}\p{M}])Ảnh *: *$`, 'u');
const NOT_OFFICE_SET = new Set(NOT_OFFICES.map((s) => s.toLowerCase()));
// Look-behinds run sticky at the end of a slice (endsWithMatch): read backwards from there,
// not tried at every position of the slice.
/** 'Phó ban ', 'Phó trưởng ban ' before 'Thường trực': the title of a board's standing deputy head. */
const DEPUTY_HEAD_BEFORE = narrowable(String.raw`(?<![\p{L}\p{M}])[Pp]hó +(?:[Tt]rưởng +)?[Bb]an $`, 'u');
/** 'Ủy viên ' before 'Thường vụ': the member's title ('Ủy viên Thường vụ Tỉnh ủy'). */
const MEMBER_BEFORE = narrowable(String.raw`(?<![\p{L}\p{M}])(?:[Ủủ]y|[Uu]ỷ) viên $`, 'u');
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

  // A project's management board is named by its project: 'Ban Quản lý dự án cải tạo kênh Ba Bò',
  // 'Ban quản lý DA khu dân cư và chợ mới thị tứ Trường Xuân' (what is built, then where).
  if (text[pos] === 'B' && (m = at(PROJECT_BOARD, text, pos))) {
    const s = pos + m[0].length;
    const works = projectWorks(text, s);
    const pe = works > 0 ? place(text, works) : -1;
    if (pe > 0) return { end: pe, family: 'unit' };
  }
  const complete = UPPER_FIRST.test(text[pos]) ? COMPLETE.at(text, pos) : 0;
  if (complete) {
    // 'Ban Chấp hành Trung ương Hội Nông dân', 'Ban Bí thư Trung ương Đoàn': a mass organisation's centre, no office.
    if (at(MASS_ORGANISATION_AFTER, text, pos + complete) && CENTRE_AT_END.test(text.slice(pos, pos + complete))) return { end: pos + complete, lacks: 'owner', family: 'unit' };
    return { end: pos + complete, family: 'other' };
  }
  if ((m = at(BO, text, pos))) {
    const s = pos + m[0].length;
    const len = UPPER_FIRST.test(text[s] ?? '') ? MINISTRY.at(text, s) : 0;
    // A ministry's initials joined otherwise than the lexicon's: 'Bộ VH-TT&DL', 'Bộ NN-PTNT', 'Bộ KH-ĐT'.
    const acronym = at(ACRONYM, text, s);
    if (acronym && acronym[0].length > len && MINISTRY_INITIALS.has(acronym[0].replace(/[-&,.]/gu, ''))) return { end: s + acronym[0].length, family: 'other' };
    if (len) return { end: s + len, family: 'other' };
  }
  if ((m = at(DEPARTMENT, text, pos))) {
    const end = pos + m[0].length;
    const s = afterSpace(text, end);
    // ('Sở Tài nguyên và Môi trường tỉnh này': the province named before; the name ends at the department)
    const le = s > 0 ? locator(text, s) : -1;
    if (le > 0 && THIS_PLACE.test(text.slice(le, le + 8))) return { end, family: 'other' };
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
    const head = m[0][0].toUpperCase() + m[0].slice(1);
    // 'Tỉnh ủy viên', 'Thị ủy viên': a member's title, no body.
    if (regexHere.u`^ viên(?![\p{L}\p{M}])`.test(text.slice(end, end + 6))) return null;
    const s = afterSpace(text, end);
    let pe = -1;
    if (s > 0) {
      // (a former province names its committee too: 'Tỉnh ủy Sơn Tây')
      const prov = provinceAt(text, s) || (head === 'Tỉnh ủy' ? formerProvinceAt(text, s) : 0);
      if (prov) pe = s + prov;
      // 'Tỉnh ủy tỉnh X', 'Thành ủy TP. Hải Phòng': the committee named with its own level word.
      else if (OWN_LEVEL[head] && at(OWN_LEVEL[head], text, s)) {
        const lw = at(OWN_LEVEL[head], text, s)!;
        const ps = s + lw[0].length + (text[s + lw[0].length] === '.' ? 1 : 0);
        const pl = place(text, skipSpaces(text, ps));
        if (pl > 0) return { end: pl, family: 'other' };
        // 'Bí thư Thành ủy TP nhiệm kỳ …': the city's committee named by its level word alone.
        if (head === 'Thành ủy' && /^TP$/u.test(lw[0].trimEnd()) && !regexHere.u`^[\p{L}\p{M}\d.]`.test(text[s + 2] ?? '')) return { end: s + 2, family: 'other' };
      }
      // 'Tỉnh ủy' is named by its province; 'Huyện ủy Châu Thành' by its district.
      else if (head !== 'Tỉnh ủy' && !(isSurname(at(PLACE_WORD, text, s)?.[0] ?? '') && reading.personNext)) {
        pe = place(text, s);
      }
    }
    return { end: pe > 0 ? pe : end, family: 'other' };
  }
  // Vietnam's missions abroad: 'Đại sứ quán Việt Nam tại Nga' (a foreign country's is no office).
  if ((m = at(MISSION, text, pos))) {
    // (a seat of one or two words, unless a person's name runs on: '… tại Đức Phạm Huy Phương')
    let end = pos + m[0].length;
    if (m[1] && regexHere.u`^ +\p{Lu}`.test(text.slice(end, end + 3))) end -= m[1].length;
    return { end, family: 'other' };
  }
  // 'Ủy ban T.Ư MTTQ Việt Nam', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam': the Front's
  // central committee (no office, but a body: it ends here).
  if ((m = at(CENTRAL_FRONT, text, pos))) return { end: pos + m[0].length, family: 'people' };
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
  // Ban + board: 'Ban Thường vụ', 'Ban Tổ chức', 'Ban Chỉ đạo' (+ owner or name), its tones mistyped too.
  if ((m = at(BAN, text, pos)) || (text.startsWith('Ban ', pos) && (m = at(BAN_ANY_TONE, text, pos)))) {
    const end = pos + m[0].length;
    const s = afterSpace(text, end);
    if (s > 0) {
      const steering = /^chỉ đạo$/iu.test(m[1]);
      const o = owner(text, s, depth);
      // (the centre of a mass organisation owns no office: 'ban thường vụ Trung ương Đoàn')
      if (o && at(CENTRAL_OWNER, text, s) && at(MASS_ORGANISATION_AFTER, text, o.end)) return { end: o.end, lacks: 'owner', family: 'unit' };
      if (o) {
        // 'Ban Chỉ đạo Trung ương về phòng, chống tham nhũng': a steering board named by its topic.
        const topic = steering && !o.lacks ? topicAfter(text, o.end) : -1;
        if (topic > 0) return { end: topic, family: 'unit' };
        // (an owner that lacks its place is a class of bodies: 'Ban Giám đốc Công an các tỉnh')
        // (nor is one that lacks its own owner: 'Ban Thường vụ Đảng ủy' is a back-reference)
        const lacks = o.lacks;
        return { end: o.end, owner: text.slice(s, o.end), locator: o.locator, lacks, family: 'unit' };
      }
      if (steering) {
        // (a class of boards: 'các Ban Chỉ đạo giảm nghèo')
        if (PLURAL_BEFORE.test(text.slice(Math.max(0, pos - 12), pos))) return { end, lacks: 'owner', family: 'unit' };
        // 'Ban chỉ đạo các kỳ thi huyện Yên Thành', '… Quy chế dân chủ ở cơ sở của Bộ Xây dựng': named by its task, closed by its owner or place.
        const te = taskNamedEnd(text, s, depth);
        if (te > 0) return { end: te, family: 'unit' };
        const topic = topicAfter(text, end);
        if (topic > 0) return { end: topic, family: 'unit' };
        // … or by the numbered document it carries out: 'Ban Chỉ đạo thực hiện Kết luận 80-KL/TW'.
        const carried = at(CARRIES_OUT_DOCUMENT, text, s);
        if (carried) return { end: s + carried[0].length, family: 'unit' };
      }
      if (steering || /^quản lý/iu.test(m[1])) {
        const ne = nameWords(text, s, { first: 'capital or name word' });
        if (ne > 0) return { end: ne, family: 'unit' };
      }
    }
    // The board's name goes on, and a locator closes it: 'Ban Kinh tế-Ngân sách HĐND tỉnh', 'Ban
    // Kinh tế ngân sách HĐND TP. HCM' (the HĐND committee written otherwise than the lexicon's).
    // (not another body after it: 'Ban Thường vụ Hội LHPN TP Hà Nội')
    if (BOARD_GOES_ON.test(text.slice(end, end + 3))) {
      const closed = { byLocator: false };
      const ne = nameWords(text, end - m[1].length, { first: 'capital', closed });
      if (ne > end && closed.byLocator) return { end: ne, family: 'unit' };
    }
    return { end, lacks: 'owner', family: 'unit' };
  }
  // 'Ban Đấu tranh chính trị và Binh vận tỉnh': a board the lexicon does not know, named and
  // closed by its locator.
  if ((m = at(BAN_WORD, text, pos))) {
    const s = afterSpace(text, pos + m[0].length);
    const closed = { byLocator: false };
    // (its first word may be a field in lower case: 'Ban bồi thường giải phóng mặt bằng Q.Tân Phú')
    const ne = s > 0 && !at(HEAD_AT_ANY, text, s) ? nameWords(text, s, { first: 'capital or name word', closed }) : -1;
    if (ne > 0 && closed.byLocator) return { end: ne, family: 'unit' };
    // … or by the nation it serves: 'Ban An toàn giao thông Quốc gia'.
    if (ne > 0 && UPPER_FIRST.test(text[s]) && NATIONAL_AT_END.test(text.slice(s, ne))) return { end: ne, family: 'unit' };
  }
  // Units and Party organisations that belong to an owner: 'Văn phòng …', 'Đảng bộ …'.
  if ((m = at(UNIT_HEAD, text, pos))) {
    const end = pos + m[0].length;
    const family = PARTY_UNIT.test(m[0]) ? 'party' : 'unit';
    let s = afterSpace(text, end);
    // 'Đảng bộ cơ sở Văn phòng …' is the same body as 'Đảng bộ Văn phòng …'.
    if (s > 0 && family === 'party' && /^cơ sở /u.test(text.slice(s, s + 7))) s += 7;
    // 'Ban Thường vụ Đảng ủy cơ quan Văn phòng Quốc hội': the Party committee of an agency.
    else if (s > 0 && family === 'party' && regexHere.u`^[Cc]ơ quan \p{Lu}`.test(text.slice(s, s + 9))) s += 8;
    // 'Đảng ủy Ban Giám đốc Sở X': a leadership board is no body with a Party organ of its own;
    // the comma between the two was lost (refine/offices.ts reads them as coordinated).
    if (s > 0 && family === 'party' && LEADERSHIP_BOARD.test(text.slice(s, s + 14))) return { end, lacks: 'owner', family };
    // 'Văn phòng - Tổng cục Đường bộ Việt Nam': the office of the body after a dash (its name
    // written without the dash); only a whole body, not a role or a locator ('Văn phòng – người phát ngôn').
    if (s > 0 && /^(?:Văn phòng|VP)$/u.test(m[0]) && DASH_BEFORE_OWNER.test(text.slice(s, s + 3))) {
      const b = body(text, s + 2, depth + 1);
      return b && !b.lacks && b.family !== 'unit' ? { end: b.end, owner: text.slice(s + 2, b.end), locator: b.locator, family } : { end, lacks: 'owner', family };
    }
    if (s > 0) {
      const o = owner(text, s, depth);
      // (a board of a mass organisation's centre is none: 'BCH T.Ư Hội Nông dân'; its Party organ is: 'Đảng ủy cơ quan T.Ư Hội LHPN')
      if (o && family !== 'party' && at(CENTRAL_OWNER, text, s) && at(MASS_ORGANISATION_AFTER, text, o.end)) return { end: o.end, lacks: 'owner', family };
      // 'Văn phòng HĐND - UBND huyện X', 'Văn phòng HĐND và UBND tỉnh': one office of both.
      // (also 'Văn phòng Đoàn ĐBQH và HĐND TPHCM': the office of the delegation and the council)
      const joint = o && o.lacks === 'locator' && /^(?:Văn phòng|VP)$/u.test(m[0]) ? jointPeoplesBodies(text, o.end) : null;
      if (joint) return { end: joint.end, owner: text.slice(s, joint.end), locator: joint.locator, family };
      // … and the Party organ of a mass organisation's centre runs on to its name: 'Đảng ủy cơ quan T.Ư Hội LHPN Việt Nam'.
      const massHead = o && family === 'party' && !o.lacks && at(CENTRAL_OWNER, text, s) ? at(MASS_ORGANISATION_AFTER, text, o.end) : null;
      if (o && massHead) {
        // (the organisation's head word, then its own name: 'Hội' 'LHPN Việt Nam', 'Đoàn' 'TNCS Hồ Chí Minh')
        const headEnd = o.end + massHead[0].length;
        const ms = afterSpace(text, headEnd);
        const ne = ms > 0 ? nameWords(text, ms, { first: 'capital', max: 6 }) : -1;
        const end = ne > ms ? ne : headEnd;
        return { end, owner: text.slice(s, end), family };
      }
      if (o && !o.lacks) return { end: o.end, owner: text.slice(s, o.end), locator: o.locator, family };
      if (o && o.lacks) {
        // 'Chi bộ Văn phòng LĐBĐVN': a Party cell named by its unit, whose owner the lexicon does not know.
        const ne = family === 'party' && o.lacks === 'owner' && o.family === 'unit' ? nameWords(text, s, { first: 'capital' }) : -1;
        if (ne > o.end) return { end: ne, family };
        return { end: o.end, owner: text.slice(s, o.end), lacks: o.lacks, family };
      }
      if (!o && family === 'party' && SUB_COMMUNE.test(text.slice(s, s + 14))) {
        // 'Chi bộ xóm Đồi', 'Chi bộ thôn 3': a Party cell named by its hamlet.
        const ne = nameWords(text, s, { first: 'capital or name word', numbered: true });
        if (ne > 0) return { end: ne, family };
      }
      if (!o && family === 'party') {
        // 'Đảng ủy Dân chính đảng', 'Chi bộ Khoa Ngoại ngữ', 'Đảng bộ Công ty Cấp nước X',
        // 'Chi bộ 3': a Party organisation named by its own words or number.
        const ne = nameWords(text, s, { first: 'capital', numbered: true });
        if (ne > 0) return { end: ne, family };
        // … or by a field in lower case that its locator closes: 'Đảng ủy quân sự tỉnh'.
        if (LOWER_FIRST.test(text[s]) && fieldAt(text, s) > 0) {
          const closed = { byLocator: false };
          const fe = nameWords(text, s, { first: 'capital or name word', closed });
          if (fe > 0 && closed.byLocator && !PLACE_LEFT_AFTER.test(text.slice(fe, fe + 3))) return { end: fe, family };
        }
      }
      // (and an inspectorate named by its field: 'Thanh tra GTVT quận Thanh Xuân', 'Thanh tra xây dựng huyện X')
      if (!o && /^(?:Văn phòng|VP|Thanh tra)$/u.test(m[0])) {
        // 'Văn phòng Điều phối Chương trình MTQG nông thôn mới tỉnh': an office named by its
        // task, closed by its locator; after its holder's title, by its task alone ('Phó văn
        // phòng quản lý đất đai', 'Trưởng Văn phòng chính sách nhà ở …').
        const closed = { byLocator: false };
        // (a capitalised task must still be closed: 'Chánh Văn phòng Phủ Chủ tịch' is cut short)
        // (a task in lower case is closed by its locator too: 'Văn phòng đăng ký đất đai huyện Mỹ Đức')
        const lowerTask = LOWER_FIRST.test(text[s]);
        const titled = reading.personNext && depth === 0 && lowerTask;
        const ne = nameWords(text, s, { first: 'capital or name word', closed });
        const byLocator = closed.byLocator && !(lowerTask && PLACE_LEFT_AFTER.test(text.slice(ne, ne + 3)));
        if (ne > 0 && (byLocator || (titled && ownerFollows(text, ne)))) return { end: ne, family };
      }
    }
    return { end, lacks: 'owner', family };
  }
  if ((m = at(NAMED_HEAD, text, pos))) {
    const end = pos + m[0].length;
    const s = afterSpace(text, end);
    if (s < 0) return null;
    // An inspection team is named by its number ('Đoàn kiểm tra số 469') or by its field and
    // the place that closes it ('Đoàn kiểm tra liên ngành tỉnh Đồng Tháp'); bare, or named by
    // its field alone ('Đoàn thanh tra liên ngành'), it names no one body.
    if (INSPECTION_TEAM.test(m[0])) {
      const num = NUMBERED_TEAM.exec(text.slice(s, s + 16));
      if (num) return { end: s + num[0].length, family: 'other' };
      const closed = { byLocator: false };
      const ne = nameWords(text, s, { first: 'capital or name word', closed });
      return ne > 0 && closed.byLocator ? { end: ne, family: 'other' } : null;
    }
    // 'Trường' names a school only with its type: 'Trường THPT …', 'Trường Đại học …' ('Trường Chinh' is a man).
    if (m[0] === 'Trường' && !at(SCHOOL_TYPE, text, s)) return null;
    // 'Đội' names a public body only by its task, capitalised: 'Đội Cảnh sát …', 'Đội CSGT …' ('Đội Nam Định' is a team).
    if (m[0] === 'Đội' && !at(TEAM_TASK, text, s)) return null;
    // 'Cục Trưởng', 'Vụ Trưởng': a title, written with a capital.
    if (regexHere.u`^[Tt]rưởng(?![\p{L}\p{M}])`.test(text.slice(s, s + 7))) return null;
    // A committee named by its topic: 'Ủy ban về các vấn đề xã hội của Quốc hội' (also 'Ủy ban Về …').
    // ('Ủy ban Các vấn đề xã hội của Quốc hội': its topic without 'về')
    if (/^(?:Ủy ban|UB)$/u.test(m[0])) {
      const topicAt = /^[Vv]ề (?:các )?/u.exec(text.slice(s, s + 7)) ?? /^[Cc]ác (?=vấn đề )/u.exec(text.slice(s, s + 12));
      if (topicAt) {
        const topic = topicWords(text, s + topicAt[0].length);
        return topic > 0 ? { end: topic, family: 'other' } : null;
      }
      // ('UB Tỉnh ủy X' is no committee's name)
      if (m[0] === 'UB' && at(HEAD_AT_ANY, text, s)) return null;
    }
    // Most heads take a capitalised name ('Vụ Tổ chức'); 'vụ cháy' is an incident. A department
    // may be named by its field in lower case: 'Cục chống tham nhũng', and a ministry's department
    // so when its ministry follows: 'Vụ tổ chức cán bộ, Bộ Công Thương'.
    if (m[0] === 'Vụ' && !UPPER_FIRST.test(text[s]) && fieldAt(text, s)) {
      const ne = nameWords(text, s, { first: 'capital or name word' });
      if (ne > 0 && ownerBodyFollows(text, ne, depth)) return { end: ne, family: 'other' };
    }
    // A council named by its task in lower case, closed by its owner or its place: 'Hội đồng thi
    // đua khen thưởng Bộ Xây dựng', 'Hội đồng xét duyệt di tích TP' (unclosed, it is generic: 'hội đồng thẩm định').
    if (m[0] === 'Hội đồng' && LOWER_FIRST.test(text[s])) {
      const te = taskNamedEnd(text, s, depth);
      if (te > 0) return { end: te, family: 'other' };
    }
    const lowerAllowed = LOWER_NAME_HEADS.has(m[0]);
    if (m[0] === 'Cục' && !UPPER_FIRST.test(text[s]) && fieldAt(text, s) && !PLURAL_BEFORE.test(text.slice(Math.max(0, pos - 12), pos))) {
      const ne = nameWords(text, s, { first: 'capital or name word' });
      if (ne > 0) return { end: ne, family: 'other' };
    }
    const namedAfterPeople = /^(?:Trường|Đại học|Học viện|Bệnh viện)$/u.test(m[0]);
    // After its holder's title a unit may be named by its field in lower case: 'Trưởng phòng
    // công chức-viên chức', 'Giám đốc Bệnh viện đa khoa tỉnh'.
    // (closed by its locator or followed by its owner: a firm's 'Trưởng phòng kinh doanh' is none)
    const lowerField = !lowerAllowed && reading.personNext && depth === 0 && LOWER_FIRST.test(text[s]);
    // Elsewhere by a field the lexicon knows, when its locator closes the name: 'Bệnh viện đa
    // khoa huyện X', 'Ban chỉ đạo công tác DS-KHHGĐ tỉnh' (not a school: 'trường' names its type).
    // (not a 'Phòng': 'Phòng thương mại thành phố London' is a chamber, 'Phòng chống tham nhũng tỉnh' a task)
    const lowerClosed = !lowerAllowed && !lowerField && !/^(?:Trường|Đại học|Phòng)$/u.test(m[0]) && LOWER_FIRST.test(text[s]) && fieldAt(text, s) > 0;
    const closed = { byLocator: false };
    // A military hospital is named by its number ('Bệnh viện 175 Bộ Quốc phòng', 'Bệnh viện 108').
    const numbered = m[0] === 'Bệnh viện' && NUMBERED_HOSPITAL.test(text.slice(s, s + 5));
    let ne = nameWords(text, s, lowerAllowed ? {} : { first: lowerField || lowerClosed ? 'capital or name word' : 'capital', namedAfterPeople, closed, numbered });
    if (lowerField && ne > 0 && !closed.byLocator && !ownerFollows(text, ne)) return null;
    if (lowerClosed && ne > 0 && (!closed.byLocator || PLACE_LEFT_AFTER.test(text.slice(ne, ne + 3)))) return null;
    // A school's type alone is a class ('trường THCS', '83 trường THPT'); after its type, a
    // school may be named after a person ('Hiệu trưởng Trường Tiểu học Lê Văn Tám').
    const type = m[0] === 'Trường' ? at(SCHOOL_TYPE, text, s) : null;
    if (type && (ne < 0 || ne <= s + type[0].length)) {
      const after = afterSpace(text, s + type[0].length);
      const named = after > 0 ? nameWords(text, after, { first: 'capital', namedAfterPeople: true }) : -1;
      if (named < 0) return null;
      ne = named;
    }
    // 'Phòng Hướng dẫn về phòng cháy': a unit named by the topic it guides.
    if (ne > 0 && /(?:^| )(?:hướng dẫn|chỉ đạo)$/iu.test(text.slice(s, ne))) {
      const topic = topicAfter(text, ne);
      if (topic > 0) ne = topic;
    }
    return ne > 0 ? { end: ne, family: 'other' } : null;
  }
  // A ministry the lexicon does not list, or writes otherwise: 'Bộ Lao động', 'Bộ Giao thông -
  // Vận tải', 'Bộ Tài nguyên - Môi trường'. Its name starts with the field it governs,
  // capitalised ('Bộ Luật Hình sự', 'Bộ Tiêu chí' are no ministries).
  if ((m = at(BO, text, pos))) {
    const s = pos + m[0].length;
    if (UPPER_FIRST.test(text[s] ?? '') && fieldAt(text, s) && !at(HEAD_AT_ANY, text, s)) {
      const ne = nameWords(text, s, { first: 'capital' });
      if (ne > 0) return { end: ne, family: 'other' };
    }
  }
  return null;
}

const DASH_BEFORE_OWNER = narrowable(String.raw`^[-–] \p{Lu}`, 'u');
/**
 * A proper name right after a name a bare level word closed ('… hành chính tỉnh Rat-ta-na-ki-ri'):
 * the place the locator could not read (a foreign one), so the lower-case name is no body's.
 */
const PLACE_LEFT_AFTER = narrowable(String.raw`^ +\p{Lu}`, 'u');
/** The dash between an office and the body it serves, dropped from its name: 'Văn phòng - Tổng cục X' → 'Văn phòng Tổng cục X'. */
const OFFICE_DASH = /^(Văn phòng|VP) [-–] /u;

/** ', Sở Nội vụ …', ' thuộc Sở Địa chính …', ' (Bộ Xây dựng)': the owner of a unit named by its field alone. */
const OWNER_AFTER = narrowable(String.raw`^(?: *[,(]| +thuộc| +[-–])? +(?=\p{Lu})|^ *\((?=\p{Lu})`, 'u');
function ownerFollows(text: string, end: number): boolean {
  const m = OWNER_AFTER.exec(text.slice(end, end + 10));
  return !!m && !!at(HEAD_AT_ANY, text, end + m[0].length);
}

/** The same, a whole body (not a title's first word: 'Vụ đất đai, Bộ trưởng …'). */
function ownerBodyFollows(text: string, end: number, depth: number): boolean {
  const m = OWNER_AFTER.exec(text.slice(end, end + 10));
  const b = m ? body(text, end + m[0].length, depth + 1) : null;
  return !!b && !b.lacks;
}

const JOINED_PEOPLES_BODY = sticky(`(?: *- *| +và +| *, *)(?:${alternation(PEOPLE_HEADS)})${WORD_END}`);
/** After 'HĐND' in an office's owner: '- UBND huyện X', ' và UBND tỉnh' (the end and the shared locator), or null. */
function jointPeoplesBodies(text: string, end: number): { end: number; locator: string } | null {
  const j = at(JOINED_PEOPLES_BODY, text, end);
  if (!j) return null;
  const s = afterSpace(text, end + j[0].length);
  const le = s > 0 ? locator(text, s) : -1;
  return le > 0 ? { end: le, locator: text.slice(s, le) } : null;
}

/** A council named by its task in lower case (not the people's council, 'Hội đồng nhân dân'). */
const TASK_COUNCIL = narrowable(String.raw`^Hội đồng (?!nhân dân)\p{Ll}`, 'u');
/** 'cấp ' before a level word: a level of boards ('Hội đồng xét duyệt cấp TP và cấp quận'), no place. */
const LEVEL_OF = narrowable(String.raw`(?<![\p{L}\p{M}])cấp $`, 'u');
/** 'của ' before the owner of a board named by its task. */
const OF_OWNER = narrowable(String.raw`^của +(?=\p{Lu})`, 'u');
/** The end of a board's name read as its lower-case task from `s` up to its owner or place, or -1. */
function taskNamedEnd(text: string, s: number, depth: number): number {
  return lowerTaskWords(text, s, (p) => taskCloser(text, p, depth));
}

/**
 * What closes a task-named board at `p`: its owner, a whole body ('Bộ Xây dựng', 'Cơ quan
 * Bộ'), after 'của' or not, or its place ('huyện Yên Thành', 'TP'): the end, or -1.
 */
function taskCloser(text: string, p: number, depth: number): number {
  const of = OF_OWNER.exec(text.slice(p, p + 8));
  const bs = p + (of ? of[0].length : 0);
  if (UPPER_FIRST.test(text[bs] ?? '')) {
    const b = body(text, bs, depth + 1);
    if (b && !b.lacks) return b.end;
  }
  return of || LEVEL_OF.test(text.slice(Math.max(0, p - 5), p)) ? -1 : locator(text, p);
}

/** ' về <topic>' after a steering board's name: the end of the topic, or -1. */
function topicAfter(text: string, end: number): number {
  const s = afterSpace(text, end);
  const ve = s > 0 ? at(VE, text, s) : null;
  return ve ? topicWords(text, s + ve[0].length) : -1;
}

/** 'Bộ' alone, then punctuation or a lower-case word ('Thanh tra Bộ,', 'Văn phòng Bộ đã'). */
const BARE_MINISTRY = sticky(String.raw`Bộ(?=[,.;:)]| +\p{Ll}|$)`);
const LOWER_BO = sticky(`bộ +`);
function owner(text: string, pos: number, depth: number): Parsed | null {
  const b = body(text, pos, depth + 1);
  if (b) return b;
  let m: RegExpExecArray | null;
  if ((m = at(CENTRAL_OWNER, text, pos))) return { end: pos + m[0].length, family: 'other' };
  // A bare 'Bộ' is the ministry the article is about: 'Văn phòng Bộ', 'Thanh tra Bộ' (DECISIONS.md:
  // named as written); a clause or a lower-case word follows it, not a ministry's name.
  // (a ministry named in lower case after it is named: 'Thanh tra Bộ nội vụ')
  if ((m = at(BARE_MINISTRY, text, pos))) {
    const s = afterSpace(text, pos + 2);
    const named = s > 0 ? MINISTRY.at(text, s) : 0;
    return { end: named ? s + named : pos + 2, family: 'other' };
  }
  // A ministry written after a lower-case 'bộ': 'Ban cán sự Đảng bộ Lao động - Thương binh và Xã hội'.
  if ((m = at(LOWER_BO, text, pos))) {
    const named = MINISTRY.at(text, pos + m[0].length);
    if (named) return { end: pos + m[0].length + named, family: 'other' };
  }
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

const CENTRAL_MARK = narrowable(String.raw`(?:^|\s)(?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|Cơ quan Tùy viên [Qq]uốc phòng) |(?:^|\s)(?:Trung ương|TW|TƯ|T\.Ư|Chính phủ|Quốc hội|QH|Bộ Chính trị|Ban Bí thư|[Tt]ối cao|[Cc]ấp cao|Tổng cục|Kiểm toán Nhà nước|Ngân hàng Nhà nước)(?=$|\s)|^Bộ |(?:^|\s)Bộ (?=\p{Lu})|\sBộ(?=$| \p{Ll})(?! đội)`, 'u');
/** A ministry written after a lower-case 'bộ' inside the name: 'Ban cán sự Đảng bộ Lao động - Thương binh và Xã hội'. */
function namesMinistryInLowerCase(name: string): boolean {
  const i = name.indexOf(' bộ ');
  return i >= 0 && MINISTRY.at(name, i + 4) > 0;
}
// (a name that ends on a bare 'Bộ' is the ministry's unit, the ministry named before: 'Đảng ủy Bộ', 'Thanh tra Bộ';
// so is one whose ministry is written in lower case: 'Thanh tra Bộ nội vụ', not the troops: 'Bộ đội')
// (and the State's: 'Ủy ban Chứng khoán Nhà nước', 'Kho bạc Nhà nước'; not 'Kho bạc Nhà nước tỉnh X')
const CENTRE_OR_NATION = /(?:^|\s)(?:[Tt]rung [Ưư]ơng|TW|TƯ|T\.Ư)(?=$|\s)|\s(?:Việt Nam|VN|[Qq]uốc gia|Nhà nước)$/u;
/**
 * Provinces as written, by their last word in lower case: a name's last words are looked up, not
 * matched against every province. (Case aside after the first letter: 'tỉnh Yên bái' as printed.)
 */
const PROVINCES_BY_LAST_WORD = new Map<string, string[]>();
for (const form of PROVINCES.flatMap((p) => [p.name, ...p.aliases])) {
  const last = form.slice(form.lastIndexOf(' ') + 1).toLowerCase();
  (PROVINCES_BY_LAST_WORD.get(last) ?? PROVINCES_BY_LAST_WORD.set(last, []).get(last)!).push(form);
}
/** The province's name that ends `name` after a space ('Sở GTVT Thanh Hóa' → 'Thanh Hóa', '… tỉnh Yên bái' → 'Yên Bái'), or undefined. */
function provinceAtEnd(name: string): string | undefined {
  const forms = PROVINCES_BY_LAST_WORD.get(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
  if (!forms) return undefined;
  const lower = name.toLowerCase();
  return forms.find((f) => {
    const s = name.length - f.length;
    return s > 0 && lower.endsWith(f.toLowerCase()) && /\s/u.test(name[s - 1]) && name[s] === f[0];
  });
}
/** A department or a ministry owning the unit before it: ' thuộc Sở …', ' của Sở', ', Sở …', ' (Sở …)'. */
const PROVINCIAL_OWNER_AFTER = narrowable(String.raw`^(?: *,| +thuộc| +của| *\(| +[-–])? *(?:Sở|sở|Bộ|Cục|Tổng cục|Chi cục)(?![\p{L}\p{M}])`, 'u');
/** A name of a head and one word spelled unlike Vietnamese ('Viện Brookings'). */
const FOREIGN_SPELLED_NAME = narrowable(String.raw`^\p{Lu}[\p{Ll}\p{M} ]* (?:\p{Lu}[a-z]*s|\p{Lu}[a-z]*[fjwz][a-z]*)$`, 'u');
const PARTY_HEAD_AT_START = /^(?:Đảng|Chi) (?:bộ|ủy)/u;
const PARTY_OF_THE_ARMY = narrowable(String.raw`^Đảng (?:bộ|ủy) Quân đội(?: [Nn]hân dân(?: Việt Nam)?)?$`, 'u');
/** A Party body of a formation below the forces, named by no place: 'Ban Thường vụ Đảng ủy Sư đoàn 330'. */
const PARTY_OF_UNLEVELLED_FORMATION = narrowable(`^(?:(?:Ban )?[Tt]hường vụ )?Đảng (?:ủy|bộ) (?:${alternation(UNLEVELLED_FORMATIONS)})(?![\\p{L}\\p{M}])`, 'u');
const PARTY_OF_FORMATION = narrowable(`^(?:(?:Ban )?[Tt]hường vụ )?Đảng ủy (?:${alternation(ARMY_FORMATIONS)})(?![\\p{L}\\p{M}])`, 'u');
const DISTRICT_OFFICE = narrowable(`^Phòng +(?:${alternation(DISTRICT_OFFICES)})(?![\\p{L}\\p{M}\\d&-])`, 'u');
const POLICE_AT_START = narrowable(`^(?:${POLICE_ABBREVIATIONS.map((a) => a.abbr).join('|')})(?![\\p{L}\\p{M}])`, 'u');
const POLICE_EXPANSION = new Map(POLICE_ABBREVIATIONS.map((a) => [a.abbr, a.expansion]));

// (by lower case: 'VKSND Tối cao' as printed is 'VKSND tối cao')
const COMPLETE_LEVEL = new Map(COMPLETE_BODIES.flatMap((b) => completeNames(b).map((n) => [n.toLowerCase(), b.level] as const)));

/**
 * The level of a body by its name (and the article's province, for a city's bodies). Kept by
 * name: the parser and refine/offices.ts ask for each mention, and articles name the same
 * bodies over and over ('UBND tỉnh', 'Tỉnh ủy').
 */
export function levelOf(name: string, articleProvince?: string): Level | undefined {
  const key = articleProvince === undefined ? name : `${name}\u0000${articleProvince}`;
  return LEVELS.get(key, () => levelOfName(name, articleProvince));
}
const LEVELS = new BoundedMemo<Level | undefined>(10_000);

function levelOfName(name: string, articleProvince?: string): Level | undefined {
  const known = COMPLETE_LEVEL.get(name.toLowerCase());
  if (known) return known;
  // Police by abbreviation are read spelled out: 'CAQ Thanh Xuân' is 'Công an quận Thanh Xuân'.
  const police = POLICE_AT_START.exec(name);
  if (police) name = POLICE_EXPANSION.get(police[0])! + name.slice(police[0].length);
  const words = name.toLowerCase();
  const has = (re: RegExp) => re.test(words);
  // Locator words are written in lower case before a place name: 'xã Phước Lộc' (not 'Văn hóa - Xã hội'),
  // or end the name of a body named by its level: 'UBND huyện'.
  // Schools: primary and lower secondary belong to the district (whatever commune names them),
  // upper secondary to the province, universities to the centre.
  if (DISTRICT_SCHOOL.test(name)) return 'district';
  // (an abbreviated level word may be glued to the place: 'UBND Q.Tân Phú', 'UBND P.Bến Nghé')
  // (a hamlet's body sits in its commune: 'Chi bộ xóm Đồi', 'Chi bộ thôn 3')
  if (COMMUNE_IN_NAME.test(name)) return 'commune';
  if (HAMLET_IN_NAME.test(name)) return 'commune';
  if (has(/(?:huyện ủy|thị ủy|quận ủy)/u) || DISTRICT_IN_NAME.test(name)) return 'district';
  if (has(/thành ủy|thành phố|tp\.|(?:^|\s)tp(?:\s|$)/u)) {
    const province = findProvince(name) ?? articleProvince;
    // A city named by its level alone in an article of no known province ('UBND TP') is the
    // centrally-run city the national press writes about.
    if (!province && /(?:^|\s)(?:thành phố|TP\.?)$/iu.test(name)) return 'province';
    return province && isCentralCity(province) ? 'province' : 'district';
  }
  // A district's specialist office named without its district: 'Phòng Tài nguyên và Môi trường', 'Phòng Quản lý đô thị'.
  if (DISTRICT_OFFICE.test(name) && !has(/(?:^|\s)(?:tỉnh|sở)(?:\s|$)/u)) return 'district';
  if (UNIVERSITY.test(name) && !has(/(?:^|\s)tỉnh(?:\s|$)/u)) return 'central';
  if (has(/(?:^|\s)tỉnh(?:\s|$)|tỉnh ủy|(?:^|\s)sở\s/u)) return 'province';
  // (a division's or a regiment's Party body has no level: it is the army's, not a place's)
  if (PARTY_OF_UNLEVELLED_FORMATION.test(name)) return undefined;
  // A body named as the centre's or the nation's: 'Đảng ủy Khối Doanh nghiệp Trung ương',
  // 'Ban Đối ngoại Trung Ương', 'Bệnh viện TƯ Quân đội 108', 'Viện Hàn lâm KHXH Việt Nam'.
  if (CENTRE_OR_NATION.test(name)) return 'central';
  if (has(/khối/u)) return 'province';
  if (CENTRAL_MARK.test(name) || namesMinistryInLowerCase(name)) return 'central';
  // A formation's or a force's Party committee named by no place: 'Đảng ủy Quân khu 4', 'Đảng ủy Bộ đội Biên phòng'.
  if (PARTY_OF_FORMATION.test(name)) return 'central';
  // The Party organisation of the whole army is the Central Military Commission's: 'Đảng bộ Quân đội'.
  if (PARTY_OF_THE_ARMY.test(name)) return 'central';
  // A ministry's departments and institutes ('Cục Xúc tiến thương mại', 'Viện Nghiên cứu Khoa
  // học Dạy nghề') are central, unless a province's name ends them ('Cục Hải quan Đồng Nai').
  if (/(?:^|\s)(?:Cục|Viện) /u.test(name) && !provinceAtEnd(name)) return 'central';
  const head = LEVEL_OF_HEAD.get(words.split(' ').slice(0, 2).join(' ')) ?? LEVEL_OF_HEAD.get(words.split(' ')[0]);
  return head ?? 'province';
}

import { PROVINCES } from '../lexicon/provinces.ts';
import { narrowable, regexHere } from '../text/narrow.ts';

const PROVINCE_AFTER_LOCATOR = narrowable(
  `(?:^|\\s)(?:(?:tỉnh|thành phố|TP\\.?|Tỉnh ủy|Thành ủy|UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Công an|Đảng bộ) +|TP\\.)(${PROVINCE_NAME_PATTERN})(?![\\p{L}\\p{M}])`,
  'u',
);

/** A province's alias that holds its level word ('TP Hồ Chí Minh', 'TP.HCM'): it names the province in any name. */
const PROVINCE_WITH_OWN_LEVEL = narrowable(
  `(?:^|\\s)(${alternation(PROVINCES.flatMap((p) => p.aliases).filter((a) => /^(?:TP|Thành phố)[ .]/u.test(a)))})(?![\\p{L}\\p{M}])`,
  'u',
);

/** A former province after 'tỉnh' or 'Tỉnh ủy': 'UBND tỉnh Hà Sơn Bình' (its province is that one, as written). */
const FORMER_PROVINCE_AFTER = narrowable(`(?:^|\\s)(?:tỉnh|Tỉnh ủy) +(${alternation(FORMER_PROVINCES)})$`, 'u');

/** The province an office's own name states: 'UBND tỉnh Gia Lai' → Gia Lai (not 'Trường THPT Hòa Bình'). */
export function provinceOfOffice(name: string): string | undefined {
  return OWN_PROVINCES.get(name, () => ownProvinceOf(name));
}
/** provinceOfOffice by name: asked two or three times per mention, and names repeat across articles. */
const OWN_PROVINCES = new BoundedMemo<string | undefined>(10_000);
function ownProvinceOf(name: string): string | undefined {
  const m = PROVINCE_AFTER_LOCATOR.exec(name) ?? PROVINCE_WITH_OWN_LEVEL.exec(name);
  if (m) return findProvince(m[1]);
  const former = FORMER_PROVINCE_AFTER.exec(name);
  if (former) return FORMER_PROVINCES.find((p) => squash(p).toLowerCase() === squash(former[1]).toLowerCase()) ?? former[1];
  // A province's name that ends a body's name: 'Sở GTVT Thanh Hóa', 'đoàn ĐBQH Hà Nội', 'Tỉnh ủy
  // tỉnh Yên bái' as printed (not a school or a hospital named after a place: 'Trường THPT Hòa Bình').
  const end = provinceAtEnd(name);
  return end && !NAMED_AFTER_PLACES.test(name) ? findProvince(end) : undefined;
}
/** A province named with its level word or committee: 'tỉnh Vĩnh Phúc', 'TP.Hà Tĩnh', 'Tỉnh ủy Bà Rịa - Vũng Tàu'. */
// (or by an alias that holds its level word: 'UBND TP.HCM')
export const PROVINCE_WITH_LEVEL = narrowable(
  `(?=[Tt])(?:(?:[Tt]ỉnh(?: ủy)?|[Tt]hành (?:phố|ủy)|TP\\.?) *(${PROVINCE_NAME_PATTERN})|(${alternation(PROVINCES.flatMap((p) => p.aliases).filter((a) => /^TP/u.test(a)))}))${WORD_END}`,
  'gu',
);

/**
 * The province last named with its level word in the paragraph before `pos` (at most 800
 * characters back), or undefined. The text's provinces are found once (provincesWithLevel) and
 * looked up by position: every mention of a body not named by its own province asks.
 */
function provinceNamedBefore(named: ProvincesNamed, text: string, pos: number): string | undefined {
  // (the line break looked for in the window only: a text without one is not read back to its start at every mention)
  const back = Math.max(0, pos - 800);
  const from = back + text.slice(back, pos).lastIndexOf('\n') + 1;
  // the last one that ends by `pos` and starts at `from` or after
  for (let i = lowerBound(named.ends, pos + 1) - 1; i >= 0 && named.ends[i] > from; i--) {
    if (named.starts[i] >= from) return findProvince(named.names[i]);
  }
  return undefined;
}
const TITLE_WORD_BEFORE_PROVINCE = narrowable(String.raw`(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]+ $`, 'u');
interface ProvincesNamed {
  starts: number[];
  ends: number[];
  names: string[];
}
/**
 * A province's name as the label of a section, at a line's or a sentence's start and before a
 * colon: a round-up of several provinces' news in one paragraph ('… nghỉ hưu. Kon Tum: Ngày
 * 10/7, Phó bí thư Tỉnh ủy …'). The bodies after it are that province's, as after 'tỉnh X'.
 */
// (after a sentence, or after a photo's credit that ends on a site: 'Ảnh: thuathienhue.gov.vn Quảng Trị: …')
export const PROVINCE_SECTION_LABEL = narrowable(`(?:^|(?<=\\n)|(?<=[.!?…]["”»)]? )|(?<=\\.(?:vn|com|net|org) ))(${PROVINCE_NAME_PATTERN}) ?:(?= )`, 'gu');

// Both rules above as whole-text scans tried a match at every position of the text (a fifth of
// the office parser's own time): each runs, sticky, only where its match can begin, found by
// character code. Matches, their order and groups are those of `text.matchAll(rule)` (test/office-walks.test.ts).
const PROVINCE_WITH_LEVEL_AT = narrowable(PROVINCE_WITH_LEVEL.source, 'uy');
const PROVINCE_SECTION_LABEL_AT = narrowable(PROVINCE_SECTION_LABEL.source, 'uy');

/** `text.matchAll(PROVINCE_WITH_LEVEL)`: tried only where 'tỉ', 'thà' (either case) or 'TP' begins, as every match does. */
export function provincesWithLevelMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let i = 0, n = text.length - 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x54 /* T */ && c !== 0x74 /* t */) continue;
    const d = text.charCodeAt(i + 1);
    if (d !== 0x1ec9 /* ỉ */ && !(d === 0x68 /* h */ && text.charCodeAt(i + 2) === 0xe0 /* à */) && !(c === 0x54 && d === 0x50) /* TP */) continue;
    PROVINCE_WITH_LEVEL_AT.lastIndex = i;
    const m = PROVINCE_WITH_LEVEL_AT.exec(text);
    if (!m) continue;
    out.push(m);
    i += m[0].length - 1; // (matches do not overlap: the scan goes on after this one)
  }
  return out;
}

/**
 * `text.matchAll(PROVINCE_SECTION_LABEL)`: tried only where its look-behind can hold, at the
 * text's start, after a line break, or after a space that follows a sentence's mark, a closing
 * quote or bracket, or a site's last letter ('.vn', '.com', '.net', '.org').
 */
export function provinceSectionLabels(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let i = 0, n = text.length, colon = -1; i < n; i++) {
    if (i > 0 && text.charCodeAt(i - 1) !== 0x0a && !(text.charCodeAt(i - 1) === 0x20 && sentenceEndsBefore(text, i - 1))) continue;
    // (every label holds a colon: none after i, no label after i)
    if (colon < i && (colon = text.indexOf(':', i)) < 0) break;
    PROVINCE_SECTION_LABEL_AT.lastIndex = i;
    const m = PROVINCE_SECTION_LABEL_AT.exec(text);
    if (!m) continue;
    out.push(m);
    i += m[0].length - 1;
  }
  return out;
}
/** Whether a sentence's mark (and a closing quote or bracket) or a site ends at `end`, as the label's look-behind reads: '[.!?…]["”»)]?', '\.(?:vn|com|net|org)'. */
function sentenceEndsBefore(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  if (sentenceMark(c)) return true;
  if (c === 0x22 || c === 0x201d || c === 0xbb || c === 0x29) return sentenceMark(text.charCodeAt(end - 2));
  if (c !== 0x6e && c !== 0x6d && c !== 0x74 && c !== 0x67) return false; // (n m t g: a site's last letter)
  return (text.charCodeAt(end - 3) === 0x2e && text.startsWith('vn', end - 2)) || (text.charCodeAt(end - 4) === 0x2e && SITE_ENDS.has(text.slice(end - 3, end)));
}
/** . ! ? … */
const sentenceMark = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
const SITE_ENDS = new Set(['com', 'net', 'org']);

/** The provinces a text names with their level word or as a section's label, in text order (read once per text by parseOfficeMentions). */
function provincesWithLevel(text: string): ProvincesNamed {
  const found: { start: number; end: number; name: string }[] = [];
  for (const m of provincesWithLevelMatches(text)) {
    // (inside a longer capitalised name it names no place the text is at: the paper 'Pháp luật TP.HCM')
    if (TITLE_WORD_BEFORE_PROVINCE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    found.push({ start: m.index, end: m.index + m[0].length, name: m[1] ?? m[2] });
  }
  const labels = text.includes(':') ? provinceSectionLabels(text) : [];
  for (const m of labels) found.push({ start: m.index, end: m.index + m[0].length, name: m[1] });
  if (labels.length) found.sort((a, b) => a.end - b.end);
  return { starts: found.map((f) => f.start), ends: found.map((f) => f.end), names: found.map((f) => f.name) };
}

/**
 * The province of a body whose own name gives none, from the text around it: one in parentheses
 * right after it; for a body named by its own district or commune, one written after its place
 * ('UBND xã X, huyện Y, tỉnh Z'), else the article's stands for it; otherwise the one its
 * paragraph last names with a level word.
 */
function provinceAround(
  name: string, text: string, start: number, end: number, articleProvince: string | undefined, named: () => ProvincesNamed,
): string | undefined {
  const inParentheses = PROVINCE_IN_PARENTHESES.exec(text.slice(end, end + 40))?.[1];
  if (inParentheses) return provinceByName(inParentheses);
  const ownPlace = OWN_LOCAL_PLACE.test(name);
  const after = ownPlace && text[end] === ',' ? PROVINCE_AFTER_PLACE.exec(text.slice(end, end + 90))?.[1] : undefined;
  if (after) return provinceByName(after);
  if (ownPlace && articleProvince) return undefined;
  return provinceNamedBefore(named(), text, start);
}

const NAMED_AFTER_PLACES = narrowable(String.raw`^(?:Trường|Đại học|Học viện|Bệnh viện)(?![\p{L}\p{M}])`, 'u');

// ---------------------------------------------------------------- the parser

/** Head positions in text order: capitalised heads, and lower-case ones inside a title ('Trưởng phòng Kinh tế …'). */
function headStarts(text: string): { start: number; titled: boolean }[] {
  const heads: { start: number; titled: boolean }[] = [];
  for (const h of HEAD_START_SCAN.all(text)) if (UPPER_FIRST.test(h[0])) heads.push({ start: h.index, titled: false });
  const titled = TITLED_HEAD_SCAN.all(text);
  const seen = new Set<number>();
  for (const t of titled) {
    const start = t.index + t[0].length - t[1].length;
    seen.add(start);
    // 'Trưởng phòng Phòng Khoáng sản': the capitalised head that follows is the body's own.
    // (another body after it is the head's owner: 'Phó chánh thanh tra Bộ Nội vụ')
    // ('Chánh văn phòng' is one title, the body after it the office: 'Chánh văn phòng UBND tỉnh X'
    // → 'UBND tỉnh X'; gold of genre1–40 reads it so for 6 bodies, as 'Văn phòng …' for 3)
    const next = at(HEAD_AT_ANY, text, afterSpace(text, start + t[1].length));
    const ownerIsTheOffice = next && t[1] === 'văn phòng' && CHANH.test(t[0]);
    if (!next || (!ownerIsTheOffice && (t[1] === 'văn phòng' || t[1] === 'thanh tra') && next[0].toLowerCase() !== t[1])) heads.push({ start, titled: true });
  }
  for (const l of LOWER_HEAD_SCAN.all(text)) {
    if (seen.has(l.index) || genericLowerHead(text, l.index)) continue;
    heads.push({ start: l.index, titled: true });
  }
  for (const l of LEVEL_NAMED_HEAD_SCAN.all(text)) {
    if (seen.has(l.index) || genericLowerHead(text, l.index)) continue;
    heads.push({ start: l.index, titled: true });
  }
  if (heads.some((h) => h.titled)) heads.sort((a, b) => a.start - b.start);
  return heads;
}

export function parseOfficeMentions(ctx: Context): OfficeMention[] {
  const { text } = ctx;
  readText(text);
  const out: OfficeMention[] = [];
  let coveredTo = 0;
  let genericTo = 0;
  /** Names of bodies whose owner, given in parentheses, is central. */
  const centralOwned = new Set<string>();
  /** The provinces the text names with their level word, read at the first mention that asks. */
  let named: ProvincesNamed | undefined;
  for (const h of headStarts(text)) {
    let start = h.start;
    if (start < coveredTo) continue;
    // Heads are written with a capital ('Văn phòng'); lower-case mentions are generic ('văn phòng
    // các huyện'), except inside the title that names the body: read as if capitalised, in a
    // window of the text from the head on (offsets shifted back after).
    const base = h.titled ? start : 0;
    const source = h.titled ? capitalisedWindow(text, start) : text;
    // (whether a role's title ends right before the head: asked again below for a head after a capitalised word)
    const roleAt = start;
    const roleBefore = endsWithMatch(ROLE_BEFORE, text.slice(Math.max(0, start - 40), start));
    reading.personNext = roleBefore || (titleWordMayEnd(text, start) && TITLE_WORD_BEFORE.test(text.slice(Math.max(0, start - 8), start)));
    if (h.titled) readWindow(source, reading.lower?.slice(start, start + source.length));
    let parsed = body(source, start - base);
    reading.personNext = false;
    if (!parsed) continue;
    // A facility a project builds, named with the project's works: 'dự án Cảng cá và Trung tâm
    // dịch vụ hậu cần nghề cá Sa Kỳ', 'dự án Trung tâm …' (genre36 NOTES: projects are no offices).
    if (text.startsWith('Trung tâm', start) && PROJECT_BEFORE.test(text.slice(Math.max(0, start - 60), start))) continue;
    if (base) parsed.end += base;
    // 'Phó Bí thư Thường trực Tỉnh ủy', 'Thường trực Ban Bí thư Đinh Thế Huynh': 'Thường trực'
    // belongs to the title (a person's, written before or after it); the body is the owner.
    // ('Ủy viên Thường vụ Quân ủy Trung ương': so is 'Thường vụ' after a title.)
    const standing = /^Thường (?:trực|vụ) /u.exec(text.slice(start, start + 12));
    if (
      standing &&
      (endsWithMatch(ROLE_BEFORE_THUONG_TRUC, text.slice(Math.max(0, start - 40), start)) ||
        // ('Ủy viên Thường trực Ủy ban …': a standing member's title)
        personAfter(text, parsed.end) && standing[0] === 'Thường trực ' ||
        // ('Phó ban Thường trực Ban Dân vận Trung ương': a deputy head's title written short)
        standing[0] === 'Thường trực ' && DEPUTY_HEAD_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ||
        // ('Thường trực Hội đồng thi đua khen thưởng Bộ X': the standing member of a council named by its task)
        standing[0] === 'Thường trực ' && TASK_COUNCIL.test(text.slice(start + 12, start + 32)) ||
        MEMBER_BEFORE.test(text.slice(Math.max(0, start - 10), start)))
    ) {
      const s = start + standing[0].length;
      reading.personNext = true;
      const b = body(text, s);
      reading.personNext = false;
      if (!b) continue;
      start = s;
      parsed = b;
    }
    // A committee or council of the National Assembly is named with it: 'Ủy ban Pháp luật của Quốc hội'.
    if (/^(?:Ủy ban|UB|Hội đồng) /u.test(source.slice(start - base, start - base + 8))) {
      const na = OF_THE_ASSEMBLY.exec(text.slice(parsed.end, parsed.end + 16));
      if (na) parsed.end += na[0].length;
    }
    // … and a board of a people's council with its council: 'Ban Kinh tế - Ngân sách của HĐND TP.HCM'.
    // (the board alone lacks its owner; the council is it)
    if (parsed.lacks !== 'locator' && !parsed.owner && source.startsWith('Ban ', start - base)) {
      const council = OF_THE_COUNCIL.exec(text.slice(parsed.end, parsed.end + 32));
      const end = council ? locator(text, parsed.end + council[0].length) : -1;
      if (end > 0) parsed = { ...parsed, end, lacks: undefined };
    }
    // A State body named with the country's full name: 'Quốc hội nước Cộng hòa xã hội chủ nghĩa
    // Việt Nam', 'Chính phủ nước CHXHCN Việt Nam' (the whole name; the short one is the same body).
    if (!parsed.lacks && text[parsed.end] === ' ' && (text[parsed.end + 1] === 'n' || text[parsed.end + 1] === 'C')) {
      const nation = NATION_AFTER.exec(text.slice(parsed.end, parsed.end + 48));
      if (nation) parsed.end += nation[0].length;
    }
    const name = canonicalSpacing(withoutRepeatedLevel(withoutAside(squash(source.slice(start - base, parsed.end - base))))).replace(OFFICE_DASH, '$1 ');
    // Named heads ('Phòng', 'Cục', 'Viện') right after a capitalised word are part of a proper name: 'Hải Phòng'.
    // (A capitalised word that opens a sentence does not count: 'Theo Chi cục …'.)
    const prevWord = !h.titled && capitalisedWordMayEnd(text, start) ? CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start)) : null;
    // ('nguyên Trưởng Phòng Tài chính': a title's first word is no proper name.)
    // (nor is an acronym: 'Chủ tịch CĐCS Chi cục Thuế huyện X' names the union of the Chi cục)
    // (nor a photo credit glued to the text: 'Ảnh minh họa, nguồn Internet Ủy ban Nhân dân thành phố …')
    if (!h.titled && prevWord && !TITLE_WORD.test(prevWord[1]) && !ACRONYM_ONLY.test(prevWord[1]) && !MEDIA_CREDITS.includes(prevWord[1]) && at(NAMED_HEAD, text, start) && !(start === roleAt ? roleBefore : endsWithMatch(ROLE_BEFORE, text.slice(Math.max(0, start - 40), start)))) continue;
    // A body whose own name is a foreign word is abroad: 'Viện Brookings' (no Vietnamese syllable ends
    // in 's' or holds f, j, w, z); a Party body inside a firm keeps the firm's name: 'Đảng bộ PV Gas'.
    if (foreignSpellingMayEnd(name) && FOREIGN_SPELLED_NAME.test(name) && !PARTY_HEAD_AT_START.test(name)) {
      coveredTo = parsed.end;
      continue;
    }
    // A body followed by a foreign country is that country's: 'Bộ Ngoại giao Qatar', 'Trung ương
    // Đảng Cộng sản Trung Quốc'.
    // (and a Party organ followed by its Party's name: 'Bộ Chính trị Đảng Cộng sản Cu Ba')
    const party = /Đảng$/u.test(name)
      ? PARTY_NAME_AFTER.exec(text.slice(parsed.end, parsed.end + 12))
      : text.startsWith(' Đảng ', parsed.end) ? PARTY_AFTER.exec(text.slice(parsed.end, parsed.end + 18)) : null;
    const country = skipSpaces(text, parsed.end + (party ? party[0].length : 0));
    if (text[parsed.end] === ' ' && (FOREIGN.test(text.slice(country, country + 25)) || ((text[country] === 'C' || text[country] === 'n') && FOREIGN_REPUBLIC.test(text.slice(country, country + 40))))) {
      coveredTo = parsed.end;
      continue;
    }
    // A body named by its level alone after 'các/mỗi/từng' and that level in its sentence is each
    // place's, a class ('công an các huyện đã tham mưu với Huyện ủy', 'Ở mỗi tỉnh, … Chủ tịch UBND tỉnh').
    if (!parsed.lacks && distributiveBefore(name, text, start)) {
      coveredTo = parsed.end;
      continue;
    }
    // (A bare Party organ stays a mention: coordinated titles may complete it, 'Bí thư Đảng ủy,
    // Giám đốc Sở X'; left bare, refine/offices.ts drops it.)
    // An acronym inside another ('QH&KT') or given in parentheses ('quy hoạch (QH)') is no body's.
    // (nor one glued into a document's symbol: 'Thông tư số 11/2013/TT-NHNN', 'Quyết định 1161/QĐ-NHNN')
    // (nor one the article defines as something else: 'quy hoạch (QH)' … 'không nằm trong QH')
    if (!name.includes(' ') && ACRONYM_ONLY.test(name) && !parsed.lacks && (text[start - 1] === '(' || (acronymsDefinedOtherwise(text).get(name) ?? Infinity) < start || /^[&/-]/u.test(text[parsed.end] ?? '') || (/^[/-]$/u.test(text[start - 1] ?? '') && SYMBOL_UNIT.test(text[start - 2] ?? '')))) {
      coveredTo = parsed.end;
      continue;
    }
    // Nor is a mass organisation's board or unit ('Chuyên viên ban Chính sách pháp luật LĐLĐ Thành
    // phố', 'Ban Tuyên giáo Hội LHPN tỉnh'); the Party organisation in it is ('Chi bộ Ban …').
    const firmUnit = (name.startsWith('Phòng') || name.startsWith('Ban')) && FIRM_UNIT.test(name);
    if (firmUnit && !PARTY_IN_NAME.test(name) && MASS_ORGANISATION_IN_NAME.test(name)) {
      coveredTo = parsed.end;
      continue;
    }
    // A firm's unit is no Party or State body ('Phòng Tài vụ Công ty Xuất nhập khẩu X', 'Phòng Kế
    // hoạch vật tư Cty Điện Quang'); the Party organisation in a firm is ('Đảng bộ Công ty X').
    if (firmUnit && !PARTY_IN_NAME.test(name) && (FIRM_IN_NAME.test(name) || FIRM_AFTER.test(text.slice(parsed.end, parsed.end + 40)))) {
      coveredTo = parsed.end;
      continue;
    }
    // A unit in an outlet's credit glued to it: 'Văn Hiếu/VOV-Trung tâm Tin' (the news desk signs, no body is named).
    if ((text[start - 1] === '-' || text[start - 1] === '/') && PRESS_ACRONYM.has(PRESS_BEFORE.exec(text.slice(Math.max(0, start - 12), start - 1))?.[0] ?? '')) {
      coveredTo = parsed.end;
      continue;
    }
    // 'ĐH' is a university only before a proper name's word ('ĐH Nông Lâm', 'ĐH Sư phạm HN');
    // before a numeral, an acronym or a Party or mass body it is a congress ('ĐH XIV CĐ Hà Nội', 'ĐH Đảng bộ').
    if (name.startsWith('ĐH ') && (!UNIVERSITY_BY_INITIALS.test(name) || SCHOOL_WORD_BEFORE.test(text.slice(Math.max(0, start - 8), start)))) {
      coveredTo = parsed.end;
      continue;
    }
    const bareOrgan = parsed.lacks === 'owner' && PARTY_HEADS.includes(name);
    // (a photo credit names no body presented as one: 'Ảnh: VPQH')
    if (PRESS_ACRONYM.has(name) || (NOT_OFFICE_SET.has(name.toLowerCase()) && !bareOrgan) || ((text.charCodeAt(start - 1) === 0x20 || text.charCodeAt(start - 1) === 0x3a) && PHOTO_CREDIT_BEFORE.test(text.slice(Math.max(0, start - 8), start)))) {
      coveredTo = parsed.end;
      continue;
    }
    // In an article of no known province, a body named by its level ('Tỉnh ủy', 'UBND TP') is
    // the one of the province its paragraph last names with a level word ('LĐLĐ tỉnh Vĩnh
    // Phúc: … tham mưu với Tỉnh ủy').
    // In an article of several provinces, the one its paragraph last names goes before the article's.
    // (not so for a body named by its own district or commune: 'UBND huyện Yên Châu', whose province
    // the article's stands for, unless it has none; nor where the province follows in parentheses)
    const local = parsed.lacks || provinceOfOffice(name) ? undefined : provinceAround(name, text, start, parsed.end, ctx.article.province, () => (named ??= provincesWithLevel(text)));
    // A centre of buildings, a stock exchange ('Trung tâm hành chính quận', 'Sở Giao dịch chứng
    // khoán'); a body in an outlet's name ('Báo điện tử Chính phủ').
    // (and a unit of one: 'Ban Lãnh đạo Sở GDCK Hà Nội'; the Party organisation in it is a Party body)
    // (read on the text too: a name cut short is still the market's, 'Trung tâm Lưu ký chứng khoán')
    if ((OUTLET_NAME.test(name) && (CITING_AFTER.test(text.slice(parsed.end, parsed.end + 16)) || CITING_BEFORE.test(text.slice(Math.max(0, start - 16), start)))) || NOT_OFFICE_START.test(name) || SERVICE_NAMED_LIKE_HEAD.test(name) || NOT_OFFICE_START.test(source.slice(start - base, start - base + 48)) || (NOT_OFFICE_INSIDE.test(name) && !PARTY_IN_NAME.test(name)) || (endsWithMatch(OUTLET_BEFORE, text.slice(Math.max(0, start - 28), start)) && COMPLETE.at(source, start - base))) {
      coveredTo = parsed.end;
      continue;
    }
    // (a body whose owner, given in parentheses, is a central one is central: 'Trường Giáo dưỡng số 2 (Bộ Công an)')
    // (and so is the same name written again without it: one body, one level)
    const aside = parsed.lacks ? undefined : ownerAside(text, parsed.end);
    const centralByOwner = !parsed.lacks && !provinceOfOffice(name) && (centralOwned.has(name) || (!!aside && levelOf(aside) === 'central'));
    if (centralByOwner) centralOwned.add(name);
    let level = parsed.lacks ? undefined : centralByOwner ? 'central' : levelOf(name, local ?? ctx.article.province);
    // (a department's division named as a district's office is the department's: 'Phòng Tài chính - Kế hoạch thuộc Sở KH-CN')
    if (level === 'district' && DISTRICT_OFFICE.test(name) && PROVINCIAL_OWNER_AFTER.test(text.slice(parsed.end, parsed.end + 16))) level = 'province';
    const province = level && level !== 'central' ? provinceOfOffice(name) ?? (aside && provinceOfOffice(aside)) ?? local ?? ctx.article.province : undefined;
    const levels = levelsInCoordination(name, text, parsed.end);
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
      // (a Party cell named after a Front unit is a Party body: 'Chi bộ Tạp chí Mặt trận')
      front: (FRONT.test(name) && !PARTY_UNIT.test(name)) || undefined,
      generic: start < genericTo || !!levels || undefined,
    });
    // (the level coordinated after a class is the class too: 'Tỉnh ủy, Thành ủy trực thuộc Trung ương')
    if (levels) genericTo = parsed.end + levels[0].length;
    coveredTo = parsed.end;
    // Schools listed after one 'Trường' share it: 'trường THPT Lê Quý Đôn, THPT Đặng Thúc Hứa, THPT Yên
    // Thành 3' names three, each completed with 'Trường' (DECISIONS.md: elliptical coordination).
    if (/^[Tt]rường /u.test(name) && !parsed.lacks) {
      let e = parsed.end;
      for (let k = 0, n: RegExpExecArray | null; k < 8 && (n = at(NEXT_SCHOOL, text, e)); k++) {
        const s = e + n[0].length;
        const type = at(SCHOOL_TYPE, text, s)!;
        const after = afterSpace(text, s + type[0].length);
        const ne = after > 0 ? nameWords(text, after, { first: 'capital', namedAfterPeople: true }) : -1;
        if (ne < 0) break;
        const listed = `Trường ${canonicalSpacing(squash(text.slice(s, ne)))}`;
        out.push({ start: s, end: ne, name: listed, level: levelOf(listed, ctx.article.province), province: level && level !== 'central' ? province : undefined, family: parsed.family });
        e = coveredTo = ne;
      }
    }
    // Provinces listed after one body's head share it: 'UBND tỉnh Tuyên Quang và Phú Thọ', 'Bí thư
    // Tỉnh ủy Sơn Tây, Hà Đông' name one body per province (genre4 NOTES; DECISIONS.md: elliptical coordination).
    if (!parsed.lacks) {
      for (const listed of provincesSharingHead(text, start, parsed.end, name)) {
        const lv = levelOf(listed.name, ctx.article.province);
        out.push({ ...listed, level: lv, province: lv && lv !== 'central' ? provinceOfOffice(listed.name) : undefined, family: parsed.family });
        coveredTo = listed.end;
      }
    }
  }
  readText('');
  return withDepartmentList(text, withDelegations(text, out), ctx.article.province);
}

/** A province's name written right after a single body's head ('UBND tỉnh ', 'Tỉnh ủy '), ending its name. */
const HEAD_BEFORE_PROVINCE = narrowable(String.raw`(?:^Tỉnh ủy|(?<![\p{L}\p{M}])tỉnh) +$`, 'u');
/** What joins the next province of a list: ', ', ' và '. */
const NEXT_PROVINCE = sticky(`(?:, *| +và +)`);
/** A name running on after a province (a person's, another place's): ' Nguyễn', 'Hà Nội Nguyễn'. */
const NAME_RUNS_ON = narrowable(String.raw`^(?:[\p{L}\p{M}\d]| +\p{Lu})`, 'u');

/** The length of a province's (or a former province's) name at `pos`, or 0. */
const anyProvinceAt = (text: string, pos: number) => provinceAt(text, pos) || formerProvinceAt(text, pos);

/**
 * The provinces listed after a body named by its province ('UBND tỉnh Tuyên Quang và Phú Thọ',
 * 'Tỉnh ủy Sơn Tây, Hà Đông'), each the same body of that province, spanned by its name alone.
 * (not after a plural head: 'các đoàn ĐBQH TP Hồ Chí Minh, Hà Tĩnh' is one office, genre18 NOTES)
 */
function provincesSharingHead(text: string, start: number, end: number, name: string): { start: number; end: number; name: string }[] {
  const found: { start: number; end: number; name: string }[] = [];
  if (text[end] !== ',' && text[end] !== ' ') return found;
  // (the province that ends the name: its first word starts within the last four words)
  let ps = -1;
  for (let p = end - 1, words = 0; p > start && words < 4; p--) {
    if (text[p - 1] !== ' ') continue;
    words++;
    if (anyProvinceAt(text, p) === end - p) {
      ps = p;
      break;
    }
  }
  if (ps < 0 || !HEAD_BEFORE_PROVINCE.test(text.slice(start, ps)) || PLURAL_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || /(?:^|\s)các /u.test(text.slice(start, ps))) return found;
  const own = squash(text.slice(ps, end));
  if (!name.endsWith(own)) return found;
  const head = name.slice(0, name.length - own.length);
  for (let e = end, k = 0, n: RegExpExecArray | null; k < 6 && (n = at(NEXT_PROVINCE, text, e)); k++) {
    const s = e + n[0].length;
    const len = anyProvinceAt(text, s);
    if (!len || NAME_RUNS_ON.test(text.slice(s + len, s + len + 3))) break;
    found.push({ start: s, end: s + len, name: head + squash(text.slice(s, s + len)) });
    e = s + len;
  }
  return found;
}

/**
 * A province's delegation of National Assembly deputies named by the province alone, after a
 * deputy: 'Đại biểu Trương Văn Vở, Đoàn Đồng Nai', 'các đại biểu A (đoàn Đồng Nai), B (đoàn
 * Bình Dương)' (DECISIONS.md: a province's delegation is an office). Elsewhere 'đoàn X' is a team.
 */
const DELEGATION = narrowable(`(?<![\\p{L}\\p{M}])[Đđ]oàn +(${PROVINCE_NAME_PATTERN})(?![\\p{L}\\p{M}])`, 'gu');
const DELEGATION_SEARCH = new EdgeSearch(DELEGATION);
/** A deputy named right before: 'đại biểu Trương Văn Vở, ', 'ĐB Lê Văn A (' (a name of two to four capitalised words). */
const DEPUTY_BEFORE = /(?:[Đđ]ại biểu|ĐB)(?: Quốc hội| QH)? ([^,(–\n-]{3,40}?) *[,(–-] *$/u;
/** Two to four title-case words: a person's name. */
function personName(s: string): boolean {
  const words = s.trim().split(/ +/u);
  return words.length >= 2 && words.length <= 4 && words.every((w) => regexHere.u`^\p{Lu}[\p{Ll}\p{M}]*$`.test(w));
}
const NEXT_DEPUTY = /^\)? *(?:,|và) ([^,(–\n-]{3,40}?) *[,(–-] *$/u;
function withDelegations(text: string, out: OfficeMention[]): OfficeMention[] {
  if (!text.includes('oàn ')) return out;
  let added = false;
  let lastEnd = -1;
  for (const m of DELEGATION_SEARCH.all(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // (a list of deputies goes on: 'A (đoàn Đồng Nai), B (đoàn Bình Dương)')
    const before = text.slice(Math.max(0, start - 60), start);
    const deputy = DEPUTY_BEFORE.exec(before) ?? (lastEnd >= 0 && start - lastEnd < 40 ? NEXT_DEPUTY.exec(text.slice(lastEnd, start)) : null);
    if (!deputy || !personName(deputy[1])) continue;
    lastEnd = end;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    out.push({ start, end, name: squash(m[0]), level: 'province', province: findProvince(m[1]), family: 'other' });
    added = true;
  }
  if (added) out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * Departments listed after one plural head and a colon share it: 'các sở: Tư pháp, GD – ĐT, Nội
 * vụ …' names each ('Sở Tư pháp', 'Sở GD – ĐT'), spanned at the listed name (DECISIONS.md:
 * elliptical coordination). The colon opens an enumeration of the article's own departments.
 * Without it 'các' + the head still marks the head as shared when two or more departments
 * follow ('các Sở Tài chính, Kế hoạch và Đầu tư, Xây dựng', genre batch42 NOTES); one alone
 * ('các Sở Tài chính không kiểm tra', 'các sở GD-ĐT') names the class across provinces, and
 * stays no office. A later full mention names the item ('Sở Tài chính TP', genre
 * batch19 NOTES). Each item must be a department of the lexicon however its fields
 * are joined ('Khoa học – Công nghệ', 'Tài nguyên & Môi trường'); the list ends at the first that
 * is not ('Chi cục Bảo vệ thực vật', 'DN sản xuất').
 */
const DEPARTMENT_LIST = narrowable(String.raw`(?<![\p{L}\p{M}])[Cc]ác +[Ss]ở *(:)? *`, 'gu');
const DEPARTMENT_LIST_SEARCH = new EdgeSearch(DEPARTMENT_LIST);
/** A department's name folded to its letters: case, spaces, dashes, commas, '&' and 'và' dropped. */
const JOINERS = narrowable(String.raw`(?<![\p{L}\p{M}])và(?![\p{L}\p{M}])|[^\p{L}\p{M}\p{N}]`, 'gu');
const foldDepartment = (s: string) => s.toLowerCase().replace(JOINERS, '');
const FOLDED_DEPARTMENTS = new Set(DEPARTMENTS.flatMap((d) => [d.name, ...d.aliases]).map(foldDepartment));
/** A word of a listed name. */
const LIST_ITEM_WORD = narrowable(String.raw`[^\s,;.:()]+`, 'gu');
/** What may follow a listed department: the next item, the list's end or the sentence's verb. */
const AFTER_LISTED = narrowable(String.raw`^(?:\s*[,;.:)]|\s+và\s|\s+\p{Ll}|\s*$)`, 'u');
const NEXT_LISTED = narrowable(String.raw`^(?:\s*,\s*|\s+và\s+)`, 'u');
const WORD_GAP = /^[ \t–&-]+$/u;
function departmentAt(text: string, s: number): number {
  let best = -1;
  let prev = s;
  LIST_ITEM_WORD.lastIndex = s;
  for (let k = 0, w: RegExpExecArray | null; k < 7 && (w = LIST_ITEM_WORD.exec(text)); k++) {
    // (the words of one item are joined by spaces, dashes or '&' only: a comma ends it)
    if (k === 0 ? w.index !== s : !WORD_GAP.test(text.slice(prev, w.index))) break;
    prev = w.index + w[0].length;
    if (FOLDED_DEPARTMENTS.has(foldDepartment(text.slice(s, prev)))) best = prev;
  }
  return best;
}
function withDepartmentList(text: string, out: OfficeMention[], province: string | undefined): OfficeMention[] {
  // (every DEPARTMENT_LIST match holds one of these: two literal searches, not a case-folding regex over the text)
  if (!text.includes('sở') && !text.includes('Sở')) return out;
  const found: OfficeMention[] = [];
  for (const m of DEPARTMENT_LIST_SEARCH.all(text)) {
    const items = listedDepartments(text, m.index + m[0].length);
    // (without a colon, only a list of two or more shares its head)
    if (!m[1] && items.length < 2) continue;
    for (const [s, e] of items) {
      if (out.some((o) => o.start < e && s < o.end)) continue;
      const name = `Sở ${canonicalSpacing(squash(text.slice(s, e)))}`;
      // (named from its later full mention, where the text gives one: 'Sở Tài chính TP')
      const full = out.find((o) => o.start > e && o.name.startsWith(`${name} `) && !o.lacks);
      found.push(full ? { ...full, start: s, end: e } : { start: s, end: e, name, level: 'province', province, family: 'other' });
    }
  }
  if (!found.length) return out;
  return [...out, ...found].sort((a, b) => a.start - b.start);
}
/** The [start, end) of each department listed from `s` on, up to the first word that names none. */
function listedDepartments(text: string, s: number): [number, number][] {
  const items: [number, number][] = [];
  for (let k = 0; k < 16; k++) {
    const e = departmentAt(text, s);
    if (e < 0 || !AFTER_LISTED.test(text.slice(e, e + 2))) break;
    items.push([s, e]);
    const next = NEXT_LISTED.exec(text.slice(e, e + 6));
    if (!next) break;
    s = e + next[0].length;
  }
  return items;
}

/** A name that ends with a level word alone ('Công an tỉnh', 'MTTQ tỉnh') or a Party committee alone ('Ban Thường vụ Tỉnh ủy'). */
const ENDS_BY_LEVEL = /(?:^|\s)(?:tỉnh|thành phố|TP|huyện|quận|thị xã|xã|phường|thị trấn)$/u;
const ENDS_BY_COMMITTEE = /(?:^|\s)(?:Tỉnh|Thành|Huyện|Quận|Thị) ủy$/u;
/** Another level word, or committee, alone after it in coordination: ', thành phố', ', Thành ủy trực thuộc Trung ương'. */
const LEVEL_COORDINATED = narrowable(String.raw`^ *(?:,|và|hoặc|\/) *(?:tỉnh|thành phố|TP|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)(?![\p{L}\p{M}\p{N}.])(?! +(?:\p{Lu}|\d))`, 'u');
const COMMITTEE_COORDINATED = narrowable(String.raw`^ *(?:,|và|hoặc|\/) *(?:[Tt]ỉnh|[Tt]hành|[Hh]uyện|[Qq]uận|[Tt]hị) ủy(?![\p{L}\p{M}\p{N}.])(?! +(?:\p{Lu}|\d))`, 'u');
/** The coordination after a body named by its level that makes it a class of bodies, no one body ('Công an tỉnh, thành phố'), or null. */
function levelsInCoordination(name: string, text: string, end: number): RegExpExecArray | null {
  const after = text.slice(end, end + 20);
  return ENDS_BY_LEVEL.test(name) ? LEVEL_COORDINATED.exec(after) : ENDS_BY_COMMITTEE.test(name) ? COMMITTEE_COORDINATED.exec(after) : null;
}

const ASIDE_OPEN = /^ *\( */u;
/**
 * The owner given in parentheses after a body, a complete body's name: 'Trung tâm Pháp y (Sở Y
 * tế TP Đà Nẵng)' → 'Sở Y tế TP Đà Nẵng' (its province is the body's, whatever the article's),
 * 'Trường Giáo dưỡng số 2 (Bộ Công an)' → 'Bộ Công an'; or undefined.
 */
function ownerAside(text: string, end: number): string | undefined {
  if (text[end] !== ' ' && text[end] !== '(') return undefined;
  const open = ASIDE_OPEN.exec(text.slice(end, end + 4));
  if (!open) return undefined;
  const s = end + open[0].length;
  if (!UPPER_FIRST.test(text[s] ?? '')) return undefined;
  const b = body(text, s);
  return b && !b.lacks ? squash(text.slice(s, b.end)) : undefined;
}

/**
 * A committee's own level word is dropped from the name (DECISIONS.md): 'Tỉnh ủy tỉnh X' →
 * 'Tỉnh ủy X', 'Ủy ban Kiểm tra Huyện ủy huyện X' → '… Huyện ủy X'. A district named by its
 * number or an abbreviation keeps it ('Quận ủy quận 9', 'Thành ủy TP HCM'), and so does the city
 * that shares a man's name ('Thành ủy TP Hồ Chí Minh').
 */
// ('thành phố' is the committee's own level only before a centrally-run city: 'Thành ủy TP Cà Mau'
// is the provincial city's, named with its level word; so body-names.ts reads 'UBND TP Yên Bái')
const CENTRAL_CITIES = PROVINCES.filter((p) => p.kind === 'city').flatMap((p) => [p.name, ...p.aliases]);
const REPEATED_LEVEL = narrowable(
  String.raw`(?<![\p{L}\p{M}])(Tỉnh ủy [Tt]ỉnh|Huyện ủy [Hh]uyện|Quận ủy [Qq]uận|Thị ủy [Tt]hị xã|Thị ủy TX\.?|(?:Thành ủy [Tt]hành phố|Thành ủy TP\.?)(?= *(?:${alternation(CENTRAL_CITIES)})(?![\p{L}\p{M}]))) *(?=\p{Lu}[\p{Ll}\p{M}])(?![Hh]ồ [Cc][Hh]í [Mm]inh)`,
  'u',
);
/**
 * Acronyms an article defines in parentheses after lower-case words whose initials spell them,
 * with where the first definition stands: from 'phê duyệt quy hoạch (QH) chi tiết' on, 'QH' is
 * 'quy hoạch' in that article, no Quốc hội (an earlier 'QH khóa XIII' still is). A body defined
 * so is written capitalised: 'Quốc hội (QH)'. One scan per article.
 */
const ACRONYM_IN_PARENTHESES = narrowable(String.raw`\((\p{Lu}{2,5})\)`, 'gu');
let definedFor = '';
let defined = new Map<string, number>();
export function acronymsDefinedOtherwise(text: string): Map<string, number> {
  if (text === definedFor) return defined;
  definedFor = text;
  defined = new Map();
  if (!text.includes(')')) return defined;
  for (const m of text.matchAll(ACRONYM_IN_PARENTHESES)) {
    const acronym = m[1];
    if (defined.has(acronym) || text[m.index - 1] !== ' ') continue;
    // the words before it, lower case, as many as the acronym has letters
    const words = text.slice(Math.max(0, m.index - 48), m.index - 1).split(' ').slice(-acronym.length);
    if (words.length < acronym.length || !words.every((w) => LOWER_SYLLABLE.test(w))) continue;
    const initials = words.map((w) => w[0].toUpperCase()).join('');
    if (initials.normalize('NFD').replace(/\p{M}/gu, '') === acronym.normalize('NFD').replace(/\p{M}/gu, '')) defined.set(acronym, m.index + m[0].length);
  }
  return defined;
}

/** A Party committee's own level words, by its first syllable: 'Tỉnh ủy' → tỉnh (refine/offices.ts reads the same words with their abbreviations). */
const LEVEL_WORDS_OF_COMMITTEE: Record<string, string> = { Tỉnh: 'tỉnh', Huyện: 'huyện', Thành: 'thành phố|TP', Quận: 'quận', Thị: 'thị xã' };
const LEVEL_NAMED = narrowable(String.raw`^(?:(Tỉnh|Huyện|Thành|Quận|Thị) ủy|\S.* (tỉnh|huyện|xã|quận|phường|thị xã|thị trấn|thành phố|TP))$`, 'u');
const LEVEL_NAMED_LAST_WORDS = new Set(['ủy', 'tỉnh', 'huyện', 'xã', 'quận', 'phường', 'trấn', 'phố', 'TP']);
const DISTRIBUTIVE = new Map<string, RegExp>();
/**
 * Whether the body at `start`, named by its level alone ('UBND tỉnh', 'Huyện ủy'), follows
 * 'các/mỗi/từng' and the same level word in its sentence: each place's body, no named one.
 */
function distributiveBefore(name: string, text: string, start: number): boolean {
  // (the last word LEVEL_NAMED needs, checked first: most names end otherwise, and the rule backtracks over every space)
  if (!LEVEL_NAMED_LAST_WORDS.has(name.slice(name.lastIndexOf(' ') + 1))) return false;
  const m = LEVEL_NAMED.exec(name);
  if (!m) return false;
  const level = m[1] ? LEVEL_WORDS_OF_COMMITTEE[m[1]] : m[2] === 'TP' || m[2] === 'thành phố' ? 'thành phố|TP' : m[2];
  let re = DISTRIBUTIVE.get(level);
  if (!re) DISTRIBUTIVE.set(level, (re = narrowable(String.raw`(?<![\p{L}\p{M}])(?:[Cc]ác|[Mm]ỗi|[Tt]ừng) +(?:${level})(?![\p{L}\p{M}])`, 'u')));
  const before = text.slice(Math.max(0, start - 200), start);
  const sentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf(';')) + 1);
  return re.test(sentence);
}

function withoutRepeatedLevel(name: string): string {
  if (!name.includes(' ủy ')) return name; // (every branch of the rule has it)
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
