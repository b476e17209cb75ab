// analyze() under hostile input. Whatever the text, analyze never throws, returns the shape
// of FACTS.md, every fact's text is input.slice(start, end), and the NFC and NFD spellings of
// a text give the same facts. Three parts:
//   (a) fast-check properties: arbitrary code points, UTF-16 units (lone surrogates), grapheme
//       clusters, and Vietnamese-ish text built from the seed articles with hostile edits;
//   (b) the hand-made nasty cases of fixtures/hostile/cases.json and big generated inputs
//       (5 MB with no line break, 100,000 digits, 50,000 brackets …), each with a time guard,
//       plus a linearity check: n and 4n copies of a unit must cost about 4×, not 16×;
//   (c) an audit of the analyzer's regular expressions for nested quantifiers, against the
//       reviewed list in fixtures/hostile/regex-audit.json.
// Plus regressions of bugs found here: work quadratic in the number of facts (refine/), NFC/NFD
// divergence on Hangul and two-part vowel signs, unchecked caller options, and HTML extraction
// quadratic in the nesting depth (analyzer/html).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index.ts';
import { ARTICLE_FIELDS, FACT_KINDS } from '../analyzer/contract.ts';
import type { Analysis, AnalyzeOptions, FactKind } from '../analyzer/contract.ts';
import { factKey } from '../analyzer/text/fold.ts';
import { looksLikeHtml } from '../analyzer/cli/inputs.ts';
import { extractArticle } from '../analyzer/html/extract.ts';
import { MAX_NESTING, PageError, extractFromHtml, nestingDepth, parseHtml } from '../analyzer/html/node.ts';

const ROOT = join(import.meta.dirname, '..');

// ------------------------------------------------------------------ settings

/**
 * Fixed seed: a failure reproduces with the same seed (fast-check prints seed and path).
 * To explore further: BANTIN_FC_SEED=$RANDOM BANTIN_FC_RUNS=5000 npx vitest run test/hostile.test.ts -t fast-check
 */
const SEED = Number(process.env.BANTIN_FC_SEED ?? 20251125);
/** Generated inputs per property (6 properties: 6,000 inputs, 7,000 analyze() calls, ~10 s). */
const RUNS = Number(process.env.BANTIN_FC_RUNS ?? 1000);
/** The time guard: seconds, not milliseconds; catastrophic backtracking blows far past it. */
const GUARD_MS = 20_000;
/** Time ratio between 4n and n copies of a unit; linear is ~4, quadratic ~16. */
const MAX_RATIO = 10;

// ------------------------------------------------------------------ the contract

type Check = (v: unknown) => boolean;
const text: Check = (v) => typeof v === 'string' && v.length > 0;
const isoDay: Check = (v) => typeof v === 'string' && /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/.test(v);
const dateValue: Check = (v) =>
  typeof v === 'string' &&
  /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d)?)?|-Q[1-4]|\/\d{4})?$/.test(v);
const oneOf = (...values: string[]): Check => (v) => typeof v === 'string' && values.includes(v);
const count: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const year: Check = (v) => Number.isInteger(v) && (v as number) >= 1800 && (v as number) <= 2100;

const FIELDS: Record<FactKind, { required: Record<string, Check>; optional: Record<string, Check> }> = {
  document: { required: { type: text, number: text, symbol: text, code: text }, optional: { issued: isoDay, issuer: text } },
  date: { required: { value: dateValue }, optional: {} },
  count: { required: { value: count, unit: text }, optional: { approx: oneOf('over', 'under', 'about'), subject: text, asOf: dateValue } },
  award: { required: { name: text }, optional: { grantor: text, recipient: text, year } },
  office: { required: { name: text }, optional: { level: oneOf('central', 'province', 'district', 'commune'), province: text } },
  person: { required: { name: text }, optional: { role: text } },
};

/** What the view folds away must not be in canonical fields (FACTS.md: NFC, single spaces, Đ). */
const NOT_CANONICAL = /[\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u200b-\u200d\u2060\ufeff\u00d0\u00f0]|^\s|\s$|\s\s/u;
const PUBLISHED = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d)?$/;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** The combining marks createView keeps with their letter (analyzer/text/normalize.ts). */
const isMark = (c: number) =>
  (c >= 0x0300 && c <= 0x036f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) ||
  (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);

/** Every way `a` breaks the contract for `input`; [] when it keeps it. */
function contractProblems(input: string, a: Analysis, options: AnalyzeOptions = {}): string[] {
  const p: string[] = [];
  if (!a || typeof a !== 'object') return ['not an object'];
  const keys = Object.keys(a).sort().join(',');
  if (keys !== 'article,facts,language') p.push(`top-level keys ${keys}`);
  const { language, article, facts } = a;
  if (!language || typeof language.code !== 'string' || !/^[a-z]{3}$/.test(language.code)) p.push(`language.code ${language?.code}`);
  if (!language || typeof language.score !== 'number' || !(language.score >= 0 && language.score <= 1)) p.push(`language.score ${language?.score}`);
  if (!article || typeof article !== 'object' || Array.isArray(article)) p.push('article is not an object');
  else {
    for (const [k, v] of Object.entries(article)) {
      if (!(ARTICLE_FIELDS as readonly string[]).includes(k)) p.push(`article.${k}: unknown field`);
      if (typeof v !== 'string') p.push(`article.${k}: not a string`);
    }
    if (article.published !== undefined && options.published === undefined && !PUBLISHED.test(article.published)) {
      p.push(`article.published ${JSON.stringify(article.published)}`);
    }
    if (options.url && article.url !== options.url) p.push('article.url is not options.url');
  }
  if (!Array.isArray(facts)) return [...p, 'facts is not an array'];
  if (language?.code !== 'vie' && facts.length) p.push(`${facts.length} facts for language ${language?.code}`);
  const keysSeen = new Set<string>();
  let lastStart = -1;
  facts.forEach((f, i) => {
    const at = `facts[${i}] (${f?.kind} ${JSON.stringify(f?.text)?.slice(0, 40)})`;
    if (!f || !(FACT_KINDS as readonly string[]).includes(f.kind)) return void p.push(`${at}: kind`);
    const { required, optional } = FIELDS[f.kind];
    const { start, end } = f;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > input.length || start >= end) {
      p.push(`${at}: offsets ${start}-${end} of ${input.length}`);
    } else {
      if (input.slice(start, end) !== f.text) p.push(`${at}: text is not input.slice(${start}, ${end})`);
      if (isLow(input.charCodeAt(start)) && isHigh(input.charCodeAt(start - 1))) p.push(`${at}: start splits a surrogate pair`);
      if (isLow(input.charCodeAt(end)) && isHigh(input.charCodeAt(end - 1))) p.push(`${at}: end splits a surrogate pair`);
      if (end < input.length && isMark(input.charCodeAt(end)) && !/\s/u.test(input[end - 1])) p.push(`${at}: end cuts a letter from its marks`);
    }
    if (start < lastStart) p.push(`${at}: not sorted by start`);
    lastStart = start;
    if (f.mentions !== undefined) {
      const m = f.mentions;
      // Mentions: more than one, the first the fact's own span, each inside the input, in order, apart.
      if (!Array.isArray(m) || m.length < 2) p.push(`${at}: mentions must list two or more`);
      else if (m[0].start !== start || m[0].end !== end) p.push(`${at}: first mention is not start/end`);
      else if (m.some((x, j) => !(Number.isInteger(x.start) && Number.isInteger(x.end) && x.start < x.end && x.end <= input.length && (j === 0 || x.start >= m[j - 1].end)))) {
        p.push(`${at}: mentions out of the input, empty, overlapping or out of order`);
      }
    }
    for (const [k, v] of Object.entries(f)) {
      if (k === 'kind' || k === 'text' || k === 'start' || k === 'end' || k === 'mentions') continue;
      const check = required[k] ?? optional[k];
      if (!check) p.push(`${at}: unknown field ${k}`);
      else if (!check(v)) p.push(`${at}: ${k} = ${JSON.stringify(v)}`);
      if (typeof v === 'string' && (v !== v.normalize('NFC') || NOT_CANONICAL.test(v))) p.push(`${at}: ${k} not canonical ${JSON.stringify(v)}`);
    }
    for (const k of Object.keys(required)) if (!(k in f)) p.push(`${at}: missing ${k}`);
    const key = `${f.kind}|${factKey(f)}`;
    if (keysSeen.has(key)) p.push(`${at}: second fact with key ${key}`);
    keysSeen.add(key);
  });
  return p;
}

