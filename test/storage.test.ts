// The extension's storage (extension/storage) on fake-indexeddb, with analyses made by the
// real analyzer on the seed articles.
import 'fake-indexeddb/auto'; // before Dexie loads: it takes indexedDB from the global scope
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { analyze } from '../analyzer/index.ts';
import { fieldsOfFact, type Analysis } from '../analyzer/contract.ts';
import {
  addManualFact,
  analysisFactId,
  deleteArticle,
  effectiveFields,
  findSaved,
  getArticleWithFacts,
  RecordNotFoundError,
  openDatabase,
  saveArticle,
  SCHEMA_VERSION,
  setNoteAndTags,
  StorageFullError,
  updateFact,
  type BantinDB,
  type Saved,
  type StoredFact,
} from '../extension/storage/articles.ts';
import { canonicalUrl, textHash } from '../extension/storage/canonical-url.ts';
import { STORES_V1 } from '../extension/storage/db.ts';
import { isQuotaExceeded } from '../extension/storage/errors.ts';
import { foldSearch } from '../analyzer/text/search-fold.ts';
import { CONTEXT_CHARS } from '../extension/storage/context.ts';

const seed = (name: string) => readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8');
const BAC_NINH = seed('000_ba0ab269d834ec73.txt');
const GIA_LAI = seed('001_f4415979ff86611d.txt');
const URL_A = 'https://baobacninh.vn/tin-tuc/van-phong-ubnd-tinh-12345.html';
const URL_B = 'https://baogialai.com.vn/channel/1/van-phong-tinh-uy-678.html';

