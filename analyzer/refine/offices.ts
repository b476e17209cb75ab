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
import { canonicalBodyNames } from './body-names.ts';

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

/**
 * Complete Fatherland Front bodies: no office facts, but titles of theirs are roles
 * ('Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh Nguyễn Văn A'). Call after resolveOffices.
 */
export function frontBodies(mentions: OfficeMention[]): Candidate<'office'>[] {
  return mentions.filter((m) => m.front && !m.lacks).map(toOfficeCandidate);
}

/**
 * The same body written several ways is one fact named by its first full mention
 * (DECISIONS.md); see body-names.ts.
 */
export function mergeNamesOfOneBody(offices: Candidate<'office'>[], articleProvince: string | undefined): void {
  const ordered = [...offices].sort((x, y) => x.start - y.start);
  const canonicalOf = canonicalBodyNames(ordered.map((o) => o.name), articleProvince);
  for (const o of offices) o.name = canonicalOf.get(o.name) ?? o.name;
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