/** analyze() must not throw; the result must keep the contract. */
function analyzeChecked(input: string, options?: AnalyzeOptions): Analysis {
  let a: Analysis;
  try {
    a = analyze(input, options);
  } catch (e) {
    throw new Error(`analyze threw on ${describeInput(input)}: ${e instanceof Error ? e.stack : String(e)}`);
  }
  const problems = contractProblems(input, a, options);
  if (problems.length) throw new Error(`contract broken on ${describeInput(input)}:\n  ${problems.slice(0, 12).join('\n  ')}`);
  return a;
}

const describeInput = (s: string) => `${s.length} units ${JSON.stringify(s.length > 120 ? s.slice(0, 120) + '…' : s)}`;

/** What NFC and NFD spellings must share: language, article fields (NFC), and per fact the kind, key and canonical fields. */
function signature(a: Analysis) {
  const nfc = (s?: string) => s?.normalize('NFC');
  const facts = a.facts.map(({ text: _t, start: _s, end: _e, mentions, ...fields }) => JSON.stringify([fields.kind, factKey(fields), fields, mentions?.length ?? 1])).sort();
  return { language: a.language, article: { ...a.article, title: nfc(a.article.title), byline: nfc(a.article.byline) }, facts };
}

// ------------------------------------------------------------------ inputs

const SEED_TEXTS = readdirSync(join(ROOT, 'fixtures', 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(ROOT, 'fixtures', 'seeds', f), 'utf8'));
const SENTENCES = [...new Set(SEED_TEXTS.flatMap((t) => t.split(/(?<=[.;!?])\s+|\n+/u)).map((s) => s.trim()).filter((s) => s.length > 2))];
const WORDS = [...new Set(SEED_TEXTS.flatMap((t) => t.split(/\s+/u)).filter(Boolean))];
/** Phrases of every fact kind, so that short generated texts still hold facts. */
const FACTY = [
  'Chỉ thị số 06-CT/TW, ngày 7/11/2006 của Bộ Chính trị', 'Nghị định 15/2020/NĐ-CP', 'Kế hoạch số 08-KH/TU ngày 7-8-2011 của Ban Thường vụ Tỉnh uỷ',
  'Thứ hai, 27/08/2012 - 10:05', 'quý IV-2010', 'nhiệm kỳ 2010 – 2015', 'tháng 01/2012', 'ngày 7 tháng 11 năm 2006', '19h30 ngày 2/9/2025',
  '5 chi bộ trực thuộc với 49 đảng viên', 'trên 95%', 'hai mươi lăm đảng viên', '1,5 triệu người', '419/419 hộ dân',
  'Huân chương Lao động hạng Nhì', 'Bằng khen của Thủ tướng Chính phủ, Văn phòng Trung ương Đảng và UBND tỉnh Gia Lai', 'Chiến sĩ thi đua cấp tỉnh và cấp cơ sở', 'giải Nhì',
  'Văn phòng Tỉnh ủy Gia Lai', 'HĐND và UBND tỉnh', 'Đảng ủy Khối Các cơ quan tỉnh', 'Ban Tổ chức Tỉnh ủy', 'Sở Nội vụ tỉnh Tây Ninh',
  'Phó Bí thư Thường trực Tỉnh uỷ Lê Minh Trọng', 'đồng chí Nguyễn Văn Hoà', 'Ảnh: Thanh Huyền', 'Chủ tịch UBND huyện Lê Thị Hoa',
  'Báo Lạng Sơn', '(BĐ) -', 'Vân Giang', 'Hồ Chí Minh',
];
const CONTROLS = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), '\u007f', '\u0080', '\u0085', '\u009f'];
const SPACES = ['\u00a0', '\u202f', '\u2003', '\u3000', '\t', '  ', '\u2028', '\r\n', '\r', '\n\n'];
const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const EMOJI = ['😀', '👍🏽', '🇻🇳', '👨‍👩‍👧', '1️⃣', '🎖️', '✨'];
const DASHES = ['–', '—', '‐', '−', '－', '﹣'];
const SLASHES = ['⁄', '∕', '／'];
const LONE = ['\ud800', '\udbff', '\udc00', '\udfff'];

