// Export and import of the collection.
//   JSON  full fidelity: every article (note, tags, all its addresses) and fact (fields,
//         corrections, ticks, quote and context, origin), with the schema version. Derived
//         fields (search words, keys, groups) are left out and recomputed on import, so an
//         export made by an older Bantin imports into a newer one.
//         It also carries `series`: the figures over time of its counts (storage/series.ts,
//         the CLI's `bantin series -f json` shape), for reading outside Bantin. They are derived
//         from the facts, so an import checks and then ignores them (a backup without them,
//         from before they were added, imports the same).
//   CSV   the analyzer's export columns (analyzer/export/columns.ts), one row per fact with
//         its article's fields: the same columns as `bantin analyze -f csv`.
// Import is all or nothing: the whole file is checked first (zod, with a message naming
// what is wrong), then merged in one transaction, so a bad file changes nothing.
//
// Long work shows progress and can be cancelled (TransferOptions): records are read and
// written in chunks, with a progress call between chunks. A cancelled import leaves nothing
// half-written because it stays ONE transaction, which the cancel aborts; IndexedDB rolls it
// back. Chosen over writing chunks in their own transactions and deleting them again on a
// cancel because that compensation would itself be a second long write that can fail (quota,
// a closed tab) and leave half an import, and merging into already saved articles changes
// records that a compensation would have to restore field by field. One transaction over
// 100 000 facts was already what import did, measured sound in Chromium (README, scale
// figures); chunking adds nothing to it but the pauses where progress is drawn and a cancel
// is heard. Exports only read (one read transaction, so the file is one state of the
// collection); a cancelled export returns nothing, so nothing is downloaded.

import type { Table, Transaction } from 'dexie';
import { z } from 'zod';
import type { Analysis, Fact, FactKind } from '../../analyzer/contract.ts';
import { factsToRows, type ExportItem } from '../../analyzer/export/columns.ts';
import { csvHeader, csvRows } from '../../analyzer/export/csv.ts';
import { t } from '../i18n/index.ts';
import { articleTerms, compact } from './articles.ts';
import { canonicalUrl } from './canonical-url.ts';
import { readFacts, type CollectionSnapshot } from './collection.ts';
import { seriesOfFacts } from './series.ts';
import { SCHEMA_VERSION, type BantinDB } from './db.ts';
import { derivedFactFields } from './derived.ts';
import { effectiveFields } from './effective-fields.ts';
import { surfaceQuota } from './errors.ts';
import { describeIssues, fieldSchemas, LIMITS, patchSchema } from './schema.ts';
import type { StoredArticle, StoredFact } from './types.ts';

type Saved<T> = T & { id: number };

export const EXPORT_FORMAT = 'bantin-collection';

/** Refused before parsing: larger than any real collection (100 000 facts export to ~80 MB). */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;
export const MAX_IMPORT_ARTICLES = 200_000;
export const MAX_IMPORT_FACTS = 2_000_000;

// ---------------------------------------------------------------------------------------
// The file's shape

