// The collection page in real Chromium, with the built extension: three fixture articles are
// saved through the side panel (each page loads under its outlet's host, is highlighted, the
// panel's 'Lưu' stores it), then collection.html is opened: it lists every saved fact;
// filters by words without accents and by kind; groups offices and opens one group's facts;
// exports CSV and JSON (the downloaded files are read back and compared with what the page
// shows and with the database); wipes the collection; imports the JSON and finds everything
// back; imports a hostile file, which is refused and changes nothing, and a file whose page
// data is markup, which is shown as text and runs nothing.
//
// Screenshots: test/artifacts/collection-*.png (gitignored); the README's picture is
// docs/screenshots/collection.png, copied from one of them.

import http from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLUMN_NAMES } from '../../analyzer/export/columns.ts';
import { foldSearch } from '../../analyzer/text/search-fold.ts';
import {
  addressOf,
  chromiumPath,
  CHROMIUM,
  INSTALL_HINT,
  launchWithExtension,
  pagesWithAddress,
  startPageServer,
  tabStateOf,
  type Launched,
  type PageEntry,
} from './chromium.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGES = join(ROOT, 'fixtures', 'pages');
const ARTIFACTS = join(ROOT, 'test', 'artifacts');

const entries = pagesWithAddress();
const SAVED = ['000-baobacninh.html', '001-baogialai.html', '002-baolangson.html'].map((f) => entries.find((e) => e.file === f)!);

/**
 * A page of a known outlet (so Bantin runs by itself) whose headline and text quote markup:
 * as text it must stay, in the side panel and in the collection page.
 */
const PAYLOAD = '<img src=x onerror="window.__bantinXss=3"><script>window.__bantinXss=4</script>';
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const MARKUP_PAGE = {
  host: 'baoquangnam.vn',
  path: '/van-phong-tinh-uy-don-nhan-huan-chuong-999.html',
  html: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tin ${escapeHtml(PAYLOAD)}</title></head><body><article>
<h1>Văn phòng Tỉnh ủy ${escapeHtml(PAYLOAD)} đón nhận Huân chương Lao động hạng Nhì</h1>
<p>Ngày 12/3/2024, Văn phòng Tỉnh ủy Quảng Nam tổ chức lễ đón nhận Huân chương Lao động hạng Nhì. Đồng chí Nguyễn Văn An, Chánh Văn phòng Tỉnh ủy, cho biết đơn vị có 5 chi bộ trực thuộc với 49 đảng viên.</p>
<p>Bài có trích dẫn mã ${escapeHtml(PAYLOAD)} để thử nghiệm an toàn thông tin theo Chỉ thị số 06-CT/TW.</p>
</article></body></html>`,
};

const browserPath = chromiumPath();
if (!browserPath) console.warn(`\n  Collection end-to-end tests SKIPPED: no Chromium at ${CHROMIUM}.\n  Install it (as root): ${INSTALL_HINT}\n`);

let server: http.Server;
let profile: string;
let browser: Launched;
let downloads: string;
let collection: Page;
const pageErrors: string[] = [];
const dialogs: string[] = [];
/** Facts saved per article, as the panels reported them. */
let savedFacts = 0;

const stateOf = (url: string) => tabStateOf(browser.worker, url);

/** Opens a fixture page, waits for its analysis, saves it with the side panel's 'Lưu'. */
async function saveThroughPanel(e: PageEntry): Promise<number> {
  const page = await browser.ctx.newPage();
  await page.goto(addressOf(e), { waitUntil: 'load' });
  const { tabId, state } = await stateOf(page.url());
  const panel = await browser.ctx.newPage();
  await panel.setViewportSize({ width: 420, height: 860 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tabId}`);
  const n = state.page!.analysis.facts.length;
  await panel.getByRole('button', { name: `Lưu (${n})` }).click();
  const until = Date.now() + 10_000;
  while (!/^Đã lưu/.test((await panel.locator('.save-status').textContent()) ?? '')) {
    if (Date.now() > until) throw new Error(`${e.file}: the panel did not save (${await panel.locator('.save-status').textContent()})`);
    await panel.waitForTimeout(50);
  }
  await panel.close();
  await page.close();
  return n;
}

