// `bantin series FILE.jsonl`: the figures of a batch output (`bantin analyze -f jsonl`) as
// series, one per subject × unit across articles (analyzer/series.ts; the extension's
// collection groups the same way), so a corpus run gives the dataset without the browser.
//
//   table (default) each series: its subject and unit, then one line per point (date, value, article, quote)
//   csv   the long form: subject, subject_group, unit, value, approx, as_of, article_url, quote
//   json  the series with their points
//
// A line that is not an analysis (not JSON, an error record) is reported on stderr with its
// line number and skipped; the exit code is then 1, the output still complete for the rest.
import { readCorpusLines } from './jsonl.ts';
import type { Io } from './batch.ts';
import { buildSeries, filterSeries, seriesCsv, type Series, type SeriesSource } from '../series.ts';
import type { Analysis } from '../contract.ts';

export const SERIES_FORMATS = ['table', 'csv', 'json'] as const;
export type SeriesFormat = (typeof SERIES_FORMATS)[number];

export interface SeriesFlags {
  format: SeriesFormat;
  /** Only series with at least this many points. */
  minPoints: string;
  /** Words the subject must hold (diacritics and abbreviations folded: 'dang bo van phong'). */
  subject?: string;
  /** Words the unit must hold ('đảng viên'). */
  unit?: string;
}

export async function seriesCommand(file: string, flags: SeriesFlags, io: Io): Promise<number> {
  const minPoints = Number(flags.minPoints);
  if (!Number.isInteger(minPoints) || minPoints < 1) {
    io.err(`bantin: --min-points must be a whole number ≥ 1, got '${flags.minPoints}'\n`);
    return 2;
  }
  const sources: SeriesSource[] = [];
  let bad = 0;
  for await (const line of readCorpusLines(file)) {
    const source = line.content === undefined ? undefined : asSource(line.content);
    if (!source) {
      bad++;
      io.err(`bantin: ${file}:${line.line}: ${line.reason ?? 'not an analysis (expected a line of bantin analyze -f jsonl)'}\n`);
      continue;
    }
    sources.push(source);
  }
  const series = filterSeries(buildSeries(sources), flags).filter((s) => s.points.length >= minPoints);
  if (flags.format === 'json') io.out(`${JSON.stringify(series, null, 2)}\n`);
  else if (flags.format === 'csv') io.out(seriesCsv(series));
  else io.out(table(series, sources.length));
  return bad ? 1 : 0;
}

/** One output line of `bantin analyze -f jsonl` as a series source, or undefined. */
function asSource(content: string): SeriesSource | undefined {
  let v: unknown;
  try {
    v = JSON.parse(content);
  } catch {
    return undefined;
  }
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  if (!Array.isArray(o.facts) || !o.article || typeof o.article !== 'object') return undefined;
  const analysis = { language: o.language, article: o.article, facts: o.facts } as Analysis;
  return { id: typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : undefined, file: typeof o.file === 'string' ? o.file : undefined, analysis };
}

function table(series: readonly Series[], articles: number): string {
  const points = series.reduce((n, s) => n + s.points.length, 0);
  const lines = [`${series.length} series, ${points} figures with a subject, from ${articles} articles`];
  for (const s of series) {
    lines.push('', `${s.subject} · ${s.unit} (${s.points.length})`);
    for (const p of s.points) {
      const value = `${p.approx === 'over' ? '>' : p.approx === 'under' ? '<' : p.approx === 'about' ? '~' : ''}${p.value}`;
      lines.push(`  ${(p.as_of ?? '—').padEnd(10)}  ${value.padStart(9)}  ${(p.article_id ?? '').padEnd(12)}  ${p.quote}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
