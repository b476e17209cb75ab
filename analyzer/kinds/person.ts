// Persons: named people. A name is two to five capitalised syllables that start with a
// family name ('Trần Văn Bình'), or any two to four capitalised syllables right after a
// title or a form of address ('đồng chí Hoài Nam'); photo credits ('Ảnh: Ngọc Lan') and
// the byline found by article.ts too. Hồ Chí Minh is a person where the words mean the man,
// not the city or a body named after him. Roles (the title written before the name) are
// attached by refine/person-roles.ts, which knows the offices.

import type { Candidate, Context } from '../pipeline.ts';
import { CREDIT_WORDS, PERSON_PREFIXES, ROLE_TITLES, SURNAMES } from '../lexicon/roles.ts';
import { AWARDS } from '../lexicon/awards.ts';
import { CAPTION_STARTERS, NOT_PERSON_NAMES, PLACE_WORDS_BEFORE_NAMES, SENTENCE_STARTERS } from '../lexicon/context.ts';

/** Honorary titles held by people ('Nghệ sĩ Nhân dân', 'NSƯT'): lists of names follow them. */
const HONORARY_TITLES = AWARDS.filter((a) => a.category === 'honorary-title').flatMap((a) => [a.name, ...a.variants]);
import { PROVINCE_NAME_PATTERN } from '../places.ts';
import { WORD_END, WORD_START, alternation, leadingClass, rx } from '../text/patterns.ts';
import { WordScan } from '../text/scan.ts';

type PersonCandidate = Candidate<'person'>;

// A capitalised syllable ('Minh', 'Đẳng'), an all-caps one ('TUẤN') or an Ê Đê / Jrai prefix ('H'', 'Y').
const SYL = "\\p{Lu}[\\p{Ll}\\p{M}]*";
const CAPS = '\\p{Lu}[\\p{Lu}\\p{M}]*';
const SURNAME = alternation(SURNAMES);
const SURNAME_SET = new Set(SURNAMES.map((s) => s.toLowerCase()));

// Family name + 1–4 more syllables.
const FULL_NAME = rx(`${leadingClass(SURNAMES)}${WORD_START}(?:${SURNAME})(?: +${SYL}${WORD_END}){1,4}`, 'gu');
// After a title or a form of address: 2–4 capitalised syllables.
// Two scans, because they are fast in different ways: capitalised titles ('Bí thư') with a
// first-letter look-ahead, lower-case forms of address ('ông', 'đồng chí') as literals whose
// word edge is checked after them.
const INTROS = [...ROLE_TITLES, ...PERSON_PREFIXES];
const CAPITAL_INTRO = alternation(INTROS.filter((w) => /^\p{Lu}/u.test(w)));
const LOWER_INTRO = alternation(INTROS.filter((w) => !/^\p{Lu}/u.test(w)));
const NAME_AFTER_INTRO = ` +(${SYL}(?: +${SYL}${WORD_END}){1,3})`;
const INTRODUCED = [
  rx(`${leadingClass(INTROS.filter((w) => /^\p{Lu}/u.test(w)))}${WORD_START}(?:${CAPITAL_INTRO})${NAME_AFTER_INTRO}`, 'gu'),
  rx(`(?:${LOWER_INTRO})(?<![\\p{L}\\p{M}\\p{N}](?:${LOWER_INTRO}))${NAME_AFTER_INTRO}`, 'gu'),
];
// Both scans run only where a family name or an intro word is (text/scan.ts).
const FULL_NAME_SCAN = new WordScan(FULL_NAME, SURNAMES);
const INTRODUCED_SCANS = [
  new WordScan(INTRODUCED[0], INTROS.filter((w) => /^\p{Lu}/u.test(w))),
  new WordScan(INTRODUCED[1], INTROS.filter((w) => !/^\p{Lu}/u.test(w))),
];
// Photo and text credits: 'Ảnh: Ngọc Lan', 'Ảnh Quốc Việt', '(Ảnh: NGỌC ANH)'.
// Initials in credits: 'Ảnh: N.H', 'Ảnh: T.SỸ'.
const CREDIT_INITIALS = rx(`${leadingClass(CREDIT_WORDS.map((c) => c.word))}${WORD_START}(${alternation(CREDIT_WORDS.map((c) => c.word))}) *: *((?:\\p{Lu}\\.){1,3}\\p{Lu}[\\p{Lu}\\p{Ll}\\p{M}]*)(?![\\p{L}\\p{M}.])`, 'gu');
const CREDIT = rx(
  `${leadingClass(CREDIT_WORDS.map((c) => c.word))}${WORD_START}(${alternation(CREDIT_WORDS.map((c) => c.word))}) *:? *((?:${SYL}|${CAPS})(?: +(?:${SYL}|${CAPS})${WORD_END}){1,3})`,
  'gu',
);
// Both run only where a credit word begins a word ('ẢnhLan' too: the colon and space are optional).
const CREDIT_SCAN = new WordScan(CREDIT, CREDIT_WORDS.map((c) => c.word), { prefix: true });
const CREDIT_INITIALS_SCAN = new WordScan(CREDIT_INITIALS, CREDIT_WORDS.map((c) => c.word), { prefix: true });
const CREDIT_ROLE = new Map(CREDIT_WORDS.map((c) => [c.word.toLowerCase(), c.role]));