/** What the page's header says is saved: [articles, facts]. */
async function totals(page: Page): Promise<[number, number]> {
  const text = (await page.locator('header.top .muted').textContent()) ?? '';
  const m = /^([\d.]+) bài, ([\d.]+) dữ kiện/.exec(text);
  if (!m) return [-1, -1];
  return [Number(m[1].replace(/\./g, '')), Number(m[2].replace(/\./g, ''))];
}

/** Waits until the results on screen answer the filter as typed (the view is not aria-busy). */
async function settled(page: Page): Promise<void> {
  await page.locator('main.view[aria-busy="false"]').waitFor();
}

/** The status line's first number (facts, groups or articles shown), once current. */
async function shown(page: Page): Promise<number> {
  await settled(page);
  const text = (await page.locator('.views .status').textContent()) ?? '';
  return Number((/^([\d.]+)/.exec(text)?.[1] ?? '-1').replace(/\./g, ''));
}

/** The collection page without the state its address keeps (filters, view). */
async function openAfresh(): Promise<void> {
  await collection.goto('about:blank');
  await collection.goto(`chrome-extension://${browser.extensionId}/collection.html`);
}

/** Clicks a button that downloads, and reads the file. */
async function downloadOf(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const path = join(downloads, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function importFile(page: Page, name: string, content: string): Promise<void> {
  const path = join(downloads, name);
  writeFileSync(path, content);
  await page.locator('input[type=file]').setInputFiles(path);
}

/** The text of every rendered fact row's cells. */
function visibleRows(page: Page): Promise<{ kind: string; value: string; quote: string }[]> {
  return page.locator('[data-fact-id]').evaluateAll((rows) =>
    rows.map((r) => ({
      kind: r.querySelector('.c-kind')!.textContent!.trim(),
      value: r.querySelector('.c-value')!.textContent!.trim(),
      quote: r.querySelector('.c-quote')!.textContent!.trim(),
    })),
  );
}

type ExportJson = { format: string; schemaVersion: number; articles: Record<string, unknown>[]; facts: Record<string, unknown>[] };

/** An export without what changes on re-import (ids, export time) and in a stable order. */
function comparable(file: ExportJson) {
  const urlOf = new Map(file.articles.map((a) => [a.id, a.canonicalUrl]));
  return {
    articles: file.articles.map(({ id: _i, ...a }) => a).sort((x, y) => String(x.canonicalUrl).localeCompare(String(y.canonicalUrl))),
    facts: file.facts
      .map(({ id: _i, articleId, ...f }): Record<string, unknown> => ({ ...f, article: urlOf.get(articleId) }))
      .sort((x, y) => `${x.article}|${x.start}|${x.kind}|${x.quote}`.localeCompare(`${y.article}|${y.start}|${y.kind}|${y.quote}`)),
  };
}

describe.skipIf(!browserPath)('the collection page in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    downloads = mkdtempSync(join(tmpdir(), 'bantin-e2e-downloads-'));
    server = await startPageServer((host, path) => {
      if (host === MARKUP_PAGE.host && path === MARKUP_PAGE.path) return MARKUP_PAGE.html;
      const e = entries.find((x) => {
        const a = new URL(addressOf(x));
        return a.hostname === host && a.pathname + a.search === path;
      });
      return e && readFileSync(join(PAGES, e.file), 'utf8');
    });
    profile = mkdtempSync(join(tmpdir(), 'bantin-e2e-collection-'));
    browser = await launchWithExtension(profile, (server.address() as { port: number }).port, { width: 1400, height: 900 });
    for (const e of SAVED) savedFacts += await saveThroughPanel(e);
    collection = await browser.ctx.newPage();
    collection.on('pageerror', (e) => pageErrors.push(e.message));
    collection.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
    collection.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void (d.type() === 'confirm' ? d.accept() : d.dismiss());
    });
    await collection.goto(`chrome-extension://${browser.extensionId}/collection.html`);
  });

  afterAll(async () => {
    await browser?.ctx.close();
    server?.close();
    for (const dir of [profile, downloads]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lists every fact saved from the three pages', async () => {
    await expect.poll(() => totals(collection)).toEqual([3, savedFacts]);
    await expect.poll(() => shown(collection)).toBe(savedFacts);
    const rows = await visibleRows(collection);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(savedFacts); // a window of rows, not all of them
    await collection.screenshot({ path: join(ARTIFACTS, 'collection-facts.png') });
  });

  it('filters by words typed without accents, then by kind', async () => {
    await collection.getByLabel('Tìm (không cần dấu)').fill('van phong tinh uy');
    await expect.poll(() => shown(collection)).toBeLessThan(savedFacts);
    const n = await shown(collection);
    expect(n).toBeGreaterThan(0);
    const rows = await visibleRows(collection);
    expect(rows.length).toBe(Math.min(n, rows.length));
    // Each row found has the words in its fact or in its article (title, outlet …).
    const titles = await collection.locator('[data-fact-id] .c-title').allTextContents();
    rows.forEach((r, i) => {
      const hay = foldSearch(`${r.value} ${r.quote} ${titles[i]}`);
      for (const w of ['van', 'phong', 'tinh', 'uy']) expect(hay.split(' ').some((t) => t.startsWith(w)), `${r.quote} | ${titles[i]}`).toBe(true);
    });
    await collection.getByRole('checkbox', { name: 'Cơ quan' }).check();
    await expect.poll(async () => (await visibleRows(collection)).every((r) => r.kind === 'Cơ quan')).toBe(true);
    expect(await shown(collection)).toBeLessThanOrEqual(n);
    await collection.screenshot({ path: join(ARTIFACTS, 'collection-filtered.png') });
  });

  it('exports what is shown as CSV: BOM, the documented columns, one row per fact shown, Vietnamese intact', async () => {
    const n = await shown(collection);
    const { name, text } = await downloadOf(collection, 'Xuất CSV (đang lọc)');
    expect(name).toMatch(/^bantin-da-loc-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(COLUMN_NAMES);
    expect(rows).toHaveLength(n + 1);
    const kind = COLUMN_NAMES.indexOf('kind');
    expect(new Set(rows.slice(1).map((r) => r[kind]))).toEqual(new Set(['office']));
    const shownQuotes = (await visibleRows(collection)).map((r) => r.quote);
    const csvQuotes = rows.slice(1).map((r) => r[COLUMN_NAMES.indexOf('text')]);
    expect(csvQuotes.slice(0, shownQuotes.length)).toEqual(shownQuotes); // same order as on screen
    expect(csvQuotes.some((q) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(q))).toBe(true);
  });

  it('groups offices: each group says how many articles mention it; a group opens its facts', async () => {
    await collection.getByLabel('Tìm (không cần dấu)').fill('');
    await collection.getByRole('checkbox', { name: 'Cơ quan' }).uncheck();
    await collection.getByRole('button', { name: 'Đối chiếu' }).click();
    await collection.getByRole('radio', { name: 'Cơ quan' }).check();
    await settled(collection);
    await collection.locator('.groups[data-kind=office][data-loaded]').waitFor();
    expect(await collection.locator('.groups-grid:not(.head)').count()).toBeGreaterThan(3);
    const first = collection.locator('.groups-grid:not(.head)').first();
    const articles = Number(await first.locator('[role=cell]').nth(1).textContent());
    const mentions = Number(await first.locator('[role=cell]').nth(2).textContent());
    expect(articles).toBeGreaterThanOrEqual(2); // Bộ Chính trị is named in two of the three articles
    expect(mentions).toBeGreaterThanOrEqual(articles);
    // Groups are named as an article wrote them, not by their folded key.
    await expect.poll(() => first.locator('button.group-name').textContent()).toBe('Bộ Chính trị');
    await first.locator('button.group-name').click();
    await expect.poll(() => collection.locator('.group-articles li').count()).toBe(articles);
    await collection.screenshot({ path: join(ARTIFACTS, 'collection-groups.png') });
    await collection.getByRole('button', { name: 'Xem các dữ kiện' }).click();
    await expect.poll(() => shown(collection)).toBe(mentions);
    await expect.poll(async () => (await visibleRows(collection)).length).toBe(mentions);
    const kinds = new Set((await visibleRows(collection)).map((r) => r.kind));
    expect(kinds).toEqual(new Set(['Cơ quan']));
    await collection.locator('.views .chip').click(); // leave the group
    await expect.poll(() => shown(collection)).toBe(savedFacts);
  });

  it('a reload keeps the filters, the sort and the view (they are in the address)', async () => {
    await collection.getByRole('checkbox', { name: 'Văn bản' }).check();
    await collection.getByRole('columnheader').getByRole('button', { name: /^Ngày đăng/ }).click();
    const n = await shown(collection);
    expect(new URLSearchParams(new URL(collection.url()).hash.slice(1))).toEqual(new URLSearchParams({ 'group-by': 'office', sort: 'published', kinds: 'document' }));
    await collection.reload();
    expect(await shown(collection)).toBe(n);
    expect(await collection.getByRole('checkbox', { name: 'Văn bản' }).isChecked()).toBe(true);
    expect(await collection.getByRole('columnheader', { name: /Ngày đăng/ }).getAttribute('aria-sort')).toBe('ascending');
    await openAfresh();
    expect(await shown(collection)).toBe(savedFacts);
  });

  it('corrects a fact in a dialog, deletes it, and undoes the delete', async () => {
    await collection.getByRole('checkbox', { name: 'Nhân vật' }).check();
    await expect.poll(async () => (await visibleRows(collection)).length).toBeGreaterThan(0);
    const people = await shown(collection);
    const row = collection.locator('[data-fact-id]').first();
    const quote = (await row.locator('.c-quote').textContent())!;
    await row.getByRole('button', { name: `Sửa: ${quote}` }).click();
    const dialog = collection.getByRole('dialog');
    await dialog.locator('#edit-fact-name').fill('Nguyễn Văn Sửa');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => collection.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => collection.locator('[data-fact-id]').first().locator('.c-value').textContent()).toMatch(/^Nguyễn Văn Sửa.*sửa$/);

    await collection.locator('[data-fact-id]').first().getByRole('button', { name: `Xóa: ${quote}` }).click();
    await expect.poll(() => shown(collection)).toBe(people - 1);
    expect(await totals(collection)).toEqual([3, savedFacts - 1]);
    await collection.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(() => shown(collection)).toBe(people);
    expect(await totals(collection)).toEqual([3, savedFacts]);
    await expect.poll(() => collection.locator('[data-fact-id]').first().locator('.c-value').textContent()).toMatch(/^Nguyễn Văn Sửa/);
    await collection.getByRole('checkbox', { name: 'Nhân vật' }).uncheck();
    await settled(collection);
  });

  let exported: ExportJson;

  it('exports everything as JSON, wipes the collection, imports the file and finds everything back', async () => {
    const { name, text } = await downloadOf(collection, 'JSON – tất cả');
    expect(name).toMatch(/^bantin-tat-ca-.*\.json$/);
    exported = JSON.parse(text);
    expect(exported).toMatchObject({ format: 'bantin-collection', schemaVersion: 2 });
    expect(exported.articles).toHaveLength(3);
    expect(exported.facts).toHaveLength(savedFacts);
    expect(exported.facts.some((f) => (f.corrected as { name?: string } | undefined)?.name === 'Nguyễn Văn Sửa')).toBe(true);

    await collection.getByRole('button', { name: 'Xóa toàn bộ…' }).click();
    await expect.poll(() => totals(collection)).toEqual([0, 0]);
    expect(dialogs.at(-1)).toMatch(/^confirm: Xóa toàn bộ/);

    await importFile(collection, 'backup.json', text);
    await expect.poll(() => collection.getByRole('status').filter({ hasText: 'Đã nhập' }).count()).toBe(1);
    expect(await collection.getByRole('status').filter({ hasText: 'Đã nhập' }).textContent()).toContain(`3 bài mới, 0 bài đã có (gộp), ${savedFacts} dữ kiện mới`);
    await expect.poll(() => totals(collection)).toEqual([3, savedFacts]);
    const again: ExportJson = JSON.parse((await downloadOf(collection, 'JSON – tất cả')).text);
    expect(comparable(again)).toEqual(comparable(exported));

    // Importing the same file again doubles nothing.
    await importFile(collection, 'backup-again.json', text);
    await expect.poll(() => collection.getByRole('status').filter({ hasText: 'backup-again.json' }).count()).toBe(1);
    expect(await totals(collection)).toEqual([3, savedFacts]);
  });

  it('a hostile or broken file is refused with its reason and changes nothing', async () => {
    const bad = structuredClone(exported) as ExportJson & Record<string, unknown>;
    (bad.facts[0] as Record<string, unknown>).start = -4;
    await importFile(collection, 'broken.json', JSON.stringify(bad));
    await expect.poll(() => collection.getByRole('alert').textContent()).toMatch(/broken\.json.*facts\[0\]\.start/);
    await importFile(collection, 'truncated.json', JSON.stringify(exported).slice(0, 5000));
    await expect.poll(() => collection.getByRole('alert').textContent()).toMatch(/truncated\.json.*không phải JSON hợp lệ/);
    expect(await totals(collection)).toEqual([3, savedFacts]);
    await collection.getByRole('alert').getByRole('button', { name: 'Đóng' }).click();
  });

  it('page data that is markup is shown as text and runs nothing', async () => {
    await openAfresh(); // filters and view as a researcher first finds them
    const payload = '<img src=x onerror="window.__bantinXss=1"><script>window.__bantinXss=2</script>';
    const hostile = structuredClone(exported);
    const article = { ...hostile.articles[0], id: 999, canonicalUrl: 'https://evil.example/a', urls: ['https://evil.example/a'], url: 'https://evil.example/a', textHash: 'x', title: payload, note: payload };
    const fact = { ...hostile.facts.find((f) => f.kind === 'person')!, id: 999_999, articleId: 999, quote: payload, start: 0, end: payload.length, prefix: '', suffix: '', fields: { name: payload } };
    await importFile(collection, 'markup.json', JSON.stringify({ ...hostile, articles: [article], facts: [fact] }));
    await expect.poll(() => totals(collection)).toEqual([4, savedFacts + 1]);
    await collection.getByLabel('Tìm (không cần dấu)').fill('bantinxss');
    await expect.poll(() => shown(collection)).toBe(1);
    await expect.poll(async () => (await visibleRows(collection)).length).toBe(1);
    const row = (await visibleRows(collection))[0];
    expect(row.quote).toBe(payload);
    await collection.getByRole('navigation').getByRole('button', { name: 'Bài báo', exact: true }).click();
    await expect.poll(() => collection.locator('.articles-grid[data-article-id]').count()).toBe(1);
    expect(await collection.locator('.articles-grid[data-article-id]').textContent()).toContain(payload);
    await collection.waitForTimeout(200);
    expect(await collection.evaluate(() => (window as unknown as { __bantinXss?: number }).__bantinXss)).toBeUndefined();
    expect(await collection.locator('img[src="x"], .view script').count()).toBe(0);
    expect(dialogs.filter((d) => !d.startsWith('confirm'))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('a page whose headline quotes markup: the side panel and the collection show it as text, nothing runs', async () => {
    const [articlesBefore] = await totals(collection);
    const page = await browser.ctx.newPage();
    await page.goto(`http://${MARKUP_PAGE.host}${MARKUP_PAGE.path}`, { waitUntil: 'load' });
    const { tabId, state } = await stateOf(page.url());
    expect(state.page!.analysis.article.title).toContain(PAYLOAD);
    const panel = await browser.ctx.newPage();
    const panelDialogs: string[] = [];
    panel.on('dialog', (d) => {
      panelDialogs.push(d.message());
      void d.dismiss();
    });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.locator('section.kind-group').first().waitFor();
    expect(await panel.locator('h1').textContent()).toContain(PAYLOAD);
    await panel.getByRole('button', { name: /^Lưu \(\d+\)$/ }).click();
    await expect.poll(() => panel.locator('.save-status').textContent()).toMatch(/^Đã lưu/);
    expect(await panel.locator('img[src="x"], main script').count()).toBe(0);
    expect(await panel.evaluate(() => (window as unknown as { __bantinXss?: number }).__bantinXss)).toBeUndefined();
    expect(panelDialogs).toEqual([]);
    await panel.close();
    await page.close();

    // The open collection page learns of the save made by the background (Dexie's
    // 'storagemutated' crosses contexts): no reload needed.
    await expect.poll(() => totals(collection).then(([a]) => a)).toBe(articlesBefore + 1);
    await openAfresh();
    await collection.getByLabel('Tìm (không cần dấu)').fill('huan chuong lao dong');
    await settled(collection);
    await collection.getByRole('navigation').getByRole('button', { name: 'Bài báo', exact: true }).click();
    await expect.poll(() => collection.locator('.articles-grid[data-article-id]').filter({ hasText: 'đón nhận Huân chương' }).count()).toBe(1);
    expect(await collection.locator('.articles-grid[data-article-id]').filter({ hasText: 'đón nhận Huân chương' }).textContent()).toContain(PAYLOAD);
    expect(await collection.locator('img[src="x"], .view script').count()).toBe(0);
    expect(await collection.evaluate(() => (window as unknown as { __bantinXss?: number }).__bantinXss)).toBeUndefined();
    expect(dialogs.filter((d) => !d.startsWith('confirm'))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
