// Saved articles and their facts: the one module the rest of the extension uses for storage
// (background and extension pages only; content scripts ask the background).
//
// Every change runs in one Dexie read-write transaction over both tables, so an article and
// its facts change together or not at all, and two tabs saving at once are serialised by
// IndexedDB instead of overwriting each other. Anything asynchronous that is not IndexedDB
// (hashing) happens before the transaction opens: awaiting it inside would let IndexedDB
// commit the transaction half-way.
//
// Re-saving an article (same canonical URL, or same text) updates it and keeps the
// researcher's work: ticks, corrected fields and manual facts survive, facts the analyzer
// finds anew are added, and analyzer facts it no longer finds go unless corrected.

import { fieldsOfFact, type Analysis, type Fact, type FactKind } from '../../analyzer/contract.ts';
import { factKey } from '../../analyzer/text/fold.ts';
import { canonicalUrl, hashableText, textHash } from './canonical-url.ts';
import { contextOf, reanchor } from './context.ts';
import { derivedFactFields } from './derived.ts';
import { analysisFactId } from './fact-id.ts';
import type { BantinDB } from './db.ts';
import { RecordNotFoundError, surfaceQuota } from './errors.ts';
import { LIMITS, parseFields, parseFieldsPatch } from './schema.ts';
import { searchFields } from '../../analyzer/text/search-fold.ts';
import type { CorrectionsOf, FieldsOf, FieldsPatch, StoredArticle, StoredFact, StoredFactOf } from './types.ts';

export type { BantinDB } from './db.ts';
export { openDatabase, SCHEMA_VERSION } from './db.ts';
export { StorageFullError, RecordNotFoundError } from './errors.ts';
export { canonicalUrl, textHash } from './canonical-url.ts';
export { foldSearch } from '../../analyzer/text/search-fold.ts';
export { analysisFactId } from './fact-id.ts';
export { effectiveFields } from './effective-fields.ts';
export type * from './types.ts';

/** A record as read back: it has its id. */
export type Saved<T> = T & { id: number };

/**
 * Texts shorter than this (after hashableText) are never matched by hash alone: an empty
 * or boiler-plate extraction must not make unrelated pages one article.
 */
export const MIN_HASHED_TEXT = 200;

export interface SaveArticleInput {
  /** The page's address as the browser shows it. */
  url: string;
  /** The text the analysis was run on; facts' offsets point into it. */
  text: string;
  analysis: Analysis;
  /**
   * The side panel's ticks (analysisFactId of each ticked fact). When given it is the
   * whole truth for the facts of this analysis; when omitted new facts are ticked and
   * facts already saved keep their tick.
   */
  checkedFactIds?: readonly string[];
  /** Replaces the note when given. */
  note?: string;
  /** Replaces the tags when given. */
  tags?: readonly string[];
  /** Field edits made before saving, by analysisFactId; merged over saved corrections. */
  corrections?: Readonly<Record<string, FieldsPatch>>;
}

export interface SaveResult {
  article: Saved<StoredArticle>;
  /** False when an article already saved was updated. */
  created: boolean;
  /** Facts added, kept (matched or preserved) and dropped by this save. */
  added: number;
  kept: number;
  dropped: number;
}

