// The collection's Pictures and Series views in real Chromium, with the built extension. Six
// articles are saved through the side panel: three fixture pages (three provinces) and three
// made-up pages of one paper giving one Party committee's membership in three years
// (series-pages.ts). Then, in collection.html:
//   - Series: the committee's membership is one series; its three figures are in the table
//     (value, date, article, quote), the line chart has three markers, the series CSV has the
//     CLI's columns and the three rows; the chart saves as SVG;
//   - Pictures: the timeline (articles per month, facts per month by kind, stacked and split)
//     and the provinces' bars follow the filter (a province, a kind) and a group of
//     collation; a picture saves as SVG and as PNG; a reload keeps the view.
// Screenshots: test/artifacts/pictures-*.png, series-*.png (gitignored); the README's are
// docs/screenshots/pictures.png and series.png, copied from them.

import http from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressOf, chromiumPath, CHROMIUM, INSTALL_HINT, launchWithExtension, pagesWithAddress, startPageServer, tabStateOf, type Launched, fixturePageAt } from './chromium.ts';
import { SERIES_BODY, SERIES_PAGES, SERIES_WORDS, seriesPageAt } from './series-pages.ts';

const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
const entries = pagesWithAddress();
const FIXTURES = ['000-baobacninh.html', '001-baogialai.html', '002-baolangson.html'].map((f) => entries.find((e) => e.file === f)!);
const ADDRESSES = [...FIXTURES.map(addressOf), ...SERIES_PAGES.map((p) => p.address)];

const browserPath = chromiumPath();
if (!browserPath) console.warn(`\n  Pictures and series end-to-end tests SKIPPED: no Chromium at ${CHROMIUM}.\n  Install it (as root): ${INSTALL_HINT}\n`);

let server: http.Server;
let profile: string;
let downloads: string;
let browser: Launched;
let collection: Page;
let savedFacts = 0;
const pageErrors: string[] = [];

