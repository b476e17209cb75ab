// Robustness on real text nobody tuned for (fixtures/corpus/real-articles.jsonl): analyze()
// never throws, every fact has exact offsets and the fields its kind requires (FACTS.md), with
// the right types and canonical forms. Plus inputs that are not Vietnamese at all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index.ts';
import type { Analysis, Fact, FactKind } from '../analyzer/contract.ts';
import { FACT_KINDS } from '../analyzer/contract.ts';

const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'real-articles.jsonl');

interface CorpusArticle {
  id: string;
  text: string;
  url?: string;
  title?: string;
}

const articles: CorpusArticle[] = readFileSync(CORPUS, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as CorpusArticle);

// ------------------------------------------------------------------ the contract, as checks

const BASE = ['kind', 'text', 'start', 'end', 'mentions'];

/** Required and optional fields of each kind (FACTS.md). */
const FIELDS: Record<FactKind, { required: string[]; optional: string[] }> = {
  document: { required: ['type', 'number'], optional: ['symbol', 'code', 'issued', 'issuer'] },
  date: { required: ['value'], optional: [] },
  count: { required: ['value', 'unit'], optional: ['approx', 'subject', 'asOf'] },
  award: { required: ['name'], optional: ['grantor', 'recipient', 'year'] },
  office: { required: ['name'], optional: ['level', 'province'] },
  person: { required: ['name'], optional: ['role'] },
};

const DAY = '(\\d{4})-(\\d{2})-(\\d{2})';
/** FACTS.md date values: '2006-11-07', '2012-01', '2010-Q4', '2011', '2012-08-27T10:05'. */
const DATE_POINT = [
  /^\d{4}$/,
  /^\d{4}-(0[1-9]|1[0-2])$/,
  /^\d{4}-Q[1-4]$/,
  new RegExp(`^${DAY}$`),
  new RegExp(`^${DAY}T([01]\\d|2[0-3]):[0-5]\\d$`),
];

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function isIsoPoint(v: string): boolean {
  if (!DATE_POINT.some((re) => re.test(v))) return false;
  const day = new RegExp(`^${DAY}`).exec(v);
  return !day || validDay(Number(day[1]), Number(day[2]), Number(day[3]));
}

/** A point, or an interval of two points that rises ('2010/2015', '2017-04-15/2017-04-18', '2016-07/2016-08'), as check.py accepts. */
function isIsoDateValue(v: string): boolean {
  const parts = v.split('/');
  if (parts.length === 1) return isIsoPoint(v);
  return parts.length === 2 && isIsoPoint(parts[0]) && isIsoPoint(parts[1]) && parts[0] < parts[1];
}

const OLD_TONE = /(?<![qQ])(?:o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?![\p{L}\p{M}])/iu;

/** Canonical strings (FACTS.md): NFC, new-style tone marks, Đ not Ð, single spaces, trimmed. */
function canonicalProblem(s: string): string | undefined {
  if (s.length === 0) return 'empty';
  if (s !== s.trim()) return 'not trimmed';
  if (/\s{2}|[\u00a0\t\n\r]/u.test(s)) return 'spaces not folded';
  if (s !== s.normalize('NFC')) return 'not NFC';
  if (/[\u00d0\u00f0]/u.test(s)) return 'Eth instead of Đ';
  if (OLD_TONE.test(s)) return 'old-style tone mark';
  return undefined;
}

/** Every problem of one fact against the contract; [] when it is fine. */
function problemsOf(input: string, f: Fact): string[] {
  const out: string[] = [];
  const r = f as unknown as Record<string, unknown>;
  if (!(FACT_KINDS as readonly string[]).includes(f.kind)) return [`unknown kind ${f.kind}`];
  if (!Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end > input.length || f.start >= f.end) {
    out.push(`bad offsets [${f.start}, ${f.end})`);
  } else if (input.slice(f.start, f.end) !== f.text) {
    out.push(`text ${JSON.stringify(f.text)} is not input.slice(start, end) ${JSON.stringify(input.slice(f.start, f.end))}`);
  }
  const { required, optional } = FIELDS[f.kind];
  for (const k of required) if (r[k] === undefined) out.push(`missing ${k}`);
  for (const k of Object.keys(r)) if (![...BASE, ...required, ...optional].includes(k)) out.push(`unexpected field ${k}`);
  if (f.mentions) {
    // Every mention is a span of the input; the first is the fact's own.
    if (f.mentions.length < 2 || f.mentions[0].start !== f.start || f.mentions[0].end !== f.end) out.push('mentions do not start with the fact');
    if (f.mentions.some((m, i) => !(m.start < m.end && m.end <= input.length && (i === 0 || m.start >= f.mentions![i - 1].end)))) out.push('a mention is out of the input, empty or out of order');
  }
  for (const k of [...required, ...optional]) {
    const v = r[k];
    if (v === undefined) continue;
    const numeric = (f.kind === 'count' && k === 'value') || (f.kind === 'award' && k === 'year');
    if (numeric) continue;
    if (typeof v !== 'string') {
      out.push(`${k} is not a string`);
      continue;
    }
    // Role, grantor, etc. are canonical strings; the byline's name is "as printed" but printed
    // names are still NFC after canonicalization.
    const p = canonicalProblem(v);
    if (p) out.push(`${k} ${JSON.stringify(v)}: ${p}`);
  }
  switch (f.kind) {
    case 'document':
      // A citation without a symbol has neither symbol nor code (FACTS.md); the two come together.
      if ((f.symbol === undefined) !== (f.code === undefined)) out.push('symbol and code must come together');
      if (typeof f.code === 'string' && f.code !== `${f.number}-${f.symbol}` && f.code !== `${f.number}/${f.symbol}`) {
        out.push(`code ${f.code} is not number+symbol (${f.number}, ${f.symbol})`);
      }
      if (typeof f.code === 'string' && /\s/u.test(f.code)) out.push('code has spaces');
      if (f.issued !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(f.issued)) out.push(`issued ${f.issued} is not an ISO date`);
      if (f.issued !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(f.issued) && !isIsoDateValue(f.issued)) out.push(`issued ${f.issued} is no calendar day`);
      break;
    case 'date':
      if (typeof f.value !== 'string' || !isIsoDateValue(f.value)) out.push(`date value ${f.value} is not ISO per FACTS.md`);
      break;
    case 'count':
      if (typeof f.value !== 'number' || !Number.isFinite(f.value) || f.value < 0) out.push(`count value ${f.value} is not a finite number ≥ 0`);
      if (typeof f.unit === 'string' && f.unit !== f.unit.toLowerCase()) out.push(`unit ${f.unit} is not lowercased`);
      if (f.asOf !== undefined && (!isIsoDateValue(f.asOf) || f.asOf.includes('/'))) out.push(`asOf ${f.asOf} is not an ISO date, month or year`);
      if (f.approx !== undefined && !['over', 'under', 'about'].includes(f.approx)) out.push(`approx ${f.approx}`);
      break;
    case 'award':
      if (f.year !== undefined && !Number.isInteger(f.year)) out.push(`year ${f.year} is not an integer`);
      break;
    case 'office':
      if (f.level !== undefined && !['central', 'province', 'district', 'commune'].includes(f.level)) out.push(`level ${f.level}`);
      break;
    case 'person':
      break;
  }
  return out;
}

