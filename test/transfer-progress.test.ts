// Progress and cancellation of the collection's long work (extension/storage/transfer.ts),
// under fake-indexeddb: the progress calls reach the totals; a cancel in the middle of an
// import leaves the database exactly as it was (counts, and every record of a sample); a
// cancelled export gives nothing; a full disk in the middle of an import leaves nothing; the
// JSON made in pieces is the same text as JSON.stringify.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveArticle, StorageFullError, type BantinDB } from '../extension/storage/articles.ts';
import { queryFactIds, readSnapshot } from '../extension/storage/collection.ts';
import {
  exportCollection,
  exportCsv,
  importCollection,
  jsonParts,
  parseExport,
  TransferCancelled,
  type ExportFile,
  type TransferProgress,
} from '../extension/storage/transfer.ts';
import { makeCollection } from './bench/make-collection.ts';
import { freshDatabases } from './helpers/fresh-db.ts';

const freshDb = freshDatabases('bantin-transfer');
afterEach(() => {
  vi.restoreAllMocks();
});

/** 600 articles, 6 000 facts: several write chunks (2 000) and read chunks (5 000). */
const FILE: ExportFile = parseExport(JSON.stringify(makeCollection(600, 10)));

/** A file of other articles (other addresses and texts), to import on top of FILE. */
function otherFile(): ExportFile {
  const copy = structuredClone(FILE);
  for (const a of copy.articles) {
    const move = (u: string) => u.replace('://', '://khac.');
    a.canonicalUrl = move(a.canonicalUrl);
    a.url = move(a.url);
    a.urls = a.urls.map(move);
    a.textHash = `khac-${a.textHash}`;
  }
  return copy;
}

/** Everything in the database: counts, and every record (ids and all). */
async function state(db: BantinDB) {
  return {
    articles: await db.articles.count(),
    facts: await db.facts.count(),
    articleRecords: await db.articles.orderBy(':id').toArray(),
    factRecords: await db.facts.orderBy(':id').toArray(),
  };
}

