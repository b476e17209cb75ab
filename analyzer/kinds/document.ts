// Documents cited with their number: 'Chỉ thị số 05-CT/TW', 'Nghị định 15/2020/NĐ-CP',
// 'Quyết định số 977/QĐ-TTg', 'Luật số 06/2022/QH15', and coordinated codes after one type
// word ('Nghị quyết số 18-NQ/TW, 19-NQ/TW'). A code without a type word counts when its own
// abbreviation names the type ('35-CT/TW'). A document named without a number is no fact.
// A citation by type and number without a symbol is a fact too ('Chỉ thị số 16',
// 'Nghị định 47 và 112', 'QĐ 33'), unless the number is a count or a measure ('Kế hoạch 5
// năm'), a programme's name ('Chương trình 135') or a law's year ('Luật 2008'); a short
// citation of a document the article also cites with its symbol is that document.
// The date and issuer that follow the code are attached by refine/document-details.ts.

import type { Candidate, Context } from '../pipeline.ts';
import { DOCUMENT_TYPES, ENTERPRISE_HEADS, ENTERPRISE_ISSUER_CODES, GENERIC_TYPE_WORDS, OMITTED_TYPE_WORDS, QUALIFIED_TYPE_WORDS, SHORT_CITATION } from '../lexicon/documents.ts';
import { COUNT_UNITS, NOT_COUNT_UNITS } from '../lexicon/units.ts';
import { WORD_END, WORD_START, alternation, leadingClass, rx } from '../text/patterns.ts';
import { SpanIndex } from '../text/spans.ts';
import { WordScan } from '../text/scan.ts';
import { narrowable, regexHere } from '../text/narrow.ts';

type DocumentCandidate = Candidate<'document'>;

const TYPE_BY_WORD = new Map<string, string>();
const GENERIC_WORDS = new Set(GENERIC_TYPE_WORDS.map((w) => w.toLowerCase()));
const TYPE_BY_ABBR = new Map<string, string>();
const ABBR_CANONICAL = new Map<string, string>();
for (const t of DOCUMENT_TYPES) {
  for (const w of t.words) TYPE_BY_WORD.set(w.toLowerCase(), t.name);
  for (const a of t.abbreviations) {
    const key = a.toUpperCase();
    if (!TYPE_BY_ABBR.has(key)) TYPE_BY_ABBR.set(key, t.name);
    if (!ABBR_CANONICAL.has(key)) ABBR_CANONICAL.set(key, a);
  }
}

const TYPE_WORD = alternation([...DOCUMENT_TYPES.flatMap((t) => t.words)]);
const TYPE_ABBR = alternation([...DOCUMENT_TYPES.flatMap((t) => t.abbreviations)]);

