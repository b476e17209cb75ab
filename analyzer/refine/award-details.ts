// Who granted an award, who received it and for which year, read from the frames of the
// award's clause (DECISIONS.md, the `*` lines on awards):
//
//   grantor — who confers, never who hosts the ceremony or hands the award over:
//     'Bằng khen của A, B và C'                 → A, B, C (one fact each)
//     'Cờ thi đua do Thủ tướng … trao tặng'      → Thủ tướng (not 'do X tổ chức')
//     'Bằng khen Thủ tướng Chính phủ'            → Thủ tướng Chính phủ (certificates and flags)
//     'X (đã) tặng / trao tặng / khen thưởng …'  → X, an office-holder with its title
//                                                  ('Giám đốc Sở Nội vụ Trần Văn Bình tặng' →
//                                                  'Giám đốc Sở Nội vụ'); a body that 'trao' too
//     'được X(, Y) tặng Bằng khen và Giấy khen'  → X (and Y) for both
//     'X ký quyết định tặng …', 'Quyết định … của X' → X
//     'thay mặt X, … trao …', 'thừa ủy quyền của X, … trao …' → X
//     'của A và của B', 'của A, các Bộ, ngành, Tập đoàn X Việt Nam' → A and B; A and the group
//     'Phó Bí thư … trao …', 'UBND huyện tổ chức lễ trao …' → none
//     'Lãnh đạo UBND huyện, Phòng X và … trao …' (people who hand over) → none
//     'Chủ tịch UBND tỉnh trao tặng cờ thi đua của tỉnh' → none ('của tỉnh' names a level;
//                                                  the article's one 'UBND tỉnh' is lent)
//   A grantor is an office or office-holder the office parser knows, or a conferring body that
//   is no office (lexicon GRANTOR_BODIES: 'Trung ương Đoàn', 'Hội Nhà báo Việt Nam' …). A State
//   order, medal or honorary title is conferred by the State President: anyone else who 'trao
//   tặng' it, or a body's 'của' spread from a list, hands it over and gives no grantor.
//   recipient — the body or person it goes to, as written (a person by name):
//     '… cho / tặng R', 'R (đã) được tặng / vinh dự đón nhận …', 'R - đơn vị Anh hùng …',
//     'đón nhận Huân chương … của Công ty X', 'Nghệ sĩ Nhân dân: A, B, C',
//     '… hủy bỏ Huân chương X đối với R', 'R đã vinh dự được Đảng, Nhà nước tặng …',
//     'cho Đảng bộ, chính quyền và nhân dân tỉnh X' (as written), 'cho các ông A, B và C'
//     (one each for as many coordinated classes); none for 'cho các tập thể' nor for the
//     speaker 'tại lễ đón nhận …'; one award given to several persons apart → 'A và B'
//   year — the conferral year or the round the text gives: '(năm 2008)', '… năm 2011',
//     'Năm 2015, …', 'năm 2009: Huân chương …', 'đợt 3/2/2024', ', và ngày 15-7-2010, X đón
//     nhận …', '… hạng Nhì ngày 30-4-1975', 'Quyết định số … ngày 11-1-2010 về việc tặng …',
//     the year of the merit ('… dẫn đầu phong trào thi đua năm 2016'), 'năm 1995, 2000, 2003,
//     X nhận A, B và C' (one each); never a year of another predicate or period ('từ năm 2008
//     đến nay', '…, Tuấn còn được tuyên dương … năm 2015'), nor one of several ('các năm 2011,
//     2012', '(năm 2004 và 2011)').
//
// Awards written as a list ('tặng Bằng khen, Giấy khen cho …', 'Huân chương Lao động hạng
// Nhất, Nhì, Ba') share the verb before the list and the recipient after it; 'của X' after
// the last of a list also covers the ones before it (002: 'đạt giải Nhì, 2 cá nhân đạt giải Ba
// của Đảng uỷ Khối …'). An award named again without a grantor takes the one grantor the
// article names for it, unless the text there names another conferrer the analyzer cannot
// read ('Chủ tịch Hiệp hội … tặng', 'của các cấp').
// A clause ends at '.' (not an abbreviation's), ';', '!', '?' or a line break.

import { lowerBound } from '../text/sorted.ts';
import type { Candidate, Context } from '../pipeline.ts';
import {
  AWARDS,
  type AwardCategory,
  CONFER_VERBS,
  CONTEST_EVENTS,
  DECISION_VERBS,
  DESIGNATIONS,
  GRANTOR_BOARDS,
  GRANTOR_BODIES,
  HAND_OVER_VERBS,
  HERO_HOLDER_KINDS,
  VERB_ADVERBS,
} from '../lexicon/awards.ts';
import { PERSON_PREFIXES, ROLE_MODIFIERS, ROLE_TITLES, SURNAMES } from '../lexicon/roles.ts';
import { CAPTION_STARTERS, SENTENCE_STARTERS } from '../lexicon/context.ts';
import { alternation, squash } from '../text/patterns.ts';
import { PROVINCE_NAME_PATTERN } from '../places.ts';
import { canonical } from '../text/normalize.ts';
import { canonicalBodyNames } from './body-names.ts';
import { spansOf } from '../text/spans.ts';
import { type Authority, authorityAt } from './authority.ts';
import { ALL_HEADS } from '../kinds/body-name.ts';
import { narrowable, regexHere } from '../text/narrow.ts';

type Award = Candidate<'award'>;
type Office = Candidate<'office'>;

const L = '[\\p{L}\\p{M}]';
const NOT_L = '(?![\\p{L}\\p{M}])';

// ── Clauses ──────────────────────────────────────────────────────────────────────────────────

/** Does a clause end at text[i]? A '.' ends one before a space or a new word ('qua.Từ'), not in
 * 'TP.HCM', 'T.Ư' or '1.361'. */
function endsClause(text: string, i: number): boolean {
  const c = text[i];
  if (c === ';' || c === '!' || c === '?' || c === '\n') return true;
  if (c !== '.') return false;
  const next = text[i + 1];
  // ('…AE0167985.Đ/c Đào Quang Xạ trao …': a form of address glued on starts a clause too)
  if (next !== undefined && !/\s/u.test(next) && !regexHere.u`^\p{Lu}[\p{Ll}/]`.test(text.slice(i + 1, i + 3))) return false;
  // 'UBND TP. Hà Nội', 'Q. Chủ tịch': an abbreviation's period.
  return !ABBREVIATION_BEFORE.test(text.slice(Math.max(0, i - 5), i));
}
const ABBREVIATION_BEFORE = /(?:^|[\s(])(?:TP|Tp|TX|Q|P|T|Th|TS|GS|PGS|BS|Đ\/c|đ\/c)$/u;

function clauseStart(text: string, pos: number): number {
  for (let i = pos - 1; i >= 0 && pos - i < 400; i--) if (endsClause(text, i)) return i + 1;
  return Math.max(0, pos - 400);
}

function clauseEnd(text: string, pos: number): number {
  for (let i = pos; i < text.length && i - pos < 400; i++) if (endsClause(text, i)) return i;
  return Math.min(text.length, pos + 400);
}

// ── Categories ───────────────────────────────────────────────────────────────────────────────

const CATEGORY = new Map<string, AwardCategory>(AWARDS.map((a) => [a.name, a.category]));

function categoryOf(name: string): AwardCategory {
  const base = name.replace(/ hạng (?:Nhất|Nhì|Ba)$/u, '');
  const known = CATEGORY.get(base);
  if (known) return known;
  if (/^Huy hiệu \d/u.test(name)) return 'badge';
  return 'prize'; // 'Giải Nhì', 'Giải A'
}

/** Certificates and flags take their grantor right after the name: 'Bằng khen Bộ Tài chính'. */
const ATTACHED_GRANTOR = new Set<AwardCategory>(['certificate', 'flag', 'commemorative']);
/** State distinctions: a body's 'của X' after a list does not reach back to them. */
const STATE_ONLY = new Set<AwardCategory>(['order', 'medal', 'honorary-title', 'badge']);
const STATE_GRANTOR = /^(?:Chủ tịch nước|Nhà nước)$/u;
const TITLE_CATEGORIES = new Set<AwardCategory>(['emulation-title', 'honorary-title']);

// ── Grantors: the words around them ──────────────────────────────────────────────────────────

const CONFER = alternation(CONFER_VERBS);
const HAND_OVER = alternation(HAND_OVER_VERBS);
const ADVERB = alternation(VERB_ADVERBS);
const DECISION = `(?:(?:${alternation(DECISION_VERBS)}) +)?(?:[Qq]uyết định)(?: +số +[^\\s,;]+)?(?: +ngày +[\\d/.-]+)? +`;
/** The receiving verbs before an award: their subject is its recipient. */
const RECEIVE = 'vinh dự đón nhận|vinh dự nhận|đón nhận|nhận được|nhận|đạt được|đạt|giành được|giành|đoạt';

/** A verb phrase before an award: what kind of verb decides who its subject is. */
const VERB_PHRASE = narrowable(
  `(?<![\\p{L}\\p{M}])(?:(?<decision>${DECISION})(?<confer1>${CONFER})|(?<confer>${CONFER})|(?<hand>${HAND_OVER})|(?<receive>${RECEIVE}))${NOT_L}`,
  'giu',
);

/** Words that may stand between a verb and the award it governs, or between two listed awards. */
const FILLER = new Set([
  'nhiều', 'các', 'những', 'một', 'số', 'cả', 'lại', 'thêm', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười',
  'danh', 'hiệu', 'vinh', 'dự', 'phần', 'thưởng', 'cao', 'quý', 'tấm', 'chiếc', 'lá', 'bức', 'huân', 'huy', 'chương',
]);
const NUMBER = /^\d+(?:[.,]\d+)?(?:[.,]\d+)?$/u;
function fillers(words: readonly string[]): boolean {
  return words.every((w) => FILLER.has(w.toLowerCase()) || NUMBER.test(w));
}

/**
 * What may stand between a verb and the award it governs: quantifiers, 'danh hiệu', a quote
 * ('tặng nhiều Bằng khen', 'trao 229 Kỷ niệm chương', 'tặng “Cờ thi đua”'), after a thing
 * given with it ('tặng hoa, bằng khen', 'tặng Bằng công đức và Kỷ niệm chương').
 */
function objectGap(gap: string): boolean {
  // '… các phần thưởng cao quý (của Nhà nước) như: A, B': the examples of a generic object
  let g = gap.replace(/ *[":]? *$/u, '').replace(/(?: của [^,;.:"]{1,30}?)? như$/u, '');
  const given = /^ [^,;.:"]{1,40}?(?:,| và)(?= |$)/u.exec(g);
  if (given && given[0].split(' ').length <= 5) g = g.slice(given[0].length);
  const words = g.trim() ? g.trim().split(' ') : [];
  return (g === '' || g[0] === ' ') && fillers(words);
}

/** Between two awards of one list: a comma, 'và', a count, a quoted dedication, a year. */
const LIST_LEAD = /^(?: *\(?năm \d{4}(?:(?:, | và )\d\d\d\d){0,6}\)?)?(?: *"[^"\n]{0,100}")?(?: của [^,;.:"]{1,40}?)? *(?:, và|,|và|cùng với|cùng|hoặc)?(?= |"|$)/iu;
function listGap(gap: string): boolean {
  const lead = LIST_LEAD.exec(gap);
  if (!lead) return false;
  const rest = gap.slice(lead[0].length).replace(/"? *$/u, '').trim();
  return fillers(rest ? rest.split(' ') : []);
}
/** Two parallel predicates: 'Đảng bộ đạt giải Nhì, 2 cá nhân đạt giải Ba của …' (002). */
const PARALLEL_GAP = /^ *, *[^,;.]{1,40}? (?:đạt|giành|đoạt|nhận|được (?:tặng|nhận|trao|công nhận))(?: (?:giải|danh hiệu))? *$/iu;
/** Each award with its own recipient: 'Huân chương A cho 3 cá nhân, Huân chương B cho …'. */
const RECIPIENT_GAP = narrowable(`^ +(?:cho|tặng) +[^,;.:]{1,60}?(?: *, *| +và +)(?:nhiều +|các +|\\d+ +)?$`, 'iu');

// 'Bằng khen và danh hiệu của X': a generic award noun coordinated with the award shares its 'của X'.
// ('giấy khen của lãnh đạo Tổng cục X': its leadership confers for the body)
const OF_GRANTOR = narrowable(String.raw`^ *(?:\(năm \d{4}\) *|năm \d{4} +)?(?:"[^"\n]{1,100}" *)?(?:(?:và|cùng) +(?:các +|nhiều +)?(?:danh hiệu|phần thưởng)(?: +cao quý)? +)?(?:của|do) +(?:(?:ban +)?lãnh đạo +(?=\p{Lu}))?`, 'iu');
/** What may follow 'do X' for X to be the grantor: a conferring verb, or nothing more. */
const AFTER_BY = narrowable(`^ *(?:[,.;)!?\\n]|$| (?:${CONFER}|ký|cấp)${NOT_L})`, 'u');
const ADVERB_START = narrowable(`^ (?:${ADVERB})${NOT_L}`, 'u');
const MORE_GRANTORS = /^(?: *, *(?:và +)?| +và +)(?:của +)?/u;
/**
 * A member of a grantor list that names a class, no body ('của Thủ tướng Chính phủ, các Bộ,
 * ngành, Tập đoàn X'): its length, up to the separator before the next capitalised member.
 */
const CLASS_HEAD = /^(?:các|nhiều|những) /u;
function classMemberLength(text: string, pos: number): number | undefined {
  if (!CLASS_HEAD.test(text.slice(pos, pos + 8))) return undefined;
  const window = text.slice(pos, pos + 60);
  // the segments of the class ('các Bộ', 'ngành'), each up to a comma or 'và'
  let at = 0;
  for (let step = 0; step < 4; step++) {
    const sep = /(?: *, *(?:và +)?| +và +)(?:của +)?/u.exec(window.slice(at));
    if (!sep || /[;.:()]/u.test(window.slice(at, at + sep.index))) return undefined;
    const next = at + sep.index + sep[0].length;
    if (regexHere.u`^\p{Lu}`.test(window.slice(next))) return at + sep.index;
    at = next;
  }
  return undefined;
}

const BEHALF = narrowable(String.raw`(?<![\p{L}\p{M}])(?:[Tt]hay mặt|[Tt]hừa (?:ủy|uỷ) quyền(?: của)?) +(?:(?:[Ll]ãnh đạo|[Bb]an [Ll]ãnh đạo) +)?`, 'gu');
const DECISION_OF = narrowable(String.raw`(?<![\p{L}\p{M}])(?:[Qq]uyết định|QĐ)(?: +số)?(?: *[^\s,;]*\d[^\s,;]*)?(?: +ngày +[\d/.-]+)? +của +`, 'gu');

/** Titles before a body that make an office-holder: 'Chủ tịch' + 'UBND tỉnh', 'Trưởng' + 'Ban …'. */
// (a deputy's title is often written lower case after 'Phó': 'Phó chủ tịch UBND TP.HCM … trao')
const TITLE_BEFORE = /(?:^|[\s,(])((?:Phó +(?:chủ tịch|giám đốc|bí thư|trưởng|bộ trưởng|thủ tướng|tổng giám đốc|cục trưởng|chánh văn phòng)|(?:Phó +)?(?:Chủ tịch|Thủ tướng|Bộ trưởng|Thứ trưởng|Tổng Giám đốc|Giám đốc|GĐ|Trưởng|Bí thư|Chánh Văn phòng|Chủ nhiệm|Tư lệnh|Chính ủy|Chỉ huy trưởng|Hiệu trưởng|Viện trưởng|Cục trưởng|Tổng cục trưởng|Tổng Biên tập|Thủ trưởng|Chánh án))(?: +[Tt]hường trực)?) +$/u;
const HOLDER_END = /(?:^|[\s,(])((?:Phó +)?(?:Chủ tịch [Nn]ước|Thủ tướng Chính phủ|Thủ tướng|Tổng Bí thư|Chủ tịch Quốc hội))$/u;
const HOLDER_OF_LEVEL_END = narrowable(String.raw`(?:^|[\s,(])((?:Phó +)?Chủ tịch +(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân) +(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận|TP)(?:\.? ?\p{Lu}[^\s,;()]*)?(?: \p{Lu}[^\s,;()]*)?(?: \p{Lu}[^\s,;()]*)?(?: \p{Lu}[^\s,;()]*)?)$`, 'u');
const ADVERB_END = narrowable(`(?:^|\\s)(?:${ADVERB}|(?:\\d+|hai|ba|nhiều|nhiều) +lần)\\s*$`, 'u');
const PAREN_END = /\s*\([^()]{1,30}\)\s*$/u;
const OWNER_PAREN_END = /\s*\([^()\n]{1,60}\)$/u;
/** A verb coordinated before the conferring one, sharing its subject: 'X biểu dương và tặng …'. */
const COORDINATED_VERB_END = /(?:^|\s)(?:biểu dương|tuyên dương|khen thưởng|khen ngợi|động viên|ghi nhận|công nhận) +(?:và|,)\s*$/u;
const SURNAME_SET = new Set(SURNAMES);

// Runs of words are read with loops, not with repeated regex groups (test/hostile.test.ts
// audits those for backtracking): the view has single spaces between words.
const CAPITALISED = narrowable(String.raw`^\p{Lu}[\p{L}\p{M}]*$`, 'u');

/** The capitalised words that end `s` ('… Việt Nam Nguyễn Thanh Lâm' → …, 'Nguyễn', 'Thanh', 'Lâm'). */
function trailingCapitals(s: string, max = 8): string[] {
  const words = s.trimEnd().split(' ');
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < max && CAPITALISED.test(words[i]); i--) out.unshift(words[i]);
  return out;
}

/** The capitalised words that start `s` after one space (' Nguyễn Văn An đã …' → three). */
function leadingCapitals(s: string, max = 4): string[] {
  if (s[0] !== ' ') return [];
  const out: string[] = [];
  for (const w of s.slice(1).split(' ')) {
    if (out.length >= max || !CAPITALISED.test(w.replace(/[,.;:!?)]+$/u, ''))) break;
    out.push(w.replace(/[,.;:!?)]+$/u, ''));
    if (/[,.;:!?)]$/u.test(w)) break;
  }
  return out;
}