const text = (max: number = LIMITS.field) => z.string().max(max);
const id = z.number().int().positive();
const instant = text(64);
// Only what pages are read from: a javascript: or data: address would run when opened.
const absoluteUrl = text(LIMITS.url).refine((s) => {
  try {
    canonicalUrl(s);
    return /^(https?|file):$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
}, 'not an http(s) or file address');

const exportedArticle = z.strictObject({
  id,
  canonicalUrl: absoluteUrl,
  urls: z.array(absoluteUrl).min(1).max(1_000),
  url: absoluteUrl,
  textHash: text(128),
  textLength: z.number().int().nonnegative(),
  title: text().optional(),
  published: instant.optional(),
  source: text().optional(),
  byline: text().optional(),
  province: text().optional(),
  language: text(16),
  note: text(LIMITS.note),
  tags: z.array(text(LIMITS.tag)).max(LIMITS.tags),
  savedAt: instant,
  updatedAt: instant,
  factCount: z.number().int().nonnegative(),
});

const factCommon = {
  id,
  articleId: id,
  sourceKey: text().optional(),
  quote: text().min(1),
  prefix: text(LIMITS.context),
  suffix: text(LIMITS.context),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  checked: z.boolean(),
  origin: z.enum(['analyzer', 'manual']),
  detached: z.boolean().optional(),
  mentions: z
    .array(
      z
        .strictObject({ quote: text().min(1), prefix: text(LIMITS.context), suffix: text(LIMITS.context), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
        .refine((m) => m.end - m.start === m.quote.length, { message: 'end − start must be the length of the quote', path: ['end'] }),
    )
    .max(LIMITS.mentions)
    .optional(),
  province: text().optional(),
  published: instant.optional(),
};

const kindSchema = (kind: FactKind) =>
  z.strictObject({ ...factCommon, kind: z.literal(kind), fields: fieldSchemas[kind].strict(), corrected: patchSchema(kind).optional() });

const exportedFact = z
  .discriminatedUnion('kind', [
    kindSchema('document'),
    kindSchema('date'),
    kindSchema('count'),
    kindSchema('award'),
    kindSchema('office'),
    kindSchema('person'),
  ])
  .refine((f) => f.end - f.start === f.quote.length, { message: 'end − start must be the length of the quote', path: ['end'] });

const seriesPoint = z.strictObject({
  subject: text(),
  subject_group: text(),
  unit: text(),
  value: z.number(),
  approx: text(16).optional(),
  as_of: text(64).optional(),
  article_url: text(LIMITS.url).optional(),
  article_id: text(64).optional(),
  quote: text(),
});

/** Derived from the facts (storage/series.ts); checked for shape, not imported. */
const exportedSeries = z.strictObject({
  subject: text(),
  subject_group: text(),
  unit: text(),
  unit_group: text(),
  points: z.array(seriesPoint).max(MAX_IMPORT_FACTS),
});

const exportFile = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT, { message: `not a Bantin collection export (format must be '${EXPORT_FORMAT}')` }),
    schemaVersion: z
      .number()
      .int()
      .min(1)
      .max(SCHEMA_VERSION, { message: `made by a newer Bantin (schema above ${SCHEMA_VERSION}): update Bantin first` }),
    exportedAt: instant,
    articles: z.array(exportedArticle).max(MAX_IMPORT_ARTICLES),
    facts: z.array(exportedFact).max(MAX_IMPORT_FACTS),
    series: z.array(exportedSeries).max(MAX_IMPORT_FACTS).optional(),
  })
  .superRefine((file, ctx) => {
    const articleIds = new Set<number>();
    file.articles.forEach((a, i) => {
      if (articleIds.has(a.id)) ctx.addIssue({ code: 'custom', path: ['articles', i, 'id'], message: `article id ${a.id} appears twice` });
      articleIds.add(a.id);
    });
    const factIds = new Set<number>();
    file.facts.forEach((f, i) => {
      if (factIds.has(f.id)) ctx.addIssue({ code: 'custom', path: ['facts', i, 'id'], message: `fact id ${f.id} appears twice` });
      factIds.add(f.id);
      if (!articleIds.has(f.articleId)) {
        ctx.addIssue({ code: 'custom', path: ['facts', i, 'articleId'], message: `no article ${f.articleId} in the file` });
      }
    });
  });

export type ExportFile = z.infer<typeof exportFile>;
type ExportedArticle = ExportFile['articles'][number];
type ExportedFact = ExportFile['facts'][number];

/** A file that cannot be imported; `message` says what is wrong, in words. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}

// ---------------------------------------------------------------------------------------
// Progress and cancellation

/** How far an export or import is: its stage, and each table's records done of all. */
export interface TransferProgress {
  /** read: reading records (an export; an import reading the saved articles it merges into); write: an import writing; format: an export making its file. */
  stage: 'read' | 'write' | 'format';
  articles: { done: number; total: number };
  facts: { done: number; total: number };
}

export interface TransferOptions {
  /** Called between chunks (a few dozen times for 100 000 facts), never during one. */
  onProgress?(progress: TransferProgress): void;
  /** Aborting it stops the work: an import's transaction is aborted (nothing is written), an export gives nothing. */
  signal?: AbortSignal;
}

/** The work was cancelled (its signal aborted): nothing was written, no file was made. */
export class TransferCancelled extends Error {
  override readonly name = 'TransferCancelled';
  constructor() {
    super(t('transfer.cancelled'));
  }
}

/** Records per write (import) and per read (export): progress and a cancel land between chunks. */
const WRITE_CHUNK = 2_000;
const READ_CHUNK = 5_000;

