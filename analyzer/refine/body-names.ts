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

import { ABBREVIATIONS_BY_TOPIC, BODY_HEADS, COMPLETE_BODIES, DEPARTMENTS, LOCATOR_WORDS, MINISTRIES, PARTY_BOARDS, POLICE_ABBREVIATIONS } from '../lexicon/bodies.ts';
import { ALL_HEADS, headForms } from '../kinds/body-name.ts';
import { ROLE_TITLES } from '../lexicon/roles.ts';
import { PROVINCE_NAME_PATTERN, provinceByName } from '../places.ts';
import { PROVINCES } from '../lexicon/provinces.ts';
import { alternation } from '../text/patterns.ts';
import { narrowable, regexHere } from '../text/narrow.ts';

const SPELLED_OUT: [RegExp, string][] = [
  [narrowable(String.raw`(?<![\p{L}\p{M}])(?:TP\.? ?HCM|TPHCM|Tp\.? ?HCM)(?![\p{L}\p{M}])`, 'gu'), 'thành phố Hồ Chí Minh'],
  [narrowable(String.raw`(?<![\p{L}\p{M}])UBND(?![\p{L}\p{M}])`, 'gu'), 'ủy ban nhân dân'],
  [narrowable(String.raw`(?<![\p{L}\p{M}])HĐND(?![\p{L}\p{M}])`, 'gu'), 'hội đồng nhân dân'],
  [narrowable(String.raw`(?<![\p{L}\p{M}])(?:TP\.?|Tp\.?)(?= |$)`, 'gu'), 'thành phố'],
  // (a level word's abbreviation glued to its place: 'UBND TP.Hà Nội' is 'UBND TP. Hà Nội', 'UBND Q.Tân Phú' 'UBND quận Tân Phú')
  [narrowable(String.raw`(?<![\p{L}\p{M}])(?:TP|Tp)\.(?=\p{Lu})`, 'gu'), 'thành phố '],
  [narrowable(String.raw`(?<![\p{L}\p{M}])TX\.(?=\p{Lu})`, 'gu'), 'thị xã '],
  [narrowable(String.raw`(?<![\p{L}\p{M}])Q\.(?=\p{Lu})`, 'gu'), 'quận '],
  [narrowable(String.raw`(?<![\p{L}\p{M}])H\.(?=\p{Lu})`, 'gu'), 'huyện '],
  [narrowable(String.raw`(?<![\p{L}\p{M}])P\.(?=\p{Lu})`, 'gu'), 'phường '],
  [narrowable(String.raw`(?<![\p{L}\p{M}])(?:TX\.?)(?= |$)`, 'gu'), 'thị xã'],
  [narrowable(String.raw`(?<![\p{L}\p{M}])ĐBQH(?![\p{L}\p{M}])`, 'gu'), 'đại biểu quốc hội'],
  [/^(Đảng bộ|Chi bộ|Đảng ủy) cơ sở /u, '$1 '],
];
// The bodies' abbreviations (lexicon/bodies.ts): 'UBKT Tỉnh ủy Bến Tre' is 'Ủy ban Kiểm tra Tỉnh ủy Bến Tre'.
const BODY_ABBREVIATIONS = ABBREVIATIONS_BY_TOPIC.bodies.filter((a) => !/^(?:UBND|HĐND|ĐBQH|TP\.?|TX\.?)$/u.test(a.abbr));
const ABBREVIATION = narrowable(`(?<![\\p{L}\\p{M}])(?:${alternation(BODY_ABBREVIATIONS.map((a) => a.abbr))})(?![\\p{L}\\p{M}])`, 'gu');
const EXPANSION = new Map(BODY_ABBREVIATIONS.map((a) => [a.abbr, a.expansion]));
const POLICE = narrowable(`(?<![\\p{L}\\p{M}])(?:${POLICE_ABBREVIATIONS.map((a) => a.abbr).join('|')})(?![\\p{L}\\p{M}])`, 'gu');
const POLICE_EXPANSION = new Map(POLICE_ABBREVIATIONS.map((a) => [a.abbr, a.expansion]));

