// One body, several names: 'Văn phòng Tỉnh ủy' after 'Văn phòng Tỉnh ủy Gia Lai', 'UBND
// Thành phố' and 'Ủy ban nhân dân TP Hồ Chí Minh' after 'UBND TP Hồ Chí Minh', 'Đảng bộ cơ sở X'
// and 'Đảng bộ X', 'CATP Hà Nội' and 'Công an Hà Nội', 'Ban Bí thư' and 'Ban Bí thư Trung ương
// Đảng'. Used for office facts and for the grantors of one award.
//
// DECISIONS.md: one body written short and in full is one fact named by its first full mention,
// the first form that names it by its proper name or place. A short form named only by its
// head and level ('Văn phòng Tỉnh ủy', 'UBND tỉnh', 'Sở Y tế') takes the full name wherever it
// stands; a short form with a proper name of its own ('Đảng ủy Sở Cảnh sát PC&CC') written
// before the full one keeps its name.

import { COMPLETE_BODIES, DEPARTMENTS, LOCATOR_WORDS, PARTY_BOARDS, POLICE_ABBREVIATIONS } from '../lexicon/bodies.ts';
import { ALL_HEADS } from '../kinds/body-name.ts';
import { ROLE_TITLES } from '../lexicon/roles.ts';
import { PROVINCE_NAME_PATTERN } from '../places.ts';

