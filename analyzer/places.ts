// Provinces and outlets looked up in text, URLs and names. The data is in lexicon/;
// this module only indexes it.

import { PROVINCES } from './lexicon/provinces.ts';
import { DISTRICTS, type District, type DistrictKind } from './lexicon/districts.ts';
import { OUTLETS, type Outlet } from './lexicon/outlets.ts';
import { WORD_END, WORD_START, alternation, leadingClass } from './text/patterns.ts';
import { foldToneStyle } from './text/normalize.ts';
import { WordScan } from './text/scan.ts';
import { BoundedMemo } from './text/memo.ts';
import { narrowable, regexHere } from './text/narrow.ts';

/** Lowercase, tone style folded, diacritics and đ removed: 'Bắc Ninh' → 'bac ninh'. */
export function asciiFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const PROVINCE_BY_FORM = new Map<string, string>();
for (const p of PROVINCES) {
  for (const form of [p.name, ...p.aliases]) PROVINCE_BY_FORM.set(foldToneStyle(form).toLowerCase(), p.name);
}
const PROVINCE_BY_ASCII = new Map<string, string>();
for (const p of PROVINCES) {
  for (const form of [p.name, ...p.aliases]) PROVINCE_BY_ASCII.set(asciiFold(form), p.name);
}

/** Alternation of every province name and alias (for the office grammar). */
export const PROVINCE_NAME_PATTERN = alternation([...PROVINCES.flatMap((p) => [p.name, ...p.aliases])]);
const PROVINCE_IN_TEXT = narrowable(`${leadingClass(PROVINCES.flatMap((p) => [p.name, ...p.aliases]))}${WORD_START}(?:${PROVINCE_NAME_PATTERN})${WORD_END}`, 'gu');

/** PROVINCE_IN_TEXT over a whole text, run only where a province's first word is (text/scan.ts). */
const PROVINCE_SCAN = new WordScan(PROVINCE_IN_TEXT, PROVINCES.flatMap((p) => [p.name, ...p.aliases]), { whole: true });

/** The canonical province for a name or alias as written ('Hoà Bình', 'TP.HCM'). */
export function provinceByName(form: string): string | undefined {
  // Memoised: the district walk asks for every run of words after every kind word, and the
  // ASCII fold (NFD and four replaces) costs far more than the answer.
  return PROVINCE_BY_NAME_SEEN.get(form, () => PROVINCE_BY_FORM.get(foldToneStyle(form).toLowerCase()) ?? PROVINCE_BY_ASCII.get(asciiFold(form)));
}
const PROVINCE_BY_NAME_SEEN = new BoundedMemo<string | undefined>(20_000);

const CITIES = new Set(PROVINCES.filter((p) => p.kind === 'city').map((p) => p.name));
/** Whether a province (its fact name) is a centrally-run city ('Hà Nội', 'Thành phố Hồ Chí Minh'). */
export function isCentralCity(province: string): boolean {
  return CITIES.has(province);
}

/** The first province named (with capitals) in a string: 'UBND tỉnh Gia Lai' → 'Gia Lai'. */
export function findProvince(s: string): string | undefined {
  PROVINCE_IN_TEXT.lastIndex = 0;
  const m = PROVINCE_IN_TEXT.exec(s);
  PROVINCE_IN_TEXT.lastIndex = 0; // matchAll() below starts where this regex was left
  return m ? provinceByName(m[0]) : undefined;
}

/** Abbreviations of bodies and levels that stand before a province's name: 'UBND TPHCM', 'CATP Hà Nội'. */
const BODY_ABBREVIATIONS = new Set(['UBND', 'HĐND', 'TP', 'TX', 'CATP', 'CAT', 'CA', 'TAND', 'VKSND', 'MTTQ', 'BCH', 'BTV', 'UBKT', 'LĐLĐ']);

/** The word of a unit below the province, right before a name: 'xã ', 'huyện ', 'thị trấn '. */
// (and a district's Party committee: 'Huyện ủy Quảng Ninh' is Quảng Bình's)
const LOWER_UNIT_BEFORE = narrowable(String.raw`(?<![\p{L}\p{M}])(?:xã|phường|thôn|ấp|bản|xóm|làng|huyện|quận|thị trấn|thị xã|thị tứ|[Hh]uyện [uủ]y|[Qq]uận [uủ]y|[Tt]hị [uủ]y) $`, 'u');

