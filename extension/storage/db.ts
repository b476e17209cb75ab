// The extension's IndexedDB database, through Dexie. Only the storage module opens it, and
// only from the background and extension pages: a content script's indexedDB belongs to
// the page's origin, not the extension's.
//
// Indexes are chosen for the collection page's queries on 10 000 articles / 100 000 facts
// (collection.ts):
//   articles  by canonical URL (unique) and every URL saved from, text hash, outlet,
//             province, published date, tags, folded words;
//   facts     by article, kind, province, published, folded words, tick, and
//             [kind+group+articleId] (grouping: 'which articles mention each document code,
//             office, award, person'; its key scan is the collection's snapshot).
// Outlet and tag filters on facts go through the articles' indexes (ids → facts.articleId).
//
// Changing the schema: never edit a version that has shipped. Add
//   this.version(n + 1).stores({ …only the tables that change… }).upgrade(tx => …)
// below the last one, bump SCHEMA_VERSION, keep STORES_V1 … as they were, and test the
// upgrade from every earlier version.

import { Dexie, type Table, type Transaction } from 'dexie';
import { derivedFactFields } from './derived.ts';
import type { StoredArticle, StoredFact } from './types.ts';

export const DEFAULT_DB_NAME = 'bantin';

/** The newest schema version; exports carry it. */
export const SCHEMA_VERSION = 2;

export const STORES_V1 = {
  articles: '++id, &canonicalUrl, *urls, textHash, source, province, published, savedAt, updatedAt, *tags, *terms',
  facts: '++id, articleId, kind, [kind+key], [kind+published], [kind+province], province, published, *terms',
} as const;

/**
 * v2 (collection page): facts get `group` (group-key.ts) with the index
 * [kind+group+articleId] (one key scan lists every group of a kind with its facts and
 * articles, without reading a fact record), and `ticked`, the tick as an indexable number.
 * Their search words now include abbreviations spelled out (derived.ts). The compound
 * indexes of v1 that the collection's queries did not need ([kind+key], [kind+published],
 * [kind+province]) are dropped: every index is written on every save.
 */
export const STORES_V2 = {
  facts: '++id, articleId, kind, province, published, *terms, ticked, [kind+group+articleId]',
} as const;

/** v1 → v2: every fact's derived fields recomputed (group and ticked are new). */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('facts')
    .toCollection()
    .modify((fact: StoredFact) => {
      Object.assign(fact, derivedFactFields(fact));
    });
}

export class BantinDB extends Dexie {
  articles!: Table<StoredArticle, number>;
  facts!: Table<StoredFact, number>;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2).upgrade(upgradeToV2);
  }
}

/**
 * Opens (creating or upgrading) the database; tests pass a distinct name each. Errors of
 * opening (a newer version already open in another tab, storage disabled) come out here
 * rather than at the first query.
 */
export async function openDatabase(name: string = DEFAULT_DB_NAME, options: { onBlocked?: () => void } = {}): Promise<BantinDB> {
  const db = new BantinDB(name);
  // An upgrade waits while an older page keeps the database open: say so instead of hanging.
  if (options.onBlocked) db.on('blocked', options.onBlocked);
  await db.open();
  return db;
}
