// Gold files (FACTS.md 'Gold files'): their type and the structural checks the scorer
// needs. The full validator (canonical forms, ISO values, offsets) is check.py; this
// only refuses what would make scoring meaningless or crash.
import { ARTICLE_FIELDS, FACT_KINDS } from '../contract.ts';
import type { Article, Fact, FactBase } from '../contract.ts';

/** A fact as a gold file states it: offsets are optional. */
type WithOptionalSpan<T> = T extends FactBase ? Omit<T, 'start' | 'end'> & { start?: number; end?: number } : never;
export type GoldFact = WithOptionalSpan<Fact>;

export interface GoldFile {
  /** The seed text's file name, relative to the text folder. */
  file: string;
  article: Article;
  facts: GoldFact[];
}

/** Fields a gold fact of each kind must have (check.py REQUIRED, plus text). */
const REQUIRED: Record<string, readonly string[]> = {
  document: ['type', 'number'],
  date: ['value'],
  count: ['value', 'unit'],
  award: ['name'],
  office: ['name'],
  person: ['name'],
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Problems that stop a parsed gold file from being scored; empty when it can be. */
export function goldProblems(g: unknown): string[] {
  if (!isObject(g)) return ['top level must be an object'];
  const problems: string[] = [];
  for (const k of ['file', 'article', 'facts']) if (!(k in g)) problems.push(`missing top-level field '${k}'`);
  if (problems.length) return problems;
  if (typeof g.file !== 'string' || !g.file || /[\\/]/.test(g.file)) problems.push(`'file' must be a bare file name`);
  if (!isObject(g.article)) problems.push(`'article' must be an object`);
  else {
    for (const [k, v] of Object.entries(g.article)) {
      if (!(ARTICLE_FIELDS as readonly string[]).includes(k)) problems.push(`article field '${k}' not allowed`);
      else if (typeof v !== 'string') problems.push(`article.${k} must be a string`);
    }
  }
  if (!Array.isArray(g.facts)) return [...problems, `'facts' must be a list`];
  g.facts.forEach((f, i) => {
    if (!isObject(f)) return problems.push(`fact ${i}: not an object`);
    if (!(FACT_KINDS as readonly unknown[]).includes(f.kind)) return problems.push(`fact ${i}: kind ${JSON.stringify(f.kind)} not one of ${FACT_KINDS.join(', ')}`);
    if (typeof f.text !== 'string' || !f.text) problems.push(`fact ${i} (${f.kind}): 'text' must be a non-empty string`);
    for (const k of REQUIRED[f.kind as string]) {
      if (f[k] === undefined || f[k] === null || f[k] === '') problems.push(`fact ${i} (${f.kind} ${JSON.stringify(f.text)}): missing '${k}'`);
    }
    if (('start' in f || 'end' in f) && !(Number.isInteger(f.start) && Number.isInteger(f.end))) {
      problems.push(`fact ${i} (${f.kind} ${JSON.stringify(f.text)}): start/end must both be integers`);
    }
  });
  return problems;
}