/** A person's name as the last words of `s`: a family name and one to three more capitalised words. */
function trailingPersonName(s: string): string | undefined {
  const words = trailingCapitals(s);
  for (let k = Math.min(4, words.length); k >= 2; k--) {
    if (SURNAME_SET.has(words[words.length - k])) return words.slice(-k).join(' ');
  }
  return undefined;
}

// Conferring bodies that are no offices (lexicon/awards.ts GRANTOR_BODIES).
// ('Ban Chấp hành LĐLĐ TP. Hà Nội', 'BCH Hội Nông dân tỉnh': a body's executive committee confers for it)
const BODY_HEAD = narrowable(`(?<![\\p{L}\\p{M}])(?:(?:${alternation(GRANTOR_BOARDS)}) +)?(${alternation(GRANTOR_BODIES.map((b) => b.name))})${NOT_L}`, 'giu');
const BODY_AT = narrowable(BODY_HEAD.source, 'iuy');
const BODY_NEEDS_PLACE = new Set(GRANTOR_BODIES.filter((b) => b.place).map((b) => b.name.toLowerCase()));
const PLACE_LEVEL = narrowable(String.raw`^ (?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường)(?![\p{L}\p{M}])`, 'iu');

// Any national association named in full, up to 'Việt Nam' ('Hội Nạn nhân chất độc da cam/dioxin
// Việt Nam', 'Trung ương Hội Bảo trợ NKT-TMC&BNN Việt Nam'), read only where a conferrer stands;
// 'Hội' heads a name only with a capitalised word after it, not events ('Hội nghị', 'Hội thi').
const ASSOCIATION_AT = narrowable(String.raw`(?:Trung ương +|TƯ +|T\.Ư +)?Hội +(?!(?:Đồng|Nghị|Thi|Thảo|Diễn|Chợ|Trại|Khỏe|Báo|Xuân)(?![\p{L}\p{M}]))\p{Lu}[^\s,;.:()"]*(?: +[^\s,;.:()"]+){0,7}? +Việt Nam(?![\p{L}\p{M}])`, 'uy');

/** A conferring body that is no office, starting at `pos` ('Tỉnh đoàn Quảng Trị', 'Hội Nhà báo Việt Nam'). */
function grantorBodyAt(text: string, pos: number): Authority | undefined {
  BODY_AT.lastIndex = pos;
  const m = BODY_AT.exec(text);
  if (!m) {
    ASSOCIATION_AT.lastIndex = pos;
    const a = ASSOCIATION_AT.exec(text);
    return a ? { start: pos, end: pos + a[0].length, name: canonical(a[0]) } : undefined;
  }
  let end = pos + m[0].length;
  if (!BODY_NEEDS_PLACE.has(m[1].toLowerCase())) return { start: pos, end, name: canonical(m[0]) };
  const level = PLACE_LEVEL.exec(text.slice(end, end + 12));
  if (level) end += level[0].length;
  // the place, not a person's name after it ('Tỉnh đoàn Quảng Trị Nguyễn Văn An')
  let place = leadingCapitals(text.slice(end, end + 40), 4);
  const person = place.findIndex((w, i) => i > 0 && SURNAME_SET.has(w) && place.length - i >= 2);
  if (person > 0) place = place.slice(0, person);
  if (place.length) end += 1 + place.join(' ').length;
  if (!level && !place.length) return undefined;
  return { start: pos, end, name: canonical(text.slice(pos, end)) };
}

/** A conferring body that is no office, ending at `pos` ('… Tổng Liên đoàn Lao động Việt Nam'). */
function grantorBodyEndingAt(text: string, pos: number, from: number): Authority | undefined {
  // (on the window only: a global search from lastIndex would run to the end of the text)
  const start = Math.max(from, pos - 80);
  for (const m of text.slice(start, pos).matchAll(BODY_HEAD)) {
    const who = grantorBodyAt(text, start + m.index);
    if (who && who.end === pos) return who;
  }
  return undefined;
}

/** Who confers, starting at `pos`: a body or office-holder, or a conferring body that is no office. */
function conferrerAt(text: string, pos: number, offices: Office[]): Authority | undefined {
  // the longer reading: 'Hội đồng Bộ trưởng' is no 'Hội đồng Bộ' followed by a word
  const office = authorityAt(text, pos, offices);
  const body = grantorBodyAt(text, pos);
  const known = office && body ? (body.end > office.end ? body : office) : (office ?? body);
  if (known) return withCountry(text, known);
  // 'Chủ tịch Hội Nhà báo Việt Nam': the holder of such a body
  const title = TITLE_AFTER.exec(text.slice(pos, pos + 40));
  const held = title ? grantorBodyAt(text, pos + title[0].length) : undefined;
  return held && { start: pos, end: held.end, name: canonical(title![1]) + ' ' + held.name };
}
const TITLE_AFTER = /^((?:Phó )?(?:Chủ tịch|Tổng Giám đốc|Giám đốc|Trưởng ban|Bí thư|Chủ nhiệm)(?: [Tt]hường trực)?) /u;

/** The State President written with the country's name: 'Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam', as written. */
const COUNTRY_AFTER = narrowable(String.raw`^ (?:(?:Cộng hòa|Cộng hoà) [Xx]ã hội [Cc]hủ nghĩa|CHXHCN) Việt Nam(?![\p{L}\p{M}])`, 'u');
function withCountry(text: string, who: Authority): Authority {
  if (!/^(?:Phó )?Chủ tịch nước$/u.test(who.name)) return who;
  const m = COUNTRY_AFTER.exec(text.slice(who.end, who.end + 40));
  return m ? { start: who.start, end: who.end + m[0].length, name: canonical(text.slice(who.start, who.end + m[0].length)) } : who;
}

/** An office-holder or body that ends at `pos` (before a verb): 'Trưởng Ban Tuyên giáo Trung ương'. */
function holderEndingAt(text: string, pos: number, from: number, offices: Office[]): Authority | undefined {
  const index = spansOf(offices);
  const before = text.slice(Math.max(from, pos - 60), pos);
  const office = index.endingAt(pos);
  if (office && office.start >= from) {
    const title = TITLE_BEFORE.exec(text.slice(Math.max(from, office.start - 30), office.start));
    if (title) return { start: office.start - title[0].length + title[0].indexOf(title[1]), end: pos, name: canonical(title[1]) + ' ' + office.name };
    return { start: office.start, end: pos, name: office.name };
  }
  const level = HOLDER_OF_LEVEL_END.exec(before);
  if (level) return { start: pos - level[1].length, end: pos, name: canonical(level[1]) };
  const holder = HOLDER_END.exec(before);
  if (holder) return { start: pos - holder[1].length, end: pos, name: canonical(holder[1]).replace(/ Nước$/u, ' nước') };
  const body = grantorBodyEndingAt(text, pos, from);
  if (body) {
    // 'Chủ tịch Tổng Liên đoàn Lao động Việt Nam (Bùi Văn Cường) tặng …'
    const title = TITLE_BEFORE.exec(text.slice(Math.max(from, body.start - 30), body.start));
    if (title) return { start: body.start - title[0].length + title[0].indexOf(title[1]), end: pos, name: canonical(title[1]) + ' ' + body.name };
    return body;
  }
  return undefined;
}

/**
 * The conferring subject or agent that ends at `pos` (where its verb starts), with the bodies
 * coordinated before it: 'Thủ tướng Chính phủ, Bộ trưởng Bộ Tài chính tặng …' → both. Adverbs,
 * a parenthesis ('(trái)') and a person's name after the title ('Thủ tướng Nguyễn Xuân Phúc')
 * are stepped over. A body owned by another ('Ban chỉ đạo của UBND …') gives nothing.
 */
function subjectsEndingAt(text: string, pos: number, from: number, offices: Office[], officeNames: OfficeNames, listed = true): Authority[] {
  let p = pos;
  for (let step = 0; step < 4; step++) {
    const s = text.slice(Math.max(from, p - 40), p);
    const adverb = ADVERB_END.exec(s) ?? PAREN_END.exec(s) ?? COORDINATED_VERB_END.exec(s);
    if (!adverb) break;
    p -= adverb[0].length;
  }
  while (p > from && text[p - 1] === ' ') p--;
  let first = holderEndingAt(text, p, from, offices);
  let person = false;
  if (!first) {
    // 'Thủ tướng Chính phủ Nguyễn Xuân Phúc (đã) …': a person's name after the title, the
    // longest run of capitalised words before `p` that starts with a family name.
    const words = trailingCapitals(text.slice(Math.max(from, p - 60), p));
    for (let k = Math.min(4, words.length); k >= 2 && !first; k--) {
      if (!SURNAME_SET.has(words[words.length - k])) continue;
      let q = p - words.slice(-k).join(' ').length;
      while (q > from && text[q - 1] === ' ') q--;
      first = holderEndingAt(text, q, from, offices);
      person = first !== undefined;
    }
  }
  if (!first) return listed ? agentsListedBefore(text, p, from, offices) : [];
  const out = [first];
  // 'Ủy viên Bộ Chính trị, Bí thư Thành ủy … Nguyễn Thiện Nhân trao …': the roles of one person
  if (person) return /(?:của|thuộc) +$/u.test(text.slice(Math.max(from, first.start - 8), first.start)) ? [] : out;
  const owned = (who: Authority) => /(?:của|thuộc) +$/u.test(text.slice(Math.max(from, who.start - 8), who.start));
  const separator = (who: Authority) => /(?: *, *(?:và +)?| +và +)$/u.exec(text.slice(Math.max(from, who.start - 8), who.start));
  if (owned(first)) return [];
  // 'Đồng chí X - Bí thư Đảng ủy cơ quan LĐLĐ thành phố, Phó Chủ tịch LĐLĐ Thành phố trao …':
  // an office-holder's comma list is the roles of one person, not a list of conferrers (that
  // needs 'được': 'được Thủ tướng Chính phủ, Bộ trưởng Bộ Tài chính tặng …')
  const comma = separator(first);
  if (!isBody(first.name) && comma && !/ và +$/u.test(comma[0])) {
    const prev = holderEndingAt(text, first.start - comma[0].length, from, offices);
    if (prev && !agentListStarts(text, from, prev.start)) return out;
  }
  for (let who = first; out.length < 8; ) {
    const sep = separator(who);
    if (!sep) break;
    // 'Cục Văn hóa cơ sở (Bộ Văn hóa, Thể thao và Du lịch) và UBND tỉnh …': the owner in
    // parentheses after a body is stepped over
    const owner = OWNER_PAREN_END.exec(text.slice(Math.max(from, who.start - sep[0].length - 70), who.start - sep[0].length));
    const prevEnd = who.start - sep[0].length - (owner ? owner[0].length : 0);
    const prev = holderEndingAt(text, prevEnd, from, offices) ?? bareHeadCompleted(text, prevEnd, from, first, officeNames);
    // 'Ban chỉ đạo 197 của UBND thành phố, …': a body's owner is no conferrer of the list
    if (!prev || owned(prev) || /(?:^|\s)[Ủủ]y viên +$/u.test(text.slice(Math.max(from, prev.start - 10), prev.start))) break;
    out.unshift(prev);
    who = prev;
  }
  return out;
}

/**
 * 'Đảng ủy, Bộ Tư lệnh BĐBP đã trao …': a bare Party or leadership head coordinated before a
 * named body is completed by that body's owner (DECISIONS: elliptical coordination, the trailing
 * shared part completes the heads before it) → 'Đảng ủy Bộ đội Biên phòng', the owner written as
 * the office facts name the body (its first full mention). Only an owner with a proper name:
 * 'Đảng ủy, UBND tỉnh' names no 'Đảng ủy tỉnh'.
 */