let opened: BantinDB[] = [];
let counter = 0;
async function freshDb(): Promise<BantinDB> {
  const db = await openDatabase(`bantin-test-${process.pid}-${++counter}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of opened) {
    db.close();
    await Dexie.delete(db.name);
  }
  opened = [];
});

const analysisOf = (text: string, url: string): Analysis => analyze(text, { url });

/** Everything in the database, for before / after comparisons. */
async function snapshot(db: BantinDB) {
  return { articles: await db.articles.toArray(), facts: await db.facts.orderBy('id').toArray() };
}

describe('schema', () => {
  it('opens at the current version with the planned indexes', async () => {
    const db = await freshDb();
    expect(SCHEMA_VERSION).toBe(2);
    expect(db.verno).toBe(SCHEMA_VERSION);
    const facts = db.facts.schema.indexes.map((i) => i.name).sort();
    expect(facts).toEqual(
      ['[kind+group+articleId]', 'articleId', 'kind', 'province', 'published', 'terms', 'ticked'].sort(),
    );
    const articles = db.articles.schema.indexes.map((i) => i.name).sort();
    expect(articles).toEqual(['canonicalUrl', 'published', 'province', 'savedAt', 'source', 'tags', 'terms', 'textHash', 'updatedAt', 'urls'].sort());
    expect(db.articles.schema.idxByName.canonicalUrl.unique).toBe(true);
    expect(STORES_V1.articles).toContain('&canonicalUrl');
  });
});

describe('saveArticle / getArticleWithFacts', () => {
  it('saves an article with its facts, quotes, context and offsets, and loads them back', async () => {
    const db = await freshDb();
    const analysis = analysisOf(BAC_NINH, URL_A);
    const { article, created, added } = await saveArticle(db, { url: URL_A, text: BAC_NINH, analysis, note: 'đọc lại', tags: ['Văn phòng', ' văn phòng ', 'Bắc Ninh'] });
    expect(created).toBe(true);
    expect(added).toBe(analysis.facts.length);

    const loaded = (await getArticleWithFacts(db, article.id))!;
    expect(loaded.article).toMatchObject({
      canonicalUrl: canonicalUrl(URL_A),
      url: URL_A,
      textHash: await textHash(BAC_NINH),
      textLength: BAC_NINH.length,
      title: analysis.article.title,
      published: '2012-08-27T10:05',
      source: 'Báo Bắc Ninh',
      province: 'Bắc Ninh',
      language: 'vie',
      note: 'đọc lại',
      tags: ['Văn phòng', 'Bắc Ninh'],
      factCount: analysis.facts.length,
    });
    expect(loaded.facts).toHaveLength(analysis.facts.length);
    expect(analysis.facts.some((f) => (f.mentions?.length ?? 0) > 1)).toBe(true);
    loaded.facts.forEach((stored, i) => {
      const fact = analysis.facts[i];
      const { kind, text, start, end } = fact;
      expect(stored).toMatchObject({ articleId: article.id, kind, quote: text, start, end, fields: fieldsOfFact(fact), checked: true, origin: 'analyzer' });
      // A fact named more than once keeps its other mentions, each with its quote and context.
      expect(stored.mentions).toEqual(
        fact.mentions?.slice(1).map((m) => ({ quote: BAC_NINH.slice(m.start, m.end), start: m.start, end: m.end, prefix: BAC_NINH.slice(Math.max(0, m.start - CONTEXT_CHARS), m.start), suffix: BAC_NINH.slice(m.end, m.end + CONTEXT_CHARS) })),
      );
      expect(stored.prefix).toBe(BAC_NINH.slice(Math.max(0, start - CONTEXT_CHARS), start));
      expect(stored.suffix).toBe(BAC_NINH.slice(end, end + CONTEXT_CHARS));
      expect(stored.key).toBe(analysisFactId(fact).slice(kind.length + 1));
      expect(stored.province).toBe('Bắc Ninh');
      expect(stored.published).toBe('2012-08-27T10:05');
    });
  });

  it('refuses an analysis whose offsets do not point at its quotes', async () => {
    const db = await freshDb();
    const analysis = analysisOf(BAC_NINH, URL_A);
    analysis.facts[0] = { ...analysis.facts[0], start: analysis.facts[0].start + 1, end: analysis.facts[0].end + 1 };
    await expect(saveArticle(db, { url: URL_A, text: BAC_NINH, analysis })).rejects.toThrow(TypeError);
    expect(await db.articles.count()).toBe(0);
  });

  it('makes the facts findable by indexed key, kind, province and folded words', async () => {
    const db = await freshDb();
    const a = await saveArticle(db, { url: URL_A, text: BAC_NINH, analysis: analysisOf(BAC_NINH, URL_A) });
    const b = await saveArticle(db, { url: URL_B, text: GIA_LAI, analysis: analysisOf(GIA_LAI, URL_B) });
    // 'Hồ Chí Minh' is in both: the group index finds both articles
    const group = (await db.facts.where('kind').equals('person').filter((f) => f.quote === 'Hồ Chí Minh').first())!.group;
    const mentions = await db.facts.where('[kind+group+articleId]').between(['person', group, Dexie.minKey], ['person', group, Dexie.maxKey]).toArray();
    expect(new Set(mentions.map((f) => f.articleId))).toEqual(new Set([a.article.id, b.article.id]));
    // province copied onto facts
    expect((await db.facts.where('province').equals('Gia Lai').toArray()).every((f) => f.articleId === b.article.id)).toBe(true);
    // 'van phong tinh uy' finds 'Văn phòng Tỉnh ủy Gia Lai' through the words index, then the phrase
    const query = foldSearch('van phong tinh uy');
    const hits = await db.facts.where('terms').equals('uy').filter((f) => f.search.includes(query)).toArray();
    expect(hits.map((f) => f.quote)).toContain('Văn phòng Tỉnh ủy Gia Lai');
    expect(foldSearch('Văn phòng Tỉnh uỷ')).toBe(query); // old tone style
    expect(foldSearch('Văn phòng Tỉnh ủy')).toBe(query);
    expect(foldSearch('ĐẢNG ỦY  Khối')).toBe('dang uy khoi');
  });
});

describe('saving the same article again', () => {
  it('updates the article saved from the same URL with tracking parameters and a fragment', async () => {
    const db = await freshDb();
    const first = await saveArticle(db, { url: URL_A, text: BAC_NINH, analysis: analysisOf(BAC_NINH, URL_A), tags: ['giữ'] });
    const shared = `${URL_A.replace('https://', 'http://www.')}?utm_source=zalo&utm_medium=zalo&zarsrc=31&fbclid=IwAR0#binh-luan`;
    const again = await saveArticle(db, { url: shared, text: BAC_NINH, analysis: analysisOf(BAC_NINH, shared) });
    expect(again.created).toBe(false);
    expect(again.article.id).toBe(first.article.id);
    expect(await db.articles.count()).toBe(1);
    expect(await db.facts.count()).toBe(first.added);
    expect(again.article).toMatchObject({ url: URL_A, tags: ['giữ'], savedAt: first.article.savedAt });
    expect(again.article.updatedAt >= first.article.updatedAt).toBe(true);
  });

  it('updates the article with the same text saved from another URL, and finds it by both', async () => {
    const db = await freshDb();
    const first = await saveArticle(db, { url: URL_A, text: BAC_NINH, analysis: analysisOf(BAC_NINH, URL_A) });
    const mirror = 'https://baomoi.com/van-phong-ubnd-tinh/c/999.epi';
    const spaced = BAC_NINH.normalize('NFD').replace(/\n/g, '\r\n  '); // same text once NFC and spaces are folded
    const again = await saveArticle(db, { url: mirror, text: spaced, analysis: analysisOf(spaced, mirror) });
    expect(again.created).toBe(false);
    expect(again.article.id).toBe(first.article.id);
    expect(again.article.urls).toEqual([canonicalUrl(URL_A), canonicalUrl(mirror)]);
    expect(await db.articles.count()).toBe(1);
    expect((await findSaved(db, mirror + '?utm_campaign=x'))?.id).toBe(first.article.id);
  });

  it("keeps the researcher's unticks, corrections and manual facts, adds new analyzer facts", async () => {
    const db = await freshDb();
    // A first save of the article's beginning (as if the page were read before it finished
    // loading), then the whole article.
    const cut = GIA_LAI.indexOf('\n', 1600);
    const partial = GIA_LAI.slice(0, cut);
    const before = analysisOf(partial, URL_B);
    const { article } = await saveArticle(db, { url: URL_B, text: partial, analysis: before });
    const saved = (await getArticleWithFacts(db, article.id))!.facts;

    const unticked = saved.find((f) => f.kind === 'person')!;
    await updateFact(db, unticked.id, { checked: false });
    const edited = saved.find((f) => f.kind === 'office' && f.quote === 'Chính phủ')!;
    const correctedFact = await updateFact(db, edited.id, { corrected: { name: 'Chính phủ nước CHXHCN Việt Nam', province: null } });
    expect(effectiveFields(correctedFact as StoredFact & { kind: 'office' })).toEqual({ name: 'Chính phủ nước CHXHCN Việt Nam', level: 'central' });
    expect(correctedFact.key).toBe(foldKeyOf('Chính phủ nước CHXHCN Việt Nam'));
    const quote = 'Bác';
    const at = partial.indexOf(quote);
    const manual = await addManualFact(db, article.id, {
      kind: 'person',
      fields: { name: 'Hồ Chí Minh', role: 'Chủ tịch' },
      quote,
      start: at,
      end: at + quote.length,
      prefix: partial.slice(at - 32, at),
      suffix: partial.slice(at + quote.length, at + quote.length + 32),
    });

    const after = analysisOf(GIA_LAI, URL_B);
    const newOnes = after.facts.filter((f) => !before.facts.some((b) => analysisFactId(b) === analysisFactId(f)));
    expect(newOnes.length).toBeGreaterThan(0);
    const result = await saveArticle(db, { url: URL_B, text: GIA_LAI, analysis: after });
    expect(result.created).toBe(false);
    expect(result.added).toBe(newOnes.length);

    const { facts, article: updated } = (await getArticleWithFacts(db, article.id))!;
    expect(await db.articles.count()).toBe(1);
    expect(updated.factCount).toBe(facts.length);
    expect(facts.length).toBe(after.facts.length + 1);
    expect(facts.find((f) => f.id === unticked.id)).toMatchObject({ checked: false, quote: unticked.quote });
    expect(facts.find((f) => f.id === edited.id)).toMatchObject({
      corrected: { name: 'Chính phủ nước CHXHCN Việt Nam', province: null },
      key: foldKeyOf('Chính phủ nước CHXHCN Việt Nam'),
    });
    expect(facts.find((f) => f.id === manual.id)).toMatchObject({ origin: 'manual', quote, start: at, checked: true });
    for (const f of newOnes) {
      expect(facts.find((s) => s.kind === f.kind && s.start === f.start && s.quote === f.text)).toMatchObject({ origin: 'analyzer', checked: true });
    }
  });

  it('drops analyzer facts it no longer finds unless corrected; kept ones are re-anchored or marked detached', async () => {
    const db = await freshDb();
    const { article } = await saveArticle(db, { url: URL_B, text: GIA_LAI, analysis: analysisOf(GIA_LAI, URL_B) });
    const facts = (await getArticleWithFacts(db, article.id))!.facts;
    const cut = GIA_LAI.indexOf('\n', 1600);
    const late = facts.filter((f) => f.start > cut);
    expect(late.length).toBeGreaterThan(1);
    const kept = late.find((f) => f.kind === 'office' || f.kind === 'person' || f.kind === 'award')!;
    await updateFact(db, kept.id, { corrected: { name: 'Tên đã sửa' } });
    const unticked = late.find((f) => f.id !== kept.id)!;
    await updateFact(db, unticked.id, { checked: false }); // unticked but not corrected: goes
    const early = GIA_LAI.indexOf('Gia Lai', 10);
    const manual = await addManualFact(db, article.id, {
      kind: 'office', fields: { name: 'Gia Lai' }, quote: 'Gia Lai', start: early, end: early + 7,
      prefix: GIA_LAI.slice(early - 32, early), suffix: GIA_LAI.slice(early + 7, early + 39),
    });

    // The text loses its end and gets a new first line: offsets shift
    const shorter = 'Cập nhật lúc 8 giờ\n' + GIA_LAI.slice(0, cut);
    const result = await saveArticle(db, { url: URL_B, text: shorter, analysis: analysisOf(shorter, URL_B) });
    expect(result.dropped).toBeGreaterThan(0);
    const now = (await getArticleWithFacts(db, article.id))!.facts;
    expect(now.find((f) => f.id === kept.id)).toMatchObject({ detached: true, corrected: { name: 'Tên đã sửa' } });
    for (const f of late) if (f.id !== kept.id) expect(now.some((n) => n.id === f.id)).toBe(false);
    const prefixLength = 'Cập nhật lúc 8 giờ\n'.length;
    expect(now.find((f) => f.id === manual.id)).toMatchObject({ start: early + prefixLength, end: early + 7 + prefixLength });
    expect(now.find((f) => f.id === manual.id)!.detached).toBeUndefined();
    // facts still found line up with the new text
    for (const f of now.filter((n) => !n.detached)) expect(shorter.slice(f.start, f.end)).toBe(f.quote);
  });

  it('with checkedFactIds, the side panel ticks win; corrections given at save time are stored', async () => {
    const db = await freshDb();
    const analysis = analysisOf(BAC_NINH, URL_A);
    const [first, second] = analysis.facts;
    const ids = analysis.facts.map(analysisFactId).filter((id) => id !== analysisFactId(first));
    const patch = first.kind === 'date' ? { value: '2012-08-27' } : { name: 'X' };
    const { article } = await saveArticle(db, { url: URL_A, text: BAC_NINH, analysis, checkedFactIds: ids, corrections: { [analysisFactId(first)]: patch } });
    const facts = (await getArticleWithFacts(db, article.id))!.facts;
    expect(facts[0]).toMatchObject({ checked: false, corrected: patch });
    expect(facts[1]).toMatchObject({ checked: true, quote: second.text });
    await expect(
      saveArticle(db, { url: URL_A, text: BAC_NINH, analysis, corrections: { 'person|nobody': { name: 'Y' } } }),
    ).rejects.toThrow(/not in the analysis/);
    await expect(
      saveArticle(db, { url: URL_A, text: BAC_NINH, analysis, corrections: { [analysisFactId(first)]: { unit: 'x' } } }),
    ).rejects.toThrow(TypeError);
  });

  it('two saves of the same page at once make one article and lose no facts', async () => {
    const db = await freshDb();
    const analysis = analysisOf(BAC_NINH, URL_A);
    const results = await Promise.all([
      saveArticle(db, { url: URL_A, text: BAC_NINH, analysis }),
      saveArticle(db, { url: URL_A + '#a', text: BAC_NINH, analysis, note: 'tab 2' }),
    ]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(await db.articles.count()).toBe(1);
    expect(await db.facts.count()).toBe(analysis.facts.length);
    expect((await db.articles.toArray())[0].note).toBe('tab 2');
  });
});

