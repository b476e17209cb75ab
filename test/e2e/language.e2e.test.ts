// The interface in English, in real Chromium run in English (--lang=en-US, LANGUAGE=en_US):
// the manifest's words, the toolbar title, the side panel, the page's legend and tooltip and
// the collection page are English, with no Vietnamese word of the interface anywhere (the
// article's own words, which are data, aside). Then the language setting: chosen in the side
// panel, every open page switches at once, without a reload (the side panel, the collection
// page in another tab, the page's legend, the toolbar title); chosen back in the collection
// page, they all follow again. Last, Chromium run in Vietnamese speaks Vietnamese with no
// setting at all (when Chromium has its Vietnamese resources, Debian's chromium-l10n).
//
// Screenshots: test/artifacts/language-*.png (gitignored).

import http from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../extension/i18n/catalogue.ts';
import { translate } from '../../extension/i18n/index.ts';
import { KIND_ORDER } from '../../extension/ui/palette.ts';
import {
  addressOf,
  CHROMIUM,
  chromiumPath,
  clickToolbarButton,
  hoverHighlight,
  INSTALL_HINT,
  launchWithExtension,
  overlayText,
  pagesWithAddress,
  startPageServer,
  tabStateOf,
  type Launched,
} from './chromium.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGES = join(ROOT, 'fixtures', 'pages');
const ARTIFACTS = join(ROOT, 'test', 'artifacts');
const ARTICLE = pagesWithAddress().find((e) => e.file === '002-baolangson.html')!;

const browserPath = chromiumPath();
if (!browserPath) console.warn(`\n  Language end-to-end tests SKIPPED: no Chromium at ${CHROMIUM}.\n  Install it (as root): ${INSTALL_HINT}\n`);

const en = (key: keyof typeof CATALOGUE) => CATALOGUE[key].en;
const vi = (key: keyof typeof CATALOGUE) => CATALOGUE[key].vi;

/** A letter with a diacritic: every Vietnamese letter beyond a–z. */
const hasVietnamese = (s: string) => /[\u0300-\u036f]|[đĐ]/.test(s.normalize('NFD'));

/**
 * What a page says in its own words: its text and its aria-labels, titles and placeholders,
 * leaving out the elements that show data (the article's title, quotes, field values,
 * outlets, provinces; the language picker's 'Tiếng Việt', Vietnamese's own name), and that
 * data wherever else it is named ('Edit: <quote>'), and any quote in “…”.
 */
function interfaceWords(page: Page, dataSelectors: string[]): Promise<string[]> {
  return page.evaluate((data) => {
    const isData = (el: Element) => data.some((sel) => el.closest(sel));
    const dataTexts = [...new Set(data.flatMap((sel) => [...document.querySelectorAll(sel)].map((el) => el.textContent?.trim() ?? '')))]
      .filter((s) => s.length > 1)
      .sort((a, b) => b.length - a.length);
    const withoutData = (s: string) => dataTexts.reduce((acc, d) => acc.split(d).join('…'), s);
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || isData(el) || el.closest('script,style')) continue;
      const text = n.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label],[title],[placeholder]')) {
      if (isData(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    out.push(document.title);
    return out.map((s) => withoutData(s).replace(/“[^”]*”/g, '“…”'));
  }, dataSelectors);
}

/** The side panel's data: the article's title and metadata values, the facts' quotes and summaries. */
const PANEL_DATA = ['header.article h1', 'dd', 'button.quote', '.summary', '.quote-text', '.not-found li', 'textarea', '.chips', 'option[lang="vi"]', '.text-read-body'];
/** The collection's data: the table cells of what was saved, the filters' lists of outlets, provinces, tags. */
const COLLECTION_DATA = ['.c-value', '.c-quote', '.c-title', '.c-source', '.c-province', '.c-date', '#filter-province option', '#filter-source option', '#filter-tag option', 'option[lang="vi"]'];

function startServer(): Promise<http.Server> {
  return startPageServer((host, path) => {
    const a = new URL(addressOf(ARTICLE));
    return a.hostname === host && a.pathname + a.search === path ? readFileSync(join(PAGES, ARTICLE.file), 'utf8') : undefined;
  });
}

