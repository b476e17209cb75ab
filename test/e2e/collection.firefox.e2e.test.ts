// The collection page in real Firefox ESR, with the built extension (firefox.ts says how it is
// driven): the journey of collection.e2e.test.ts. Three fixture articles are saved through the
// sidebar page's 'Lưu'; collection.html lists every saved fact, filters by words typed without
// accents and by kind, exports what is shown as CSV, groups offices and opens one group's
// facts, exports everything as JSON, is wiped (its confirm() accepted), imports the JSON back
// and finds the same collection. The downloads are the files Firefox itself saved (its
// download folder is set for the test) and are read back.
//
// Screenshots: test/artifacts/firefox-collection-*.png (gitignored).

import http from 'node:http';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLUMN_NAMES } from '../../analyzer/export/columns.ts';
import { foldSearch } from '../../analyzer/text/search-fold.ts';
import { makeCollection } from '../bench/make-collection.ts';
import { addressOf, pagesWithAddress, PAGES_DIR, startPageServer, type PageEntry } from './chromium.ts';
import {
  FIREFOX,
  FIREFOX_INSTALL_HINT,
  buttonNamed,
  firefoxPath,
  gotoExtensionPage,
  launchFirefox,
  openExtensionPage,
  poll,
  tabStateOf,
  typeInto,
  type FirefoxLaunched,
} from './firefox.ts';

const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
const entries = pagesWithAddress();
const SAVED = ['000-baobacninh.html', '001-baogialai.html', '002-baolangson.html'].map((f) => entries.find((e) => e.file === f)!);

const browserPath = firefoxPath();
if (!browserPath) console.warn(`\n  Firefox collection end-to-end tests SKIPPED: no Firefox at ${FIREFOX}.\n  Install it (as root): ${FIREFOX_INSTALL_HINT}\n`);

let server: http.Server;
let profile: string;
let downloads: string;
let ff: FirefoxLaunched;
let collection: Page;
let savedFacts = 0;
const dialogs: string[] = [];

/** Opens a fixture page, waits for its analysis, saves it with the sidebar page's 'Lưu'. */
async function saveThroughSidebarPage(e: PageEntry): Promise<number> {
  const page = await ff.browser.newPage();
  await page.goto(addressOf(e), { waitUntil: 'load' });
  const { tabId, state } = await tabStateOf(ff, page.url());
  const panel = await openExtensionPage(ff, `sidepanel.html?tab=${tabId}`, { width: 420, height: 860 });
  const n = state.page!.analysis.facts.length;
  await poll(() => panel.$(`xpath/.//button[normalize-space(.)="Lưu (${n})"]`), (b) => !!b, 'the save button');
  await (await buttonNamed(panel, `Lưu (${n})`)).click();
  await poll(() => panel.$eval('.save-status', (s) => s.textContent ?? ''), (s) => s.startsWith('Đã lưu'), `${e.file}: the save`);
  await panel.close();
  await page.close();
  return n;
}

/** What the page's header says is saved: [articles, facts]. */
async function totals(): Promise<[number, number]> {
  const text = await collection.$eval('header.top .muted', (e) => e.textContent ?? '').catch(() => '');
  const m = /^([\d.]+) bài, ([\d.]+) dữ kiện/.exec(text);
  return m ? [Number(m[1].replace(/\./g, '')), Number(m[2].replace(/\./g, ''))] : [-1, -1];
}

/** The status line's first number (facts, groups or articles shown), once the view answers the filter. */
async function shown(): Promise<number> {
  await collection.waitForSelector('main.view[aria-busy="false"]');
  const text = await collection.$eval('.views .status', (e) => e.textContent ?? '');
  return Number((/^([\d.]+)/.exec(text)?.[1] ?? '-1').replace(/\./g, ''));
}

/** The text of every rendered fact row's cells. */
function visibleRows(): Promise<{ kind: string; value: string; quote: string; title: string }[]> {
  return collection.$$eval('[data-fact-id]', (rows) =>
    rows.map((r) => ({
      kind: r.querySelector('.c-kind')!.textContent!.trim(),
      value: r.querySelector('.c-value')!.textContent!.trim(),
      quote: r.querySelector('.c-quote')!.textContent!.trim(),
      title: r.querySelector('.c-title')?.textContent?.trim() ?? '',
    })),
  );
}

/** The checkbox or radio whose label reads exactly `label`. */
async function toggle(type: 'checkbox' | 'radio', label: string) {
  const input = await collection.$(`xpath/.//label[normalize-space(.)=${JSON.stringify(label)}]//input[@type="${type}"]`);
  if (!input) throw new Error(`no ${type} '${label}'`);
  return input;
}