const L = '[\\p{L}&]';
// Party style: number, dash, type abbreviation, slash, issuer ('05-CT/TW', '08-QĐi/TW').
// The issuer may name a Party committee and the body it serves, joined by dashes without spaces
// ('31-QĐ/ĐU-MTTW': the Party committee of the Front's central agency).
// The Central Committee may be written with a dot ('63-KL/T.Ư', '15-NQ/T.W'), kept as printed.
const PARTY_CODE = `\\d{1,4}[a-z]? *- *${L}{1,6} */ *(?:T\\.[ƯW](?![\\p{L}\\d])|${L}[\\p{L}\\d&]{0,11})(?:-\\p{L}[\\p{L}\\d&]{0,11}(?:-\\p{L}[\\p{L}\\d&]{0,11})?)?`;
// State style: number, slash, optional year, symbol groups joined by dashes
// ('15/2020/NĐ-CP', '977/QĐ-TTg', '123/UBND-NC', '06/2022/QH15', '05/CT-TW'); the running number
// may carry a lower-case letter ('12b/2019/NQ-CP').
// A unit group in parentheses ends some police codes ('27/C45 (P3)'; spaces folded: '27/C45(P3)').
// The year may be joined to the number by a dash ('Nghị quyết 19-2017/NQ-CP' for 19/2017/NQ-CP).
const STATE_CODE = `\\d{1,5}[a-z]? *(?:/ *(?:\\d{4} */ *)?|- *(?:19|20)\\d\\d */ *|\\.(?:19|20)\\d\\d-)${L}[\\p{L}\\d&]{0,9}(?: *- *[\\p{L}\\d&]{1,12}){0,3}(?: *\\((?!(?:${TYPE_ABBR}) *\\d)\\p{Lu}{1,3}\\d{1,3}\\))?`;
// Older and local codes join symbol groups with slashes ('25/BC/UBND', '2520/UBND/GPMB',
// '727/TCHQ/QĐ/TCCB'), each later group a capital-led word; a dash group may close them
// ('02/KHLT/UBND-UBMTTQ'). Written out, at most three slash groups and one dash group.
const SLASH_GROUP = ` */(?=[\\p{Lu}Đ])[\\p{L}\\d&]{1,12}`;
const SLASH_CODE = `\\d{1,5}[a-z]? */ *${L}[\\p{L}\\d&]{0,9}${SLASH_GROUP}(?:${SLASH_GROUP})?(?:${SLASH_GROUP})?(?: *- *[\\p{L}\\d&]{1,12})?`;
const CODE = `(?:${PARTY_CODE}|${SLASH_CODE}|${STATE_CODE})`;
// A Party code printed with a space for its dash ('Chỉ thị 03 CT/TW'): read after a type word only,
// its type abbreviation one the lexicon knows and its issuer the Central or a provincial committee.
const SPACED_PARTY_CODE = `\\d{1,4} +(?:${TYPE_ABBR}) */ *(?:TW|TƯ|T\\.Ư|TU)(?![\\p{L}\\d])`;

// How urgent a letter is, printed between its type and number: 'Công văn hỏa tốc số 12/UBND-KT'.
const URGENCY = 'hỏa tốc|hoả tốc|khẩn';
const CITED = rx(
  `${leadingClass(DOCUMENT_TYPES.flatMap((t) => [...t.words, ...t.abbreviations]), true)}${WORD_START}(${TYPE_WORD}|${TYPE_ABBR})(?: +(?:liên tịch|${URGENCY}))? *(?:\\( *)?(?:(?:số|số hiệu) *:? *)?(${CODE}|${SPACED_PARTY_CODE})(?![\\p{L}\\d/-])`,
  'giu',
);
// ('Kết luận (số 63-KL/T.Ư)', 'Quyết định (số 3789/QĐ-UBND)': the number in brackets after the
// type word is cited with them, the closing bracket included)
const CLOSING_BRACKET = /^ *\)/u;
// Words that say what a decision does may stand between its type word and 'số': 'Quyết định
// khởi tố bị can số 363/C46 (P12)', 'quyết định xử phạt số …' (one to four words in lower case;
// the regex runs case-sensitively, so the type word is listed in both cases).
const TYPE_WORD_BOTH_CASES = DOCUMENT_TYPES.flatMap((t) => t.words).flatMap((w) => [w, w[0].toLowerCase() + w.slice(1)]);
// (no other type word nor a preposition among them: 'quy định tại thông tư số …' cites the Thông tư)
const QUALIFIED_WORDS = QUALIFIED_TYPE_WORDS.flatMap((w) => [w, w[0].toLowerCase() + w.slice(1)]);
// (one to four words, written as nested optional words: each is tried once)
const QUALIFYING_WORD = `(?!(?:${alternation([...TYPE_WORD_BOTH_CASES, 'của', 'tại', 'theo', 'trong', 'và', 'với', 'về', 'do', 'cho'])})(?![\\p{L}\\p{M}]))\\p{Ll}[\\p{Ll}\\p{M}]* +`;
const QUALIFIED = rx(
  `${WORD_START}(${alternation(QUALIFIED_WORDS)}) +(${QUALIFYING_WORD}(?:${QUALIFYING_WORD}(?:${QUALIFYING_WORD}(?:${QUALIFYING_WORD})?)?)?)(?:số|số hiệu) *:? *(${CODE})(?![\\p{L}\\d/-])`,
  'gu',
);
// (not inside a longer code: '2019/NQ-CP' of '12b/2019/NQ-CP')
const BARE = rx(`(?=\\d)${WORD_START}(?<![\\p{L}\\p{N}] */ *)(${CODE})(?![\\p{L}\\d/-])`, 'gu');
// Both run only where a type word or a number is (text/scan.ts); a type word may run into
// its code ('QĐ977/…').
const CITED_SCAN = new WordScan(CITED, DOCUMENT_TYPES.flatMap((t) => [...t.words, ...t.abbreviations]), { prefix: true, whole: true });
const QUALIFIED_SCAN = new WordScan(QUALIFIED, QUALIFIED_WORDS, { whole: true });
const BARE_SCAN = new WordScan(BARE, [], { digits: true });
// Further codes after the first one: ', 19-NQ/TW', ' và số 20-NQ/TW'.
const MORE = rx(`^(?: *, *| +và +| *; *)(?:số *:? *)?(${CODE})(?![\\p{L}\\d/-])`, 'iu');
// A date between two coordinated codes: ' ngày 25/10/2017'
const DATE_GAP = /^ *,? *(?:ban hành )?ngày +\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/iu;

