// Office mentions → office facts:
//  1. elliptical coordination: a bare head followed by ', ' / ' và ' and a like body takes
//     that body's shared tail ('HĐND và UBND tỉnh' → 'HĐND tỉnh'; 'Ban Thường vụ, Thường trực
//     Tỉnh ủy' → 'Ban Thường vụ Tỉnh ủy'; 'UBND, Chủ tịch UBND tỉnh' → 'UBND tỉnh');
//     coordinated titles complete a Party organ or a leadership board from the body after them
//     ('Bí thư Đảng ủy, Giám đốc Sở X' → 'Đảng ủy Sở X'; 'Ủy viên Ban cán sự Đảng, Thứ trưởng
//     Bộ X' → 'Ban cán sự Đảng Bộ X'; 'Ban Giám đốc, Đảng ủy Sở X' → 'Ban Giám đốc Sở X');
//     a command's Party committee written bare before it is named by its force ('Đảng ủy, Bộ Tư
//     lệnh Bộ đội Biên phòng' → 'Đảng ủy Bộ đội Biên phòng'), and an army formation's by the
//     formation ('Bí thư Đảng ủy, Chính ủy Quân khu' → 'Đảng ủy Quân khu 4'); a bare 'Đảng bộ'
//     before the people of a place takes the place ('Đảng bộ và nhân dân tỉnh X' → 'Đảng bộ tỉnh X');
//  2. bare heads that stay bare are back-references, no facts, and bodies named by their level
//     before many places are a class ('Tỉnh ủy, HĐND, UBND nhiều địa phương');
//  3. the same body written short and in full ('Văn phòng Tỉnh ủy' after 'Văn phòng Tỉnh ủy
//     Gia Lai', 'CATP Hà Nội' and 'Công an Hà Nội') is one fact (body-names.ts).

import type { Candidate, Context } from '../pipeline.ts';
import { type OfficeMention, levelOf, provinceOfOffice, toOfficeCandidate } from '../kinds/office.ts';
import { ROLE_TITLES } from '../lexicon/roles.ts';
import { ARMY_FORMATIONS, COMMANDS, ENTERPRISE_LEADER_TITLES, PARTY_ORGAN_FIRM_HEADS, PEOPLE_OF_A_PLACE, SELF_NAMED_PARTY_BOARDS } from '../lexicon/bodies.ts';
import { alternation, sticky } from '../text/patterns.ts';
import { districtsInName, findProvince, provinceByName } from '../places.ts';
import { canonicalBodyNames } from './body-names.ts';
import { locator, nameWords, skipSpaces } from '../kinds/body-name.ts';
import { narrowable, regexHere } from '../text/narrow.ts';
import { ENTERPRISE_OFFICER_TITLES, FIRM_KINDS } from '../lexicon/context.ts';

/** Who stands for a body besides its titles: 'Ban cán sự Đảng, tập thể lãnh đạo Bộ Tài chính', 'Đảng ủy và lãnh đạo Cục X'. */
const LEADERSHIP = ['lãnh đạo', 'đại diện', 'đại diện lãnh đạo', 'tập thể lãnh đạo'];
// ('tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Tỉnh ủy X': the post taken)
// (a title's first word may be written apart from its body's head: 'Trưởng Ban Tổ chức Tỉnh ủy')
const GAP_TITLES = [...ROLE_TITLES, ...LEADERSHIP, 'Trưởng', 'Phó', 'Chánh', 'Phó Trưởng'];
const ROLE_GAP = narrowable(`^(?: *, *| +và +| *- *)(?:(?:giữ chức(?: vụ)?|làm) +)?(?:(?:${alternation(GAP_TITLES)}) +)?$`, 'iu');
/**
 * … and one holder's titles joined by 'kiêm', read only for a bare organ ('Bí thư Đảng ủy kiêm
 * Chủ tịch UBND xã X' → 'Đảng ủy xã X', genre46); a committee named by its level keeps its own
 * name there ('Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh X' → 'Tỉnh ủy', genre39 dzbm-26).
 */
const CONCURRENT_TITLE_GAP = narrowable(`^ +kiêm +(?:(?:${alternation(GAP_TITLES)}) +)?$`, 'iu');