/** Clicks a button that downloads, and reads the file Firefox saved. */
async function downloadOf(name: string): Promise<{ file: string; text: string }> {
  const before = new Set(readdirSync(downloads));
  await (await buttonNamed(collection, name)).click();
  // Firefox writes '<name>.part' beside an empty '<name>', then moves it over: wait for both to settle.
  const file = await poll(
    async () => {
      const now = readdirSync(downloads);
      if (now.some((f) => f.endsWith('.part'))) return undefined;
      // (a name listed may be gone by the time it is looked at: Firefox moved it; look again)
      const size = (f: string) => {
        try {
          return statSync(join(downloads, f)).size;
        } catch {
          return 0;
        }
      };
      return now.find((f) => !before.has(f) && size(f) > 0);
    },
    (f) => !!f,
    `the download of '${name}'`,
  );
  return { file: file!, text: readFileSync(join(downloads, file!), 'utf8') };
}

type ExportJson = { format: string; schemaVersion: number; articles: Record<string, unknown>[]; facts: Record<string, unknown>[] };

/** An export without what changes on re-import (ids, export time), in a stable order. */
function comparable(file: ExportJson) {
  const urlOf = new Map(file.articles.map((a) => [a.id, a.canonicalUrl]));
  return {
    articles: file.articles.map(({ id: _i, ...a }) => a).sort((x, y) => String(x.canonicalUrl).localeCompare(String(y.canonicalUrl))),
    facts: file.facts
      .map(({ id: _i, articleId, ...f }): Record<string, unknown> => ({ ...f, article: urlOf.get(articleId) }))
      .sort((x, y) => `${x.article}|${x.start}|${x.kind}|${x.quote}`.localeCompare(`${y.article}|${y.start}|${y.kind}|${y.quote}`)),
  };
}