const SPELLED_OUT: [RegExp, string][] = [
  [/(?<![\p{L}\p{M}])UBND(?![\p{L}\p{M}])/gu, 'ủy ban nhân dân'],
  [/(?<![\p{L}\p{M}])HĐND(?![\p{L}\p{M}])/gu, 'hội đồng nhân dân'],
  [/(?<![\p{L}\p{M}])(?:TP\.?|Tp\.?)(?= |$)/gu, 'thành phố'],
  [/(?<![\p{L}\p{M}])(?:TX\.?)(?= |$)/gu, 'thị xã'],
  [/(?<![\p{L}\p{M}])ĐBQH(?![\p{L}\p{M}])/gu, 'đại biểu quốc hội'],
  [/^(Đảng bộ|Chi bộ|Đảng ủy) cơ sở /u, '$1 '],
];
const POLICE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${POLICE_ABBREVIATIONS.map((a) => a.abbr).join('|')})(?![\\p{L}\\p{M}])`, 'gu');
const POLICE_EXPANSION = new Map(POLICE_ABBREVIATIONS.map((a) => [a.abbr, a.expansion]));

/** A level word before a province's name adds nothing to which body it is: 'Công an tỉnh Đồng Nai' = 'Công an Đồng Nai'. */
const LEVEL_BEFORE_PROVINCE = new RegExp(`(?<=\\S )(?:tỉnh|thành phố) (?=(?:${PROVINCE_NAME_PATTERN})$)`, 'iu');

/** The complete bodies' other names, by their folded form: 'ban bí thư trung ương đảng' → 'ban bí thư'. */
const ALIAS_OF = new Map(
  COMPLETE_BODIES.flatMap((b) => b.aliases.map((a) => [a.toLowerCase(), b.name.toLowerCase()] as const)),
);

/** A name with its abbreviations spelled out ('UBND TP Hồ Chí Minh' → 'ủy ban nhân dân thành phố Hồ Chí Minh'). */
/** Whether a name holds anything SPELLED_OUT or POLICE would change (most names hold nothing). */
const ABBREVIATED = /UBND|HĐND|T[Pp]|TX|ĐBQH|cơ sở|CA[TQHXP]/u;

function spelledOut(name: string): string {
  if (!ABBREVIATED.test(name)) return name;
  let s = name;
  for (const [re, to] of SPELLED_OUT) s = s.replace(re, to);
  return s.replace(POLICE, (abbr) => POLICE_EXPANSION.get(abbr)!);
}

// The place that ends a full name, capitalised: after a level word ('… tỉnh Gia Lai', '…
// thành phố Hồ Chí Minh') or right after a committee ('Tỉnh ủy Gia Lai', 'Huyện ủy Hoài Ân').
const TRAILING_PLACE = /^(.*(?:(?: |^)(?:tỉnh|thành phố|huyện|thị xã|quận)|(?:[Tt]ỉnh|[Hh]uyện|[Tt]hị|[Qq]uận|[Tt]hành) ủy)) (\p{Lu}[\p{L}\p{M}]*(?: [\p{Lu}\d][\p{L}\p{M}\d]*){0,3})$/u;
/** A level word that ends the short part of a name ('Sở Cảnh sát PC&CC thành phố'). */
const TRAILING_LEVEL = / (?:tỉnh|thành phố|huyện|thị xã|quận)$/u;

/**
 * The words every body of its kind is named with: heads, level words, committees, the
 * lexicon's boards and departments (and the titles of a grantor named by its office-holder). A name with a capitalised word besides them names its
 * body by a proper name ('Sở Cảnh sát PC&CC'); one without is named by its kind and level.
 */
const KIND_WORDS = new Set(
  [...ALL_HEADS, ...PARTY_BOARDS, ...DEPARTMENTS.flatMap((d) => [d.name, ...d.aliases]), ...LOCATOR_WORDS.map((l) => l.word), ...ROLE_TITLES, 'Trung ương', 'TW', 'TƯ', 'Đảng', 'Nhà nước']
    .flatMap((phrase) => phrase.toLowerCase().split(/[\s,]+/u)),
);
function hasProperName(name: string): boolean {
  for (const word of name.split(' ')) if (/^\p{Lu}/u.test(word) && !KIND_WORDS.has(word.toLowerCase())) return true;
  return false;
}

/**
 * For names in text order, the name each one is written as in the facts: the first full
 * mention of its body. A name without its place joins the one full name that has it — the
 * article's province's when the article has one.
 */
export function canonicalBodyNames(names: readonly string[], articleProvince: string | undefined): Map<string, string> {
  const fullOf = new Map<string, Set<string>>(); // identity without place → identities with one
  const firstName = new Map<string, string>(); // identity → first name written
  const firstAt = new Map<string, number>(); // identity → index of its first name
  const hasPlace = new Map<string, boolean>();
  // An article names its bodies many times over: each name is spelled out once.
  const spelled = new Map<string, string>();
  const spell = (name: string) => spelled.get(name) ?? spelled.set(name, spelledOut(name)).get(name)!;
  // What stays the same however a body is written: abbreviations spelled out, case folded,
  // a level word before the province dropped, a complete body's other names its own.
  const identities = new Map<string, string>();
  const identity = (name: string) => {
    let id = identities.get(name);
    if (id === undefined) {
      let s = spell(name).toLowerCase();
      if (s.includes('tỉnh ') || s.includes('thành phố ')) s = s.replace(LEVEL_BEFORE_PROVINCE, '');
      id = ALIAS_OF.get(s) ?? s;
      identities.set(name, id);
    }
    return id;
  };
  const province = articleProvince ? spell(articleProvince).toLowerCase() : undefined;
  const addShort = (short: string, id: string) => (fullOf.get(short) ?? fullOf.set(short, new Set()).get(short)!).add(id);
  names.forEach((name, i) => {
    const id = identity(name);
    if (!firstName.has(id)) {
      firstName.set(id, name);
      firstAt.set(id, i);
    }
    // The name written with its level word counts as the full one: 'Công an tỉnh Đồng Nai' over 'Công an Đồng Nai'.
    else if (!LEVEL_BEFORE_PROVINCE.test(spell(firstName.get(id)!)) && LEVEL_BEFORE_PROVINCE.test(spell(name))) firstName.set(id, name);
    const m = TRAILING_PLACE.exec(spell(name));
    hasPlace.set(id, !!m);
    const place = m?.[2].toLowerCase();
    if (m && (!province || place === province || province.endsWith(' ' + place))) {
      const short = m[1].toLowerCase();
      addShort(short, id);
      // 'Sở Cảnh sát PC&CC' is 'Sở Cảnh sát PC&CC TP Hà Nội' without its locator.
      if (TRAILING_LEVEL.test(short)) addShort(short.replace(TRAILING_LEVEL, ''), id);
    }
  });
  const out = new Map<string, string>();
  // A short name written first that names its body by a proper name keeps its name, and the full one takes it.
  const keptShort = new Map<string, string>(); // full identity → short name
  for (const [id, full] of fullOf) {
    if (full.size !== 1 || !firstName.has(id) || hasPlace.get(id)) continue;
    const target = [...full][0];
    if (firstAt.get(id)! < firstAt.get(target)! && hasProperName(firstName.get(id)!)) keptShort.set(target, firstName.get(id)!);
  }
  for (const name of names) {
    const id = identity(name);
    const full = fullOf.get(id);
    const target = full && full.size === 1 && !hasPlace.get(id) ? [...full][0] : id;
    out.set(name, keptShort.get(target) ?? firstName.get(target) ?? name);
  }
  return out;
}