/** Every province named in a text, with where. */
export function provinceMentions(s: string): { province: string; start: number; end: number }[] {
  const out: { province: string; start: number; end: number }[] = [];
  for (const m of PROVINCE_SCAN.all(s)) {
    // Inside a longer capitalised name ('Nguyễn Hòa Bình', 'Trường THPT Hòa Bình') it names no province;
    // after a body's or a level's abbreviation it does ('UBND TPHCM', 'CATP Hà Nội', 'TP Hà Nội').
    const before = regexHere.u`(\p{Lu}[\p{L}\p{M}]*) $`.exec(s.slice(Math.max(0, m.index - 12), m.index));
    if (before && !BODY_ABBREVIATIONS.has(before[1])) continue;
    // After a lower unit's word it names that unit, not the province: 'xã Đồng Tháp' (Hà Nội), 'huyện
    // Quảng Ninh' (Quảng Bình), 'xã Lạng Sơn' (Nghệ An).
    if (LOWER_UNIT_BEFORE.test(s.slice(Math.max(0, m.index - 10), m.index))) continue;
    // Nor inside a longer name that starts with one: 'Thái Bình Dương' (the Pacific), 'Hà Nội Mới' (a paper).
    if (regexHere.u`^ (?:Dương|Mới)(?![\p{L}\p{M}])`.test(s.slice(m.index + m[0].length, m.index + m[0].length + 7))) continue;
    const province = provinceByName(m[0]);
    if (province) out.push({ province, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// ---------------------------------------------------------------- districts

/**
 * The key a district is looked up by: tone placement folded, lower case, 'Đăk'/'Đắc' as 'Đắk',
 * apostrophes and dashes one way ("Cư M'gar" and "Cư M'Gar", 'Phan Rang-Tháp Chàm' and 'Phan Rang
 * - Tháp Chàm' alike).
 */
export function districtKey(name: string): string {
  return foldToneStyle(name.normalize('NFC'))
    .toLowerCase()
    .replace(/đ[ăắ][ck]/g, 'đắk')
    .replace(/ *['’‘] */g, "'")
    .replace(/ *[-–] */g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The lexicon's units by key (built on first use). */
let districtsByKey: Map<string, District[]> | undefined;
function districtsOf(key: string): District[] | undefined {
  if (!districtsByKey) {
    districtsByKey = new Map();
    for (const d of DISTRICTS) {
      const k = districtKey(d.name);
      (districtsByKey.get(k) ?? districtsByKey.set(k, []).get(k)!).push(d);
    }
  }
  return districtsByKey.get(key);
}

/**
 * The kinds of unit a written kind word may name, in 2024 terms: units only went up (huyện →
 * thị xã → thành phố), so a 'huyện' of an older article may be a thị xã or a city now; a quận
 * was never anything else in these years.
 */
const KINDS_OF_WORD: Record<string, readonly DistrictKind[]> = {
  huyện: ['huyện', 'thị xã', 'thành phố'],
  quận: ['quận'],
  'thị xã': ['thị xã', 'thành phố'],
  'thành phố': ['thành phố'],
};
const WORD_OF_UNIT: Record<string, string> = { huyện: 'huyện', quận: 'quận', thị: 'thị xã', tx: 'thị xã', thành: 'thành phố', tp: 'thành phố' };

/**
 * The province of a district written with its kind word ('huyện Hương Trà', 'quận 1', 'TP Vinh'),
 * or undefined when no unit of that kind has the name, or units of several provinces have it
 * ('huyện Châu Thành'). `word`: 'huyện', 'quận', 'thị xã' or 'thành phố'.
 */
export function districtProvince(word: string, name: string): string | undefined {
  // Memoised: every kind word of every article asks for each run of its following words, and
  // districtKey (NFC, tone fold, four replaces) cost more than the answer.
  return DISTRICT_PROVINCE_SEEN.get(word + '\u0000' + name, () => districtProvinceUncached(word, name));
}
const DISTRICT_PROVINCE_SEEN = new BoundedMemo<string | undefined>(50_000);

function districtProvinceUncached(word: string, name: string): string | undefined {
  const kinds = KINDS_OF_WORD[word];
  const units = kinds && districtsOf(districtKey(name))?.filter((d) => kinds.includes(d.kind));
  if (!units?.length) return undefined;
  return units.every((d) => d.province === units[0].province) ? units[0].province : undefined;
}

/**
 * A district's kind word or its Party committee, before its name: 'huyện ', 'Quận ', 'thị xã ',
 * 'TP.', 'TX ', 'Huyện ủy ', 'Thành ủy '. (Not the abbreviations 'H.', 'Q.': a person's initial.)
 */
const DISTRICT_WORD =
  narrowable(String.raw`(?<![\p{L}\p{M}\p{N}])(?:([Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hành phố|TP|Tp|TX)(?: |\. ?)|([Hh]uyện|[Qq]uận|[Tt]hị|[Tt]hành) [uủ]y )(?=[\p{Lu}\d])`, 'gu');
const DISTRICT_WORD_SCAN = new WordScan(DISTRICT_WORD, ['huyện', 'Huyện', 'quận', 'Quận', 'thị', 'Thị', 'thành', 'Thành', 'TP', 'Tp', 'TX']);
/** Quận 1's number, or one capitalised word of a district's name ('Hai', "M'gar" in "Cư M'gar", "H'Drai"). */
const DISTRICT_WORD_AT = narrowable(String.raw`\d{1,2}(?![\p{L}\p{M}\p{N}])|\p{Lu}[\p{L}\p{M}]*(?:['’] ?[\p{L}\p{M}]+)?`, 'uy');
/** Between the words of a name: a space, a dash ('Phan Rang - Tháp Chàm', 'Phan Rang-Tháp Chàm'). */
const DISTRICT_WORD_GAP = / - | |-/y;

/**
 * A district's name as written at `at`: up to four capitalised words ('Hai Bà Trưng', "Cư M'gar",
 * 'Phan Rang - Tháp Chàm') or Quận 1's number; '' for none.
 */
function districtNameAt(s: string, at: number): string {
  let end = at;
  for (let words = 0; words < 4; words++) {
    let from = end;
    if (words > 0) {
      DISTRICT_WORD_GAP.lastIndex = end;
      const gap = DISTRICT_WORD_GAP.exec(s);
      if (!gap) break;
      from = end + gap[0].length;
    }
    DISTRICT_WORD_AT.lastIndex = from;
    const w = DISTRICT_WORD_AT.exec(s);
    // (a number is a name only alone: 'Quận 1')
    if (!w || (words > 0 && /^\d/.test(w[0]))) break;
    end = from + w[0].length;
    if (/^\d/.test(w[0])) break;
  }
  return s.slice(at, end);
}

export interface DistrictMention {
  province: string;
  /** where the kind word starts */
  start: number;
  /** where the name ends */
  end: number;
  /** the name as written */
  name: string;
}

/**
 * Every district a text names with its kind word and whose province the name tells ('quận Thanh
 * Xuân' → Hà Nội, 'thị xã Hương Trà' → Thừa Thiên Huế, 'Huyện ủy Quảng Ninh' → Quảng Bình). A
 * city named by a province's name ('TP Hà Tĩnh', 'Thành ủy Huế') is left to provinceMentions; a
 * name units of several provinces carry ('huyện Châu Thành') is left out.
 */
export function districtMentions(s: string): DistrictMention[] {
  return districtsAt(s, DISTRICT_WORD_SCAN.all(s));
}

/** districtMentions of a name ('UBND huyện Hương Trà'): the regex itself, since a word scan
 * indexes its text and would drop the index of the article being read (text/scan.ts). */
export function districtsInName(name: string): DistrictMention[] {
  return districtsAt(name, name.matchAll(DISTRICT_WORD));
}

function districtsAt(s: string, matches: Iterable<RegExpMatchArray>): DistrictMention[] {
  const out: DistrictMention[] = [];
  for (const m of matches) {
    const word = WORD_OF_UNIT[(m[1] ?? m[2]).split(' ')[0].toLowerCase()];
    const at = m.index! + m[0].length;
    const n = districtNameAt(s, at);
    if (!n) continue;
    let found = districtAt(word, n);
    if (!found) continue;
    out.push({ province: found.province, start: m.index!, end: at + found.name.length, name: found.name });
    // more districts of the kind listed after it: 'quận Ba Đình, Tây Hồ', 'các huyện Đông Anh, Sóc Sơn và Mê Linh'
    for (let end = at + found.name.length; ; ) {
      DISTRICT_LIST_NEXT.lastIndex = end;
      const sep = DISTRICT_LIST_NEXT.exec(s);
      if (!sep) break;
      const from = end + sep[0].length;
      const next = districtNameAt(s, from);
      // (not the province that glosses it: 'huyện Vân Đồn, Quảng Ninh' is no huyện Quảng Ninh)
      found = next && !provinceAtStart(next) ? districtAt(word, next) : undefined;
      if (!found) break;
      out.push({ province: found.province, start: from, end: from + found.name.length, name: found.name });
      end = from + found.name.length;
    }
  }
  return out;
}
/** Whether a name's first words are a province's name ('Quảng Ninh', 'Thừa Thiên Huế', 'Hà Nội Nguyễn'). */
function provinceAtStart(run: string): boolean {
  for (let written = run; ; ) {
    if (provinceByName(written)) return true;
    const cut = written.lastIndexOf(' ');
    if (cut <= 0) return false;
    written = written.slice(0, cut);
  }
}
/** Between two districts of a list: ', ', ' và ', ', và '. */
const DISTRICT_LIST_NEXT = /,? và |, /y;

/**
 * The longest run of a name's first words that names a district of a kind the word may name ('Hai
 * Bà Trưng', not 'Hai'), and its province; none for a city named by a province's name ('TP Hà Tĩnh').
 */
function districtAt(word: string, run: string): { name: string; province: string } | undefined {
  for (let written = run; ; ) {
    if (word === 'thành phố' && provinceByName(written)) return undefined;
    const province = districtProvince(word, written);
    if (province) return { name: written, province };
    const cut = Math.max(written.lastIndexOf(' '), written.lastIndexOf('-'));
    if (cut <= 0) return undefined;
    written = written.slice(0, cut).replace(/ -$/, '');
  }
}

// ---------------------------------------------------------------- outlets

const OUTLET_BY_HOST = new Map<string, Outlet>();
for (const o of OUTLETS) for (const h of o.hosts) OUTLET_BY_HOST.set(h.toLowerCase(), o);

/** Hosts already read: the page's URL is looked at several times per article. */
const HOST_SEEN = new Map<string, string | null>();

/** The hostname of a URL or of a bare or printed hostname, lowercased, without 'www.'/'m.', port or final dot. */
function hostOf(urlOrHost: string): string | undefined {
  let host = HOST_SEEN.get(urlOrHost);
  if (host === undefined) {
    if (HOST_SEEN.size >= 5000) HOST_SEEN.clear();
    HOST_SEEN.set(urlOrHost, (host = readHost(urlOrHost) ?? null));
  }
  return host ?? undefined;
}

function readHost(urlOrHost: string): string | undefined {
  let host = urlOrHost.trim().toLowerCase();
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) host = new URL(host).hostname;
  } catch {
    return undefined;
  }
  host = host.split(/[/?#:]/)[0].replace(/\.$/, '');
  return host.replace(/^www\./, '').replace(/^m\./, '') || undefined;
}

/** The outlet of a URL or a bare hostname ('https://baolangson.vn/…', 'BAOTAYNINH.VN'). */
export function outletByHost(urlOrHost: string): Outlet | undefined {
  let host = hostOf(urlOrHost);
  if (!host) return undefined;
  const first = host;
  for (;;) {
    const o = OUTLET_BY_HOST.get(host);
    if (o) return o;
    const dot = host.indexOf('.');
    if (dot < 0) break;
    host = host.slice(dot + 1); // subdomains: bacninh.dangcongsan.vn → dangcongsan.vn
    if (!host.includes('.')) break;
  }
  return paperByHost(first);
}

/**
 * A provincial paper's host that the lexicon does not list, named as they all are:
 * 'bao' + the province ('baoquangngai.vn', 'baodientuhagiang.vn') under a Vietnamese domain.
 */
function paperByHost(host: string): Outlet | undefined {
  const m = /^bao(?:dientu)?([a-z]+)\.(?:(?:com|org|net)\.)?vn$/.exec(host);
  const province = m ? PROVINCE_BY_SLUG.get(m[1]) : undefined;
  return province ? OUTLETS.find((o) => o.province === province && /^Báo /u.test(o.name)) : undefined;
}

/** The province a host label names: 'quangninh', 'tphcm', 'hochiminhcity', 'baria-vungtau', 'hue'. */
function provinceBySlug(label: string): string | undefined {
  return PROVINCE_BY_SLUG.get(label.replace(/-/g, ''));
}

/**
 * A province's own web portal, '<province>.gov.vn' ('binhdinh.gov.vn', 'hochiminhcity.gov.vn'):
 * the outlet is its 'Cổng Thông tin điện tử', named like the printed domain of seed 004 names its
 * paper. The portals of its departments and districts ('sotuphap.hanoi.gov.vn') are no such outlet:
 * provinceByHost gives their province.
 */
export function portalByHost(urlOrHost: string): Outlet | undefined {
  const host = hostOf(urlOrHost);
  const m = host ? /^(?:portal\.)?([a-z0-9-]+)\.gov\.vn$/.exec(host) : null;
  const p = m ? provinceBySlug(m[1]) : undefined;
  if (!host || !p) return undefined;
  const kind = PROVINCES.find((x) => x.name === p)?.kind === 'city' ? 'thành phố' : 'tỉnh';
  const name = p === 'Thành phố Hồ Chí Minh' ? 'Cổng Thông tin điện tử Thành phố Hồ Chí Minh' : `Cổng Thông tin điện tử ${kind} ${p}`;
  return { name, province: p, hosts: [host], tags: [], aliases: [] };
}

/**
 * The province a host belongs to: a '*.gov.vn' portal of the province or of one of its
 * departments or districts ('quangninh.gov.vn', 'sotuphap.hanoi.gov.vn', 'huyenx.tinhy.gov.vn':
 * the label before 'gov.vn'), a province's section of a national outlet ('bacninh.dangcongsan.vn'),
 * or a provincial paper's host.
 */
export function provinceByHost(urlOrHost: string): string | undefined {
  const host = hostOf(urlOrHost);
  if (!host) return undefined;
  const labels = host.split('.');
  if (host.endsWith('.gov.vn') && labels.length >= 3) return provinceBySlug(labels[labels.length - 3]);
  const outlet = outletByHost(host);
  if (outlet?.province) return outlet.province;
  if (outlet && labels.length >= 3) return provinceBySlug(labels[0]);
  return undefined;
}
const PROVINCE_BY_SLUG = new Map<string, string>();
for (const p of PROVINCES) {
  for (const f of [p.name, ...p.aliases, ...(p.hostLabels ?? [])]) PROVINCE_BY_SLUG.set(asciiFold(f).replace(/ /g, ''), p.name);
}

const OUTLET_BY_TAG = new Map<string, Outlet>();
for (const o of OUTLETS) for (const t of o.tags) OUTLET_BY_TAG.set(t.toUpperCase(), o);
export function outletByTag(tag: string): Outlet | undefined {
  return OUTLET_BY_TAG.get(tag.toUpperCase());
}
export const OUTLET_TAGS = [...OUTLET_BY_TAG.keys()];

const OUTLET_BY_NAME = new Map<string, Outlet>();
for (const o of OUTLETS) for (const n of [o.name, ...o.aliases]) OUTLET_BY_NAME.set(asciiFold(n), o);
/** The longest a folded outlet name can be ('bao dien tu' and a province included). */
const LONGEST_NAME = Math.max(...[...OUTLET_BY_NAME.keys(), ...[...PROVINCE_BY_ASCII.keys()].map((p) => `bao dien tu ${p}`)].map((k) => k.length));

/** More ASCII letters and digits than `limit`? They all survive asciiFold, so the fold is longer. */
function asciiAlnumOver(s: string, limit: number): boolean {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) && ++n > limit) return true;
  }
  return false;
}

/** Names already looked up: headlines, bylines and credits are folded more than once per article. */
const BY_NAME_SEEN = new Map<string, Outlet | null>();

/** An outlet by a printed name, accents or not: 'Bao dien tu Bac Ninh', 'Báo Lạng Sơn'. */
export function outletByName(printed: string): Outlet | undefined {
  // A paragraph is no outlet name: not worth folding (the first lines of an article are tried).
  if (asciiAlnumOver(printed, LONGEST_NAME)) return undefined;
  let o = BY_NAME_SEEN.get(printed);
  if (o === undefined) {
    if (BY_NAME_SEEN.size >= 5000) BY_NAME_SEEN.clear();
    BY_NAME_SEEN.set(printed, (o = lookUpName(printed) ?? null));
  }
  return o ?? undefined;
}

function lookUpName(printed: string): Outlet | undefined {
  const f = asciiFold(printed);
  const direct = OUTLET_BY_NAME.get(f);
  if (direct) return direct;
  // 'Báo điện tử X' / 'Bao dien tu X' → 'Báo X'
  const m = /^bao (?:dien tu )?(.+)$/.exec(f);
  if (m) {
    const province = PROVINCE_BY_ASCII.get(m[1]);
    if (province) return OUTLETS.find((o) => o.province === province && /^Báo /u.test(o.name));
  }
  return undefined;
}
