// The collection's pictures and series (extension/storage/pictures.ts, series.ts) on
// fake-indexeddb: months, provinces and kinds are checked against a reading of every record;
// the series against the CLI's own grouping (analyzer/series.ts) of the same analyses, so
// `bantin series` and the collection agree; the series CSV has the CLI's columns; the JSON
// backup carries the series and imports with or without them. Also the charts' arithmetic
// (ui/charts/scale.ts) and the view's place in the page's address.
import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../analyzer/contract.ts';
import { analyze } from '../analyzer/index.ts';
import { buildSeries, SERIES_COLUMNS } from '../analyzer/series.ts';
import { saveArticle, updateFact, type BantinDB, type Saved, type StoredArticle, type StoredFact } from '../extension/storage/articles.ts';
import { filterFactIds, readSnapshot } from '../extension/storage/collection.ts';
import { monthRange, picturesOf } from '../extension/storage/pictures.ts';
import { filterSeries, seriesCsv, seriesOf } from '../extension/storage/series.ts';
import { exportCollection, importCollection, parseExport } from '../extension/storage/transfer.ts';
import { dateValue, monthLabels, niceTicks, yearTicks } from '../extension/ui/charts/scale.ts';
import { KIND_ORDER } from '../extension/ui/palette.ts';
import { stateFromHash, stateToHash, DEFAULT_STATE, type PageState } from '../extension/ui/collection/url-state.ts';
import { freshDatabases } from './helpers/fresh-db.ts';

const freshDb = freshDatabases('bantin-pictures');

// Made-up articles (bodies, places and figures invented): one body's membership in three
// years, from two provinces' papers, and one article with no date nor province.
const ARTICLES = [
  {
    url: 'https://baogialai.example.vn/a2021.html',
    published: '2022-01-10',
    province: 'Gia Lai',
    text: 'Đảng bộ xã Ea Khăm Lương tổng kết năm 2021\n\nNgày 20/12/2021, Đảng bộ xã Ea Khăm Lương có 9 chi bộ trực thuộc với 310 đảng viên. Văn phòng Tỉnh ủy đã ban hành Chỉ thị số 06-CT/TU.',
  },
  {
    url: 'https://baogialai.example.vn/a2022.html',
    published: '2023-01-12',
    province: 'Gia Lai',
    text: 'Đảng bộ xã Ea Khăm Lương tổng kết năm 2022\n\nTính đến ngày 31/12/2022, Đảng bộ xã Ea Khăm Lương hiện có 10 chi bộ với 334 đảng viên.',
  },
  {
    url: 'https://baolangson.example.vn/a2023.html',
    published: '2023-01-20',
    province: 'Lạng Sơn',
    text: 'Đảng bộ xã Ea Khăm Lương tổng kết năm 2023\n\nĐến hết năm 2023, Đảng bộ xã Ea Khăm Lương có khoảng 352 đảng viên. Ngày 5/1/2023, Văn phòng Tỉnh ủy Lạng Sơn họp.',
  },
  {
    url: 'https://example.vn/khong-ngay.html',
    text: 'Tin không ngày\n\nĐảng bộ phường Tân Hòa Mới có 120 đảng viên. Văn phòng Tỉnh ủy ban hành Chỉ thị số 07-CT/TU.',
  },
];

function analysisOf(a: (typeof ARTICLES)[number]): Analysis {
  const analysis = analyze(a.text, { url: a.url, published: a.published });
  if (a.province) analysis.article.province = a.province;
  return analysis;
}

async function filled(): Promise<BantinDB> {
  const db = await freshDb();
  for (const a of ARTICLES) await saveArticle(db, { url: a.url, text: a.text, analysis: analysisOf(a) });
  return db;
}

async function records(db: BantinDB) {
  const facts = (await db.facts.toArray()) as Saved<StoredFact>[];
  const articles = new Map(((await db.articles.toArray()) as Saved<StoredArticle>[]).map((a) => [a.id, a]));
  return { facts, articles };
}