/** New-style → old-style tone forms of open oa/oe/uy syllables ('ủy' → 'uỷ', 'hòa' → 'hoà'), and back. */
const TONE_PAIRS: [string, string][] = (() => {
  const out: [string, string][] = [];
  for (const [g, v] of [['o', 'a'], ['o', 'e'], ['u', 'y']]) {
    for (const t of ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']) {
      for (const [gg, vv] of [[g, v], [g.toUpperCase(), v], [g.toUpperCase(), v.toUpperCase()]]) {
        const fresh = ((gg + t).normalize('NFC') + vv).normalize('NFC');
        const old = (gg + (vv + t).normalize('NFC')).normalize('NFC');
        if (fresh.length === 2 && old.length === 2) out.push([fresh, old]);
      }
    }
  }
  return out;
})();
const replaceAll = (s: string, pairs: [string, string][]) => pairs.reduce((t, [a, b]) => t.split(a).join(b), s);

type Edit = { op: string; at: number; len: number; pick: number };
const EDIT_OPS = ['control', 'space', 'invisible', 'emoji', 'lone', 'nfd', 'nfc', 'old-tones', 'new-tones', 'eth', 'dashes', 'slashes', 'quotes', 'crlf', 'upper', 'cut'] as const;

/** One hostile edit of `s` at a relative position. */
function applyEdit(s: string, e: Edit): string {
  const i = Math.floor(e.at * (s.length + 1));
  const j = Math.min(s.length, i + e.len);
  const pick = <T,>(xs: readonly T[]) => xs[e.pick % xs.length];
  const mid = s.slice(i, j);
  const around = (m: string) => s.slice(0, i) + m + s.slice(j);
  switch (e.op) {
    case 'control': return s.slice(0, i) + pick(CONTROLS) + s.slice(i);
    case 'space': return s.slice(0, i) + pick(SPACES) + s.slice(i);
    case 'invisible': return s.slice(0, i) + pick(INVISIBLES) + s.slice(i);
    case 'emoji': return s.slice(0, i) + pick(EMOJI) + s.slice(i);
    case 'lone': return s.slice(0, i) + pick(LONE) + s.slice(i);
    case 'nfd': return around(mid.normalize('NFD'));
    case 'nfc': return around(mid.normalize('NFC'));
    case 'old-tones': return around(replaceAll(mid, TONE_PAIRS));
    case 'new-tones': return around(replaceAll(mid, TONE_PAIRS.map(([a, b]) => [b, a])));
    case 'eth': return around(mid.replace(/Đ/g, 'Ð').replace(/đ/g, 'ð'));
    case 'dashes': return around(mid.replace(/-/g, pick(DASHES)));
    case 'slashes': return around(mid.replace(/\//g, pick(SLASHES)));
    case 'quotes': return around(mid.replace(/"/g, pick(['“', '”', '«', '»'])));
    case 'crlf': return around(mid.replace(/\n/g, '\r\n').replace(/ /, '\n'));
    case 'upper': return around(mid.toUpperCase());
    case 'cut': return around('');
    default: return s;
  }
}

const editArb: fc.Arbitrary<Edit> = fc.record({
  op: fc.constantFrom(...EDIT_OPS),
  at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  len: fc.integer({ min: 1, max: 60 }),
  pick: fc.nat({ max: 1000 }),
});

/** Seed sentences, words and fact phrases joined by varied separators, then 0–12 hostile edits. */
const vietnameseIsh: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.oneof({ arbitrary: fc.constantFrom(...SENTENCES), weight: 4 }, { arbitrary: fc.constantFrom(...FACTY), weight: 3 }, { arbitrary: fc.constantFrom(...WORDS), weight: 2 }),
        fc.constantFrom(' ', ' ', '\n', ', ', '. ', '\r\n', '\u00a0', ' \u200b', '\n\n', ' - ', ': '),
      ),
      { minLength: 1, maxLength: 24 },
    ),
    fc.array(editArb, { maxLength: 12 }),
  )
  .map(([parts, edits]) => edits.reduce(applyEdit, parts.map(([p, sep]) => p + sep).join('')));

/** Arbitrary text between Vietnamese sentences, so it reaches the parsers (not only the language gate). */
const sandwiched = (noise: fc.Arbitrary<string>) =>
  fc.oneof(
    noise,
    fc.tuple(fc.constantFrom(...SENTENCES), noise, fc.constantFrom(...FACTY), noise, fc.constantFrom(...SENTENCES)).map((xs) => xs.join(' ')),
  );
/** Any UTF-16 code unit: lone surrogates, controls, noncharacters. */
const utf16Unit = fc.nat({ max: 0xffff }).map((c) => String.fromCharCode(c));

let generated = 0;
/** fast-check parameters of every property: fixed seed, fixed count. */
const params = { seed: SEED, numRuns: RUNS } as const;

// ------------------------------------------------------------------ (a) properties

describe('analyze() on generated input (fast-check, seed ' + SEED + ', ' + RUNS + ' runs per property)', () => {
  it('arbitrary code points (binary strings), alone or between Vietnamese sentences', () => {
    fc.assert(fc.property(sandwiched(fc.string({ unit: 'binary', maxLength: 400 })), (s) => {
      generated++;
      analyzeChecked(s);
    }), params);
  });

  it('arbitrary UTF-16 code units: lone surrogates, controls, noncharacters', () => {
    fc.assert(fc.property(sandwiched(fc.string({ unit: utf16Unit, maxLength: 400 })), (s) => {
      generated++;
      analyzeChecked(s);
    }), params);
  });

  it('arbitrary grapheme clusters (emoji, combining sequences, every script)', () => {
    fc.assert(fc.property(sandwiched(fc.string({ unit: 'grapheme', maxLength: 200 })), (s) => {
      generated++;
      analyzeChecked(s);
    }), params);
  });

  it('Vietnamese-ish text with hostile edits (controls, NBSP, zero-width, NFD slices, old tones, Ð, emoji, lone surrogates)', () => {
    let vietnamese = 0;
    fc.assert(fc.property(vietnameseIsh, (s) => {
      generated++;
      if (analyzeChecked(s).language.code === 'vie') vietnamese++;
    }), params);
    // The generator must reach the parsers, not stop at the language gate.
    expect(vietnamese).toBeGreaterThan(RUNS * 0.8);
  });

  it('NFC and NFD spellings of a Vietnamese-ish text give the same facts', () => {
    let withFacts = 0;
    fc.assert(fc.property(vietnameseIsh, (s) => {
      generated++;
      const nfc = s.normalize('NFC');
      const nfd = s.normalize('NFD');
      const a = analyzeChecked(nfc);
      const b = analyzeChecked(nfd);
      if (a.facts.length) withFacts++;
      expect(signature(b)).toEqual(signature(a));
    }), params);
    expect(withFacts).toBeGreaterThan(RUNS * 0.5);
  });

  it('hostile options (url, title, published) never throw', () => {
    const anyText = fc.oneof(fc.string({ unit: utf16Unit, maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }));
    const url = fc.oneof(fc.webUrl(), anyText, fc.constantFrom('http://[', 'https://baobacninh.vn:99999/x', 'javascript:alert(1)', 'https://www.baolangson.vn/x', 'a://', ''));
    const published = fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), anyText);
    fc.assert(fc.property(vietnameseIsh, fc.record({ url, title: anyText, published }, { requiredKeys: [] }), (s, options) => {
      generated++;
      analyzeChecked(s, options);
    }), params);
  });
});

