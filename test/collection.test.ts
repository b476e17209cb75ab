// The collection page's storage side (extension/storage/collection, removal, transfer) on
// fake-indexeddb, with articles analyzed by the real analyzer: filters are checked against
// a brute-force reading of every record, groups against the spellings they must merge,
// exports by reading them back (papaparse, JSON.parse) and imports by what they change.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import Papa from 'papaparse';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis, Fact } from '../analyzer/contract.ts';
import { COLUMN_NAMES } from '../analyzer/export/columns.ts';
import { analyze } from '../analyzer/index.ts';
import { openDatabase, saveArticle, StorageFullError, updateArticle, updateFact, type BantinDB, type Saved, type StoredArticle, type StoredFact } from '../extension/storage/articles.ts';
import {
  filterFactIds,
  groupFacts,
  parseText,
  queryFactIds,
  readSnapshot,
  type CollectionFilter,
  type CollectionSnapshot,
} from '../extension/storage/collection.ts';
import { STORES_V1 } from '../extension/storage/db.ts';
import { DEFAULT_STATE, stateFromHash, stateToHash, type PageState } from '../extension/ui/collection/url-state.ts';
import { groupKey } from '../analyzer/text/group-key.ts';
import { removeArticles, removeFacts, restoreRemoved, wipeCollection } from '../extension/storage/removal.ts';
import { foldSearch } from '../analyzer/text/search-fold.ts';
import { exportCollection, exportCsv, importCollection, ImportError, parseExport } from '../extension/storage/transfer.ts';

const ROOT = join(import.meta.dirname, '..');
const texts = [
  ...readdirSync(join(ROOT, 'fixtures/seeds')).map((f) => join(ROOT, 'fixtures/seeds', f)),
  ...readdirSync(join(ROOT, 'fixtures/dev/texts')).map((f) => join(ROOT, 'fixtures/dev/texts', f)),
]
  .filter((p) => p.endsWith('.txt'))
  .sort();

let counter = 0;
const opened: BantinDB[] = [];
async function freshDb(): Promise<BantinDB> {
  const db = await openDatabase(`bantin-collection-${process.pid}-${++counter}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** Saves every fixture article (seeds and dev texts) under its own address; tags by folder. */
async function fillCollection(db: BantinDB): Promise<void> {
  for (const [i, path] of texts.entries()) {
    const text = readFileSync(path, 'utf8');
    const url = `https://example.vn/bai-${i}.html`;
    await saveArticle(db, { url, text, analysis: analyze(text, { url }), tags: [path.includes('seeds') ? 'seed' : 'dev', i % 2 ? 'lẻ' : 'chẵn'] });
  }
}

async function everything(db: BantinDB) {
  const facts = (await db.facts.toArray()) as Saved<StoredFact>[];
  const articles = new Map(((await db.articles.toArray()) as Saved<StoredArticle>[]).map((a) => [a.id, a]));
  return { facts, articles };
}

