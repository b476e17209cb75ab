// The collection page with 10 000 articles and 100 000 facts in real Chromium: imported
// through the page's own 'Nhập JSON…' (test/bench/make-collection.ts builds the file from
// real analyses), then filtered, sorted, grouped, scrolled to the end and exported to CSV
// the way a researcher does it. Checks that every step answers correctly at that size and
// records how long each took (test/artifacts/collection-scale.json, printed too); times are
// measurements, not assertions.

import http from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCollection } from '../bench/make-collection.ts';
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

  it('imports 10 000 articles / 100 000 facts through the page', { timeout: 300_000 }, async () => {
    await step('import', async () => {
      await page.locator('input[type=file]').setInputFiles(join(dir, 'collection.json'));
      await page.getByRole('status').filter({ hasText: 'Đã nhập' }).waitFor({ timeout: 280_000 });
    });
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
});