function articleProblems(a: Analysis['article'], given: { url?: string; title?: string }): string[] {
  const out: string[] = [];
  if (a.published !== undefined && !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(a.published)) out.push(`published ${a.published}`);
  if (a.published !== undefined && /^\d{4}-\d{2}-\d{2}/.test(a.published) && !isIsoDateValue(a.published.slice(0, 10))) {
    out.push(`published ${a.published} is no calendar day`);
  }
  if (given.url !== undefined && a.url !== given.url) out.push(`url ${a.url} instead of ${given.url}`);
  if (given.url === undefined && a.url !== undefined) out.push(`url ${a.url} not given`);
  if (given.title && a.title !== given.title.trim()) out.push(`title ${a.title} instead of the caller's ${given.title}`);
  for (const k of ['title', 'published', 'source', 'byline', 'province', 'url'] as const) {
    const v = a[k];
    if (v !== undefined && (typeof v !== 'string' || v.trim() === '')) out.push(`${k} is not a non-empty string`);
  }
  return out;
}

// ------------------------------------------------------------------ the corpus

describe('corpus of real articles', () => {
  it('is there', () => {
    expect(articles.length).toBeGreaterThan(100);
  });

  it.each(articles.map((a) => [a.id, a] as const))('%s', (_id, a) => {
    const analysis = analyze(a.text, { url: a.url, title: a.title });
    expect(analysis.language.code).toBe('vie');
    expect(analysis.language.score).toBeGreaterThanOrEqual(0);
    expect(analysis.language.score).toBeLessThanOrEqual(1);
    expect(articleProblems(analysis.article, a)).toEqual([]);
    const problems = analysis.facts
      .map((f) => ({ fact: `${f.kind} ${JSON.stringify(f.text)}`, problems: problemsOf(a.text, f) }))
      .filter((p) => p.problems.length > 0);
    expect(problems, JSON.stringify(problems)).toEqual([]);
  });
});

// ------------------------------------------------------------------ not Vietnamese

/** Deterministic byte noise, read as Latin-1 and as UTF-16 code units. */
function garbage(): string {
  let x = 0x2545f491;
  let s = '';
  for (let i = 0; i < 600; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    s += String.fromCharCode(i % 3 === 0 ? (x >>> 0) & 0xffff : (x >>> 0) & 0xff);
  }
  return s + '\u0000\ufffd\ud800\udfff\u0001' + String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
}

const FOREIGN: [string, string][] = [
  [
    'English',
    'The provincial party committee met on 27 August 2012 to review the work of its 49 members. ' +
      'The chairman of the people\'s committee praised the office for its excellent results in 2011, ' +
      'and more than 95% of the delegates approved the resolution on administrative reform.',
  ],
  [
    'French',
    'Le comité provincial du parti s\'est réuni le 27 août 2012 pour examiner le travail de ses 49 membres. ' +
      'Le président du comité populaire a félicité le bureau pour ses excellents résultats en 2011, ' +
      'et plus de 95 % des délégués ont approuvé la résolution sur la réforme administrative.',
  ],
  ['Chinese', '越南共产党省委于2012年8月27日召开会议，审议了49名党员的工作。省人民委员会主席表彰了办公室在2011年取得的优异成绩，超过95%的代表通过了关于行政改革的决议。'],
  ['binary-looking garbage', garbage()],
];

describe('inputs that are not Vietnamese', () => {
  for (const [name, text] of FOREIGN) {
    it(`${name}: no facts, not 'vie'`, () => {
      const analysis = analyze(text);
      expect(analysis.language.code).not.toBe('vie');
      expect(analysis.facts).toEqual([]);
    });
  }

  it("empty string: no facts, language 'und'", () => {
    const analysis = analyze('');
    expect(analysis.language.code).toBe('und');
    expect(analysis.facts).toEqual([]);
  });

  it("whitespace only: no facts, language 'und'", () => {
    const analysis = analyze(' \n\t\u00a0\r\n  \u200b ');
    expect(analysis.language.code).toBe('und');
    expect(analysis.facts).toEqual([]);
  });

});