// ------------------------------------------------------------------ (b) nasty cases, big inputs, time

interface HostileCase {
  name: string;
  why: string;
  text?: string;
  recipe?: (string | { repeat: string; times: number } | { file: string })[];
}
const CASES: HostileCase[] = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'hostile', 'cases.json'), 'utf8')).cases;
const build = (c: HostileCase): string =>
  c.text ??
  c.recipe!.map((p) => (typeof p === 'string' ? p : 'file' in p ? readFileSync(join(ROOT, p.file), 'utf8') : p.repeat.repeat(p.times))).join('');

/** A Vietnamese article in front of a payload: the language check sees Vietnamese, so the payload reaches every parser. */
const LEAD = SEED_TEXTS[2];
const NO_BREAKS = SEED_TEXTS.map((t) => t.replace(/\s*\n\s*/g, ' ')).join(' ');
const BIG: [string, () => string][] = [
  ['5 MB article, no line break (seeds)', () => NO_BREAKS.repeat(Math.ceil(5e6 / NO_BREAKS.length)).slice(0, 5e6)],
  ['100,000 digits', () => LEAD + ' Đảng bộ có ' + '7'.repeat(100_000) + ' đảng viên.'],
  ["10,000 × 'Chỉ thị số '", () => LEAD + ' ' + 'Chỉ thị số '.repeat(10_000)],
  ['50,000 nested brackets', () => LEAD + ' ' + '('.repeat(50_000) + 'Năm 2012, Đảng bộ có 49 đảng viên' + ')'.repeat(50_000)],
  ["1 MB of 'Nguyễn Văn '", () => LEAD + ' ' + 'Nguyễn Văn '.repeat(Math.ceil(1e6 / 11))],
  ['200,000 emoji', () => LEAD + ' ' + '😀'.repeat(200_000)],
  ["1 MB of 'ngày 1/1/2020 '", () => LEAD + ' ' + 'ngày 1/1/2020 '.repeat(Math.ceil(1e6 / 14))],
  ['1 MB of one long line of words (no fact)', () => LEAD.replace(/\n/g, ' ') + ' ' + 'cán bộ đảng viên và người lao động '.repeat(Math.ceil(1e6 / 35))],
  ['1 MB of NFD text with zero-width spaces', () => (LEAD + '\n').normalize('NFD').replace(/ /g, ' \u200b').repeat(Math.ceil(1e6 / LEAD.length))],
  ['HTML news page source × 20', () => readFileSync(join(ROOT, 'fixtures', 'pages', '001-baogialai.html'), 'utf8').repeat(20)],
];

const timings: { name: string; units: number; ms: number }[] = [];
const ratios: { unit: string; units: number; ms: number; ms4: number; ratio: number }[] = [];

function timed(name: string, input: string): Analysis {
  const t0 = performance.now();
  const a = analyzeChecked(input);
  const ms = performance.now() - t0;
  timings.push({ name, units: input.length, ms });
  expect(ms, `${name} took ${Math.round(ms)} ms`).toBeLessThan(GUARD_MS);
  return a;
}

describe('nasty cases (fixtures/hostile/cases.json)', () => {
  it('the list is well-formed: unique names, a reason for each, text or recipe', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
    for (const c of CASES) {
      expect(typeof c.why, c.name).toBe('string');
      expect(typeof c.text === 'string' || Array.isArray(c.recipe), c.name).toBe(true);
    }
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s: no throw, contract kept, NFC = NFD, under the time guard', (name, c) => {
    const input = build(c);
    timed(name, input);
    expect(signature(analyzeChecked(input.normalize('NFD')))).toEqual(signature(analyzeChecked(input.normalize('NFC'))));
  });

  it('the NUL, lone-surrogate, zero-width, Ð and NFD cases still find their facts', () => {
    const facts = (name: string) => analyze(build(CASES.find((c) => c.name === name)!)).facts.map((f) => `${f.kind}:${factKey(f)}`);
    const k = (f: Record<string, unknown> & { kind: string }) => `${f.kind}:${factKey(f)}`;
    const doc06 = k({ kind: 'document', code: '06-CT/TW' });
    const members49 = k({ kind: 'count', value: 49, unit: 'đảng viên' });
    expect(facts('nul-between-words')).toEqual(expect.arrayContaining([doc06, k({ kind: 'date', value: '2006-11-07' }), members49]));
    expect(facts('surrogates-hugging-facts')).toEqual(expect.arrayContaining([k({ kind: 'date', value: '2012' }), members49]));
    expect(facts('zero-width-joined-words')).toEqual(expect.arrayContaining([doc06]));
    expect(facts('eth-lookalikes')).toEqual(expect.arrayContaining([members49]));
    expect(facts('nfd-article')).toEqual(
      expect.arrayContaining([k({ kind: 'document', code: '03-CT/TW' }), k({ kind: 'award', name: 'Huân chương Lao động hạng Nhì' }), members49]),
    );
  });
});

describe('big generated inputs', () => {
  it.each(BIG)('%s: no throw, contract kept, under the time guard', (name, make) => {
    timed(name, make());
  }, 4 * GUARD_MS);
});

/**
 * The best time of `run` on a small and on a big input, measured in alternation after one
 * untimed warm-up run: best of three rounds, or two when a big run already takes seconds.
 * A ratio of two separately taken minimums failed once in CI (9× where ~5× is usual) when
 * another test file's work or a garbage collection fell on both big runs; alternating
 * spreads such a burst over both sizes.
 */