/** Organs every body has: its Party committee and its leadership ('Bí thư Đảng ủy, Giám đốc Sở X'). */
const ORGAN = /^(?:Đảng ủy|Đảng bộ|Chi bộ|Đảng đoàn|Ban cán sự [Đđ]ảng|Ban [Gg]iám (?:đốc|hiệu))$/u;
/** A locality's Party organisation is the locality's: 'Bí thư Đảng ủy, Chủ tịch UBND xã X' → 'Đảng ủy xã X'. */
const LOCAL_PARTY = /^(?:Đảng ủy|Đảng bộ|Chi bộ)$/u;
const COMMITTEE = /^(?:Tỉnh|Thành|Huyện|Quận|Thị) ủy/u;
const INVESTIGATION = /^Cơ quan (?:Cảnh sát điều tra|CSĐT|An ninh điều tra|ANĐT|điều tra)$/u;
const APPOSITION = /^ *(?:,|[-–]) *$/u;
const POLICE_BODY = narrowable(String.raw`^(?:Bộ Công an|Công an|CA[TQHXP]?)(?![\p{L}\p{M}])`, 'u');
const COMMUNE_LOCATOR = narrowable(String.raw`^(?:xã|phường|thị trấn) +\p{Lu}`, 'u');

/** A Party committee's boards, written bare before a title of that committee. */
const PARTY_BOARD = /^(?:Ban [Tt]hường vụ|BTV|Thường trực|Thường vụ|Ban [Cc]hấp hành|BCH)$/u;
const EXECUTIVE = /^(?:Ban [Cc]hấp hành|BCH)$/u;
/** A Party committee: 'Tỉnh ủy X', 'Huyện ủy', 'Đảng ủy xã X'. */
const PARTY_COMMITTEE = /^(?:(Tỉnh|Thành|Huyện|Quận|Thị) ủy|Đảng ủy|Đảng bộ)(?= |$)/u;
const LEVEL_OF_COMMITTEE: Record<string, string> = { Tỉnh: 'tỉnh', Thành: 'thành phố', Huyện: 'huyện', Quận: 'quận', Thị: 'thị xã' };

/**
 * 'Ủy viên Ban Thường vụ, Phó Bí thư Tỉnh ủy X' → 'Ban Thường vụ Tỉnh ủy X'; 'tham gia Ban Chấp
 * hành, Ban Thường vụ và giữ chức Phó Bí thư Tỉnh ủy X' → 'Ban Chấp hành Đảng bộ tỉnh' (the
 * committee elected by the provincial Party organisation, named by its level) and 'Ban Thường vụ
 * Tỉnh ủy X'.
 */
function boardOfCommittee(bare: OfficeMention, next: OfficeMention): string | undefined {
  const c = PARTY_BOARD.test(bare.name) ? PARTY_COMMITTEE.exec(next.name) : null;
  if (!c) return undefined;
  if (!EXECUTIVE.test(bare.name)) return `${bare.name} ${next.name}`;
  return c[1] ? `${bare.name} Đảng bộ ${LEVEL_OF_COMMITTEE[c[1]]}` : `${bare.name} Đảng bộ${next.name.slice(c[0].length)}`;
}

function complete(bare: OfficeMention, next: OfficeMention, titled: boolean, byTitle: Set<OfficeMention>): string | undefined {
  if (bare.lacks === 'locator' && next.locator) return `${bare.name} ${next.locator}`;
  if (bare.lacks !== 'owner') return undefined;
  if (titled) {
    const board = boardOfCommittee(bare, next);
    if (board) {
      byTitle.add(bare);
      return board;
    }
  }
  // 'tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Tỉnh ủy X': the executive
  // committee is named by its Party organisation, as its standing board was by the title after it.
  // (Written with the committee, 'Ban Chấp hành, Ban Thường vụ Tỉnh ủy X' shares it as written.)
  if (EXECUTIVE.test(bare.name) && byTitle.has(next) && next.owner && PARTY_BOARD.test(next.name.slice(0, next.name.length - next.owner.length - 1))) {
    const board = boardOfCommittee(bare, { ...next, name: next.owner });
    if (board) return board;
  }
  if (bare.family === next.family && next.owner) return `${bare.name} ${next.owner}`;
  if (!ORGAN.test(bare.name)) return undefined;
  // Two organs of one owner: 'Ban Giám đốc, Đảng ủy Sở X', 'Đảng ủy, Ban Giám đốc CATP'.
  if (next.owner && (next.family === 'party' || ORGAN.test(next.name.slice(0, next.name.length - next.owner.length - 1)))) return `${bare.name} ${next.owner}`;
  // Coordinated titles over one body (genre/batch1 NOTES): the organ is that body's, when it
  // has such an organ — any State body, not a Party committee or another Party organisation.
  // (Nor a committee of an assembly, which has no Party organ of its own: 'Ủy ban Thường vụ …'.)
  // 'Đảng ủy, UBND xã X': a commune's Party committee shares the commune's locator (a province's
  // or a district's is its Tỉnh ủy, Huyện ủy).
  if (!titled && next.family === 'people' && LOCAL_PARTY.test(bare.name) && next.locator && COMMUNE_LOCATOR.test(next.locator)) return `${bare.name} ${next.locator}`;
  if (!titled || next.family === 'party' || COMMITTEE.test(next.name) || (next.family !== 'people' && /^Ủy ban /u.test(next.name))) return undefined;
  if (next.family === 'people' && LOCAL_PARTY.test(bare.name)) return next.locator ? `${bare.name} ${next.locator}` : undefined;
  return `${bare.name} ${next.name}`;
}

