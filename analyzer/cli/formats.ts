// Output formats of `bantin analyze`. Each formatter turns one analysed input into one
// complete chunk of stdout, so a failed input never leaves half a record behind.
import type { Analysis, Fact } from '../contract.ts';
import { FACT_KINDS } from '../contract.ts';
import { KIND_FIELDS, factsToRows } from '../export/columns.ts';
import { csvHeader, csvRows } from '../export/csv.ts';
import { clip, renderTable } from '../export/text-table.ts';

export const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface Formatter {
  start(): string;
  item(file: string, analysis: Analysis): string;
  end(): string;
}

export interface FormatOptions {
  /** CSV: start with a UTF-8 BOM. */
  bom: boolean;
  /** JSON: an array of results rather than one object (several inputs or a folder). */
  many: boolean;
}

const withFile = (file: string, a: Analysis) => ({ file, ...a });

function json({ many }: FormatOptions): Formatter {
  if (!many) return { start: () => '', item: (f, a) => JSON.stringify(withFile(f, a), null, 2) + '\n', end: () => '' };
  let first = true;
  return {
    start: () => '[',
    item: (f, a) => {
      const body = JSON.stringify(withFile(f, a), null, 2).replace(/\n/g, '\n  ');
      const sep = first ? '\n  ' : ',\n  ';
      first = false;
      return sep + body;
    },
    end: () => (first ? ']\n' : '\n]\n'),
  };
}

const jsonl = (): Formatter => ({ start: () => '', item: (f, a) => JSON.stringify(withFile(f, a)) + '\n', end: () => '' });

const csv = ({ bom }: FormatOptions): Formatter => ({
  start: () => csvHeader({ bom }),
  item: (file, analysis) => csvRows(factsToRows([{ file, analysis }])),
  end: () => '',
});

// The table shows a document by its code; type, number and symbol are in its text.
const HIDDEN_IN_TABLE = new Set(['type', 'number', 'symbol']);

/** 'code=06-CT/TW issued=2006-11-07 issuer=Bộ Chính trị' */
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
  const lines = [file, indent(renderTable(head)), ''];
  if (a.facts.length) {
    const rows = [['kind', 'text', 'fields', 'span']];
    for (const f of a.facts) rows.push([f.kind, clip(f.text, 40), clip(compactFields(f), 80), `${f.start}-${f.end}`]);
    lines.push(indent(renderTable(rows)), '');
  }
  lines.push(indent(countSummary(a.facts)));
  return lines.join('\n') + '\n';
}

const indent = (s: string) => s.replace(/^/gm, '  ');

function table(): Formatter {
  let first = true;
  return {
    start: () => '',
    item: (f, a) => {
      const sep = first ? '' : '\n';
      first = false;
      return sep + tableBlock(f, a);
    },
    end: () => '',
  };
}

export function formatter(format: Format, options: FormatOptions): Formatter {
  switch (format) {
    case 'json':
      return json(options);
    case 'jsonl':
      return jsonl();
    case 'csv':
      return csv(options);
    case 'table':
      return table();
  }
}