export async function saveArticle(db: BantinDB, input: SaveArticleInput): Promise<SaveResult> {
  const { url, text, analysis } = input;
  if (typeof text !== 'string') throw new TypeError('saveArticle: text must be a string');
  if (text.length > LIMITS.text) throw new TypeError(`saveArticle: text longer than ${LIMITS.text} characters`);
  analysis.facts.forEach((f, i) => {
    if (text.slice(f.start, f.end) !== f.text) {
      throw new TypeError(`saveArticle: fact ${i} (${f.kind} '${f.text}') is not the text at ${f.start}–${f.end}`);
    }
  });
  const canonical = canonicalUrl(url);
  const hash = await textHash(text);
  const hashable = hashableText(text).length >= MIN_HASHED_TEXT;
  const now = new Date().toISOString();
  const tags = input.tags === undefined ? undefined : normalizeTags(input.tags);
  const note = input.note === undefined ? undefined : checkNote(input.note);
  const checkedIds = input.checkedFactIds && new Set(input.checkedFactIds);

  const incoming = analysis.facts.map((fact) => {
    const id = analysisFactId(fact);
    const patch = input.corrections?.[id];
    return {
      fact,
      id,
      sourceKey: factKey(fact),
      corrections: patch === undefined ? undefined : parseFieldsPatch(fact.kind, patch),
      ...contextOf(text, fact.start, fact.end),
      mentions: fact.mentions?.slice(1).map((m) => ({ quote: text.slice(m.start, m.end), start: m.start, end: m.end, ...contextOf(text, m.start, m.end) })),
    };
  });
  const known = new Set(incoming.map((x) => x.id));
  for (const id of Object.keys(input.corrections ?? {})) {
    if (!known.has(id)) throw new TypeError(`saveArticle: corrections name a fact that is not in the analysis: ${id}`);
  }

  const a = analysis.article;
  const fromAnalysis = {
    title: a.title,
    published: a.published,
    source: a.source,
    byline: a.byline,
    province: a.province,
    language: analysis.language.code,
    textHash: hash,
    textLength: text.length,
  };

  return surfaceQuota(() =>
    db.transaction('rw', db.articles, db.facts, async (): Promise<SaveResult> => {
      const existing =
        ((await db.articles.where('urls').equals(canonical).first()) as Saved<StoredArticle> | undefined) ??
        (hashable ? ((await db.articles.where('textHash').equals(hash).first()) as Saved<StoredArticle> | undefined) : undefined);

      const base: StoredArticle = existing
        ? {
            ...existing,
            ...fromAnalysis,
            urls: existing.urls.includes(canonical) ? existing.urls : [...existing.urls, canonical],
            note: note ?? existing.note,
            tags: tags ?? existing.tags,
            updatedAt: now,
          }
        : {
            ...fromAnalysis,
            canonicalUrl: canonical,
            urls: [canonical],
            url,
            note: note ?? '',
            tags: tags ?? [],
            savedAt: now,
            updatedAt: now,
            factCount: 0,
            terms: [],
          };
      const where = { province: base.province, published: base.published };

      // Match the analysis against the facts already saved: same kind and analyzer key,
      // the same start if there is one, else the nearest.
      const old = existing ? await db.facts.where('articleId').equals(existing.id).toArray() : [];
      const pool = new Map<string, StoredFact[]>();
      for (const f of old) {
        if (f.origin !== 'analyzer' || f.sourceKey === undefined) continue;
        const k = `${f.kind}|${f.sourceKey}`;
        pool.set(k, [...(pool.get(k) ?? []), f]);
      }
      const matched = new Set<number>();
      const updates: StoredFact[] = [];
      const additions: StoredFact[] = [];
      for (const inc of incoming) {
        const candidates = (pool.get(`${inc.fact.kind}|${inc.sourceKey}`) ?? []).filter((f) => !matched.has(f.id!));
        const prior = candidates.reduce<StoredFact | undefined>(
          (best, f) => (!best || Math.abs(f.start - inc.fact.start) < Math.abs(best.start - inc.fact.start) ? f : best),
          undefined,
        );
        if (prior) matched.add(prior.id!);
        const record = buildFact({
          kind: inc.fact.kind,
          fields: fieldsOf(inc.fact),
          corrected: mergeCorrections(prior?.corrected, inc.corrections),
          quote: inc.fact.text,
          prefix: inc.prefix,
          suffix: inc.suffix,
          start: inc.fact.start,
          end: inc.fact.end,
          checked: checkedIds ? checkedIds.has(inc.id) : (prior?.checked ?? true),
          origin: 'analyzer',
          sourceKey: inc.sourceKey,
          ...where,
        });
        if (inc.mentions?.length) record.mentions = inc.mentions;
        if (prior) updates.push({ ...record, id: prior.id, articleId: prior.articleId } as StoredFact);
        else additions.push(record);
      }
      const dropped: number[] = [];
      for (const f of old) {
        if (matched.has(f.id!)) continue;
        if (f.origin === 'manual' || hasCorrections(f)) updates.push(relocate({ ...f, ...where }, text));
        else dropped.push(f.id!);
      }

      const record: StoredArticle = { ...base, factCount: updates.length + additions.length };
      record.terms = articleTerms(record);
      const articleId = existing ? existing.id : await db.articles.add(compact(record));
      if (existing) await db.articles.put(compact({ ...record, id: articleId }));
      await db.facts.bulkDelete(dropped);
      await db.facts.bulkPut(updates.map((f) => compact(f)));
      await db.facts.bulkAdd(additions.map((f) => compact({ ...f, articleId }) as StoredFact));
      return {
        article: { ...compact(record), id: articleId },
        created: !existing,
        added: additions.length,
        kept: updates.length,
        dropped: dropped.length,
      };
    }),
  );
}

