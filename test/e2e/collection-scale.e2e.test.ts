// The collection page with 10 000 articles and 100 000 facts in real Chromium: imported
// through the page's own 'Nhập JSON…' (test/bench/make-collection.ts builds the file from
// real analyses), then filtered, sorted, grouped, scrolled to the end and exported to CSV
// the way a researcher does it, draws its pictures and series. Checks that every step answers correctly at that size and
// records how long each took (test/artifacts/collection-scale.json, printed too); times are
// measurements, not assertions.
//
// Long work shows progress and can be cancelled: during the import the progress bar is seen
// advancing, Esc (the focus is on Cancel) stops it and the collection is as it was, and the
// import run again completes; on the full collection an import of more articles is
// cancelled with the button and changes nothing; CSV and JSON exports show progress, and a
// cancelled one downloads nothing (test/artifacts/collection-scale-progress.png).

import { execFileSync } from 'node:child_process';
import http from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCollection } from '../bench/make-collection.ts';
import type { ExportFile } from '../../extension/storage/transfer.ts';
import { chromiumPath, launchWithExtension, startPageServer, type Launched } from './chromium.ts';

const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
const ARTICLES = 10_000;
const FACTS_PER_ARTICLE = 10;

let server: http.Server;
let profile: string;
let dir: string;
let browser: Launched;
let page: Page;
const timings: Record<string, number> = {};
const errors: string[] = [];

async function settled(): Promise<void> {
  await page.locator('main.view[aria-busy="false"]').waitFor({ timeout: 120_000 });
}

async function shown(): Promise<number> {
  await settled();
  const text = (await page.locator('.views .status').textContent()) ?? '';
  return Number((/^([\d.]+)/.exec(text)?.[1] ?? '-1').replace(/\./g, ''));
}

/** What the page's header says is saved: [articles, facts]. */
async function totals(): Promise<[number, number]> {
  const text = (await page.locator('header.top .muted').textContent()) ?? '';
  const m = /^([\d.]+) bài, ([\d.]+) dữ kiện/.exec(text);
  return m ? [Number(m[1].replace(/\./g, '')), Number(m[2].replace(/\./g, ''))] : [-1, -1];
}

/** The progress bar's value and text, while it shows (undefined once gone). */
async function progressNow(): Promise<{ value: number | undefined; text: string } | undefined> {
  return page.evaluate(() => {
    const bar = document.querySelector<HTMLProgressElement>('.transfer progress');
    if (!bar) return undefined;
    return { value: bar.hasAttribute('value') ? bar.value : undefined, text: document.querySelector('.transfer-text')?.textContent ?? '' };
  });
}

/** Polls the progress bar until `enough` says so; returns every distinct reading seen. */
async function watchProgress(enough: (seen: { value: number; text: string }[]) => boolean, timeout = 120_000): Promise<{ value: number; text: string }[]> {
  const seen: { value: number; text: string }[] = [];
  const until = Date.now() + timeout;
  while (!enough(seen)) {
    if (Date.now() > until) throw new Error(`progress not seen: ${JSON.stringify(seen)}`);
    const now = await progressNow();
    if (now?.value !== undefined && seen.at(-1)?.value !== now.value) seen.push({ value: now.value, text: now.text });
    await page.waitForTimeout(100);
  }
  return seen;
}

/** The resident memory of this test's Chromium (the browser process of our profile and all its children), in MB. */
function chromiumRssMb(): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((l) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), rss: Number(m[3]), args: m[4] }));
  const ours = new Set(rows.filter((r) => r.args.includes(profile) && !r.args.includes('--type=')).map((r) => r.pid));
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of rows) if (!ours.has(r.pid) && ours.has(r.ppid)) ours.add(r.pid), (grew = true);
  }
  return Math.round(rows.filter((r) => ours.has(r.pid)).reduce((n, r) => n + r.rss, 0) / 1024);
}

/** Runs a step and records its wall time (until the page shows current results) under `name`. */
async function step<T>(name: string, f: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  const out = await f();
  await settled();
  timings[name] = Date.now() - t0;
  return out;
}