describe('filters, against a reading of every record', () => {
  let db: BantinDB;
  let snapshot: CollectionSnapshot;
  let all: Awaited<ReturnType<typeof everything>>;
  beforeAll(async () => {
    db = await openDatabase(`bantin-collection-filters-${process.pid}`);
    await fillCollection(db);
    // One fact unticked: hidden unless asked for.
    const first = (await db.facts.orderBy('id').first())!;
    await updateFact(db, first.id!, { checked: false });
    snapshot = await readSnapshot(db);
    all = await everything(db);
    return async () => {
      db.close();
      await Dexie.delete(db.name);
    };
  });

  const province = () => [...all.articles.values()].map((a) => a.province).find(Boolean)!;
  const source = () => [...all.articles.values()].map((a) => a.source).find(Boolean)!;

  const cases: [string, () => CollectionFilter, (f: Saved<StoredFact>, a: Saved<StoredArticle>) => boolean][] = [
    ['nothing (ticked only)', () => ({}), (f) => f.checked],
    ['unticked too', () => ({ includeUnticked: true }), () => true],
    ['one kind', () => ({ kinds: ['office'] }), (f) => f.checked && f.kind === 'office'],
    ['two kinds', () => ({ kinds: ['document', 'award'] }), (f) => f.checked && (f.kind === 'document' || f.kind === 'award')],
    ['a province', () => ({ province: province() }), (f, a) => f.checked && a.province === province()],
    ['an outlet', () => ({ source: source() }), (f, a) => f.checked && a.source === source()],
    ['a tag', () => ({ tag: 'seed' }), (f, a) => f.checked && a.tags.includes('seed')],
    ['a tag and a kind', () => ({ tag: 'lẻ', kinds: ['person'] }), (f, a) => f.checked && a.tags.includes('lẻ') && f.kind === 'person'],
    ['a year', () => ({ from: '2012', to: '2012' }), (f, a) => f.checked && !!a.published?.startsWith('2012')],
    [
      'a date range',
      () => ({ from: '2010-01-01', to: '2019-12-31' }),
      (f, a) => f.checked && !!a.published && a.published >= '2010-01-01' && a.published.slice(0, 10) <= '2019-12-31',
    ],
    ['one article', () => ({ articleId: 3 }), (f) => f.checked && f.articleId === 3],
  ];

  it.each(cases)('%s', async (_, filter, expected) => {
    const got = (await filterFactIds(db, snapshot, filter())).sort((a, b) => a - b);
    const want = all.facts.filter((f) => expected(f, all.articles.get(f.articleId)!)).map((f) => f.id).sort((a, b) => a - b);
    expect(want.length).toBeGreaterThan(0);
    expect(got).toEqual(want);
  });

  it('finds words without accents, any tone style, abbreviations spelled out, and prefixes', async () => {
    for (const query of ['van phong tinh uy', 'VĂN PHÒNG TỈNH UỶ', 'vă phò tỉn', 'uy ban nhan dan']) {
      const words = parseText(query).words;
      const got = await filterFactIds(db, snapshot, { text: query });
      const want = all.facts.filter((f) => {
        const a = all.articles.get(f.articleId)!;
        const haystack = new Set([...f.terms, ...a.terms]);
        return f.checked && words.every((w) => [...haystack].some((t) => t.startsWith(w)));
      });
      expect(got.length, query).toBeGreaterThan(0);
      expect(got.sort((a, b) => a - b), query).toEqual(want.map((f) => f.id).sort((a, b) => a - b));
    }
    // 'Ủy ban nhân dân' spelled out finds facts written 'UBND'.
    const ubnd = await db.facts.filter((f) => /\bUBND\b/.test(f.quote) && !/Ủy ban nhân dân/i.test(f.quote)).first();
    expect(ubnd).toBeDefined();
    expect(await filterFactIds(db, snapshot, { text: 'uy ban nhan dan', includeUnticked: true })).toContain(ubnd!.id);
  });

  it('a quoted phrase must appear as such in the fact', async () => {
    const got = await filterFactIds(db, snapshot, { text: '"van phong tinh uy"', kinds: ['office'] });
    expect(got.length).toBeGreaterThan(0);
    for (const f of all.facts.filter((x) => got.includes(x.id))) expect(foldSearch(`${f.quote} ${(f.fields as { name?: string }).name ?? ''}`)).toContain('van phong tinh uy');
  });

  it('a document code from the start of one of its words, however written', async () => {
    const doc = all.facts.find((f) => f.kind === 'document' && f.checked)!;
    const code = (doc.fields as { code: string }).code;
    for (const q of [code, code.toLowerCase(), code.replace('/TW', '/TƯ'), code.split('/')[0]]) {
      const got = await filterFactIds(db, snapshot, { code: q });
      expect(got, q).toContain(doc.id);
      for (const id of got) expect(all.facts.find((f) => f.id === id)!.kind).toBe('document');
    }
    expect(await filterFactIds(db, snapshot, { code: `9${code}` })).not.toContain(doc.id);
  });

  it('sorts by published date both ways, undated last; by title with Vietnamese collation', async () => {
    const up = await queryFactIds(db, snapshot, {}, { column: 'published' });
    const down = await queryFactIds(db, snapshot, {}, { column: 'published', descending: true });
    const dateOf = (id: number) => all.articles.get(all.facts.find((f) => f.id === id)!.articleId)!.published;
    const dated = (ids: number[]) => ids.map(dateOf).filter(Boolean) as string[];
    expect(dated(up)).toEqual([...dated(up)].sort());
    expect(dated(down)).toEqual([...dated(up)].sort().reverse());
    expect(up.length).toBe(down.length);
    const firstUndated = up.findIndex((id) => !dateOf(id));
    if (firstUndated >= 0) expect(up.slice(firstUndated).every((id) => !dateOf(id))).toBe(true);
    const byTitle = await queryFactIds(db, snapshot, {}, { column: 'title' });
    const titles = byTitle.map((id) => all.articles.get(all.facts.find((f) => f.id === id)!.articleId)!.title ?? '');
    const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
    for (let i = 1; i < titles.length; i++) if (titles[i] && titles[i - 1]) expect(collator.compare(titles[i - 1], titles[i])).toBeLessThanOrEqual(0);
  });

  it('groups: each group holds its facts and distinct articles; most articles first', async () => {
    const groups = await groupFacts(db, snapshot, {}, 'office');
    expect(groups.length).toBeGreaterThan(3);
    for (let i = 1; i < groups.length; i++) expect(groups[i - 1].articleIds.length).toBeGreaterThanOrEqual(groups[i].articleIds.length);
    const offices = all.facts.filter((f) => f.kind === 'office' && f.checked);
    expect(groups.reduce((n, g) => n + g.factIds.length, 0)).toBe(offices.length);
    for (const g of groups) {
      const members = offices.filter((f) => f.group === g.group);
      expect(g.factIds).toEqual(members.map((f) => f.id).sort((a, b) => a - b));
      expect(g.articleIds).toEqual([...new Set(members.map((f) => f.articleId))].sort((a, b) => a - b));
    }
    // A group is also a filter: its facts and nothing else.
    const top = groups[0];
    expect((await filterFactIds(db, snapshot, { group: { kind: 'office', group: top.group } })).sort((a, b) => a - b)).toEqual(top.factIds);
  });
});