/** The saved article for a page, by canonical URL, else (text given) by text hash. */
export async function findSaved(db: BantinDB, url: string, text?: string): Promise<Saved<StoredArticle> | undefined> {
  const canonical = canonicalUrl(url);
  const hash = text !== undefined && hashableText(text).length >= MIN_HASHED_TEXT ? await textHash(text) : undefined;
  return db.transaction('r', db.articles, async () => {
    const byUrl = await db.articles.where('urls').equals(canonical).first();
    if (byUrl || hash === undefined) return byUrl as Saved<StoredArticle> | undefined;
    return (await db.articles.where('textHash').equals(hash).first()) as Saved<StoredArticle> | undefined;
  });
}

/** An article with its facts in text order, read in one transaction; undefined if there is none. */
export async function getArticleWithFacts(
  db: BantinDB,
  id: number,
): Promise<{ article: Saved<StoredArticle>; facts: Saved<StoredFact>[] } | undefined> {
  return db.transaction('r', db.articles, db.facts, async () => {
    const article = await db.articles.get(id);
    if (!article) return undefined;
    const facts = (await db.facts.where('articleId').equals(id).toArray()) as Saved<StoredFact>[];
    facts.sort((x, y) => x.start - y.start || x.end - y.end || x.id - y.id);
    return { article: article as Saved<StoredArticle>, facts };
  });
}

export interface FactPatch {
  checked?: boolean;
  /** Field edits merged over the saved ones (null removes an optional field); null clears every correction. */
  corrected?: FieldsPatch | null;
}

/** Ticks / unticks a fact or corrects its fields; returns the fact as saved. */
export async function updateFact(db: BantinDB, factId: number, patch: FactPatch): Promise<Saved<StoredFact>> {
  if (patch.checked !== undefined && typeof patch.checked !== 'boolean') throw new TypeError('updateFact: checked must be a boolean');
  const now = new Date().toISOString();
  return surfaceQuota(() =>
    db.transaction('rw', db.articles, db.facts, async () => {
      const fact = await db.facts.get(factId);
      if (!fact) throw new RecordNotFoundError('fact', factId);
      const corrected =
        patch.corrected === undefined
          ? fact.corrected
          : patch.corrected === null
            ? undefined
            : mergeCorrections(fact.corrected, parseFieldsPatch(fact.kind, patch.corrected));
      const next = buildFact({ ...fact, corrected, checked: patch.checked ?? fact.checked });
      const saved = compact({ ...next, id: factId, articleId: fact.articleId, detached: fact.detached }) as Saved<StoredFact>;
      await db.facts.put(saved);
      await touchArticle(db, fact.articleId, now);
      return saved;
    }),
  );
}