const BARE_HEAD_END = /(?:^|[\s,(])((?:Đảng|Ban Thường vụ Đảng) [uủ][ỷy]|Ban Thường vụ|Thường trực|Ban Giám đốc|Ban Chỉ huy|Ban Giám hiệu)$/u;
const HEADS_LONGEST_FIRST = [...new Set(ALL_HEADS)].sort((a, b) => b.length - a.length);
function bareHeadCompleted(text: string, pos: number, from: number, shared: Authority, officeNames: OfficeNames): Authority | undefined {
  const m = BARE_HEAD_END.exec(text.slice(Math.max(from, pos - 30), pos));
  if (!m) return undefined;
  const name = spelledOutName(officeNames, shared.name);
  const head = HEADS_LONGEST_FIRST.find((h) => name.startsWith(h + ' '));
  const owner = head && name.slice(head.length + 1);
  if (!owner || !regexHere.u`\p{Lu}`.test(owner) || BARE_HEAD_END.test(' ' + head)) return undefined;
  return { start: pos - m[1].length, end: pos, name: canonical(m[1]) + ' ' + owner };
}

/** The names the office facts will carry, by the name written (refine/offices.ts officeFactNames). */
type OfficeNames = ReadonlyMap<string, string>;

/** An acronym of a body's own name ('BĐBP', 'TN-MT'), not the committees' and levels' that name kinds ('UBND', 'TP'). */
const OWN_ACRONYM = narrowable(String.raw`(?<![\p{L}\p{M}])(?!(?:UBND|HĐND|TP|TX|TW|TƯ|MTTQ)(?![\p{L}\p{M}]))\p{Lu}{2,}(?![\p{L}\p{M}])`, 'u');
/**
 * A grantor written with an acronym the article spells out is named as its office fact, by its
 * first full mention: 'Bộ Tư lệnh BĐBP' after 'Bộ Tư lệnh Bộ đội Biên phòng (BĐBP)'. A short
 * form without one stays as written ('UBND tỉnh', 'Thành ủy': DECISIONS, grantors as written).
 */
function spelledOutName(officeNames: OfficeNames, name: string): string {
  const full = officeNames.get(name);
  return full && full !== name && OWN_ACRONYM.test(name) && !OWN_ACRONYM.test(full) ? full : name;
}
function grantorsAsOfficeFacts(out: Award[], officeNames: OfficeNames): void {
  for (const a of out) if (a.grantor) a.grantor = spelledOutName(officeNames, a.grantor);
}

/** Does a list of conferrers start at `pos`, after 'được' ('được A, B tặng')? */
function agentListStarts(text: string, from: number, pos: number): boolean {
  const before = text.slice(Math.max(from, pos - 200), pos);
  const at = before.lastIndexOf('được ');
  return at >= 0 && (at + 5 === before.length || !/[;.]/u.test(before.slice(at)));
}

/**
 * 'được Thủ tướng Chính phủ, Trung ương Hội Chữ thập đỏ Việt Nam, Hội Nạn nhân … tặng': when the
 * last agent of a list is no body the analyzer knows, the ones it knows are still grantors.
 */
function agentsListedBefore(text: string, p: number, from: number, offices: Office[]): Authority[] {
  const before = text.slice(Math.max(from, p - 200), p);
  const agent = /(?:^|[\s-])[Đđ]ược (?!.*[\s-][Đđ]ược )/su.exec(before);
  // the agents after 'được', or the subjects that open the clause ('Hội đồng Đội tỉnh, Sở GD&ĐT
  // tỉnh Hà Tĩnh, UBND huyện Thạch Hà … đã tặng giấy khen')
  const start = agent ? p - before.length + agent.index + agent[0].length : from + frontedLength(text.slice(from, p));
  if (!agent && (p - start > 200 || !/, | và /u.test(text.slice(start, p)))) return [];
  const out: Authority[] = [];
  let pos = start;
  for (const item of text.slice(start, p).split(/, (?:và )?| và /u)) {
    const who = conferrerAt(text, pos, offices);
    if (who && who.end === pos + item.length) out.push(who);
    pos += item.length;
    const sep = /^(?:, (?:và )?| và )/u.exec(text.slice(pos, pos + 6));
    if (!sep) break;
    pos += sep[0].length;
  }
  return out;
}

/**
 * A State economic group named in full, up to its country: 'Tập đoàn Dầu khí Việt Nam', 'Tổng
 * công ty Điện lực Việt Nam'. Read only inside a list of grantors: after 'của' alone, an
 * enterprise is more often the receiver ('đón nhận Huân chương … của Công ty X').
 */
const GROUP_HEAD = /^(?:Tập đoàn|Tổng [Cc]ông ty) /u;
function groupAt(text: string, pos: number): Authority | undefined {
  const window = text.slice(pos, pos + 80);
  const head = GROUP_HEAD.exec(window);
  if (!head) return undefined;
  // the name's words (one to six) up to 'Việt Nam', read as words, not with a repeated group
  const words = window.slice(head[0].length).split(' ');
  for (let i = 1; i <= 7 && i + 1 < words.length; i++) {
    if (!regexHere.u`^[\p{L}\p{M}&-]+$`.test(words[i - 1])) return undefined;
    if (words[i] === 'Việt' && regexHere.u`^Nam(?![\p{L}\p{M}])`.test(words[i + 1])) {
      const name = head[0] + words.slice(0, i).join(' ') + ' Việt Nam';
      return { start: pos, end: pos + name.length, name: canonical(name) };
    }
  }
  return undefined;
}

/**
 * 'Bằng khen của A và của B' where A is no body the analyzer reads: the length of A, so that B
 * is still read (the repeated 'của' makes them two conferrers).
 */
function unreadFirstLength(text: string, pos: number): number | undefined {
  const m = regexHere.u`^(\p{Lu}[^,;.:()"]{1,40}?)(?= +và +của +|, *của +)`.exec(text.slice(pos, pos + 60));
  return m ? m[1].length : undefined;
}

/** Grantors written after the award: 'của A, B và C', 'do X trao tặng', 'Bằng khen Bộ Tài chính'. */
function grantorsAfter(text: string, award: Award, offices: Office[]): { grantors: Authority[]; end: number; attached?: boolean } {
  const rest = text.slice(award.end, award.end + 140);
  const gap = OF_GRANTOR.exec(rest);
  let pos: number;
  if (gap) pos = award.end + gap[0].length;
  else if (ATTACHED_GRANTOR.has(categoryOf(award.name)) && text[award.end] === ' ') pos = award.end + 1;
  else return { grantors: [], end: award.end };
  const byAgent = gap !== null && /do +$/iu.test(gap[0]);
  const out: Authority[] = [];
  for (let step = 0; step < 12; step++) {
    // (a State group named after other grantors confers too: '…, Tập đoàn Dầu khí Việt Nam')
    const who = conferrerAt(text, pos, offices) ?? (out.length ? groupAt(text, pos) : step === 0 && gap ? levelHolderNamedInFull(text, pos, offices) : undefined);
    // a class of bodies in the list names no grantor; the named ones after it still do
    const skipped = who ? undefined : out.length ? classMemberLength(text, pos) : step === 0 && gap ? unreadFirstLength(text, pos) : undefined;
    if (!who && skipped === undefined) break;
    if (who) out.push(who);
    const end = who ? who.end : pos + skipped!;
    const sep = MORE_GRANTORS.exec(text.slice(end, end + 12));
    if (!sep) break;
    pos = end + sep[0].length;
  }
  if (!out.length) return { grantors: [], end: award.end };
  let end = out[out.length - 1].end;
  if (byAgent) {
    // 'do X trao tặng', not 'do X tổ chức': the one who organises a contest is not its grantor.
    const name = leadingCapitals(text.slice(end, end + 40));
    let after = name.length >= 2 && SURNAME_SET.has(name[0]) ? end + 1 + name.join(' ').length : end;
    for (let step = 0, m = ADVERB_START.exec(text.slice(after, after + 20)); m && step < 3; step++, m = ADVERB_START.exec(text.slice(after, after + 20))) after += m[0].length;
    if (!AFTER_BY.test(text.slice(after, after + 30))) return { grantors: [], end: award.end };
    end = after;
  }
  return { grantors: out, end, attached: !gap };
}

/**
 * 'Bằng khen của chủ tịch tỉnh': the chair named by the level only is the chair of that level's
 * people's committee, named as the article names it in full elsewhere ('Chủ tịch UBND tỉnh Đắk
 * Nông'), when it names one such chair of that level: the text resolves the short form (DECISIONS:
 * one body written short and in full is named by its full mention). Otherwise no grantor: a level
 * word names no one.
 */
const LEVEL_ONLY_CHAIR = narrowable(String.raw`^[Cc]hủ tịch +(tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?![\p{L}\p{M}])(?! *\p{Lu})`, 'u');
const COMMITTEE_CHAIR = narrowable(String.raw`(?<![\p{L}\p{M}])(?<![Pp]hó +)[Cc]hủ tịch +(?=(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) )`, 'gu');
const COMMITTEE_OF_LEVEL = narrowable(String.raw`^(?:UBND|Ủy ban nhân dân) +(tỉnh|thành phố|huyện|quận|thị xã|xã|phường) +\p{Lu}`, 'u');
function levelHolderNamedInFull(text: string, pos: number, offices: Office[]): Authority | undefined {
  const short = LEVEL_ONLY_CHAIR.exec(text.slice(pos, pos + 40));
  if (!short) return undefined;
  const index = spansOf(offices);
  const names = new Set<string>();
  COMMITTEE_CHAIR.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = COMMITTEE_CHAIR.exec(text)); ) {
    const office = index.startingAt(m.index + m[0].length);
    const level = office && COMMITTEE_OF_LEVEL.exec(canonical(office.name));
    if (level && level[1].toLowerCase() === short[1].toLowerCase()) names.add(office.name);
  }
  if (names.size !== 1) return undefined;
  return { start: pos, end: pos + short[0].length, name: 'Chủ tịch ' + [...names][0] };
}

/** 'đã được X công nhận / trao tặng' right after the award: X conferred it. */
const PASSIVE_AFTER = /^ *,? *(?:(?:đã|cũng|đều|chính thức|vinh dự) +)?(?:(?:đã|cũng|đều|chính thức|vinh dự) +)?được +/u;
const CONFERRING_AFTER_AGENT = narrowable(`^ +(?:(?:đã|chính thức|trực tiếp) +)?(?:${CONFER})${NOT_L}`, 'u');
function agentAfter(text: string, end: number, offices: Office[]): { who: Authority; end: number } | undefined {
  const passive = PASSIVE_AFTER.exec(text.slice(end, end + 30));
  if (!passive) return undefined;
  const who = conferrerAt(text, end + passive[0].length, offices);
  if (!who) return undefined;
  // (a bracketed acronym or a person's name after the body: 'UNESCO', 'Thủ tướng Nguyễn Tấn Dũng')
  let at = who.end;
  const bracket = /^ *\([^()]{1,20}\)/u.exec(text.slice(at, at + 24));
  if (bracket) at += bracket[0].length;
  const name = leadingCapitals(text.slice(at, at + 40));
  if (name.length >= 2 && SURNAME_SET.has(name[0])) at += 1 + name.join(' ').length;
  const verb = CONFERRING_AFTER_AGENT.exec(text.slice(at, at + 40));
  return verb ? { who, end: at + verb[0].length } : undefined;
}

// ── Units and lists ──────────────────────────────────────────────────────────────────────────

/** Awards that start at the same place ('hạng Nhất, Nhì, Ba'): one phrase, read once. */
interface Unit {
  awards: Award[];
  start: number;
  end: number;
  own: Authority[];
  /** the own grantors are written right after the name ('Giấy khen Tổng cục Hải quan'), without 'của' */
  attached?: boolean;
  /** where the award's own words (year, dedication, 'của X') end */
  ownEnd: number;
  clause: { start: number; end: number };
}

type Link = 'list' | 'parallel' | 'each' | undefined;

function linkBetween(text: string, a: Unit, b: Unit): Link {
  if (a.clause.start !== b.clause.start) return undefined;
  const gap = text.slice(a.ownEnd, b.start);
  if (gap.length > 120) return undefined;
  if (listGap(gap)) return 'list';
  if (PARALLEL_GAP.test(gap)) return 'parallel';
  if (RECIPIENT_GAP.test(gap)) return 'each';
  return undefined;
}

interface VerbContext {
  kind: 'confer' | 'hand' | 'receive';
  start: number;
  end: number;
  passive: boolean;
}

const RANKING_VERB = /(?:công nhận|xếp hạng|vinh danh)$/u;
const RANKED_OBJECT = /^(?: [^.;:!?\n]{1,100}?)? là +(?:[Kk]hu +)?$/u;

/** The verb that governs a list starting at `pos`: the last one before it with nothing but an object gap. */
function governingVerb(text: string, from: number, pos: number): VerbContext | undefined {
  const span = text.slice(from, pos);
  let found: VerbContext | undefined;
  for (const m of span.matchAll(VERB_PHRASE)) {
    const g = m.groups!;
    const start = from + m.index;
    const end = start + m[0].length;
    // 'công nhận / xếp hạng X là Y': the title follows the thing it is conferred on
    if (!objectGap(text.slice(end, pos)) && !(RANKING_VERB.test(m[0]) && RANKED_OBJECT.test(text.slice(end, pos)))) continue;
    const kind = g.receive ? 'receive' : g.hand ? 'hand' : 'confer';
    const passive = kind === 'confer' && /(?:^|\s)được\s+$/u.test(text.slice(Math.max(from, start - 7), start));
    found = { kind, start, end, passive };
  }
  return found;
}

const BEHALF_OF_LEADERS = narrowable(String.raw`(?<![\p{L}\p{M}])lãnh đạo +$`, 'iu');

/** 'thay mặt X' / 'thừa ủy quyền của X' before the verb: X, or null when it names no conferring body. */
function onBehalfOf(text: string, from: number, verbStart: number, offices: Office[]): Authority | null | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of text.slice(from, verbStart).matchAll(BEHALF)) last = m as RegExpExecArray;
  if (!last) return undefined;
  const at = from + last.index + last[0].length;
  // 'Thay mặt X, … gửi lời chúc mừng … các đồng chí đã được trao tặng …': another predicate.
  if (verbStart - at > 160 || regexHere.u` (?:được|gửi|phát biểu|chúc mừng|bày tỏ|cho biết)(?![\p{L}\p{M}])`.test(text.slice(at, verbStart))) return undefined;
  // 'thay mặt lãnh đạo Bộ Công an, Thứ trưởng … trao': the leaders of a body, no named body or
  // office-holder that confers (DECISIONS: grantor)
  if (BEHALF_OF_LEADERS.test(last[0])) return null;
  return conferrerAt(text, at, offices) ?? null;
}

/** What the agent did before conferring: a few lower-case words, no proposal ('đề nghị … và tặng' is another's gift). */
const AGENT_VP = narrowable(String.raw`^ +(?!(?:đề nghị|đề xuất|trình|xét|giới thiệu|tổ chức)(?![\p{L}\p{M}]))\p{Ll}+(?: +\p{Ll}+){0,6} +và +$`, 'u');

/**
 * 'được Chủ tịch nước viết thư thăm gia đình và truy tặng Huân chương …': the agent of 'được'
 * governs a verb phrase and the conferring verb coordinated after it (DECISIONS: 'được X tặng').
 */
function coordinatedAgent(text: string, from: number, verbStart: number, offices: Office[]): Authority[] {
  const at = agentStart(text, from, verbStart);
  if (at === undefined) return [];
  const who = conferrerAt(text, at + 'được '.length, offices);
  if (!who || who.end >= verbStart) return [];
  const between = text.slice(who.end, verbStart);
  return AGENT_VP.test(between) && !/(?:^|\s)được(?=\s)/u.test(between) ? [who] : [];
}

/** 'Quyết định số … của X' in the clause: the author of the conferring decision. */
function decisionAuthor(text: string, from: number, to: number, offices: Office[]): Authority | undefined {
  for (const m of text.slice(from, to).matchAll(DECISION_OF)) {
    const who = conferrerAt(text, from + m.index + m[0].length, offices);
    if (who) return who;
  }
  return undefined;
}

// ── Recipients ───────────────────────────────────────────────────────────────────────────────

const VAGUE_RECIPIENT = narrowable(String.raw`^(?:các|nhiều|những|một số|một|hàng|mỗi|toàn thể|tất cả|cả|\d|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?![\p{L}\p{M}])`, 'iu');
const HONORIFIC = /^(?:(?:ông|bà|anh|chị|em|cô|thầy|cụ|cháu|đồng chí|đ\/c|tập thể|cá nhân|học sinh|sinh viên|cố|đảng viên|xạ thủ|vận động viên|VĐV|phóng viên|nhà báo|tác giả|nhạc sĩ|nghệ sĩ|thí sinh) ){1,3}/iu;
/**
 * A recipient written after 'cho'/'tặng', up to the first word that ends it ('vì', 'về', 'có
 * thành tích', …), a dash, a parenthesis, a comma before a new name, or the end of the slice.
 */
const RECIPIENT_PHRASE = narrowable(
  `^((?:[^.;:!?\\n(]|, (?!(?:nhiều|các|những|đồng thời|góp phần|qua đó|vì)\\s))+?)(?=` +
    ` +(?:vì|(?<!tội phạm +)về|có thành tích|đã|đang|nhân dịp|trong|do|với|là|đối với|góp phần|trước|sau khi|khi|nhằm|để|cùng|được|ghi nhận|biểu dương)${NOT_L}` +
    `| +tại(?! +\\p{Lu})${NOT_L}| +và +(?:\\d|các|nhiều|những|một số)${NOT_L}|\\s-|-\\s|[.;:!?\\n("]` +
    `|, *(?:nhiều|các|những|đồng thời|góp phần|qua đó|vì|nguyên|hiện|là|một trong)${NOT_L}|, +\\p{Lu}|$)`,
  'u',
);
const SENTENCE_WORDS = new Set([...SENTENCE_STARTERS, 'Cùng', 'Dự', 'Phát', 'Ảnh', 'Đồng', 'Xem']);
const PERSON_START = narrowable(String.raw`^(?:(?:ông|bà|anh|chị|em|cô|thầy|cụ|cháu|đồng chí|đ\/c|cố) +|\p{Lu}[\p{L}\p{M}]* +\p{Lu})`, 'u');