let server: http.Server;
let port = 0;
const profiles: string[] = [];
let browser: Launched;
let page: Page;
let panel: Page;
let collection: Page;
let tabId = 0;
let factCount = 0;
const pageErrors: string[] = [];

function watch(p: Page): Page {
  p.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
  p.on('console', (m) => m.type() === 'error' && pageErrors.push(`console: ${m.text()}`));
  return p;
}

async function launch(language: 'en-US' | 'vi'): Promise<Launched> {
  const profile = mkdtempSync(join(tmpdir(), `bantin-e2e-language-${language}-`));
  profiles.push(profile);
  return launchWithExtension(profile, port, { width: 1280, height: 860 }, language);
}

/** Opens the article, clicks the toolbar button (the activeTab grant), and opens the panel pinned to its tab. */
async function openArticleAndPanel(b: Launched): Promise<{ page: Page; panel: Page; tabId: number; facts: number }> {
  // (The article's own missing images are no error of the extension's: only its pages are watched.)
  const p = await b.ctx.newPage();
  await p.goto(addressOf(ARTICLE), { waitUntil: 'load' });
  await clickToolbarButton(b.browserCdp, b.extensionId, p);
  const { tabId: id, state } = await tabStateOf(b.worker, p.url());
  const side = watch(await b.ctx.newPage());
  await side.setViewportSize({ width: 420, height: 860 });
  await side.goto(`chrome-extension://${b.extensionId}/sidepanel.html?tab=${id}`);
  await side.locator('section.kind-group').first().waitFor({ timeout: 10_000 });
  return { page: p, panel: side, tabId: id, facts: state.page!.analysis.facts.length };
}

/** What the toolbar button's tooltip says now, and the manifest as the browser localised it. */
function browserWords(b: Launched): Promise<{ title: string; name: string; description: string; commands: string[] }> {
  return b.worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { action: { getTitle(d: object): Promise<string> }; runtime: { getManifest(): Record<string, unknown> } } }).chrome;
    const m = c.runtime.getManifest() as { name: string; description: string; commands: Record<string, { description: string }> };
    return { title: await c.action.getTitle({}), name: m.name, description: m.description, commands: Object.values(m.commands).map((x) => x.description).sort() };
  });
}