/** Opens a page, waits for its analysis, saves it with the side panel's 'Lưu'. */
async function saveThroughPanel(address: string): Promise<number> {
  const page = await browser.ctx.newPage();
  await page.goto(address, { waitUntil: 'load' });
  const { tabId, state } = await tabStateOf(browser.worker, page.url());
  const panel = await browser.ctx.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tabId}`);
  const n = state.page!.analysis.facts.length;
  await panel.getByRole('button', { name: `Lưu (${n})` }).click();
  const until = Date.now() + 10_000;
  while (!/^Đã lưu/.test((await panel.locator('.save-status').textContent()) ?? '')) {
    if (Date.now() > until) throw new Error(`${address}: the panel did not save (${await panel.locator('.save-status').textContent()})`);
    await panel.waitForTimeout(50);
  }
  await panel.close();
  await page.close();
  return n;
}

async function settled(): Promise<void> {
  await collection.locator('main.view[aria-busy="false"]').waitFor();
}

/** The status line's first number, once current. */
async function shown(): Promise<number> {
  await settled();
  const text = (await collection.locator('.views .status').textContent()) ?? '';
  return Number((/^([\d.]+)/.exec(text)?.[1] ?? '-1').replace(/\./g, ''));
}

/** Clicks a button that downloads; the file's name and bytes. */
async function downloadOf(click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([collection.waitForEvent('download'), click()]);
  const path = join(downloads, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** What the pictures show: bars per chart, the provinces' labels and values, the months on the timeline. */
async function pictures() {
  await collection.locator('.pictures[data-loaded]').waitFor();
  await settled();
  return collection.evaluate(() => {
    const chart = (k: string) => document.querySelector(`svg[data-chart="${k}"]`);
    return {
      facts: Number(document.querySelector('.pictures')!.getAttribute('data-facts')),
      articleBars: chart('articles-per-month')?.querySelectorAll('rect.bar').length ?? -1,
      factBars: chart('facts-per-month')?.querySelectorAll('rect.bar').length ?? -1,
      bands: chart('facts-per-month')?.querySelectorAll('g.band').length ?? -1,
      kindsDrawn: [...new Set([...(chart('facts-per-month')?.querySelectorAll('rect.bar') ?? [])].map((r) => r.getAttribute('data-series')))],
      provinces: [...(chart('provinces')?.querySelectorAll('g.hbar') ?? [])].map((g) => [g.getAttribute('data-key'), Number(g.querySelector('text:last-of-type')!.textContent!.replace(/\./g, ''))]),
      label: chart('provinces')?.getAttribute('aria-label') ?? '',
      timelineLabel: chart('articles-per-month')?.getAttribute('aria-label') ?? '',
      title: chart('facts-per-month')?.querySelector('title')?.textContent ?? '',
    };
  });
}

describe.skipIf(!browserPath)('pictures and series in the collection page (Chromium)', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    downloads = mkdtempSync(join(tmpdir(), 'bantin-e2e-pictures-downloads-'));
    const fixture = fixturePageAt(FIXTURES);
    server = await startPageServer((host, path) => seriesPageAt(host, path) ?? fixture(host, path));
    profile = mkdtempSync(join(tmpdir(), 'bantin-e2e-pictures-'));
    browser = await launchWithExtension(profile, (server.address() as { port: number }).port, { width: 1400, height: 1000 });
    for (const a of ADDRESSES) savedFacts += await saveThroughPanel(a);
    collection = await browser.ctx.newPage();
    collection.on('pageerror', (e) => pageErrors.push(e.message));
    collection.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
    await collection.goto(`chrome-extension://${browser.extensionId}/collection.html`);
  }, 180_000);

  afterAll(async () => {
    await browser?.ctx.close();
    server?.close();
    for (const dir of [profile, downloads]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('series: one committee’s membership in three years — three rows, three markers, three CSV records', async () => {
    await expect.poll(shown).toBe(savedFacts);
    await collection.getByRole('navigation').getByRole('button', { name: 'Số liệu', exact: true }).click();
    await collection.locator('.series-view[data-loaded]').waitFor();
    await settled();
    await collection.getByLabel('Chủ thể (không cần dấu)').fill(SERIES_WORDS);
    const rows = collection.locator('.series-grid:not(.head)');
    await expect.poll(() => rows.count()).toBe(2); // its members and its cells (chi bộ)
    const members = collection.locator('.series-grid[data-series$="|dang vien"]');
    expect(await members.locator('[role=cell]').nth(2).textContent()).toBe('3');
    expect(await members.locator('[role=cell]').nth(4).textContent()).toBe('352');
    await members.getByRole('button', { name: SERIES_BODY }).click();

    const section = collection.locator('.series-one[data-unit="dang vien"]');
    await section.waitFor();
    const points = await section.locator('table.series-points tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ value: tr.getAttribute('data-value'), asOf: tr.getAttribute('data-as-of'), article: tr.querySelector('a')?.getAttribute('href'), quote: tr.querySelector('.point-quote')?.textContent })),
    );
    expect(points).toEqual(
      SERIES_PAGES.map((p) => ({ value: String(p.members), asOf: p.asOf, article: p.address, quote: `${p.members} đảng viên` })),
    );
    // The chart: a line through three markers, oldest first, each saying its figure.
    const markers = section.locator('svg[data-chart=series] circle.marker');
    expect(await markers.count()).toBe(3);
    expect(await markers.evaluateAll((cs) => cs.map((c) => c.getAttribute('data-value')))).toEqual(['310', '334', '352']);
    const xs = await markers.evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cx'))));
    expect(xs[0]).toBeLessThan(xs[1]);
    expect(xs[1]).toBeLessThan(xs[2]);
    expect(await section.locator('svg[data-chart=series]').getAttribute('aria-label')).toContain(SERIES_BODY);
    expect(await collection.locator('.views .status').textContent()).toMatch(/^2 chuỗi số liệu/);
    await collection.screenshot({ path: join(ARTIFACTS, 'series-chromium.png') });

    // The long-form CSV: the CLI's columns, the three figures of the series.
    const csv = await downloadOf(() => collection.getByRole('button', { name: 'Xuất CSV số liệu' }).click());
    expect(csv.name).toMatch(/^bantin-so-lieu-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = csv.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const records = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(records[0]).toEqual(['subject', 'subject_group', 'unit', 'value', 'approx', 'as_of', 'article_url', 'quote']);
    const memberRows = records.slice(1).filter((r) => r[2] === 'đảng viên');
    expect(memberRows.map((r) => [r[0], r[3], r[4], r[5], r[6], r[7]])).toEqual(
      SERIES_PAGES.map((p) => [SERIES_BODY, String(p.members), '', p.asOf, p.address, `${p.members} đảng viên`]),
    );
    expect(records).toHaveLength(1 + 3 + 2); // and the two figures of its cells

    // The chart as a file.
    const svg = await downloadOf(() => section.getByRole('button', { name: /dạng SVG$/ }).click());
    expect(svg.name).toMatch(/^bantin-series-dang-vien-.*\.svg$/);
    expect(svg.bytes.toString('utf8')).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.bytes.toString('utf8').match(/<circle[^>]*class="marker"/g)).toHaveLength(3);
    expect(pageErrors).toEqual([]);
  });

  it('pictures of the filter: the timeline and the provinces’ bars, which follow a province and a kind', async () => {
    await collection.getByRole('navigation').getByRole('button', { name: 'Hình', exact: true }).click();
    let p = await pictures();
    expect(p.facts).toBe(savedFacts);
    expect(await shown()).toBe(savedFacts);
    expect(p.articleBars).toBeGreaterThanOrEqual(4); // months with articles: 2012 pages and 2022–2024 pages
    expect(p.factBars).toBeGreaterThan(p.articleBars);
    expect(p.bands).toBe(1);
    // Most articles first (ties: most facts first).
    expect(p.provinces[0]).toEqual(['Tây Ninh', 3]);
    expect(p.provinces.slice(1).sort()).toEqual([['Bắc Ninh', 1], ['Gia Lai', 1], ['Lạng Sơn', 1]]);
    expect(p.label).toMatch(/^Biểu đồ thanh: 6 bài từ 4 tỉnh/);
    await collection.locator('.pictures').evaluate((el) => (el.scrollTop = 0));
    // The page down to the last picture (not the empty space below).
    const bottom = await collection.locator('.pictures-grid').evaluate((el) => Math.ceil(el.getBoundingClientRect().bottom) + 8);
    await collection.screenshot({ path: join(ARTIFACTS, 'pictures-chromium.png'), clip: { x: 0, y: 0, width: 1400, height: Math.min(1000, bottom) } });

    await collection.locator('#filter-province').selectOption('Tây Ninh');
    await expect.poll(async () => (await pictures()).provinces).toEqual([['Tây Ninh', 3]]);
    p = await pictures();
    expect(p.articleBars).toBe(3); // 2022-01, 2023-01, 2024-01
    expect(p.timelineLabel).toMatch(/3 bài theo tháng đăng, 25 tháng từ 01\/2022 đến 01\/2024/);
    await collection.getByRole('checkbox', { name: 'Số lượng' }).check();
    await expect.poll(async () => (await pictures()).kindsDrawn).toEqual(['count']);
    expect((await pictures()).facts).toBe(5);
    await collection.getByRole('checkbox', { name: 'Số lượng' }).uncheck();

    // Split by kind: one band each.
    await collection.getByRole('radio', { name: 'tách từng loại' }).check();
    await expect.poll(async () => (await pictures()).bands).toBeGreaterThan(2);
    await collection.screenshot({ path: join(ARTIFACTS, 'pictures-split-chromium.png') });

    // Saved as files: SVG, and PNG drawn through a canvas.
    const figure = collection.locator('figure.chart').filter({ has: collection.locator('svg[data-chart=provinces]') });
    const svg = await downloadOf(() => figure.getByRole('button', { name: /dạng SVG$/ }).click());
    expect(svg.name).toMatch(/^bantin-provinces-\d{4}-\d{2}-\d{2}\.svg$/);
    expect(svg.bytes.toString('utf8')).toContain('Tây Ninh');
    const png = await downloadOf(() => figure.getByRole('button', { name: /dạng PNG$/ }).click());
    expect(png.name).toMatch(/^bantin-provinces-.*\.png$/);
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.bytes.readUInt32BE(16)).toBe(2 * 760); // twice the picture's width
    expect(png.bytes.length).toBeGreaterThan(2_000);
    writeFileSync(join(ARTIFACTS, `export-${png.name}`), png.bytes); // to look at
    writeFileSync(join(ARTIFACTS, `export-${svg.name}`), svg.bytes);

    // The numbers as a table, for a screen reader and the keyboard.
    await figure.locator('summary').click();
    expect(await figure.locator('table tbody tr').count()).toBe(1);
    expect(await figure.locator('table tbody tr th').textContent()).toBe('Tây Ninh');
    await collection.locator('#filter-province').selectOption('');
    await expect.poll(async () => (await pictures()).facts).toBe(savedFacts);

    // A reload keeps the view and the chart's mode (the address).
    expect(collection.url()).toMatch(/view=pictures/);
    expect(collection.url()).toMatch(/chart=split/);
    await collection.reload();
    expect(await collection.getByRole('button', { name: 'Hình', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect((await pictures()).bands).toBeGreaterThan(2);
    await collection.getByRole('radio', { name: 'chồng lên nhau' }).check();
    expect(pageErrors).toEqual([]);
  });

  it('pictures of a group of collation', async () => {
    await collection.getByRole('navigation').getByRole('button', { name: 'Đối chiếu', exact: true }).click();
    await collection.getByRole('radio', { name: 'Cơ quan' }).check();
    await collection.locator('.groups[data-kind=office][data-loaded]').waitFor();
    await settled();
    const first = collection.locator('.groups-grid:not(.head)').first();
    const name = (await first.locator('button.group-name').textContent())!;
    const articles = Number(await first.locator('[role=cell]').nth(1).textContent());
    const mentions = Number(await first.locator('[role=cell]').nth(2).textContent());
    expect(articles).toBeGreaterThanOrEqual(2);
    await first.locator('button.group-name').click();
    await collection.getByRole('button', { name: 'Xem hình' }).click();
    const p = await pictures();
    expect(p.facts).toBe(mentions);
    expect(p.provinces.reduce((n, [, v]) => n + Number(v), 0)).toBe(articles);
    expect(await collection.locator('.pictures-summary').textContent()).toContain(`Cơ quan “${name}”`);
    expect(await collection.locator('.views .chip').textContent()).toContain(name);
    await collection.screenshot({ path: join(ARTIFACTS, 'pictures-group-chromium.png') });
    const png = await downloadOf(() => collection.locator('figure.chart').first().getByRole('button', { name: /dạng PNG$/ }).click());
    expect(png.name).toMatch(/^bantin-articles-per-month-.*\.png$/);
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    writeFileSync(join(ARTIFACTS, `export-group-${png.name}`), png.bytes);
    await collection.locator('.views .chip').click(); // leave the group
    await expect.poll(async () => (await pictures()).facts).toBe(savedFacts);
    expect(pageErrors).toEqual([]);
  });
});