/** A level word before a province's name adds nothing to which body it is: 'Công an tỉnh Đồng Nai' = 'Công an Đồng Nai'. */
// ('thành phố' only before a centrally-run city: 'UBND TP Yên Bái' is the provincial city's, not
// the province's 'UBND tỉnh Yên Bái')
const CITIES = PROVINCES.filter((p) => p.kind === 'city').flatMap((p) => [p.name, ...p.aliases]);
/** Provinces' and centrally-run cities' names and aliases, lower case. */
const PROVINCE_FORMS = new Set(PROVINCES.flatMap((p) => [p.name, ...p.aliases]).map((f) => f.toLowerCase()));
const CITY_FORMS = new Set(CITIES.map((f) => f.toLowerCase()));
const LEVEL_BEFORE_PROVINCE = narrowable(
  `(?<=\\S )(?:tỉnh (?=(?:${PROVINCE_NAME_PATTERN})$)|thành phố (?=(?:${alternation(CITIES)})$))`,
  'iu',
);

/** The complete bodies' other names, by their folded form: 'ban bí thư trung ương đảng' → 'ban bí thư'. */
const ALIAS_OF = new Map(
  COMPLETE_BODIES.flatMap((b) => [...b.aliases, ...(b.short ?? [])].map((a) => [a.toLowerCase(), b.name.toLowerCase()] as const)),
);
/** Short names of complete bodies: a fact takes a longer name of its body wherever the article writes one. */
const SHORT_NAMES = new Set(COMPLETE_BODIES.flatMap((b) => (b.short ?? []).map((n) => n.toLowerCase())));
/**
 * A short name by abbreviation is written as the first short name spells it: 'TW Đảng' → 'Trung
 * ương Đảng' (genre batch4 NOTES). 'T.Ư Đảng' stays as printed (FACTS.md: abbreviations as written;
 * genre batch2, 11, 18, 22 and 23 keep 'T.Ư' in every name).
 */
const SHORT_SPELLED = new Map(
  COMPLETE_BODIES.flatMap((b) => (b.short ?? []).filter((n) => /^TW /u.test(n)).map((n) => [n.toLowerCase(), n.replace(/^TW(?= )/u, 'Trung ương')] as const)),
);

/** A name with its abbreviations spelled out ('UBND TP Hồ Chí Minh' → 'ủy ban nhân dân thành phố Hồ Chí Minh'). */
/** Whether a name holds anything SPELLED_OUT or POLICE would change (most names hold nothing). */
const ABBREVIATED = narrowable(String.raw`UBND|HĐND|T[Pp]|TX|ĐBQH|cơ sở|CA[TQHXP]|[QHP]\.\p{Lu}`, 'u');

/** Lower case, dashes folded as the scoring folds them ('Sở TN- MT' is 'Sở TN-MT'). */
// (' và ' between a name's parts is written as a dash too: 'Sở Tài nguyên - Môi trường' is 'Sở Tài nguyên và Môi trường')
// (an acronym's joiners are dropped: 'Bộ VH-TT&DL' is 'Bộ VHTT&DL')
function foldCase(name: string): string {
  if (/[&–-]/u.test(name)) name = name.replace(ACRONYM_JOINER, '');
  return name.toLowerCase().replace(/ *[-–—] *| và /gu, '-');
}

function spelledOut(name: string): string {
  if (!ABBREVIATED.test(name)) return name;
  let s = name;
  for (const [re, to] of SPELLED_OUT) s = s.replace(re, to);
  return s.replace(POLICE, (abbr) => POLICE_EXPANSION.get(abbr)!);
}

/** A name with the bodies' other abbreviations spelled out too, for telling which body it is. */
function fullySpelled(name: string): string {
  const s = spelledOut(name);
  return regexHere.u`\p{Lu}{2}`.test(s) ? s.replace(ABBREVIATION, (abbr) => EXPANSION.get(abbr) ?? abbr) : s;
}

// The place that ends a full name, capitalised: after a level word ('… tỉnh Gia Lai', '…
// thành phố Hồ Chí Minh') or right after a committee ('Tỉnh ủy Gia Lai', 'Huyện ủy Hoài Ân').
// (a level word may be printed with a capital: 'UBND Thành phố Hồ Chí Minh', 'UBND Tỉnh Quảng Ngãi')
const TRAILING_PLACE = narrowable(String.raw`^(.*(?:(?: |^)(?:[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Tt]hị xã|[Qq]uận|xã|phường|thị trấn)|(?:[Tt]ỉnh|[Hh]uyện|[Tt]hị|[Qq]uận|[Tt]hành) ủy)) (\p{Lu}[\p{L}\p{M}]*(?: [\p{Lu}\d][\p{L}\p{M}\d]*){0,3})$`, 'u');
/**
 * A place that ends a full name without a level word: a province ('Sở Y tế Đồng Tháp', 'Sở GTVT
 * Thanh Hóa'), or the seat of a mission or a court ('Đại sứ quán Việt Nam tại Nga').
 */
