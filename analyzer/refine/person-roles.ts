// A person's role: the title written right before the name, with the body it belongs to
// ('Phó Bí thư Thường trực Tỉnh ủy Nguyễn Văn Hải' → 'Phó Bí thư Thường trực Tỉnh ủy'), and
// chains of titles ('Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn A').
// Forms of address ('đồng chí', 'ông') between title and name are skipped; a title after
// the name gives no role (DECISIONS.md).
//
// The body after a title is an office the office parser found, a level ('UBND huyện'), or any
// run of a body's words up to the name ('Phó trưởng phòng Kinh tế huyện Đan Phượng',
// 'Chủ nhiệm Ủy ban Kiểm tra'). A deputy's 'ĐB' / 'đại biểu' is a role. A title after 'các',
// 'những' is a class of people ('gửi các đại biểu Quốc hội, bà X'), except over a list it
// opens with a colon, where every listed name takes it ('các phó chủ tịch: A, B, C' →
// 'phó chủ tịch', genre batch1 NOTES.md). 'Title, ông X' makes the title X's only where the title
// opens the clause ('Theo Giám đốc Sở Y, ông X'), not after a verb ('Trả lời phóng viên, ông X').

import type { Candidate, Context } from '../pipeline.ts';
import { BODY_HEADS, LOCATOR_WORDS, PARTY_BOARDS } from '../lexicon/bodies.ts';
import { PERSON_PREFIXES, ROLE_TITLES, ROLE_WORDS_BEFORE_NAMES } from '../lexicon/roles.ts';
import { ORG_HEADS, PLACE_WORDS_BEFORE_NAMES, PLURAL_MARKERS, WORDS_BEFORE_A_FRONTED_TITLE } from '../lexicon/context.ts';
import { alternation, alternationByLastWord } from '../text/patterns.ts';
import { canonical } from '../text/normalize.ts';
import { TITLE_CASE_PAIRS, foldLast, lastWordsOf, wordEndingAt } from '../kinds/person.ts';
import { type SpanIndex, spansOf } from '../text/spans.ts';
import { narrowable, regexHere } from '../text/narrow.ts';

const TITLES = [...ROLE_TITLES, ...ROLE_WORDS_BEFORE_NAMES];
// Its phrases end where the slice does (but for spaces): grouped by last word, and tried only
// when the slice's last word is one of theirs.
const PREFIX_BEFORE = narrowable(`(?:^|[\\s,])(?:${alternationByLastWord(PERSON_PREFIXES)}) *$`, 'iu');
const PREFIX_LAST = lastWordsOf(PERSON_PREFIXES);
// A title that ends where the look-behind stands (run sticky at the end of a slice): read
// backwards, not tried at every position of the slice. The longest title wins as the forward
// `(?:^|\W)(…)$` would: the titles are tried longest first and the view has single spaces.
// Any non-letter may stand before it: crawled texts glue sentences ('giải thích.Phó Chủ tịch').
const TITLE_END = narrowable(`(?<=(?:^|[^\\p{L}\\p{M}\\p{N}])(${alternationByLastWord(TITLES)}))`, 'iuy');
// Before a body only the lexicon's titles: 'ĐB', 'đại biểu' are roles right before a name, not in 'Đoàn đại biểu …'.
const TITLE_BEFORE_BODY_END = narrowable(`(?<=(?:^|[^\\p{L}\\p{M}\\p{N}])(${alternationByLastWord(ROLE_TITLES)}))`, 'iuy');
const TITLE_LAST = lastWordsOf(TITLES);
const ROLE_TITLE_LAST = lastWordsOf(ROLE_TITLES);
const TITLE_ANYWHERE = narrowable(`(?<![\\p{L}\\p{M}])(?:${alternation(TITLES)})(?![\\p{L}\\p{M}])`, 'giu');
/** A people's committee or council named only by its level: 'UBND huyện', 'HĐND xã'. */
const LEVEL_BODY_END = /(?:^|\s)(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Huyện ủy|Thị ủy|Quận ủy|Thành ủy|Đảng ủy|Tỉnh ủy) +(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận)$|(?:^|\s)(?:Huyện ủy|Thị ủy|Quận ủy|Thành ủy|Đảng ủy|Tỉnh ủy)$/u;
/** The words LEVEL_BODY_END can end with: a slice whose last letter run is none of them has no such body at its end. */
const LEVEL_BODY_LAST = new Set(['tỉnh', 'huyện', 'xã', 'phường', 'trấn', 'phố', 'quận', 'ủy']);
/** 'các', 'những', a number … right before a title (a classifier 'vị' between): a class of people, no one's role ('2 vị phó trưởng đoàn'). */
const PLURAL_BEFORE = narrowable(`(?:^|[^\\p{L}\\p{M}\\p{N}])(?:${alternation(PLURAL_MARKERS)}|\\d+)(?: +vị)? +$`, 'iu');
/** Where a title opens a clause: a text or clause start, or a word that introduces a holder. */
const FRONTED = narrowable(
  `(?:^|[\\n.;:!?(“"–-][ \\t]*|, *|(?:^|[^\\p{L}\\p{M}])(?:${alternation(WORDS_BEFORE_A_FRONTED_TITLE)}) +)$`,
  'iu',
);
/** A list's colon after a plural title and its body: 'các phó chủ tịch:', 'các Phó Chủ tịch UBND tỉnh:'. */
// (a dot between letters stays inside the body: 'Ủy viên T.Ư Đảng:')
const PLURAL_TITLE_COLON = narrowable(
  `(?:^|[^\\p{L}\\p{M}])(?:${alternation(PLURAL_MARKERS)}) +(?:đồng chí +)?((?:[Nn]guyên +)?(?:${alternation(TITLES)})(?![\\p{L}\\p{M}])(?:[^.;:!?\\n]|\\.(?=\\p{L})){0,50}?) *:[ \\t]*$`,
  'iu',
);
/**
 * A singular title that opens a clause and a colon over a list: 'Tổng Bí thư Nguyễn Phú Trọng,
 * nguyên Tổng Bí thư: Lê Khả Phiêu, Nông Đức Mạnh' (every listed name held it). Only after a
 * clause mark or a comma, and 'nguyên' is part of the title written.
 */