const stopIfCancelled = (signal?: AbortSignal) => {
  if (signal?.aborted) throw new TransferCancelled();
};

/** Lets the page draw and take clicks (a task boundary; unlike setTimeout, not slowed in a background tab). */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(0);
  });
}

const progressOf = (stage: TransferProgress['stage'], articles = 0, facts = 0): TransferProgress => ({
  stage,
  articles: { done: 0, total: articles },
  facts: { done: 0, total: facts },
});

/** Appends without spreading (a spread of 100 000 arguments overflows the stack). */
function append<T>(into: T[], records: readonly T[]): void {
  for (const r of records) into.push(r);
}

/** The records of `ids`, READ_CHUNK at a time; `onChunk(done)` after each, a cancel between them. */
async function readChunksOf<T>(ids: readonly number[], read: (chunk: readonly number[]) => Promise<T[]>, onChunk: (done: number) => void, signal?: AbortSignal): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += READ_CHUNK) {
    stopIfCancelled(signal);
    append(out, await read(ids.slice(i, i + READ_CHUNK)));
    onChunk(Math.min(i + READ_CHUNK, ids.length));
  }
  return out;
}

/** Every record of a table in id order, READ_CHUNK at a time (by primary key); progress and cancel as readChunksOf. */
async function readTableInChunks<T extends { id: number }>(table: Table, onChunk: (done: number) => void, signal?: AbortSignal): Promise<T[]> {
  const out: T[] = [];
  for (let last = 0; ; ) {
    stopIfCancelled(signal);
    const chunk = (await table.where(':id').above(last).limit(READ_CHUNK).toArray()) as T[];
    if (!chunk.length) return out;
    append(out, chunk);
    last = chunk[chunk.length - 1].id;
    onChunk(out.length);
  }
}

// ---------------------------------------------------------------------------------------
// Export

const DERIVED_FACT = ['key', 'group', 'search', 'terms', 'ticked'] as const;

/**
 * The collection, or the facts `factIds` with their articles, as an export object
 * (JSON.stringify it, or jsonParts for progress). Facts in the given order; articles in id
 * order. Read in chunks in one read transaction; a cancel throws TransferCancelled.
 */
export async function exportCollection(db: BantinDB, factIds?: readonly number[], options: TransferOptions = {}): Promise<ExportFile> {
  const { onProgress, signal } = options;
  stopIfCancelled(signal);
  return db.transaction('r', db.articles, db.facts, async () => {
    const progress = progressOf('read', 0, factIds ? factIds.length : await db.facts.count());
    const step = (count: { done: number }) => (done: number) => {
      count.done = done;
      onProgress?.(progress);
    };
    const facts = factIds
      ? await readChunksOf(factIds, (ids) => readFacts(db, ids), step(progress.facts), signal)
      : await readTableInChunks<Saved<StoredFact>>(db.facts, step(progress.facts), signal);
    let articles: Saved<StoredArticle>[];
    if (factIds) {
      const ids = [...new Set(facts.map((f) => f.articleId))].sort((a, b) => a - b);
      progress.articles.total = ids.length;
      const read = async (chunk: readonly number[]) => (await db.articles.bulkGet([...chunk])).filter(Boolean) as Saved<StoredArticle>[];
      articles = await readChunksOf(ids, read, step(progress.articles), signal);
    } else {
      progress.articles.total = await db.articles.count();
      articles = await readTableInChunks<Saved<StoredArticle>>(db.articles, step(progress.articles), signal);
    }
    const articleById = new Map(articles.map((a) => [a.id, a]));
    return {
      format: EXPORT_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: new Date().toISOString(),
      articles: articles.map(({ terms: _terms, ...a }) => a),
      facts: facts.map((f) => {
        const out: Record<string, unknown> = { ...f };
        for (const k of DERIVED_FACT) delete out[k];
        return out as ExportedFact;
      }),
      series: seriesOfFacts(facts, (id) => articleById.get(id)),
    };
  });
}

/**
 * An export object as JSON text in pieces for a Blob: the same text as JSON.stringify(file),
 * made a chunk of records at a time with the page free between chunks ('format' progress
 * for the articles and facts; any other section is written as it is).
 */