describe.skipIf(!browserPath)('the collection page in Firefox', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    downloads = mkdtempSync(join(tmpdir(), 'bantin-e2e-firefox-downloads-'));
    server = await startPageServer((host, path) => {
      const e = entries.find((x) => {
        const a = new URL(addressOf(x));
        return a.hostname === host && a.pathname + a.search === path;
      });
      return e && readFileSync(join(PAGES_DIR, e.file), 'utf8');
    });
    profile = mkdtempSync(join(tmpdir(), 'bantin-e2e-firefox-collection-'));
    ff = await launchFirefox(profile, (server.address() as { port: number }).port, { downloads, viewport: { width: 1400, height: 900 } });
    for (const e of SAVED) savedFacts += await saveThroughSidebarPage(e);
    collection = await openExtensionPage(ff, 'collection.html');
    collection.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void (d.type() === 'confirm' ? d.accept() : d.dismiss());
    });
  });

  afterAll(async () => {
    await ff?.browser.close();
    server?.close();
    for (const dir of [profile, downloads]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lists every fact saved from the three pages', async () => {
    await poll(totals, ([a, f]) => a === 3 && f === savedFacts, 'the totals');
    expect(await shown()).toBe(savedFacts);
    const rows = await visibleRows();
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(savedFacts); // a window of rows, not all of them
    await collection.screenshot({ path: join(ARTIFACTS, 'firefox-collection-facts.png') });
  });

  it('filters by words typed without accents, then by kind', async () => {
    await typeInto(collection, (await collection.$('#filter-text'))!, 'van phong tinh uy');
    const n = await poll(shown, (x) => x > 0 && x < savedFacts, 'the filtered count');
    for (const r of await visibleRows()) {
      const hay = foldSearch(`${r.value} ${r.quote} ${r.title}`);
      for (const w of ['van', 'phong', 'tinh', 'uy']) expect(hay.split(' ').some((t) => t.startsWith(w)), `${r.quote} | ${r.title}`).toBe(true);
    }
    await (await toggle('checkbox', 'Cơ quan')).click();
    await poll(visibleRows, (rows) => rows.length > 0 && rows.every((r) => r.kind === 'Cơ quan'), 'only offices');
    expect(await shown()).toBeLessThanOrEqual(n);
    await collection.screenshot({ path: join(ARTIFACTS, 'firefox-collection-filtered.png') });
  });

  it('exports what is shown as CSV: BOM, the documented columns, one row per fact shown, Vietnamese intact', async () => {
    const n = await shown();
    const { file, text } = await downloadOf('Xuất CSV (đang lọc)');
    expect(file).toMatch(/^bantin-da-loc-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(COLUMN_NAMES);
    expect(rows).toHaveLength(n + 1);
    expect(new Set(rows.slice(1).map((r) => r[COLUMN_NAMES.indexOf('kind')]))).toEqual(new Set(['office']));
    const shownQuotes = (await visibleRows()).map((r) => r.quote);
    expect(rows.slice(1, shownQuotes.length + 1).map((r) => r[COLUMN_NAMES.indexOf('text')])).toEqual(shownQuotes); // as on screen
    expect(rows.slice(1).some((r) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(r[COLUMN_NAMES.indexOf('text')]))).toBe(true);
  });

  it('groups offices: each group says how many articles mention it; a group opens its facts', async () => {
    await typeInto(collection, (await collection.$('#filter-text'))!, '');
    await (await toggle('checkbox', 'Cơ quan')).click();
    await poll(shown, (x) => x === savedFacts, 'the filters cleared');
    await (await buttonNamed(collection, 'Đối chiếu')).click();
    await (await toggle('radio', 'Cơ quan')).click();
    await collection.waitForSelector('.groups[data-kind=office][data-loaded]');
    await collection.waitForSelector('main.view[aria-busy="false"]');
    const first = (await collection.$('.groups-grid:not(.head)'))!;
    const cells = await first.$$eval('[role=cell]', (cs) => cs.map((c) => (c.textContent ?? '').trim()));
    const [articles, mentions] = [Number(cells[1]), Number(cells[2])];
    expect(articles).toBeGreaterThanOrEqual(2); // Bộ Chính trị is named in two of the three articles
    expect(mentions).toBeGreaterThanOrEqual(articles);
    expect(await first.$eval('button.group-name', (b) => b.textContent)).toBe('Bộ Chính trị');
    await (await first.$('button.group-name'))!.click();
    await poll(() => collection.$$eval('.group-articles li', (lis) => lis.length), (x) => x === articles, 'the group’s articles');
    await collection.screenshot({ path: join(ARTIFACTS, 'firefox-collection-groups.png') });
    await (await buttonNamed(collection, 'Xem các dữ kiện')).click();
    await poll(shown, (x) => x === mentions, 'the group’s facts');
    expect(new Set((await visibleRows()).map((r) => r.kind))).toEqual(new Set(['Cơ quan']));
    await (await collection.$('.views .chip'))!.click(); // leave the group
    await poll(shown, (x) => x === savedFacts, 'all facts again');
  });

  it('exports everything as JSON, wipes the collection, imports the file and finds everything back', async () => {
    const { file, text } = await downloadOf('JSON – tất cả');
    expect(file).toMatch(/^bantin-tat-ca-.*\.json$/);
    const exported = JSON.parse(text) as ExportJson;
    expect(exported).toMatchObject({ format: 'bantin-collection', schemaVersion: 2 });
    expect(exported.articles).toHaveLength(3);
    expect(exported.facts).toHaveLength(savedFacts);

    await (await buttonNamed(collection, 'Xóa toàn bộ…')).click();
    await poll(totals, ([a, f]) => a === 0 && f === 0, 'the wipe');
    expect(dialogs.at(-1)).toMatch(/^confirm: Xóa toàn bộ/);

    const backup = join(downloads, 'backup.json');
    writeFileSync(backup, text);
    await (await collection.$('input[type=file]'))!.uploadFile(backup);
    const status = await poll(
      () => collection.$$eval('[role=status]', (ss) => ss.map((s) => s.textContent ?? '').find((t) => t.includes('Đã nhập')) ?? ''),
      (t) => t !== '',
      'the import',
    );
    expect(status).toContain(`3 bài mới, 0 bài đã có (gộp), ${savedFacts} dữ kiện mới`);
    await poll(totals, ([a, f]) => a === 3 && f === savedFacts, 'the totals after the import');
    await gotoExtensionPage(ff, collection, 'collection.html');
    const again = JSON.parse((await downloadOf('JSON – tất cả')).text) as ExportJson;
    expect(comparable(again)).toEqual(comparable(exported));
    await collection.screenshot({ path: join(ARTIFACTS, 'firefox-collection-imported.png') });
    expect(ff.extensionErrors).toEqual([]);
  });

  it('a large import shows its progress and, cancelled, changes nothing', { timeout: 180_000 }, async () => {
    const before = await totals();
    const big = join(downloads, 'big.json');
    writeFileSync(big, JSON.stringify(makeCollection(2_000, 10)));
    await (await collection.$('input[type=file]'))!.uploadFile(big);
    const progressOf = () =>
      collection.evaluate(() => {
        const bar = document.querySelector<HTMLProgressElement>('.transfer progress');
        return bar?.hasAttribute('value') ? { value: bar.value, text: document.querySelector('.transfer-text')?.textContent ?? '' } : undefined;
      });
    const first = await poll(progressOf, (p) => !!p, 'the progress bar', 120_000);
    const later = await poll(progressOf, (p) => !!p && p.value > first!.value && /dữ kiện [1-9]/.test(p.text), 'the progress bar advancing', 120_000);
    expect(later!.text).toMatch(/^đang ghi: bài [\d.]+ \/ [\d.]+ · dữ kiện [\d.]+ \/ [\d.]+$/);
    expect(await collection.evaluate(() => document.activeElement?.textContent)).toBe('Hủy');
    await (await buttonNamed(collection, 'Hủy')).click();
    await poll(
      () => collection.$$eval('[role=status]', (ss) => ss.some((s) => (s.textContent ?? '').includes('Đã hủy nhập big.json'))),
      (x) => x,
      'the cancel',
    );
    expect(await collection.$('.transfer')).toBeNull();
    await gotoExtensionPage(ff, collection, 'collection.html');
    await poll(totals, ([a]) => a >= 0, 'the totals');
    expect(await totals()).toEqual(before);
    expect(ff.extensionErrors).toEqual([]);
  });
});
