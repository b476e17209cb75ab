// The scorer of FACTS.md 'Scoring'. Pure: gold + predictions + texts in, a report out.
//
// Matching is by key, not by span: within one article and one kind, a predicted fact
// matches the gold fact with the same factKey. Each side is a set of keys (a key
// predicted twice counts once, the first occurrence stands for it). Counts are summed
// over articles (micro-average). Spans are judged separately, on the matched pairs.
import { FACT_KINDS } from '../contract.ts';
import type { Analysis, FactKind } from '../contract.ts';
import { factKey, fold } from '../text/fold.ts';
import type { GoldFile } from './gold.ts';

export interface EvalItem {
  /** Name the report uses for the article (the gold file's `file`). */
  file: string;
  gold: Pick<GoldFile, 'article' | 'facts'>;
  predicted: Analysis;
  /** The text analyze() was given: predicted offsets index it. */
  text: string;
}

/** Attributes compared on matched pairs, by the kind that carries them. */
export const KIND_ATTRIBUTES = {
  document: ['issued', 'issuer'],
  date: [],
  count: ['approx', 'subject', 'asOf'],
  award: ['recipient', 'year'],
  office: ['level', 'province'],
  person: ['role'],
} as const satisfies Record<FactKind, readonly string[]>;
export const ATTRIBUTES = ['issued', 'issuer', 'approx', 'recipient', 'province', 'role', 'level', 'year', 'subject', 'asOf'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];
/**
 * Attributes scored only where the gold states them (Bantin's count figures, annotated from
 * genre batch 17 on): a gold count with `"subject": null` says it has none; a gold count without
 * the key was not annotated for it, and a prediction there is neither right nor wrong.
 */
const STATED_ONLY: ReadonlySet<Attribute> = new Set(['subject', 'asOf']);

/** Article fields scored right or wrong (url comes from the caller, not the text). */
export const SCORED_ARTICLE_FIELDS = ['title', 'published', 'source', 'byline', 'province'] as const;
export type ScoredArticleField = (typeof SCORED_ARTICLE_FIELDS)[number];

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  /** tp / (tp + fp); 0 when nothing was predicted. */
  precision: number;
  /** tp / (tp + fn); 0 when there is no gold. */
  recall: number;
  f1: number;
}

export interface KindScore extends PRF {
  kind: FactKind;
  /** Distinct gold facts (tp + fn). */
  gold: number;
  /** Distinct predicted facts (tp + fp). */
  predicted: number;
  /** Predicted facts dropped because an earlier one had the same key. */
  duplicates: number;
}

export interface Accuracy {
  correct: number;
  total: number;
  /** correct / total; null when nothing was compared. */
  accuracy: number | null;
}

export interface FactRef {
  file: string;
  kind: string;
  key: string;
  text: string;
  start?: number;
  end?: number;
}

export interface AttributeMismatch {
  file: string;
  kind: FactKind;
  key: string;
  attribute: Attribute;
  gold?: unknown;
  predicted?: unknown;
}

export interface ArticleFieldMismatch {
  file: string;
  field: ScoredArticleField;
  gold?: string;
  predicted?: string;
}

export interface OffsetError extends FactRef {
  /** What input.slice(start, end) really is; null when start/end are not valid offsets. */
  slice: string | null;
}

export interface SpanAgreement {
  /** Same start and end as gold. */
  exact: number;
  /** Overlapping but not the same. */
  overlap: number;
  /** No common character (or invalid predicted offsets). */
  disjoint: number;
  /** Matched pairs whose gold fact has no offsets: not judged. */
  noGoldOffsets: number;
}

export interface EvalReport {
  articles: number;
  kinds: KindScore[];
  micro: PRF;
  /** Mean F1 over the kinds that have gold or predicted facts. */
  macroF1: number;
  attributes: Record<Attribute, Accuracy>;
  attributesOverall: Accuracy;
  articleFields: Record<ScoredArticleField, Accuracy>;
  articleFieldsOverall: Accuracy;
  offsetErrors: OffsetError[];
  spans: SpanAgreement;
  misses: FactRef[];
  falseAlarms: FactRef[];
  wrongAttributes: AttributeMismatch[];
  wrongArticleFields: ArticleFieldMismatch[];
}

type LooseFact = { kind: string; text?: unknown; start?: unknown; end?: unknown } & Record<string, unknown>;

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

const accuracy = (correct: number, total: number): Accuracy => ({ correct, total, accuracy: total ? correct / total : null });

/** Missing means absent, null or the empty string: such a field is not stated. */
const present = (v: unknown) => v !== undefined && v !== null && v !== '';

const hasSpan = (f: LooseFact): f is LooseFact & { start: number; end: number } =>
  Number.isInteger(f.start) && Number.isInteger(f.end);

function ref(file: string, f: LooseFact, key: string): FactRef {
  const r: FactRef = { file, kind: f.kind, key, text: String(f.text ?? '') };
  if (hasSpan(f)) Object.assign(r, { start: f.start, end: f.end });
  return r;
}

/** Facts of one kind by key, first occurrence first; `dropped` counts later repeats. */
function byKey(facts: LooseFact[], kind: FactKind): { map: Map<string, LooseFact>; dropped: number } {
  const map = new Map<string, LooseFact>();
  let dropped = 0;
  for (const f of facts) {
    if (f.kind !== kind) continue;
    const k = factKey(f);
    if (map.has(k)) dropped++;
    else map.set(k, f);
  }
  return { map, dropped };
}

/** The offset error of a predicted fact, or null when text === input.slice(start, end). */
export function offsetError(file: string, f: LooseFact, input: string): OffsetError | null {
  const valid = hasSpan(f) && f.start >= 0 && f.start <= f.end && f.end <= input.length;
  const slice = valid ? input.slice(f.start, f.end) : null;
  if (slice !== null && slice === f.text) return null;
  return { ...ref(file, f, factKey(f)), slice };
}