describe('grouping keys merge spellings', () => {
  it.each([
    ['office', { name: 'UBND tỉnh Gia Lai' }, { name: 'Ủy ban nhân dân tỉnh Gia Lai' }],
    ['office', { name: 'Văn phòng Tỉnh uỷ', province: 'Gia Lai' }, { name: 'Văn phòng Tỉnh ủy Gia Lai' }],
    ['office', { name: 'HĐND TP.HCM' }, { name: 'Hội đồng nhân dân Thành phố Hồ Chí Minh' }],
    ['award', { name: 'Chiến sỹ thi đua cơ sở' }, { name: 'Chiến sĩ thi đua cơ sở' }],
    ['document', { code: '06-CT/TW' }, { code: '06-CT/TƯ' }],
    ['person', { name: 'Nguyễn Văn Hoà' }, { name: 'Nguyễn Văn Hòa' }],
  ] as const)('%s %j = %j', (kind, a, b) => {
    expect(groupKey(kind, a)).toBe(groupKey(kind, b));
  });

  it.each([
    ['office', { name: 'UBND tỉnh Gia Lai' }, { name: 'UBND tỉnh Kon Tum' }],
    ['office', { name: 'Văn phòng Tỉnh ủy', province: 'Gia Lai' }, { name: 'Văn phòng Tỉnh ủy', province: 'Bình Định' }],
    ['document', { code: '06-CT/TW' }, { code: '05-CT/TW' }],
    ['award', { name: 'Huân chương Lao động hạng Nhì' }, { name: 'Huân chương Lao động hạng Nhất' }],
  ] as const)('%s %j ≠ %j', (kind, a, b) => {
    expect(groupKey(kind, a)).not.toBe(groupKey(kind, b));
  });

  it('in the database: two articles writing one office two ways are one group of two articles', async () => {
    const db = await freshDb();
    const office = (text: string, name: string): Analysis => ({
      language: { code: 'vie', score: 1 },
      article: { province: 'Gia Lai' },
      facts: [{ kind: 'office', text: name, start: text.indexOf(name), end: text.indexOf(name) + name.length, name, level: 'province', province: 'Gia Lai' } as Fact],
    });
    const t1 = 'Sáng nay, UBND tỉnh Gia Lai tổ chức hội nghị.';
    const t2 = 'Sáng nay, Ủy ban nhân dân tỉnh Gia Lai tổ chức hội nghị.';
    await saveArticle(db, { url: 'https://a.vn/1', text: t1, analysis: office(t1, 'UBND tỉnh Gia Lai') });
    await saveArticle(db, { url: 'https://a.vn/2', text: t2, analysis: office(t2, 'Ủy ban nhân dân tỉnh Gia Lai') });
    const groups = await groupFacts(db, await readSnapshot(db), {}, 'office');
    expect(groups).toHaveLength(1);
    expect(groups[0].articleIds).toHaveLength(2);
  });
});