export interface ManualFactInput<K extends FactKind = FactKind> {
  kind: K;
  fields: FieldsOf<K>;
  /** The selected text, exactly text.slice(start, end) of the saved text. */
  quote: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

/** A fact the researcher marked by hand (ticked, never dropped by a re-save). */
export async function addManualFact(db: BantinDB, articleId: number, input: ManualFactInput): Promise<Saved<StoredFact>> {
  const { kind, quote, start, end, prefix, suffix } = input;
  const fields = parseFields(kind, input.fields);
  if (!quote) throw new TypeError('addManualFact: the quote is empty');
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end - start !== quote.length) {
    throw new TypeError('addManualFact: start and end must be offsets with end − start = quote length');
  }
  if (typeof prefix !== 'string' || typeof suffix !== 'string') throw new TypeError('addManualFact: prefix and suffix must be strings');
  const now = new Date().toISOString();
  return surfaceQuota(() =>
    db.transaction('rw', db.articles, db.facts, async () => {
      const article = await db.articles.get(articleId);
      if (!article) throw new RecordNotFoundError('article', articleId);
      const record = compact({
        ...buildFact({
          kind,
          fields,
          quote,
          prefix,
          suffix,
          start,
          end,
          checked: true,
          origin: 'manual',
          province: article.province,
          published: article.published,
        }),
        articleId,
      }) as StoredFact;
      const id = await db.facts.add(record);
      await db.articles.put({ ...article, factCount: article.factCount + 1, updatedAt: now });
      return { ...record, id } as Saved<StoredFact>;
    }),
  );
}

/** Deletes an article and all its facts; false when it was not there. */
export async function deleteArticle(db: BantinDB, id: number): Promise<boolean> {
  return surfaceQuota(() =>
    db.transaction('rw', db.articles, db.facts, async () => {
      const article = await db.articles.get(id);
      await db.facts.where('articleId').equals(id).delete();
      if (!article) return false;
      await db.articles.delete(id);
      return true;
    }),
  );
}

/** Replaces an article's note and / or tags; returns the article as saved. */
export async function setNoteAndTags(
  db: BantinDB,
  id: number,
  change: { note?: string; tags?: readonly string[] },
): Promise<Saved<StoredArticle>> {
  return updateArticle(db, id, change);
}