const FRONTED_TITLE_COLON = narrowable(
  `(?:^|[\\n;,(–-]|(?:^|[^\\p{L}\\p{M}])(?:có|gồm))[ \\t]*((?:[Nn]guyên +)?(?:${alternation(ROLE_TITLES)})(?![\\p{L}\\p{M}])(?:[^.;:!?,\\n]|\\.(?=\\p{L})){0,60}?) *:[ \\t]*$`,
  'u',
);
/** A bracket right before the name that holds a place or an owner body: '(quận Đống Đa)', '(Thanh tra Chính phủ)'; not '(trái)'. */
const BRACKET_END = narrowable(String.raw` *\((?:\p{Lu}|(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh) )[^()\n]{1,55}\)$`, 'u');
/** A bracketed acronym of the words before it ('Quốc hội (QH)', 'Ủy ban Chứng khoán Nhà nước (UBCKNN)'): stepped over, no part of the role. */
const ACRONYM_BRACKET = narrowable(String.raw`^ *\([\p{Lu}\p{M}\d.&\/ -]{1,30}\)$`, 'u');
/** A unit named with its level word at the end of a body: '… huyện Tháp Mười', '… xã Quế Long'. */
// (its name's one to four capitalised words are read as words, not with a repeated group: test/hostile.test.ts)
const LEVEL_WORD_BEFORE = /(?:^|\s)(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|TP\.?)$/u;
function unitByLevelEnd(s: string): boolean {
  const words = s.split(' ');
  for (let n = 1; n <= 4 && n < words.length; n++) {
    if (!regexHere.u`^\p{Lu}[\p{L}\p{M}]*$`.test(words[words.length - n])) return false;
    if (LEVEL_WORD_BEFORE.test(words.slice(0, words.length - n).join(' '))) return true;
  }
  return false;
}
/**
 * Acting for another before a title ('thừa ủy quyền của Thủ tướng, Bộ trưởng …', 'thừa lệnh của
 * …'): the title is the principal's, not one the holder chains. Other possessives keep the chain:
 * the holder is the one whose act it is ('dưới sự chủ trì của UVTƯ Đảng, Chủ tịch UBND TP X',
 * 'yêu cầu của Ủy viên Bộ Chính trị, Bí thư … X').
 */
