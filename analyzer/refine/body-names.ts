// One body, several names: 'Văn phòng Tỉnh ủy' after 'Văn phòng Tỉnh ủy Gia Lai', 'UBND
// Thành phố' and 'Ủy ban nhân dân TP Hồ Chí Minh' after 'UBND TP Hồ Chí Minh', 'Đảng bộ cơ sở X'
// and 'Đảng bộ X'. Used for office facts and for the grantors of one award.

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

// The place that ends a full name, capitalised: after a level word ('… tỉnh Gia Lai', '…
// thành phố Hồ Chí Minh') or right after a committee ('Tỉnh ủy Gia Lai', 'Huyện ủy Hoài Ân').
const TRAILING_PLACE = /^(.*(?:(?: |^)(?:tỉnh|thành phố|huyện|thị xã|quận)|(?:[Tt]ỉnh|[Hh]uyện|[Tt]hị|[Qq]uận|[Tt]hành) ủy)) (\p{Lu}[\p{L}\p{M}]*(?: [\p{Lu}\d][\p{L}\p{M}\d]*){0,3})$/u;

/**
 * For names in text order, the name each one is written as in the facts: the first full
 * mention of its body. A name without its place joins the one full name that has it — the
 * article's province's when the article has one.
 */
export function canonicalBodyNames(names: readonly string[], articleProvince: string | undefined): Map<string, string> {
  const fullOf = new Map<string, Set<string>>(); // identity without place → identities with one
  const firstName = new Map<string, string>(); // identity → first name written
  const hasPlace = new Map<string, boolean>();
  // An article names its bodies many times over: each name is spelled out once.
  const spelled = new Map<string, string>();
  const spell = (name: string) => spelled.get(name) ?? spelled.set(name, spelledOut(name)).get(name)!;
  // What stays the same however a body is written: abbreviations spelled out, case folded.
  const identity = (name: string) => spell(name).toLowerCase();
  const province = articleProvince ? identity(articleProvince) : undefined;
  for (const name of names) {
    const id = identity(name);
    if (!firstName.has(id)) firstName.set(id, name);
    const m = TRAILING_PLACE.exec(spell(name));
    hasPlace.set(id, !!m);
    const place = m?.[2].toLowerCase();
    if (m && (!province || place === province || province.endsWith(' ' + place))) {
      const short = m[1].toLowerCase();
      (fullOf.get(short) ?? fullOf.set(short, new Set()).get(short)!).add(id);
    }
  }
  const out = new Map<string, string>();
  for (const name of names) {
    const id = identity(name);
    const full = fullOf.get(id);
    const target = full && full.size === 1 && !hasPlace.get(id) ? [...full][0] : id;
    out.set(name, firstName.get(target) ?? name);
  }
  return out;
}