// ---------------------------------------------------------------- citations without a symbol
const SHORT_TYPE_WORDS = [...DOCUMENT_TYPES.flatMap((t) => t.words), ...SHORT_CITATION.proseAbbreviations];
// The number ends the citation: not a code's number ('03-CT', '12/2020'), not a thousands
// group or a decimal ('8.683', '2,5').
const NUMBER_END = '(?![\\p{L}\\p{M}\\p{N}]|[-/][\\p{L}\\p{N}]|[.,]\\p{N})';
const SHORT = rx(
  `${leadingClass(SHORT_TYPE_WORDS, true)}${WORD_START}(${alternation(SHORT_TYPE_WORDS)})(?: +(?:liên tịch|hành động|${URGENCY}))?( *(?:số|số hiệu) *:? *| +mang số +| +)(\\d{1,5}[a-z]?(?:/(?:19|20)\\d\\d)?)${NUMBER_END}`,
  'giu',
);
const SHORT_SCAN = new WordScan(SHORT, SHORT_TYPE_WORDS, { whole: true });
// A decision named by what it does, then its number: 'Quyết định giải quyết khiếu nại số 333',
// 'quyết định xử phạt số 12' (the qualifying words as for coded citations above).
const QUALIFIED_SHORT = rx(
  `${WORD_START}(${alternation(QUALIFIED_WORDS)}) +(${QUALIFYING_WORD}(?:${QUALIFYING_WORD}(?:${QUALIFYING_WORD}(?:${QUALIFYING_WORD})?)?)?)(?:số|số hiệu) *:? *(\\d{1,5}[a-z]?(?:/(?:19|20)\\d\\d)?)${NUMBER_END}`,
  'gu',
);
const QUALIFIED_SHORT_SCAN = new WordScan(QUALIFIED_SHORT, QUALIFIED_WORDS, { whole: true });
// A lower-case type word that is also a verb cites a bare number when the document's issuer or
// date follows ('theo quyết định 3099 của UBND TP Hà Nội', 'quyết định 49 (ngày 1/9/2011) của
// Thủ tướng'); 'quyết định 4 nội dung quan trọng' stays a verb.
const CITED_BY_AFTER = narrowable(String.raw`^ *(?:của +[\p{Lu}Đ]|\(? *ngày +\d{1,2}[/.-]\d)`, 'u');
// A generic word cites a bare number when a body issues it: 'UBND TP Hà Nội có văn bản 2590 gửi …'.
const ISSUED_BEFORE = narrowable(String.raw`(?<![\p{L}\p{M}])(?:có|ban hành|ký|gửi) +$`, 'u');
// A State document cited by its number and year without the symbol ('Nghị định 21/2016',
// 'Thông tư 88/2014'): the number as cited, year included (genre batches 2 and 5).
// Further numbers of a list: 'Nghị định 47 và 112', 'Nghị quyết số 01, 02'.
const MORE_SHORT = rx(`^(?: *, *| +và +| +hoặc +)(?:số *)?(\\d{1,5}[a-z]?)${NUMBER_END}`, 'iu');
// A number followed by a counted noun, a measure or a duration is a count, not a document's
// number ('Kế hoạch 5 năm', 'Báo cáo 6 tháng', 'Chỉ thị 03 và 5 nội dung').
const COUNTED_AFTER = rx(`^ +(?:${alternation([...NOT_COUNT_UNITS, ...COUNT_UNITS.map((u) => u.unit)])})${WORD_END}`, 'iu');
const NOUN_ONLY = new Set<string>(SHORT_CITATION.nounOnlyTypes);
const NAME_HEAD_BEFORE = narrowable(`(?<![\\p{L}\\p{M}])(?:${alternation(SHORT_CITATION.nameHeadsBefore)}) +$`, 'u');
const NAMED_BY_NUMBER = new Set<string>(SHORT_CITATION.namedByNumber);
const YEAR_NAMED = new Set<string>(SHORT_CITATION.yearNamed);
const YEAR = /^(?:19|20)\d\d$/;

