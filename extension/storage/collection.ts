// The collection page's queries over every saved fact: filter, sort, group. Built for
// 10 000 articles / 100 000 facts:
//   - filters go through the indexes (primary keys only, never fact records), and their id
//     sets are intersected smallest first; kind and group through the snapshot below, which
//     is itself one key scan of an index;
//   - sorting and grouping read one key scan of [kind+group+articleId] (kind, group and
//     article of every fact, no record) plus the article headers (one per article);
//   - the page then reads only the fact records it shows (factRows), a screenful at a time.
// Only sorting by the quote itself reads the records of the facts that match.

import type { FactKind } from '../../analyzer/contract.ts';
import type { BantinDB } from './db.ts';
import { effectiveFields } from './effective-fields.ts';
import { documentName, groupFold } from '../../analyzer/text/group-key.ts';
import { foldSearch } from '../../analyzer/text/search-fold.ts';
import type { StoredArticle, StoredFact } from './types.ts';

type Saved<T> = T & { id: number };

export interface CollectionFilter {
  kinds?: readonly FactKind[];
  /** Bare province name, as stored ('Gia Lai'). */
  province?: string;
  /** Outlet, as stored. */
  source?: string;
  tag?: string;
  /** Published on or after (an ISO date or its prefix: '2024', '2024-05', '2024-05-01'). */
  from?: string;
  /** Published on or before; a prefix covers all of it ('2024' = to the end of 2024). */
  to?: string;
  /** Part of a document code as written or folded ('06-CT', '06-ct/tw'); documents only. */
  code?: string;
  /**
   * Words, any accents or none: every word must begin a word of the fact (its quote and
   * fields, abbreviations spelled out) or of its article (title, outlet, byline, province,
   * note, tags). In double quotes, the phrase must appear as such in the fact.
   */
  text?: string;
  /** One group of grouping (from groupFacts). */
  group?: { kind: FactKind; group: string };
  articleId?: number;
  /** Unticked facts too (default: ticked ones only, what the researcher kept). */
  includeUnticked?: boolean;
}

export type SortColumn = 'saved' | 'kind' | 'value' | 'text' | 'title' | 'source' | 'province' | 'published';
export interface Sort {
  column: SortColumn;
  descending?: boolean;
}

/** What sorting and grouping need of an article, one per saved article. */
export type ArticleHeader = Pick<Saved<StoredArticle>, 'id' | 'title' | 'url' | 'source' | 'byline' | 'province' | 'published' | 'language' | 'tags' | 'note' | 'factCount' | 'savedAt'>;

/** Kind, group and article of every fact, from one key scan: parallel arrays by position. */
export interface FactKeys {
  ids: number[];
  kinds: FactKind[];
  groups: string[];
  articleIds: number[];
  /** fact id → position in the arrays. */
  at: Map<number, number>;
}

/** The keys and headers a query runs on; build once, reuse until the database changes. */
export interface CollectionSnapshot {
  facts: FactKeys;
  articles: Map<number, ArticleHeader>;
}

export async function readSnapshot(db: BantinDB): Promise<CollectionSnapshot> {
  return db.transaction('r', db.articles, db.facts, async () => {
    const facts: FactKeys = { ids: [], kinds: [], groups: [], articleIds: [], at: new Map() };
    await db.facts.orderBy('[kind+group+articleId]').eachKey((key, cursor) => {
      const [kind, group, articleId] = key as unknown as [FactKind, string, number];
      facts.at.set(cursor.primaryKey as number, facts.ids.length);
      facts.ids.push(cursor.primaryKey as number);
      facts.kinds.push(kind);
      facts.groups.push(group);
      facts.articleIds.push(articleId);
    });
    const articles = new Map<number, ArticleHeader>();
    await db.articles.each((a) => {
      const { id, title, url, source, byline, province, published, language, tags, note, factCount, savedAt } = a as Saved<StoredArticle>;
      articles.set(id, { id, title, url, source, byline, province, published, language, tags, note, factCount, savedAt });
    });
    return { facts, articles };
  });
}

// ---------------------------------------------------------------------------------------
// Filtering