function spanRelation(gold: LooseFact, pred: LooseFact): keyof SpanAgreement {
  if (!hasSpan(gold)) return 'noGoldOffsets';
  if (!hasSpan(pred)) return 'disjoint';
  if (gold.start === pred.start && gold.end === pred.end) return 'exact';
  return pred.start < gold.end && gold.start < pred.end ? 'overlap' : 'disjoint';
}

export function score(items: EvalItem[]): EvalReport {
  const counts = Object.fromEntries(FACT_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0, duplicates: 0 }])) as Record<
    FactKind,
    { tp: number; fp: number; fn: number; duplicates: number }
  >;
  const attr = Object.fromEntries(ATTRIBUTES.map((a) => [a, { correct: 0, total: 0 }])) as Record<Attribute, { correct: number; total: number }>;
  const field = Object.fromEntries(SCORED_ARTICLE_FIELDS.map((a) => [a, { correct: 0, total: 0 }])) as Record<
    ScoredArticleField,
    { correct: number; total: number }
  >;
  const spans: SpanAgreement = { exact: 0, overlap: 0, disjoint: 0, noGoldOffsets: 0 };
  const misses: FactRef[] = [];
  const falseAlarms: FactRef[] = [];
  const wrongAttributes: AttributeMismatch[] = [];
  const wrongArticleFields: ArticleFieldMismatch[] = [];
  const offsetErrors: OffsetError[] = [];

  for (const { file, gold, predicted, text } of items) {
    const goldFacts = gold.facts as unknown as LooseFact[];
    const predFacts = (predicted.facts ?? []) as unknown as LooseFact[];

    for (const f of predFacts) {
      const e = offsetError(file, f, text);
      if (e) offsetErrors.push(e);
    }

    for (const kind of FACT_KINDS) {
      const g = byKey(goldFacts, kind).map;
      const { map: p, dropped } = byKey(predFacts, kind);
      const c = counts[kind];
      c.duplicates += dropped;
      for (const [key, gf] of g) {
        const pf = p.get(key);
        if (!pf) {
          c.fn++;
          misses.push(ref(file, gf, key));
          continue;
        }
        c.tp++;
        spans[spanRelation(gf, pf)]++;
        for (const a of KIND_ATTRIBUTES[kind] as readonly Attribute[]) {
          if (STATED_ONLY.has(a)) {
            if (!(a in gf)) continue;
            attr[a].total++;
            if (present(gf[a]) ? present(pf[a]) && fold(gf[a]) === fold(pf[a]) : !present(pf[a])) attr[a].correct++;
            else wrongAttributes.push({ file, kind, key, attribute: a, gold: gf[a], predicted: pf[a] });
            continue;
          }
          if (!present(gf[a]) && !present(pf[a])) continue;
          attr[a].total++;
          if (present(gf[a]) && present(pf[a]) && fold(gf[a]) === fold(pf[a])) attr[a].correct++;
          else wrongAttributes.push({ file, kind, key, attribute: a, gold: gf[a], predicted: pf[a] });
        }
      }
      for (const [key, pf] of p) {
        if (g.has(key)) continue;
        c.fp++;
        falseAlarms.push(ref(file, pf, key));
      }
    }

    const ga = gold.article ?? {};
    const pa = predicted.article ?? {};
    for (const name of SCORED_ARTICLE_FIELDS) {
      const gv = ga[name];
      const pv = pa[name];
      if (!present(gv) && !present(pv)) continue;
      field[name].total++;
      // published is an ISO string: no folding, '2012-02-17' ≠ '2012-02-17T00:00'.
      const same = present(gv) && present(pv) && (name === 'published' ? gv === pv : fold(gv) === fold(pv));
      if (same) field[name].correct++;
      else wrongArticleFields.push({ file, field: name, gold: gv, predicted: pv });
    }
  }

  const kinds: KindScore[] = FACT_KINDS.map((kind) => {
    const { tp, fp, fn, duplicates } = counts[kind];
    return { kind, gold: tp + fn, predicted: tp + fp, duplicates, ...prf(tp, fp, fn) };
  });
  const sum = (k: 'tp' | 'fp' | 'fn') => kinds.reduce((s, x) => s + x[k], 0);
  const scored = kinds.filter((k) => k.gold + k.predicted > 0);
  const total = (r: Record<string, { correct: number; total: number }>) =>
    Object.values(r).reduce((s, x) => ({ correct: s.correct + x.correct, total: s.total + x.total }), { correct: 0, total: 0 });
  const attrTotal = total(attr);
  const fieldTotal = total(field);

  return {
    articles: items.length,
    kinds,
    micro: prf(sum('tp'), sum('fp'), sum('fn')),
    macroF1: scored.length ? scored.reduce((s, k) => s + k.f1, 0) / scored.length : 0,
    attributes: Object.fromEntries(ATTRIBUTES.map((a) => [a, accuracy(attr[a].correct, attr[a].total)])) as Record<Attribute, Accuracy>,
    attributesOverall: accuracy(attrTotal.correct, attrTotal.total),
    articleFields: Object.fromEntries(SCORED_ARTICLE_FIELDS.map((a) => [a, accuracy(field[a].correct, field[a].total)])) as Record<
      ScoredArticleField,
      Accuracy
    >,
    articleFieldsOverall: accuracy(fieldTotal.correct, fieldTotal.total),
    offsetErrors,
    spans,
    misses,
    falseAlarms,
    wrongAttributes,
    wrongArticleFields,
  };
}