function bestPair<T>(small: T, big: T, run: (input: T) => unknown): [number, number] {
  const once = (input: T) => {
    const t0 = performance.now();
    run(input);
    return performance.now() - t0;
  };
  once(small);
  let [ms, ms4] = [Infinity, Infinity];
  for (let round = 0; round < 3; round++) {
    ms = Math.min(ms, once(small));
    ms4 = Math.min(ms4, once(big));
    if (round === 1 && ms4 > 3_000) break;
  }
  return [ms, ms4];
}

/**
 * Units that drive the suspicious patterns of part (c) (names, bodies, codes, dates, verbs,
 * number words). Fact-dense units that were superlinear through quadratic work in refine/
 * ('Chủ tịch UBND tỉnh Nguyễn Văn An, ', 'Nghệ sĩ Nhân dân: Thu Hiền, ' …) have their own
 * regression tests below, at the sizes where the old code failed.
 */
const LINEAR_UNITS = [
  'Chỉ thị số ', 'Nguyễn Văn ', 'ngày 1/1/2020 ', '(', '😀', '1/', 'hai ', 'một trăm ', 'Ủy ban ', 'Phó Bí thư Thường trực ', 'Ảnh: Thanh Huyền ',
  'UBND tỉnh đã vinh dự nhận ', 'Trung tâm công nghệ thông tin ', 'trên 95% ', '1.000.000 ', 'Ð\u200b', 'Nguyễn '.normalize('NFD'), 'Đảng\n',
];
const LINEAR_UNITS_CHARS = 60_000;

describe(`linearity: n and 4n copies of a unit (${LINEAR_UNITS_CHARS} and ${4 * LINEAR_UNITS_CHARS} units after a seed article)`, () => {
  it.each(LINEAR_UNITS.map((u) => [JSON.stringify(u), u] as const))(`%s: 4× the input, under ${MAX_RATIO}× the time`, (_label, unit) => {
    const n = Math.ceil(LINEAR_UNITS_CHARS / unit.length);
    const [ms, ms4] = bestPair(LEAD + '\n' + unit.repeat(n), LEAD + '\n' + unit.repeat(4 * n), analyzeChecked);
    // Below a few milliseconds the ratio is noise: compare against a 5 ms floor.
    const ratio = ms4 / Math.max(ms, 5);
    ratios.push({ unit, units: unit.length * n, ms, ms4, ratio });
    expect(ratio, `${JSON.stringify(unit)}: ${ms.toFixed(1)} ms → ${ms4.toFixed(1)} ms`).toBeLessThan(MAX_RATIO);
  }, 4 * GUARD_MS);
});