describe('atomicity', () => {
  it('a re-save whose facts fail to be written leaves the previous state intact', async () => {
    const db = await freshDb();
    const cut = GIA_LAI.indexOf('\n', 1600);
    const partial = GIA_LAI.slice(0, cut);
    const { article } = await saveArticle(db, { url: URL_B, text: partial, analysis: analysisOf(partial, URL_B), note: 'trước' });
    const someFact = (await db.facts.toArray())[0];
    await updateFact(db, someFact.id!, { checked: false });
    const before = await snapshot(db);

    // Real IndexedDB failure in the middle of the save: the new facts go in together with a
    // record whose primary key is already taken (ConstraintError), after the article record
    // and the kept facts were already written in the same transaction.
    const table = db.facts;
    const realBulkAdd = table.bulkAdd.bind(table);
    const spy = vi.spyOn(table, 'bulkAdd').mockImplementation(((items: StoredFact[]) =>
      realBulkAdd([...items, { ...items[0], id: someFact.id }] as StoredFact[])) as typeof table.bulkAdd);

    const failure = await saveArticle(db, { url: URL_B, text: GIA_LAI, analysis: analysisOf(GIA_LAI, URL_B), note: 'sau' }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'BulkError' });
    expect(Object.values((failure as { failures: Error[] }).failures).map((e) => e.name)).toEqual(['ConstraintError']);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(await snapshot(db)).toEqual(before);
    expect((await db.articles.get(article.id))!.note).toBe('trước');
  });

  it('a first save that fails leaves neither the article nor any fact', async () => {
    const db = await freshDb();
    vi.spyOn(db.facts, 'bulkAdd').mockRejectedValue(new Error('disk on fire'));
    await expect(saveArticle(db, { url: URL_A, text: BAC_NINH, analysis: analysisOf(BAC_NINH, URL_A) })).rejects.toThrow('disk on fire');
    expect(await db.articles.count()).toBe(0);
    expect(await db.facts.count()).toBe(0);
  });
});

