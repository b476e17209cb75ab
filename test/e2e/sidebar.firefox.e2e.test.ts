// The sidebar in real Firefox ESR, with the built extension (firefox.ts says how it is driven):
// the researcher's round trip of sidepanel.e2e.test.ts, then a relaunch.
//
// Which tab the sidebar shows: Firefox's sidebar_action page asks for the active tab of its
// own window (tabs.query({ active: true, currentWindow: true }), entrypoints/sidepanel/main.tsx)
// and follows tab switches. The first test checks exactly that on the real sidebar, opened by
// the real toolbar click: it lists the article's facts, follows to another analyzed tab and
// back. BiDi cannot type into the real sidebar (it is no BiDi context), so the edits are made
// in the sidebar's own page opened in a tab as `sidepanel.html?tab=<id>` (the parameter pins it
// to the article's tab, as in Chromium's tests; without it a page in a tab would show its own
// tab): the same bundle, messages and storage, with real clicks and typing. The saved state is
// then checked back in the real sidebar. The browser is closed and relaunched on the same
// profile (the temporary add-on loaded again, as a researcher does): the page is highlighted
// with its saved state, the sidebar page and the collection page show what was saved.
//
// Screenshots: test/artifacts/firefox-sidebar-*.png (gitignored).

import http from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fact, FactKind } from '../../analyzer/contract.ts';
import { squashText } from '../../extension/highlight/squash.ts';
import type { SavedFactView } from '../../extension/messages.ts';
import { KIND_ORDER } from '../../extension/ui/palette.ts';
import { addressOf, pagesWithAddress, PAGES_DIR, startPageServer } from './chromium.ts';
import {
  FIREFOX,
  FIREFOX_INSTALL_HINT,
  buttonNamed,
  clickToolbarButton,
  firefoxPath,
  highlightsOn,
  hoverHighlight,
  launchFirefox,
  openExtensionPage,
  overlayText,
  poll,
  sendFromExtension,
  sidebarShowing,
  tabStateOf,
  typeInto,
  windowPng,
  type FirefoxLaunched,
} from './firefox.ts';
import { key, mentionKeys, sorted } from './pages.ts';

const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
const entries = pagesWithAddress();
const ARTICLE = entries.find((e) => e.file === '002-baolangson.html')!;
const OTHER = entries.find((e) => e.file === '000-baobacninh.html')!;

const browserPath = firefoxPath();
if (!browserPath) console.warn(`\n  Firefox sidebar end-to-end tests SKIPPED: no Firefox at ${FIREFOX}.\n  Install it (as root): ${FIREFOX_INSTALL_HINT}\n`);

let server: http.Server;
let port = 0;
let profile: string;
let ff: FirefoxLaunched;

async function launch(): Promise<number> {
  const started = Date.now();
  ff = await launchFirefox(profile, port);
  return Date.now() - started;
}

async function openPage(url: string): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** The sidebar's page in a tab of its own, pinned to the article's tab, sized like a sidebar. */
async function openPanel(tabId: number): Promise<Page> {
  const panel = await openExtensionPage(ff, `sidepanel.html?tab=${tabId}`, { width: 420, height: 860 });
  await panel.waitForSelector('section.kind-group, [role="alert"]', { timeout: 10_000 });
  const alert = await panel.$('[role="alert"]');
  if (alert) throw new Error(`the sidebar page shows an error: ${await alert.evaluate((a) => a.textContent)}`);
  return panel;
}

/** The panel's row of a fact: its kind's group, the row whose quote button reads exactly the fact's text. */
async function rowOf(panel: Page, kind: FactKind, quote: string): Promise<ElementHandle<Element>> {
  const row = await panel.evaluateHandle(
    (k, q) => [...document.querySelectorAll(`section.kind-${k} li.fact`)].find((li) => li.querySelector('button.quote')?.textContent === q) ?? null,
    kind,
    quote,
  );
  const el = row.asElement() as ElementHandle<Element> | null;
  if (!el) throw new Error(`no ${kind} row '${quote}'`);
  return el;
}