const OWNER_BEFORE = narrowable(String.raw`(?<![\p{L}\p{M}])(?:ủy quyền|uỷ quyền|ủy nhiệm|uỷ nhiệm|lệnh) +của +$`, 'iu');
/** A capitalised form of address right after a sentence's end mark, no space between. */
const GLUED_ADDRESS = narrowable(String.raw`[\p{L}\p{M}\d)][.!?](?:Ông|Bà|Anh|Chị|Đồng chí) *$`, 'u');
/** Whether text[from, to) holds '.', '!' or '?': GLUED_ADDRESS needs one, and most places have none. */
function hasSentenceMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f) return true;
  }
  return false;
}
/** 'nguyên' (former) right before a title. */
const TENSE_BEFORE = narrowable(String.raw`(?<![\p{L}\p{M}])[Nn]guyên $`, 'u');
/** A separator between listed names, read backwards: ', ' or ' và '. */
const LIST_SEPARATOR = /(?:[,;] *| +và +)$/u;
/** A listed name with its own title after a dash, up to a semicolon: 'Nguyễn Xuân Đường – Chủ tịch UBND tỉnh' (group 1: the name's end). */
const ITEM_WITH_APPOSITION = narrowable(String.raw`(?<=\p{L})( +[–-] +[^;:.!?\n–]{2,100})$`, 'u');
/** … or after a comma ('Nguyễn Thiện Nhân, Chủ tịch Ủy ban T.Ư MTTQ Việt Nam, Bí thư Thành ủy TP Hồ Chí Minh;'), dots between letters allowed. */
const ITEM_WITH_COMMA_APPOSITION = narrowable(String.raw`(?<=\p{L})(, *(?:[^;:.!?\n]|\.(?=\p{L})){2,150})$`, 'u');
const NAME_WORD = narrowable(String.raw`^\p{Lu}[\p{L}\p{M}]*$`, 'u');

const TITLE_ANYWHERE_ONCE = narrowable(`(?<![\\p{L}\\p{M}])(?:${alternation(ROLE_TITLES)})(?![\\p{L}\\p{M}])`, 'u');
const PLURAL_WORD = narrowable(`(?<![\\p{L}\\p{M}])(?:${alternation(PLURAL_MARKERS)})(?![\\p{L}\\p{M}])`, 'iu');

/**
 * Lower-case words a body's name is written with between a title and a name ('huyện', 'chi bộ
 * thôn', 'công ty'), besides capitalised words and the lower-case syllables that complete them.
 */
const BODY_WORDS = new Set(
  [
    ...BODY_HEADS.map((h) => h.word), ...PARTY_BOARDS, ...LOCATOR_WORDS.map((l) => l.word), ...PLACE_WORDS_BEFORE_NAMES,
    ...ORG_HEADS, '-', '–', '&',
    // the term of an elected body ('đại biểu Quốc hội khóa XIII')
    'khóa', 'khoá',
  ].flatMap((w) => w.toLowerCase().split(/ +/)),
);

/** A title that begins before `bodyStart` and ends inside the body's span: 'Chánh Văn phòng' + 'Tỉnh ủy'. */
function titleOverlapping(text: string, bodyStart: number, bodyEnd: number): number | undefined {
  const from = Math.max(0, bodyStart - 40);
  let best: number | undefined;
  for (const m of text.slice(from, bodyEnd).matchAll(TITLE_ANYWHERE)) {
    const s = from + m.index;
    const e = s + m[0].length;
    if (s < bodyStart && e > bodyStart && e <= bodyEnd) best = s;
  }
  return best;
}

/** The start of a title that ends at `end`, unless it is plural ('các đại biểu'). */
function titleEndingAt(text: string, end: number, beforeBody = false): number | undefined {
  const start = anyTitleEndingAt(text, end, beforeBody);
  return start === undefined || PLURAL_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ? undefined : start;
}

/** The start of a title that ends at `end`, plural or not. */
function anyTitleEndingAt(text: string, end: number, beforeBody = false): number | undefined {
  const word = wordEndingAt(text, end);
  if (!word || !(beforeBody ? ROLE_TITLE_LAST : TITLE_LAST).has(foldLast(word))) return undefined;
  const before = text.slice(Math.max(0, end - 60), end);
  const re = beforeBody ? TITLE_BEFORE_BODY_END : TITLE_END;
  re.lastIndex = before.length;
  const m = re.exec(before);
  return m ? end - m[1].length : undefined;
}

/**
 * A title before `end` with only a body's words between ('Phó trưởng phòng Kinh tế huyện Đan
 * Phượng', 'Chủ nhiệm Ủy ban Kiểm tra'): walks back word by word, at most ten, never into a
 * person's name nor over a comma.
 */