/** Ids of the facts that pass the filter, in no particular order. */
export async function filterFactIds(db: BantinDB, snapshot: CollectionSnapshot, filter: CollectionFilter): Promise<number[]> {
  const sets: Promise<Set<number>>[] = [];
  const { facts } = snapshot;
  const ofArticles = (articleIds: Iterable<number>): Set<number> => {
    const wanted = new Set(articleIds);
    const out = new Set<number>();
    facts.articleIds.forEach((a, i) => wanted.has(a) && out.add(facts.ids[i]));
    return out;
  };

  // Unticked facts are few: they are taken out at the end rather than the ticked ones read.
  const unticked = filter.includeUnticked ? undefined : keys(db.facts.where('ticked').equals(0));
  // Kind and group come from the snapshot, itself a key scan of [kind+group+articleId].
  if (filter.kinds?.length) {
    const wanted = new Set<FactKind>(filter.kinds);
    const out = new Set<number>();
    facts.kinds.forEach((k, i) => wanted.has(k) && out.add(facts.ids[i]));
    sets.push(Promise.resolve(out));
  }
  if (filter.province) sets.push(keys(db.facts.where('province').equals(filter.province)));
  if (filter.from || filter.to) {
    sets.push(keys(db.facts.where('published').between(filter.from || '', filter.to ? `${filter.to}\uffff` : '\uffff', true, true)));
  }
  if (filter.source || filter.tag || filter.articleId !== undefined) {
    sets.push(
      (async () => {
        const idSets: Set<number>[] = [];
        if (filter.source) idSets.push(await keys(db.articles.where('source').equals(filter.source)));
        if (filter.tag) idSets.push(await keys(db.articles.where('tags').equals(filter.tag)));
        if (filter.articleId !== undefined) idSets.push(new Set([filter.articleId]));
        return ofArticles(intersect(idSets));
      })(),
    );
  }
  if (filter.group) {
    const { kind, group } = filter.group;
    const out = new Set<number>();
    facts.kinds.forEach((k, i) => k === kind && facts.groups[i] === group && out.add(facts.ids[i]));
    sets.push(Promise.resolve(out));
  }
  // A code matches from the start of one of its words: '06-CT' finds 06-CT/TW, not 106-CT/TW.
  const code = filter.code ? groupFold(filter.code) : '';
  if (code) {
    const out = new Set<number>();
    facts.kinds.forEach((k, i) => k === 'document' && ` ${facts.groups[i]}`.includes(` ${code}`) && out.add(facts.ids[i]));
    sets.push(Promise.resolve(out));
  }
  const text = parseText(filter.text);
  for (const word of text.words) {
    sets.push(
      (async () => {
        const [own, articleIds] = await Promise.all([
          keys(db.facts.where('terms').startsWith(word)),
          keys(db.articles.where('terms').startsWith(word)),
        ]);
        for (const id of ofArticles(articleIds)) own.add(id);
        return own;
      })(),
    );
  }

  let ids: number[];
  if (!sets.length) ids = [...facts.ids];
  else ids = [...intersect(await Promise.all(sets))];
  if (unticked) {
    const out = await unticked;
    if (out.size) ids = ids.filter((id) => !out.has(id));
  }
  if (text.phrase) {
    const records = await readFacts(db, ids);
    ids = records.filter((f) => f.search.includes(text.phrase!)).map((f) => f.id);
  }
  return ids;
}

/** Words of a search box: folded; a query in double quotes is also a phrase. */
export function parseText(text: string | undefined): { words: string[]; phrase?: string } {
  const raw = (text ?? '').trim();
  const folded = foldSearch(raw);
  if (!folded) return { words: [] };
  const words = [...new Set(folded.split(' '))];
  const quoted = /^["“”].*["“”]$/.test(raw) && raw.length > 2;
  return quoted ? { words, phrase: folded } : { words };
}

async function keys(collection: { primaryKeys(): Promise<unknown[]> }): Promise<Set<number>> {
  return new Set((await collection.primaryKeys()) as number[]);
}

async function union(sets: Promise<Set<number>>[]): Promise<Set<number>> {
  const out = new Set<number>();
  for (const s of await Promise.all(sets)) for (const id of s) out.add(id);
  return out;
}

/** Intersection, walking the smallest set. */
function intersect(sets: Set<number>[]): Set<number> {
  if (!sets.length) return new Set();
  const sorted = [...sets].sort((a, b) => a.size - b.size);
  const [first, ...rest] = sorted;
  const out = new Set<number>();
  for (const id of first) if (rest.every((s) => s.has(id))) out.add(id);
  return out;
}

