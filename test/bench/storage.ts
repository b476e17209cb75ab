// The collection's storage at scale, under fake-indexeddb (Node; Chromium's own IndexedDB
// is measured by test/e2e/collection-scale.e2e.test.ts): a bulk import of 10 000 articles /
// 100 000 facts (make-collection.ts), then the collation queries the collection page runs,
// and the CSV and JSON exports of everything. Run alone:
//   npx tsx test/bench/storage.ts [--articles 10000] [--facts 10]
import 'fake-indexeddb/auto';
import { parseArgs } from 'node:util';
import { Dexie } from 'dexie';
import { openDatabase } from '../../extension/storage/articles.ts';
import { filterFactIds, groupFacts, queryFactIds, readSnapshot } from '../../extension/storage/collection.ts';
import { exportCollection, exportCsv, importCollection, parseExport } from '../../extension/storage/transfer.ts';
import { makeCollection } from './make-collection.ts';

export type StorageResult = Record<string, number>;

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const out = await f();
  return [out, Math.round(performance.now() - t0)];
}

export async function benchStorage(articles = 10_000, factsPerArticle = 10): Promise<StorageResult> {
  const file = makeCollection(articles, factsPerArticle);
  const json = JSON.stringify(file);
  const db = await openDatabase(`bantin-bench-${process.pid}`);
  try {
    const [, parseMs] = await timed(async () => parseExport(json));
    const [, importMs] = await timed(() => importCollection(db, parseExport(json)));
    const [snapshot, snapshotMs] = await timed(() => readSnapshot(db));
    const province = file.articles[0].province!;
    const [byKindProvince, kindProvinceMs] = await timed(() => filterFactIds(db, snapshot, { kinds: ['office'], province }));
    const [byText, textMs] = await timed(() => filterFactIds(db, snapshot, { text: 'van phong tinh uy' }));
    const [, sortMs] = await timed(() => queryFactIds(db, snapshot, {}, { column: 'published', descending: true }));
    const [groups, groupMs] = await timed(() => groupFacts(db, snapshot, {}, 'document'));
    const [all] = await timed(() => queryFactIds(db, snapshot, { includeUnticked: true }, { column: 'saved' }));
    const [csv, csvMs] = await timed(() => exportCsv(db, snapshot, all));
    const [exported, jsonMs] = await timed(async () => JSON.stringify(await exportCollection(db)));
    return {
      articles: file.articles.length,
      facts: file.facts.length,
      file_mb: Math.round(json.length / 1e5) / 10,
      validate_ms: parseMs,
      import_ms: importMs,
      snapshot_ms: snapshotMs,
      filter_kind_province_ms: kindProvinceMs,
      filter_kind_province_hits: byKindProvince.length,
      search_words_ms: textMs,
      search_words_hits: byText.length,
      sort_published_ms: sortMs,
      group_documents_ms: groupMs,
      document_groups: groups.length,
      csv_export_ms: csvMs,
      csv_mb: Math.round(csv.reduce((n, p) => n + p.length, 0) / 1e5) / 10,
      json_export_ms: jsonMs,
      json_mb: Math.round(exported.length / 1e5) / 10,
    };
  } finally {
    db.close();
    await Dexie.delete(db.name);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' }, facts: { type: 'string', default: '10' } } });
  console.log(JSON.stringify(await benchStorage(Number(values.articles), Number(values.facts)), null, 1));
}