describe('deleteArticle', () => {
  it('removes the article and its facts, and nothing else', async () => {
    const db = await freshDb();
    const a = await saveArticle(db, { url: URL_A, text: BAC_NINH, analysis: analysisOf(BAC_NINH, URL_A) });
    const b = await saveArticle(db, { url: URL_B, text: GIA_LAI, analysis: analysisOf(GIA_LAI, URL_B) });
    await addManualFact(db, a.article.id, { kind: 'date', fields: { value: '2012' }, quote: '2012', start: BAC_NINH.indexOf('2012'), end: BAC_NINH.indexOf('2012') + 4, prefix: '', suffix: '' });
    expect(await deleteArticle(db, a.article.id)).toBe(true);
    expect(await db.articles.get(a.article.id)).toBeUndefined();
    expect(await db.facts.where('articleId').equals(a.article.id).count()).toBe(0);
    expect(await db.facts.where('articleId').equals(b.article.id).count()).toBe(b.added);
    expect(await deleteArticle(db, a.article.id)).toBe(false);
    expect(await findSaved(db, URL_A, BAC_NINH)).toBeUndefined();
  });
});

describe('findSaved, notes, tags and missing records', () => {
  it('answers "already saved?" by URL or by text', async () => {
    const db = await freshDb();
    expect(await findSaved(db, URL_A)).toBeUndefined();
    const { article } = await saveArticle(db, { url: URL_A, text: BAC_NINH, analysis: analysisOf(BAC_NINH, URL_A) });
    expect((await findSaved(db, URL_A + '?gclid=1#x'))?.id).toBe(article.id);
    expect(await findSaved(db, 'https://example.com/other')).toBeUndefined();
    expect((await findSaved(db, 'https://example.com/other', BAC_NINH))?.id).toBe(article.id);
  });

  it('does not treat two short texts with the same hash as one article', async () => {
    const db = await freshDb();
    const text = 'Trang không tồn tại';
    const empty: Analysis = { language: { code: 'vie', score: 1 }, article: {}, facts: [] };
    await saveArticle(db, { url: 'https://a.vn/1', text, analysis: empty });
    const second = await saveArticle(db, { url: 'https://b.vn/2', text, analysis: empty });
    expect(second.created).toBe(true);
    expect(await db.articles.count()).toBe(2);
  });

  it('sets the note and tags, and names a missing article or fact', async () => {
    const db = await freshDb();
    const { article } = await saveArticle(db, { url: URL_A, text: BAC_NINH, analysis: analysisOf(BAC_NINH, URL_A) });
    const next = await setNoteAndTags(db, article.id, { tags: ['thi đua', 'Thi đua', ''] });
    expect(next).toMatchObject({ tags: ['thi đua'], note: '' });
    expect(next.terms).toContain('thi');
    expect((await db.articles.where('tags').equals('thi đua').toArray()).map((a) => a.id)).toEqual([article.id]);
    await expect(setNoteAndTags(db, 999, { note: 'x' })).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(updateFact(db, 999, { checked: true })).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(addManualFact(db, 999, { kind: 'person', fields: { name: 'A' }, quote: 'A', start: 0, end: 1, prefix: '', suffix: '' })).rejects.toBeInstanceOf(RecordNotFoundError);
    const fact = (await db.facts.toArray())[0] as Saved<StoredFact>;
    await expect(updateFact(db, fact.id, { corrected: { nonsense: 'x' } })).rejects.toThrow(TypeError);
  });
});