// ---------------------------------------------------------------------------------------
// Sorting

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** The ids in the order of `sort` (ties: newest saved first, then fact id). */
export async function sortFactIds(db: BantinDB, snapshot: CollectionSnapshot, ids: number[], sort: Sort): Promise<number[]> {
  const { facts, articles } = snapshot;
  const direction = sort.descending ? -1 : 1;
  const articleOf = (id: number) => articles.get(facts.articleIds[facts.at.get(id) ?? -1]);
  let value: (id: number) => string | number | undefined;
  switch (sort.column) {
    case 'saved':
      value = (id) => id;
      break;
    case 'kind':
      value = (id) => `${facts.kinds[facts.at.get(id)!]}\u0000${facts.groups[facts.at.get(id)!]}`;
      break;
    case 'value':
      value = (id) => facts.groups[facts.at.get(id)!];
      break;
    case 'text': {
      const quotes = new Map((await readFacts(db, ids)).map((f) => [f.id, f.quote]));
      value = (id) => quotes.get(id);
      break;
    }
    default: {
      const column = sort.column;
      value = (id) => articleOf(id)?.[column];
    }
  }
  const values = new Map(ids.map((id) => [id, value(id)]));
  return [...ids].sort((a, b) => {
    const x = values.get(a);
    const y = values.get(b);
    // Missing values last, whatever the direction.
    if (x === undefined || x === '') return y === undefined || y === '' ? b - a : 1;
    if (y === undefined || y === '') return -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return c * direction || b - a;
  });
}

/** Filter then sort: the ids of the facts table. */
export async function queryFactIds(db: BantinDB, snapshot: CollectionSnapshot, filter: CollectionFilter, sort: Sort): Promise<number[]> {
  return sortFactIds(db, snapshot, await filterFactIds(db, snapshot, filter), sort);
}

// ---------------------------------------------------------------------------------------
// Grouping

export interface FactGroup {
  kind: FactKind;
  group: string;
  /** Facts of the group that passed the filter, in id order. */
  factIds: number[];
  /** Distinct articles mentioning it, in id order. */
  articleIds: number[];
  /** Earliest and latest published date of those articles. */
  first?: string;
  last?: string;
}

/**
 * The groups of one kind among the facts that pass the filter, most articles first (then
 * most facts, then the key): 'which articles mention each document code / office …'.
 */
export async function groupFacts(db: BantinDB, snapshot: CollectionSnapshot, filter: CollectionFilter, kind: FactKind): Promise<FactGroup[]> {
  const passed = new Set(await filterFactIds(db, snapshot, { ...filter, kinds: [kind] }));
  const { facts, articles } = snapshot;
  const groups = new Map<string, FactGroup>();
  // The key scan is in [kind+group+articleId] order: a group's facts are consecutive.
  facts.ids.forEach((id, i) => {
    if (facts.kinds[i] !== kind || !passed.has(id)) return;
    const key = facts.groups[i];
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { kind, group: key, factIds: [], articleIds: [] }));
    g.factIds.push(id);
    const articleId = facts.articleIds[i];
    if (g.articleIds[g.articleIds.length - 1] !== articleId) g.articleIds.push(articleId);
  });
  for (const g of groups.values()) {
    g.factIds.sort((a, b) => a - b);
    for (const a of g.articleIds) {
      const published = articles.get(a)?.published;
      if (!published) continue;
      if (!g.first || published < g.first) g.first = published;
      if (!g.last || published > g.last) g.last = published;
    }
  }
  return [...groups.values()].sort(
    (x, y) => y.articleIds.length - x.articleIds.length || y.factIds.length - x.factIds.length || collator.compare(x.group, y.group),
  );
}

// ---------------------------------------------------------------------------------------
// Rows

export interface FactRow {
  fact: Saved<StoredFact>;
  /** The fields as the researcher sees them (corrections applied). */
  fields: Record<string, unknown>;
  article?: ArticleHeader;
}

/**
 * The records of these facts, in the given order, skipping any deleted meanwhile. Ids close
 * together (a page of the table sorted by date, an export of everything) are read as key
 * ranges, one getAll each, instead of one get per id: many times faster in Chromium.
 */
