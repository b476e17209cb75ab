// The side panel in real Chromium, with the built extension, on a fixture page served under
// its outlet's own hostname (chromium.ts: launchWithExtension). The researcher's whole round
// trip: the page is highlighted, the panel lists its facts by kind with the article's
// metadata, one fact is unticked and two are corrected through the panel's own controls
// (real clicks and typing), a note and tags are added, 'Lưu' stores it all; then the
// browser is closed and relaunched on the same profile, and the page comes back highlighted
// with the saved state (the unticked fact drawn 'off', the corrections in its tooltip) and
// the panel shows it saved, with the note, the tags and the corrected values. A page in
// English gets no facts, in the page and in the panel.
//
// How the panel is opened: Chromium's side panel is not a target Playwright can drive (in
// headless mode sidePanel.open() shows no page to automation), so the panel's own page is
// opened in a tab as `sidepanel.html?tab=<id of the article's tab>`. Without `?tab` the panel
// shows the active tab of its window, which for a panel opened in a tab or a popup window is
// the panel itself; the parameter (read in entrypoints/sidepanel/main.tsx, handed to
// createBrowserPort) pins it to the article's tab. Everything else is the real thing: the
// same bundle, the same messages through the background, the same storage (IndexedDB of the
// extension's origin in the profile).
//
// Screenshots: test/artifacts/sidepanel-*.png (gitignored).

import http from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fact, FactKind } from '../../analyzer/contract.ts';
import { squashText } from '../../extension/highlight/squash.ts';
import type { SavedFactView, TabState } from '../../extension/messages.ts';
import { formatIsoDate } from '../../extension/ui/format.ts';
import { kindLabel } from '../../extension/i18n/index.ts';
import { KIND_ORDER } from '../../extension/ui/palette.ts';
import {
  startPageServer,
  CHROMIUM,
  chromiumPath,
  clickToolbarButton,
  highlightsOn,
  hoverHighlight,
  INSTALL_HINT,
  launchWithExtension,
  overlayText,
  type Launched,
  addressOf,
  pagesWithAddress,
  tabStateOf,
} from './chromium.ts';
import { key, mentionKeys, sorted } from './pages.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGES = join(ROOT, 'fixtures', 'pages');
const ARTIFACTS = join(ROOT, 'test', 'artifacts');

const entries = pagesWithAddress();
const ARTICLE = entries.find((e) => e.file === '002-baolangson.html')!;
const ENGLISH = entries.find((e) => e.file === 'en-vietnamnews.html')!;

const browserPath = chromiumPath();
if (!browserPath) {
  console.warn(`\n  Side panel end-to-end tests SKIPPED: no Chromium at ${CHROMIUM}.\n  Install it (as root): ${INSTALL_HINT}\n`);
}

function startServer(): Promise<http.Server> {
  return startPageServer((host, path) => {
    const e = entries.find((x) => {
      const a = new URL(addressOf(x));
      return a.hostname === host && a.pathname + a.search === path;
    });
    return e && readFileSync(join(PAGES, e.file), 'utf8');
  });
}

let server: http.Server;
let port = 0;
let profile: string;
let browser: Launched;
/** Uncaught errors and console errors of the panel pages. */
const panelErrors: string[] = [];

async function launch(): Promise<number> {
  const started = Date.now();
  browser = await launchWithExtension(profile, port);
  return Date.now() - started;
}

/** The background's state of the tab showing `url`, once `ready(state)`. */
function stateOf(url: string, ready?: (s: TabState) => boolean, timeout?: number): Promise<{ tabId: number; state: TabState }> {
  return tabStateOf(browser.worker, url, ready, timeout);
}

