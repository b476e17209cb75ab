// Figures over time in the collection (issue 15): every saved count that has a subject,
// grouped by subject × unit across the saved articles by the CLI's own grouping
// (analyzer/series.ts, imported, not copied), so `bantin series` on a batch and the
// collection's Series view agree. A point's date is the count's asOf, else its article's
// published date; its value, approximation and quote are the researcher's (corrections
// applied, unticked facts left out unless the filter keeps them).
//
// Reads only count facts: the filter's ids of kind 'count' (index queries, collection.ts),
// then their records (the subject is a field, not indexed): by id when few, else all counts
// through the kind index and kept when the filter passed them.

import type { Analysis, CountFact } from '../../analyzer/contract.ts';
import { buildSeries, type Series, type SeriesPoint, type SeriesSource } from '../../analyzer/series.ts';
export { filterSeries, seriesCsv, SERIES_COLUMNS, type SeriesWords } from '../../analyzer/series.ts';
import { filterFactIds, readFacts, type ArticleHeader, type CollectionFilter, type CollectionSnapshot } from './collection.ts';
import type { BantinDB } from './db.ts';
import { effectiveFields } from './effective-fields.ts';
import type { StoredArticle, StoredFact } from './types.ts';

export type { Series, SeriesPoint };

type ArticleOf = (articleId: number) => Pick<StoredArticle, 'url' | 'published' | 'language'> | undefined;

/**
 * The series of these fact records (any kinds; counts without a subject are in none).
 * Points carry their article's id as `article_id` (a string, as in the CLI).
 */
export function seriesOfFacts(facts: Iterable<StoredFact & { id?: number }>, articleOf: ArticleOf): Series[] {
  const byArticle = new Map<number, CountFact[]>();
  for (const f of facts) {
    if (f.kind !== 'count') continue;
    const fields = effectiveFields(f);
    if (!fields.subject) continue;
    const fact = { ...fields, kind: 'count', text: f.quote, start: f.start, end: f.end } as CountFact;
    const list = byArticle.get(f.articleId);
    if (list) list.push(fact);
    else byArticle.set(f.articleId, [fact]);
  }
  const sources: SeriesSource[] = [];
  for (const [articleId, counts] of byArticle) {
    const a = articleOf(articleId);
    const analysis: Analysis = {
      language: { code: a?.language ?? '', score: 1 },
      article: { ...(a?.published ? { published: a.published } : {}), ...(a?.url ? { url: a.url } : {}) },
      facts: counts,
    };
    sources.push({ id: String(articleId), analysis });
  }
  return buildSeries(sources);
}

/** The series of the saved counts that pass the collection's filter (its kind, code and non-count group do not apply). */
export async function seriesOf(db: BantinDB, snapshot: CollectionSnapshot, filter: CollectionFilter, manyCounts = MANY_COUNTS): Promise<Series[]> {
  const { kinds: _k, code: _c, group, ...rest } = filter;
  const ids = await filterFactIds(db, snapshot, { ...rest, kinds: ['count'], ...(group?.kind === 'count' ? { group } : {}) });
  let records: StoredFact[];
  if (ids.length > manyCounts) {
    // Most of the counts: one read of them all by the kind index (a single getAll) beats
    // thousands of gets of scattered ids (count ids are every few facts, no key range).
    const wanted = new Set(ids);
    records = ((await db.facts.where('kind').equals('count').toArray()) as (StoredFact & { id: number })[]).filter((f) => wanted.has(f.id));
  } else {
    records = await readFacts(db, ids);
  }
  return seriesOfFacts(records, (id) => articleFields(snapshot.articles.get(id)));
}

/** Above this many counts, they are read by the kind index rather than one by one. */
const MANY_COUNTS = 2_000;

const articleFields = (a: ArticleHeader | undefined) => a && { url: a.url, published: a.published, language: a.language };

/** A series' key in the page (and its address): subject group and unit group. */
export const seriesKey = (s: Pick<Series, 'subject_group' | 'unit_group'>): string => `${s.subject_group}|${s.unit_group}`;