describe('pictures: months, kinds and provinces in one pass', () => {
  it('counts every fact and article once, by month of publication, kind and province', async () => {
    const db = await filled();
    const snapshot = await readSnapshot(db);
    const ids = await filterFactIds(db, snapshot, { includeUnticked: true });
    const p = picturesOf(snapshot, ids, KIND_ORDER);
    const { facts, articles } = await records(db);

    // Brute force from the records.
    const months = new Map<string, { facts: Map<string, number>; articles: Set<number> }>();
    for (const f of facts) {
      const month = articles.get(f.articleId)!.published?.slice(0, 7);
      if (!month) continue;
      const m = months.get(month) ?? { facts: new Map(), articles: new Set() };
      months.set(month, m);
      m.facts.set(f.kind, (m.facts.get(f.kind) ?? 0) + 1);
      m.articles.add(f.articleId);
    }
    expect(p.facts).toBe(facts.length);
    expect(p.articles).toBe(4);
    // Every month from the first to the last, the empty ones too: 2022-01 … 2023-01.
    expect(p.months.map((m) => m.month)).toEqual(monthRange('2022-01', '2023-01'));
    expect(p.months).toHaveLength(13);
    for (const b of p.months) {
      const m = months.get(b.month);
      expect(b.articles).toBe(m?.articles.size ?? 0);
      expect(b.total).toBe([...(m?.facts.values() ?? [])].reduce((x, y) => x + y, 0));
      for (const k of KIND_ORDER) expect(b.facts[k] ?? 0).toBe(m?.facts.get(k) ?? 0);
    }
    expect(p.months.find((m) => m.month === '2023-01')!.articles).toBe(2);
    // The undated article is counted, off the timeline.
    const undatedFacts = facts.filter((f) => !articles.get(f.articleId)!.published).length;
    expect(undatedFacts).toBeGreaterThan(0);
    expect(p.undated).toEqual({ articles: 1, facts: undatedFacts });
    // Provinces: most articles first, the article without one last.
    expect(p.provinces.map((x) => [x.province, x.articles])).toEqual([
      ['Gia Lai', 2],
      ['Lạng Sơn', 1],
      [undefined, 1],
    ]);
    expect(p.provinces.reduce((n, x) => n + x.facts, 0)).toBe(facts.length);
    expect(p.kinds).toEqual(KIND_ORDER.filter((k) => facts.some((f) => f.kind === k)));
  });

  it('follows the filter: kinds, a province, a group', async () => {
    const db = await filled();
    const snapshot = await readSnapshot(db);
    const counts = picturesOf(snapshot, await filterFactIds(db, snapshot, { kinds: ['count'] }), KIND_ORDER);
    expect(counts.kinds).toEqual(['count']);
    const gialai = picturesOf(snapshot, await filterFactIds(db, snapshot, { province: 'Gia Lai' }), KIND_ORDER);
    expect(gialai.provinces.map((x) => x.province)).toEqual(['Gia Lai']);
    expect(gialai.months.map((m) => m.month)).toEqual(monthRange('2022-01', '2023-01'));
    // A group (collation): the offices named 'Văn phòng Tỉnh ủy' of Lạng Sơn only.
    const office = snapshot.facts.groups.find((g, i) => snapshot.facts.kinds[i] === 'office' && g.includes('lang son'))!;
    expect(office).toBeDefined();
    const group = picturesOf(snapshot, await filterFactIds(db, snapshot, { group: { kind: 'office', group: office } }), KIND_ORDER);
    expect(group.articles).toBe(1);
    expect(group.provinces.map((x) => [x.province, x.articles])).toEqual([['Lạng Sơn', 1]]);
    expect(group.months.map((m) => m.month)).toEqual(['2023-01']);
    // Nothing passes: nothing to draw.
    expect(picturesOf(snapshot, [], KIND_ORDER)).toMatchObject({ facts: 0, articles: 0, months: [], provinces: [] });
  });

  it('does 100 000 facts in one pass, quickly', () => {
    const n = 100_000;
    const facts = { ids: [] as number[], kinds: [] as never[], groups: [] as string[], articleIds: [] as number[], at: new Map<number, number>() };
    const articles = new Map<number, never>();
    for (let a = 1; a <= 10_000; a++) {
      articles.set(a, { id: a, url: '', language: 'vie', tags: [], note: '', factCount: 10, savedAt: '', published: `${2010 + (a % 16)}-${String((a % 12) + 1).padStart(2, '0')}-01`, province: `P${a % 63}` } as never);
    }
    for (let i = 0; i < n; i++) {
      facts.ids.push(i + 1);
      facts.kinds.push(KIND_ORDER[i % 6] as never);
      facts.groups.push('');
      facts.articleIds.push((i % 10_000) + 1);
      facts.at.set(i + 1, i);
    }
    const t0 = performance.now();
    const p = picturesOf({ facts, articles } as never, facts.ids, KIND_ORDER);
    const ms = performance.now() - t0;
    expect(p.facts).toBe(n);
    expect(p.articles).toBe(10_000);
    expect(p.months).toHaveLength(16 * 12);
    expect(p.provinces).toHaveLength(63);
    expect(ms).toBeLessThan(1_000); // a generous bound for a loaded machine (Chromium's figure: collection-scale.e2e.test.ts)
  });
});