const DESCRIBED_PERSON = narrowable(String.raw`^\p{Ll}[^.;:!?\n()"]{2,80}? \([^()\n]{1,30}\) (\p{Lu}[^.;:!?\n()"]{2,40})`, 'u');
const SHARED_PLACE_LIST = narrowable(String.raw`^(?: *,| +và) +(?:chính quyền|nhân dân|quân và dân|lực lượng vũ trang|cán bộ|các dân tộc)(?![\p{L}\p{M}])`, 'u');

/** ' và ông Nguyễn Quốc Cường' after a body: an addressed person's name, up to its apposition or the clause's end. */
const ANDED_PERSON = narrowable(String.raw`^ +và +(?:ông|bà|anh|chị|đồng chí|đ\/c) +(\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){1,3})(?= +-|,|[.;!?\n]| +(?:vì|về|đã|có thành tích|\()|$)`, 'u');

/** A recipient as written from `pos`: named bodies joined with 'và', or a name phrase. */
function readRecipient(text: string, pos: number, limit: number, offices: Office[], awardStarts: Set<number>): string | undefined {
  const index = spansOf(offices);
  const first = index.startingAt(pos);
  if (first && first.end <= limit) {
    const names = [first.name];
    let last = first;
    for (;;) {
      const sep = /^ *(?:,|và) *$/u;
      const next = index.startingIn(last.end + 1, last.end + 6).find((o) => sep.test(text.slice(last.end, o.start)));
      if (!next || next.end > limit) break;
      names.push(next.name);
      last = next;
    }
    // 'Đội X thuộc Công an quận Y': a unit and the body it belongs to, as written
    const owner = names.length === 1 ? index.startingIn(last.end + 1, last.end + 14).find((o) => /^ (?:trực )?thuộc $/u.test(text.slice(last.end, o.start))) : undefined;
    if (owner && owner.end <= limit && /^(?:$|[\s,.;:!?)(-])/u.test(text.slice(owner.end, owner.end + 1))) return squash(text.slice(first.start, owner.end));
    const after = text.slice(last.end, last.end + 3);
    // 'Đảng bộ, chính quyền và nhân dân tỉnh X': heads that share the place after the last one
    // are one recipient, as written
    const shared = SHARED_PLACE_LIST.test(text.slice(last.end, last.end + 40));
    if (/^(?:$|[\s,.;:!?)(-])/u.test(after) && !shared) {
      // 'tặng Đại sứ quán X và ông Nguyễn Quốc Cường - Đại sứ …': a body and a person, as written
      const person = names.length === 1 ? ANDED_PERSON.exec(text.slice(last.end, limit)) : null;
      const name = person ? trailingPersonName(person[1]) : undefined;
      if (name && name === person?.[1]) return `${names[0]} và ${name}`;
      return names.join(' và ');
    }
  }
  const named = addressedNames(text.slice(pos, Math.min(limit, pos + 160)));
  if (named) return named;
  // 'đối với "Nơi tưởng niệm liệt sĩ …"': a place or work named in quotes
  const quoted = /^"([^"\n]{3,100})"/u.exec(text.slice(pos, Math.min(limit, pos + 104)));
  if (quoted) return nameLike(quoted[1]);
  // 'nữ nhân viên điện lực quận X (Đà Nẵng) Trần Thị Anh': a description, its place in
  // parentheses, then the person's name: the name
  const described = DESCRIBED_PERSON.exec(text.slice(pos, Math.min(limit, pos + 120)));
  if (described) {
    const words = leadingCapitals(' ' + described[1], 4);
    if (words.length >= 2 && SURNAME_SET.has(words[0])) return words.join(' ');
  }
  const read = RECIPIENT_PHRASE.exec(text.slice(pos, Math.min(limit, pos + 120)));
  if (!read) return undefined;
  let phrase = read[1];
  // another award starts: 'cho ông A và Huy hiệu 60 năm tuổi Đảng cho …'
  for (let i = 0; i < phrase.length; i++) {
    if (awardStarts.has(pos + i)) {
      phrase = phrase.slice(0, i).replace(/(?: *,| +và)? *$/u, '');
      break;
    }
  }
  // a new sentence glued on without its period: 'đảng viên Đỗ Kim Hội Với những đóng góp'
  const words = phrase.split(' ');
  for (let i = 1; i < words.length; i++) {
    if (SENTENCE_WORDS.has(words[i]) && regexHere.u`^\p{Lu}`.test(words[i])) {
      phrase = words.slice(0, i).join(' ');
      break;
    }
  }
  // a caption glued to the paragraph that repeats its recipient ('… cho Đội X thuộc Công an quận Y
  // Đội X, Công an quận Y là …'): the first writing only
  const again = phrase.split(' ');
  for (let i = 3; i + 2 < again.length; i++) {
    if (regexHere.u`^\p{Lu}`.test(again[i]) && again[i] === again[0] && again[i + 1] === again[1] && again[i + 2] === again[2]) {
      phrase = again.slice(0, i).join(' ');
      break;
    }
  }
  // a person's name ends at its apposition: 'ông Nguyễn Văn Trân, nguyên Bí thư …', and at
  // its last syllable ('nguyên Thủ tướng Nguyễn Tấn Dũng Thủ tướng Nguyễn Xuân Phúc nhấn mạnh')
  if (PERSON_START.test(phrase) || HONORIFIC.test(phrase)) {
    phrase = phrase.split(',')[0];
    const name = firstPersonName(phrase);
    // 'học sinh dũng cảm Nguyễn Thị Hiền' → the name; 'nguyên Thủ tướng Nguyễn Tấn Dũng' keeps its title
    if (name) phrase = regexHere.u`\p{Lu}`.test(phrase.slice(0, name.start)) ? phrase.slice(0, name.end) : phrase.slice(name.start, name.end);
  }
  // 'vợ ông, bà Hoàng Thị Thường': the person named last, in apposition after a form of address
  const addressed = /, (?:ông|bà|anh|chị|em|cô|thầy|cụ|cháu|đồng chí) ([^,]{3,40})$/u.exec(phrase.trim());
  if (addressed && !VAGUE_RECIPIENT.test(phrase) && trailingPersonName(addressed[1]) === addressed[1]) return addressed[1];
  return nameLike(phrase);
}

/**
 * 'các ông Trần Quốc Toản, Đoàn Mạnh Giao và Vũ Văn Ninh': persons addressed together, each a
 * family name and one to three more capitalised words; the names as written, without the address.
 */
const ADDRESSED_GROUP = /^(?:các|hai|ba|bốn) +(?:ông|bà|đồng chí|đ\/c|anh|chị|cụ) +/u;
function addressedNames(s: string): string | undefined {
  const group = ADDRESSED_GROUP.exec(s);
  if (!group) return undefined;
  const names: string[] = [];
  let rest = s.slice(group[0].length);
  for (let step = 0; step < 8; step++) {
    const words = leadingCapitals(' ' + rest, 4);
    if (words.length < 2 || !SURNAME_SET.has(words[0])) return undefined;
    const name = words.join(' ');
    names.push(name);
    rest = rest.slice(name.length);
    const sep = regexHere.u`^(?:, (?:và )?| và )(?=\p{Lu})`.exec(rest);
    if (!sep) break;
    rest = rest.slice(sep[0].length);
  }
  if (names.length < 2) return undefined;
  return names.slice(0, -1).join(', ') + ' và ' + names[names.length - 1];
}
/** The persons of a recipient written as a list ('A, B và C'), when each is a person's name. */
function personList(rec: string): string[] | undefined {
  const names = rec.split(/, (?:và )?| và /u);
  return names.length > 1 && names.every((n) => trailingPersonName(n) === n) ? names : undefined;
}

