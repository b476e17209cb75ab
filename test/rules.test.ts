// Per-rule corpus, in the spirit of Duckling: short must-match and must-not-match examples
// for every fact kind, in fixtures/rules/<kind>.json. Expected values come from the contract
// (fixtures/FACTS.md) and the annotation rules (fixtures/gold/DECISIONS.md), never from what
// analyze() happens to return.
//
// Fact files (document, date, count, award, office, person): an array of
//   { text, facts: [partial fact], only: boolean, note }
//   - every expected partial fact must be present among the facts of that kind; each field
//     listed is compared exactly (canonical strings, numbers); a field set to `null` must be
//     absent from the fact (e.g. `"grantor": null` for 'Cờ thi đua của tỉnh');
//   - `only: true` → no other facts of that kind (with `facts: []`: a must-not-match case);
//   - for every fact of every kind, input.slice(start, end) === text.
// article.json: an array of { text, options?: {url, title}, article: {partial}, note }, the
// partial article compared field by field (`null` → the field must be absent).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/index.ts';
import type { AnalyzeOptions, Fact, FactKind } from '../analyzer/contract.ts';
import { ARTICLE_FIELDS, FACT_KINDS } from '../analyzer/contract.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'rules');

type Partial = Record<string, unknown> & { kind: FactKind };

interface FactCase {
  text: string;
  facts: Partial[];
  only: boolean;
  note: string;
}

interface ArticleCase {
  text: string;
  options?: AnalyzeOptions;
  article: Record<string, string | null>;
  note: string;
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

function load<T>(file: string): T[] {
  return JSON.parse(readFileSync(join(DIR, file), 'utf8')) as T[];
}

/** A one-line test name: newlines shown as ⏎. */
function label(kind: string, text: string): string {
  return `${kind}: ${text.replace(/\r?\n/g, ' ⏎ ')}`;
}

/** Does `fact` agree with every field of `expected`? `null` means the field must be absent. */
function agrees(fact: Record<string, unknown>, expected: Record<string, unknown>): boolean {
  return Object.entries(expected).every(([k, v]) => (v === null ? fact[k] === undefined : fact[k] === v));
}

/** The fact without offsets, for readable failure output. */
function brief(f: Fact): Record<string, unknown> {
  const { start: _s, end: _e, ...rest } = f;
  return rest;
}

function checkOffsets(input: string, facts: Fact[]) {
  const bad = facts.filter(
    (f) =>
      !Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end > input.length ||
      f.start >= f.end || input.slice(f.start, f.end) !== f.text,
  );
  expect(bad, 'facts whose text is not input.slice(start, end)').toEqual([]);
}

describe('fixtures/rules', () => {
  it('has one well-formed file per fact kind and one for the article', () => {
    expect(files).toEqual([...FACT_KINDS.map((k) => `${k}.json`), 'article.json'].sort());
    for (const file of files) {
      const kind = basename(file, '.json');
      const cases = load<FactCase & ArticleCase>(file);
      expect(cases.length, file).toBeGreaterThan(0);
      const texts = new Set<string>();
      for (const c of cases) {
        expect(typeof c.text, `${file}: text`).toBe('string');
        expect(texts.has(c.text), `${file}: duplicate case ${c.text}`).toBe(false);
        texts.add(c.text);
        expect(typeof c.note === 'string' && c.note.length > 0, `${file}: note of ${c.text}`).toBe(true);
        if (kind === 'article') {
          expect(Object.keys(c.article).every((k) => (ARTICLE_FIELDS as readonly string[]).includes(k)), c.text).toBe(true);
        } else {
          expect(typeof c.only, `${file}: only of ${c.text}`).toBe('boolean');
          expect(Array.isArray(c.facts), `${file}: facts of ${c.text}`).toBe(true);
          for (const f of c.facts) expect(f.kind, `${file}: ${c.text}`).toBe(kind);
          if (c.facts.length === 0) expect(c.only, `${file}: a must-not-match case needs only: true`).toBe(true);
        }
      }
    }
  });
});

for (const file of files) {
  const kind = basename(file, '.json');
  if (kind === 'article') continue;
  const cases = load<FactCase>(file);
  describe(`rules: ${kind}`, () => {
    for (const c of cases) {
      it(label(kind, c.text), () => {
        const analysis = analyze(c.text);
        checkOffsets(c.text, analysis.facts);
        const got = analysis.facts.filter((f) => f.kind === kind);
        const missing = c.facts.filter((e) => !got.some((f) => agrees(f as unknown as Record<string, unknown>, e)));
        const extra = c.only
          ? got.filter((f) => !c.facts.some((e) => agrees(f as unknown as Record<string, unknown>, e)))
          : [];
        expect(
          { missing, extra: extra.map(brief) },
          `${c.note}\nlanguage ${analysis.language.code}; got ${JSON.stringify(got.map(brief))}`,
        ).toEqual({ missing: [], extra: [] });
      });
    }
  });
}

describe('rules: article', () => {
  for (const c of load<ArticleCase>('article.json')) {
    it(label('article', c.text), () => {
      const analysis = analyze(c.text, c.options ?? {});
      checkOffsets(c.text, analysis.facts);
      const got = analysis.article as Record<string, unknown>;
      const wrong = Object.entries(c.article)
        .filter(([k, v]) => (v === null ? got[k] !== undefined : got[k] !== v))
        .map(([k, v]) => ({ field: k, expected: v, got: got[k] }));
      expect(wrong, `${c.note}\ngot ${JSON.stringify(got)}`).toEqual([]);
    });
  }
});