const TITLE_IN_GAP = narrowable(`(?:${alternation(GAP_TITLES)}) +$`, 'iu');

/** A crawled text that lost the comma between an organ and a leadership board: 'Đảng ủy Ban Giám đốc Sở X'. */
const GLUED_BOARD = /^ $/u;

export function resolveOffices(mentions: OfficeMention[], ctx: Context): Candidate<'office'>[] {
  const { text } = ctx;
  /** Bare boards completed by the title after them ('Ban Thường vụ, Phó Bí thư Tỉnh ủy X'). */
  const byTitle = new Set<OfficeMention>();
  placeEndingFrontBody(mentions);
  // Right to left, so that chains ('HĐND, UBND, Ủy ban MTTQ tỉnh') complete from their tail.
  for (let i = mentions.length - 2; i >= 0; i--) {
    const bare = mentions[i];
    if (!bare.lacks) continue;
    const next = mentions[i + 1];
    if (next.lacks) continue;
    const gap = text.slice(bare.end, next.start);
    // (a class of bodies completes no head: 'HĐND, UBND, MTTQ tỉnh, thành phố')
    if (next.generic) {
      if (ROLE_GAP.test(gap)) bare.generic = true;
      continue;
    }
    // 'Cơ quan Cảnh sát điều tra, Bộ Công an': an investigation agency followed by its police body
    // is named as written, at that body's level.
    if (INVESTIGATION.test(bare.name) && APPOSITION.test(gap) && POLICE_BODY.test(next.name)) {
      bare.lacks = undefined;
      bare.level = next.level;
      bare.province = next.province;
      continue;
    }
    const organ = ORGAN.test(bare.name);
    if (!ROLE_GAP.test(gap) && !(organ && CONCURRENT_TITLE_GAP.test(gap)) && !(organ && GLUED_BOARD.test(gap) && /^Ban [Gg]iám/u.test(next.name))) continue;
    // 'Đảng ủy, Bộ Tư lệnh Bộ đội Biên phòng': a command's Party committee is named by its force.
    const force = PARTY_COMMITTEE_OF_UNIT.test(bare.name) ? forceOfCommand(next.name) : undefined;
    if (force) {
      bare.name = `${bare.name} ${force}`;
      bare.lacks = undefined;
      bare.locator = next.locator;
      bare.level = levelOf(bare.name, ctx.article.province);
      bare.province = bare.level !== 'central' ? findProvince(bare.name) ?? next.province ?? ctx.article.province : undefined;
      continue;
    }
    if (bare.family !== next.family && !(bare.lacks === 'locator' && next.locator) && !organ && !PARTY_BOARD.test(bare.name)) continue;
    const name = complete(bare, next, TITLE_IN_GAP.test(gap), byTitle);
    if (!name) continue;
    bare.name = name;
    bare.lacks = undefined;
    bare.locator = next.locator;
    bare.owner = next.owner ?? (name.endsWith(' ' + next.name) ? next.name : undefined);
    bare.level = levelOf(name, ctx.article.province);
    bare.province = bare.level !== 'central' ? findProvince(name) ?? ctx.article.province : undefined;
  }
  completeCommittees(mentions, text);
  partyOfEnterprise(mentions, ctx);
  selfNamedBoards(mentions, ctx);
  committeesOfManyPlaces(mentions, text);
  completePartyOfPlace(mentions, ctx);
  completePartyOfFormation(mentions, ctx);
  shareCommitteePlace(mentions, text);
  provinceOfDistrict(mentions, ctx);
  fullNameInBrackets(mentions, text);
  return mentions.filter((m) => !m.lacks && !m.front && !m.generic).map(toOfficeCandidate);
}

const OPENING_BRACKET = /^ *\( *$/u;
const CLOSING_BRACKET = /^ *\)/u;

