// What the collection's pictures draw (ui/collection/PicturesView.tsx): for the facts that
// pass the filter (or one group's), how many articles and facts there are per month of
// publication, the facts by kind, and how many articles and facts come from each province.
//
// One pass over the fact ids with the snapshot (collection.ts): a fact's kind and article come
// from the key scan of [kind+group+articleId], the article's month and province from its
// header. No fact record is read, so 100 000 facts take a few milliseconds.

import type { FactKind } from '../../analyzer/contract.ts';
import type { CollectionSnapshot } from './collection.ts';

export interface MonthBucket {
  /** 'YYYY-MM' */
  month: string;
  /** Articles published that month with at least one fact counted. */
  articles: number;
  /** Facts counted, by kind. */
  facts: Partial<Record<FactKind, number>>;
  total: number;
}

export interface ProvinceBucket {
  /** Bare province name as stored; undefined for articles saved without one. */
  province?: string;
  articles: number;
  facts: number;
}

export interface Pictures {
  /** Every month from the first to the last with a fact (empty months included), oldest first. */
  months: MonthBucket[];
  /** Facts and articles without a publication date (not on the timeline). */
  undated: { articles: number; facts: number };
  /** Most articles first; the articles without a province last. */
  provinces: ProvinceBucket[];
  /** Kinds that have facts, in the order given. */
  kinds: FactKind[];
  facts: number;
  articles: number;
}

/** Months filled in between the first and the last, up to this many (beyond: only months with facts). */
const MAX_FILLED_MONTHS = 1_200;

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** 'YYYY-MM' of an ISO date or date-time, or undefined. */
export function monthOf(published: string | undefined): string | undefined {
  return published && /^\d{4}-\d{2}/.test(published) ? published.slice(0, 7) : undefined;
}

/** The month after 'YYYY-MM'. */
export function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${String(y + 1).padStart(4, '0')}-01` : `${month.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`;
}

/** Months from `first` to `last` inclusive, or undefined when more than `max`. */
export function monthRange(first: string, last: string, max = MAX_FILLED_MONTHS): string[] | undefined {
  const span = (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7)) + 1;
  if (span > max || span < 1) return undefined;
  const out = [first];
  while (out.length < span) out.push(nextMonth(out[out.length - 1]));
  return out;
}

/**
 * The pictures of the facts `factIds` (ids of the snapshot; unknown ids are skipped).
 * `kindOrder` orders the kinds (the palette's).
 */
export function picturesOf(snapshot: CollectionSnapshot, factIds: Iterable<number>, kindOrder: readonly FactKind[]): Pictures {
  const { facts, articles } = snapshot;
  const byMonth = new Map<string, MonthBucket>();
  const byProvince = new Map<string | undefined, ProvinceBucket>();
  const seen = new Set<number>();
  const kindsSeen = new Set<FactKind>();
  const undated = { articles: 0, facts: 0 };
  let total = 0;
  for (const id of factIds) {
    const i = facts.at.get(id);
    if (i === undefined) continue;
    const articleId = facts.articleIds[i];
    const kind = facts.kinds[i];
    const header = articles.get(articleId);
    const firstOfArticle = !seen.has(articleId);
    if (firstOfArticle) seen.add(articleId);
    total++;
    kindsSeen.add(kind);

    const month = monthOf(header?.published);
    if (month) {
      let b = byMonth.get(month);
      if (!b) byMonth.set(month, (b = { month, articles: 0, facts: {}, total: 0 }));
      b.facts[kind] = (b.facts[kind] ?? 0) + 1;
      b.total++;
      if (firstOfArticle) b.articles++;
    } else {
      undated.facts++;
      if (firstOfArticle) undated.articles++;
    }

    const province = header?.province || undefined;
    let p = byProvince.get(province);
    if (!p) byProvince.set(province, (p = { province, articles: 0, facts: 0 }));
    p.facts++;
    if (firstOfArticle) p.articles++;
  }

  const present = [...byMonth.keys()].sort();
  const range = present.length ? monthRange(present[0], present[present.length - 1]) : [];
  const months = (range ?? present).map((month) => byMonth.get(month) ?? { month, articles: 0, facts: {}, total: 0 });
  const provinces = [...byProvince.values()].sort((a, b) => {
    if (!a.province !== !b.province) return a.province ? -1 : 1;
    return b.articles - a.articles || b.facts - a.facts || collator.compare(a.province ?? '', b.province ?? '');
  });
  return { months, undated, provinces, kinds: kindOrder.filter((k) => kindsSeen.has(k)), facts: total, articles: seen.size };
}