/** Words that make a phrase a clause, not a name: no subject written before a verb holds them. */
const NOT_IN_SUBJECT = /(?:^|\s)(?:đã|đang|sẽ|được|bị|là|có|còn|từng|thì|mà|nếu|khi|để|trong|theo|vì|về|cho|của|với|từ|đến|tham gia|tổ chức|phấn đấu|lựa chọn|chọn|trao|tặng|nhận|đạt|giành|đoạt|những|nhiều|các|trả lại|xem|nhiệt liệt|phát biểu|dự)(?=\s|$)|["%]/iu;
/** Lower-case words a subject may start with: a body's or a place's head, a group of people. */
const LOWER_HEADS = narrowable(String.raw`^(?:nguyên|tập thể|cá nhân|gia đình|trường|huyện|xã|tỉnh|thành phố|phường|thị trấn|thị xã|quận|công ty|bệnh viện|ngân hàng|đội|lực lượng|nhân dân|đảng bộ|chi bộ|cán bộ|đồng chí|đ\/c|ông|bà|anh|chị|em|cô|thầy|cụ|cháu|cố|đảng viên|học sinh|sinh viên|nghệ sĩ|nhà báo|phóng viên|tác giả|xạ thủ|vận động viên)(?![\p{L}\p{M}])`, 'u');

/** Verbs that make a phrase a clause ('tác giả đoạt giải của báo …'). */
const CLAUSE_WORD = /(?:^|\s)(?:đã|đang|sẽ|được|bị|là|đoạt|đạt|giành|nhận|tham gia|tổ chức)(?=\s|$)/iu;

/** A subject written before a receiving verb, as a name, or undefined ('toàn ngành đã có …'). */
function subjectName(raw: string): string | undefined {
  let s = canonical(raw);
  // 'Ông Nguyễn Cảnh Hồng - Tổng giám đốc …': the name before its apposition
  s = s.split(regexHere.u`\s-\s|\s-(?=\p{Lu})`)[0].replace(/ *\([^()]*\)/gu, '');
  if (NOT_IN_SUBJECT.test(s)) return undefined;
  if (!regexHere.u`^\p{Lu}`.test(s) && !LOWER_HEADS.test(s)) return undefined;
  // 'Eurowindow nhận Cờ thi đua …': a subject of one capitalised word is a name, unless it is a
  // head noun, a pronoun or a word that opens sentences
  if (ONE_NAME.test(s) && !SENTENCE_WORDS.has(s) && !ADDRESS_WORD.test(s) && !NOT_A_NAME.has(s)) return s;
  return nameLike(s);
}
const ONE_NAME = narrowable(String.raw`^\p{Lu}[\p{Ll}\p{M}]{3,}$`, 'u');
/** Capitalised words that stand alone as a subject without naming anyone: heads, pronouns, kin. */
const NOT_A_NAME = new Set([
  'Trường', 'Huyện', 'Tỉnh', 'Phường', 'Ngành', 'Đoàn', 'Trung', 'Phòng', 'Viện', 'Người', 'Chúng', 'Mình', 'Cháu',
  'Công', 'Doanh', 'Nông', 'Học', 'Sinh', 'Đơn', 'Nhóm', 'Tập', 'Thành', 'Quận', 'Làng', 'Thôn', 'Khối', 'Hãng',
  'Tổng', 'Cảng', 'Nhà', 'Tòa', 'Bệnh', 'Trạm', 'Đài', 'Báo', 'Quân', 'Chính', 'Nhân', 'Dân', 'Đảng', 'Cuộc', 'Giải',
]);

const TITLE_ONLY = narrowable(`^(?:(?:Phó|Nguyên|nguyên) +)?(?:${alternation(ROLE_TITLES)})$`, 'iu');
const CAP_WORD_RE = narrowable(`\\p{Lu}${L}*`, 'gu');
const TITLE_START = narrowable(`^(?:${alternation(ROLE_TITLES)})${NOT_L}`, 'u');
/** A title, form of address or modifier before a person's name: 'nguyên Thủ tướng', 'Chủ tịch VFF', 'cố nhạc sĩ'. */
const MODIFIER_START = narrowable(`^(?:${alternation([...ROLE_MODIFIERS, ...PERSON_PREFIXES])}) `, 'iu');
const TITLE_OR_ADDRESS = narrowable(`^(?:${alternation(ROLE_TITLES)}|${alternation(PERSON_PREFIXES)})${NOT_L}`, 'iu');
function beforeName(phrase: string): boolean {
  let s = phrase;
  for (let step = 0, m = MODIFIER_START.exec(s); m && step < 3; step++, m = MODIFIER_START.exec(s)) s = s.slice(m[0].length);
  return TITLE_OR_ADDRESS.test(s) || TITLE_OR_ADDRESS.test(phrase);
}

/** A person named after their title ('Tổng Giám đốc Thông tấn xã Việt Nam Nguyễn Đức Lợi'): the name. */
function personOnly(phrase: string): string | undefined {
  if (/ và /u.test(phrase) || !beforeName(phrase)) return undefined;
  // the run of capitalised words that ends the phrase, from a family name (not the whole phrase)
  const name = trailingPersonName(phrase);
  return name && name !== phrase && !PROVINCE_ONLY.test(name) ? name : undefined;
}

/** The first person's name in a phrase: a family name and one to three more capitalised syllables. */
function firstPersonName(phrase: string): { start: number; end: number } | undefined {
  const caps = [...phrase.matchAll(CAP_WORD_RE)];
  for (let i = 0; i < caps.length; i++) {
    if (!SURNAME_SET.has(caps[i][0])) continue;
    let j = i;
    while (
      j + 1 < caps.length && j - i < 3 &&
      /^ +$/u.test(phrase.slice(caps[j].index + caps[j][0].length, caps[j + 1].index)) &&
      // 'Nguyễn Tấn Dũng Thủ tướng …': a title that starts after the name
      !TITLE_START.test(phrase.slice(caps[j + 1].index))
    ) j++;
    if (j > i) return { start: caps[i].index, end: caps[j].index + caps[j][0].length };
  }
  return undefined;
}

/** A recipient phrase cleaned, or undefined when it names no one ('các đơn vị', 'hai ông'). */
const UNIT_HEAD = /^(?:Đội|Phòng|Trung tâm|Chi cục|Cục|Trường|Bệnh viện|Viện|Công an|Ban|Tổng công ty|Công ty) /u;
function nameLike(raw: string): string | undefined {
  let s = canonical(raw).replace(/[\s,.;:-]+$/u, '');
  if (!s || VAGUE_RECIPIENT.test(s)) return undefined;
  const bare = s.replace(HONORIFIC, '');
  const addressed = bare !== s;
  s = bare.replace(/ *\([^()]{1,20}\)$/u, '');
  const words = s.split(' ').filter(Boolean);
  // (a unit's name may run longer: 'Đội Cảnh sát điều tra tội phạm về ma túy thuộc Công an quận X')
  if (!words.length || words.length > (UNIT_HEAD.test(s) ? 18 : 14)) return undefined;
  if (VAGUE_RECIPIENT.test(s) || SENTENCE_WORDS.has(words[0]) || HONORIFIC.test(s + ' ')) return undefined;
  // A name: a word after the first is capitalised ('Công ty Cổ phần X', 'Nguyễn Thị Hằng Nga'),
  // or one word that is an acronym ('PTSC') or a given name after a form of address ('bà Tuyết').
  if (words.length === 1) return regexHere.u`^\p{Lu}{2,}[\p{Lu}\d&-]*$`.test(s) || (addressed && regexHere.u`^\p{Lu}\p{Ll}`.test(s)) ? s : undefined;
  if (!words.slice(1).some((w) => regexHere.u`^\p{Lu}`.test(w)) || CLAUSE_WORD.test(s)) return undefined;
  // a bare title names no one ('cho Tổng Giám đốc')
  if (TITLE_ONLY.test(s)) return undefined;
  return personOnly(s) ?? s;
}

// '… cho R', '… tặng R', and the object of a decision on it: 'hủy bỏ … Huân chương X đối với R',
// 'danh hiệu Anh hùng Lao động với PVC'.
const AFTER_OWN = /^ *(?:lần thứ +\S+ *)?(?:năm \d{4} +)?(?:Vì [^,;.:"]{1,60}? +)?(?:của +[^,;.:"]{1,60}? +)?(?:và +(?:thưởng nóng|thưởng|tiền thưởng|kèm theo) +[^,;.:"]{1,40}? +)?,? *(?:(?:đã +)?(?:được +)?trao +(?:trước đây +)?)?(?:cho|tặng|trao tặng|đối với|với) +(?:(?:tập thể|cá nhân) +)?/iu;

/**
 * The recipient written after the award's own words: '… cho R', '… tặng R'; null where the text
 * writes one that names no one ('cho các tập thể và cá nhân'): then no other is looked for.
 */
function recipientAfter(text: string, unit: Unit, offices: Office[], awardStarts: Set<number>): string | null | undefined {
  const rest = text.slice(unit.ownEnd, unit.clause.end);
  const m = AFTER_OWN.exec(rest);
  if (!m) return undefined;
  const at = unit.ownEnd + m[0].length;
  // ('do UBND TP trao tặng tại Quyết định số …': a place or a document, no receiver)
  if (regexHere.u`^(?:tại|trong|vào|ở|theo|về|từ|nhân|khi)(?![\p{L}\p{M}])`.test(text.slice(at, at + 6))) return undefined;
  // 'với' names a receiver only before a name ('danh hiệu X với PVC'), not before the work a
  // prize went to ('đoạt giải khuyến khích với tác phẩm …')
  if (/(?:^|\s)với +$/u.test(m[0]) && !regexHere.u`^["\p{Lu}]`.test(text.slice(at, at + 1))) return undefined;
  const rec = readRecipient(text, at, unit.clause.end, offices, awardStarts);
  if (rec) return rec;
  return /^cho$/iu.test(m[0].trim().split(' ').pop() ?? '') && VAGUE_RECIPIENT.test(text.slice(at, at + 12)) ? null : undefined;
}

// 'Văn phòng Tỉnh ủy được công nhận là …', 'Đảng bộ Sở Tư pháp vinh dự nhận …'
const SUBJECT_VERB = /^ *(?:(?:đã|đều|cũng|vừa|vinh dự) +){0,4}(?:được +(?:[^.;,\n]{0,30}? +)?(?:tặng|trao|công nhận|nhận|khen thưởng|phong tặng|truy tặng)|đón nhận|nhận|đạt|giành|đoạt)(?: (?:là|danh hiệu|được|thưởng))?(?: (?:là|danh hiệu|thưởng))?/iu;
/** Fronted adverbials before a clause's subject: 'Ngày 29/5/2013, tại TP Hồ Chí Minh, …'. */
const DATELINE_LEAD = narrowable(String.raw`^ *(?:\([^()]{1,20}\)|[\p{Lu}.]{2,20}) *- *`, 'u');
const FRONTED_ONE = /^ *(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Hôm|Năm|Tháng|Tại|Trong|Nhân dịp|Dịp|Với|Sau|Trước|Từ|Qua|Theo|Hiện nay|Cũng|Đặc biệt|Ngoài ra|Bên cạnh|Vừa qua|Mới đây|tại|vào)[^,;.]{0,80}, */u;
/** Fronted adverbials before a clause's subject ('(HNMO) - Ngày 29/5/2013, tại TP Hồ Chí Minh, …'): their length. */
function frontedLength(s: string): number {
  let n = DATELINE_LEAD.exec(s)?.[0].length ?? 0;
  for (let step = 0, m = FRONTED_ONE.exec(s.slice(n)); m && step < 4; step++, m = FRONTED_ONE.exec(s.slice(n))) n += m[0].length;
  return n;
}
/** Where a clause's first noun phrase ends. */
const SUBJECT_END = narrowable(String.raw` +\(| +- +|, | +(?:đã|vừa|được|cũng|vinh dự|long trọng|trọng thể|tổ chức|đón nhận|nhận|đạt|giành)(?![\p{L}\p{M}])`, 'u');

/** The subject of the clause when it is a name ('Tổng Công ty X (PTSC) - … - đã tổ chức … và đón nhận …'). */
function clauseSubject(text: string, clause: { start: number }, before: number): string | undefined {
  let s = text.slice(clause.start, before);
  s = s.slice(frontedLength(s));
  const end = SUBJECT_END.exec(s);
  if (!end || end.index === 0 || end[0] === ', ') return undefined;
  return subjectName(s.slice(0, end.index));
}

/** 'R (ABBR) - đơn vị Anh hùng …', 'R, vận động viên giành 2 HCV …': R in apposition before the award. */
const APPOSITION_TAIL = /\s*(?:\([^()]{1,15}\))?\s*(?:-|,)\s*(?:là\s+)?(?:đơn vị|vận động viên|VĐV|người|nhà báo|tác giả) (?:(?:đã|từng|hai lần|ba lần|[0-9][0-9]? lần) ){0,2}(?:(?:được\s+)?(?:phong tặng|tặng|nhận|giành|đạt|đoạt)(?:\s+được)?\s+)?(?:danh hiệu\s+)?(?:\d+\s+)?"?$/u;

function inApposition(text: string, from: number, pos: number): string | undefined {
  const before = text.slice(Math.max(from, pos - 200), pos);
  const tail = APPOSITION_TAIL.exec(before);
  if (!tail) return undefined;
  const head = before.slice(0, tail.index);
  const segment = /(?:^|[,(:;]\s*|\s-\s)([^,;():]{2,120})$/u.exec(head);
  if (!segment) return undefined;
  // a person's name that ends the phrase: '… do cô gái vàng Kickboxing Việt Nam Nguyễn Thị Hằng Nga'
  return trailingPersonName(segment[1]) ?? nameLike(segment[1]);
}

/** 'Nghệ sĩ Nhân dân: A, B, C;', 'Mẹ Việt Nam Anh hùng Phạm Thị Vọt': who holds a title. */
function holdersOf(text: string, unit: Unit): string | undefined {
  const after = text.slice(unit.end, unit.end + 200);
  const list = /^ ?: ?([^;.\n]{2,160})(?=[;.\n]|$)/u.exec(after);
  if (list) {
    // names only, each one to four capitalised words: 'Thu Hiền, Quang Thọ, Trung Đức'
    const names = list[1].trim().split(/ ?, ?/u);
    const ok = names.every((n) => {
      const words = n.split(' ');
      return words.length <= 4 && words.every((w) => CAPITALISED.test(w));
    });
    if (ok) return canonical(names.join(', '));
  }
  const words = leadingCapitals(after);
  if (words.length >= 2 && SURNAME_SET.has(words[0])) {
    // the name stops before a capitalised word that starts a sentence
    const cut = words.findIndex((w, i) => i > 0 && SENTENCE_WORDS.has(w));
    const kept = cut > 0 ? words.slice(0, cut) : words;
    if (kept.length >= 2) return canonical(kept.join(' '));
  }
  return undefined;
}

// ── Years ────────────────────────────────────────────────────────────────────────────────────

/** A year after these belongs to another predicate ('…, Tuấn còn được tuyên dương … năm 2015'). */
const OTHER_PREDICATE = /(?:^|\s)(?:đã|được|là|còn|đang|sẽ|vừa|nhận|đạt|giành|đoạt|tổ chức|tham gia|sinh)(?=\s|$)/u;
/** … unless the year is that of the merit the award is for ('và được ghi nhận là đơn vị … dẫn đầu phong trào thi đua năm 2016'). */
const MERIT_BEFORE = /(?:thành tích|thi đua)[^;:()]{0,60}$/u;
const NOT_CONFERRAL_BEFORE = /(?:từ|sinh|đến|tới|trước|sau|giai đoạn|nhiệm kỳ|-)\s*$/iu;
const ROUND_BEFORE = /(?:đợt|[Qq]uyết định[^.;\n]{0,40}?ngày)\s*$/u;
/** A full date right after the award is the day it was conferred: 'Huân chương Quyết thắng hạng Nhì ngày 30-4-1975'. */
const DAY_GAP = /^ *(?:vào +)?ngày +$/u;
/** Several years after the award ('các năm 2011, 2012, 2013', '(năm 2004 và 2011)'): several conferrals, no one year. */
const MORE_YEARS_AFTER = /^ *(?:,|và|-|–) *(?:năm +)?(?:19|20)\d\d(?![0-9])/u;
const YEARS_BEFORE = /(?:các|những|hai|ba) +năm +$/u;

const OPENING_BEFORE = /^\s{0,3}(?:và +)?(?:(?:[Cc]uối|[Đđ]ầu|[Gg]iữa|[Vv]ào|[Tt]rong|[Rr]iêng|[Ss]ang|[Tt]ới) +)?(?:[Nn]gày +)?$/u;
/** ', và Ngày 15-7-2010, PTSC đã đón nhận …': a coordinated clause with its own opening date. */
const SUBCLAUSE_START = /,\s+và\s+(?=(?:(?:[Cc]uối|[Đđ]ầu|[Gg]iữa|[Vv]ào|[Tt]rong|[Rr]iêng) +)?(?:[Nn]gày|[Nn]ăm) )/gu;
/** The decision that conferred it, dated before the award: 'Quyết định số 48/QĐ-TTg ngày 11-1-2010 về việc tặng Bằng khen'. */
const DECISION_DATE_BEFORE = /[Qq]uyết định[^.;\n]{0,40}? +ngày +$/u;
const ABOUT_CONFERRING = narrowable(`^ *,? *(?:về việc|về|v/v) +(?:${CONFER})(?![\\p{L}\\p{M}])`, 'u');

function yearOf(text: string, unit: Unit, dates: Candidate<'date'>[], unitStarts: readonly number[]): number | undefined {
  const index = spansOf(dates);
  const { start: from, end } = unit.clause;
  for (const d of index.startingIn(unit.end, end)) {
    if (d.end > end) break;
    const gap = text.slice(unit.end, d.start);
    if (gap.length > 140 || /[;:)]/u.test(gap) || /\((?!\s*$)/u.test(gap)) break;
    if (OTHER_PREDICATE.test(gap) && !(MERIT_BEFORE.test(gap) && !startsIn(unitStarts, unit.end, d.start))) break;
    const before = text.slice(Math.max(from, d.start - 50), d.start);
    if (/^\d{4}$/u.test(d.value)) {
      if (NOT_CONFERRAL_BEFORE.test(before)) break;
      if (YEARS_BEFORE.test(before) || MORE_YEARS_AFTER.test(text.slice(d.end, d.end + 12))) return undefined;
      return Number(d.value);
    }
    if (/^\d{4}-/u.test(d.value) && (ROUND_BEFORE.test(before) || DAY_GAP.test(gap))) return Number(d.value.slice(0, 4));
  }
  // 'Năm 2011, X được tặng …', 'năm 2009: Huân chương …': a year that opens the clause, or
  // that stands right before the award with a colon ('…: Năm 2010: Anh hùng Lao động').
  const colon = index.endingIn(Math.max(from, unit.start - 4), unit.start).find((d) => /^\d{4}$/u.test(d.value) && /^ ?: ?$/u.test(text.slice(d.end, unit.start)));
  if (colon) return Number(colon.value);
  const opening = openingYear(text, from, unit.start, index) ?? openingYear(text, from + attributionLength(text, from, unit.start), unit.start, index);
  if (opening) return opening;
  // ', và Ngày 15-7-2010, PTSC đã đón nhận …'
  let sub: number | undefined;
  for (const m of text.slice(from, unit.start).matchAll(SUBCLAUSE_START)) sub = from + m.index + m[0].length;
  // (only for the first award after it: 'và hôm nay X nhận B' after it is another predicate)
  if (sub !== undefined && !startsIn(unitStarts, sub - 1, unit.start)) {
    const year = openingYear(text, sub, unit.start, index);
    if (year) return year;
  }
  return decisionYear(text, from, unit.start, index) ?? continuedYear(text, unit, index) ?? contestRound(text, unit);
}

/**
 * 'Theo Cục Thuế, trong năm 2012, … 1.279 tổ chức và cá nhân … được các cấp khen thưởng. Trong đó,
 * có 133 tổ chức … được Bộ trưởng Bộ Tài chính tặng bằng khen, …': a clause that opens with 'Trong
 * đó' counts among those of the sentence before, whose opening year (of the merit or the
 * conferral it reports) is the awards' year, when that sentence speaks of awards or merit.
 */
const AMONG_THOSE = narrowable(String.raw`^\s*[Tt]rong (?:số )?(?:đó|này)(?![\p{L}\p{M}])`, 'u');
const MERIT_OR_AWARD = /(?:khen thưởng|thành tích|được tặng|tuyên dương|vinh danh)/u;
function continuedYear(text: string, unit: Unit, index: ReturnType<typeof spansOf<Candidate<'date'>>>): number | undefined {
  const { start: from } = unit.clause;
  if (!AMONG_THOSE.test(text.slice(from, unit.start)) || from < 2) return undefined;
  // (no year of its own before the award)
  if (/(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])/u.test(text.slice(from, unit.start))) return undefined;
  const prev = clauseStart(text, from - 1);
  const sentence = text.slice(prev, from);
  if (!MERIT_OR_AWARD.test(sentence)) return undefined;
  // its one year, set off as an adverbial: '…, trong năm 2012, …' (a caption may run into it)
  const years = sentence.match(/(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])/gu);
  if (years?.length !== 1) return undefined;
  const d = index.startingIn(prev, from).find((c) => /^\d{4}$/u.test(c.value));
  if (!d || !/^ *,/u.test(text.slice(d.end, d.end + 3))) return undefined;
  return /(?:^|[,.;:\n]) *(?:(?:[Tt]rong|[Cc]uối|[Đđ]ầu|[Ss]uốt) +)?$/u.test(text.slice(prev, d.start)) ? Number(d.value) : undefined;
}

/**
 * 'kết thúc Hội thi … giỏi năm 2013, Ban tổ chức đã tặng 2 giải Nhất, 6 giải Nhì …; … 19 giải
 * khuyến khích': a contest named with its year earlier in the sentence (lexicon CONTEST_EVENTS)
 * gives its prizes that round's year (DECISIONS: the round the text gives); only prizes ranked in
 * a contest ('Giải Nhất', 'Giải chuyên đề'), not a certificate given beside them.
 */
const CONTEST_ROUND = narrowable(`(?<![\\p{L}\\p{M}])(?:${alternation(CONTEST_EVENTS)})(?![\\p{L}\\p{M}])[^,;:.()!?"\\n]{0,120}? năm ((?:19|20)[0-9]{2})(?![0-9])`, 'giu');
function contestRound(text: string, unit: Unit): number | undefined {
  if (!unit.awards.every((a) => /^Giải (?!thưởng)/u.test(a.name))) return undefined;
  // the sentence: the clause and those before it up to a sentence's end (';' joins clauses)
  let from = unit.clause.start;
  for (let hop = 0; hop < 3 && from > 0 && /;\s*$/u.test(text.slice(Math.max(0, from - 3), from)); hop++) from = clauseStart(text, from - 1);
  const before = text.slice(from, unit.start);
  let year: string | undefined;
  let end = 0;
  for (const m of before.matchAll(CONTEST_ROUND)) {
    year = m[1];
    end = m.index + m[0].length;
  }
  // (not across another year: that would be another round's)
  if (!year || /(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])/u.test(before.slice(end))) return undefined;
  return Number(year);
}

/** Does a unit start strictly between `from` and `to`? (`starts` sorted) */
function startsIn(starts: readonly number[], from: number, to: number): boolean {
  const i = lowerBound(starts, from + 1);
  return i < starts.length && starts[i] < to;
}

/**
 * 'Cuối năm 2009, X được trao tặng …', 'Ngày 15-7-2010, X đón nhận …': a year, or a full date
 * after a word of the part of the year or 'ngày', that opens the clause at `from`.
 */
function openingYear(text: string, from: number, pos: number, index: ReturnType<typeof spansOf<Candidate<'date'>>>): number | undefined {
  const opening = index
    .startingIn(from, from + 12)
    .find(
      (d) =>
        d.end <= pos &&
        (d.start <= from + 3
          ? /^\d{4}$/u.test(d.value)
          : // the longer openings: a written year, then the comma that closes the adverbial
            /^\d{4}(?:-\d{2}-\d{2})?$/u.test(d.value) && /(?:19|20)\d\d$/u.test(text.slice(d.start, d.end)) && /^ *(?:,|có )/u.test(text.slice(d.end, d.end + 4)) && OPENING_BEFORE.test(text.slice(from, d.start)) && /(?:^|[.,;:!?\n]\s*|, +và +)$/u.test(text.slice(Math.max(0, from - 6), from))),
    );
  // not across another year ('năm 2013: A và hai năm liền (2011, 2012) nhận B')
  // (a year in a date or bare, not a number in a code: 'Quyết định số 4025/QĐ-UBND')
  return opening && !/(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])/u.test(text.slice(opening.end, pos)) ? Number(opening.value.slice(0, 4)) : undefined;
}