/** Words before a name that make it a place or a body, not a person ('đường Lê Lợi'). */
// A look-behind, run sticky where the slice ends: read backwards, not tried at every position.
const PLACE_BEFORE = new RegExp(`(?<=(?:${alternation(PLACE_WORDS_BEFORE_NAMES)})[ .]+)`, 'uy');
const PROVINCE_START = new RegExp(`^(?:${PROVINCE_NAME_PATTERN})${WORD_END}`, 'u');
/** Capitalised sequences that begin with a family name but are places or countries. */
const NOT_PERSON_START = new RegExp(`^(?:${alternation(NOT_PERSON_NAMES)})(?![\\p{L}\\p{M}])`, 'u');
const HO_CHI_MINH = 'Hồ Chí Minh';
// A list's colon, after an honorary title (any case) and spaces. Tried only at colons, where
// a list can be: the title, looked for backwards, may end anywhere, even inside a word.
const TITLE_COLON = new RegExp(
  `(?<=(?:${alternation(HONORARY_TITLES)})s? *):`,
  'iuy',
);
const LISTED_NAME = new RegExp(`^ *((?:${SYL}|${CAPS})(?: +(?:${SYL}|${CAPS})){1,3})(?=[,;.]| và |$)()`, 'u');
/** Years of the sixty-year cycle ('Mậu Thân', 'Ất Tỵ'): not given names. */
const CYCLE_YEAR = /^(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý) (?:Tý|Sửu|Dần|Mão|Thìn|Tỵ|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)$/u;

/** 'Chủ tịch UBND huyện Lê Thị Hoa': after a title and its body, the name is the holder's, not a place. */
const TITLE_THEN_LEVEL = new RegExp(
  `(?:${alternation(ROLE_TITLES)}) +(?:(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân) +)?(?:tỉnh|huyện|xã|phường|thị xã|thành phố|quận|thị trấn) +$`,
  'u',
);

const SENTENCE_STARTER = new Set([...SENTENCE_STARTERS, ...CAPTION_STARTERS]);

function cutAtSentenceStart(name: string): string {
  const words = name.split(/ +/);
  const keep = words.findIndex((w, i) => i >= 2 && SENTENCE_STARTER.has(w));
  return keep > 0 ? words.slice(0, keep).join(' ') : name;
}

function isPlaceContext(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const near = before.slice(-40);
  PLACE_BEFORE.lastIndex = near.length;
  return PLACE_BEFORE.test(near) && !TITLE_THEN_LEVEL.test(before);
}

/** Trims trailing syllables that begin a new sentence-like chunk: 'Nguyễn Văn A Giám' never happens
 * in practice, but a title after the name does: 'Lê Văn B Chủ tịch' → keep 'Lê Văn B'. */
function trimName(name: string): string {
  const words = cutAtSentenceStart(name).split(/ +/);
  while (words.length > 2) {
    const tail = words.slice(-2).join(' ');
    if (ROLE_SET.has(words[words.length - 1].toLowerCase()) || ROLE_SET.has(tail.toLowerCase())) words.pop();
    else break;
  }
  return words.join(' ');
}
const ROLE_SET = new Set(ROLE_TITLES.map((r) => r.toLowerCase()));
const ROLE_AT = new RegExp(`^(?:${alternation(ROLE_TITLES)})${WORD_END}`, 'iu');
/** Forms of address written with a capital at a sentence start: 'Ông Phạm Văn A'. */
const ADDRESS = /^(?:Ông|Bà|Anh|Chị|Cô|Chú|Bác|Em|Cháu|Cụ) /u;