describe.skipIf(!browserPath)('the interface in English, and the language setting', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer();
    port = (server.address() as { port: number }).port;
    browser = await launch('en-US');
  });

  afterAll(async () => {
    await browser?.ctx.close();
    server?.close();
    for (const p of profiles) rmSync(p, { recursive: true, force: true });
  });

  it('Chromium in English: the manifest, the shortcuts and the toolbar title are English', async () => {
    expect(browser.uiLanguage).toMatch(/^en/);
    const words = await browserWords(browser);
    expect(words).toEqual({
      title: en('manifest.actionTitle'),
      name: 'Bantin',
      description: en('manifest.description'),
      commands: [en('manifest.commandAnalyze'), en('manifest.commandSave')].sort(),
    });
    // _locales is what the browser read the manifest from.
    const messages = await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getMessage(n: string): string } } }).chrome.i18n.getMessage('menu_analyzeSelection'));
    expect(messages).toBe(en('menu.analyzeSelection'));
  });

  it('the side panel and the page legend are English: no Vietnamese word of the interface', async () => {
    ({ page, panel, tabId, facts: factCount } = await openArticleAndPanel(browser));
    expect(factCount).toBeGreaterThan(10);
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => panel.locator('button.primary').textContent()).toBe(`Save (${factCount})`);
    expect(await panel.getByRole('button', { name: en('header.reanalyze') }).count()).toBe(1);
    expect(await panel.getByRole('link', { name: en('panel.openCollection') }).count()).toBe(1);
    expect(await panel.getByRole('button', { name: en('manual.fromSelection') }).count()).toBe(1);
    for (const kind of KIND_ORDER) expect(await panel.locator(`section.kind-${kind} h2`).textContent()).toContain(translate('en', `kind.${kind}`));
    const dts = await panel.locator('dl.meta dt').allTextContents();
    expect(dts).toEqual(expect.arrayContaining([en('label.published'), en('label.source'), en('header.language'), en('header.address')]));
    expect(await panel.locator('dl.meta > div').filter({ hasText: en('header.language') }).locator('dd').textContent()).toMatch(/^Vietnamese \(/);
    expect(await panel.getByLabel(en('language.label')).inputValue()).toBe('auto');

    const words = await interfaceWords(panel, PANEL_DATA);
    expect(words.length).toBeGreaterThan(30);
    expect(words.filter(hasVietnamese)).toEqual([]);

    // The page's legend and tooltip.
    const overlay = await overlayText(browser.ctx, page);
    expect(overlay.legend).toMatch(new RegExp(`· ${factCount} facts`));
    for (const kind of KIND_ORDER) expect(overlay.legend).toContain(translate('en', `kind.${kind}`));
    expect(hasVietnamese(overlay.legend)).toBe(false);
    await hoverHighlight(page, 'bantin-document');
    const tip = (await overlayText(browser.ctx, page)).tooltip;
    expect(tip).toContain('Document');
    expect(tip).toMatch(/Document type|Code/);

    await panel.screenshot({ path: join(ARTIFACTS, 'language-en-sidepanel.png'), fullPage: true });
    await panel.screenshot({ path: join(ARTIFACTS, 'language-en-sidepanel-viewport.png') });
    await page.screenshot({ path: join(ARTIFACTS, 'language-en-page.png') });
  });

  it('the collection page is English: no Vietnamese word of the interface', async () => {
    // Something to show: the page saved with the panel's 'Save'.
    await panel.getByRole('button', { name: `Save (${factCount})` }).click();
    await expect.poll(() => panel.locator('.save-status').textContent()).toMatch(/^Saved \(new article\): /);
    collection = watch(await browser.ctx.newPage());
    await collection.setViewportSize({ width: 1400, height: 900 });
    await collection.goto(`chrome-extension://${browser.extensionId}/collection.html`);
    await expect.poll(() => collection.locator('header.top .muted').textContent()).toBe(`1 article, ${factCount} facts saved`);
    await expect.poll(() => collection.locator('.views .status').textContent()).toMatch(new RegExp(`^${factCount} facts · \\d+ ms$`));
    expect(await collection.title()).toBe(en('collection.title'));
    expect(await collection.locator('h1').textContent()).toBe(en('collection.title'));
    for (const name of [en('collection.exportCsvFiltered'), en('collection.exportJsonAll'), en('collection.import'), en('collection.wipe')]) {
      expect(await collection.getByRole('button', { name }).count(), name).toBe(1);
    }
    const headers = (await collection.getByRole('columnheader').allTextContents()).map((h) => h.replace(/[▲▼]/g, '').trim()).filter(Boolean);
    expect(headers).toEqual(['Kind', 'Fact', 'Quote', 'Article', 'Source', 'Province', 'Published', 'Actions']);
    expect(await collection.locator('.c-kind').nth(1).textContent()).toMatch(new RegExp(`^(${KIND_ORDER.map((k) => translate('en', `kind.${k}`)).join('|')})$`));
    const words = await interfaceWords(collection, COLLECTION_DATA);
    expect(words.length).toBeGreaterThan(40);
    expect(words.filter(hasVietnamese)).toEqual([]);
    await collection.screenshot({ path: join(ARTIFACTS, 'language-en-collection.png') });

    // The groups view too.
    await collection.getByRole('navigation').getByRole('button', { name: 'Groups', exact: true }).click();
    await collection.locator('.groups[data-loaded]').waitFor();
    expect(await collection.getByRole('radiogroup', { name: en('groups.groupBy') }).count()).toBe(1);
    expect((await interfaceWords(collection, [...COLLECTION_DATA, '.group-name', '.detail h2', '.group-articles'])).filter(hasVietnamese)).toEqual([]);
    await collection.getByRole('navigation').getByRole('button', { name: 'Facts', exact: true }).click();
  });

  it('choosing Tiếng Việt in the panel switches every open page at once, without a reload; choosing back in the collection too', async () => {
    // Marks that a reload would wipe.
    for (const p of [panel, collection]) await p.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const notReloaded = (p: Page) => p.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);

    await panel.getByLabel(en('language.label')).selectOption('vi');
    // The panel: at once.
    await expect.poll(() => panel.locator('button.primary').textContent()).toBe(`Lưu (${factCount})`);
    expect(await panel.getByRole('button', { name: vi('header.reanalyze') }).count()).toBe(1);
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await panel.getByLabel(vi('language.label')).inputValue()).toBe('vi');
    // The collection page in its own tab, not reloaded.
    await expect.poll(() => collection.locator('h1').textContent()).toBe(vi('collection.title'));
    await expect.poll(() => collection.locator('header.top .muted').textContent()).toBe(`1 bài, ${factCount} dữ kiện đã lưu`);
    expect(await collection.getByRole('button', { name: vi('collection.exportCsvFiltered') }).count()).toBe(1);
    expect(await collection.title()).toBe(vi('collection.title'));
    expect(await collection.getByLabel(vi('language.label')).inputValue()).toBe('vi');
    // The page's legend (the content script follows the setting too).
    await expect.poll(async () => (await overlayText(browser.ctx, page)).legend).toContain(`${factCount} dữ kiện`);
    expect((await overlayText(browser.ctx, page)).legend).toContain(translate('vi', 'kind.document'));
    // The toolbar button's title (the background follows it).
    await expect.poll(async () => (await browserWords(browser)).title).toBe(vi('manifest.actionTitle'));
    expect(await notReloaded(panel)).toBe(true);
    expect(await notReloaded(collection)).toBe(true);
    await panel.screenshot({ path: join(ARTIFACTS, 'language-vi-switched-sidepanel.png') });
    await collection.screenshot({ path: join(ARTIFACTS, 'language-vi-switched-collection.png') });
    await page.screenshot({ path: join(ARTIFACTS, 'language-vi-switched-page.png') });

    // Back to the browser's language, from the collection page.
    await collection.getByLabel(vi('language.label')).selectOption('auto');
    await expect.poll(() => collection.locator('h1').textContent()).toBe(en('collection.title'));
    await expect.poll(() => panel.locator('button.primary').textContent()).toBe(`Save (${factCount})`);
    await expect.poll(async () => (await overlayText(browser.ctx, page)).legend).toMatch(new RegExp(`· ${factCount} facts`));
    await expect.poll(async () => (await browserWords(browser)).title).toBe(en('manifest.actionTitle'));
    expect(await notReloaded(panel)).toBe(true);
    expect(await notReloaded(collection)).toBe(true);
    // Stored: a panel opened now starts in the browser's language, the setting 'auto'.
    expect(await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<object> } } } }).chrome.storage.local.get('uiLanguage'))).toEqual({ uiLanguage: 'auto' });
    expect(pageErrors).toEqual([]);
  });

  it('Chromium in Vietnamese: the manifest and the interface are Vietnamese with no setting', async (ctx) => {
    await browser.ctx.close();
    browser = await launch('vi');
    if (!browser.uiLanguage.startsWith('vi')) {
      writeFileSync(join(ARTIFACTS, 'language-vi-browser.txt'), `Chromium ran in ${browser.uiLanguage}: no Vietnamese resources (chromium-l10n)\n`);
      ctx.skip();
      return;
    }
    const words = await browserWords(browser);
    expect(words.description).toBe(vi('manifest.description'));
    expect(words.title).toBe(vi('manifest.actionTitle'));
    expect(words.commands).toEqual([vi('manifest.commandAnalyze'), vi('manifest.commandSave')].sort());
    const opened = await openArticleAndPanel(browser);
    await expect.poll(() => opened.panel.locator('button.primary').textContent()).toBe(`Lưu (${opened.facts})`);
    expect(await opened.panel.getByLabel(vi('language.label')).inputValue()).toBe('auto');
    expect(await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<object> } } } }).chrome.storage.local.get('uiLanguage'))).toEqual({});
    expect((await overlayText(browser.ctx, opened.page)).legend).toContain(`${opened.facts} dữ kiện`);
    await opened.panel.screenshot({ path: join(ARTIFACTS, 'language-vi-browser-sidepanel.png'), fullPage: true });
  });
});