/**
 * 'Theo Cục Thuế TP.HCM, trong năm 2012, …', 'Từ phong trào thi đua yêu nước, trong năm 2012 có …':
 * the source or ground the clause opens with, before its opening year; 0 for none.
 */
const ATTRIBUTION = narrowable(String.raw`^\s*(?:Theo|Từ|Qua|Được biết)(?![\p{L}\p{M}])[^,;:.!?\n]{0,60}, *`, 'u');
function attributionLength(text: string, from: number, pos: number): number {
  const m = ATTRIBUTION.exec(text.slice(from, Math.min(pos, from + 80)));
  return m ? m[0].length : 0;
}

/** 'Quyết định số … ngày 11-1-2010 về việc tặng Bằng khen': the year of the conferring decision. */
function decisionYear(text: string, from: number, pos: number, index: ReturnType<typeof spansOf<Candidate<'date'>>>): number | undefined {
  for (const d of index.endingIn(from, pos)) {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(d.value) || !DECISION_DATE_BEFORE.test(text.slice(Math.max(from, d.start - 80), d.start))) continue;
    const about = ABOUT_CONFERRING.exec(text.slice(d.end, pos));
    if (about && objectGap(text.slice(d.end + about[0].length, pos))) return Number(d.value.slice(0, 4));
  }
  return undefined;
}

/**
 * 'năm 1995, 2000, 2003, PTSC liên tiếp được nhận các A, B và C': one year per award of the
 * list, in order, when the clause opens with as many years as the list has awards.
 */
const YEAR_LIST = /(?:^|[,:]\s*)[Nn]ăm ((?:19|20)\d\d(?:(?:, | và )(?:19|20)\d\d){1,7}) *,/u;
function respectiveYears(text: string, units: Unit[], links: Link[]): Map<Unit, number> {
  const out = new Map<Unit, number>();
  for (let i = 0; i < units.length; i++) {
    const head = units[i];
    if (i > 0 && links[i - 1] === 'list' && units[i - 1].clause.start === head.clause.start) continue;
    const list = [head];
    for (let j = i; j + 1 < units.length && links[j] === 'list'; j++) list.push(units[j + 1]);
    if (list.length < 2 || list.some((u) => u.awards.length !== 1)) continue;
    const m = YEAR_LIST.exec(text.slice(head.clause.start, head.start));
    if (!m || /\d{4}/u.test(text.slice(head.clause.start + m.index + m[0].length, head.start))) continue;
    const years = m[1].split(/, | và /u).map(Number);
    if (years.length !== list.length) continue;
    list.forEach((u, k) => out.set(u, years[k]));
  }
  return out;
}

/** A place named as the last part of an address: 'huyện Sơn Động, tỉnh Bắc Giang'. */
const ADDRESS_PART = /^(?:xã|huyện|tỉnh|thành phố|quận|phường|thị xã|thị trấn|TP\.?)\s/u;
const PROVINCE_ONLY = narrowable(`^(?:${PROVINCE_NAME_PATTERN}|Hà Nội|TP\\.? ?HCM|TPHCM)$`, 'u');
/** Enterprises and units that receive an award and never confer one. */
const RECEIVER_HEAD = narrowable(String.raw`^(?:Tổng [Cc]ông ty|Công ty|Cty|TCT|Tập đoàn|Ngân hàng|Bệnh viện|Trường|Hợp tác xã|HTX|Nhà máy|Xí nghiệp)(?![\p{L}\p{M}])`, 'u');

/** Is a grantor's name a body ('UBND tỉnh') rather than an office-holder ('Chủ tịch UBND tỉnh')? */
const HOLDER_START = narrowable(String.raw`^(?:Phó +)?(?:Chủ tịch|Thủ tướng|Bộ trưởng|Thứ trưởng|Tổng Giám đốc|Giám đốc|GĐ|Trưởng|Bí thư|Chánh Văn phòng|Chủ nhiệm|Tư lệnh|Chính ủy|Chỉ huy trưởng|Hiệu trưởng|Viện trưởng|Cục trưởng|Tổng cục trưởng|Tổng Biên tập|Thủ trưởng|Chánh án|Tổng Bí thư)(?![\p{L}\p{M}])`, 'iu');
function isBody(name: string): boolean {
  return !HOLDER_START.test(name);
}

/**
 * May `who`, read from a verb's subject, an agent or 'thay mặt' (not from the award's own
 * 'của'), be the grantor of `name`? A State order, medal or honorary title is conferred by the
 * State President: anyone else who 'trao tặng' it hands it over ('Chủ tịch Quốc hội … trao tặng
 * Huân chương …', 'Thứ trưởng … trao tặng Huân chương …'). A Party badge is given by a Party
 * body, not by the official who pins it on.
 */
function mayConfer(name: string, who: Authority): boolean {
  const category = categoryOf(name);
  if (category === 'order' || category === 'medal' || category === 'honorary-title') return STATE_GRANTOR.test(who.name);
  if (category === 'badge') return isBody(who.name);
  return true;
}

const PLURAL_BEFORE = /(?:^|\s)(?:nhiều|các|những|\d+)\s+$/iu;

/** A conferrer named by its level after the award: 'cờ thi đua (năm 2016) của tỉnh Nghệ An', 'của Trung ương'. */
const LEVEL_WORDS = new Set(['tỉnh', 'huyện', 'thành phố', 'thị xã', 'quận', 'xã', 'phường', 'trung ương']);
const LEVEL_AFTER = narrowable(String.raw`^ *(?:năm \d{4} +)?(?:của|do) +((?:chủ tịch +)?(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|[Tt]rung ương)(?![\p{L}\p{M}]))`, 'u');

/** A named conferrer the analyzer does not know: 'của Trung ương Đoàn', 'do Hội Nhà báo Việt Nam …'. */
const UNREAD_AFTER = narrowable(String.raw`^ *(?:"[^"\n]{1,100}" *)?(?:của|do) +(?:\p{Lu}|các cấp|các ngành|nhiều )`, 'u');
const ADDRESS_WORD = narrowable(`^(?:${alternation(PERSON_PREFIXES)})$`, 'iu');
const ADVERB_WORD = narrowable(`(?:^| )(?:${ADVERB})$`, 'u');

/**
 * Does the text before a verb name a conferrer the analyzer does not know ('Tổng Liên đoàn Lao
 * động Việt Nam', 'được Đoàn khối các cơ quan Trung ương tặng'), rather than a person ('Ông
 * Nguyễn Thiện Nhân trao …') or no one ('được tặng')? Then no other grantor is lent there.
 */
function namesConferrer(before: string): boolean {
  let s = before.trimEnd();
  for (let step = 0, m = ADVERB_WORD.exec(s); m && step < 3; step++, m = ADVERB_WORD.exec(s)) s = s.slice(0, m.index).trimEnd();
  // the agent after 'được', or the subject after the last comma
  const agent = s.lastIndexOf(' được ');
  s = agent >= 0 ? s.slice(agent + 6) : s.slice(s.lastIndexOf(',') + 1).trim();
  const name = trailingPersonName(s);
  if (name) s = s.slice(0, s.length - name.length).trimEnd();
  const words = s.split(' ').filter(Boolean);
  return words.some((w, i) => regexHere.u`^\p{Lu}`.test(w) && !(i === 0 && (ADDRESS_WORD.test(w) || SENTENCE_WORDS.has(w))));
}

/** 'Huân chương của X', 'Huy chương do X …' where no award's name starts: the class of awards, and X. */
// ('Huy hiệu Đảng của Thành ủy X' names the conferrer of the badges the article names by their
// years, 'Huy hiệu 60 năm tuổi Đảng', wherever they stand: head 'Huy hiệu')
const GENERIC_AWARD = narrowable(String.raw`(?<![\p{L}\p{M}])(Huân chương|Huy chương|Huy hiệu(?= +Đảng))(?: +Đảng)? +(?:của|do) +`, 'gu');

/** Every 'Huân chương'/'Huy chương' match of GENERIC_AWARD holds this. */
const GENERIC_AWARD_WORDS = /chương +(?:Đảng +)?(?:của|do) /u;

/** Per generic head ('Huân chương'), its one conferrer in the text, if the text names exactly one. */
function genericConferrers(text: string, awardStarts: Set<number>, offices: Office[]): Map<string, Authority> {
  const found = new Map<string, Authority | null>();
  // ('chương' alone is in nearly every article: 'chương trình')
  if (!GENERIC_AWARD_WORDS.test(text) && !text.includes('Huy hiệu')) return new Map();
  for (const m of text.matchAll(GENERIC_AWARD)) {
    if (awardStarts.has(m.index)) continue;
    const who = conferrerAt(text, m.index + m[0].length, offices);
    if (!who) continue;
    const known = found.get(m[1]);
    found.set(m[1], known === undefined || known?.name === who.name ? (known ?? { ...who, start: m.index }) : null);
  }
  const out = new Map<string, Authority>();
  for (const [head, who] of found) if (who) out.set(head, who);
  return out;
}

// ── Putting it together ──────────────────────────────────────────────────────────────────────

/**
 * Fills grantor, recipient and year; an award with several grantors becomes one fact per
 * grantor, all on the award's own span. Returns the new list. Each step is one function below:
 * units → links → grantors → recipients → facts, then the article-wide harmonising steps.
 */
export function attachAwardDetails(awards: Award[], offices: Office[], dates: Candidate<'date'>[], ctx: Context, officeNames: OfficeNames): Award[] {
  // No award, nothing to attach: every step below would give nothing, after whole-text scans
  // (genericConferrers) that most articles, naming no award, paid for nothing.
  if (!awards.length) return [];
  const { text } = ctx;
  const sorted = [...awards].sort((a, b) => a.start - b.start || a.end - b.end);
  const awardStarts = new Set(sorted.map((a) => a.start));
  const units = buildUnits(text, sorted, offices);
  const links: Link[] = units.map((u, i) => (i + 1 < units.length ? linkBetween(text, u, units[i + 1]) : undefined));
  const headOf = listHeads(units, links);
  const verbs = readVerbs(text, headOf, offices, officeNames);
  const grantorsOf = grantorsPerAward(text, units, links, headOf, verbs);
  const fullNameBefore = fullNamesOf(text);
  const recipientOf = recipientsPerUnit(text, units, links, headOf, verbs.verbOf, offices, awardStarts, fullNameBefore);
  const { out, lendable } = assembleFacts(text, units, links, headOf, grantorsOf, recipientOf, verbs.unread, dates);
  grantorsAsOfficeFacts(out, officeNames);
  oneGrantorSpelling(out, ctx);
  lendGrantors(text, out, lendable);
  dropHandedOverRepeats(text, out, lendable);
  grantorsOfBareHeads(out, lendable, offices);
  grantorsOfGenericHeads(text, out, lendable, awardStarts, offices);
  heldTitleHolders(text, out);
  placeHolders(text, out);
  const kept = withoutCaptionRepeats(text, withoutTitleCertificates(text, out), lendable);
  givenNameRecipients(kept, fullNameBefore);
  fullestRecipients(kept);
  return kept;
}

/** Units: the awards that share a start (coordinated classes), read as one phrase, with their own grantors. */
function buildUnits(text: string, sorted: Award[], offices: Office[]): Unit[] {
  const units: Unit[] = [];
  for (const a of sorted) {
    const last = units[units.length - 1];
    if (last && last.start === a.start) {
      last.awards.push(a);
      last.end = Math.max(last.end, a.end);
      continue;
    }
    units.push({ awards: [a], start: a.start, end: a.end, own: [], ownEnd: a.end, clause: { start: 0, end: 0 } });
  }
  for (const u of units) {
    u.clause = { start: clauseStart(text, u.start), end: clauseEnd(text, u.end) };
    const probe: Award = { ...u.awards[0], end: u.end };
    const after = grantorsAfter(text, probe, offices);
    // '… là di tích quốc gia đặc biệt đã được Thủ tướng Chính phủ công nhận'
    if (!after.grantors.length) {
      const agent = agentAfter(text, u.end, offices);
      if (agent && u.awards.every((a) => mayConfer(a.name, agent.who))) Object.assign(after, { grantors: [agent.who], end: agent.end });
    }
    u.own = after.grantors;
    u.attached = after.attached;
    u.ownEnd = after.end;
    if (!after.grantors.length) {
      // '(năm 2008)' or a quoted dedication still belong to the award's own words.
      const extra = /^ *(?:\(năm \d{4}\)|"[^"\n]{1,100}")/u.exec(text.slice(u.end, u.end + 110));
      if (extra) u.ownEnd = u.end + extra[0].length;
    }
  }
  return units;
}

/** The head of each list (the first unit of a run of linked units): it decides the verb. */
function listHeads(units: Unit[], links: Link[]): Map<Unit, Unit> {
  const headOf = new Map<Unit, Unit>();
  for (let i = 0; i < units.length; i++) {
    const shared = i > 0 && (links[i - 1] === 'list' || links[i - 1] === 'each');
    headOf.set(units[i], shared ? headOf.get(units[i - 1])! : units[i]);
  }
  return headOf;
}

interface Verbs {
  verbOf: Map<Unit, VerbContext | undefined>;
  /** grantors read from the verb's frame: subject, agent, 'thay mặt X', the decision's author */
  grantors: Map<Unit, Authority[]>;
  /** heads (and units) whose conferrer is written but unknown to the analyzer: nothing is lent to them */
  unread: Map<Unit, string>;
}

/** Per list head, the governing verb and the conferrers its frame names. */
function readVerbs(text: string, headOf: Map<Unit, Unit>, offices: Office[], officeNames: OfficeNames): Verbs {
  const verbOf = new Map<Unit, VerbContext | undefined>();
  const grantors = new Map<Unit, Authority[]>();
  const unread = new Map<Unit, string>();
  for (const head of new Set(headOf.values())) {
    const verb = governingVerb(text, head.clause.start, head.start);
    verbOf.set(head, verb);
    let who: Authority[] = [];
    if (verb && verb.kind !== 'receive') {
      const behalf = verb.passive ? undefined : onBehalfOf(text, head.clause.start, verb.start, offices);
      if (behalf !== undefined) who = behalf ? [behalf] : [];
      else {
        const decision = decisionAuthor(text, head.clause.start, head.clause.end, offices);
        if (decision) who = [decision];
        else if (!verb.passive) {
          // (only one body written right before 'trao' gives what it hands: 'Lãnh đạo UBND huyện,
          // Phòng X và ban giám hiệu … trao' are people handing over)
          who = subjectsEndingAt(text, verb.start, head.clause.start, offices, officeNames, verb.kind !== 'hand');
          if (!who.length && verb.kind === 'confer') who = coordinatedAgent(text, head.clause.start, verb.start, offices);
          const written = text.slice(Math.max(head.clause.start, verb.start - 60), verb.start);
          // (a hander-over's titles name no conferrer: 'Phó Chủ tịch UBND TPHCM … trao Bằng khen')
          if (!who.length && verb.kind === 'confer' && namesConferrer(written)) unread.set(head, written);
          // 'Phó Bí thư … trao …' hands over; 'Bộ Tư lệnh … đã trao …': a body confers what it gives.
          if (verb.kind === 'hand') who = who.filter((w) => isBody(w.name));
        }
      }
    } else {
      const decision = verb ? undefined : decisionAuthor(text, head.clause.start, head.clause.end, offices);
      if (decision) who = [decision];
    }
    grantors.set(head, who);
  }
  return { verbOf, grantors, unread };
}

