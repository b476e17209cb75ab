// The collection's Pictures and Series views in real Firefox ESR, with the built extension
// (firefox.ts says how it is driven): the journey of collection-pictures.e2e.test.ts. Six
// articles are saved through the sidebar page's 'Lưu' (three fixture pages, three made-up pages
// giving one committee's membership in three years, series-pages.ts); the series table shows
// the three figures, the line chart three markers, the series CSV (from Firefox's download
// folder) the three records; the pictures show the timeline and the provinces' bars for the
// filter, for a province and for a group of collation; a picture saves as SVG and PNG.
//
// Screenshots: test/artifacts/firefox-pictures-*.png, firefox-series.png (gitignored).

import http from 'node:http';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressOf, pagesWithAddress, startPageServer, fixturePageAt } from './chromium.ts';
import { FIREFOX, FIREFOX_INSTALL_HINT, buttonNamed, firefoxPath, launchFirefox, openExtensionPage, poll, tabStateOf, typeInto, type FirefoxLaunched } from './firefox.ts';
import { SERIES_BODY, SERIES_PAGES, SERIES_WORDS, seriesPageAt } from './series-pages.ts';

const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
const entries = pagesWithAddress();
const FIXTURES = ['000-baobacninh.html', '001-baogialai.html', '002-baolangson.html'].map((f) => entries.find((e) => e.file === f)!);
const ADDRESSES = [...FIXTURES.map(addressOf), ...SERIES_PAGES.map((p) => p.address)];

const browserPath = firefoxPath();
if (!browserPath) console.warn(`\n  Firefox pictures and series end-to-end tests SKIPPED: no Firefox at ${FIREFOX}.\n  Install it (as root): ${FIREFOX_INSTALL_HINT}\n`);

let server: http.Server;
let profile: string;
let downloads: string;
let ff: FirefoxLaunched;
let collection: Page;
let savedFacts = 0;

/** Opens a page, waits for its analysis, saves it with the sidebar page's 'Lưu'. */
async function saveThroughSidebarPage(address: string): Promise<number> {
  const page = await ff.browser.newPage();
  await page.goto(address, { waitUntil: 'load' });
  const { tabId, state } = await tabStateOf(ff, page.url());
  const panel = await openExtensionPage(ff, `sidepanel.html?tab=${tabId}`, { width: 420, height: 860 });
  const n = state.page!.analysis.facts.length;
  await poll(() => panel.$(`xpath/.//button[normalize-space(.)="Lưu (${n})"]`), (b) => !!b, 'the save button');
  await (await buttonNamed(panel, `Lưu (${n})`)).click();
  await poll(() => panel.$eval('.save-status', (s) => s.textContent ?? ''), (s) => s.startsWith('Đã lưu'), `${address}: the save`);
  await panel.close();
  await page.close();
  return n;
}

async function shown(): Promise<number> {
  await collection.waitForSelector('main.view[aria-busy="false"]');
  const text = await collection.$eval('.views .status', (e) => e.textContent ?? '');
  return Number((/^([\d.]+)/.exec(text)?.[1] ?? '-1').replace(/\./g, ''));
}

/** Clicks, and reads the file Firefox saved in its download folder. */
async function downloadOf(button: ElementHandle<Element>): Promise<{ file: string; bytes: Buffer }> {
  const before = new Set(readdirSync(downloads));
  await button.evaluate((b) => b.scrollIntoView({ block: 'center' }));
  await button.click();
  const file = await poll(
    async () => {
      const now = readdirSync(downloads);
      if (now.some((f) => f.endsWith('.part'))) return undefined;
      return now.find((f) => !before.has(f) && statSync(join(downloads, f)).size > 0);
    },
    (f) => !!f,
    'the download',
  );
  return { file: file!, bytes: readFileSync(join(downloads, file!)) };
}