// The four superlinear regexes the audit found, fixed in ffe4408: each input took seconds
// to minutes before, and grows with the input size (or doubles with each repetition).
describe('regressions: the superlinear regexes stay linear', () => {
  const firstLine = 'Đảng bộ tỉnh có 49 đảng viên ưu tú. '; // on the same line as the run: title() reads it

  it.each(['1-', '1.', '1.000.'])("HOST_IN_LINE: one first line of %j repeated (was quadratic: 100,000 units of '1-' took ~8 s)", (unit) => {
    const n = Math.ceil(25_000 / unit.length);
    const [ms, ms4] = bestPair(firstLine + unit.repeat(n), firstLine + unit.repeat(4 * n), analyzeChecked);
    ratios.push({ unit: `first line: ${unit}`, units: unit.length * n, ms, ms4, ratio: ms4 / Math.max(ms, 5) });
    expect(ms4 / Math.max(ms, 5), `${ms.toFixed(1)} → ${ms4.toFixed(1)} ms`).toBeLessThan(MAX_RATIO);
    expect(ms4).toBeLessThan(2_000);
  });

  it("NUMBER: 20,000 number words in a row (was quadratic: 80,000 × 'hai ' took ~20 s)", () => {
    for (const unit of ['hai ', 'năm ', 'mười ']) {
      const t0 = performance.now();
      analyzeChecked(LEAD + unit.repeat(20_000));
      expect(performance.now() - t0, unit).toBeLessThan(2_000);
    }
  });

  it("SUBJECT_VERB: 'đã vinh dự ' × 36 between an office and an award (was exponential: ×28 took ~6 s, ×36 hours)", () => {
    const input = 'Năm 2012, Đảng bộ có 49 đảng viên. UBND tỉnh ' + 'đã vinh dự '.repeat(36) + 'x Bằng khen';
    const t0 = performance.now();
    expect(analyzeChecked(input).language.code).toBe('vie');
    expect(performance.now() - t0).toBeLessThan(1_000);
  });

  it('looksLikeHtml: a thousand comments without a page after them (was exponential: 30 comments took over a minute)', () => {
    const t0 = performance.now();
    expect(looksLikeHtml('<!--a-->'.repeat(1000) + 'Năm 2012, Đảng bộ có 49 đảng viên.')).toBe(false);
    expect(looksLikeHtml('<!--a-->'.repeat(30) + '<!--' + 'x'.repeat(100_000))).toBe(false);
    expect(performance.now() - t0).toBeLessThan(500);
    // … and it still knows a page after a BOM, white space and comments.
    expect(looksLikeHtml('\uFEFF \n<!-- saved -->\n<!-- by -->\n<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('<html lang="vi">')).toBe(true);
    expect(looksLikeHtml('<!-- a --> Năm 2012 <html>')).toBe(false);
  });
});

// Work quadratic in the number of facts: each refiner once scanned every candidate of
// another kind per candidate (refine/overlaps.ts, person-roles.ts, award-details.ts); fixed
// by looking candidates up by position (text/spans.ts). Dense texts of n and 8n copies:
// linear is ~8×, quadratic ~64×. Checked against the old code (0257f50): 12–41× at these
// sizes, where n → 4n gave only 5–9× (too close to the 10× limit to call).
const DENSE_FACTOR = 8;
const DENSE_MAX_RATIO = 20;

describe('regressions: the refiners stay linear on fact-dense text', () => {
  it.each([
    ["one line of 'Năm 2012, Đảng bộ có 49 đảng viên ưu tú. ' (counts × dates)", 'Năm 2012, Đảng bộ có 49 đảng viên ưu tú. ', 250_000, ''],
    ["'Chủ tịch UBND tỉnh Nguyễn Văn An, ' (persons × offices, roles)", 'Chủ tịch UBND tỉnh Nguyễn Văn An, ', 75_000, LEAD + '\n'],
    ["'Bằng khen UBND tỉnh, ' (awards × offices, recipients and years)", 'Bằng khen UBND tỉnh, ', 75_000, LEAD + '\n'],
    ["'Nghệ sĩ Nhân dân: Thu Hiền, ' (persons × awards)", 'Nghệ sĩ Nhân dân: Thu Hiền, ', 150_000, LEAD + '\n'],
  ])(`%s: ${DENSE_FACTOR}× the input, under ${DENSE_MAX_RATIO}× the time`, (_name, unit, chars, prefix) => {
    const k = Math.ceil(chars / unit.length);
    // Each input built once: the timing is analyze()'s alone.
    const small = prefix + unit.repeat(k);
    const big = prefix + unit.repeat(DENSE_FACTOR * k);
    const [ms, ms8] = bestPair(small, big, analyze);
    const ratio = ms8 / Math.max(ms, 5);
    ratios.push({ unit: `dense ×${DENSE_FACTOR}: ${unit}`, units: unit.length * k, ms, ms4: ms8, ratio });
    expect(ratio, `×${k}: ${ms.toFixed(0)} ms → ×${DENSE_FACTOR * k}: ${ms8.toFixed(0)} ms`).toBeLessThan(DENSE_MAX_RATIO);
  }, 4 * GUARD_MS);

  it('a 5 MB article without line breaks costs about 4× a 1.25 MB one, not 16× (it once ran at 0.8 MB/s)', () => {
    // Starting one character in: not a copy of the 5 MB input of 'big generated inputs' above.
    const small = NO_BREAKS.repeat(Math.ceil(1.25e6 / NO_BREAKS.length) + 1).slice(1, 1.25e6 + 1);
    const big = NO_BREAKS.repeat(Math.ceil(5e6 / NO_BREAKS.length) + 1).slice(1, 5e6 + 1);
    // Best of alternating runs (one run of 5 MB swings with the garbage collector), and a
    // limit halfway (in ratio) between linear (4×) and quadratic (16×).
    const [ms, ms4] = bestPair(small, big, analyze);
    expect(ms4 / ms, `1.25 MB ${ms.toFixed(0)} ms → 5 MB ${ms4.toFixed(0)} ms`).toBeLessThan(8);
  }, 4 * GUARD_MS);

  it('analyzing the same long text again costs about the same (no state kept from the last text)', () => {
    // At 0c76b60 the word index of the previous text was reused across analyze() calls, and a
    // second run of the same 1.25 MB text took 3–15× the first.
    const text = NO_BREAKS.repeat(Math.ceil(1.25e6 / NO_BREAKS.length) + 2).slice(2, 1.25e6 + 2);
    const time = (t: string) => {
      const t0 = performance.now();
      analyze(t);
      return performance.now() - t0;
    };
    const first = time(text);
    const again = Math.min(time(text), time(text));
    // Two fresh equal copies, the better of them: one run alone can catch a burst of other work.
    const copy = Math.min(time((' ' + text).slice(1)), time(('  ' + text).slice(2)));
    expect(again / first, `first ${first.toFixed(0)} ms, again ${again.toFixed(0)} ms`).toBeLessThan(2);
    expect(copy / first, `first ${first.toFixed(0)} ms, an equal copy ${copy.toFixed(0)} ms`).toBeLessThan(2);
  }, 4 * GUARD_MS);
});

// createView (text/normalize.ts) once recomposed only some marks: Hangul jamo and the two-part
// vowel signs of Bengali, Tamil … stayed decomposed in the view of NFD input, so the language
// check counted more letters and the language (and every fact) flipped.
describe('regressions: NFC and NFD spellings of other scripts give the same language and facts', () => {
  const base = 'Năm 2012, Đảng bộ có 49 đảng viên. ';
  const sig = (t: string) => {
    const a = analyzeChecked(t);
    return { language: a.language.code, facts: a.facts.map((f) => `${f.kind}:${factKey(f)}`).sort() };
  };
  it.each([
    ['Hangul syllables', '한'.repeat(23)],
    ['Bengali two-part vowel signs (ো)', '\u09cb'.repeat(35)],
    ['Tamil two-part vowel signs (ொ)', '\u0bca'.repeat(35)],
  ])('%s after a Vietnamese sentence', (_name, tail) => {
    const t = base + tail;
    expect(sig(t.normalize('NFD'))).toEqual(sig(t.normalize('NFC')));
  });
});

describe('regressions: caller options are checked, not passed through', () => {
  const T = 'Năm 2012, Đảng bộ có 49 đảng viên.';

  it("options.published that is no date ('2020-13-45T99:99') does not become article.published", () => {
    expect(analyzeChecked(T, { published: '2020-13-45T99:99' }).article.published).toBeUndefined();
  });

  it("a blank options.title counts as none: the title is read from the text as without it, never ''", () => {
    // (First written as "no title at all"; the fix, 95438a4, treats a blank title as
    // no title given, so the text's own first line is the title, as it is without options.)
    for (const title of ['', '   ', '\n\t\u00a0']) {
      expect(analyzeChecked(T, { title }).article).toEqual(analyze(T).article);
      expect(analyze('Hello world, this is an English sentence about the weather.', { title }).article).not.toHaveProperty('title');
    }
  });
});

// analyzer/html: linkedom's parser, Readability and the search for the printed headline,
// dateline, byline and captions each took time with the square of the nesting depth
// (100,000 nested divs: ~100 s in the CLI). Now: a page is refused before parsing beyond
// MAX_NESTING levels; below that, Readability runs up to MAX_DEPTH only, and the searches
// judge each element once (furniture, innermost candidates), so time grows with the page.
describe('regressions: HTML extraction is linear in the nesting depth', () => {
  const PARA = 'Thứ hai, 27/08/2012. Năm 2012, Đảng bộ có 49 đảng viên ưu tú.';
  const page = (n: number) => '<!DOCTYPE html><html><body>' + '<div>'.repeat(n) + `<p>${PARA}</p>` + '</div>'.repeat(n) + '</body></html>';

  it(`a saved page nested 2,400 → 9,600 deep (under MAX_NESTING = ${MAX_NESTING}): 4× the depth, under 8× the time, the text kept`, () => {
    const [small, big] = [page(2_400), page(9_600)];
    const [ms, ms4] = bestPair(small, big, extractFromHtml);
    expect(ms4 / Math.max(ms, 5), `2,400 deep ${ms.toFixed(0)} ms → 9,600 deep ${ms4.toFixed(0)} ms`).toBeLessThan(8);
    expect(extractFromHtml(big)).toMatchObject({ method: 'body', text: PARA });
  });

  it('a saved page nested deeper than MAX_NESTING (40,000 and 100,000 levels): a PageError saying so, at once', () => {
    for (const n of [MAX_NESTING + 1, 40_000, 100_000]) {
      const html = page(n);
      const t0 = performance.now();
      expect(() => extractFromHtml(html)).toThrow(new PageError('HTML nested more than 10,000 elements deep'));
      expect(performance.now() - t0, `${n} deep`).toBeLessThan(1_000);
    }
  });

  it('nestingDepth gives the depth of the tree the parser builds (void elements, implied closes, self-closing tags in SVG only, raw text), in one pass', () => {
    const treeDepth = (doc: Document) => {
      let max = 0;
      const stack: [Element, number][] = [[doc.documentElement, 1]];
      while (stack.length) {
        const [e, d] = stack.pop()!;
        max = Math.max(max, d);
        for (let c = e.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
      }
      return max;
    };
    const pages = readdirSync(join(ROOT, 'fixtures', 'pages')).filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(ROOT, 'fixtures', 'pages', f), 'utf8'));
    const cases = [
      ...pages,
      ...[
        '<div>'.repeat(50), '<div/>'.repeat(50), '<svg>' + '<g/>'.repeat(50) + '</svg><div>', '<p>'.repeat(50) + '<li>'.repeat(50) + '<br>'.repeat(50), '<p><li>'.repeat(50),
        '<ul><li>'.repeat(30), '<table><tr><td>'.repeat(30), '<b><i>'.repeat(30) + '</b>'.repeat(30), '<span>'.repeat(40) + '</div>'.repeat(40), '<a href=x/>'.repeat(30),
        '<script>' + '<div>'.repeat(50) + '</SCRIPT >' + '<!--' + '<div>'.repeat(50) + '-->' + '<div title="<div>">', '<textarea><div><div></textarea><div>',
      ].map((h) => `<!DOCTYPE html><html><head></head><body>${h}</body></html>`),
    ];
    for (const html of cases) expect(nestingDepth(html), html.slice(0, 80)).toBe(treeDepth(parseHtml(html)));
    // Linear: a million open tags are counted in well under a second (and it stops at the limit).
    const t0 = performance.now();
    expect(nestingDepth('<div>'.repeat(1_000_000))).toBe(1_000_000);
    expect(nestingDepth('<div>'.repeat(1_000_000), 10)).toBe(11);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  it('a live page (the extension: a DOM of any depth, no parser) nested 10,000 → 40,000 deep: under 8× the time, its text kept', () => {
    const deepDom = (n: number) => {
      const doc = parseHtml('<!DOCTYPE html><html><head><title>Tiêu đề</title></head><body></body></html>');
      let at: Element = doc.body;
      for (let i = 0; i < n; i++) {
        const e = doc.createElement(i % 3 ? 'div' : 'span');
        if (i % 7 === 0) e.setAttribute('class', 'date title caption author');
        at.appendChild(e);
        at = e;
      }
      const p = doc.createElement('p');
      p.textContent = PARA;
      at.appendChild(p);
      return doc;
    };
    const small = deepDom(10_000);
    const big = deepDom(40_000);
    const [ms, ms4] = bestPair(small, big, extractArticle);
    expect(ms4 / Math.max(ms, 5), `10,000 deep ${ms.toFixed(0)} ms → 40,000 deep ${ms4.toFixed(0)} ms`).toBeLessThan(8);
    expect(extractArticle(big)).toMatchObject({ method: 'body', text: `Tiêu đề\n${PARA}` });
  });

  it('many short dated elements side by side (2,500 → 10,000): under 8× the time (innermost() compared every pair)', () => {
    const body = `<p>${'Nội dung bài viết. '.repeat(30)}</p>`;
    const wide = (k: number) =>
      `<html><head><title>Tiêu đề bài</title></head><body><article><h1>Tiêu đề bài</h1>${body}${'<p><span class="date">1/1/2020</span> văn bản</p>'.repeat(k)}</article></body></html>`;
    const [small, big] = [wide(2_500), wide(10_000)];
    const [ms, ms4] = bestPair(small, big, extractFromHtml);
    expect(ms4 / Math.max(ms, 5), `2,500 ${ms.toFixed(0)} ms → 10,000 ${ms4.toFixed(0)} ms`).toBeLessThan(8);
  }, 4 * GUARD_MS);
});

afterAll(() => {
  const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 8);
  const lines = [
    `generated inputs run: ${generated}`,
    'slowest hostile inputs:',
    ...slowest.map((t) => `  ${t.ms.toFixed(0).padStart(7)} ms  ${String(t.units).padStart(8)} units  ${t.name}`),
    'linearity (n → 4n):',
    ...ratios.map((r) => `  ${r.ratio.toFixed(2).padStart(6)}×  ${r.ms.toFixed(1).padStart(7)} → ${r.ms4.toFixed(1).padStart(8)} ms  ${JSON.stringify(r.unit)}`),
  ];
  console.log(lines.join('\n'));
});

// ------------------------------------------------------------------ (c) regex audit

interface RegexSource {
  file: string;
  name: string;
  pattern: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The pattern text of a literal, with `${expr}` left in place of interpolations. */
function patternOf(node: ts.Node, sf: ts.SourceFile): string | undefined {
  if (ts.isRegularExpressionLiteral(node)) return node.text.slice(1, node.text.lastIndexOf('/'));
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    let s = node.head.text;
    for (const span of node.templateSpans) s += '${' + span.expression.getText(sf) + '}' + span.literal.text;
    return s;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const l = patternOf(node.left, sf);
    const r = patternOf(node.right, sf);
    if (l === undefined && r === undefined) return undefined;
    return (l ?? '${' + node.left.getText(sf) + '}') + (r ?? '${' + node.right.getText(sf) + '}');
  }
  if (ts.isParenthesizedExpression(node)) return patternOf(node.expression, sf);
  // String.raw`…`: a regex source written as it would be in a literal (narrowable(String.raw`…`, 'u'))
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText(sf) === 'String.raw' && ts.isNoSubstitutionTemplateLiteral(node.template)) return node.template.rawText ?? node.template.text;
  return undefined;
}

/**
 * Every regex of analyzer/**: literals, the first argument of RegExp / rx / sticky / narrowable,
 * regexHere templates, and
 * UPPER_CASE string constants that are regex fragments ('(?:', '\\p{', '\\d' …).
 */
function regexSources(): RegexSource[] {
  const out: RegexSource[] = [];
  for (const path of tsFiles(join(ROOT, 'analyzer'))) {
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const file = relative(ROOT, path);
    const nameOf = (n: ts.Node) => {
      for (let p: ts.Node | undefined = n; p; p = p.parent) if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) return p.name.text;
      return '(inline)';
    };
    const visit = (n: ts.Node) => {
      let pattern: string | undefined;
      if (ts.isRegularExpressionLiteral(n)) pattern = patternOf(n, sf);
      else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && n.arguments?.length && ['RegExp', 'rx', 'sticky', 'narrowable'].includes(n.expression.getText(sf))) {
        pattern = patternOf(n.arguments[0], sf);
      } else if (ts.isTaggedTemplateExpression(n) && n.tag.getText(sf).startsWith('regexHere.') && ts.isNoSubstitutionTemplateLiteral(n.template)) {
        pattern = n.template.rawText ?? n.template.text; // regexHere.u`…` (text/narrow.ts)
      } else if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && /^[A-Z][A-Z0-9_]*$/.test(n.name.text) && n.initializer && !ts.isRegularExpressionLiteral(n.initializer)) {
        const p = patternOf(n.initializer, sf);
        if (p !== undefined && /\(\?|\\[pdsw]|[+*]\)|\][*+]/.test(p)) pattern = p;
      }
      if (pattern !== undefined) out.push({ file, name: nameOf(n), pattern });
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