/** What the researcher may correct of a saved article; '' or null removes an optional field. */
export interface ArticlePatch {
  title?: string | null;
  published?: string | null;
  source?: string | null;
  byline?: string | null;
  province?: string | null;
  note?: string;
  tags?: readonly string[];
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/**
 * Corrects an article's fields, note or tags. Its facts carry copies of province and
 * published (for the indexes), updated in the same transaction.
 */
export async function updateArticle(db: BantinDB, id: number, patch: ArticlePatch): Promise<Saved<StoredArticle>> {
  const note = patch.note === undefined ? undefined : checkNote(patch.note);
  const tags = patch.tags === undefined ? undefined : normalizeTags(patch.tags);
  const fields: Partial<Record<'title' | 'published' | 'source' | 'byline' | 'province', string | null>> = {};
  for (const name of ['title', 'published', 'source', 'byline', 'province'] as const) {
    const value = patch[name];
    if (value === undefined) continue;
    if (value !== null && typeof value !== 'string') throw new TypeError(`${name} must be a string`);
    const clean = value === null ? '' : value.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (clean.length > LIMITS.field) throw new TypeError(`${name} is longer than ${LIMITS.field} characters`);
    if (name === 'published' && clean && !ISO_DATE.test(clean)) throw new TypeError(`published must be an ISO date such as 2024-05-01, not '${clean}'`);
    fields[name] = clean || null;
  }
  const now = new Date().toISOString();
  return surfaceQuota(() =>
    db.transaction('rw', db.articles, db.facts, async () => {
      const article = await db.articles.get(id);
      if (!article) throw new RecordNotFoundError('article', id);
      const next: StoredArticle = { ...article, note: note ?? article.note, tags: tags ?? article.tags, updatedAt: now };
      for (const [name, value] of Object.entries(fields)) {
        if (value === null) delete next[name as keyof typeof fields];
        else next[name as keyof typeof fields] = value;
      }
      next.terms = articleTerms(next);
      await db.articles.put(next);
      if (next.province !== article.province || next.published !== article.published) {
        await db.facts
          .where('articleId')
          .equals(id)
          .modify((f) => {
            if (next.province === undefined) delete f.province;
            else f.province = next.province;
            if (next.published === undefined) delete f.published;
            else f.published = next.published;
          });
      }
      return next as Saved<StoredArticle>;
    }),
  );
}

// ---------------------------------------------------------------------------------------

interface FactDraft<K extends FactKind> {
  kind: K;
  fields: FieldsOf<K>;
  corrected?: CorrectionsOf<K>;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  checked: boolean;
  origin: StoredFact['origin'];
  sourceKey?: string;
  province?: string;
  published?: string;
}

/** A fact record without ids: derived key and search fields computed from the effective fields. */
function buildFact<K extends FactKind>(d: FactDraft<K>): StoredFact {
  const draft = {
    kind: d.kind,
    fields: d.fields,
    corrected: d.corrected && Object.keys(d.corrected).length ? d.corrected : undefined,
  } as StoredFactOf<K>;
  return {
    articleId: 0,
    kind: d.kind,
    sourceKey: d.sourceKey,
    fields: d.fields,
    corrected: draft.corrected,
    quote: d.quote,
    prefix: d.prefix,
    suffix: d.suffix,
    start: d.start,
    end: d.end,
    checked: d.checked,
    origin: d.origin,
    ...derivedFactFields({ ...draft, quote: d.quote, checked: d.checked }),
    province: d.province,
    published: d.published,
  } as unknown as StoredFact;
}

/** A kept fact moved to where its quote is in the new text; `detached` when it is not there. */
function relocate(fact: StoredFact, text: string): StoredFact {
  const at = reanchor(text, fact);
  // Its other mentions pointed into the old text; the analysis of the new one gives them anew.
  if (!at) return { ...fact, detached: true, mentions: undefined };
  return { ...fact, ...at, ...contextOf(text, at.start, at.end), detached: undefined, mentions: undefined };
}

function fieldsOf<K extends FactKind>(fact: Extract<Fact, { kind: K }>): FieldsOf<K> {
  return compact(fieldsOfFact(fact)) as unknown as FieldsOf<K>;
}

function hasCorrections(f: StoredFact): boolean {
  return !!f.corrected && Object.keys(f.corrected).length > 0;
}

function mergeCorrections<C extends object>(saved: C | undefined, patch: C | undefined): C | undefined {
  if (!patch) return saved;
  return { ...saved, ...patch };
}

async function touchArticle(db: BantinDB, id: number, now: string): Promise<void> {
  const updated = await db.articles.update(id, { updatedAt: now });
  if (!updated) throw new RecordNotFoundError('article', id);
}

/** The indexed words of an article (title, outlet, byline, province, note, tags). */
export function articleTerms(a: StoredArticle): string[] {
  return searchFields([a.title, a.source, a.byline, a.province, a.note, ...a.tags]).terms;
}

function normalizeTags(tags: readonly string[]): string[] {
  if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string')) throw new TypeError('tags must be strings');
  const out = new Map<string, string>();
  for (const t of tags) {
    const tag = t.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (!tag) continue;
    if (tag.length > LIMITS.tag) throw new TypeError(`a tag is longer than ${LIMITS.tag} characters`);
    const k = tag.toLocaleLowerCase('vi');
    if (!out.has(k)) out.set(k, tag);
  }
  if (out.size > LIMITS.tags) throw new TypeError(`more than ${LIMITS.tags} tags`);
  return [...out.values()];
}

function checkNote(note: string): string {
  if (typeof note !== 'string') throw new TypeError('the note must be a string');
  if (note.length > LIMITS.note) throw new TypeError(`the note is longer than ${LIMITS.note} characters`);
  return note;
}

/** The object without its undefined properties (they would be stored as such). */
export function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}
