// Figures over time: every count that has a subject, grouped by subject × unit across articles
// (FACTS.md count `subject`, `asOf`). The same grouping as the extension's collection
// (analyzer/text/group-key.ts): 'Đảng bộ Văn phòng Tỉnh uỷ' and 'Đảng bộ Văn phòng Tỉnh ủy'
// are one subject, 'đảng viên' and 'ĐV' one unit. A point's date is its `asOf`, else its
// article's published date; points without either still belong to the series, undated.

import type { Analysis, CountFact } from './contract.ts';
import { BOM, csvRows } from './export/csv.ts';
import { groupFold } from './text/group-key.ts';

/** One analysed article of a batch: an `analyze` output line with its id (or file). */
export interface SeriesSource {
  id?: string;
  file?: string;
  analysis: Analysis;
}

/** One figure, in the long form of the series export. */
export interface SeriesPoint {
  subject: string;
  subject_group: string;
  unit: string;
  value: number;
  approx?: string;
  /** ISO date (or month, year) the figure holds at: asOf, else the article's published date. */
  as_of?: string;
  article_url?: string;
  article_id?: string;
  quote: string;
}

export interface Series {
  subject: string;
  subject_group: string;
  unit: string;
  unit_group: string;
  /** By date (undated last), then article. */
  points: SeriesPoint[];
}

/** Column order of the long-form CSV (and the JSON records). */
export const SERIES_COLUMNS = ['subject', 'subject_group', 'unit', 'value', 'approx', 'as_of', 'article_url', 'quote'] as const;

/** The series of a batch: one per subject group × unit group, the most points first. */
export function buildSeries(sources: Iterable<SeriesSource>): Series[] {
  const byKey = new Map<string, Series>();
  for (const src of sources) {
    const { article, facts } = src.analysis;
    const published = article.published?.slice(0, 10);
    for (const f of facts) {
      if (f.kind !== 'count' || !(f as CountFact).subject) continue;
      const c = f as CountFact;
      const subjectGroup = groupFold(c.subject);
      const unitGroup = groupFold(c.unit);
      const key = `${subjectGroup}\u0000${unitGroup}`;
      let s = byKey.get(key);
      if (!s) byKey.set(key, (s = { subject: c.subject!, subject_group: subjectGroup, unit: c.unit, unit_group: unitGroup, points: [] }));
      s.points.push({
        subject: c.subject!,
        subject_group: subjectGroup,
        unit: c.unit,
        value: c.value,
        ...(c.approx ? { approx: c.approx } : {}),
        ...(c.asOf ?? published ? { as_of: c.asOf ?? published } : {}),
        ...(article.url ? { article_url: article.url } : {}),
        ...(src.id ?? src.file ? { article_id: src.id ?? src.file } : {}),
        quote: c.text,
      });
    }
  }
  const series = [...byKey.values()];
  for (const s of series) s.points.sort((a, b) => compareDates(a.as_of, b.as_of) || (a.article_id ?? '').localeCompare(b.article_id ?? ''));
  return series.sort((a, b) => b.points.length - a.points.length || a.subject_group.localeCompare(b.subject_group) || a.unit_group.localeCompare(b.unit_group));
}

/** Earlier first; undated last. ISO strings of any precision compare as text. */
function compareDates(a?: string, b?: string): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

/** Words a series' subject and unit must hold, folded as groups are ('dang bo xa', 'ĐB'): `--subject`, `--unit`. */
export interface SeriesWords {
  subject?: string;
  unit?: string;
}

/** The series whose subject and unit hold these words (the CLI's --subject and --unit, the collection's boxes). */
export function filterSeries(series: readonly Series[], words: SeriesWords): Series[] {
  const subject = words.subject ? groupFold(words.subject) : '';
  const unit = words.unit ? groupFold(words.unit) : '';
  if (!subject && !unit) return [...series];
  return series.filter((s) => (!subject || s.subject_group.includes(subject)) && (!unit || s.unit_group.includes(unit)));
}

/** The long form as CSV (BOM, header, CRLF): `bantin series -f csv` and the collection's export. */
export function seriesCsv(series: readonly Series[]): string {
  const rows = series.flatMap((s) => s.points.map((p) => SERIES_COLUMNS.map((c) => (p[c] === undefined ? '' : String(p[c])))));
  return BOM + csvRows([[...SERIES_COLUMNS], ...rows]);
}