/**
 * Repeated groups that can backtrack badly: a group under a repeating quantifier (max > 1)
 * whose body holds a quantifier or an interpolated fragment (which may hold one), and any
 * alternation under an unbounded quantifier. Returns the groups with their quantifier.
 */
function suspiciousGroups(p: string): string[] {
  type Group = { start: number; quantified: boolean; opaque: boolean; alternation: boolean };
  const stack: Group[] = [{ start: 0, quantified: false, opaque: false, alternation: false }];
  const hits: string[] = [];
  const quantifierAt = (i: number): { len: number; max: number } | undefined => {
    const c = p[i];
    if (c === '+' || c === '*') return { len: p[i + 1] === '?' ? 2 : 1, max: Infinity };
    if (c === '?') return { len: p[i + 1] === '?' ? 2 : 1, max: 1 };
    const m = /^\{(\d+)(,(\d*))?\}\??/.exec(p.slice(i));
    if (m) return { len: m[0].length, max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1]) };
    return undefined;
  };
  let i = 0;
  while (i < p.length) {
    const c = p[i];
    const top = stack[stack.length - 1];
    if (c === '\\') i = p[i + 1] === 'p' || p[i + 1] === 'P' ? p.indexOf('}', i) + 1 || i + 2 : i + 2;
    else if (c === '[') {
      i++;
      if (p[i] === '^') i++;
      if (p[i] === ']') i++;
      while (i < p.length && p[i] !== ']') i += p[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '$' && p[i + 1] === '{') {
      let depth = 0;
      let j = i + 1;
      for (; j < p.length; j++) {
        if (p[j] === '{') depth++;
        else if (p[j] === '}' && --depth === 0) break;
      }
      top.opaque = true;
      i = j + 1;
    } else if (c === '|') {
      top.alternation = true;
      i++;
      continue;
    } else if (c === '(') {
      stack.push({ start: i, quantified: false, opaque: false, alternation: false });
      i++;
      continue;
    } else if (c === ')') {
      i++;
      if (stack.length === 1) continue; // a fragment's unbalanced ')'
      const g = stack.pop()!;
      const q = quantifierAt(i);
      if (q && q.max > 1 && (g.quantified || g.opaque || (g.alternation && q.max === Infinity))) hits.push(p.slice(g.start, i + q.len));
      const parent = stack[stack.length - 1];
      parent.quantified ||= g.quantified || (q !== undefined && q.max > 1);
      parent.opaque ||= g.opaque;
      if (q) i += q.len;
      continue;
    } else i++;
    const q = quantifierAt(i);
    if (q) {
      if (q.max > 1) stack[stack.length - 1].quantified = true;
      i += q.len;
    }
  }
  return hits;
}