// (the longest province's name: 'Thừa Thiên - Huế', not its alias 'Huế')
const TRAILING_PROVINCE = narrowable(`^(.*?\\S) (${PROVINCE_NAME_PATTERN})$`, 'u');
const TRAILING_SEAT = narrowable(String.raw`^(.*\S) tại (?:Liên bang )?(\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*)?(?: \p{Lu}[\p{L}\p{M}]*)?)$`, 'u');
/** A unit of a ministry named with it: 'Đảng ủy Bộ Lao động - Thương binh và Xã hội' (group 1 'Đảng ủy Bộ'). */
const MINISTRY_OWNED = narrowable(`^(\\S.* Bộ) (?:${alternation(MINISTRIES.flatMap((m) => [m.name, ...m.aliases]))})$`, 'u');
/** The level words of districts and communes, and their committees. */
const LOCAL_LEVEL = /(?:^| )(?:huyện|thị xã|quận|xã|phường|thị trấn|[Hh]uyện ủy|[Tt]hị ủy|[Qq]uận ủy)$/u;
/** A Party committee named by its own level word alone: 'Thành ủy TP', 'Huyện ủy huyện'. */
const COMMITTEE_BY_LEVEL = /^((?:Tỉnh|Thành|Huyện|Quận|Thị) ủy) (?:tỉnh|thành phố|TP|huyện|quận|thị xã|TX)$/u;
/** A department named by its own level word alone (folded): 'sở tnmt thành phố', 'sở y tế tỉnh'. */
const DEPARTMENT_BY_LEVEL = /^(sở \S.*?) (?:tỉnh|thành phố)$/u;
/** A bloc's Party committee named in full: 'Đảng ủy Khối các cơ quan tỉnh', 'Đảng bộ Khối Doanh nghiệp tỉnh X'. */
const BLOC_COMMITTEE = /^((?:Đảng ủy|Đảng bộ) [Kk]hối) \S/u;
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
  for (const word of name.split(' ')) if (regexHere.u`^\p{Lu}`.test(word) && !KIND_WORDS.has(word.toLowerCase())) return true;
  return false;
}

/**
 * For names in text order, the name each one is written as in the facts: the first full
 * mention of its body. A name without its place joins the one full name that has it — the
 * article's province's when the article has one.
 */