export function parsePersons(ctx: Context): PersonCandidate[] {
  const { text } = ctx;
  const out: PersonCandidate[] = [];
  const add = (start: number, end: number, name: string, role?: string) =>
    out.push(role ? { kind: 'person', start, end, name, role } : { kind: 'person', start, end, name });

  for (const m of CREDIT_SCAN.all(text)) {
    // A caption's credit runs into the next sentence when the page lost its line break
    // ('Ảnh Trà Hương Tới dự có …'): the name ends before a word that starts sentences.
    const raw = cutAtSentenceStart(m[2]);
    // Agencies and initials ('TTXVN', 'VGP', 'PV') are no persons: a name has two syllables at least,
    // and an all-caps name needs two syllables of two letters or more.
    const words = raw.split(/ +/);
    if (words.length < 2 || words.some((w) => w.length < 2 && !/^\p{Lu}\p{Ll}/u.test(w))) continue;
    if (PROVINCE_START.test(raw) || NOT_PERSON_START.test(raw)) continue;
    const start = m.index + m[0].length - m[2].length;
    add(start, start + raw.length, raw, CREDIT_ROLE.get(m[1].toLowerCase()));
  }

  for (const m of CREDIT_INITIALS_SCAN.all(text)) {
    const start = m.index + m[0].length - m[2].length;
    add(start, m.index + m[0].length, m[2], CREDIT_ROLE.get(m[1].toLowerCase()));
  }

  for (const m of INTRODUCED_SCANS.flatMap((s) => s.all(text))) {
    const raw = trimName(m[1]);
    const start = m.index + m[0].length - m[1].length;
    if (PROVINCE_START.test(raw) || NOT_PERSON_START.test(raw) || raw === HO_CHI_MINH) continue;
    // The intro word can be the first half of a body name ('Chủ tịch Hội đồng …'): names are people's.
    if (/^(?:Ủy|Hội|Ban|Bộ|Sở|Văn|Đảng|Tỉnh|Huyện|Thành|Quốc|Chính|Trung|Nhà|Công|Cục|Tổng|Viện|Trường|Đoàn|Mặt|Liên|Phòng|Thường|Ngân|Kho|Bảo|Tòa|Đài|Báo|Cổng|Hợp|Học|Sư|Quân|Bộ)\b/u.test(raw)) {
      continue;
    }
    if (!SURNAME_SET.has(raw.split(' ')[0].toLowerCase()) && raw.split(' ').length < 2) continue;
    add(start, start + raw.length, raw);
  }

  let from = 0;
  for (let m: RegExpExecArray | null; (m = FULL_NAME_SCAN.next(text, from)); ) {
    // A rejected or shortened match may hide a name inside it ('TP. Hồ Chí Minh Nguyễn Thị Lệ'):
    // the scan goes on from the match's second word.
    from = m.index + m[0].indexOf(' ') + 1;
    // 'Phó Bí thư …' starts with a family name ('Phó') but is a title; 'Đoàn Thanh niên …' is the
    // Youth Union: the words as written decide, before the name is cut to its syllables.
    const written = text.slice(m.index, m.index + 40);
    if (ROLE_AT.test(written) || NOT_PERSON_START.test(written)) continue;
    let raw = trimName(m[0]);
    let start = m.index;
    const address = ADDRESS.exec(raw);
    if (address) {
      raw = raw.slice(address[0].length);
      start += address[0].length;
      if (raw.split(' ').length < 2) continue;
    }
    // One-letter family names ('A', 'Y' of Central Highlands names) need a real given name after them.
    if (/^\p{Lu} /u.test(raw) && raw.split(' ').length < 3) continue;
    if (raw === HO_CHI_MINH || raw.startsWith(HO_CHI_MINH + ' ')) continue;
    if (PROVINCE_START.test(raw) || NOT_PERSON_START.test(raw)) continue;
    // 'Đoàn Việt Nam': a family-name word followed by a country is no person;
    // 'từ Mậu Thân 1968': followed by a year of the sixty-year cycle it is a time.
    const rest = raw.slice(raw.indexOf(' ') + 1);
    // ('Nguyễn Hòa Bình' stays a person: given names are often place names.)
    if (NOT_PERSON_START.test(rest) || CYCLE_YEAR.test(rest)) continue;
    if (isPlaceContext(text, start)) continue;
    add(start, start + raw.length, raw);
    from = start + raw.length;
  }

  // 'các Nghệ sĩ Nhân dân: Thu Hiền, Quang Thọ, Trung Đức; …': people listed after an honorary title.
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    TITLE_COLON.lastIndex = colon;
    if (!TITLE_COLON.test(text)) continue;
    let at = colon + 1;
    while (text.charCodeAt(at) === 0x20) at++;
    for (;;) {
      const n = LISTED_NAME.exec(text.slice(at, at + 60));
      if (!n) break;
      const start = at + n[0].length - n[1].length - (n[2]?.length ?? 0);
      add(start, start + n[1].length, n[1]);
      at = start + n[1].length;
      const sep = /^(?:, *| +và +)/u.exec(text.slice(at, at + 6));
      if (!sep) break;
      at += sep[0].length;
    }
  }

  // Hồ Chí Minh: the man, unless the words name the city or a body or award named after him.
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])Hồ Chí Minh(?![\p{L}\p{M}])/gu)) {
    if (isPlaceContext(text, m.index)) continue;
    add(m.index, m.index + HO_CHI_MINH.length, HO_CHI_MINH);
  }
  // 'Bác Hồ' is the same man; it becomes a fact only when the full name is never written.
  if (!out.some((p) => p.name === HO_CHI_MINH)) {
    const bac = /(?<![\p{L}\p{M}])Bác Hồ(?![\p{L}\p{M}])/u.exec(text);
    if (bac) add(bac.index, bac.index + bac[0].length, HO_CHI_MINH);
  }
  return out;
}