interface AuditEntry {
  file: string;
  name: string;
  group: string;
  verdict: string;
}

describe('regex audit (fixtures/hostile/regex-audit.json)', () => {
  const AUDIT: { entries: AuditEntry[] } = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'hostile', 'regex-audit.json'), 'utf8'));
  const key = (e: { file: string; name: string; group: string }) => `${e.file} ${e.name} ${e.group}`;

  it('the scanner sees the known shapes', () => {
    expect(suspiciousGroups('(?:[a-z0-9-]+\\.)+x')).toEqual(['(?:[a-z0-9-]+\\.)+']);
    expect(suspiciousGroups('^(?:đã +|đã vinh dự +)*x')).toEqual(['(?:đã +|đã vinh dự +)*']);
    expect(suspiciousGroups('(?: +${WORD}){1,3}')).toEqual(['(?: +${WORD}){1,3}']);
    expect(suspiciousGroups('(?:a|b)+')).toEqual(['(?:a|b)+']);
    expect(suspiciousGroups('[(+*)]+\\(x+\\)*(?:ab)+(a)?')).toEqual([]);
  });

  it('every nested or ambiguous repeated group in analyzer/** has been reviewed, and no review is stale', () => {
    const sources = regexSources();
    expect(sources.length).toBeGreaterThan(150);
    const found = new Map<string, { file: string; name: string; group: string }>();
    for (const s of sources) for (const group of suspiciousGroups(s.pattern)) found.set(key({ ...s, group }), { file: s.file, name: s.name, group });
    const reviewed = new Set(AUDIT.entries.map(key));
    const unreviewed = [...found.keys()].filter((k) => !reviewed.has(k));
    const stale = [...reviewed].filter((k) => !found.has(k));
    expect(unreviewed, 'new repeated groups with quantifiers inside: check them for backtracking and add a verdict to fixtures/hostile/regex-audit.json').toEqual([]);
    expect(stale, 'reviewed groups no longer in the source: drop them from fixtures/hostile/regex-audit.json').toEqual([]);
    // A superlinear group is a bug to fix, not an entry to allow.
    for (const e of AUDIT.entries) expect(e.verdict, key(e)).toMatch(/^(?:linear|bounded)\b/);
  });
});
