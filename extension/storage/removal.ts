// Deleting from the collection, and undoing it. A removal returns exactly the records it
// deleted (with their ids), and restoring puts them back as they were, in one transaction:
// the collection page keeps the last removal to offer 'Hoàn tác' (undo).

import { t } from '../i18n/index.ts';
import type { BantinDB } from './db.ts';
import { RecordNotFoundError, surfaceQuota } from './errors.ts';
import type { StoredArticle, StoredFact } from './types.ts';

type Saved<T> = T & { id: number };

export interface Removed {
  /** Articles deleted with all their facts. */
  articles: Saved<StoredArticle>[];
  /** Every fact deleted (of those articles, and single facts). */
  facts: Saved<StoredFact>[];
}

/** Deletes articles with all their facts. Ids no longer there are skipped. */
export async function removeArticles(db: BantinDB, ids: readonly number[]): Promise<Removed> {
  return surfaceQuota(() =>
    db.transaction('rw', db.articles, db.facts, async () => {
      const articles = ((await db.articles.bulkGet([...ids])) as (Saved<StoredArticle> | undefined)[]).filter((a) => a !== undefined);
      const facts = (await db.facts.where('articleId').anyOf(articles.map((a) => a.id)).toArray()) as Saved<StoredFact>[];
      await db.facts.bulkDelete(facts.map((f) => f.id));
      await db.articles.bulkDelete(articles.map((a) => a.id));
      return { articles, facts };
    }),
  );
}

/** Deletes single facts (their articles stay, with their fact counts lowered). */
export async function removeFacts(db: BantinDB, ids: readonly number[]): Promise<Removed> {
  const now = new Date().toISOString();
  return surfaceQuota(() =>
    db.transaction('rw', db.articles, db.facts, async () => {
      const facts = ((await db.facts.bulkGet([...ids])) as (Saved<StoredFact> | undefined)[]).filter((f) => f !== undefined);
      await db.facts.bulkDelete(facts.map((f) => f.id));
      await adjustCounts(db, facts, -1, now);
      return { articles: [], facts };
    }),
  );
}

/**
 * Puts back what a removal deleted. Refused (nothing changes) when an article of it was
 * saved again meanwhile (same address: the new save wins) or a fact's article is gone.
 */
export async function restoreRemoved(db: BantinDB, removed: Removed): Promise<void> {
  const now = new Date().toISOString();
  return surfaceQuota(() =>
    db.transaction('rw', db.articles, db.facts, async () => {
      for (const a of removed.articles) {
        const clash = await db.articles.where('urls').anyOf(a.urls).first();
        if (clash) throw new Error(t('undo.savedAgain', { title: a.title ?? a.url }));
      }
      await db.articles.bulkAdd(removed.articles);
      const restoredArticles = new Set(removed.articles.map((a) => a.id));
      const single = removed.facts.filter((f) => !restoredArticles.has(f.articleId));
      for (const articleId of new Set(single.map((f) => f.articleId))) {
        if (!(await db.articles.get(articleId))) throw new RecordNotFoundError('article', articleId);
      }
      await db.facts.bulkAdd(removed.facts);
      await adjustCounts(db, single, +1, now);
    }),
  );
}

/** Empties the collection (both tables, one transaction). */
export async function wipeCollection(db: BantinDB): Promise<void> {
  await db.transaction('rw', db.articles, db.facts, async () => {
    await db.facts.clear();
    await db.articles.clear();
  });
}

async function adjustCounts(db: BantinDB, facts: readonly StoredFact[], sign: 1 | -1, now: string): Promise<void> {
  const perArticle = new Map<number, number>();
  for (const f of facts) perArticle.set(f.articleId, (perArticle.get(f.articleId) ?? 0) + 1);
  for (const [articleId, n] of perArticle) {
    await db.articles
      .where('id')
      .equals(articleId)
      .modify((a) => {
        a.factCount = Math.max(0, a.factCount + sign * n);
        a.updatedAt = now;
      });
  }
}
