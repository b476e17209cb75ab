// A fresh IndexedDB (fake-indexeddb) per test, closed and deleted after each test of the file.
import { Dexie } from 'dexie';
import { afterEach } from 'vitest';
import { openDatabase, type BantinDB } from '../../extension/storage/articles.ts';

/** Registers the clean-up (call at the top level of a test file) and returns the opener; `prefix` names the databases. */
export function freshDatabases(prefix: string): () => Promise<BantinDB> {
  let counter = 0;
  const opened: BantinDB[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });
  return async () => {
    const db = await openDatabase(`${prefix}-${process.pid}-${++counter}`);
    opened.push(db);
    return db;
  };
}