/**
 * 'Ban bí thư (Ban bí thư Trung ương Đảng)': a body's name followed by its full form in brackets
 * is named by the full form the writer spells it out with (genre44 mgbm-693; DECISIONS.md: one
 * body written short and in full is one fact, named in full).
 */
function fullNameInBrackets(mentions: OfficeMention[], text: string): void {
  for (let i = 0; i < mentions.length - 1; i++) {
    const m = mentions[i];
    const full = mentions[i + 1];
    if (m.lacks || full.lacks || m.generic || full.generic) continue;
    if (!full.name.toLowerCase().startsWith(`${m.name.toLowerCase()} `)) continue;
    if (!OPENING_BRACKET.test(text.slice(m.end, full.start)) || !CLOSING_BRACKET.test(text.slice(full.end, full.end + 4))) continue;
    m.name = full.name;
    m.owner = full.owner;
    m.locator = full.locator;
    m.level = full.level;
    m.province = full.province;
  }
}

/** A title of a bare Party organ's holder in an enterprise, one of a chain: ', Chủ tịch Hội đồng thành viên', ', nguyên Giám đốc' (group 1: its board's chair). */
const ENTERPRISE_TITLE = sticky(`(?: *, *| +kiêm +)(?:nguyên +)?(?:(${alternation(ENTERPRISE_LEADER_TITLES)})|${alternation(ENTERPRISE_OFFICER_TITLES)})(?![\\p{L}\\p{M}])`);
/** … and the enterprise: its head and name ('Công ty VTC Online', 'Công ty cổ phần Bóng đèn Điện Quang', 'Tập đoàn Dầu khí quốc gia Việt Nam') or its acronym ('PVN'). */
const ENTERPRISE_HEAD = narrowable(`^(?:${alternation(PARTY_ORGAN_FIRM_HEADS)}) +(?:(?:${alternation(FIRM_KINDS)}) +)?(?=\\p{Lu})`, 'u');
const ENTERPRISE_ACRONYM = narrowable(String.raw`^\p{Lu}[\p{Lu}\d&]+(?![\p{L}\p{M}\d&-]|\.[\p{L}\d])`, 'u');
const PARTY_ORGAN = /^(?:Đảng ủy|Đảng bộ|Ban cán sự [Đđ]ảng)$/u;

/**
 * Where the enterprise starts after a chain of its officers' titles with its board's chair among
 * them (', Chủ tịch HĐQT, Tổng giám đốc '), and whether the chair's title is the last; or undefined.
 * (Officers' titles alone complete nothing: genre13 and genre43 name the same 'Bí thư Đảng ủy,
 * Giám đốc Công ty X' each way.)
 */
function afterEnterpriseTitles(text: string, pos: number): { start: number; chairLast: boolean } | undefined {
  let p = pos;
  let chair = false;
  let chairLast = false;
  for (let n = 0; n < 4; n++) {
    ENTERPRISE_TITLE.lastIndex = p;
    const t = ENTERPRISE_TITLE.exec(text);
    if (!t) break;
    p += t[0].length;
    chairLast = t[1] !== undefined;
    chair ||= chairLast;
  }
  const start = skipSpaces(text, p);
  return chair && start > p ? { start, chairLast } : undefined;
}

/**
 * 'Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên PVN' → 'Đảng ủy PVN'; 'Bí thư Ban cán sự đảng, Chủ
 * tịch Hội đồng quản trị PVN' → 'Ban cán sự đảng PVN'; 'Bí thư Đảng ủy, Chủ tịch HĐQT, Tổng giám
 * đốc Công ty cổ phần X' → 'Đảng ủy Công ty cổ phần X' (DECISIONS elliptical coordination: the
 * shared tail names the organisation; the enterprise itself is no office). After an officer's
 * title only a company's head names it (an acronym there may be a State agency's: 'Tổng Giám
 * đốc TTXVN'); right after its chair's, its acronym does too.
 */
function partyOfEnterprise(mentions: OfficeMention[], ctx: Context): void {
  const { text } = ctx;
  for (const m of mentions) {
    if (m.lacks !== 'owner' || m.generic || !PARTY_ORGAN.test(m.name)) continue;
    const titles = afterEnterpriseTitles(text, m.end);
    if (!titles) continue;
    const s = titles.start;
    // (a body there is the owner the mentions already give: 'Giám đốc Sở Cảnh sát PC&CC')
    if (mentions.some((o) => o.start === s)) continue;
    const head = ENTERPRISE_HEAD.exec(text.slice(s, s + 40));
    const acronym = head || !titles.chairLast ? null : ENTERPRISE_ACRONYM.exec(text.slice(s, s + 12));
    const e = head ? nameWords(text, s + head[0].length, { first: 'capital' }) : acronym ? s + acronym[0].length : -1;
    if (e <= s) continue;
    const name = text.slice(s, e);
    m.name = `${m.name} ${name}`;
    m.owner = name;
    m.lacks = undefined;
    m.level = undefined;
    m.province = findProvince(name) ?? ctx.article.province;
  }
}