/** Grantors per award: its own ('của X'), then the 'của X' of a later award of its list, then the verb's. */
function grantorsPerAward(text: string, units: Unit[], links: Link[], headOf: Map<Unit, Unit>, verbs: Verbs): Map<Award, Authority[]> {
  const fromList = new Map<Unit, Authority[]>();
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i];
    // ('của X' after the last of a list covers the list; a grantor attached without 'của' does
    // not: 'Chiến sỹ thi đua cơ sở, Giấy khen Tổng cục Hải quan')
    if (u.own.length) fromList.set(u, u.attached ? [] : u.own);
    else if (links[i] === 'list' || links[i] === 'parallel') {
      const next = fromList.get(units[i + 1]);
      if (next) fromList.set(u, next);
    }
  }
  const grantorsOf = new Map<Award, Authority[]>();
  for (const u of units) {
    const after = text.slice(u.end, u.end + 120);
    if (!u.own.length && UNREAD_AFTER.test(after)) verbs.unread.set(u, text.slice(u.end, u.end + 80));
    // 'trao tặng cờ thi đua năm 2016 của tỉnh Nghệ An': 'của' names the conferrer by its level
    // (no grantor, DECISIONS), so whoever 'trao tặng' it there hands it over.
    const level = u.own.length ? null : LEVEL_AFTER.exec(after);
    if (level) verbs.unread.set(u, level[1]);
    const listed = fromList.get(u);
    for (const a of u.awards) {
      let g: Authority[] = [];
      if (u.own.length) g = u.own;
      // (not over the award's own conferrer, written before it and unread: 'được đề nghị Bộ tặng
      // Bằng khen cùng nhiều giấy khen của lãnh đạo Tổng cục X' — the certificates are the Tổng cục's)
      else if (listed && !(headOf.get(u) === u && verbs.unread.has(u))) g = listed.filter((w) => !STATE_ONLY.has(categoryOf(a.name)) || STATE_GRANTOR.test(w.name));
      if (!g.length && !u.own.length && !level) g = (verbs.grantors.get(headOf.get(u)!) ?? []).filter((w) => mayConfer(a.name, w));
      grantorsOf.set(a, g);
    }
  }
  return grantorsOf;
}

/** Recipients per unit: after it, after its list, before it, in apposition, holders of titles. */
function recipientsPerUnit(
  text: string,
  units: Unit[],
  links: Link[],
  headOf: Map<Unit, Unit>,
  verbOf: Map<Unit, VerbContext | undefined>,
  offices: Office[],
  awardStarts: Set<number>,
  fullNameBefore: FullNameBefore,
): Map<Unit, string> {
  const index = spansOf(offices);
  // 'Đảng bộ đạt giải Nhì' completes the bare head from the article's first full name of that head.
  const firstFull = new Map<string, Office | undefined>();
  const firstFullOf = (head: string) => {
    if (!firstFull.has(head)) firstFull.set(head, index.startingIn(0, text.length).find((o) => o.name.startsWith(head + ' ')));
    return firstFull.get(head);
  };
  const recipientOf = new Map<Unit, string>();
  const afterOf = units.map((u) => recipientAfter(text, u, offices, awardStarts));
  for (let i = units.length - 1; i >= 0; i--) {
    if (afterOf[i] === undefined && links[i] === 'list' && afterOf[i + 1]) afterOf[i] = afterOf[i + 1];
  }
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (afterOf[i] === null) continue;
    const head = headOf.get(u)!;
    const verb = verbOf.get(head);
    let rec = afterOf[i] ?? officeAsSubject(text, u, head, index);
    if (!rec) rec = subjectOfVerb(text, u, verb, firstFullOf, fullNameBefore);
    if (!rec && verb?.kind === 'receive' && !u.own.length) rec = receiverAfterOf(text, u, awardStarts);
    if (!rec) rec = inApposition(text, u.clause.start, u.start);
    if (!rec && categoryOf(u.awards[0].name) === 'honorary-title') rec = holdersOf(text, u);
    if (rec) recipientOf.set(u, rec);
  }
  return recipientOf;
}

/**
 * 'Văn phòng Tỉnh ủy được công nhận là …': an office as the receiving subject (not the end of a
 * longer name: 'Liên chi hội Nhà báo Thông tấn xã Việt Nam đón nhận …').
 */
function officeAsSubject(text: string, u: Unit, head: Unit, index: ReturnType<typeof spansOf<Office>>): string | undefined {
  const from = u.clause.start;
  const before = index.startingIn(from, u.start).filter((o) => o.end <= head.start);
  for (const o of before.reverse()) {
    const gap = text.slice(o.end, head.start);
    const verbGap = SUBJECT_VERB.exec(gap);
    if (!verbGap || !/^ *(?:[^,;]{0,40})$/u.test(gap) || !objectGap(gap.slice(verbGap[0].length))) continue;
    // the office begins its subject: nothing but a fronted phrase, 'tập thể' or a comma before it
    const lead = text.slice(from, o.start).replace(/^.*[,:;(]/su, '');
    if (!/^ *(?:(?:tập thể|cả|toàn thể) +)?$/iu.test(lead.slice(frontedLength(lead)))) return undefined;
    return o.name;
  }
  return undefined;
}

/** The subject of a receiving verb or of a passive 'được (X) tặng': 'Tổng Công ty X vinh dự đón nhận …'. */
function subjectOfVerb(
  text: string,
  u: Unit,
  verb: VerbContext | undefined,
  firstFullOf: (head: string) => Office | undefined,
  fullNameBefore: FullNameBefore,
): string | undefined {
  let subjectEnd: number | undefined;
  if (verb && (verb.kind === 'receive' || verb.passive)) subjectEnd = verb.start;
  else if (verb?.kind === 'confer') subjectEnd = agentStart(text, u.clause.start, verb.start);
  if (!verb || subjectEnd === undefined) return undefined;
  // 'Bộ trưởng … khẳng định tại lễ đón nhận danh hiệu …': a ceremony named by its verb has no
  // subject of its own, except the one that holds it ('X tổ chức lễ đón nhận …').
  const ceremony = CEREMONY_BEFORE.exec(text.slice(Math.max(u.clause.start, subjectEnd - 60), subjectEnd));
  if (ceremony) return ceremony[1] ? clauseSubject(text, u.clause, subjectEnd) : undefined;
  let rec: string | undefined;
  // 'Tổng Công ty X vinh dự đón nhận …', 'Năm 2007, DATC đã đón nhận …'
  const vp = /(?:(?:đã|đều|cũng|vừa|vinh dự|liên tiếp|liên tục|tiếp tục|lần lượt|[0-9][0-9]? lần|hai lần|ba lần|nhiều lần) ){0,4}(?:được )?$/iu.exec(text.slice(u.clause.start, subjectEnd));
  const end = subjectEnd - (vp ? vp[0].length : 0);
  const segment = text.slice(u.clause.start, end);
  const own = /(?:^|([,:]) *)([^,:]{2,100}?) *$/u.exec(segment);
  if (own) {
    const fronted = frontedLength(own[2]);
    const np = own[2].slice(fronted);
    // '…, xã Vân Sơn, huyện Sơn Động, tỉnh Bắc Giang đoạt giải nhất': the end of an address
    // (the part before the comma is a place too; '…, năm 2004, xã Tam Nghĩa được …' is no address)
    const address = own[1] === ',' && !fronted && (ADDRESS_PART.test(np) || PROVINCE_ONLY.test(np.trim())) && addressBefore(segment, own.index);
    if (!address) rec = subjectName(np);
  }
  // 'X … đã tổ chức lễ kỷ niệm … và đón nhận Huân chương …': the clause's subject.
  if (!rec && verb.kind === 'receive' && /tổ chức[^;]{0,160} và +$/u.test(segment + ' ')) rec = clauseSubject(text, u.clause, end);
  // 'Ngoài ra, Tuấn còn tham gia và giành giải Nhất': a short verb phrase coordinated before
  // the receiving verb shares its subject
  const coordinated = verb.kind === 'receive' && !rec ? COORDINATED_VP.exec(segment) : null;
  if (coordinated) {
    const shared = /(?:^|[,:] *)([^,:]{2,100}?) *$/u.exec(segment.slice(0, coordinated.index));
    if (shared) rec = subjectName(shared[1].slice(frontedLength(shared[1])));
  }
  // '… như 4 năm liền Tuấn nhận danh hiệu …': a given name right before the verb, of a person
  // the article named in full before
  if (!rec && verb.kind === 'receive') {
    const given = GIVEN_BEFORE.exec(segment);
    if (given && !SENTENCE_WORDS.has(given[1]) && fullNameBefore(given[1], u.clause.start)) rec = given[1];
  }
  // 'Đảng bộ đạt giải Nhì': a bare head noun is the body of that head the article named in full.
  const head = /(?:^|[\s,:])(Đảng bộ|Chi bộ|Văn phòng|Đảng ủy) +(?:đã +|vinh dự +)*(?:được +)?$/u.exec(text.slice(u.clause.start, subjectEnd));
  if (!rec && head) {
    const full = firstFullOf(head[1]);
    if (full && full.end <= u.clause.start) rec = full.name;
  }
  return rec;
}

/** A verb phrase of one to three lower-case words coordinated before the receiving verb ('còn tham gia và'). */
const COORDINATED_VP = narrowable(String.raw`(?<=[\p{L}\p{M}]) +(?:(?:còn|đã|cũng|vừa|từng) +)?\p{Ll}+(?: +\p{Ll}+){0,2} +và +(?:(?:còn|đã|cũng|vừa) +)?$`, 'u');
/** A lone capitalised word after a lower-case word, right before the verb ('… năm liền Tuấn'). */
const GIVEN_BEFORE = narrowable(String.raw`(?<=\p{Ll} )(\p{Lu}[\p{Ll}\p{M}]+) *$`, 'u');

/**
 * Where the subject of 'được X tặng' ends: at the last 'được' before the verb, when what stands
 * between is an agent ('chị X vinh dự được Thủ tướng Chính phủ tặng …', 'Cục X đã vinh dự được
 * Đảng, Nhà nước tặng thưởng …'), not a clause.
 */
const CAPITALISED_START = narrowable(String.raw`^\p{Lu}`, 'u');
function agentStart(text: string, from: number, verbStart: number): number | undefined {
  const before = text.slice(Math.max(from, verbStart - 200), verbStart);
  const at = before.lastIndexOf('được ');
  if (at < 0 || (at > 0 && !/\s/u.test(before[at - 1]))) return undefined;
  const agent = before.slice(at + 5);
  // (a longer agent only as a list of names: 'được Thủ tướng Chính phủ, Trung ương Hội Chữ thập đỏ
  // Việt Nam, Hội Nạn nhân … tặng')
  const named = agent.length <= 190 && agent.trim().split(/, (?:và )?| và /u).every((item) => CAPITALISED_START.test(item));
  if (!agent.trim() || (agent.length > 80 && !named) || /[;.:()]/u.test(agent) || / (?:đã|đang|là|và được|có)(?= )/u.test(' ' + agent)) return undefined;
  return verbStart - before.length + at;
}

/** 'tại lễ đón nhận', 'X tổ chức (trọng thể) lễ đón nhận': a ceremony before its receiving verb. */
const CEREMONY_BEFORE = /(?:(tổ chức(?: +(?:trọng thể|long trọng|trang trọng))?) +)?(?:[Ll]ễ|[Bb]uổi lễ)(?: +(?:kỷ niệm[^,;.]{0,40}? +và|mít tinh[^,;.]{0,40}? +và))? +$/u;

/** Is the comma-part before `at` in `segment` a place too (an address chain)? */
function addressBefore(segment: string, at: number): boolean {
  const prev = /([^,]*),? *$/u.exec(segment.slice(0, at))?.[1].trim() ?? '';
  return ADDRESS_PART.test(prev + ' ') || PROVINCE_ONLY.test(prev) || /^(?:ấp|thôn|xóm|bản|tổ|khu phố|số)\s/iu.test(prev) || /\(.*\)$/u.test(prev);
}

/** 'đón nhận Huân chương … của Công ty X': 'của' names the receiver when it names an enterprise. */
function receiverAfterOf(text: string, u: Unit, awardStarts: Set<number>): string | undefined {
  const of = /^ +của +/u.exec(text.slice(u.end, u.end + 8));
  if (!of || !RECEIVER_HEAD.test(text.slice(u.end + of[0].length, u.end + of[0].length + 20))) return undefined;
  return readRecipient(text, u.end + of[0].length, u.clause.end, [], awardStarts);
}

/** A predicate whose subject is the one before: '; được …', ', đồng thời cũng được …'. */
const ELIDED_SUBJECT = narrowable(String.raw`^ *(?:;|, *đồng thời) *(?:(?:cũng|còn|đã|liên tục|vinh dự) +)?(?:(?:cũng|còn|đã|liên tục|vinh dự) +)?(?:được|đạt|nhận)(?![\p{L}\p{M}])`, 'u');

/** One fact per award and grantor, with its recipient and year; and the awards left without a grantor. */
function assembleFacts(
  text: string,
  units: Unit[],
  links: Link[],
  headOf: Map<Unit, Unit>,
  grantorsOf: Map<Award, Authority[]>,
  recipientOf: Map<Unit, string>,
  unread: Map<Unit, string>,
  dates: Candidate<'date'>[],
): { out: Award[]; lendable: Map<Award, string> } {
  const out: Award[] = [];
  /** Awards without a grantor, with what the text writes as their unknown conferrer ('' for none). */
  const lendable = new Map<Award, string>();
  let previous: Award | undefined;
  /** The awards whose recipient was carried over from the predicate before. */
  const carried = new Set<Award>();
  const unitStarts = units.map((u) => u.start); // sorted, as the units are
  const respective = respectiveYears(text, units, links);
  for (const u of units) {
    const year = respective.get(u) ?? yearOf(text, u, dates, unitStarts);
    // 'Huy hiệu 50 năm, 45 năm và 30 năm tuổi Đảng cho các ông A, B và C': one each, in order
    const persons = u.awards.length > 1 ? personList(recipientOf.get(u) ?? '') : undefined;
    const each = persons?.length === u.awards.length ? persons : undefined;
    for (const [k, a] of u.awards.entries()) {
      let rec = each ? each[k] : recipientOf.get(u);
      // '… được công nhận là A, được tặng B': the subject carries over to the next predicate.
      if (!rec && previous?.recipient && /^ *, *(?:và +)?(?:được|đạt|nhận)/u.test(text.slice(previous.end, a.start))) {
        rec = previous.recipient;
      }
      // '… đồng chí X đã vinh dự được Thủ tướng tặng Bằng khen; được Y tặng …, đồng thời cũng được Z
      // tặng …': a predicate without its subject after ';' or 'đồng thời' in the same sentence
      // (and the awards listed after it: '…; được Y tặng nhiều Bằng khen, giấy khen')
      if (!rec && previous?.recipient && previous.start !== a.start) {
        const gap = text.slice(previous.end, a.start);
        if (!/[.!?\n]/u.test(gap) && (ELIDED_SUBJECT.test(gap) || (carried.has(previous) && listGap(gap)))) {
          rec = previous.recipient;
          carried.add(a);
        }
      }
      const base: Award = { ...a };
      if (rec) base.recipient = rec;
      if (year) base.year = year;
      const g = grantorsOf.get(a)!;
      if (!g.length) out.push(base);
      if (!g.length) lendable.set(base, unread.get(u) ?? unread.get(headOf.get(u)!) ?? '');
      const seen = new Set<string>();
      for (const who of g) {
        if (seen.has(who.name)) continue;
        seen.add(who.name);
        out.push({ ...base, grantor: who.name });
      }
      if (carried.has(a)) carried.add(base);
      previous = base;
    }
  }
  return { out, lendable };
}

/**
 * One grantor written several ways ('Chủ tịch UBND Thành phố', 'Chủ tịch Ủy ban nhân dân TP Hồ
 * Chí Minh') is one grantor, written as its first full mention; an office-holder named short and
 * in full for one award ('Thủ tướng', 'Thủ tướng Chính phủ') takes the full title.
 */
function oneGrantorSpelling(out: Award[], ctx: Context): void {
  const byName = new Map<string, Award[]>();
  for (const a of out) if (a.grantor) (byName.get(a.name) ?? byName.set(a.name, []).get(a.name)!).push(a);
  for (const list of byName.values()) {
    const canonicalOf = canonicalBodyNames(list.map((a) => a.grantor!), ctx.article.province);
    for (const a of list) a.grantor = canonicalOf.get(a.grantor!) ?? a.grantor;
  }
  for (const list of byName.values()) {
    const names = [...new Set(list.map((a) => a.grantor!))];
    if (names.length > 40) continue;
    for (const a of list) {
      const full = names.find((n) => n.length > a.grantor!.length && n.startsWith(a.grantor! + ' ') && !isBody(n));
      if (full) a.grantor = full;
    }
  }
}

/**
 * The same award named again without its grantor ('trao Huân chương Độc lập hạng Ba cho …' after
 * '… hạng Ba của Chủ tịch nước') is that award, when the article names one grantor for it; lent
 * only where the text names no other conferrer ('Bằng khen của Chủ tịch UBND TPHồ Chí Minh' is
 * 'Chủ tịch UBND TP Hồ Chí Minh'; 'Kỷ niệm chương … Tổng Liên đoàn … tặng' is not TTXVN's).
 */
function lendGrantors(text: string, out: Award[], lendable: Map<Award, string>): void {
  const grantorsByName = new Map<string, Set<string>>();
  for (const a of out) if (a.grantor) (grantorsByName.get(a.name) ?? grantorsByName.set(a.name, new Set()).get(a.name)!).add(a.grantor);
  for (const a of out) {
    const gs = grantorsByName.get(a.name);
    if (a.grantor || gs?.size !== 1 || !lendable.has(a)) continue;
    // 'nhiều bằng khen', 'các giấy khen': several certificates, from conferrers the text leaves open
    if (PLURAL_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start))) continue;
    const [only] = gs;
    const written = lendable.get(a)!.toLowerCase();
    // a level word lends the article's one body of that level ('của tỉnh' → 'UBND tỉnh')
    const ofLevel = LEVEL_WORDS.has(written) && isBody(only) && only.toLowerCase().split(' ').includes(written);
    if (!written || ofLevel || written.includes(only.toLowerCase().split(' ').slice(0, 2).join(' '))) a.grantor = only;
  }
}