describe('delete and undo', () => {
  it('removing facts and undoing puts back exactly what was there', async () => {
    const db = await freshDb();
    await fillCollection(db);
    const before = await everything(db);
    const victims = before.facts.filter((f) => f.kind === 'office').slice(0, 5).map((f) => f.id);
    const removed = await removeFacts(db, victims);
    expect(removed.facts.map((f) => f.id).sort()).toEqual([...victims].sort());
    expect(await db.facts.bulkGet(victims)).toEqual(victims.map(() => undefined));
    const article = before.articles.get(removed.facts[0].articleId)!;
    expect((await db.articles.get(article.id))!.factCount).toBeLessThan(article.factCount);
    await restoreRemoved(db, removed);
    const after = await everything(db);
    expect(after.facts.sort((a, b) => a.id - b.id)).toEqual(before.facts.sort((a, b) => a.id - b.id));
    for (const [id, a] of before.articles) expect({ ...after.articles.get(id), updatedAt: '' }).toEqual({ ...a, updatedAt: '' });
  });

  it('removing an article takes its facts; undo restores both; undo is refused once the page is saved again', async () => {
    const db = await freshDb();
    await fillCollection(db);
    const before = await everything(db);
    const removed = await removeArticles(db, [2]);
    expect(removed.articles).toHaveLength(1);
    expect(await db.facts.where('articleId').equals(2).count()).toBe(0);
    await restoreRemoved(db, removed);
    expect((await everything(db)).facts.sort((a, b) => a.id - b.id)).toEqual(before.facts.sort((a, b) => a.id - b.id));

    const again = await removeArticles(db, [2]);
    const a = again.articles[0];
    await saveArticle(db, { url: a.url, text: 'Văn bản khác hẳn.', analysis: { language: { code: 'vie', score: 1 }, article: {}, facts: [] } });
    const count = await db.facts.count();
    await expect(restoreRemoved(db, again)).rejects.toThrow(/đã được lưu lại sau khi bị xóa/);
    expect(await db.facts.count()).toBe(count);
  });

  it('correcting an article moves its facts to the new province and date', async () => {
    const db = await freshDb();
    await fillCollection(db);
    await updateArticle(db, 1, { province: 'Kon Tum', published: '2020-02-03' });
    const facts = await db.facts.where('articleId').equals(1).toArray();
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect([f.province, f.published]).toEqual(['Kon Tum', '2020-02-03']);
    expect(await db.facts.where('province').equals('Kon Tum').count()).toBe(facts.length);
    await expect(updateArticle(db, 1, { published: 'hôm qua' })).rejects.toThrow(/ISO date/);
  });
});