async function pictures() {
  await collection.waitForSelector('.pictures[data-loaded]');
  await collection.waitForSelector('main.view[aria-busy="false"]');
  return collection.evaluate(() => {
    const chart = (k: string) => document.querySelector(`svg[data-chart="${k}"]`);
    return {
      facts: Number(document.querySelector('.pictures')!.getAttribute('data-facts')),
      articleBars: chart('articles-per-month')?.querySelectorAll('rect.bar').length ?? -1,
      factBars: chart('facts-per-month')?.querySelectorAll('rect.bar').length ?? -1,
      bands: chart('facts-per-month')?.querySelectorAll('g.band').length ?? -1,
      provinces: [...(chart('provinces')?.querySelectorAll('g.hbar') ?? [])].map((g) => [g.getAttribute('data-key'), Number(g.querySelector('text:last-of-type')!.textContent!.replace(/\./g, ''))]),
    };
  });
}

async function toggle(type: 'checkbox' | 'radio', label: string) {
  const input = await collection.$(`xpath/.//label[normalize-space(.)=${JSON.stringify(label)}]//input[@type="${type}"]`);
  if (!input) throw new Error(`no ${type} '${label}'`);
  return input;
}

const viewButton = (name: string) => collection.$(`xpath/.//nav[contains(@class,"views")]//button[normalize-space(.)=${JSON.stringify(name)}]`);