describe('import with progress', () => {
  it('calls back between chunks, in order, up to every article and fact', async () => {
    const db = await freshDb();
    const seen: TransferProgress[] = [];
    const summary = await importCollection(db, FILE, { onProgress: (p) => seen.push(structuredClone(p)) });
    expect(summary.factsAdded).toBe(6_000);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((p) => p.stage === 'write')).toBe(true);
    const last = seen.at(-1)!;
    expect(last.articles).toEqual({ done: 600, total: 600 });
    expect(last.facts).toEqual({ done: 6_000, total: 6_000 });
    // Monotone: articles first, then facts, never going back.
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i].articles.done).toBeGreaterThanOrEqual(seen[i - 1].articles.done);
      expect(seen[i].facts.done).toBeGreaterThanOrEqual(seen[i - 1].facts.done);
    }
    expect(new Set(seen.map((p) => p.facts.done)).size).toBeGreaterThan(2);
    expect(await db.facts.count()).toBe(6_000);
  });

  it('merging into saved articles reads them first (stage read), then writes', async () => {
    const db = await freshDb();
    await importCollection(db, FILE);
    const stages: string[] = [];
    const summary = await importCollection(db, FILE, { onProgress: (p) => stages.push(p.stage) });
    expect(summary).toEqual({ articlesAdded: 0, articlesMerged: 600, factsAdded: 0, factsSkipped: 6_000 });
    expect(stages[0]).toBe('read');
    expect(stages.at(-1)).toBe('write');
  });

  it('a cancel in the middle leaves the database exactly as it was', async () => {
    const db = await freshDb();
    await importCollection(db, FILE);
    const before = await state(db);
    const abort = new AbortController();
    let calls = 0;
    const error = await importCollection(db, otherFile(), {
      signal: abort.signal,
      onProgress: (p) => {
        calls++;
        if (p.facts.done >= 2_000) abort.abort(); // after articles and a first chunk of facts are written
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransferCancelled);
    expect(calls).toBeGreaterThan(1);
    const after = await state(db);
    expect(after.articles).toBe(600);
    expect(after.facts).toBe(6_000);
    expect(after).toEqual(before);
    // And the database still works: the same file imports whole afterwards.
    const summary = await importCollection(db, otherFile());
    expect(summary.articlesAdded).toBe(600);
    expect(await db.facts.count()).toBe(12_000);
  });

  it('a cancel while a chunk is being written aborts that write too', async () => {
    const db = await freshDb();
    await importCollection(db, FILE);
    const before = await state(db);
    const abort = new AbortController();
    const bulkAdd = db.facts.bulkAdd.bind(db.facts);
    let writes = 0;
    vi.spyOn(db.facts, 'bulkAdd').mockImplementation(((records: never[]) => {
      const pending = bulkAdd(records);
      if (++writes === 2) abort.abort(); // in the middle of the second chunk's write
      return pending;
    }) as never);
    await expect(importCollection(db, otherFile(), { signal: abort.signal })).rejects.toBeInstanceOf(TransferCancelled);
    expect(writes).toBe(2);
    vi.restoreAllMocks();
    expect(await state(db)).toEqual(before);
  });

  it('a signal already aborted writes nothing', async () => {
    const db = await freshDb();
    const abort = new AbortController();
    abort.abort();
    await expect(importCollection(db, FILE, { signal: abort.signal })).rejects.toBeInstanceOf(TransferCancelled);
    expect(await db.articles.count()).toBe(0);
  });

  it('a full disk in the middle (third chunk of facts) leaves nothing and says what to do', async () => {
    const db = await freshDb();
    await saveArticle(db, { url: 'https://example.vn/giu', text: 'Bài giữ lại.', analysis: { language: { code: 'vie', score: 1 }, article: {}, facts: [] } });
    const before = await state(db);
    const bulkAdd = db.facts.bulkAdd.bind(db.facts);
    let writes = 0;
    vi.spyOn(db.facts, 'bulkAdd').mockImplementation(((records: never[]) =>
      ++writes === 3 ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : bulkAdd(records)) as never);
    const seen: number[] = [];
    const error = await importCollection(db, FILE, { onProgress: (p) => seen.push(p.facts.done) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(/đã đầy.*xuất JSON/);
    expect(Math.max(...seen)).toBe(4_000); // two chunks were written, then rolled back
    vi.restoreAllMocks();
    expect(await state(db)).toEqual(before);
  });
});

describe('export with progress', () => {
  it('JSON: reading reaches every record; the pieces are the text JSON.stringify makes', async () => {
    const db = await freshDb();
    await importCollection(db, FILE);
    const seen: TransferProgress[] = [];
    const file = await exportCollection(db, undefined, { onProgress: (p) => seen.push(structuredClone(p)) });
    expect(seen.at(-1)).toEqual({ stage: 'read', articles: { done: 600, total: 600 }, facts: { done: 6_000, total: 6_000 } });
    expect(file.facts).toHaveLength(6_000);
    const formats: TransferProgress[] = [];
    const parts = await jsonParts(file, { onProgress: (p) => formats.push(structuredClone(p)) });
    expect(parts.join('')).toBe(JSON.stringify(file));
    expect(formats.at(-1)).toEqual({ stage: 'format', articles: { done: 600, total: 600 }, facts: { done: 6_000, total: 6_000 } });
    // Any other section (and values JSON leaves out) is written as JSON.stringify writes it.
    const odd = { a: 1, skip: undefined, list: [1, undefined, 'x'], articles: [], nested: { b: [2] } };
    expect((await jsonParts(odd)).join('')).toBe(JSON.stringify(odd));
  });

  it('JSON of some facts: progress over those facts and their articles', async () => {
    const db = await freshDb();
    await importCollection(db, FILE);
    const ids = (await db.facts.where('kind').equals('document').primaryKeys()) as number[];
    let last: TransferProgress | undefined;
    const file = await exportCollection(db, ids, { onProgress: (p) => (last = structuredClone(p)) });
    expect(file.facts.map((f) => f.id)).toEqual(ids);
    expect(last!.facts).toEqual({ done: ids.length, total: ids.length });
    expect(last!.articles.done).toBe(file.articles.length);
  });

  it('a cancel gives nothing, while reading or while making the file', async () => {
    const db = await freshDb();
    await importCollection(db, FILE);
    const reading = new AbortController();
    await expect(
      exportCollection(db, undefined, { signal: reading.signal, onProgress: (p) => p.facts.done >= 5_000 && reading.abort() }),
    ).rejects.toBeInstanceOf(TransferCancelled);
    const file = await exportCollection(db);
    const making = new AbortController();
    await expect(jsonParts(file, { signal: making.signal, onProgress: (p) => p.facts.done > 0 && making.abort() })).rejects.toBeInstanceOf(TransferCancelled);
  });

  it('CSV: progress reaches every fact; a cancel gives nothing', async () => {
    const db = await freshDb();
    await importCollection(db, FILE);
    const snapshot = await readSnapshot(db);
    const ids = await queryFactIds(db, snapshot, { includeUnticked: true }, { column: 'saved' });
    const seen: number[] = [];
    const parts = await exportCsv(db, snapshot, ids, { onProgress: (p) => seen.push(p.facts.done) });
    expect(seen).toEqual([5_000, 6_000]);
    expect(parts).toHaveLength(3); // the header and two chunks
    const abort = new AbortController();
    await expect(exportCsv(db, snapshot, ids, { signal: abort.signal, onProgress: () => abort.abort() })).rejects.toBeInstanceOf(TransferCancelled);
  });
});