export function canonicalBodyNames(
  names: readonly string[],
  articleProvince: string | undefined,
  options: { innerNames?: boolean } = {},
): Map<string, string> {
  const fullOf = new Map<string, Set<string>>(); // identity without place → identities with one
  const firstName = new Map<string, string>(); // identity → first name written
  const firstAt = new Map<string, number>(); // identity → index of its first name
  const hasPlace = new Map<string, boolean>();
  // (what is known of each name is kept across articles: about())
  // (helpers are module functions, not closures: the loader names every closure made per call)
  const province = articleProvince ? about(articleProvince).spelled.toLowerCase() : undefined;
  /** Short forms of names that end with 'Trung ương' (identities). */
  const byLevel = new Set<string>();
  const namedByLevelWord: [string, string][] = []; // a department's bare name, its level-word form
  // With innerNames, a full name written inside a longer one ('HĐND TP Hà Nội' in 'Ban Kinh tế -
  // Ngân sách HĐND TP Hà Nội') names its body too: a later 'HĐND thành phố' takes it. It is no
  // fact of its own (maximal spans), only a full mention.
  const entries: { name: string; at: number; inner: boolean }[] = [];
  names.forEach((name, i) => {
    if (options.innerNames) for (const inner of about(name).inner) entries.push({ name: inner, at: i, inner: true });
    entries.push({ name, at: i, inner: false });
  });
  // A name written with an acronym is the name the article writes in full with the same
  // initials: 'Trung tâm KHXH&NV' is 'Trung tâm Khoa học Xã hội và Nhân văn', 'Sở TN-MT Yên
  // Bái' is 'Sở Tài nguyên và Môi trường tỉnh Yên Bái' (the only one, if any).
  const acronymOf = new Map<string, string>();
  const bySignature = new Map<string, Set<string>>();
  const withAcronym: [string, string][] = [];
  for (const { name } of entries) {
    const facts = about(name);
    if (facts.initials.acronym) withAcronym.push([facts.identity, facts.initials.letters]);
    else {
      addToSet(bySignature, facts.initials.letters, facts.identity);
      // (the acronym may leave the place out: 'Trung tâm KHXH&NV' for '… Nhân văn Quảng Nam')
      for (const letters of facts.placeInitials) addToSet(bySignature, letters, facts.identity);
    }
  }
  for (const [id, letters] of withAcronym) {
    const full = withoutShortsOfFull(bySignature.get(letters), entries);
    if (full?.size === 1 && !full.has(id)) acronymOf.set(id, [...full][0]);
  }
  // Two acronyms of one name, where the article spells none out ('Chi bộ Văn phòng LĐBĐVN' and
  // 'Chi bộ VPLĐBĐVN'): the later is the first's.
  const firstWithLetters = new Map<string, string>();
  for (const [id, letters] of withAcronym) {
    if (acronymOf.has(id) || bySignature.has(letters)) continue;
    const first = firstWithLetters.get(letters);
    if (first === undefined) firstWithLetters.set(letters, id);
    else if (first !== id) acronymOf.set(id, first);
  }
  for (const { name, at: i, inner } of entries) {
    const id = identityWith(acronymOf, name);
    const facts = about(name);
    const ministry = facts.ministry;
    // (an inner name that is the outer one's body is no other mention: 'Thường vụ Tỉnh ủy X' in 'Ban Thường vụ Tỉnh ủy X')
    if (inner && ((!facts.place && !ministry) || id === identityWith(acronymOf, names[i]))) continue;
    if (!firstName.has(id)) {
      firstName.set(id, name);
      firstAt.set(id, i);
    }
    // A complete body's short name ('Trung ương Đảng') gives way to a longer one ('Ban Chấp hành Trung ương Đảng'),
    // and so does a name written by acronym to the first full mention ('Bộ TN&MT' … 'Bộ Tài
    // nguyên&Môi trường'; not 'Quốc hội' … 'Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam': the
    // first already names the body in full).
    else if (!inner && ((SHORT_NAMES.has(firstName.get(id)!.toLowerCase()) && !SHORT_NAMES.has(name.toLowerCase())) || fuller(name, firstName.get(id)!))) firstName.set(id, name);
    const m = facts.place;
    hasPlace.set(id, !!m);
    const place = m?.[2].toLowerCase();
    // (a district's or a commune's name is never the article's province)
    const local = facts.local;
    // (the province as written otherwise is the article's too: 'Thừa Thiên - Huế' for 'Thừa Thiên Huế')
    if (m && (!province || local || place === province || province.endsWith(' ' + place) || (!!articleProvince && provinceByName(m[2]) === articleProvince))) {
      // (its fields as the lexicon spells them: 'Sở Tài nguyên Môi trường Yên Bái' is the one a
      // later 'Sở Tài nguyên và Môi trường' takes up)
      const short = facts.placeShort!;
      addToSet(fullOf, short, id);
      // 'Sở Cảnh sát PC&CC' is 'Sở Cảnh sát PC&CC TP Hà Nội' without its locator.
      if (TRAILING_LEVEL.test(short)) addToSet(fullOf, short.replace(TRAILING_LEVEL, ''), id);
      // 'Sở Tài nguyên môi trường tỉnh' is 'Sở Tài nguyên và Môi trường Yên Bái' named by its level word.
      else if (!local && PROVINCE_FORMS.has(place!)) addToSet(fullOf, `${short} ${CITY_FORMS.has(place!) ? 'thành phố' : 'tỉnh'}`, id);
    }
    // A unit named before its owner ('Phòng Nội vụ UBND huyện X'): its own part alone ('Phòng
    // Nội vụ') is the same unit, as a short name without its place.
    if (m && !inner) {
      for (const ownerName of about(name).inner) {
        const unit = name.slice(0, name.length - ownerName.length).trimEnd();
        if (unit.includes(' ') && about(ownerName).place && !INNER_HEAD_ALONE.test(unit)) addToSet(fullOf, withoutBan(foldCase(fullySpelled(unit))), id);
      }
    }
    // A body named as the centre's ('Bệnh viện Phổi Trung ương'): its proper name alone ('Bệnh viện Phổi') is it.
    const centre = !m && !inner ? facts.centre : null;
    // (named by its level as by a place: the full name wins, written before or after)
    if (centre && hasProperName(centre[1])) {
      const short = withoutBan(foldCase(fullySpelled(centre[1])));
      addToSet(fullOf, short, id);
      byLevel.add(short);
    }
    // 'Đảng ủy Bộ Lao động - Thương binh và Xã hội' (written inside a longer name too) is the
    // one a bare 'Đảng ủy Bộ' takes up: the ministry names it as a place names a province's body.
    if (ministry) addToSet(fullOf, identityOf(fullySpelled(ministry[1])), id);
    // 'Đảng ủy Khối các cơ quan tỉnh X' is the one a bare 'Đảng ủy Khối' takes up.
    const bloc = !inner ? facts.bloc : null;
    if (bloc) addToSet(fullOf, bloc[1].toLowerCase(), id);
    // A ministry or department cut to its first field ('Bộ Tài nguyên' after 'Bộ Tài nguyên và
    // Môi trường') is the same body; the full name wins, written before or after.
    const cut = !m && !inner ? FIRST_FIELD.exec(id) : null;
    if (cut && JOINED_FIELDS.has(cut[2])) {
      const short = `${cut[1]} ${cut[3]}`;
      addToSet(fullOf, short, id);
      byLevel.add(short);
    }
    // 'Thành ủy TP' is the committee a later bare 'Thành ủy' takes up.
    const own = !m && !inner ? facts.own : null;
    if (own) addToSet(fullOf, foldCase(own[1]), id);
    // 'Sở TN&MT TP' is the department a later bare 'Sở TN&MT' takes up: a department is the
    // province's alone, so its level word names no other body.
    const byLevelWord = !m && !inner ? DEPARTMENT_BY_LEVEL.exec(id) : null;
    if (byLevelWord) namedByLevelWord.push([byLevelWord[1], id]);
  }
  // (when the article names it by its place too, the bare name is that full one's: 'Sở Y tế tỉnh Ninh Bình')
  for (const [bare, id] of namedByLevelWord) for (const full of fullOf.get(id) ?? [id]) addToSet(fullOf, bare, full);
  const out = new Map<string, string>();
  // A short name written first that names its body by a proper name keeps its name, and the full one takes it.
  // (not one that ends with its level word: 'Cục Thuế Thành phố' is named by its level, and a later
  // 'Cục Thuế thành phố Hà Nội' names it; genre batch42)
  const keptShort = new Map<string, string>(); // full identity → short name
  for (const [id, full] of fullOf) {
    if (full.size !== 1 || !firstName.has(id) || hasPlace.get(id) || byLevel.has(id)) continue;
    const target = [...full][0];
    const short = firstName.get(id)!;
    if (firstAt.get(id)! < firstAt.get(target)! && hasProperName(short) && !TRAILING_LEVEL.test(short.toLowerCase())) keptShort.set(target, short);
  }
  for (const name of names) {
    const id = identityWith(acronymOf, name);
    const full = fullOf.get(id);
    const target = full && !hasPlace.get(id) ? fullTarget(full, firstAt.get(id)!, firstAt) ?? id : id;
    const chosen = keptShort.get(target) ?? firstName.get(target) ?? name;
    out.set(name, SHORT_SPELLED.get(chosen.toLowerCase()) ?? chosen);
  }
  return out;
}