describe.skipIf(!browserPath)('pictures and series in the collection page (Firefox)', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    downloads = mkdtempSync(join(tmpdir(), 'bantin-e2e-firefox-pictures-downloads-'));
    const fixture = fixturePageAt(FIXTURES);
    server = await startPageServer((host, path) => seriesPageAt(host, path) ?? fixture(host, path));
    profile = mkdtempSync(join(tmpdir(), 'bantin-e2e-firefox-pictures-'));
    ff = await launchFirefox(profile, (server.address() as { port: number }).port, { downloads, viewport: { width: 1400, height: 1000 } });
    for (const a of ADDRESSES) savedFacts += await saveThroughSidebarPage(a);
    collection = await openExtensionPage(ff, 'collection.html');
  }, 180_000);

  afterAll(async () => {
    await ff?.browser.close();
    server?.close();
    for (const dir of [profile, downloads]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('series: one committee’s membership in three years — three rows, three markers, three CSV records', async () => {
    await poll(shown, (n) => n === savedFacts, 'every fact listed');
    await (await viewButton('Số liệu'))!.click();
    await collection.waitForSelector('.series-view[data-loaded]');
    await typeInto(collection, (await collection.$('#series-subject'))!, SERIES_WORDS);
    await poll(() => collection.$$eval('.series-grid:not(.head)', (rs) => rs.length), (n) => n === 2, 'the committee’s two series');
    const members = (await collection.$('.series-grid[data-series$="|dang vien"]'))!;
    expect(await members.$$eval('[role=cell]', (cs) => cs.map((c) => c.textContent))).toEqual(expect.arrayContaining([SERIES_BODY, 'đảng viên', '3', '352']));
    await (await members.$('button.group-name'))!.click();

    await collection.waitForSelector('.series-one[data-unit="dang vien"] table.series-points');
    const points = await collection.$$eval('.series-one[data-unit="dang vien"] table.series-points tbody tr', (trs) =>
      trs.map((tr) => ({ value: tr.getAttribute('data-value'), asOf: tr.getAttribute('data-as-of'), article: tr.querySelector('a')?.getAttribute('href'), quote: tr.querySelector('.point-quote')?.textContent })),
    );
    expect(points).toEqual(SERIES_PAGES.map((p) => ({ value: String(p.members), asOf: p.asOf, article: p.address, quote: `${p.members} đảng viên` })));
    const markers = await collection.$$eval('.series-one[data-unit="dang vien"] svg[data-chart=series] circle.marker', (cs) =>
      cs.map((c) => ({ value: c.getAttribute('data-value'), x: Number(c.getAttribute('cx')) })),
    );
    expect(markers.map((m) => m.value)).toEqual(['310', '334', '352']);
    expect(markers[0].x).toBeLessThan(markers[1].x);
    expect(markers[1].x).toBeLessThan(markers[2].x);
    await collection.screenshot({ path: join(ARTIFACTS, 'firefox-series.png') });

    const csv = await downloadOf(await buttonNamed(collection, 'Xuất CSV số liệu'));
    expect(csv.file).toMatch(/^bantin-so-lieu-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = csv.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const records = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(records[0]).toEqual(['subject', 'subject_group', 'unit', 'value', 'approx', 'as_of', 'article_url', 'quote']);
    expect(records.slice(1).filter((r) => r[2] === 'đảng viên').map((r) => [r[0], r[3], r[5], r[6], r[7]])).toEqual(
      SERIES_PAGES.map((p) => [SERIES_BODY, String(p.members), p.asOf, p.address, `${p.members} đảng viên`]),
    );

    const svg = await downloadOf((await collection.$('.series-one[data-unit="dang vien"] button[aria-label$="dạng SVG"]'))!);
    expect(svg.file).toMatch(/^bantin-series-dang-vien-.*\.svg$/);
    expect(svg.bytes.toString('utf8').match(/<circle[^>]*class="marker"/g)).toHaveLength(3);
    expect(ff.extensionErrors).toEqual([]);
  });

  it('pictures of the filter and of a province: the timeline and the provinces’ bars; saved as SVG and PNG', async () => {
    await (await viewButton('Hình'))!.click();
    let p = await poll(pictures, (x) => x.facts === savedFacts, 'the pictures of everything');
    expect(p.articleBars).toBeGreaterThanOrEqual(4);
    expect(p.factBars).toBeGreaterThan(p.articleBars);
    expect(p.provinces[0]).toEqual(['Tây Ninh', 3]);
    expect(p.provinces.slice(1).sort()).toEqual([['Bắc Ninh', 1], ['Gia Lai', 1], ['Lạng Sơn', 1]]);
    await collection.screenshot({ path: join(ARTIFACTS, 'firefox-pictures.png') });

    await collection.select('#filter-province', 'Tây Ninh');
    p = await poll(pictures, (x) => x.provinces.length === 1, 'the pictures of one province');
    expect(p.provinces).toEqual([['Tây Ninh', 3]]);
    expect(p.articleBars).toBe(3);
    await (await toggle('radio', 'tách từng loại')).click();
    await poll(pictures, (x) => x.bands > 2, 'one band per kind');
    await collection.screenshot({ path: join(ARTIFACTS, 'firefox-pictures-split.png') });

    const svg = await downloadOf((await collection.$('figure.chart:has(svg[data-chart=provinces]) button[aria-label$="dạng SVG"]'))!);
    expect(svg.file).toMatch(/^bantin-provinces-.*\.svg$/);
    expect(svg.bytes.toString('utf8')).toContain('Tây Ninh');
    const png = await downloadOf((await collection.$('figure.chart:has(svg[data-chart=provinces]) button[aria-label$="dạng PNG"]'))!);
    expect(png.file).toMatch(/^bantin-provinces-.*\.png$/);
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.bytes.readUInt32BE(16)).toBe(2 * 760);
    await collection.select('#filter-province', '');
    await (await toggle('radio', 'chồng lên nhau')).click();
    await poll(pictures, (x) => x.facts === savedFacts && x.bands === 1, 'everything again');
    expect(ff.extensionErrors).toEqual([]);
  });

  it('pictures of a group of collation', async () => {
    await (await viewButton('Đối chiếu'))!.click();
    await (await toggle('radio', 'Cơ quan')).click();
    await collection.waitForSelector('.groups[data-kind=office][data-loaded]');
    await collection.waitForSelector('main.view[aria-busy="false"]');
    const first = (await collection.$('.groups-grid:not(.head)'))!;
    const cells = await first.$$eval('[role=cell]', (cs) => cs.map((c) => (c.textContent ?? '').trim()));
    const [name, articles, mentions] = [cells[0], Number(cells[1]), Number(cells[2])];
    await (await first.$('button.group-name'))!.click();
    await (await buttonNamed(collection, 'Xem hình')).click();
    const p = await poll(pictures, (x) => x.facts === mentions, 'the group’s pictures');
    expect(p.provinces.reduce((n, [, v]) => n + Number(v), 0)).toBe(articles);
    expect(await collection.$eval('.pictures-summary', (e) => e.textContent)).toContain(`Cơ quan “${name}”`);
    await collection.screenshot({ path: join(ARTIFACTS, 'firefox-pictures-group.png') });
    const png = await downloadOf((await collection.$('figure.chart button[aria-label$="dạng PNG"]'))!);
    expect(png.file).toMatch(/^bantin-articles-per-month-.*\.png$/);
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(ff.extensionErrors).toEqual([]);
  });
});