describe('a full disk', () => {
  it('QuotaExceededError inside the transaction becomes StorageFullError and nothing changes', async () => {
    const db = await freshDb();
    await saveArticle(db, { url: URL_A, text: BAC_NINH, analysis: analysisOf(BAC_NINH, URL_A) });
    const before = await snapshot(db);
    vi.spyOn(db.facts, 'bulkAdd').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const error = await saveArticle(db, { url: URL_B, text: GIA_LAI, analysis: analysisOf(GIA_LAI, URL_B) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(/xuất JSON .*xóa những bài/);
    expect(((error as Error).cause as DOMException).name).toBe('QuotaExceededError');
    expect(await snapshot(db)).toEqual(before);
  });

  it('also from a QuotaExceededError wrapped by Dexie (inner, failures)', async () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaExceeded({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaExceeded(new Dexie.BulkError('bulk', { 3: quota }))).toBe(true);
    expect(isQuotaExceeded(new Dexie.AbortError('aborted', quota))).toBe(true);
    expect(isQuotaExceeded(new Error('other'))).toBe(false);

    const db = await freshDb();
    vi.spyOn(db.articles, 'add').mockRejectedValue(new Dexie.AbortError('Transaction aborted', quota));
    await expect(saveArticle(db, { url: URL_A, text: BAC_NINH, analysis: analysisOf(BAC_NINH, URL_A) })).rejects.toBeInstanceOf(StorageFullError);
    // other errors are not dressed up
    vi.spyOn(db.articles, 'add').mockRejectedValue(new TypeError('boom'));
    await expect(saveArticle(db, { url: URL_A, text: BAC_NINH, analysis: analysisOf(BAC_NINH, URL_A) })).rejects.toThrow(TypeError);
  });
});

describe('canonicalUrl and textHash', () => {
  const cases: [string, string][] = [
    ['https://BaoGiaLai.com.vn/Channel/1/Bai.html', 'https://baogialai.com.vn/Channel/1/Bai.html'],
    ['https://baolangson.vn/bai-123.html#binh-luan', 'https://baolangson.vn/bai-123.html'],
    ['https://baolangson.vn/bai-123.html?utm_source=facebook&utm_medium=social&utm_campaign=x&fbclid=IwAR', 'https://baolangson.vn/bai-123.html'],
    ['https://baolangson.vn/bai-123.html?zarsrc=31&utm_source=zalo&zalo_share=1&gidzl=abc', 'https://baolangson.vn/bai-123.html'],
    ['https://baolangson.vn/bai-123.html?gclid=1&_ga=2.1&mc_cid=3&mc_eid=4&ref=home&msclkid=5', 'https://baolangson.vn/bai-123.html'],
    ['https://baolangson.vn/tin?b=2&id=9&a=1&utm_term=z', 'https://baolangson.vn/tin?a=1&b=2&id=9'],
    ['https://baolangson.vn/tin?b=2&a=3&a=1', 'https://baolangson.vn/tin?a=3&a=1&b=2'],
    ['https://baolangson.vn/chuyen-muc/', 'https://baolangson.vn/chuyen-muc'],
    ['https://baolangson.vn/', 'https://baolangson.vn'],
    ['http://www.baolangson.vn:80/a', 'https://baolangson.vn/a'],
    ['https://baolangson.vn:8443/a', 'https://baolangson.vn:8443/a'],
    ['https://vi.wikipedia.org/wiki/T%E1%BB%89nh_%E1%BB%A7y', 'https://vi.wikipedia.org/wiki/T%E1%BB%89nh_%E1%BB%A7y'],
    ['file:///home/me/bai.html#x', 'file:///home/me/bai.html'],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => expect(canonicalUrl(input)).toBe(expected));
  }
  it('is idempotent and refuses what is not a URL', () => {
    for (const [input] of cases) expect(canonicalUrl(canonicalUrl(input))).toBe(canonicalUrl(input));
    expect(() => canonicalUrl('not a url')).toThrow(TypeError);
  });
  it('hashes the text NFC and white-space folded', async () => {
    const h = await textHash('Tỉnh ủy  Gia Lai\n');
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(await textHash(' Tỉnh ủy\u00a0Gia\r\nLai'.normalize('NFD'))).toBe(h);
    expect(await textHash('Tỉnh ủy Gia\u200b Lai')).toBe(h);
    expect(await textHash('Tỉnh uỷ Gia Lai')).not.toBe(h);
  });
});

function foldKeyOf(name: string): string {
  // the office scoring key of a name (analyzer/text/fold.ts), through a fact of the analyzer's shape
  return analysisFactId({ kind: 'office', text: name, start: 0, end: name.length, name }).slice('office|'.length);
}

describe('two tabs and upgrades (data safety)', () => {
  it('two pages saving at once through their own connections lose nothing', async () => {
    const name = `bantin-two-tabs-${process.pid}`;
    const tabA = await openDatabase(name);
    const tabB = await openDatabase(name);
    opened.push(tabA, tabB);
    const texts = [BAC_NINH, GIA_LAI, seed('002_819d290b6f01cc90.txt'), seed('003_67a0f94a2f50c909.txt')];
    const urls = texts.map((_, i) => `https://example.vn/bai-${i}.html`);
    // Each tab saves every article (both at once), then tab B re-saves the first with a note.
    await Promise.all([
      ...texts.map((text, i) => saveArticle(tabA, { url: urls[i], text, analysis: analysisOf(text, urls[i]), tags: ['A'] })),
      ...texts.map((text, i) => saveArticle(tabB, { url: urls[i], text, analysis: analysisOf(text, urls[i]) })),
    ]);
    await saveArticle(tabB, { url: urls[0], text: texts[0], analysis: analysisOf(texts[0], urls[0]), note: 'từ thẻ B' });
    const articles = await tabA.articles.toArray();
    expect(articles).toHaveLength(texts.length); // one per page, never two
    for (const [i, text] of texts.entries()) {
      const a = articles.find((x) => x.canonicalUrl === canonicalUrl(urls[i]))!;
      const facts = await tabA.facts.where('articleId').equals(a.id!).toArray();
      expect(facts).toHaveLength(analysisOf(text, urls[i]).facts.length); // no fact doubled, none lost
      expect(a.factCount).toBe(facts.length);
      expect(a.tags).toEqual(['A']);
    }
    expect(articles.find((x) => x.canonicalUrl === canonicalUrl(urls[0]))!.note).toBe('từ thẻ B');
  });

  it('an upgrade blocked by an old connection says so, then completes when it closes, data intact', async () => {
    const name = `bantin-blocked-${process.pid}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(STORES_V1);
    await v1.open();
    await v1.table('articles').add({ canonicalUrl: 'https://a.vn/x', urls: ['https://a.vn/x'], url: 'https://a.vn/x', textHash: 'h', textLength: 1, language: 'vie', note: 'n', tags: [], savedAt: '', updatedAt: '', factCount: 0, terms: [] });
    v1.close();
    // An old page holding the database open and ignoring 'versionchange' (as an old build might).
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    raw.onversionchange = null;
    let blocked = 0;
    const opening = openDatabase(name, { onBlocked: () => blocked++ });
    await vi.waitFor(() => expect(blocked).toBeGreaterThan(0));
    raw.close();
    const db = await opening;
    opened.push(db);
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.articles.toArray()).toMatchObject([{ note: 'n' }]);
  });
});