export async function jsonParts(file: object, options: TransferOptions = {}): Promise<string[]> {
  const { onProgress, signal } = options;
  const record = file as Record<string, unknown>;
  const sizeOf = (key: string) => (Array.isArray(record[key]) ? (record[key] as unknown[]).length : 0);
  const progress = progressOf('format', sizeOf('articles'), sizeOf('facts'));
  const parts: string[] = ['{'];
  let first = true;
  for (const [key, value] of Object.entries(record)) {
    const text = Array.isArray(value) ? '' : JSON.stringify(value);
    if (text === undefined) continue; // undefined, a function: left out, as JSON.stringify does
    parts.push(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (!Array.isArray(value)) {
      parts.push(text);
      continue;
    }
    parts.push('[');
    for (let i = 0; i < value.length; i += READ_CHUNK) {
      stopIfCancelled(signal);
      // An element JSON cannot write (undefined, a function) is null, as JSON.stringify does.
      parts.push((i ? ',' : '') + value.slice(i, i + READ_CHUNK).map((v) => JSON.stringify(v) ?? 'null').join(','));
      if (key === 'articles' || key === 'facts') {
        progress[key].done = Math.min(i + READ_CHUNK, value.length);
        onProgress?.(progress);
      }
      await yieldToPage();
    }
    parts.push(']');
  }
  parts.push('}');
  stopIfCancelled(signal);
  return parts;
}

/** CSV (BOM, header, CRLF) of the facts `factIds` in that order, in pieces for a Blob. */
export async function exportCsv(db: BantinDB, snapshot: CollectionSnapshot, factIds: readonly number[], options: TransferOptions = {}): Promise<string[]> {
  const { onProgress, signal } = options;
  const progress = progressOf('read', 0, factIds.length);
  const parts = [csvHeader()];
  for (let i = 0; i < factIds.length; i += 5_000) {
    stopIfCancelled(signal);
    const facts = await readFacts(db, factIds.slice(i, i + 5_000));
    const items: ExportItem[] = facts.map((f) => {
      const a = snapshot.articles.get(f.articleId);
      const fact = { ...effectiveFields(f), kind: f.kind, text: f.quote, start: f.start, end: f.end } as Fact;
      if (f.mentions?.length) fact.mentions = [{ start: f.start, end: f.end }, ...f.mentions.map((m) => ({ start: m.start, end: m.end }))];
      const analysis: Analysis = {
        language: { code: a?.language ?? '', score: 1 },
        article: { title: a?.title, published: a?.published, source: a?.source, byline: a?.byline, province: a?.province, url: a?.url },
        facts: [fact],
      };
      return {
        analysis,
        saved: {
          tags: a?.tags ?? [],
          note: a?.note ?? '',
          savedAt: a?.savedAt ?? '',
          facts: [{ checked: f.checked, origin: f.origin, corrected: !!f.corrected && Object.keys(f.corrected).length > 0 }],
        },
      };
    });
    parts.push(csvRows(factsToRows(items)));
    progress.facts.done = Math.min(i + 5_000, factIds.length);
    onProgress?.(progress);
  }
  stopIfCancelled(signal);
  return parts;
}

// ---------------------------------------------------------------------------------------
// Import

/** Checks an export's text; throws ImportError naming what is wrong. */
export function parseExport(json: string): ExportFile {
  if (typeof json !== 'string') throw new ImportError(t('import.notText'));
  if (json.length > MAX_IMPORT_BYTES) throw new ImportError(t('import.tooLarge', { size: MAX_IMPORT_BYTES / 1024 / 1024 }));
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError(t('import.notJson', { error: (error as Error).message }));
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ImportError(t('import.notExport'));
  const result = exportFile.safeParse(data);
  // (What is wrong is named in the schema's terms: field paths, in English.)
  if (!result.success) throw new ImportError(t('import.invalid', { issues: describeIssues(result.error) }));
  return result.data;
}

export interface ImportSummary {
  articlesAdded: number;
  /** Articles already saved (same address or same text): merged into the saved one. */
  articlesMerged: number;
  factsAdded: number;
  /** Facts already saved (same quote, place and fields): left as saved. */
  factsSkipped: number;
}

/**
 * Merges a checked export into the collection in one transaction. An article already saved
 * (any of its addresses, or the same text) keeps its fields; it gains the file's other
 * addresses and tags, the file's note when its own differs, and the facts it lacks.
 *
 * Everything is planned first (nothing written), then each article and fact is written
 * once, in chunks: articles, then facts, with a progress call after each chunk. A cancel
 * (options.signal) aborts the transaction at once and throws TransferCancelled; so does any
 * failure (a full disk: StorageFullError): nothing of the import is kept.
 */
export async function importCollection(db: BantinDB, file: ExportFile, options: TransferOptions = {}): Promise<ImportSummary> {
  const { signal } = options;
  stopIfCancelled(signal);
  let transaction: Transaction | undefined;
  // A cancel aborts the transaction where it is, even in the middle of a chunk's write.
  const abort = () => {
    try {
      transaction?.abort();
    } catch {
      // Already committed or failed: then the outcome stands as it is.
    }
  };
  signal?.addEventListener('abort', abort);
  try {
    return await merge(db, file, options, (tx) => (transaction = tx));
  } catch (error) {
    // Aborted by the cancel (Dexie's AbortError, or a write the abort cut short): say so.
    if (signal?.aborted) throw new TransferCancelled();
    throw error;
  } finally {
    signal?.removeEventListener('abort', abort);
  }
}

/** importCollection's one transaction; `onTransaction` gets it as soon as it is open. */
async function merge(db: BantinDB, file: ExportFile, { onProgress, signal }: TransferOptions, onTransaction: (tx: Transaction) => void): Promise<ImportSummary> {
  const summary: ImportSummary = { articlesAdded: 0, articlesMerged: 0, factsAdded: 0, factsSkipped: 0 };
  const factsByArticle = new Map<number, ExportedFact[]>();
  for (const f of file.facts) {
    const list = factsByArticle.get(f.articleId);
    if (list) list.push(f);
    else factsByArticle.set(f.articleId, [f]);
  }

  return surfaceQuota(() =>
    db.transaction('rw', db.articles, db.facts, async (tx) => {
      onTransaction(tx);
      // 1. Which articles are already saved (any address, or the same text); the file's own
      //    duplicates (two exports merged by hand) become one article too.
      //    Saved addresses and hashes are read as two key scans, not one request per article.
      const savedByUrl = new Map<string, number>();
      const savedByHash = new Map<string, number>();
      await db.articles.orderBy('urls').eachKey((key, cursor) => void savedByUrl.set(String(key), cursor.primaryKey as number));
      await db.articles.orderBy('textHash').eachKey((key, cursor) => void savedByHash.set(String(key), cursor.primaryKey as number));
      const plans: { incoming: ExportedArticle; urls: string[]; existing?: number; into?: number }[] = [];
      const byUrl = new Map<string, number>();
      for (const incoming of file.articles) {
        const urls = [...new Set([canonicalUrl(incoming.canonicalUrl), ...incoming.urls.map(canonicalUrl)])];
        const earlier = urls.map((u) => byUrl.get(u)).find((i) => i !== undefined);
        if (earlier !== undefined) {
          plans.push({ incoming, urls, into: earlier });
          continue;
        }
        const existing = urls.map((u) => savedByUrl.get(u)).find((id) => id !== undefined) ?? savedByHash.get(incoming.textHash);
        for (const u of urls) byUrl.set(u, plans.length);
        plans.push({ incoming, urls, existing });
      }

      // 2. Where each planned article goes: a new record (its id comes when written), or one
      //    already saved, with its facts (to skip the ones the file repeats).
      type Target = { id?: number; base: StoredArticle; have: StoredFact[]; added: ExportedFact[] };
      const target = new Map<number, Target>();
      const existingCount = plans.filter((p) => p.into === undefined && p.existing !== undefined).length;
      const reading = progressOf('read', existingCount);
      for (const [i, p] of plans.entries()) {
        if (p.into !== undefined) continue;
        if (p.existing === undefined) {
          const { id: _id, ...rest } = p.incoming;
          target.set(i, { base: { ...rest, canonicalUrl: p.urls[0], urls: p.urls, factCount: 0, terms: [] }, have: [], added: [] });
          continue;
        }
        const base = (await db.articles.get(p.existing))!;
        target.set(i, { id: p.existing, base, have: await db.facts.where('articleId').equals(p.existing).toArray(), added: [] });
        if (++reading.articles.done % 500 === 0 || reading.articles.done === existingCount) {
          stopIfCancelled(signal);
          onProgress?.(reading);
        }
      }
      const fresh = [...target.values()].filter((t) => t.id === undefined);
      summary.articlesAdded = fresh.length;
      summary.articlesMerged = plans.length - fresh.length;

      // 3. Every article's facts (and note, tags, addresses) into its target.
      for (const [i, p] of plans.entries()) {
        const t = target.get(p.into ?? i)!;
        if (p.into !== undefined || p.existing !== undefined) {
          t.base = {
            ...t.base,
            urls: [...new Set([...t.base.urls, ...p.urls])],
            tags: mergeTags(t.base.tags, p.incoming.tags),
            note: mergeNote(t.base.note, p.incoming.note),
          };
        }
        const seen = new Set([...t.have, ...t.added].map(sameFact));
        for (const f of factsByArticle.get(p.incoming.id) ?? []) {
          const same = sameFact(f);
          if (seen.has(same)) {
            summary.factsSkipped++;
            continue;
          }
          seen.add(same);
          t.added.push(f);
        }
      }
      const targets = [...target.values()];
      summary.factsAdded = targets.reduce((n, t) => n + t.added.length, 0);

      // 4. Articles, each written once as it ends up: new ones added (their ids come back
      //    in order), saved ones put back with what they gained.
      const writing = progressOf('write', targets.length, summary.factsAdded);
      const finished = (t: Target): StoredArticle => {
        const record: StoredArticle = { ...t.base, factCount: t.have.length + t.added.length };
        record.terms = articleTerms(record);
        return compact(t.id === undefined ? record : { ...record, id: t.id });
      };
      const merged = targets.filter((t) => t.id !== undefined);
      for (const [list, write] of [
        [fresh, (records: StoredArticle[]) => db.articles.bulkAdd(records, { allKeys: true }) as Promise<number[]>],
        [merged, (records: StoredArticle[]) => db.articles.bulkPut(records, { allKeys: true }) as Promise<number[]>],
      ] as const) {
        for (let i = 0; i < list.length; i += WRITE_CHUNK) {
          stopIfCancelled(signal);
          const chunk = list.slice(i, i + WRITE_CHUNK);
          const ids = await write(chunk.map(finished));
          chunk.forEach((t, k) => (t.id = ids[k]));
          writing.articles.done += chunk.length;
          onProgress?.(writing);
        }
      }

      // 5. Facts, under their article's id, with their derived fields (computed a chunk at a
      //    time, so the page stays free between chunks).
      const additions = targets.flatMap((t) => t.added.map((f) => ({ f, t })));
      for (let i = 0; i < additions.length; i += WRITE_CHUNK) {
        stopIfCancelled(signal);
        const records = additions.slice(i, i + WRITE_CHUNK).map(({ f, t }) => {
          const { id: _id, ...rest } = f;
          const record = { ...rest, articleId: t.id!, province: t.base.province, published: t.base.published } as StoredFact;
          Object.assign(record, derivedFactFields(record));
          return compact(record);
        });
        await db.facts.bulkAdd(records);
        writing.facts.done += records.length;
        onProgress?.(writing);
      }
      if (!targets.length) onProgress?.(writing);
      stopIfCancelled(signal);
      return summary;
    }),
  );
}

/** One fact, whatever its id: the same quote at the same place read as the same fields. */
const sameFact = (f: Pick<StoredFact, 'kind' | 'start' | 'end' | 'quote' | 'fields'>) =>
  `${f.kind}|${f.start}|${f.end}|${f.quote}|${JSON.stringify(f.fields, Object.keys(f.fields).sort())}`;

function mergeTags(mine: readonly string[], theirs: readonly string[]): string[] {
  const out = new Map(mine.map((t) => [t.toLocaleLowerCase('vi'), t]));
  for (const t of theirs) if (!out.has(t.toLocaleLowerCase('vi'))) out.set(t.toLocaleLowerCase('vi'), t);
  return [...out.values()].slice(0, LIMITS.tags);
}

function mergeNote(mine: string, theirs: string): string {
  if (!theirs || mine.includes(theirs)) return mine;
  if (!mine) return theirs;
  return `${mine}\n\n${theirs}`.slice(0, LIMITS.note);
}