export async function readFacts(db: BantinDB, ids: readonly number[]): Promise<Saved<StoredFact>[]> {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const byId = new Map<number, Saved<StoredFact>>();
  for (let i = 0; i < sorted.length; i += 5_000) {
    const chunk = sorted.slice(i, i + 5_000);
    const lo = chunk[0];
    const hi = chunk[chunk.length - 1];
    // A range holding at most twice the records wanted is cheaper than the gets.
    const records =
      hi - lo < 2 * chunk.length
        ? ((await db.facts.where(':id').between(lo, hi, true, true).toArray()) as Saved<StoredFact>[])
        : ((await db.facts.bulkGet(chunk)) as (Saved<StoredFact> | undefined)[]);
    for (const f of records) if (f) byId.set(f.id, f);
  }
  const out: Saved<StoredFact>[] = [];
  for (const id of ids) {
    const f = byId.get(id);
    if (f) out.push(f);
  }
  return out;
}

/** The table rows for a window of ids (what is on screen). */
export async function factRows(db: BantinDB, snapshot: CollectionSnapshot, ids: readonly number[]): Promise<FactRow[]> {
  return (await readFacts(db, ids)).map((fact) => ({
    fact,
    fields: effectiveFields(fact) as Record<string, unknown>,
    article: snapshot.articles.get(fact.articleId),
  }));
}

/** The values the filters offer: provinces, outlets and tags of saved articles, sorted. */
export function filterChoices(snapshot: CollectionSnapshot): { provinces: string[]; sources: string[]; tags: string[] } {
  const provinces = new Set<string>();
  const sources = new Set<string>();
  const tags = new Set<string>();
  for (const a of snapshot.articles.values()) {
    if (a.province) provinces.add(a.province);
    if (a.source) sources.add(a.source);
    for (const t of a.tags) tags.add(t);
  }
  const sorted = (s: Set<string>) => [...s].sort(collator.compare);
  return { provinces: sorted(provinces), sources: sorted(sources), tags: sorted(tags) };
}

// ---------------------------------------------------------------------------------------
// Articles

/**
 * Articles for the articles view, newest saved first: those of the article filters
 * (province, outlet, tag, dates; words of the search box in the title, outlet, byline,
 * province, note or tags), and, when the filter names kinds, a code or a group, only those
 * with such a fact.
 */
export async function filterArticleIds(db: BantinDB, snapshot: CollectionSnapshot, filter: CollectionFilter): Promise<number[]> {
  const words = parseText(filter.text).words;
  const byWords = words.length
    ? intersect(await Promise.all(words.map((w) => keys(db.articles.where('terms').startsWith(w)))))
    : undefined;
  let withFacts: Set<number> | undefined;
  if (filter.kinds?.length || filter.code || filter.group) {
    const factIds = await filterFactIds(db, snapshot, { kinds: filter.kinds, code: filter.code, group: filter.group, includeUnticked: filter.includeUnticked });
    withFacts = new Set(factIds.map((id) => snapshot.facts.articleIds[snapshot.facts.at.get(id)!]));
  }
  const to = filter.to ? `${filter.to}\uffff` : undefined;
  return [...snapshot.articles.values()]
    .filter(
      (a) =>
        (!filter.province || a.province === filter.province) &&
        (!filter.source || a.source === filter.source) &&
        (!filter.tag || a.tags.includes(filter.tag)) &&
        (filter.articleId === undefined || a.id === filter.articleId) &&
        (!filter.from || (!!a.published && a.published >= filter.from)) &&
        (!to || (!!a.published && a.published <= to)) &&
        (!byWords || byWords.has(a.id)) &&
        (!withFacts || withFacts.has(a.id)),
    )
    .map((a) => a.id)
    .sort((x, y) => y - x);
}

/** Facts of each kind of every article, from the key scan (ticked or not). */
export function kindCountsByArticle(snapshot: CollectionSnapshot): Map<number, Partial<Record<FactKind, number>>> {
  const out = new Map<number, Partial<Record<FactKind, number>>>();
  const { facts } = snapshot;
  for (let i = 0; i < facts.ids.length; i++) {
    let counts = out.get(facts.articleIds[i]);
    if (!counts) out.set(facts.articleIds[i], (counts = {}));
    counts[facts.kinds[i]] = (counts[facts.kinds[i]] ?? 0) + 1;
  }
  return out;
}

/** What a group is called on screen: the main field of its first fact ('06-CT/TW', the office's name …). */
export function groupLabel(kind: FactKind, fields: Readonly<Record<string, unknown>>): string {
  const main = kind === 'document' ? documentName(fields) : kind === 'count' ? fields.unit : kind === 'date' ? fields.value : fields.name;
  const label = String(main ?? '');
  return kind === 'office' && fields.province && !label.includes(String(fields.province)) ? `${label} (${String(fields.province)})` : label;
}
