// Documents cited with their number: 'Chỉ thị số 05-CT/TW', 'Nghị định 15/2020/NĐ-CP',
// 'Quyết định số 977/QĐ-TTg', 'Luật số 06/2022/QH15', and coordinated codes after one type
// word ('Nghị quyết số 18-NQ/TW, 19-NQ/TW'). A code without a type word counts when its own
// abbreviation names the type ('35-CT/TW'). A document named without a number is no fact.
// The date and issuer that follow the code are attached by refine/document-details.ts.

import type { Candidate, Context } from '../pipeline.ts';
import { DOCUMENT_TYPES } from '../lexicon/documents.ts';
import { WORD_START, alternation, leadingClass, rx } from '../text/patterns.ts';
import { SpanIndex } from '../text/spans.ts';
import { WordScan } from '../text/scan.ts';

type DocumentCandidate = Candidate<'document'>;

const TYPE_BY_WORD = new Map<string, string>();
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
const PARTY_CODE = `\\d{1,4}[a-z]? *- *${L}{1,6} */ *${L}[\\p{L}\\d&]{0,11}`;
// State style: number, slash, optional year, symbol groups joined by dashes
// ('15/2020/NĐ-CP', '977/QĐ-TTg', '123/UBND-NC', '06/2022/QH15', '05/CT-TW').
const STATE_CODE = `\\d{1,5} */ *(?:\\d{4} */ *)?${L}[\\p{L}\\d&]{0,9}(?: *- *[\\p{L}\\d&]{1,12}){0,3}`;
const CODE = `(?:${PARTY_CODE}|${STATE_CODE})`;

const CITED = rx(
  `${leadingClass(DOCUMENT_TYPES.flatMap((t) => [...t.words, ...t.abbreviations]), true)}${WORD_START}(${TYPE_WORD}|${TYPE_ABBR})(?: +liên tịch)? *(?:(?:số|số hiệu) *:? *)?(${CODE})(?![\\p{L}\\d/-])`,
  'giu',
);
const BARE = rx(`(?=\\d)${WORD_START}(${CODE})(?![\\p{L}\\d/-])`, 'gu');
// Both run only where a type word or a number is (text/scan.ts); a type word may run into
// its code ('QĐ977/…').
const CITED_SCAN = new WordScan(CITED, DOCUMENT_TYPES.flatMap((t) => [...t.words, ...t.abbreviations]), { prefix: true, whole: true });
const BARE_SCAN = new WordScan(BARE, [], { digits: true });
// Further codes after the first one: ', 19-NQ/TW', ' và số 20-NQ/TW'.
const MORE = rx(`^(?: *, *| +và +| *; *)(?:số *:? *)?(${CODE})(?![\\p{L}\\d/-])`, 'iu');
// A date between two coordinated codes: ' ngày 25/10/2017'
const DATE_GAP = /^ *,? *(?:ban hành )?ngày +\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/iu;

const FRONT_CODE = /(?:^|[-/])(?:MTTQ|UBMTTQ|MT)(?:$|[-/])/u;

interface ParsedCode {
  number: string;
  symbol: string;
  code: string;
  /** The type abbreviation inside the code, when there is one ('CT', 'NĐ'). */
  typeAbbr?: string;
}

/** Canonical case of one symbol group: the lexicon's spelling for known abbreviations ('TTg', 'QĐi'), else upper case. */
function canonicalGroup(g: string): string {
  return ABBR_CANONICAL.get(g.toUpperCase()) ?? (/^\p{Ll}/u.test(g) || g === g.toLowerCase() ? g.toUpperCase() : g);
}

export function parseCode(raw: string): ParsedCode | undefined {
  const s = raw.replace(/\s+/g, '');
  let m = /^(\d{1,4}[a-z]?)-([\p{L}&]+)\/([\p{L}\d&]+)$/u.exec(s);
  if (m) {
    const type = canonicalGroup(m[2]);
    const issuer = canonicalGroup(m[3]);
    return { number: m[1], symbol: `${type}/${issuer}`, code: `${m[1]}-${type}/${issuer}`, typeAbbr: m[2] };
  }
  m = /^(\d{1,5})\/(?:(\d{4})\/)?([\p{L}\d&]+(?:-[\p{L}\d&]+)*)$/u.exec(s);
  if (m) {
    const groups = m[3].split('-').map(canonicalGroup);
    // The year of a State code belongs to the symbol side: 15/2020/NĐ-CP → number 15, symbol 2020/NĐ-CP.
    const symbol = m[2] ? `${m[2]}/${groups.join('-')}` : groups.join('-');
    return { number: m[1], symbol, code: `${m[1]}/${symbol}`, typeAbbr: groups.length > 1 ? groups[0] : undefined };
  }
  return undefined;
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
    if (FRONT_CODE.test(parsed.symbol)) return;
    out.push({ kind: 'document', start, end, type, number: parsed.number, symbol: parsed.symbol, code: parsed.code });
  };

  for (const m of CITED_SCAN.all(text)) {
    const parsed = parseCode(m[2]);
    if (!parsed) continue;
    const word = m[1];
    const type = TYPE_BY_WORD.get(word.toLowerCase()) ?? typeFromAbbr(word) ?? typeFromAbbr(parsed.typeAbbr);
    if (!type) continue;
    // A State-style code after a type word needs a symbol with letters ('Quyết định 12/2020' is no code).
    if (!/\p{L}/u.test(parsed.symbol)) continue;
    const end = m.index + m[0].length;
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
    const type = isLawCode(parsed.code) ? 'Luật' : typeFromAbbr(parsed.typeAbbr);
    if (!type) continue;
    // Party-style codes carry the type in their first group; State ones need an issuer group too.
    if (!/-/.test(parsed.code) && !isLawCode(parsed.code)) continue;
    push(start, end, type, parsed);
  }
  return out;
}