/** A Party board that names itself: 'Ban Dân vận', 'Ban Tuyên giáo' (lexicon/bodies.ts). */
const SELF_NAMED_BOARD = narrowable(`^Ban (?:${alternation(SELF_NAMED_PARTY_BOARDS)})$`, 'u');
/** … unless a class of committees follows ('Ban Dân vận các tỉnh', '… cấp ủy', '… của tỉnh/thành ủy') or precedes it ('các Ban Tuyên giáo'). */
// (nor an owner the grammar did not read: 'Trưởng ban Tuyên huấn Lữ đoàn 146', an army formation's)
const CLASS_AFTER = narrowable(String.raw`^(?: +(?:(?:các|những|cấp|của|ở)(?![\p{L}\p{M}])|\p{Lu})|\/)`, 'u');
const COORDINATED = /^(?:, *| +và +)$/u;
const CLASS_BEFORE = narrowable(String.raw`(?<![\p{L}\p{M}])(?:các|những|mọi|một số|nhiều) +$`, 'iu');

/**
 * A bare Party board that names itself and that nothing completed is an office as written
 * (genre35 dzbm-30 'Ban Dân vận'), level and province from the article; a class of them is none.
 */
function selfNamedBoards(mentions: OfficeMention[], ctx: Context): void {
  const { text } = ctx;
  mentions.forEach((m, i) => {
    // (written 'Ban' as a name is; 'Thông tin của ban Tuyên giáo' is any such board)
    if (m.lacks !== 'owner' || m.generic || text[m.start] !== 'B' || !SELF_NAMED_BOARD.test(m.name)) return;
    // (the class may close a coordination of boards: 'Ban Tuyên giáo, Ban Tổ chức cấp ủy')
    const next = mentions[i + 1];
    const last = next && next.lacks && COORDINATED.test(text.slice(m.end, next.start)) ? next : m;
    if (CLASS_AFTER.test(text.slice(last.end, last.end + 8)) || CLASS_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return;
    // (written in full elsewhere, it is that body: 'Ban Nội chính' and 'Ban Nội chính Thành ủy Cần Thơ')
    const fulls = mentions.filter((o) => !o.lacks && !o.generic && o.name.startsWith(`${m.name} `));
    const full = fulls.filter((o) => o.start < m.start).pop() ?? fulls[0];
    m.lacks = undefined;
    if (full) {
      m.name = full.name;
      m.owner = full.owner;
      m.locator = full.locator;
      m.level = full.level;
      m.province = full.province;
      return;
    }
    m.level = levelOf(m.name, ctx.article.province);
    m.province = m.level !== 'central' ? ctx.article.province : undefined;
  });
}

/** A place that ends a Front body's name, after its level word: '… Việt Nam tỉnh Hà Tĩnh'. */
const FRONT_PLACE = narrowable(String.raw` ((?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn) +\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,3})$`, 'u');

/**
 * 'Tỉnh ủy, UBND, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh': the place that ends
 * a Front body read whole (here the central committee's name, miswritten for the province's) is
 * the trailing shared part that completes the heads before it (DECISIONS.md elliptical
 * coordination) → 'UBND tỉnh Hà Tĩnh', 'Tỉnh ủy Hà Tĩnh'.
 */
function placeEndingFrontBody(mentions: OfficeMention[]): void {
  for (const m of mentions) {
    if (!m.front || m.lacks || m.locator) continue;
    const p = FRONT_PLACE.exec(m.name);
    if (p) m.locator = p[1];
  }
}

/**
 * Complete Fatherland Front bodies: no office facts, but titles of theirs are roles
 * ('Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh Nguyễn Văn A'). Call after resolveOffices.
 */
export function frontBodies(mentions: OfficeMention[]): Candidate<'office'>[] {
  return mentions.filter((m) => m.front && !m.lacks).map(toOfficeCandidate);
}

/**
 * The name each office's written name will carry as a fact: the same body written several ways is
 * one fact named by its first full mention (DECISIONS.md); see body-names.ts. Read once per article
 * (award grantors are named by it too, before mergeNamesOfOneBody renames the offices).
 */
export function officeFactNames(offices: readonly Candidate<'office'>[], articleProvince: string | undefined): Map<string, string> {
  const ordered = [...offices].sort((x, y) => x.start - y.start);
  // (each name once, in the order of its first mention: an article repeats its bodies' names)
  return canonicalBodyNames([...new Set(ordered.map((o) => o.name))], articleProvince, { innerNames: true });
}

/** Names each office by its fact name (officeFactNames), with the level and province of the mention named so. */
export function mergeNamesOfOneBody(offices: Candidate<'office'>[], canonicalOf: ReadonlyMap<string, string>): void {
  const ordered = [...offices].sort((x, y) => x.start - y.start);
  // (a short form takes the level and province of the full mention it is named by: 'Phòng Nội vụ'
  // named 'Phòng Nội vụ UBND huyện X' is the district's)
  const byName = new Map<string, Candidate<'office'>>();
  for (const o of ordered) if (!byName.has(o.name)) byName.set(o.name, o);
  for (const o of offices) {
    const name = canonicalOf.get(o.name) ?? o.name;
    if (name === o.name) continue;
    o.name = name;
    const full = byName.get(name);
    if (full) {
      if (full.level) o.level = full.level;
      if (full.province) o.province = full.province;
      else delete o.province;
    }
  }
}

/**
 * ', chính quyền và nhân dân ', ' và nhân dân các dân tộc ', ', quân và dân ' after a bare 'Đảng
 * bộ' (lexicon/bodies.ts PEOPLE_OF_A_PLACE, one to four of them): the place that follows is the
 * Party organisation's too.
 */
const PEOPLE = alternation(PEOPLE_OF_A_PLACE);
const ONE_MORE = `(?:(?: *, *| +và +)(?:${PEOPLE}))?`;
const AUTHORITIES_AND_PEOPLE = narrowable(`^(?: *, *| +và +)(?:${PEOPLE})${ONE_MORE}${ONE_MORE}${ONE_MORE}(?: +các dân tộc)? +`, 'u');

/**
 * 'Đảng bộ, chính quyền và nhân dân tỉnh X', 'Đảng bộ và nhân dân các dân tộc tỉnh X', 'Đảng bộ,
 * quân và dân Bình Định' → 'Đảng bộ tỉnh X', 'Đảng bộ Bình Định' (DECISIONS: elliptical
 * coordination, the trailing shared part completes the heads before it).
 */
function completePartyOfPlace(mentions: OfficeMention[], ctx: Context): void {
  const { text } = ctx;
  for (const m of mentions) {
    if (m.lacks !== 'owner' || m.name !== 'Đảng bộ') continue;
    const a = AUTHORITIES_AND_PEOPLE.exec(text.slice(m.end, m.end + 60));
    if (!a) continue;
    const s = m.end + a[0].length;
    const le = locator(text, s);
    if (le < 0) continue;
    m.name = `${m.name} ${text.slice(s, le)}`;
    m.lacks = undefined;
    m.locator = text.slice(s, le);
    m.level = levelOf(m.name, ctx.article.province);
    m.province = m.level !== 'central' ? findProvince(m.name) ?? ctx.article.province : undefined;
  }
}

/** A unit's Party committee, or its standing board, written bare: 'Đảng ủy', 'Thường vụ Đảng ủy'. */
const PARTY_COMMITTEE_OF_UNIT = /^(?:(?:Ban )?[Tt]hường vụ )?Đảng ủy$/u;
const COMMAND = narrowable(`^(${alternation(COMMANDS.map(([head]) => head))}) +(\\S.*)$`, 'u');
const FORCE_OF_COMMAND = new Map(COMMANDS.map(([head, force]) => [head, force]));

/** The force a command leads, named as its Party committee is: 'Bộ Tư lệnh Bộ đội Biên phòng' → 'Bộ đội Biên phòng', 'Bộ CHQS tỉnh' → 'Quân sự tỉnh'. */
function forceOfCommand(name: string): string | undefined {
  const m = COMMAND.exec(name);
  if (!m) return undefined;
  const head = FORCE_OF_COMMAND.get(m[1]);
  // (the level word alone is no force: 'Bộ Chỉ huy tỉnh')
  return head ? `${head} ${m[2]}` : regexHere.u`^\p{Lu}`.test(m[2]) ? m[2] : undefined;
}

/** A Party committee named by a formation's head alone: 'Đảng ủy Binh chủng', 'Thường vụ Đảng ủy Quân khu'. */
const PARTY_OF_BARE_FORMATION = narrowable(`^((?:(?:Ban )?[Tt]hường vụ )?Đảng ủy) (${alternation(ARMY_FORMATIONS)})$`, 'u');
/** An army formation after a bare Party committee and a title: ', Chính ủy Quân khu', ', Tư lệnh Quân khu 4'. */
const FORMATION_AFTER = narrowable(`^(?: *, *| +và +)(?:(?:${alternation(GAP_TITLES)}) +)(${alternation(ARMY_FORMATIONS)})(?![\\p{L}\\p{M}])`, 'u');

/**
 * 'Bí thư Đảng ủy, Chính ủy Quân khu' → 'Đảng ủy Quân khu 4': coordinated titles over an army
 * formation complete its Party committee (formations are no offices, their Party committees
 * are: DECISIONS.md, Party bodies inside other bodies); a formation written by its head alone
 * is the one of that head the text first names in full ('Quân khu 4', 'Binh chủng Pháo binh').
 */
function completePartyOfFormation(mentions: OfficeMention[], ctx: Context): void {
  const { text } = ctx;
  for (const m of mentions) {
    // ('Nghị quyết của Đảng ủy Binh chủng' after 'Binh chủng Pháo binh': the formation written by its head alone)
    const bareFormation = !m.lacks ? PARTY_OF_BARE_FORMATION.exec(m.name) : null;
    if (bareFormation) {
      const formation = formationNamedBefore(text, bareFormation[2], m.start);
      if (formation) m.name = `${bareFormation[1]} ${formation}`;
      continue;
    }
    if (m.lacks !== 'owner' || !PARTY_COMMITTEE_OF_UNIT.test(m.name)) continue;
    const f = FORMATION_AFTER.exec(text.slice(m.end, m.end + 60));
    if (!f) continue;
    const headEnd = m.end + f[0].length;
    const s = skipSpaces(text, headEnd);
    const own = s > headEnd ? nameWords(text, s, { first: 'capital', numbered: true, max: 4 }) : -1;
    const formation = own > 0 ? `${f[1]} ${text.slice(s, own)}` : formationNamedBefore(text, f[1], m.start);
    if (!formation) continue;
    m.name = `${m.name} ${formation}`;
    m.lacks = undefined;
    m.level = levelOf(m.name, ctx.article.province);
    m.province = m.level !== 'central' ? findProvince(m.name) ?? ctx.article.province : undefined;
  }
}

/** The formation of this head first named in full before `pos` ('Quân khu 4', 'Binh chủng Pháo binh'), or undefined. */
function formationNamedBefore(text: string, head: string, pos: number): string | undefined {
  for (let at = text.indexOf(head + ' '); at >= 0 && at < pos; at = text.indexOf(head + ' ', at + head.length)) {
    if (regexHere.u`[\p{L}\p{M}]`.test(text[at - 1] ?? '')) continue;
    const s = at + head.length + 1;
    const e = nameWords(text, s, { first: 'capital', numbered: true, max: 4 });
    if (e > 0) return `${head} ${text.slice(s, e)}`;
  }
  return undefined;
}

const ENDS_WITH_COMMITTEE = /(?:^| )((?:Tỉnh|Thành|Huyện|Quận|Thị) ủy)$/u;

/**
 * 'Thường trực Tỉnh ủy và Thường vụ Tỉnh ủy tỉnh Yên Bái': two organs of one committee, its place
 * written once at the end, shared (DECISIONS.md elliptical coordination: the trailing shared part
 * completes the heads before it) → 'Thường trực Tỉnh ủy Yên Bái'.
 */
function shareCommitteePlace(mentions: OfficeMention[], text: string): void {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const m = mentions[i];
    const next = mentions[i + 1];
    if (m.lacks || next.lacks || m.generic) continue;
    const c = ENDS_WITH_COMMITTEE.exec(m.name);
    if (!c || !ROLE_GAP.test(text.slice(m.end, next.start))) continue;
    const at = next.name.indexOf(` ${c[1]} `);
    const place = at >= 0 ? next.name.slice(at + c[1].length + 2) : '';
    if (!regexHere.u`^\p{Lu}`.test(place)) continue;
    m.name = `${m.name} ${place}`;
    m.province = next.province ?? m.province;
  }
}