function addToSet(sets: Map<string, Set<string>>, key: string, value: string): void {
  (sets.get(key) ?? sets.set(key, new Set()).get(key)!).add(value);
}

/** A name's identity, or the full name's its acronym stands for in the article. */
function identityWith(acronymOf: ReadonlyMap<string, string>, name: string): string {
  const id = about(name).identity;
  return acronymOf.get(id) ?? id;
}

/**
 * The names of one signature, less those that are the short part of another ('Sở Tài nguyên và
 * Môi trường' beside 'Sở Tài nguyên và Môi trường Yên Bái': the acronym is the full one's).
 */
function withoutShortsOfFull(ids: Set<string> | undefined, entries: readonly { name: string }[]): Set<string> | undefined {
  if (!ids || ids.size < 2) return ids;
  const shorts = new Set<string>();
  for (const { name } of entries) {
    const m = about(name).place;
    if (m && ids.has(about(name).identity)) shorts.add(identityOf(m[1]));
  }
  const kept = new Set([...ids].filter((id) => !shorts.has(id)));
  return kept.size ? kept : ids;
}

/**
 * The full name a short one stands for: the only one, or, where several bodies of its kind
 * are named in full ('Tỉnh ủy Bà Rịa - Vũng Tàu', 'Tỉnh ủy Đồng Nai'), the last one named
 * before it, which it takes up ('Bí thư Tỉnh ủy' right after).
 */