async function openPage(url: string): Promise<Page> {
  const page = await browser.ctx.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** The panel's page in a tab of its own, pinned to the article's tab, sized like a side panel. */
async function openPanel(tabId: number): Promise<Page> {
  const panel = await browser.ctx.newPage();
  panel.on('pageerror', (e) => panelErrors.push(`pageerror: ${e.message}`));
  panel.on('console', (m) => {
    if (m.type() === 'error') panelErrors.push(`console: ${m.text()}`);
  });
  await panel.setViewportSize({ width: 420, height: 860 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tabId}`);
  // The panel shows the page's facts, or says why not.
  await panel.locator('section.kind-group, [role="alert"]').first().waitFor({ timeout: 10_000 });
  const alert = panel.getByRole('alert');
  if (await alert.count()) throw new Error(`the panel shows an error: ${await alert.innerText()}`);
  return panel;
}

/** Sends a message from the panel's page, as the panel does (chrome.runtime.sendMessage). */
function sendFrom<T>(panel: Page, message: object): Promise<T> {
  return panel.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    message,
  ) as Promise<T>;
}

/** The panel's row of a fact: its kind's group, the row whose quote button reads exactly the fact's text. */
function rowOf(panel: Page, kind: FactKind, quote: string): Locator {
  return panel.locator(`section.kind-${kind} li.fact`).filter({ has: panel.getByRole('button', { name: quote, exact: true }) });
}

/** The panel's metadata list as label → value. */
async function metaOf(panel: Page): Promise<Record<string, string>> {
  return panel.locator('dl.meta > div').evaluateAll((divs) =>
    Object.fromEntries(divs.map((d) => [d.querySelector('dt')!.textContent!.trim(), d.querySelector('dd')!.textContent!.trim()])),
  );
}

/** Group header counts as shown: kind → 'kept/total'. */
async function groupCounts(panel: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const kind of KIND_ORDER) out[kind] = (await panel.locator(`section.kind-${kind} h2 .count`).textContent())!.trim();
  return out;
}

function expectedCounts(facts: readonly Fact[], off: (f: Fact) => boolean = () => false): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kind of KIND_ORDER) {
    const of = facts.filter((f) => f.kind === kind);
    out[kind] = `${of.filter((f) => !off(f)).length}/${of.length}`;
  }
  return out;
}

/** Types into a field as a person does: click it, select what is there, type. */
async function typeInto(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('ControlOrMeta+A');
  await field.pressSequentially(text);
}

async function shot(page: Page, name: string, fullPage = false): Promise<Buffer> {
  await page.bringToFront();
  return page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
}

/** The page and the panel side by side in one picture (as the researcher sees them). */
async function sideBySide(pagePng: Buffer, panelPng: Buffer, name: string): Promise<void> {
  const sheet = await browser.ctx.newPage();
  try {
    await sheet.setViewportSize({ width: 1280 + 420 + 8, height: 860 });
    const img = (png: Buffer) => `<img src="data:image/png;base64,${png.toString('base64')}" style="display:block">`;
    await sheet.setContent(`<body style="margin:0;display:flex;gap:8px;background:#555">${img(pagePng)}${img(panelPng)}</body>`);
    writeFileSync(join(ARTIFACTS, `${name}.png`), await sheet.screenshot({ fullPage: true }));
  } finally {
    await sheet.close();
  }
}


// What the researcher does, kept for the checks after the relaunch.
const NOTE = 'Bài tổng kết 4 năm; kiểm tra lại số đảng viên với báo cáo của Đảng ủy.';
const TAGS = ['thi đua', 'Lạng Sơn'];
const NEW_ROLE = 'Phóng viên ảnh';
let facts: Fact[] = [];
let pageUrl = '';
let pageText = '';
let unticked: Fact;
let person: Fact;
let count: Fact;
let newCount = 0;

describe.skipIf(!browserPath)('the side panel in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer();
    port = (server.address() as { port: number }).port;
    profile = mkdtempSync(join(tmpdir(), 'bantin-e2e-panel-'));
    console.log(`e2e panel: Chromium with the extension up in ${await launch()} ms`);
  });

  afterAll(async () => {
    await browser?.ctx.close();
    server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('lists the facts of the highlighted page by kind, with the counts of the analysis and the article’s metadata', async () => {
    let started = Date.now();
    const page = await openPage(addressOf(ARTICLE));
    const { tabId, state } = await stateOf(page.url());
    const analysis = state.page!.analysis;
    console.log(`e2e panel: ${ARTICLE.file}: load → analysis ${Date.now() - started} ms`);
    facts = analysis.facts;
    pageUrl = state.page!.url;
    pageText = state.page!.text;
    expect(facts.length).toBeGreaterThan(10);
    // Every mention of every fact is highlighted.
    expect(sorted((await highlightsOn(page)).map((h) => key(h.kind, h.text)))).toEqual(sorted(mentionKeys(facts, pageText)));

    started = Date.now();
    const panel = await openPanel(tabId);
    console.log(`e2e panel: panel open → facts listed ${Date.now() - started} ms`);

    // Every kind has its group, in the palette's order, with the analysis's count.
    expect(await panel.locator('section.kind-group h2').evaluateAll((hs) => hs.map((h) => h.id))).toEqual(KIND_ORDER.map((k) => `group-${k}`));
    expect(await groupCounts(panel)).toEqual(expectedCounts(facts));
    for (const kind of KIND_ORDER) {
      const quotes = facts.filter((f) => f.kind === kind).map((f) => f.text);
      await expect.poll(() => panel.locator(`section.kind-${kind} li.fact button.quote`).allTextContents()).toEqual(quotes);
      expect(await panel.locator(`section.kind-${kind} h2`).textContent()).toContain(kindLabel(kind));
    }
    await expect.poll(() => panel.locator('button.primary').textContent()).toBe(`Lưu (${facts.length})`);
    expect(await panel.locator('.saved-badge').count()).toBe(0);

    // The text it read, folded under its summary: the extractor's text, whole.
    const textRead = panel.locator('details.text-read');
    expect(await textRead.locator('summary').textContent()).toMatch(/^Văn bản đã đọc: [\d.,]+ ký tự, lấy từ bài viết trên trang$/);
    await textRead.locator('summary').click();
    expect(await textRead.locator('pre').textContent()).toBe(pageText);
    await textRead.locator('summary').click();

    // The article's metadata.
    const article = analysis.article;
    expect((await panel.locator('header.article h1').textContent())!.trim()).toBe(article.title);
    const meta = await metaOf(panel);
    expect(meta).toMatchObject({
      'Ngày đăng': formatIsoDate(article.published),
      Nguồn: article.source,
      'Tác giả': article.byline,
      Tỉnh: article.province,
      'Địa chỉ': pageUrl,
    });
    expect(meta['Ngôn ngữ']).toMatch(/^Tiếng Việt/);
    expect(article.source).toBe('Báo Lạng Sơn');

    // A fact named several times: the row steps through its mentions on the page.
    const named = facts.find((f) => (f.mentions?.length ?? 0) >= 3 && facts.filter((g) => g.kind === f.kind && g.text === f.text).length === 1)!;
    expect(named, 'a fact named three times or more').toBeDefined();
    const row = panel.locator(`section.kind-${named.kind} li.fact`).filter({ has: panel.locator('button.quote', { hasText: named.text }) }).first();
    expect(await row.locator('.mention-pos').textContent()).toBe(`1/${named.mentions!.length}`);
    const focusAt = () =>
      page.evaluate(() => {
        const h = CSS.highlights.get('bantin-focus');
        const r = h ? ([...h][0] as Range) : undefined;
        return r ? { text: r.toString(), top: Math.round(r.getBoundingClientRect().top + window.scrollY) } : null;
      });
    const seen: { text: string; top: number }[] = [];
    for (let i = 1; i < named.mentions!.length; i++) {
      await row.getByRole('button', { name: 'Lần nhắc sau' }).click();
      expect(await row.locator('.mention-pos').textContent()).toBe(`${i + 1}/${named.mentions!.length}`);
      await expect.poll(focusAt).not.toBeNull();
      const at = (await focusAt())!;
      const m = named.mentions![i];
      expect(squashText(at.text)).toBe(squashText(pageText.slice(m.start, m.end)));
      seen.push(at);
    }
    // Each step lands on another place of the page.
    expect(new Set(seen.map((s) => s.top)).size).toBeGreaterThan(1);
    await row.getByRole('button', { name: 'Lần nhắc sau' }).click();
    expect(await row.locator('.mention-pos').textContent()).toBe(`1/${named.mentions!.length}`);

    await shot(panel, 'sidepanel-facts', true);
    const pagePng = await shot(page, 'sidepanel-page');
    await sideBySide(pagePng, await shot(panel, 'sidepanel-facts-viewport'), 'sidepanel-facts-with-page');
    expect(panelErrors).toEqual([]);
    await panel.close();
  });

  it('unticks a fact, corrects two, adds a note and tags through the panel; ‘Lưu’ stores them all', async () => {
    const { tabId } = await stateOf(pageUrl);
    const page = browser.ctx.pages().find((p) => p.url() === addressOf(ARTICLE))!;
    const panel = await openPanel(tabId);

    unticked = facts.find((f) => f.kind === 'office')!;
    person = facts.find((f) => f.kind === 'person' && f.role) ?? facts.find((f) => f.kind === 'person')!;
    count = facts.find((f) => f.kind === 'count')!;
    if (count.kind !== 'count') throw new Error('unreachable');
    newCount = count.value + 1;

    // Untick.
    const off = rowOf(panel, 'office', unticked.text);
    await off.getByRole('checkbox').click();
    await expect.poll(() => off.getAttribute('class')).toContain('unchecked');
    expect(await off.getByRole('checkbox').isChecked()).toBe(false);

    // Correct a person's role and a count's value with the edit form.
    const who = rowOf(panel, 'person', person.text);
    await who.getByRole('button', { name: 'Sửa' }).click();
    await typeInto(who.locator('input[name="role"]'), NEW_ROLE);
    await who.getByRole('button', { name: 'Áp dụng' }).click();
    await expect.poll(() => who.locator('.summary').textContent()).toContain(NEW_ROLE);
    expect(await who.locator('.tag', { hasText: 'đã sửa' }).count()).toBe(1);

    const many = rowOf(panel, 'count', count.text);
    await many.getByRole('button', { name: 'Sửa' }).click();
    await typeInto(many.locator('input[name="value"]'), String(newCount));
    await many.getByRole('button', { name: 'Áp dụng' }).click();
    await expect.poll(() => many.locator('.summary').textContent()).toContain(`${newCount} ${count.unit}`);

    // Note and tags.
    await typeInto(panel.locator('#article-note'), NOTE);
    await typeInto(panel.locator('#article-tags'), TAGS.join(', '));
    expect(await panel.locator('ul.chips li').evaluateAll((lis) => lis.map((li) => li.firstChild!.textContent!.trim()))).toEqual(TAGS);

    expect(await groupCounts(panel)).toEqual(expectedCounts(facts, (f) => f === unticked));
    expect((await panel.locator('.save-status').textContent())!.trim()).toBe('Có thay đổi chưa lưu');
    await shot(panel, 'sidepanel-edited', true);

    // Save.
    const started = Date.now();
    await panel.getByRole('button', { name: `Lưu (${facts.length - 1})` }).click();
    await expect.poll(() => panel.locator('.save-status').textContent()).toMatch(/^Đã lưu \(bài mới\)/);
    console.log(`e2e panel: ‘Lưu’ click → ‘Đã lưu’ ${Date.now() - started} ms`);
    expect(await panel.locator('.saved-badge').textContent()).toContain('Đã lưu');

    // In storage, as the background hands it out.
    const saved = await sendFrom<{ saved: boolean; note: string; tags: string[]; factCount: number; facts: SavedFactView[] }>(panel, { type: 'get-saved', url: pageUrl, text: pageText });
    expect(saved).toMatchObject({ saved: true, note: NOTE, tags: TAGS, factCount: facts.length });
    const stored = (f: Fact) => saved.facts.find((s) => s.kind === f.kind && s.quote === f.text && s.start === f.start);
    expect(saved.facts).toHaveLength(facts.length);
    for (const f of facts) {
      const s = stored(f);
      expect(s, `${f.kind} '${f.text}' saved`).toBeDefined();
      expect(s!.checked, `${f.kind} '${f.text}' ticked`).toBe(f !== unticked);
      expect(s!.origin).toBe('analyzer');
    }
    expect(stored(person)!.corrected).toEqual({ role: NEW_ROLE });
    expect(stored(count)!.corrected).toEqual({ value: newCount });
    expect(saved.facts.filter((s) => s.corrected)).toHaveLength(2);

    // The page shows the saved state at once: the unticked fact is drawn 'off', wherever it is named.
    const offMentions = (unticked.mentions ?? [unticked]).map((m) => squashText(pageText.slice(m.start, m.end)));
    await page.waitForFunction((n) => CSS.highlights.get('bantin-office-off')?.size === n, offMentions.length);
    expect((await highlightsOn(page)).filter((h) => h.name === 'bantin-office-off').map((h) => squashText(h.text))).toEqual(offMentions);

    await shot(panel, 'sidepanel-saved', true);
    await sideBySide(await shot(page, 'sidepanel-page-saved'), await shot(panel, 'sidepanel-saved-viewport'), 'sidepanel-saved-with-page');
    expect(panelErrors).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('after closing the browser and relaunching it on the same profile, the page is highlighted with its saved state and the panel shows it saved', async () => {
    const id = browser.extensionId;
    let started = Date.now();
    await browser.ctx.close();
    console.log(`e2e panel: browser closed in ${Date.now() - started} ms; relaunched in ${await launch()} ms`);
    expect(browser.extensionId).toBe(id);

    started = Date.now();
    const page = await openPage(addressOf(ARTICLE));
    const { tabId, state } = await stateOf(page.url(), (s) => s.status === 'ready' && !!s.saved);
    console.log(`e2e panel: relaunched: load → analysis with saved state ${Date.now() - started} ms`);
    expect(state.page!.analysis.facts).toEqual(facts);
    expect(state.saved).toMatchObject({ factCount: facts.length, notFound: [] });

    // Every saved fact highlighted again; the unticked one 'off'.
    // Each saved fact's other mentions were saved with it and are placed again too.
    const offMentions = mentionKeys([unticked], pageText);
    await page.waitForFunction((n) => CSS.highlights.get('bantin-office-off')?.size === n, offMentions.length);
    const shown = await highlightsOn(page);
    expect(sorted(shown.map((h) => key(h.kind, h.text)))).toEqual(sorted(mentionKeys(facts, pageText)));
    expect(shown.filter((h) => h.name.endsWith('-off')).map((h) => key(h.kind, h.text))).toEqual(offMentions);

    // The tooltip of the corrected person shows the saved correction.
    const people = shown.filter((h) => h.name === 'bantin-person');
    await hoverHighlight(page, 'bantin-person', people.findIndex((h) => squashText(h.text) === squashText(person.text)));
    const overlay = await overlayText(browser.ctx, page);
    expect(overlay.tooltipShown).toBe(true);
    expect(overlay.tooltip).toContain(NEW_ROLE);
    expect(overlay.tooltip).toContain('Đã lưu');
    const pagePng = await shot(page, 'sidepanel-page-relaunched-tooltip');
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'sidepanel-page-relaunched');

    // The panel: saved, with the note, the tags, the tick and the corrections.
    const panel = await openPanel(tabId);
    await panel.locator('.saved-badge').waitFor();
    expect(await panel.locator('.saved-badge').textContent()).toContain('Đã lưu');
    await expect.poll(() => panel.locator('#article-note').inputValue()).toBe(NOTE);
    expect(await panel.locator('#article-tags').inputValue()).toBe(TAGS.join(', '));
    expect(await panel.locator('ul.chips li').evaluateAll((lis) => lis.map((li) => li.firstChild!.textContent!.trim()))).toEqual(TAGS);
    expect(await groupCounts(panel)).toEqual(expectedCounts(facts, (f) => f === unticked));
    const off = rowOf(panel, 'office', unticked.text);
    expect(await off.getByRole('checkbox').isChecked()).toBe(false);
    expect(await off.getAttribute('class')).toContain('unchecked');
    const who = rowOf(panel, 'person', person.text);
    expect(await who.locator('.summary').textContent()).toContain(NEW_ROLE);
    expect(await who.locator('.tag', { hasText: 'đã sửa' }).count()).toBe(1);
    if (count.kind === 'count') expect(await rowOf(panel, 'count', count.text).locator('.summary').textContent()).toContain(`${newCount} ${count.unit}`);
    expect(await panel.locator('li.fact .tag', { hasText: 'đã sửa' }).count()).toBe(2);
    expect(await panel.locator('li.fact .tag', { hasText: 'chưa lưu' }).count()).toBe(0);
    expect(await panel.locator('.not-found').count()).toBe(0);
    expect(await panel.locator('button.primary').textContent()).toBe(`Lưu (${facts.length - 1})`);

    await shot(panel, 'sidepanel-relaunched', true);
    await sideBySide(pagePng, await shot(panel, 'sidepanel-relaunched-viewport'), 'sidepanel-relaunched-with-page');
    expect(panelErrors).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('a page in English: no facts on the page, and the panel says it is not Vietnamese', async () => {
    const page = await openPage(addressOf(ENGLISH));
    await clickToolbarButton(browser.browserCdp, browser.extensionId, page);
    const { tabId, state } = await stateOf(page.url());
    expect(state.page!.analysis.language.code).toBe('eng');
    expect(state.page!.analysis.facts).toEqual([]);
    expect(await highlightsOn(page)).toEqual([]);

    const panel = await openPanel(tabId);
    await panel.locator('.notice', { hasText: 'không phải tiếng Việt' }).waitFor();
    expect(await groupCounts(panel)).toEqual(Object.fromEntries(KIND_ORDER.map((k) => [k, '0/0'])));
    expect(await panel.locator('li.fact').count()).toBe(0);
    expect((await metaOf(panel))['Ngôn ngữ']).toMatch(/^Tiếng Anh/);
    expect(await panel.locator('button.primary').textContent()).toBe('Lưu (0)');
    await shot(panel, 'sidepanel-english', true);
    expect(panelErrors).toEqual([]);
    await panel.close();
    await page.close();
  });
});