/** A hand-over verb right before the award: 'sẽ tiến hành trao bằng khen cho …'. */
const HANDED_OVER_BEFORE = narrowable(`(?<![\\p{L}\\p{M}])(?:${HAND_OVER})\\s+$`, 'iu');
/**
 * 'UBND tỉnh … tặng bằng khen … Chủ tịch UBND tỉnh … tặng bằng khen …; các đơn vị sẽ tiến hành
 * trao bằng khen cho 2 cá nhân này': an award handed over, with no conferrer written, when the
 * article names that award with conferrers (more than one, or lendGrantors lends it), is one of
 * them handed over, no award of its own (a distinct award is listed once: FACTS.md). Not after a
 * plural ('trao nhiều bằng khen'): several certificates may be others.
 */
function dropHandedOverRepeats(text: string, out: Award[], lendable: Map<Award, string>): void {
  const granted = new Set<string>();
  for (const a of out) if (a.grantor) granted.add(a.name);
  if (!granted.size) return;
  for (let i = out.length - 1; i >= 0; i--) {
    const a = out[i];
    if (a.grantor || !granted.has(a.name) || lendable.get(a) !== '') continue;
    const before = text.slice(Math.max(0, a.start - 20), a.start);
    if (HANDED_OVER_BEFORE.test(before) && !PLURAL_BEFORE.test(before)) out.splice(i, 1);
  }
}

/** A conferrer written by its bare head right before the verb: '… được đề nghị Bộ tặng', 'Sở tặng'. */
const BARE_HEAD_BEFORE_VERB = /(?:^|[\s,])(Bộ|Sở|Cục|Tổng cục) *$/u;
/**
 * 'được đề nghị Bộ tặng Bằng khen': a bare head is a back-reference to the full name it continues
 * (DECISIONS.md), the article's one body of that head ('Bộ Công an'); none when it names several.
 */
function grantorsOfBareHeads(out: Award[], lendable: Map<Award, string>, offices: Office[]): void {
  for (const a of out) {
    if (a.grantor) continue;
    const head = BARE_HEAD_BEFORE_VERB.exec(lendable.get(a) ?? '')?.[1];
    if (!head) continue;
    const named = new Set(offices.filter((o) => o.name.startsWith(head + ' ') && o.level === 'central' === (head !== 'Sở')).map((o) => o.name));
    if (named.size === 1) a.grantor = [...named][0];
  }
}

/**
 * A generic 'Huân chương' or 'Huy chương' with its conferrer, in a headline or lead ('Lễ trao
 * Huân chương của Chủ tịch nước … tặng …'), and the specific orders named after it without one:
 * they are the ones it conferred (genre batch 5).
 */
function grantorsOfGenericHeads(text: string, out: Award[], lendable: Map<Award, string>, awardStarts: Set<number>, offices: Office[]): void {
  for (const [head, who] of genericConferrers(text, awardStarts, offices)) {
    for (const a of out) {
      if (a.grantor || (a.start < who.start && head !== 'Huy hiệu') || !a.name.startsWith(head + ' ') || lendable.get(a) !== '') continue;
      a.grantor = who.name;
    }
  }
}

/**
 * A photo caption ('… trao Bằng khen cho các tổ chức … năm 2012. Ảnh: X') shows what the body
 * tells: an award it names without a grantor, where the article names that award with several
 * grantors, is one of those (which one it does not say), no fact of its own (DECISIONS 004: the
 * caption's award is the body's). With one grantor, lendGrantors has lent it already. The
 * headline likewise tells what the body tells (genre35: 'Trao bằng khen cho …' over the body's
 * two conferrers).
 */
const CAPTION_AFTER = /^[.!]?\s*\(?[Ảả]nh\s*:/u;
function withoutCaptionRepeats(text: string, out: Award[], lendable: Map<Award, string>): Award[] {
  const grantors = new Map<string, number>();
  for (const a of out) if (a.grantor) grantors.set(a.name, (grantors.get(a.name) ?? 0) + 1);
  return out.filter(
    (a) =>
      a.grantor ||
      (grantors.get(a.name) ?? 0) < 2 ||
      !lendable.has(a) ||
      PLURAL_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start)) ||
      !(inHeadline(text, a.start) || CAPTION_AFTER.test(text.slice(clauseEnd(text, a.end), clauseEnd(text, a.end) + 12))),
  );
}

/** Is `pos` on the text's first line, a headline of its length ('Trao bằng khen cho hai sinh viên …')? */
function inHeadline(text: string, pos: number): boolean {
  const end = text.indexOf('\n');
  return end > pos && end <= 200;
}

/**
 * A certificate that names the title it certifies ('Bằng khen tập thể lao động xuất sắc'): the
 * title is the award, the certificate no second fact (DECISIONS: the certificate of a title).
 */
function withoutTitleCertificates(text: string, out: Award[]): Award[] {
  const titleStarts = new Set(out.filter((a) => TITLE_CATEGORIES.has(categoryOf(a.name))).map((a) => a.start));
  return out.filter((a) => !(categoryOf(a.name) === 'certificate' && text[a.end] === ' ' && titleStarts.has(a.end + 1)));
}

/**
 * 'xã Anh hùng Trí Phải', 'đơn vị Anh hùng X': the title stands between the holder's kind and its
 * name; the holder is the recipient, as written without the title ('xã Trí Phải').
 */
const HOLDER_KIND_BEFORE = narrowable(`(?<![\\p{L}\\p{M}])(${HERO_HOLDER_KINDS.join('|')}) +$`, 'u');
function heldTitleHolders(text: string, out: Award[]): void {
  for (const a of out) {
    if (a.recipient || a.name !== 'Anh hùng') continue;
    const kind = HOLDER_KIND_BEFORE.exec(text.slice(Math.max(0, a.start - 12), a.start));
    const name = kind && leadingCapitals(text.slice(a.end, a.end + 40), 4);
    if (kind && name?.length) a.recipient = `${kind[1]} ${name.join(' ')}`;
  }
}

/**
 * A title conferred on a place, and the place: the site named after its rank ('Khu di tích quốc gia
 * đặc biệt Nhà tù Sơn La' → 'Nhà tù Sơn La'), or the subject of 'X là …' ('Vườn Quốc gia Cát Tiên
 * là khu dự trữ sinh quyển đã được UNESCO công nhận' → 'Vườn Quốc gia Cát Tiên'), as written.
 */
const PLACE_TITLES = new Set(DESIGNATIONS.map((d) => d.name));
/** The kinds of site written in lower case before a site's name ('đền Hát Môn'). */
const SITE_KIND = /^(?:đền|chùa|đình|miếu|lăng|mộ|nhà|khu|cụm|quần thể|địa đạo|căn cứ|hang|động|thành|tháp|làng|bến|chiến khu)$/u;
const WORD = narrowable(String.raw`^[\p{L}\p{M}]+$`, 'u');
/** Capitalised words that open a sentence glued after a site's name ('… di tích Quốc gia Yên Tử Việc tuyên truyền …'). */
const SITE_NAME_STOPS = new Set([...SENTENCE_WORDS, ...CAPTION_STARTERS, 'Việc']);
/**
 * A place's name as a run of words: capitalised ones, and a lower-case one between two of them
 * ('Vườn Quốc gia Cát Tiên', 'Nhà tù Sơn La'); `words` in reading order, read from the end when
 * `backwards`. At most seven words.
 */
function placeName(words: string[], backwards: boolean): string | undefined {
  const seq = backwards ? [...words].reverse() : words;
  const kept: string[] = [];
  for (let i = 0; i < seq.length && kept.length < 7; i++) {
    const w = seq[i];
    if (!WORD.test(w) || (kept.length && !backwards && SITE_NAME_STOPS.has(w))) break;
    if (regexHere.u`^\p{Lu}`.test(w)) kept.push(w);
    else if (kept.length && i + 1 < seq.length && regexHere.u`^\p{Lu}`.test(seq[i + 1])) kept.push(w);
    else if (!backwards && !kept.length && SITE_KIND.test(w)) kept.push(w);
    else break;
  }
  const name = backwards ? kept.reverse() : kept;
  while (name.length && !regexHere.u`^\p{Lu}`.test(name[0]) && !(!backwards && SITE_KIND.test(name[0]) && name.length > 1)) name.shift();
  return name.length >= 2 && !SENTENCE_WORDS.has(name[0]) ? name.join(' ') : undefined;
}
function placeHolders(text: string, out: Award[]): void {
  for (const a of out) {
    if (a.recipient || !(PLACE_TITLES.has(a.name) || a.name.startsWith('Di tích '))) continue;
    const after = /^ +([^.,;:!?\n()"]{1,60})/u.exec(text.slice(a.end, a.end + 61));
    const site = a.name.startsWith('Di tích ') && after ? placeName(after[1].split(' '), false) : undefined;
    if (site) {
      a.recipient = canonical(site);
      continue;
    }
    // 'X là …'
    const before = /(?:^|[.,;:!?\n()"])([^.,;:!?\n()"]{1,80}) +là +(?:[Kk]hu +)?$/u.exec(text.slice(Math.max(0, a.start - 90), a.start));
    const subject = before ? placeName(before[1].trim().split(' '), true) : undefined;
    if (subject) a.recipient = canonical(subject);
  }
}

/** One recipient written short then in full ('Tổng Công ty CP Dịch vụ Dầu khí' in the headline, '… Việt Nam' in the body): the fuller name. */
function fullestRecipients(out: Award[]): void {
  const fullest = new Map<string, string>();
  for (const a of out) {
    if (!a.recipient) continue;
    const key = `${a.name}|${a.grantor ?? ''}`;
    const known = fullest.get(key);
    if (!known || (a.recipient.length > known.length && a.recipient.toLowerCase().startsWith(known.toLowerCase()))) fullest.set(key, a.recipient);
  }
  for (const a of out) {
    if (!a.recipient) continue;
    const full = fullest.get(`${a.name}|${a.grantor ?? ''}`);
    if (full && full !== a.recipient && full.toLowerCase().startsWith(a.recipient.toLowerCase())) a.recipient = full;
  }
  // One award given to several persons named apart ('trao Huy hiệu 50 năm tuổi Đảng cho … A',
  // then '… cho các ông B, …'): one fact, its recipients joined with 'và' (DECISIONS: one
  // award key, one recipient string).
  const persons = new Map<string, string[]>();
  for (const a of [...out].sort((x, y) => x.start - y.start)) {
    if (!a.recipient || trailingPersonName(a.recipient) !== a.recipient) continue;
    const key = `${a.name}|${a.grantor ?? ''}`;
    const list = persons.get(key) ?? persons.set(key, []).get(key)!;
    if (!list.includes(a.recipient)) list.push(a.recipient);
  }
  for (const a of out) {
    const list = persons.get(`${a.name}|${a.grantor ?? ''}`);
    if (a.recipient && list && list.length > 1 && list.length <= 4 && list.includes(a.recipient)) {
      a.recipient = `${list.slice(0, -1).join(', ')} và ${list[list.length - 1]}`;
    }
  }
}

// ── Persons named by their given name ────────────────────────────────────────────────────────

const FULL_NAME = narrowable(String.raw`(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*(?: +\p{Lu}[\p{L}\p{M}]*){1,3}(?![\p{L}\p{M}])`, 'gu');
// (one word only: two capitalised words are as often a place, 'Quảng Ninh' in 'Tỉnh Đoàn Quảng Ninh')
const GIVEN_NAME = narrowable(String.raw`^\p{Lu}[\p{Ll}\p{M}]+$`, 'u');

const ADDRESS_CAPITALISED = new Set(['Ông', 'Bà', 'Anh', 'Chị', 'Em', 'Cô', 'Thầy', 'Cụ', 'Cháu']);
const PLACE_HEAD_BEFORE = /(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|thôn|xóm|ấp|bản|đường|phố) +$/iu;

/** The full name written last before `pos` that ends in `given`, or undefined. */
type FullNameBefore = (given: string, pos: number) => string | undefined;

/**
 * The text's full names of persons ('Nguyễn Minh Tuấn' … 'Tuấn nhận …'): a family name first (or
 * after a form of address, 'Anh Trần Văn Bình'), two to four words, not a body's or a place's name
 * ('Tỉnh Đoàn Quảng Ninh'). Indexed by the last word on the first look-up only: most articles
 * never ask.
 */
function fullNamesOf(text: string): FullNameBefore {
  let byGiven: Map<string, { end: number; name: string }[]> | undefined;
  const index = () => {
    const map = new Map<string, { end: number; name: string }[]>();
    for (const m of text.matchAll(FULL_NAME)) {
      const words = m[0].split(/ +/u);
      const i = ADDRESS_CAPITALISED.has(words[0]) ? 1 : 0;
      if (!SURNAME_SET.has(words[i]) || PLACE_HEAD_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const name = words.slice(i);
      if (name.length < 2 || name.length > 4) continue;
      const given = name[name.length - 1];
      const list = map.get(given) ?? [];
      list.push({ end: m.index + m[0].length, name: name.join(' ') });
      map.set(given, list);
    }
    return map;
  };
  return (given, pos) => {
    const list = (byGiven ??= index()).get(given);
    if (!list) return undefined;
    // (binary search for the last name that ends by `pos`: the list is in text order)
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? list[lo - 1].name : undefined;
  };
}

/** A recipient written by a given name alone ('Em Nam' → 'Nam', 'Tuấn') is the person the article named in full before. */
function givenNameRecipients(out: Award[], fullNameBefore: FullNameBefore): void {
  for (const a of out) {
    if (!a.recipient || !GIVEN_NAME.test(a.recipient) || trailingPersonName(a.recipient)) continue;
    const full = fullNameBefore(a.recipient, a.start);
    if (full) a.recipient = full;
  }
}
