// The one definition of the flat export of facts: one row per fact, the article's
// fields repeated on each row. The CLI's csv format and the extension's export both
// use these columns; change a column here and both follow. The last six are the
// researcher's (ticks, corrections, tags, note) and stay empty in the CLI's output.
import type { Analysis, Fact, FactKind } from '../contract.ts';
import { factKey } from '../text/fold.ts';

/** One analysed article: `file` is what the caller calls it (a path, a page). */
export interface ExportItem {
  file?: string;
  analysis: Analysis;
  /** A saved article's side (the extension's collection): absent in the CLI. */
  saved?: SavedSide;
}

export interface SavedSide {
  tags: readonly string[];
  note: string;
  savedAt: string;
  /** Parallel to analysis.facts. */
  facts: readonly { checked: boolean; origin: 'analyzer' | 'manual'; corrected: boolean }[];
}

/** The canonical fields of each kind (FACTS.md 'Kinds'), in reading order. */
export const KIND_FIELDS = {
  document: ['type', 'number', 'symbol', 'code', 'issued', 'issuer'],
  date: ['value'],
  count: ['value', 'unit', 'approx', 'subject', 'asOf'],
  award: ['name', 'grantor', 'recipient', 'year'],
  office: ['name', 'level', 'province'],
  person: ['name', 'role'],
} as const satisfies Record<FactKind, readonly string[]>;

type Cell = string | number | undefined;

export interface Column {
  name: string;
  /** `index`: the fact's position in item.analysis.facts. */
  value: (fact: Fact, item: ExportItem, index: number) => Cell;
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
  // A count's owner and the date it holds at (FACTS.md count `subject`, `asOf`).
  { name: 'subject', value: factField('subject') },
  { name: 'as_of', value: factField('asOf') },
  { name: 'mentions', value: (f) => f.mentions?.length ?? 1 },
];

const yesNo = (b: boolean | undefined) => (b === undefined ? undefined : b ? 'yes' : 'no');

const saved: Column[] = [
  { name: 'checked', value: (_, it, i) => yesNo(it.saved?.facts[i]?.checked) },
  { name: 'origin', value: (_, it, i) => it.saved?.facts[i]?.origin },
  { name: 'corrected', value: (_, it, i) => yesNo(it.saved?.facts[i]?.corrected) },
  // Tags in one cell, joined with '; '.
  { name: 'tags', value: (_, it) => it.saved?.tags.join('; ') },
  { name: 'note', value: (_, it) => it.saved?.note },
  { name: 'saved_at', value: (_, it) => it.saved?.savedAt },
];

export const COLUMNS: readonly Column[] = [...article, ...fact, ...saved];
export const COLUMN_NAMES: readonly string[] = COLUMNS.map((c) => c.name);

const cell = (v: Cell) => (v === undefined || v === null ? '' : String(v));

/** One row of strings per fact, in COLUMNS order; an article without facts gives no row. */
export function factsToRows(items: Iterable<ExportItem>): string[][] {
  const rows: string[][] = [];
  for (const item of items) {
    item.analysis.facts.forEach((f, i) => rows.push(COLUMNS.map((c) => cell(c.value(f, item, i)))));
  }
  return rows;
}