describe('series: the CLI’s grouping over the saved counts', () => {
  it('agrees with buildSeries on the same analyses (subject × unit, dates, values, quotes)', async () => {
    const db = await filled();
    const snapshot = await readSnapshot(db);
    const mine = await seriesOf(db, snapshot, {});
    const cli = buildSeries(ARTICLES.map((a, i) => ({ id: String(i + 1), analysis: analysisOf(a) })));
    expect(mine).toEqual(cli);
    // Read by ids (few counts) or through the kind index (many): the same series.
    expect(await seriesOf(db, snapshot, {}, 0)).toEqual(mine);
    expect(await seriesOf(db, snapshot, { province: 'Gia Lai' }, 0)).toEqual(await seriesOf(db, snapshot, { province: 'Gia Lai' }));
    const members = mine.find((s) => s.subject_group.endsWith('ea kham luong') && s.unit === 'đảng viên')!;
    expect(members.points.map((p) => [p.as_of, p.value, p.approx, p.article_url])).toEqual([
      ['2021-12-20', 310, undefined, ARTICLES[0].url],
      ['2022-12-31', 334, undefined, ARTICLES[1].url],
      ['2023', 352, 'about', ARTICLES[2].url],
    ]);
    // The undated article's figure: dated by nothing, still in its own series.
    expect(mine.find((s) => s.subject_group.includes('tan hoa moi'))!.points[0].as_of).toBeUndefined();
  });

  it('follows the filter where it applies, the researcher’s corrections and ticks', async () => {
    const db = await filled();
    let snapshot = await readSnapshot(db);
    const gialai = await seriesOf(db, snapshot, { province: 'Gia Lai', kinds: ['office'], code: '06-CT' });
    const members = gialai.find((s) => s.unit === 'đảng viên')!;
    expect(members.points.map((p) => p.value)).toEqual([310, 334]);
    expect(await seriesOf(db, snapshot, { from: '2023-01-15' })).toHaveLength(1); // the last article's one figure

    // A corrected value is the series' value; an unticked figure leaves it.
    const f334 = (await db.facts.where('kind').equals('count').toArray()).find((f) => f.quote === '334 đảng viên')!;
    await updateFact(db, f334.id!, { corrected: { value: 335 } });
    const f310 = (await db.facts.where('kind').equals('count').toArray()).find((f) => f.quote === '310 đảng viên')!;
    await updateFact(db, f310.id!, { checked: false });
    snapshot = await readSnapshot(db);
    const after = (await seriesOf(db, snapshot, {})).find((s) => s.subject_group.endsWith('ea kham luong') && s.unit === 'đảng viên')!;
    expect(after.points.map((p) => p.value)).toEqual([335, 352]);
    const withUnticked = (await seriesOf(db, snapshot, { includeUnticked: true })).find((s) => s.subject_group.endsWith('ea kham luong') && s.unit === 'đảng viên')!;
    expect(withUnticked.points.map((p) => p.value)).toEqual([310, 335, 352]);
  });

  it('subject and unit words narrow the series as the CLI’s --subject and --unit do', async () => {
    const db = await filled();
    const all = await seriesOf(db, await readSnapshot(db), {});
    expect(filterSeries(all, { subject: 'dang bo xa ea kham' }).map((s) => s.unit).sort()).toEqual(['chi bộ', 'đảng viên']);
    expect(filterSeries(all, { unit: 'Đảng viên' }).map((s) => s.subject_group).sort()).toEqual(all.filter((s) => s.unit === 'đảng viên').map((s) => s.subject_group).sort());
    expect(filterSeries(all, { subject: 'Đảng bộ XÃ ea khăm', unit: 'chi bo' })).toHaveLength(1); // accents and case fold
    expect(filterSeries(all, {})).toEqual(all);
  });

  it('writes the long-form CSV with the CLI’s columns, one row per figure', async () => {
    const db = await filled();
    const all = await seriesOf(db, await readSnapshot(db), {});
    const csv = seriesCsv(all);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['subject', 'subject_group', 'unit', 'value', 'approx', 'as_of', 'article_url', 'quote']);
    expect(rows[0]).toEqual([...SERIES_COLUMNS]);
    expect(rows).toHaveLength(1 + all.reduce((n, s) => n + s.points.length, 0));
    expect(rows.find((r) => r[3] === '352')).toEqual(['Đảng bộ xã Ea Khăm Lương', expect.stringMatching(/ea kham luong$/), 'đảng viên', '352', 'about', '2023', ARTICLES[2].url, 'khoảng 352 đảng viên']);
  });
});