function fullTarget(full: Set<string>, at: number, firstAt: ReadonlyMap<string, number>): string | undefined {
  if (full.size === 1) return [...full][0];
  let best: string | undefined;
  for (const f of full) if (firstAt.get(f)! < at && (best === undefined || firstAt.get(f)! > firstAt.get(best)!)) best = f;
  return best;
}

interface NameFacts {
  /** The name with its abbreviations spelled out. */
  spelled: string;
  /**
   * What stays the same however a body is written: abbreviations spelled out, case and dashes
   * folded, a level word before the province dropped, a complete body's other names its own.
   */
  identity: string;
  /** The place that ends it, after its short part (match groups 1 and 2), or null. */
  place: RegExpExecArray | null;
  /** The names of bodies written inside it. */
  inner: string[];
  initials: { letters: string; acronym: boolean };
  /** The initials of its short part, before the place (with and without a level word that ends it). */
  placeInitials: string[];
  // What canonicalBodyNames reads of the name at each mention, kept with the rest:
  /** A ministry's unit written with its ministry (MINISTRY_OWNED), or null. */
  ministry: RegExpExecArray | null;
  /** The place is a district's or a commune's (LOCAL_LEVEL). */
  local: boolean;
  /** The short part before the place, folded as a short name ('sở tài nguyên và môi trường'), when there is a place. */
  placeShort?: string;
  /** The proper name before 'Trung ương' (CENTRE_AT_END), a bloc's committee (BLOC_COMMITTEE), a committee named by its own level word (COMMITTEE_BY_LEVEL); or null. */
  centre: RegExpExecArray | null;
  bloc: RegExpExecArray | null;
  own: RegExpExecArray | null;
}
/** A joiner between the letters of an acronym: 'VH-TT&DL', 'VHTT&DL' and 'VHTTDL' are one acronym. */
const ACRONYM_JOINER = narrowable(String.raw`(?<=(?<![\p{L}\p{M}])\p{Lu}[\p{Lu}\d]*) ?[&–-] ?(?=\p{Lu}[\p{Lu}\d]*(?![\p{L}\p{M}]))`, 'gu');
/** The country's full name after a State body: 'Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam' is 'Quốc hội'. */
const OF_ASSEMBLY_AT_END = / của (?:quốc hội|qh)$/u;
const CENTRE_AT_END = /^(.*\S) (?:Trung ương|TW|TƯ|T\.Ư)$/u;
const ASSEMBLY_AT_END = / (?:quốc hội|qh)$/u;
const NATION_AT_END = / (?:nước )?(?:cộng hòa xã hội chủ nghĩa|cộng hoà xã hội chủ nghĩa|chxhcn) việt nam$/u;
/**
 * Whether `name` is a fuller mention of a body first written `first`: fewer acronyms (an acronym spelled out: 'UBKT Trung ương' … 'Ủy ban Kiểm tra Trung ương'; a
 * place's initials do not count).
 */
