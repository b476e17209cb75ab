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

/** 'Văn phòng Tỉnh ủy Gia Lai' ≡ 'Văn phòng Tỉnh ủy' in a Gia Lai article: names by their full form. */
export function mergeProvinceVariants(offices: Candidate<'office'>[], province: string | undefined): void {
  mergeBaseVariants(offices);
  if (!province) return;
  const suffix = new RegExp(` (?:tỉnh |thành phố )?${province}$`, 'u');
  const full = new Map<string, string>();
  for (const o of offices) {
    if (suffix.test(o.name)) {
      const short = o.name.replace(suffix, (m) => (/ tỉnh /u.test(m) ? ' tỉnh' : / thành phố /u.test(m) ? ' thành phố' : ''));
      if (!full.has(short)) full.set(short, o.name);
    }
  }
  for (const o of offices) {
    const f = full.get(o.name);
    if (f) o.name = f;
  }
}

/**
 * 'Huyện ủy' after 'Huyện ủy Hoài Ân' is the same committee when the article names only one:
 * a bare committee is a back-reference to the one full name it continues.
 */
function mergeCommitteeVariants(offices: Candidate<'office'>[]): void {
  const named = new Map<string, Set<string>>();
  for (const o of offices) {
    const m = /^(Huyện ủy|Thị ủy|Quận ủy|Thành ủy|Tỉnh ủy) \p{Lu}/u.exec(o.name);
    if (m) (named.get(m[1]) ?? named.set(m[1], new Set()).get(m[1])!).add(o.name);
  }
  for (const o of offices) {
    const full = named.get(o.name);
    if (full && full.size === 1) o.name = [...full][0];
  }
}

/** 'Đảng bộ cơ sở Văn phòng UBND tỉnh' ≡ 'Đảng bộ Văn phòng UBND tỉnh': one body, named by its first mention. */
function mergeBaseVariants(offices: Candidate<'office'>[]): void {
  mergeCommitteeVariants(offices);
  const first = new Map<string, string>();
  const base = (name: string) => name.replace(/^(Đảng bộ|Chi bộ|Đảng ủy) cơ sở /u, '$1 ');
  for (const o of [...offices].sort((a, b) => a.start - b.start)) {
    const k = base(o.name);
    const f = first.get(k);
    if (f) o.name = f;
    else first.set(k, o.name);
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