describe('the JSON backup carries the series', () => {
  it('exports them, and imports a backup with them, and one without them (an older backup), alike', async () => {
    const db = await filled();
    const file = await exportCollection(db);
    expect(file.series).toEqual(await seriesOf(db, await readSnapshot(db), { includeUnticked: true }));
    expect(file.series!.some((s) => s.points.length === 3)).toBe(true);
    const json = JSON.stringify(file);

    const a = await freshDb();
    const withSeries = await importCollection(a, parseExport(json));
    const { series: _s, ...older } = JSON.parse(json) as Record<string, unknown>;
    const b = await freshDb();
    const without = await importCollection(b, parseExport(JSON.stringify(older)));
    expect(withSeries).toEqual(without);
    expect(withSeries.factsAdded).toBe(file.facts.length);
    expect(await seriesOf(a, await readSnapshot(a), {})).toEqual(await seriesOf(b, await readSnapshot(b), {}));
    // A filtered export carries the series of its own facts.
    const snapshot = await readSnapshot(db);
    const partial = await exportCollection(db, await filterFactIds(db, snapshot, { province: 'Lạng Sơn' }));
    expect(partial.series!.flatMap((s) => s.points.map((p) => p.value))).toEqual([352]);
  });

  it('a malformed series section is refused like any other part of the file', async () => {
    const db = await filled();
    const file = JSON.parse(JSON.stringify(await exportCollection(db)));
    file.series[0].points[0].value = 'many';
    expect(() => parseExport(JSON.stringify(file))).toThrow(/series\[0\]\.points\[0\]\.value/);
    file.series[0].points[0].value = 1;
    file.series[0].evil = '<script>';
    expect(() => parseExport(JSON.stringify(file))).toThrow(/evil/);
  });
});

describe('the charts’ arithmetic', () => {
  it('round axis ends', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(352)).toEqual([0, 100, 200, 300, 400]);
    expect(niceTicks(10_000).at(-1)).toBeGreaterThanOrEqual(10_000);
    for (const max of [1, 9, 11, 99, 101, 1234, 99_999]) {
      const ticks = niceTicks(max);
      expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeLessThanOrEqual(7);
    }
  });

  it('month labels that fit', () => {
    expect(monthLabels(monthRange('2023-01', '2023-06')!).map((l) => l.text)).toEqual(['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06']);
    expect(monthLabels(monthRange('2022-01', '2023-06')!)).toHaveLength(9);
    const long = monthLabels(monthRange('2010-01', '2025-12')!);
    expect(long.map((l) => l.text)).toEqual(['2010', '2012', '2014', '2016', '2018', '2020', '2022', '2024']);
    expect(monthRange('1900-01', '2025-12')).toBeUndefined(); // too many to fill: only months with facts
  });

  it('a date of any precision stands in the middle of what it covers', () => {
    expect(dateValue('2023')).toBe(Date.UTC(2023, 6, 1));
    expect(dateValue('2023-05')).toBe(Date.UTC(2023, 4, 15));
    expect(dateValue('2022-12-31')).toBe(Date.UTC(2022, 11, 31));
    expect(dateValue('2024-05-01T10:00')).toBe(Date.UTC(2024, 4, 1));
    expect(dateValue(undefined)).toBeUndefined();
    expect(dateValue('quý IV')).toBeUndefined();
    expect(yearTicks(Date.UTC(2021, 0, 1), Date.UTC(2023, 11, 31))).toEqual([2021, 2022, 2023]);
  });
});

describe('the views in the page’s address', () => {
  it('keeps the pictures’ and the series’ state', () => {
    const state: PageState = { ...DEFAULT_STATE, view: 'series', seriesWords: { subject: 'dang bo xa', unit: 'đảng viên' } };
    expect(stateFromHash(stateToHash(state))).toEqual(state);
    const pictures: PageState = { ...DEFAULT_STATE, view: 'pictures', chart: 'split', filter: { group: { kind: 'office', group: 'van phong tinh uy' } } };
    expect(stateFromHash(stateToHash(pictures))).toEqual(pictures);
    expect(stateFromHash('#view=pictures&chart=sideways')).toEqual({ ...DEFAULT_STATE, view: 'pictures' });
  });
});