describe('CSV export', () => {
  it('one row per fact with the article columns, BOM, Vietnamese intact, formulas neutralised', async () => {
    const db = await freshDb();
    await fillCollection(db);
    await updateArticle(db, 1, { title: '=HYPERLINK("http://evil","bấm")', note: '+cmd|" /C calc"!A0', tags: ['@SUM(A1)', '\tthẻ'] });
    const snapshot = await readSnapshot(db);
    const ids = await queryFactIds(db, snapshot, {}, { column: 'saved' });
    const csv = (await exportCsv(db, snapshot, ids)).join('');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(COLUMN_NAMES);
    expect(rows).toHaveLength(ids.length + 1);
    const col = (row: string[], name: string) => row[COLUMN_NAMES.indexOf(name)];
    const all = await everything(db);
    rows.slice(1).forEach((row, i) => {
      const fact = all.facts.find((f) => f.id === ids[i])!;
      const article = all.articles.get(fact.articleId)!;
      expect(col(row, 'text')).toBe(/^[=+\-@\t\r]/.test(fact.quote) ? `'${fact.quote}` : fact.quote);
      expect(col(row, 'kind')).toBe(fact.kind);
      expect(col(row, 'checked')).toBe('yes');
      if (article.id !== 1) expect(col(row, 'title')).toBe(article.title ?? '');
    });
    const row1 = rows.slice(1).find((r) => col(r, 'title').includes('HYPERLINK'))!;
    expect(col(row1, 'title')).toBe(`'=HYPERLINK("http://evil","bấm")`);
    expect(col(row1, 'note')).toBe(`'+cmd|" /C calc"!A0`);
    expect(col(row1, 'tags')).toBe("'@SUM(A1); \tthẻ".replace('\t', '')); // tags are trimmed when saved
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('JSON export and import', () => {
  const strip = (x: { facts: Saved<StoredFact>[]; articles: Map<number, Saved<StoredArticle>> }) => ({
    facts: x.facts.map(({ id: _i, articleId: _a, ...f }) => f).sort((a, b) => `${a.quote}${a.start}`.localeCompare(`${b.quote}${b.start}`)),
    articles: [...x.articles.values()].map(({ id: _i, ...a }) => a).sort((a, b) => a.canonicalUrl.localeCompare(b.canonicalUrl)),
  });

  it('round trip: export, wipe, import gives back every article, fact, correction, note and tag', async () => {
    const db = await freshDb();
    await fillCollection(db);
    const fact = (await db.facts.where('kind').equals('office').first())!;
    await updateFact(db, fact.id!, { corrected: { name: 'Văn phòng đã sửa' }, checked: false });
    await updateArticle(db, 2, { note: 'ghi chú', tags: ['một', 'hai'] });
    const before = await everything(db);
    const json = JSON.stringify(await exportCollection(db));
    await wipeCollection(db);
    expect(await db.facts.count()).toBe(0);
    const summary = await importCollection(db, parseExport(json));
    expect(summary).toEqual({ articlesAdded: before.articles.size, articlesMerged: 0, factsAdded: before.facts.length, factsSkipped: 0 });
    expect(strip(await everything(db))).toEqual(strip(before));
    // Again: nothing doubles.
    const second = await importCollection(db, parseExport(json));
    expect(second).toEqual({ articlesAdded: 0, articlesMerged: before.articles.size, factsAdded: 0, factsSkipped: before.facts.length });
    expect(await db.facts.count()).toBe(before.facts.length);
  });

  it('exports only the facts asked for, with their articles', async () => {
    const db = await freshDb();
    await fillCollection(db);
    const snapshot = await readSnapshot(db);
    const ids = await filterFactIds(db, snapshot, { kinds: ['document'] });
    const file = await exportCollection(db, ids);
    expect(file.facts.map((f) => f.id).sort()).toEqual([...ids].sort());
    expect(new Set(file.articles.map((a) => a.id))).toEqual(new Set(file.facts.map((f) => f.articleId)));
    expect(file.facts[0]).not.toHaveProperty('search');
  });

  describe('a bad file is refused with its reason and changes nothing', () => {
    let good: Record<string, unknown>;
    beforeAll(async () => {
      const db = await openDatabase(`bantin-collection-export-${process.pid}`);
      const text = readFileSync(texts[0], 'utf8');
      await saveArticle(db, { url: 'https://example.vn/a', text, analysis: analyze(text) });
      good = JSON.parse(JSON.stringify(await exportCollection(db)));
      db.close();
      await Dexie.delete(db.name);
    });
    const edit = (f: (x: any) => void) => {
      const copy = structuredClone(good);
      f(copy);
      return JSON.stringify(copy);
    };
    const cases: [string, () => string, RegExp][] = [
      ['not JSON', () => 'hello', /không phải JSON hợp lệ/],
      ['truncated', () => JSON.stringify(good).slice(0, 200), /không phải JSON hợp lệ.*cắt cụt/],
      ['an array', () => '[]', /không phải bản xuất bộ sưu tập Bantin/],
      ['another format', () => edit((x) => (x.format = 'zotero')), /format must be 'bantin-collection'/],
      ['a newer schema', () => edit((x) => (x.schemaVersion = 99)), /newer Bantin/],
      ['a missing field', () => edit((x) => delete x.facts[0].quote), /facts\[0\]\.quote/],
      ['a wrong type', () => edit((x) => (x.facts[0].start = 'zero')), /facts\[0\]\.start/],
      ['an unknown kind', () => edit((x) => (x.facts[0].kind = 'weather')), /facts\[0\]\.kind/],
      ['a fact of no article', () => edit((x) => (x.facts[0].articleId = 999)), /no article 999/],
      ['a duplicated id', () => edit((x) => (x.facts[1].id = x.facts[0].id)), /appears twice/],
      ['offsets that do not fit the quote', () => edit((x) => (x.facts[0].end += 5)), /length of the quote/],
      ['a 10 MB string', () => edit((x) => (x.articles[0].title = 'a'.repeat(10_000_000))), /articles\[0\]\.title/],
      ['prototype pollution', () => JSON.stringify(good).replace('"format"', '"__proto__":{"polluted":1},"format"'), /__proto__/],
      ['a polluting fact field', () => edit((x) => (x.facts[0].fields = JSON.parse('{"__proto__":{"x":1},"name":"a"}'))), /facts\[0\]/],
      ['an extra key', () => edit((x) => (x.articles[0].evil = '<script>')), /evil/],
      ['a script URL', () => edit((x) => (x.articles[0].url = 'javascript:alert(1)')), /articles\[0\]\.url/],
    ];
    it.each(cases)('%s', async (_, make, reason) => {
      const db = await freshDb();
      await fillCollection(db);
      const before = await everything(db);
      let error: unknown;
      try {
        await importCollection(db, parseExport(make()));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ImportError);
      expect((error as Error).message).toMatch(reason);
      expect((error as Error).message.length).toBeLessThan(600);
      expect(await everything(db)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('the file itself is valid (the cases above differ from it by one thing)', () => {
      expect(() => parseExport(JSON.stringify(good))).not.toThrow();
    });
  });

  it('a failure half-way through an import leaves the collection as it was', async () => {
    const db = await freshDb();
    await fillCollection(db);
    const file = await exportCollection(db);
    await wipeCollection(db);
    await saveArticle(db, { url: 'https://example.vn/keep', text: 'Bài giữ lại.', analysis: { language: { code: 'vie', score: 1 }, article: {}, facts: [] } });
    const before = await everything(db);
    // The last step fails (writing the facts), after the articles were added.
    db.facts.bulkAdd = (() => {
      throw new Error('disk failure');
    }) as unknown as typeof db.facts.bulkAdd;
    await expect(importCollection(db, file)).rejects.toThrow('disk failure');
    expect(await everything(db)).toEqual(before);
  });
});

describe('a full disk', () => {
  it('an import that runs out of quota says what to do and changes nothing', async () => {
    const db = await freshDb();
    await fillCollection(db);
    const file = await exportCollection(db);
    await removeArticles(db, [1, 2, 3]);
    const before = await everything(db);
    db.facts.bulkAdd = (() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))) as unknown as typeof db.facts.bulkAdd;
    const error = await importCollection(db, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(/đã đầy.*xuất JSON/);
    expect(await everything(db)).toEqual(before);
  });
});

describe('schema upgrade from every earlier version', () => {
  it('v1 → v2: every article, fact, correction, note and tag is there, with groups and ticks computed', async () => {
    const name = `bantin-upgrade-${process.pid}`;
    // A v1 database as the v1 code wrote it (no group, no ticked, search words without expansions).
    const v1 = new Dexie(name);
    v1.version(1).stores(STORES_V1);
    await v1.open();
    const articleId = (await v1.table('articles').add({
      canonicalUrl: 'https://baogialai.com.vn/a',
      urls: ['https://baogialai.com.vn/a'],
      url: 'https://baogialai.com.vn/a?utm_source=x',
      textHash: 'h',
      textLength: 100,
      title: 'Văn phòng Tỉnh ủy',
      province: 'Gia Lai',
      published: '2020-01-02',
      language: 'vie',
      note: 'ghi chú',
      tags: ['thẻ'],
      savedAt: '2020-01-02T00:00:00Z',
      updatedAt: '2020-01-02T00:00:00Z',
      factCount: 2,
      terms: ['van', 'phong'],
    })) as number;
    const base = { articleId, prefix: '', suffix: '', origin: 'analyzer', province: 'Gia Lai', published: '2020-01-02', search: 'x', terms: ['x'] };
    await v1.table('facts').bulkAdd([
      { ...base, kind: 'office', key: 'k', fields: { name: 'UBND tỉnh', province: 'Gia Lai' }, quote: 'UBND tỉnh', start: 0, end: 9, checked: true },
      { ...base, kind: 'award', key: 'k2', fields: { name: 'Bằng khen' }, corrected: { name: 'Cờ thi đua', year: 2019 }, quote: 'Bằng khen', start: 20, end: 29, checked: false },
    ]);
    const rawBefore = await v1.table('facts').toArray();
    v1.close();

    const db = await openDatabase(name);
    opened.push(db);
    expect(db.verno).toBe(2);
    const article = (await db.articles.get(articleId))!;
    expect(article).toMatchObject({ note: 'ghi chú', tags: ['thẻ'], title: 'Văn phòng Tỉnh ủy', factCount: 2 });
    const facts = await db.facts.orderBy('id').toArray();
    expect(facts).toHaveLength(2);
    facts.forEach((f, i) => expect(f).toMatchObject({ ...rawBefore[i], key: expect.any(String), search: expect.any(String), terms: expect.any(Array) }));
    expect(facts[0]).toMatchObject({ group: 'uy ban nhan dan tinh gia lai', ticked: 1 });
    expect(facts[1]).toMatchObject({ group: 'co thi dua', ticked: 0, corrected: { name: 'Cờ thi đua', year: 2019 } });
    expect(facts[0].terms).toContain('nhan');
    // And the new indexes answer.
    const snapshot = await readSnapshot(db);
    expect(await filterFactIds(db, snapshot, {})).toEqual([facts[0].id]);
    expect((await groupFacts(db, snapshot, { includeUnticked: true }, 'award'))[0].group).toBe('co thi dua');
  });
});

describe('the page state in the address', () => {
  it('round-trips every filter, the sort, the view and the grouped kind', () => {
    const state: PageState = {
      filter: {
        kinds: ['document', 'office'],
        text: 'van phong & "tinh uy"',
        province: 'Gia Lai',
        source: 'Báo Gia Lai',
        tag: 'thi đua',
        from: '2012',
        to: '2024-05',
        code: '06-CT/TW',
        includeUnticked: true,
        articleId: 42,
        group: { kind: 'office', group: 'van phong tinh uy gia lai' },
      },
      sort: { column: 'published', descending: false },
      view: 'groups',
      groupKind: 'award',
    };
    expect(stateFromHash(stateToHash(state))).toEqual(state);
    expect(stateToHash(DEFAULT_STATE)).toBe('');
    expect(stateFromHash('')).toEqual(DEFAULT_STATE);
  });

  it('ignores what it does not know, never trusts it', () => {
    const s = stateFromHash('#view=evil&kinds=weather,person&from=yesterday&sort=-constructor&article=-3&group=__proto__:x&group-by=toString');
    expect(s).toEqual({ ...DEFAULT_STATE, filter: { kinds: ['person'] } });
  });
});