describe.skipIf(!chromiumPath())('the collection page with 100 000 facts in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'bantin-e2e-scale-'));
    writeFileSync(join(dir, 'collection.json'), JSON.stringify(makeCollection(ARTICLES, FACTS_PER_ARTICLE)));
    server = await startPageServer(() => undefined);
    profile = mkdtempSync(join(tmpdir(), 'bantin-e2e-scale-profile-'));
    browser = await launchWithExtension(profile, (server.address() as { port: number }).port, { width: 1400, height: 900 });
    page = await browser.ctx.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'info' && console.log(`e2e collection scale: ${m.text()}`));
    await page.goto(`chrome-extension://${browser.extensionId}/collection.html`);
    await settled();
  }, 180_000);

  afterAll(async () => {
    writeFileSync(join(ARTIFACTS, 'collection-scale.json'), JSON.stringify(timings, null, 1));
    console.log(`e2e collection scale (ms): ${JSON.stringify(timings)}`);
    await browser?.ctx.close();
    server?.close();
    for (const d of [profile, dir]) if (d) rmSync(d, { recursive: true, force: true });
  });

  it('shows the import advancing; Esc cancels it and leaves the collection as it was', { timeout: 300_000 }, async () => {
    expect(await totals()).toEqual([0, 0]);
    await page.locator('input[type=file]').setInputFiles(join(dir, 'collection.json'));
    // First the file is read and checked (no value yet), then the counts advance.
    const seen = await watchProgress((s) => s.length >= 2 && /dữ kiện [\d.]+ \/ 100\.000/.test(s.at(-1)!.text) && !/dữ kiện 0 \//.test(s.at(-1)!.text));
    expect(seen.at(-1)!.value).toBeGreaterThan(seen[0].value);
    expect(seen.at(-1)!.text).toMatch(/^đang ghi: bài 10\.000 \/ 10\.000 · dữ kiện [\d.]+ \/ 100\.000$/);
    console.log(`e2e collection scale: progress seen ${JSON.stringify(seen)}`);
    // Announced politely (a status), by quarters only; Cancel holds the focus.
    await page.locator('.transfer').screenshot({ path: join(ARTIFACTS, 'collection-scale-progress.png') });
    await page.screenshot({ path: join(ARTIFACTS, 'collection-scale-progress-page.png') });
    expect(await page.locator('.transfer [role=status]').textContent()).toMatch(/^(Đang nhập collection\.json: đã xong (0|25|50|75)%)?$/);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hủy');
    // axe on the progress while it runs: no serious or critical violation.
    const axe = await new AxeBuilder({ page }).include('.transfer').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    const t0 = Date.now();
    await page.keyboard.press('Escape');
    await page.getByRole('status').filter({ hasText: 'Đã hủy nhập collection.json' }).waitFor({ timeout: 60_000 });
    timings.import_cancel = Date.now() - t0;
    await settled();
    expect(await page.locator('.transfer').count()).toBe(0);
    expect(await totals()).toEqual([0, 0]);
    expect(await shown()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('imports 10 000 articles / 100 000 facts through the page', { timeout: 300_000 }, async () => {
    let peak = chromiumRssMb();
    const before = peak;
    const sampler = setInterval(() => (peak = Math.max(peak, chromiumRssMb())), 1_000);
    try {
      await step('import', async () => {
        await page.locator('input[type=file]').setInputFiles(join(dir, 'collection.json'));
        await page.getByRole('status').filter({ hasText: 'Đã nhập' }).waitFor({ timeout: 280_000 });
      });
    } finally {
      clearInterval(sampler);
    }
    // One transaction over 100 000 facts: what Chromium holds meanwhile (every process of this profile).
    timings.import_rss_before_mb = before;
    timings.import_rss_peak_mb = peak;
    await settled();
    expect(await page.locator('header.top .muted').textContent()).toBe('10.000 bài, 100.000 dữ kiện đã lưu');
    expect(await shown()).toBeGreaterThan(90_000);
    expect(errors).toEqual([]);
  });

  it('filters, sorts, groups and scrolls at that size', { timeout: 300_000 }, async () => {
    const all = await shown();
    await step('search_words', () => page.getByLabel('Tìm (không cần dấu)').fill('van phong tinh uy'));
    const words = await shown();
    expect(words).toBeGreaterThan(0);
    expect(words).toBeLessThan(all);
    await page.getByLabel('Tìm (không cần dấu)').fill('');
    await settled();

    await step('filter_kind', () => page.getByRole('checkbox', { name: 'Cơ quan' }).check());
    const offices = await shown();
    await step('filter_kind_province', () => page.locator('#filter-province').selectOption('Gia Lai'));
    const inProvince = await shown();
    expect(inProvince).toBeGreaterThan(0);
    expect(inProvince).toBeLessThan(offices);
    await page.getByRole('checkbox', { name: 'Cơ quan' }).uncheck();
    await page.locator('#filter-province').selectOption('');
    await settled();

    const sortBy = (label: string) => page.getByRole('columnheader').getByRole('button', { name: new RegExp(`^${label}`) }).click();
    await step('sort_published', () => sortBy('Ngày đăng'));
    await step('sort_title', () => sortBy('Bài báo'));
    await step('sort_quote', () => sortBy('Trích dẫn'));

    // Scrolled to the very end, the last rows are there (a window of rows, not 100 000 of them).
    await step('scroll_to_end', async () => {
      await page.locator('.vscroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
      await page.locator(`[aria-rowindex="${all + 1}"] [data-fact-id]`).waitFor({ timeout: 30_000 });
    });
    expect(await page.locator('.vrow:not(.head)').count()).toBeLessThan(100);
    await page.screenshot({ path: join(ARTIFACTS, 'collection-scale.png') });

    await page.getByRole('navigation').getByRole('button', { name: 'Đối chiếu', exact: true }).click();
    await step('group_documents', async () => {
      await page.getByRole('radio', { name: 'Văn bản' }).check();
      await page.locator('.groups[data-kind=document][data-loaded]').waitFor({ timeout: 60_000 });
    });
    expect(await shown()).toBeGreaterThan(5);
    await step('group_offices', async () => {
      await page.getByRole('radio', { name: 'Cơ quan' }).check();
      await page.locator('.groups[data-kind=office][data-loaded]').waitFor({ timeout: 60_000 });
    });
    await page.screenshot({ path: join(ARTIFACTS, 'collection-scale-groups.png') });
    expect(errors).toEqual([]);
  });

  it('draws the pictures and the series of 100 000 facts', { timeout: 300_000 }, async () => {
    /** The time the page itself reports for the view's query and aggregation ('… · 35 ms'). */
    const pageMs = async () => Number(/· (\d+) ms/.exec((await page.locator('.views .status').textContent()) ?? '')?.[1] ?? -1);
    const nav = (name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
    const bars = (chart: string) => page.locator(`svg[data-chart=${chart}] .bar`).count();

    await step('pictures_all', async () => {
      await nav('Hình');
      await page.locator('.pictures[data-loaded] svg[data-chart=provinces]').waitFor({ timeout: 60_000 });
    });
    timings.pictures_all_in_page = await pageMs();
    const all = Number(await page.locator('.pictures').getAttribute('data-facts'));
    expect(all).toBeGreaterThan(90_000);
    // make-collection dates article i in year 2010 + i % 16, month i % 12: 48 months of 2010-01 … 2025-12 have articles.
    expect(await bars('articles-per-month')).toBe(48);
    expect(await page.locator('svg[data-chart=articles-per-month]').getAttribute('aria-label')).toMatch(/192 tháng từ 01\/2010 đến 12\/2025/);
    expect(await page.locator('svg[data-chart=provinces] g.hbar').count()).toBeGreaterThan(50);
    await page.screenshot({ path: join(ARTIFACTS, 'pictures-scale.png') });

    await step('pictures_split', async () => {
      await page.getByRole('radio', { name: 'tách từng loại' }).check();
      await page.locator('svg[data-chart=facts-per-month] g.band:nth-of-type(3)').waitFor();
    });
    await page.getByRole('radio', { name: 'chồng lên nhau' }).check();

    await step('pictures_kind_province', async () => {
      await page.getByRole('checkbox', { name: 'Cơ quan' }).check();
      await page.locator('#filter-province').selectOption('Gia Lai');
      await page.waitForFunction(() => document.querySelectorAll('svg[data-chart=provinces] g.hbar').length === 1 && !!document.querySelector('main.view[aria-busy="false"] .pictures[data-loaded]'), undefined, { timeout: 60_000 });
    });
    timings.pictures_kind_province_in_page = await pageMs();
    await page.getByRole('checkbox', { name: 'Cơ quan' }).uncheck();
    await page.locator('#filter-province').selectOption('');
    await settled();

    // One group of collation: the office named by the most articles.
    await nav('Đối chiếu');
    await page.locator('.groups[data-kind=office][data-loaded]').waitFor({ timeout: 60_000 });
    await settled();
    const first = page.locator('.groups-grid:not(.head)').first();
    const articles = Number(await first.locator('[role=cell]').nth(1).textContent());
    await first.locator('button.group-name').click();
    await step('pictures_group', async () => {
      await page.getByRole('button', { name: 'Xem hình' }).click();
      await page.locator('.pictures[data-loaded] svg[data-chart=provinces]').waitFor({ timeout: 60_000 });
    });
    timings.pictures_group_in_page = await pageMs();
    const provinceArticles = await page.locator('svg[data-chart=provinces] g.hbar text:last-of-type').allTextContents();
    expect(provinceArticles.reduce((n, x) => n + Number(x.replace(/\./g, '')), 0)).toBe(articles);
    await page.screenshot({ path: join(ARTIFACTS, 'pictures-scale-group.png') });
    await page.locator('.views .chip').click();
    await settled();

    await step('series_all', async () => {
      await nav('Số liệu');
      await page.waitForFunction(() => !!document.querySelector('main.view[aria-busy="false"] .series-view'), undefined, { timeout: 120_000 });
    });
    timings.series_all_in_page = await pageMs();
    await page.screenshot({ path: join(ARTIFACTS, 'series-scale.png') });
    expect(errors).toEqual([]);
  });

  it('exports all 100 000 facts to CSV', { timeout: 300_000 }, async () => {
    const t0 = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 280_000 }), page.getByRole('button', { name: 'CSV – tất cả' }).click()]);
    const path = join(dir, 'all.csv');
    await download.saveAs(path);
    timings.csv_export_all = Date.now() - t0;
    const rows = Papa.parse<string[]>(readFileSync(path, 'utf8').slice(1), { skipEmptyLines: true }).data;
    expect(rows.length).toBe(ARTICLES * FACTS_PER_ARTICLE + 1); // the header, then one record per fact
    expect(errors).toEqual([]);
  });

  it('an import of more articles, cancelled with the button, changes nothing', { timeout: 300_000 }, async () => {
    // 2 000 other articles (other addresses and texts): new to the collection.
    const file = JSON.parse(readFileSync(join(dir, 'collection.json'), 'utf8')) as ExportFile;
    const ids = new Set(file.articles.slice(0, 2_000).map((a) => a.id));
    const move = (u: string) => u.replace('://', '://khac.');
    const more = {
      ...file,
      articles: file.articles.slice(0, 2_000).map((a) => ({ ...a, canonicalUrl: move(a.canonicalUrl), url: move(a.url), urls: a.urls.map(move), textHash: `khac-${a.textHash}` })),
      facts: file.facts.filter((f) => ids.has(f.articleId)),
    };
    writeFileSync(join(dir, 'more.json'), JSON.stringify(more));
    await page.locator('input[type=file]').setInputFiles(join(dir, 'more.json'));
    await watchProgress((s) => s.length >= 2 && /dữ kiện [1-9][\d.]* \/ 20\.000/.test(s.at(-1)!.text));
    await page.locator('.transfer').getByRole('button', { name: 'Hủy' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã hủy nhập more.json' }).waitFor({ timeout: 60_000 });
    await settled();
    expect(await totals()).toEqual([ARTICLES, ARTICLES * FACTS_PER_ARTICLE]);
    expect(errors).toEqual([]);
  });

  it('exports show progress; a cancelled export downloads nothing', { timeout: 300_000 }, async () => {
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    for (const [button, kind] of [
      ['CSV – tất cả', 'csv'],
      ['JSON – tất cả', 'json'],
    ] as const) {
      await page.getByRole('button', { name: button }).click();
      const seen = await watchProgress((s) => s.length >= 1 && s.at(-1)!.value > 0);
      expect(seen.at(-1)!.text).toMatch(/^đang đọc: (bài [\d.]+ \/ 10\.000 · )?dữ kiện [\d.]+ \/ 100\.000$/);
      await page.locator('.transfer').getByRole('button', { name: 'Hủy' }).click();
      await page.getByRole('status').filter({ hasText: 'Đã hủy xuất' }).waitFor({ timeout: 60_000 });
      await page.waitForTimeout(1_000);
      expect(downloads, kind).toEqual([]);
    }
    // And a JSON export of everything, run to its end.
    const t0 = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 280_000 }), page.getByRole('button', { name: 'JSON – tất cả' }).click()]);
    const path = join(dir, 'all.json');
    await download.saveAs(path);
    timings.json_export_all = Date.now() - t0;
    const exported = JSON.parse(readFileSync(path, 'utf8')) as ExportFile;
    expect(exported.articles).toHaveLength(ARTICLES);
    expect(exported.facts).toHaveLength(ARTICLES * FACTS_PER_ARTICLE);
    expect(errors).toEqual([]);
  });
});