function fuller(name: string, first: string): boolean {
  if (OF_ASSEMBLY_AT_END.test(name.toLowerCase()) && !ASSEMBLY_AT_END.test(first.toLowerCase())) return true;
  // ('Ban Thường vụ Thành ủy X' after 'Thường vụ Thành ủy X')
  if (/^Ban [Tt]hường vụ /u.test(name) && /^Thường vụ /u.test(first)) return true;
  // A body named by its place is fully named with it ('Sở TN-MT' … 'Sở Tài nguyên và Môi trường Yên Bái');
  // one named by no place (a central body) is fully named spelled out ('Bộ TN&MT' … 'Bộ Tài nguyên&Môi trường').
  const placed = !!about(name).place;
  if (placed !== !!about(first).place) return placed;
  // (and only when it names no less: 'Ban Chấp hành Trung ương' does not replace a first 'BCH T.Ư
  // Đảng', which spelled out has one word more)
  return !placed && name.length > first.length && acronymCount(name) < acronymCount(first) && wordCount(about(name).spelled) >= wordCount(about(first).spelled);
}
function wordCount(name: string): number {
  return name.split(' ').length;
}
const ACRONYM_WORD = narrowable(String.raw`(?<![\p{L}\p{M}])(?!(?:TP|TX|TT|TPHCM|HCM|HN)(?![\p{L}\p{M}]))\p{Lu}[\p{Lu}\d&.-]*\p{Lu}(?![\p{L}\p{M}])`, 'gu');
function acronymCount(name: string): number {
  if (!regexHere.u`\p{Lu}\S*\p{Lu}`.test(name)) return 0;
  return name.replace(/TP\.? ?HCM|Tp\.? ?HCM/gu, '').match(ACRONYM_WORD)?.length ?? 0;
}

/** 'Thường vụ Tỉnh ủy X' is 'Ban Thường vụ Tỉnh ủy X' with 'Ban' left out (folded names). */
function withoutBan(folded: string): string {
  return folded.startsWith('ban thường vụ ') ? folded.slice(4) : folded;
}

function identityOf(spelled: string): string {
  let s = foldCase(spelled);
  if (s.endsWith(' việt nam')) s = s.replace(NATION_AT_END, '');
  // ('Thường vụ Tỉnh ủy X' is 'Ban Thường vụ Tỉnh ủy X' with 'Ban' left out)
  s = withoutBan(s);
  if (s.includes('tỉnh ') || s.includes('thành phố ')) s = s.replace(LEVEL_BEFORE_PROVINCE, '');
  // (a federation is named by its country: 'tại Liên bang Nga' is 'tại Nga')
  if (s.includes(' tại liên bang ')) s = s.replace(' tại liên bang ', ' tại ');
  s = ALIAS_OF.get(s) ?? s;
  // ('Sở Tài nguyên Môi trường tỉnh X' is 'Sở Tài nguyên và Môi trường tỉnh X': the lexicon's spelled-out aliases)
  // (and so is a district's 'phòng Tài nguyên Môi trường' its 'Phòng Tài nguyên và Môi trường')
  s = withFieldSpelled(s);
  // ('UB Pháp luật QH' is 'UB Pháp luật của QH'; 'Ủy ban Quốc phòng và An ninh của Quốc hội' is 'Ủy ban Quốc phòng và An ninh')
  return s.endsWith(' quốc hội') || s.endsWith(' qh') ? s.replace(COMMITTEE_OF_ASSEMBLY, '$1') : s;
}
/** A folded department's or ministry's name with its field as the lexicon names it. */
function withFieldSpelled(s: string): string {
  const head = s.startsWith('sở ') || s.startsWith('bộ ') ? 3 : s.startsWith('phòng ') ? 6 : 0;
  if (head) {
    for (const [variant, canonical] of FIELD_VARIANTS) {
      if (s.startsWith(variant, head) && (s.length === head + variant.length || s[head + variant.length] === ' ')) {
        return s.slice(0, head) + canonical + s.slice(head + variant.length);
      }
    }
  }
  return s;
}
/** Spelled-out aliases of departments and ministries (not acronyms), folded, with the name they stand for. */
const FIELD_VARIANTS: [string, string][] = [...DEPARTMENTS, ...MINISTRIES].flatMap((d) =>
  d.aliases.filter((a) => / /u.test(a) && foldCase(a) !== foldCase(d.name)).map((a) => [foldCase(a), foldCase(d.name)] as [string, string]),
);
/** The lexicon's ministries and departments named by two fields or more, folded ('tài nguyên-môi trường'). */
const JOINED_FIELDS = new Set([...MINISTRIES, ...DEPARTMENTS].map((d) => foldCase(d.name)).filter((f) => /[-,]/u.test(f)));
/** A folded ministry's or department's name: its head, its whole field and the field's first part. */
const FIRST_FIELD = /^(bộ|sở) (([^-,]+)[-,].*)$/u;
const COMMITTEE_OF_ASSEMBLY = /^((?:ủy ban|hội đồng) .+?) (?:của )?(?:quốc hội|qh)$/u;