const text = (el: ElementHandle<Element> | Page, selector: string) =>
  (el as Page).$eval(selector, (e) => (e.textContent ?? '').trim());

/** The whole sidebar page, from its top, its sticky 'Lưu' bar at the bottom. */
async function fullShot(panel: Page, name: string): Promise<void> {
  await panel.evaluate(() => window.scrollTo(0, 0));
  await panel.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true, captureBeyondViewport: false });
}

function countsOf(facts: readonly Fact[], off: (f: Fact) => boolean = () => false): Record<string, string> {
  return Object.fromEntries(
    KIND_ORDER.map((kind) => {
      const of = facts.filter((f) => f.kind === kind);
      return [kind, `${of.filter((f) => !off(f)).length}/${of.length}`];
    }),
  );
}


// What the researcher does, kept for the checks after the relaunch.
const NOTE = 'Bài tổng kết 4 năm; kiểm tra lại số đảng viên với báo cáo của Đảng ủy.';
const TAGS = ['thi đua', 'Lạng Sơn'];
const NEW_ROLE = 'Phóng viên ảnh';
let facts: Fact[] = [];
let title = '';
let pageUrl = '';
let pageText = '';
let unticked: Fact;
let person: Fact;
let count: Fact;
let newCount = 0;

describe.skipIf(!browserPath)('the sidebar in Firefox', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startPageServer((host, path) => {
      const e = entries.find((x) => {
        const a = new URL(addressOf(x));
        return a.hostname === host && a.pathname + a.search === path;
      });
      return e && readFileSync(join(PAGES_DIR, e.file), 'utf8');
    });
    port = (server.address() as { port: number }).port;
    profile = mkdtempSync(join(tmpdir(), 'bantin-e2e-firefox-sidebar-'));
    console.log(`e2e firefox sidebar: Firefox with the extension up in ${await launch()} ms`);
  });

  afterAll(async () => {
    await ff?.browser.close();
    server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('the toolbar click opens the real sidebar on the article: it lists its facts by kind, and follows the active tab', async () => {
    const page = await openPage(addressOf(ARTICLE));
    const { state } = await tabStateOf(ff, page.url());
    facts = state.page!.analysis.facts;
    title = state.page!.analysis.article.title ?? "";
    pageUrl = state.page!.url;
    pageText = state.page!.text;
    expect(facts.length).toBeGreaterThan(10);
    expect(sorted((await highlightsOn(page)).map((h) => key(h.kind, h.text)))).toEqual(sorted(mentionKeys(facts, pageText)));

    await clickToolbarButton(ff, page);
    const view = await sidebarShowing(ff, (v) => v.title === title && v.ready);
    expect(view.counts).toEqual(countsOf(facts));
    expect(view.saved).toBe(false);
    writeFileSync(join(ARTIFACTS, 'firefox-sidebar-window.png'), await windowPng(ff));

    // Another analyzed tab brought to the front: the sidebar shows it; back to the article: the article.
    const other = await openPage(addressOf(OTHER));
    const otherState = (await tabStateOf(ff, other.url())).state;
    await other.bringToFront();
    await sidebarShowing(ff, (v) => v.title === otherState.page!.analysis.article.title);
    await page.bringToFront();
    await sidebarShowing(ff, (v) => v.title === title && v.ready);
    await other.close();
    expect(ff.extensionErrors).toEqual([]);
  });

  it('in the sidebar page (a tab, ?tab=<article tab>): an untick, two corrections, a note and tags by real clicks and typing; ‘Lưu’ stores them all', async () => {
    const { tabId } = await tabStateOf(ff, pageUrl);
    const page = (await ff.browser.pages()).find((p) => p.url() === addressOf(ARTICLE))!;
    const panel = await openPanel(tabId);
    expect(await panel.$$eval('section.kind-group h2', (hs) => hs.map((h) => h.id))).toEqual(KIND_ORDER.map((k) => `group-${k}`));
    expect(await text(panel, 'header.article h1')).toBe(title);

    unticked = facts.find((f) => f.kind === 'office')!;
    person = facts.find((f) => f.kind === 'person' && f.role) ?? facts.find((f) => f.kind === 'person')!;
    count = facts.find((f) => f.kind === 'count')!;
    if (count.kind !== 'count') throw new Error('unreachable');
    newCount = count.value + 1;

    // Untick.
    const off = await rowOf(panel, 'office', unticked.text);
    await (await off.$('input[type=checkbox]'))!.click();
    await poll(() => off.evaluate((li) => li.className), (c) => c.includes('unchecked'), 'the row unticked');

    // Correct a person's role and a count's value with the edit form.
    const who = await rowOf(panel, 'person', person.text);
    await (await buttonNamed(who, 'Sửa')).click();
    await typeInto(panel, (await who.$('input[name="role"]'))!, NEW_ROLE);
    await (await buttonNamed(who, 'Áp dụng')).click();
    await poll(() => text(who, '.summary'), (s) => s.includes(NEW_ROLE), 'the corrected role');
    expect(await who.$$eval('.tag', (ts) => ts.map((t) => t.textContent))).toContain('đã sửa');

    const many = await rowOf(panel, 'count', count.text);
    await (await buttonNamed(many, 'Sửa')).click();
    await typeInto(panel, (await many.$('input[name="value"]'))!, String(newCount));
    await (await buttonNamed(many, 'Áp dụng')).click();
    await poll(() => text(many, '.summary'), (s) => s.includes(`${newCount} ${count.kind === 'count' ? count.unit : ''}`), 'the corrected count');

    // Note and tags.
    await typeInto(panel, (await panel.$('#article-note'))!, NOTE);
    await typeInto(panel, (await panel.$('#article-tags'))!, TAGS.join(', '));
    expect(await panel.$$eval('ul.chips li', (lis) => lis.map((li) => li.firstChild!.textContent!.trim()))).toEqual(TAGS);
    expect(await text(panel, '.save-status')).toBe('Có thay đổi chưa lưu');
    await fullShot(panel, 'firefox-sidebar-edited');

    // Save.
    const started = Date.now();
    await (await buttonNamed(panel, `Lưu (${facts.length - 1})`)).click();
    await poll(() => text(panel, '.save-status'), (s) => /^Đã lưu \(bài mới\)/.test(s), 'the save');
    console.log(`e2e firefox sidebar: ‘Lưu’ click → ‘Đã lưu’ ${Date.now() - started} ms`);

    // In storage, as the background hands it out.
    const saved = await sendFromExtension<{ saved: boolean; note: string; tags: string[]; factCount: number; facts: SavedFactView[] }>(ff, {
      type: 'get-saved',
      url: pageUrl,
      text: pageText,
    });
    expect(saved).toMatchObject({ saved: true, note: NOTE, tags: TAGS, factCount: facts.length });
    const stored = (f: Fact) => saved.facts.find((s) => s.kind === f.kind && s.quote === f.text && s.start === f.start);
    for (const f of facts) expect(stored(f)?.checked, `${f.kind} '${f.text}'`).toBe(f !== unticked);
    expect(stored(person)!.corrected).toEqual({ role: NEW_ROLE });
    expect(stored(count)!.corrected).toEqual({ value: newCount });

    // The page shows the saved state at once: the unticked fact is drawn 'off', wherever it is named.
    await page.waitForFunction((n) => CSS.highlights.get('bantin-office-off')?.size === n, {}, (unticked.mentions ?? [unticked]).length);
    await fullShot(panel, 'firefox-sidebar-saved');
    await panel.close();

    // Back on the article, the real sidebar shows it saved, the unticked fact unticked.
    await page.bringToFront();
    const view = await sidebarShowing(ff, (v) => v.title === title && v.saved && v.ready);
    expect(view.unchecked).toEqual([unticked.text]);
    expect(view.counts).toEqual(countsOf(facts, (f) => f === unticked));
    writeFileSync(join(ARTIFACTS, 'firefox-sidebar-window-saved.png'), await windowPng(ff));
    expect(ff.extensionErrors).toEqual([]);
    await page.close();
  });

  it('after closing Firefox and relaunching it on the same profile, everything saved is back: the page’s highlights and tooltip, the sidebar page, the collection', async () => {
    const base = ff.base;
    let started = Date.now();
    await ff.browser.close();
    console.log(`e2e firefox sidebar: closed in ${Date.now() - started} ms; relaunched (add-on loaded again) in ${await launch()} ms`);
    // The same moz-extension origin, which owns the IndexedDB: Firefox kept the add-on's UUID.
    expect(ff.base).toBe(base);

    started = Date.now();
    const page = await openPage(addressOf(ARTICLE));
    const { tabId, state } = await tabStateOf(ff, page.url(), (s) => s.status === 'ready' && !!s.saved);
    console.log(`e2e firefox sidebar: relaunched: load → analysis with saved state ${Date.now() - started} ms`);
    expect(state.page!.analysis.facts).toEqual(facts);
    expect(state.saved).toMatchObject({ factCount: facts.length, notFound: [] });

    // Saved facts keep their other mentions, so each is placed again.
    await page.waitForFunction((n) => CSS.highlights.get('bantin-office-off')?.size === n, {}, (unticked.mentions ?? [unticked]).length);
    const shown = await highlightsOn(page);
    expect(sorted(shown.map((h) => key(h.kind, h.text)))).toEqual(sorted(mentionKeys(facts, pageText)));
    expect(shown.filter((h) => h.name.endsWith('-off')).map((h) => key(h.kind, h.text))).toEqual(mentionKeys([unticked], pageText));

    // The tooltip of the corrected person shows the saved correction.
    const people = shown.filter((h) => h.name === 'bantin-person');
    await hoverHighlight(page, 'bantin-person', people.findIndex((h) => squashText(h.text) === squashText(person.text)));
    const overlay = await overlayText(ff, page);
    expect(overlay.tooltipShown).toBe(true);
    expect(overlay.tooltip).toContain(NEW_ROLE);
    expect(overlay.tooltip).toContain('Đã lưu');
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-sidebar-page-relaunched-tooltip.png') });

    // The sidebar page: saved, with the note, the tags, the tick and the corrections.
    const panel = await openPanel(tabId);
    await panel.waitForSelector('.saved-badge');
    await poll(() => panel.$eval('#article-note', (t) => (t as HTMLTextAreaElement).value), (v) => v === NOTE, 'the note');
    expect(await panel.$eval('#article-tags', (t) => (t as HTMLInputElement).value)).toBe(TAGS.join(', '));
    const off = await rowOf(panel, 'office', unticked.text);
    expect(await off.$eval('input[type=checkbox]', (c) => (c as HTMLInputElement).checked)).toBe(false);
    expect(await text(await rowOf(panel, 'person', person.text), '.summary')).toContain(NEW_ROLE);
    if (count.kind === 'count') expect(await text(await rowOf(panel, 'count', count.text), '.summary')).toContain(`${newCount} ${count.unit}`);
    expect(await panel.$$eval('li.fact .tag', (ts) => ts.filter((t) => t.textContent === 'đã sửa').length)).toBe(2);
    expect(await text(panel, 'button.primary')).toBe(`Lưu (${facts.length - 1})`);
    await fullShot(panel, 'firefox-sidebar-relaunched');
    await panel.close();

    // The collection page lists the article and its facts.
    const collection = await openExtensionPage(ff, 'collection.html', { width: 1400, height: 900 });
    await poll(() => collection.$eval('header.top .muted', (e) => e.textContent ?? '').catch(() => ''), (t) => t.startsWith(`1 bài, ${facts.length} dữ kiện`), 'the collection totals');
    await collection.screenshot({ path: join(ARTIFACTS, 'firefox-sidebar-relaunched-collection.png') });
    await collection.close();
    expect(ff.extensionErrors).toEqual([]);
    await page.close();
  });
});