function titleThroughBody(text: string, end: number, persons: SpanIndex<Candidate<'person'>>): number | undefined {
  let e = end;
  let next: string | undefined; // the word after the current one (nearer the name)
  for (let n = 0; n < 10; n++) {
    // the word before `e`, never across a line break
    let p = e;
    while (p > 0 && (text.charCodeAt(p - 1) === 0x20 || text.charCodeAt(p - 1) === 0x09)) p--;
    let s = p;
    while (s > 0 && p - s < 40 && !isSpace(text.charCodeAt(s - 1))) s--;
    if (s === p || p - s >= 40 || (p > 0 && p === e && n > 0)) return undefined;
    const w = text.slice(s, p);
    // never over the 'và' that joins the name to another, a clause mark or another person's name
    if (w === 'và' && next === undefined) return undefined;
    if (/[,;:.!?()"“”]$/u.test(w) && !regexHere.u`^\p{Lu}+\.$`.test(w)) return undefined;
    // ('Cờ Đỏ).Ông Trần Thanh Mẫn': a bracket inside a word ends a sentence glued to the next)
    if (/[()]/u.test(w)) return undefined;
    if (persons.overlaps({ start: s, end: p })) return undefined;
    const capital = regexHere.u`^[\p{Lu}\d]`.test(w);
    if (!capital && !BODY_WORDS.has(w.toLowerCase())) {
      // 'và' joining two bodies; 'của' before the owner a body's name includes ('Ủy ban Pháp luật của Quốc hội');
      // 'tại' before the country an envoy is posted to ('Đại sứ Lào tại Việt Nam')
      const joins = (w === 'và' || w === 'của' || w === 'tại') && next !== undefined && regexHere.u`^\p{Lu}`.test(next);
      if (!joins && !TITLE_CASE_PAIRS.has(`${wordBefore(text, s)} ${w}`.toLowerCase())) return undefined;
    }
    let q = s;
    while (q > 0 && text.charCodeAt(q - 1) === 0x20) q--;
    const start = titleEndingAt(text, q, true);
    if (start !== undefined) return start;
    if (q > 0 && isSpace(text.charCodeAt(q - 1))) return undefined; // a line break
    next = w;
    e = s;
  }
  return undefined;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0;
}
/** The space-separated word before `pos` (after its spaces). */
function wordBefore(text: string, pos: number): string {
  let p = pos;
  while (p > 0 && text.charCodeAt(p - 1) === 0x20) p--;
  let s = p;
  while (s > 0 && p - s < 40 && !isSpace(text.charCodeAt(s - 1))) s--;
  return text.slice(s, p);
}

/**
 * PREFIX_BEFORE on a slice, run only when the slice's last letter run (before its spaces) is
 * the last word of a form of address, as lower-casing sees it; a run with a letter that the
 * regex's case folding reads otherwise than toLowerCase does (long s, Kelvin sign) is left to
 * the regex.
 */
function endsWithPrefix(slice: string): RegExpExecArray | null {
  let e = slice.length;
  while (e > 0 && slice.charCodeAt(e - 1) === 0x20) e--;
  const run = wordEndingAt(slice, e);
  if (!PREFIX_LAST.has(foldLast(run)) && !/[\u017f\u212a\u212b]/u.test(run)) return null;
  return PREFIX_BEFORE.exec(slice);
}

/** The role that ends right before `pos`, walking back over bodies and chained titles. */
function roleBefore(
  text: string,
  pos: number,
  offices: SpanIndex<Candidate<'office'>>,
  persons: SpanIndex<Candidate<'person'>>,
): { start: number; end: number } | undefined {
  let end = pos;
  // skip a form of address: 'đồng chí', 'ông', 'bà'
  // a form of address glued to the sentence before ('… thứ trưởng Bộ GTVT.Ông Lê Đình Thọ sinh …')
  // opens a new sentence: the words before it are no role
  if (hasSentenceMark(text, Math.max(0, end - 12), end) && GLUED_ADDRESS.test(text.slice(Math.max(0, end - 12), end))) return undefined;
  const prefix = endsWithPrefix(text.slice(Math.max(0, end - 20), end));
  if (prefix) end -= prefix[0].length - (/^[\s,]/u.test(prefix[0]) ? 1 : 0);
  while (end > 0 && text[end - 1] === ' ') end--;
  let roleEnd = end;
  // 'Hiệu trưởng Trường THPT Phan Huy Chú (quận Đống Đa) Hà Xuân Nhâm': a bracketed place or owner
  // after the body is part of the role; where the body ends with a unit named by its level word
  // ('Chủ tịch UBND huyện Tháp Mười (tỉnh Đồng Tháp)'), the bracket locates that unit and is left out.
  // (the regex ends with ')': checked first, without the slice)
  const bracket = prefix || text.charCodeAt(end - 1) !== 0x29 ? null : BRACKET_END.exec(text.slice(Math.max(0, end - 70), end));
  if (bracket) {
    end -= bracket[0].length;
    if (ACRONYM_BRACKET.test(bracket[0]) || unitByLevelEnd(text.slice(Math.max(0, end - 50), end))) roleEnd = end;
  }
  // 'Bộ trưởng Bộ Công an, Đại tướng Lương Tam Quang': the title stands before the rank; a
  // title before a comma is the person's only where it opens the clause.
  const afterComma = prefix !== null && text[end - 1] === ',';
  if (afterComma) end--;
  let start: number | undefined;
  let concurrent = false; // the title before reached over 'kiêm'
  for (let guard = 0; guard < 6; guard++) {
    // a body right before: 'Tỉnh ủy', 'UBND tỉnh'
    const body = offices.endingAt(end);
    let titleEnd = end;
    if (body) {
      titleEnd = body.start;
      while (titleEnd > 0 && text[titleEnd - 1] === ' ') titleEnd--;
    } else {
      const near = text.slice(Math.max(0, end - 40), end);
      const level = LEVEL_BODY_LAST.has(wordEndingAt(near, near.length)) ? LEVEL_BODY_END.exec(near) : null;
      if (level) titleEnd = end - level[0].trimStart().length - 1;
    }
    let found = titleEndingAt(text, titleEnd, titleEnd !== end);
    if (found === undefined && body) found = titleOverlapping(text, body.start, body.end);
    if (found === undefined && (start === undefined || concurrent)) found = titleThroughBody(text, end, persons);
    if (found === undefined) break;
    // a title chained before that is the principal's ('thừa ủy quyền của Thủ tướng, Bộ trưởng …')
    if (start !== undefined && OWNER_BEFORE.test(text.slice(Math.max(0, found - 20), found))) break;
    start = found;
    // a chained title before it: '…, Chủ tịch UBND tỉnh', '… kiêm Hiệu trưởng' (concurrently),
    // 'Bí thư Đảng ủy - Tổng Biên tập'
    const comma = /(?:, *| kiêm +| [-–] )$/u.exec(text.slice(Math.max(0, start - 7), start));
    if (!comma) break;
    concurrent = comma[0].includes('kiêm');
    end = start - comma[0].length;
  }
  if (start === undefined) return undefined;
  if (afterComma && !FRONTED.test(text.slice(Math.max(0, start - 20), start))) return undefined;
  // 'nguyên Thủ tướng': 'former' is part of the title written (a newly appointed 'tân' is not: an epithet)
  const tense = text.startsWith('guyên ', start - 6) ? TENSE_BEFORE.exec(text.slice(Math.max(0, start - 8), start)) : null;
  if (tense) start -= tense[0].length;
  return { start, end: afterComma ? roleEnd - 1 : roleEnd };
}

/** 'các phó chủ tịch: Hoàng Ngọc Thanh, Nguyễn Thị Thu Hồng': the plural title over the list the name stands in. */
function listTitle(text: string, pos: number): string | undefined {
  const before = text.slice(Math.max(0, pos - 250), pos);
  const colon = before.lastIndexOf(':');
  if (colon < 0) return undefined;
  const head = before.slice(Math.max(0, colon - 90), colon);
  if (!PLURAL_WORD.test(head) && !TITLE_ANYWHERE_ONCE.test(head)) return undefined;
  // back over the names listed before this one to the colon
  let at = pos;
  for (let item = 0; item < 12; item++) {
    let p = at;
    while (p > 0 && (text.charCodeAt(p - 1) === 0x20 || text.charCodeAt(p - 1) === 0x09)) p--;
    if (text.charCodeAt(p - 1) === 0x3a) {
      const head = text.slice(Math.max(0, p - 90), at);
      return PLURAL_TITLE_COLON.exec(head)?.[1] ?? FRONTED_TITLE_COLON.exec(head)?.[1];
    }
    const sep = LIST_SEPARATOR.exec(text.slice(Math.max(0, at - 6), at));
    if (!sep) return undefined;
    // the earlier name: two to five capitalised words
    let s = at - sep[0].length;
    // '…: Nguyễn Xuân Đường – Chủ tịch UBND tỉnh; Lê Quang Huy, …': an item may carry its own
    // title after a dash, and then a semicolon ends it
    if (sep[0].startsWith(';')) {
      // the longer of the two: the apposition starts at the item's first dash or comma
      const dash = ITEM_WITH_APPOSITION.exec(text.slice(Math.max(0, s - 120), s))?.[1].length ?? 0;
      const comma = ITEM_WITH_COMMA_APPOSITION.exec(text.slice(Math.max(0, s - 160), s))?.[1].length ?? 0;
      s -= Math.max(dash, comma);
    }
    let words = 0;
    for (; words < 5; words++) {
      const w = wordBefore(text, s);
      if (!NAME_WORD.test(w)) break;
      s -= w.length;
      while (s > 0 && text.charCodeAt(s - 1) === 0x20) s--;
    }
    if (words < 2) return undefined;
    at = s;
  }
  return undefined;
}

/**
 * A bracketed acronym inside a role abbreviates the words before it ('Phó trưởng Đoàn Đại biểu
 * Quốc hội (ĐBQH) tỉnh Đồng Nai'): no part of the title written, left out as at the role's end.
 */
const ACRONYM_INSIDE = narrowable(String.raw`(?<=\S) \([\p{Lu}\p{M}\d.&/-]{2,12}\)(?= \S)`, 'gu');
function withoutAcronyms(role: string): string {
  return role.includes('(') ? role.replace(ACRONYM_INSIDE, '') : role;
}

export function attachRoles(persons: Candidate<'person'>[], offices: Candidate<'office'>[], ctx: Context): void {
  const { text } = ctx;
  const index = spansOf(offices);
  const people = spansOf(persons);
  for (const p of persons) {
    if (p.role) continue;
    const r = roleBefore(text, p.start, index, people);
    const role = r ? withoutAcronyms(canonical(text.slice(r.start, r.end))).replace(/[\s,\-–]+$/u, '') : undefined;
    if (role) {
      p.role = role;
      continue;
    }
    const listed = listTitle(text, p.start);
    if (listed) p.role = canonical(listed).replace(/[\s,]+$/u, '');
  }
  sharedTitles(text, persons);
  pluralTitlesOverNames(text, persons);
}

/** Between two listed names: a comma or 'và', after the first's bracketed delegation or place ('Lê Thị Nguyệt (đoàn Vĩnh Phúc), '). */
const NEXT_LISTED = narrowable(String.raw`^(?: *\([^()\n]{1,40}\))?(?:[,;] *| +và +)$`, 'u');
/**
 * 'các đại biểu Lê Thị Nguyệt (đoàn Vĩnh Phúc), Nguyễn Văn Hiến', 'Các phó trưởng ban Lâm Quang
 * Thơ, Mai Văn Trường': a plural title written right before a list of names is each listed
 * person's (gold 6:0; as over a colon, genre batch1 NOTES.md). A title after the plural word
 * elsewhere stays a class of people ('gửi các đại biểu Quốc hội, bà X').
 */
function pluralTitlesOverNames(text: string, persons: Candidate<'person'>[]): void {
  const ordered = [...persons].sort((a, b) => a.start - b.start);
  let role: string | undefined;
  for (let i = 0; i < ordered.length; i++) {
    const p = ordered[i];
    const prev = ordered[i - 1];
    if (role && prev && NEXT_LISTED.test(text.slice(prev.end, p.start))) {
      if (!p.role) p.role = role;
      continue;
    }
    role = undefined;
    if (p.role) continue;
    let end = p.start;
    while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
    const start = end < p.start ? anyTitleEndingAt(text, end) : undefined;
    if (start === undefined || !PLURAL_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    role = canonical(text.slice(start, end));
    p.role = role;
  }
}

/**
 * 'Thứ trưởng Bùi Cách Tuyến và Nguyễn Thái Lai': one title before two names joined by 'và'
 * governs both (NOTES: one title before coordinated names, each takes it). Only a bare name right
 * after 'và' ('và ông B', 'và Thứ trưởng B' carry their own), after a name with its own title.
 */
const AND_ONLY = /^ +và +$/u;
function sharedTitles(text: string, persons: Candidate<'person'>[]): void {
  const ordered = [...persons].sort((a, b) => a.start - b.start);
  for (let i = 1; i < ordered.length; i++) {
    const [a, b] = [ordered[i - 1], ordered[i]];
    if (b.role || !a.role || a.role === 'tác giả' || a.role === 'ảnh' || !AND_ONLY.test(text.slice(a.end, b.start))) continue;
    // the first name's title written right before it, not one of a list or a colon
    if (!text.slice(Math.max(0, a.start - a.role.length - 12), a.start).includes(a.role.split(' ')[0])) continue;
    b.role = a.role;
  }
}