/** What canonicalBodyNames needs of a name, kept: articles name the same bodies over and over. */
const ABOUT = new Map<string, NameFacts>();
function about(name: string): NameFacts {
  let f = ABOUT.get(name);
  if (!f) {
    if (ABOUT.size >= 10_000) ABOUT.clear();
    const spelled = fullySpelled(name);
    const place = TRAILING_PLACE.exec(spelled) ?? TRAILING_SEAT.exec(spelled) ?? (regexHere.u` \p{Lu}`.test(spelled) ? TRAILING_PROVINCE.exec(spelled) : null);
    f = {
      spelled,
      identity: identityOf(spelled),
      place,
      inner: innerNames(name),
      // (a level word before the province is no initial: 'Sở TN&MT Yên Bái' is '… Môi trường tỉnh Yên Bái')
      initials: initials(spelled.replace(LEVEL_BEFORE_PROVINCE, '')),
      // (with or without the level word before the place: 'Viện KSNDTP' for 'Viện kiểm sát nhân dân
      // TP.Hồ Chí Minh', 'Trung tâm BVSKBMTE&KHHGĐ' for '… Kế hoạch hóa gia đình tỉnh Hòa Bình')
      placeInitials: place ? [...new Set([place[1], place[1].replace(TRAILING_LEVEL, '')])].map((p) => initials(p).letters) : [],
      ministry: MINISTRY_OWNED.exec(name),
      local: !!place && LOCAL_LEVEL.test(place[1]),
      placeShort: place ? withFieldSpelled(withoutBan(foldCase(place[1]))) : undefined,
      centre: CENTRE_AT_END.exec(name),
      bloc: BLOC_COMMITTEE.exec(name),
      own: COMMITTEE_BY_LEVEL.exec(name),
    };
    ABOUT.set(name, f);
  }
  return f;
}

/**
 * The initials of a name, an acronym's letters each one ('Trung tâm KHXH&NV Nghệ An' and 'Trung
 * tâm Khoa học Xã hội và Nhân văn Nghệ An' → 'ttkhxhnvna'; 'và', '&' and dashes dropped), and
 * whether it has an acronym of two capitals or more.
 */
function initials(name: string): { letters: string; acronym: boolean } {
  let letters = '';
  let acronym = false;
  for (const word of name.split(/[\s,]+/u)) {
    if (!word || word === 'và') continue;
    if (regexHere.u`^\p{Lu}[\p{Lu}\d&.-]*\p{Lu}[\p{Lu}\d]*$`.test(word)) {
      acronym = true;
      letters += word.replace(/[^\p{L}\d]/gu, '').toLowerCase();
    } else for (const part of word.split(/[-&]/u)) if (part && part !== 'và') letters += part[0].toLowerCase();
  }
  return { letters, acronym };
}

/** Words a full name inside a longer one starts with. */
// (heads of bodies named with a place or an owner: 'HĐND', 'Tỉnh ủy', 'Đảng bộ', 'Công an'; not
// 'Quốc hội' in 'Đoàn đại biểu Quốc hội tỉnh X')
const INNER_HEAD = narrowable(
  `(?<= )(?:${alternation(BODY_HEADS.filter((h) => h.needs !== 'name' && h.level !== 'central').flatMap((h) => headForms(h.word)))})(?= )`,
  'gu',
);

/** A unit's part that is only a head or a board ('Ban Thường vụ', 'Văn phòng'): no name of its own. */
const INNER_HEAD_ALONE = narrowable(`^(?:${alternation([...ALL_HEADS, ...PARTY_BOARDS.map((b) => `Ban ${b}`)])})$`, 'iu');

/** The names of bodies written inside `name` after its head: 'HĐND TP Hà Nội' in 'Ban Kinh tế - Ngân sách HĐND TP Hà Nội'. */
function innerNames(name: string): string[] {
  const out: string[] = [];
  for (const m of name.matchAll(INNER_HEAD)) out.push(name.slice(m.index));
  return out;
}