const CITY_NAMED_AFTER_A_MAN = /^[Hh]ồ [Cc][Hh]í [Mm]inh$/u;

const COMMITTEE_LEVEL: Record<string, RegExp> = {
  // ('Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh Bắc Ninh' → 'Tỉnh ủy Bắc Ninh')
  'Tỉnh ủy': narrowable(String.raw`^tỉnh +(\p{Lu}.*)$`, 'u'),
  'Huyện ủy': /^(?:huyện|H\.) +(.+)$/u,
  'Thị ủy': /^(?:thị xã|TX\.?) +(.+)$/u,
  'Quận ủy': /^(?:quận|Q\.) +(.+)$/u,
  // ('Thành ủy, Hội đồng nhân dân - Ủy ban nhân dân Thành phố Hồ Chí Minh': the level capitalised too)
  'Thành ủy': /^(?:[Tt]hành phố +|TP\.? *)(.+)$/u,
};

/** Many places after a chain of bodies named by their level: ' nhiều địa phương', ' các tỉnh', ' một số huyện'. */
const MANY_PLACES_AFTER = narrowable(String.raw`^ +(?:nhiều|các|những|một số|mọi) +(?:địa phương|tỉnh|thành phố|huyện|quận|xã|phường|nơi)(?![\p{L}\p{M}])`, 'u');