// ... but 'ngày 5/6/2012' or 'năm 2011' after the number is the document's date.
const DATED_AFTER = /^ +(?:ngày|năm|tháng) +\d/iu;

/** Is this number after a type word a document's number, by what surrounds it? */
function citesNumber(text: string, end: number, type: string, withSo: boolean, number: string, listed = false): boolean {
  const after = text.slice(end, end + 40);
  // After 'số' the number is the document's whatever follows ('có công văn số 147 báo cáo …');
  // a list's further numbers may still be counts ('Chỉ thị 03 và 5 nội dung').
  if ((listed || !withSo) && COUNTED_AFTER.test(after) && !DATED_AFTER.test(after)) return false;
  if (!withSo && YEAR_NAMED.has(type) && YEAR.test(number)) return false;
  return true;
}

/** Same document: type and number, leading zeros aside ('Chỉ thị 7' = 'Chỉ thị số 07-CT/TW'). */
const documentId = (type: string, number: string) => `${type}|${number.replace(/^0+(?=\d)/, '').toLowerCase()}`;

function parseShortCitations(text: string, coded: readonly DocumentCandidate[]): DocumentCandidate[] {
  const out: DocumentCandidate[] = [];
  const cited = new SpanIndex(coded);
  const known = new Set(coded.map((d) => documentId(d.type, d.number)));
  // 'Nghị định 21/2016' after 'Nghị định số 21/2016/NĐ-CP': the code's number and year
  for (const d of coded) {
    const year = d.code ? /^[^/]+\/((?:19|20)\d\d)\//u.exec(d.code) : null;
    if (year) known.add(documentId(d.type, `${d.number}/${year[1]}`));
  }
  const push = (start: number, end: number, type: string, number: string) => {
    if (cited.overlaps({ start, end }) || known.has(documentId(type, number)) || issuedByEnterprise(text, start)) return;
    out.push({ kind: 'document', start, end, type, number });
    // 'Nghị định 02' after 'Nghị định số 02/2003': the same document, cited without its year.
    const year = /^([^/]+)\/(?:19|20)\d\d$/u.exec(number);
    if (year) known.add(documentId(type, year[1]));
  };
  for (const m of SHORT_SCAN.all(text)) {
    const word = m[1];
    const type = TYPE_BY_WORD.get(word.toLowerCase()) ?? typeFromAbbr(word);
    if (!type) continue;
    const withSo = /số/iu.test(m[2]);
    // Lower case, a type word that is also a verb cites only with 'số' ('quyết định 4 nội dung').
    const end = m.index + m[0].length;
    if (!withSo && regexHere.u`^\p{Ll}`.test(word) && !NOUN_ONLY.has(type) && (YEAR.test(m[3]) || !CITED_BY_AFTER.test(text.slice(end, end + 24)))) continue;
    // A generic word ('văn bản') cites a bare number only with 'số' ('văn bản 12 trang' is none)
    // or with its year ('Văn bản 2103/2009 của Thủ tướng').
    if (!withSo && GENERIC_WORDS.has(word.toLowerCase()) && !m[3].includes('/') && !ISSUED_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // 'Chương trình 135' names a programme; 'Chương trình hành động số 15' is a document.
    if (NAMED_BY_NUMBER.has(type) && !withSo && !/hành động/iu.test(m[0])) continue;
    // 'Công ty Luật số 5': the type word is part of a firm's name.
    if (NAME_HEAD_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    if (!citesNumber(text, end, type, withSo, m[3])) continue;
    push(m.index, end, type, m[3]);
    // The numbers of a list share the type; each is spanned by its own number.
    let at = end;
    for (;;) {
      const more = MORE_SHORT.exec(text.slice(at, at + 40));
      if (!more) break;
      const numberEnd = at + more[0].length;
      if (!citesNumber(text, numberEnd, type, true, more[1], true)) break;
      push(numberEnd - more[1].length, numberEnd, type, more[1]);
      at = numberEnd;
    }
  }
  for (const m of QUALIFIED_SHORT_SCAN.all(text)) {
    const end = m.index + m[0].length;
    const type = TYPE_BY_WORD.get(m[1].toLowerCase());
    if (!type || out.some((d) => d.start < end && d.end > m.index)) continue;
    if (!citesNumber(text, end, type, true, m[3])) continue;
    push(m.index, end, type, m[3]);
  }
  return out;
}

const OMITTED_BEFORE = narrowable(`(?<![\\p{L}\\p{M}])(?:${alternation(OMITTED_TYPE_WORDS)})(?: +số)? *:? *$`, 'iu');
const PARTY_STYLE = /^\d+[a-z]?-/u;

/**
 * The Fatherland Front's codes: the issuer, the first group after the type abbreviation
 * ('45-KH/MTTQ-BTT', '1161/QĐ-MTTW-BTT', '12/MTTQ-BTT'), is the Front. A Party committee inside the Front's agency issues Party
 * documents ('31-QĐ/ĐU-MTTW': issuer ĐU, the Đảng ủy).
 */
const FRONT_ISSUER = /^(?:MTTQ|UBMTTQ|MT|MTTW|UBMTTW|UBTWMTTQ)$/u;
function isFrontCode(symbol: string): boolean {
  const groups = symbol.replace(/^(?:19|20)\d\d\//u, '').split(/[-/]/u);
  const issuer = TYPE_BY_ABBR.has(groups[0].toUpperCase()) ? groups[1] : groups[0];
  return issuer !== undefined && FRONT_ISSUER.test(issuer.toUpperCase());
}

/** An enterprise's own code ('785/QĐ-DKVN', '12/QĐ-HĐTV'): no Party or State document. */
const ENTERPRISE_CODES = new Set(ENTERPRISE_ISSUER_CODES.map((c) => c.toUpperCase()));
function isEnterpriseCode(symbol: string): boolean {
  return symbol.split(/[-/]/u).some((g) => ENTERPRISE_CODES.has(g.toUpperCase()));
}
// A letter or decision a firm or an association issues: 'Cty CP … (chủ đầu tư) đã có công văn
// số 140', 'Hiệp hội Cao su Việt Nam cũng đã có công văn số 119/HHCS': no Party or State
// document. (The firm is the clause's subject: no State body, passive or preposition between.)
const ENTERPRISE_SUBJECT = narrowable(
  `(?:^|[.;:!?\\n] *|, *)(?:${alternation(ENTERPRISE_HEADS)})(?![\\p{L}\\p{M}])(?:(?!\\s(?:bị|được|do|cho|của|theo|tại|UBND|Ủy ban|Sở|Bộ|Chính phủ|Thủ tướng)\\s)[^.;:!?\\n]){0,90}? +(?:(?:đã|vừa|cũng|mới) +)?(?:(?:đã|vừa|cũng|mới) +)?(?:có|gửi|ban hành|ra) +$`,
  'u',
);
function issuedByEnterprise(text: string, start: number): boolean {
  return ENTERPRISE_SUBJECT.test(text.slice(Math.max(0, start - 140), start));
}

interface ParsedCode {
  number: string;
  symbol: string;
  code: string;
  /** The type abbreviation inside the code, when there is one ('CT', 'NĐ'). */
  typeAbbr?: string;
}

/** Canonical case of one symbol group: the lexicon's spelling for known abbreviations ('TTg', 'QĐi'), else upper case. */
function canonicalGroup(g: string): string {
  return ABBR_CANONICAL.get(g.toUpperCase()) ?? (regexHere.u`^\p{Ll}`.test(g) || g === g.toLowerCase() ? g.toUpperCase() : g);
}

export function parseCode(raw: string): ParsedCode | undefined {
  // '03 CT/TW': the space stands for the Party code's dash
  const spaced = regexHere.u`^(\d{1,4}) +(?=[\p{L}&]+ *\/)`.exec(raw);
  const s = spaced ? `${spaced[1]}-${raw.slice(spaced[0].length).replace(/\s+/g, '')}` : raw.replace(/\s+/g, '');
  const party = regexHere.u`^(\d{1,4}[a-z]?)-([\p{L}&]+)\/((?:T\.[ƯW]|[\p{L}\d&]+)(?:-[\p{L}\d&]+(?:-[\p{L}\d&]+)?)?)$`.exec(s);
  if (party) {
    const type = canonicalGroup(party[2]);
    const issuer = party[3].split('-').map(canonicalGroup).join('-');
    return { number: party[1], symbol: `${type}/${issuer}`, code: `${party[1]}-${type}/${issuer}`, typeAbbr: party[2] };
  }
  const state = regexHere.u`^(\d{1,5}[a-z]?)(?:\/(?:(\d{4})\/)?|-((?:19|20)\d\d)\/|\.((?:19|20)\d\d)-)([\p{L}\d&]+(?:-[\p{L}\d&]+)*)(\(\p{Lu}{1,3}\d{1,3}\))?$`.exec(s);
  // Older and local codes join groups with slashes, kept as printed ('25/BC/UBND', '2520/UBND/GPMB';
  // words, no empty group between two separators or at the end).
  const slashed = state ? null : regexHere.u`^(\d{1,5}[a-z]?)\/(\p{L}[\p{L}\d&/-]*)$`.exec(s);
  const code = state
    ? { number: state[1], year: state[2] ?? state[3], dotYear: state[4], groups: state[5], unit: state[6] ?? '' }
    : slashed && !/[-/]{2}|[-/]$/u.test(slashed[2])
      ? { number: slashed[1], year: undefined, dotYear: undefined, groups: slashed[2], unit: '' }
      : undefined;
  if (!code) return undefined;
  const parts = code.groups.split(/([-/])/u);
  const groups = parts.filter((_, i) => i % 2 === 0).map(canonicalGroup);
  const joined = parts.map((x, i) => (i % 2 === 0 ? canonicalGroup(x) : x)).join('');
  const typeAbbr = groups.length > 1 ? groups[0] : undefined;
  // A year after a dot is printed so in the code ('11.2013-NHNN': symbol 2013-NHNN).
  if (code.dotYear) {
    const symbol = `${code.dotYear}-${joined}${code.unit}`;
    return { number: code.number, symbol, code: `${code.number}.${symbol}`, typeAbbr };
  }
  // The year of a State code belongs to the symbol side: 15/2020/NĐ-CP → number 15, symbol 2020/NĐ-CP.
  const symbol = (code.year ? `${code.year}/${joined}` : joined) + code.unit;
  return { number: code.number, symbol, code: `${code.number}/${symbol}`, typeAbbr };
}

function typeFromAbbr(abbr: string | undefined): string | undefined {
  if (!abbr) return undefined;
  return TYPE_BY_ABBR.get(abbr.toUpperCase());
}

/** Laws carry only the National Assembly code: '06/2022/QH15'. */
function isLawCode(code: string): boolean {
  return /^\d+\/\d{4}\/QH\d+$/i.test(code);
}

export function parseDocuments(ctx: Context): DocumentCandidate[] {
  const { text } = ctx;
  const out: DocumentCandidate[] = [];

  const push = (start: number, end: number, type: string, parsed: ParsedCode) => {
    // The Fatherland Front's documents are no document facts (DECISIONS.md).
    if (isFrontCode(parsed.symbol) || isEnterpriseCode(parsed.symbol) || issuedByEnterprise(text, start)) return;
    out.push({ kind: 'document', start, end, type, number: parsed.number, symbol: parsed.symbol, code: parsed.code });
  };

  // (group 2 of a qualified citation is its words; its code is group 3)
  const citations = [...CITED_SCAN.all(text), ...QUALIFIED_SCAN.all(text).map((m) => Object.assign(m, { 2: m[3] }))];
  for (const m of citations) {
    const parsed = parseCode(m[2]);
    if (!parsed) continue;
    const word = m[1];
    const generic = GENERIC_WORDS.has(word.toLowerCase()) ? typeFromAbbr(parsed.typeAbbr) : undefined;
    const type = generic ?? TYPE_BY_WORD.get(word.toLowerCase()) ?? typeFromAbbr(word) ?? typeFromAbbr(parsed.typeAbbr);
    if (!type) continue;
    // A State-style code after a type word needs a symbol with letters ('Quyết định 12/2020' is no code).
    if (!regexHere.u`\p{L}`.test(parsed.symbol)) continue;
    let end = m.index + m[0].length;
    if (m[0].slice(0, m[0].length - m[2].length).includes('(')) {
      const closing = CLOSING_BRACKET.exec(text.slice(end, end + 4));
      if (!closing) continue;
      end += closing[0].length;
    }
    push(m.index, end, type, parsed);
    // Coordinated codes share the type word.
    let at = end;
    for (;;) {
      const rest = text.slice(at, at + 200);
      const gap = DATE_GAP.exec(rest);
      const skip = gap ? gap[0].length : 0;
      const more = MORE.exec(rest.slice(skip));
      if (!more) break;
      const p = parseCode(more[1]);
      if (!p) break;
      const codeStart = at + skip + more[0].length - more[1].length;
      const codeEnd = at + skip + more[0].length;
      const t = typeFromAbbr(p.typeAbbr) ?? type;
      push(codeStart, codeEnd, t, p);
      at = codeEnd;
    }
  }

  // Codes without a type word: only when the code itself names a known type.
  const cited = new SpanIndex(out);
  for (const m of BARE_SCAN.all(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (cited.overlaps({ start, end })) continue;
    const parsed = parseCode(m[1]);
    if (!parsed) continue;
    // A code cited by a type the contract leaves out ('Thông tri số 07-TT/TC'); TT in a Party
    // code is a Thông tri, not a Thông tư.
    if (OMITTED_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
    if (parsed.typeAbbr?.toUpperCase() === 'TT' && PARTY_STYLE.test(parsed.code)) continue;
    const type = isLawCode(parsed.code) ? 'Luật' : typeFromAbbr(parsed.typeAbbr);
    if (!type) continue;
    // Party-style codes carry the type in their first group; State ones need an issuer group too.
    if (!/-/.test(parsed.code) && !isLawCode(parsed.code)) continue;
    push(start, end, type, parsed);
  }
  sameCodeAsWritten(out);
  return [...out, ...parseShortCitations(text, out)];
}

/**
 * One document cited with and without a leading zero ('Kế hoạch số 04-KH/TW' … 'Kế hoạch số
 * 4-KH/TW ngày 16/11/2016'): every citation takes the number as the first one writes it, so the
 * mentions are one fact (its date and issuer may come from any of them).
 */
function sameCodeAsWritten(docs: DocumentCandidate[]): void {
  const first = new Map<string, DocumentCandidate>();
  for (const d of [...docs].sort((a, b) => a.start - b.start)) {
    if (!d.code || !d.symbol) continue;
    const id = `${d.number.replace(/^0+(?=\d)/u, '')}|${d.symbol.toUpperCase()}`;
    const f = first.get(id);
    if (!f) first.set(id, d);
    else if (f.number !== d.number) {
      d.number = f.number;
      d.code = f.code;
    }
  }
}
