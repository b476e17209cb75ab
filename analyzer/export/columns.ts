// The one definition of the flat export of facts: one row per fact, the article's
// fields repeated on each row. The CLI's csv format and the extension's export both
// use these columns; change a column here and both follow.
import type { Analysis, Fact, FactKind } from '../contract.ts';
import { factKey } from '../eval/fold.ts';

/** One analysed article: `file` is what the caller calls it (a path, a page). */
export interface ExportItem {
  file?: string;
  analysis: Analysis;
}

/** The canonical fields of each kind (FACTS.md 'Kinds'), in reading order. */
export const KIND_FIELDS = {
  document: ['type', 'number', 'symbol', 'code', 'issued', 'issuer'],
  date: ['value'],
  count: ['value', 'unit', 'approx'],
  award: ['name', 'grantor', 'recipient', 'year'],
  office: ['name', 'level', 'province'],
  person: ['name', 'role'],
} as const satisfies Record<FactKind, readonly string[]>;

type Cell = string | number | undefined;

export interface Column {
  name: string;
  value: (fact: Fact, item: ExportItem) => Cell;
}

const factField =
  (field: string): Column['value'] =>
  (fact) => (fact as unknown as Record<string, Cell>)[field];

const article: Column[] = [
  { name: 'file', value: (_, it) => it.file },
  { name: 'url', value: (_, it) => it.analysis.article.url },
  { name: 'title', value: (_, it) => it.analysis.article.title },
  { name: 'published', value: (_, it) => it.analysis.article.published },
  { name: 'source', value: (_, it) => it.analysis.article.source },
  { name: 'byline', value: (_, it) => it.analysis.article.byline },
  { name: 'province', value: (_, it) => it.analysis.article.province },
  { name: 'language', value: (_, it) => it.analysis.language.code },
];

const fact: Column[] = [
  { name: 'kind', value: (f) => f.kind },
  { name: 'text', value: (f) => f.text },
  { name: 'start', value: (f) => f.start },
  { name: 'end', value: (f) => f.end },
  { name: 'key', value: (f) => factKey(f) },
  ...['type', 'number', 'symbol', 'code', 'issued', 'issuer', 'value', 'unit', 'approx', 'name', 'grantor', 'recipient', 'year', 'level'].map(
    (name) => ({ name, value: factField(name) }),
  ),
  // 'province' is taken by the article's province.
  { name: 'fact_province', value: factField('province') },
  { name: 'role', value: factField('role') },
];

export const COLUMNS: readonly Column[] = [...article, ...fact];
export const COLUMN_NAMES: readonly string[] = COLUMNS.map((c) => c.name);

const cell = (v: Cell) => (v === undefined || v === null ? '' : String(v));

/** One row of strings per fact, in COLUMNS order; an article without facts gives no row. */
export function factsToRows(items: Iterable<ExportItem>): string[][] {
  const rows: string[][] = [];
  for (const item of items) {
    for (const f of item.analysis.facts) rows.push(COLUMNS.map((c) => cell(c.value(f, item))));
  }
  return rows;
}