/**
 * 'Tỉnh ủy, HĐND, UBND nhiều địa phương': bodies named by their level before a plural of places
 * are a class of bodies (DECISIONS.md: no single named body), the committee too.
 */
function committeesOfManyPlaces(mentions: OfficeMention[], text: string): void {
  for (let i = 0; i < mentions.length - 1; i++) {
    if (!COMMITTEE_LEVEL[mentions[i].name]) continue;
    let j = i;
    while (j + 1 < mentions.length && mentions[j + 1].lacks && ROLE_GAP.test(text.slice(mentions[j].end, mentions[j + 1].start))) j++;
    if (j > i && MANY_PLACES_AFTER.test(text.slice(mentions[j].end, mentions[j].end + 30))) mentions[i].generic = true;
  }
}

/** 'Huyện ủy - HĐND - UBND huyện Hoài Ân': the committee takes the place the chain ends with. */
function completeCommittees(mentions: OfficeMention[], text: string): void {
  for (let i = 0; i < mentions.length - 1; i++) {
    const m = mentions[i];
    const level = COMMITTEE_LEVEL[m.name];
    if (!level) continue;
    // walk the chain to its first complete member with a locator
    for (let j = i + 1; j < mentions.length; j++) {
      if (!ROLE_GAP.test(text.slice(mentions[j - 1].end, mentions[j].start))) break;
      const loc = mentions[j].locator && level.exec(mentions[j].locator!);
      if (loc) {
        // (a level word glued to the city's initials stays: 'Thành ủy, UBND TP.HCM' → 'Thành ủy TP.HCM')
        // (and so does the city named after a man, as in kinds/office.ts withoutRepeatedLevel:
        // 'Thành ủy, Chủ tịch HĐND TP Hồ Chí Minh' → 'Thành ủy TP Hồ Chí Minh')
        m.name = `${m.name} ${regexHere.u`^TP\.?\p{Lu}{2,}$`.test(loc[0]) || CITY_NAMED_AFTER_A_MAN.test(loc[1]) ? loc[0] : loc[1]}`;
        if (m.name.startsWith('Tỉnh ủy ')) m.province = findProvince(loc[1]) ?? m.province;
        break;
      }
      if (!mentions[j].lacks && !mentions[j].front) break;
    }
  }
}

/**
 * A district's or a commune's body named by its district and by no province ('UBND huyện Hương
 * Trà', 'Công an quận Thanh Xuân', 'Huyện ủy Quảng Ninh'): its province is the district's
 * (lexicon/districts.ts) rather than the article's, the name says it (DECISIONS: office
 * province). A province written after the body ('UBND huyện X, tỉnh Y'), which kinds/office.ts
 * reads, stays; so does any body whose district's name units of several provinces carry.
 */
function provinceOfDistrict(mentions: OfficeMention[], ctx: Context): void {
  for (const m of mentions) {
    if (m.lacks || (m.level !== 'district' && m.level !== 'commune')) continue;
    const named = districtsInName(m.name);
    if (!named.length || !named.every((d) => d.province === named[0].province)) continue;
    const own = provinceOfOffice(m.name);
    // (a province's name that is the district's own: 'Huyện ủy Quảng Ninh' is Quảng Bình's)
    if (own ? !named.some((d) => provinceByName(d.name) === own) : m.province && m.province !== ctx.article.province) continue;
    m.province = named[0].province;
  }
}
