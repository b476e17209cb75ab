// Output formats of `bantin analyze`. Each formatter turns one analysed input into one
// complete chunk of stdout, so a failed input never leaves half a record behind.
import type { Analysis, Fact } from '../contract.ts';
import { FACT_KINDS } from '../contract.ts';
import { KIND_FIELDS, factsToRows } from '../export/columns.ts';
import { csvHeader, csvRows } from '../export/csv.ts';
import { clip, renderTable } from '../export/text-table.ts';
import { showPath } from './inputs.ts';

export const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * What an output item is called: `id` always (for a file its path, for a JSONL record
 * its "id"), `file` for files only. A plain string means a file: id = file = the string.
 */
export interface Source {
  id: string;
  file?: string;
}

export type SourceLike = string | Source;

export const toSource = (s: SourceLike): Source => (typeof s === 'string' ? { file: s, id: s } : s);

/** The name a person reads: the file when there is one, else the id. */
const labelOf = (s: Source) => s.file ?? s.id;

export interface Formatter {
  start(): string;
  /** One analysed input as one complete chunk: place(renderItem(…)). */
  item(source: SourceLike, analysis: Analysis): string;
  /**
   * A chunk from renderItem() (possibly made in a worker thread) with the separator its
   * position needs. Call in output order.
   */
  place(rendered: string): string;
  end(): string;
}

export interface FormatOptions {
  /** CSV: start with a UTF-8 BOM. */
  bom: boolean;
  /** JSON: an array of results rather than one object (several inputs or a folder). */
  many: boolean;
}

/**
 * The JSON(L) object of one input: the Analysis plus `file` for a file (its path is its id),
 * or plus `id` for a corpus record.
 */
const record = (s: Source, a: Analysis) => (s.file !== undefined ? { file: s.file, ...a } : { id: s.id, ...a });

/**
 * The part of an item that does not depend on its position: pure, so worker threads can
 * run it. `many` matters for json only (the array indents its items).
 */
export function renderItem(format: Format, options: Pick<FormatOptions, 'many'>, source: SourceLike, analysis: Analysis): string {
  const s = toSource(source);
  switch (format) {
    case 'jsonl':
      return JSON.stringify(record(s, analysis)) + '\n';
    case 'csv':
      return csvRows(factsToRows([{ file: labelOf(s), analysis }]));
    case 'json': {
      const body = JSON.stringify(record(s, analysis), null, 2);
      return options.many ? body.replace(/\n/g, '\n  ') : body + '\n';
    }
    case 'table':
      return tableBlock(labelOf(s), analysis);
  }
}

/**
 * What goes between two items: the array's comma (json), a blank line (table). Items
 * rendered together (a slice of a corpus, job.ts) are joined with it, and then placed as
 * one: place() puts the same before the run as before its first item.
 */
export function itemSeparator(format: Format, { many }: Pick<FormatOptions, 'many'>): string {
  if (format === 'json') return many ? ',\n  ' : '';
  return format === 'table' ? '\n' : '';
}

/** Separators between items: the array's commas (json), blank lines (table). */
function placer(format: Format, { many }: FormatOptions): Pick<Formatter, 'start' | 'place' | 'end'> {
  let first = true;
  const next = () => {
    const was = first;
    first = false;
    return was;
  };
  const between = itemSeparator(format, { many });
  switch (format) {
    case 'json':
      if (!many) return { start: () => '', place: (r) => r, end: () => '' };
      return { start: () => '[', place: (r) => (next() ? '\n  ' : between) + r, end: () => (first ? ']\n' : '\n]\n') };
    case 'table':
      return { start: () => '', place: (r) => (next() ? '' : between) + r, end: () => '' };
    case 'jsonl':
    case 'csv':
      return { start: () => '', place: (r) => r, end: () => '' };
  }
}

// The table shows a document by its code; type, number and symbol are in its text.
const HIDDEN_IN_TABLE = new Set(['type', 'number', 'symbol']);

/** 'code=05-CT/TW issued=2016-05-15 issuer=Bộ Chính trị' */
export function compactFields(fact: Fact): string {
  const record = fact as unknown as Record<string, unknown>;
  return (KIND_FIELDS[fact.kind] ?? [])
    .filter((k) => !HIDDEN_IN_TABLE.has(k) && record[k] !== undefined && record[k] !== null && record[k] !== '')
    .map((k) => `${k}=${record[k]}`)
    .join(' ');
}

export function countSummary(facts: readonly Fact[]): string {
  if (!facts.length) return 'no facts';
  const parts = FACT_KINDS.map((k) => [k, facts.filter((f) => f.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`);
  return `${facts.length} fact${facts.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

function tableBlock(file: string, a: Analysis): string {
  const art = a.article;
  const head: string[][] = [
    ['language', `${a.language.code} (${a.language.score.toFixed(2)})`],
    ...(['title', 'published', 'source', 'byline', 'province', 'url'] as const)
      .filter((k) => k !== 'url' || art.url)
      .map((k) => [k, clip(art[k] ?? '-', 100)]),
  ];
  // The heading names the input as error messages do: a line break in a file name stays escaped.
  const lines = [showPath(file), indent(renderTable(head)), ''];
  if (a.facts.length) {
    const rows = [['kind', 'text', 'fields', 'span']];
    for (const f of a.facts) rows.push([f.kind, clip(f.text, 40), clip(compactFields(f), 80), `${f.start}-${f.end}`]);
    lines.push(indent(renderTable(rows)), '');
  }
  lines.push(indent(countSummary(a.facts)));
  return lines.join('\n') + '\n';
}

const indent = (s: string) => s.replace(/^/gm, '  ');

export function formatter(format: Format, options: FormatOptions): Formatter {
  const p = placer(format, options);
  return {
    start: format === 'csv' ? () => csvHeader({ bom: options.bom }) : p.start,
    item: (source, analysis) => p.place(renderItem(format, options, source, analysis)),
    place: p.place,
    end: p.end,
  };
}
