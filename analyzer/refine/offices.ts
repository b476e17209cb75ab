// Office mentions → office facts:
//  1. elliptical coordination: a bare head followed by ', ' / ' và ' and a like body takes
//     that body's shared tail ('HĐND và UBND tỉnh' → 'HĐND tỉnh'; 'Ban Thường vụ, Thường trực
//     Tỉnh ủy' → 'Ban Thường vụ Tỉnh ủy'; 'UBND, Chủ tịch UBND tỉnh' → 'UBND tỉnh');
//  2. bare heads that stay bare are back-references, no facts;
//  3. the same body written with and without its province ('Văn phòng Tỉnh ủy' after
//     'Văn phòng Tỉnh ủy Gia Lai') is one fact named by its full form.

import type { Candidate, Context } from '../pipeline.ts';
import { type OfficeMention, levelOf, toOfficeCandidate } from '../kinds/office.ts';
import { ROLE_TITLES } from '../lexicon/roles.ts';
import { alternation } from '../text/patterns.ts';
import { findProvince } from '../places.ts';

const ROLE_GAP = new RegExp(`^(?: *, *| +và +| *- *)(?:(?:${alternation([...ROLE_TITLES, 'lãnh đạo', 'đại diện', 'đại diện lãnh đạo'])}) +)?$`, 'iu');

function complete(bare: OfficeMention, next: OfficeMention): string | undefined {
  if (bare.lacks === 'locator' && next.locator) return `${bare.name} ${next.locator}`;
  if (bare.lacks === 'owner' && bare.family === next.family && next.owner) return `${bare.name} ${next.owner}`;
  return undefined;
}

export function resolveOffices(mentions: OfficeMention[], ctx: Context): Candidate<'office'>[] {
  const { text } = ctx;
  // Right to left, so that chains ('HĐND, UBND, Ủy ban MTTQ tỉnh') complete from their tail.
  for (let i = mentions.length - 2; i >= 0; i--) {
    const bare = mentions[i];
    if (!bare.lacks) continue;
    const next = mentions[i + 1];
    if (next.lacks) continue;
    if (!ROLE_GAP.test(text.slice(bare.end, next.start))) continue;
    if (bare.family !== next.family && !(bare.lacks === 'locator' && next.locator)) continue;
    const name = complete(bare, next);
    if (!name) continue;
    bare.name = name;
    bare.lacks = undefined;
    bare.locator = next.locator;
    bare.owner = next.owner;
    bare.level = levelOf(name, ctx.article.province);
    bare.province = bare.level !== 'central' ? findProvince(name) ?? ctx.article.province : undefined;
  }
  completeCommittees(mentions, text);
  return mentions.filter((m) => !m.lacks && !m.front).map(toOfficeCandidate);
}

// ---------------------------------------------------------------- one body, several names

const SPELLED_OUT: [RegExp, string][] = [
  [/(?<![\p{L}\p{M}])UBND(?![\p{L}\p{M}])/gu, 'ủy ban nhân dân'],
  [/(?<![\p{L}\p{M}])HĐND(?![\p{L}\p{M}])/gu, 'hội đồng nhân dân'],
  [/(?<![\p{L}\p{M}])(?:TP\.?|Tp\.?)(?= |$)/gu, 'thành phố'],
  [/(?<![\p{L}\p{M}])(?:TX\.?)(?= |$)/gu, 'thị xã'],
  [/(?<![\p{L}\p{M}])ĐBQH(?![\p{L}\p{M}])/gu, 'đại biểu quốc hội'],
  [/^(Đảng bộ|Chi bộ|Đảng ủy) cơ sở /u, '$1 '],
];

/** A name with its abbreviations spelled out ('UBND TP Hồ Chí Minh' → 'ủy ban nhân dân thành phố Hồ Chí Minh'). */
function spelledOut(name: string): string {
  let s = name;
  for (const [re, to] of SPELLED_OUT) s = s.replace(re, to);
  return s;
}

/** What stays the same however a body is written: abbreviations spelled out, case folded. */
const identity = (name: string) => spelledOut(name).toLowerCase();

// The place that ends a full name, capitalised: after a level word ('… tỉnh Gia Lai', '…
// thành phố Hồ Chí Minh') or right after a committee ('Tỉnh ủy Gia Lai', 'Huyện ủy Hoài Ân').
const TRAILING_PLACE = /^(.*(?:(?: |^)(?:tỉnh|thành phố|huyện|thị xã|quận)|(?:[Tt]ỉnh|[Hh]uyện|[Tt]hị|[Qq]uận|[Tt]hành) ủy)) (\p{Lu}[\p{L}\p{M}]*(?: [\p{Lu}\d][\p{L}\p{M}\d]*){0,3})$/u;

/**
 * The same body written several ways is one fact named by its first full mention
 * (DECISIONS.md): 'Văn phòng Tỉnh ủy' after 'Văn phòng Tỉnh ủy Gia Lai', 'UBND Thành phố' and
 * 'Ủy ban nhân dân TP Hồ Chí Minh' after 'UBND TP Hồ Chí Minh', 'Đảng bộ cơ sở X' and
 * 'Đảng bộ X'. A name without its place joins the one full name that has it — the
 * article's province when the article has one.
 */
export function mergeNamesOfOneBody(offices: Candidate<'office'>[], articleProvince: string | undefined): void {
  const ordered = [...offices].sort((a, b) => a.start - b.start);
  const fullOf = new Map<string, Set<string>>(); // identity without place → identities with one
  const firstName = new Map<string, string>(); // identity → first name written
  const hasPlace = new Map<string, boolean>();
  const province = articleProvince ? identity(articleProvince) : undefined;
  for (const o of ordered) {
    const id = identity(o.name);
    if (!firstName.has(id)) firstName.set(id, o.name);
    const m = TRAILING_PLACE.exec(spelledOut(o.name));
    hasPlace.set(id, !!m);
    const place = m?.[2].toLowerCase();
    if (m && (!province || place === province || province.endsWith(' ' + place))) {
      const short = m[1].toLowerCase();
      (fullOf.get(short) ?? fullOf.set(short, new Set()).get(short)!).add(id);
    }
  }
  for (const o of offices) {
    const id = identity(o.name);
    const full = fullOf.get(id);
    const target = full && full.size === 1 && !hasPlace.get(id) ? [...full][0] : id;
    o.name = firstName.get(target) ?? o.name;
  }
}

const COMMITTEE_LEVEL: Record<string, RegExp> = {
  'Huyện ủy': /^(?:huyện|H\.) +(.+)$/u,
  'Thị ủy': /^(?:thị xã|TX\.?) +(.+)$/u,
  'Quận ủy': /^(?:quận|Q\.) +(.+)$/u,
  'Thành ủy': /^(?:thành phố|TP\.?) +(.+)$/u,
};

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
        m.name = `${m.name} ${loc[1]}`;
        break;
      }
      if (!mentions[j].lacks && !mentions[j].front) break;
    }
  }
}
