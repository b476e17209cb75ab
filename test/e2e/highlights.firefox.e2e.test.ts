// The built Firefox extension (.output/firefox-mv3) in real Firefox ESR, on the fixture pages:
// the journeys of highlights.e2e.test.ts that differ between browsers (firefox.ts says how
// Firefox is driven).
//
// - Known outlets: each page loads under its provincial paper's own host (the local server is
//   Firefox's proxy) and the content script runs by itself: its analysis is analyze() of the
//   text the Node extractor reads from the same HTML, every fact is highlighted in
//   CSS.highlights (Firefox 140+), the badge counts them, and the page's own scripts, clicks
//   and DOM are untouched.
// - Any other page: nothing runs until the toolbar button is clicked; the click analyzes it and
//   opens the real sidebar, which shows that tab's article (it asks for the active tab of its
//   window). A page in English gets no facts, and the sidebar says why.
//
// Screenshots: test/artifacts/firefox-*.png (gitignored).

import http from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { squashText } from '../../extension/highlight/squash.ts';
import { isKnownHost } from '../../extension/known-hosts.ts';
import { KIND_ORDER } from '../../extension/ui/palette.ts';
import { startPageServer, type PageEntry } from './chromium.ts';
import { addressOf as pageAddress, ARTIFACTS, entries, entry, expectedAnalysis, expectPageUntouched, key, mentionKeys, servedHtml, sorted } from './pages.ts';
import {
  FIREFOX,
  FIREFOX_INSTALL_HINT,
  badgeOf,
  clickToolbarButton,
  firefoxPath,
  highlightsOn,
  hoverHighlight,
  launchFirefox,
  overlayText,
  sidebarShowing,
  tabStateOf,
  windowPng,
  type FirefoxLaunched,
} from './firefox.ts';

const browserPath = firefoxPath();
if (!browserPath) console.warn(`\n  Firefox end-to-end tests SKIPPED: no Firefox at ${FIREFOX}.\n  Install it (as root): ${FIREFOX_INSTALL_HINT}\n  or point BANTIN_FIREFOX at another Firefox.\n`);

let port = 0;

const addressOf = (e: PageEntry) => pageAddress(e, port);
const expected = (e: PageEntry, pageUrl: string) => expectedAnalysis(servedHtml(e.file), pageUrl);

let server: http.Server;
let profile: string;
let ff: FirefoxLaunched;
const dialogs: string[] = [];

async function open(url: string): Promise<Page> {
  const page = await ff.browser.newPage();
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** The checks every analyzed page passes (as in Chromium): analysis, highlights, badge, the page untouched. */
async function expectPageShowsEveryFact(page: Page, e: PageEntry, found: Awaited<ReturnType<typeof tabStateOf>>): Promise<number> {
  const { tabId, state } = found;
  const want = expected(e, page.url());
  expect(state.page!.text).toBe(want.text);
  expect(state.page!.analysis.facts).toEqual(want.facts);
  expect(state.page!.notFound).toEqual([]);
  const shown = await highlightsOn(page);
  // Every mention of every fact is drawn.
  expect(sorted(shown.map((h) => key(h.kind, h.text)))).toEqual(sorted(mentionKeys(want.facts, want.text)));
  expect(await badgeOf(ff, tabId)).toBe(want.facts.length ? String(want.facts.length) : '');

  await expectPageUntouched(page, shown.length ? () => hoverHighlight(page, shown[0].name) : undefined);
  return want.facts.length;
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

describe.skipIf(!browserPath)('the extension in Firefox', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startPageServer((host, path) => {
      const e = entries.find((x) => {
        const a = new URL(addressOf(x));
        return a.hostname === host && a.pathname + a.search === path;
      });
      return e && servedHtml(e.file);
    });
    port = (server.address() as { port: number }).port;
    profile = mkdtempSync(join(tmpdir(), 'bantin-e2e-firefox-'));
    const started = Date.now();
    ff = await launchFirefox(profile, port);
    console.log(`e2e firefox: ${await ff.browser.version()} with the extension up in ${Date.now() - started} ms`);
  });

  afterAll(async () => {
    await ff?.browser.close();
    server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const auto = entries.filter((e) => e.url && e.file !== 'en-vietnamnews.html' && isKnownHost(new URL(e.url).hostname));

  for (const e of auto) {
    it(`${e.file}: runs by itself on ${new URL(e.url!).hostname}; every fact analyze() finds is highlighted`, async () => {
      const started = Date.now();
      const page = await open(addressOf(e));
      const found = await tabStateOf(ff, page.url());
      const ms = Date.now() - started;
      const n = await expectPageShowsEveryFact(page, e, found);
      if (e.file !== 'xss-payload.html') expect(n).toBeGreaterThan(10);
      await screenshot(page, `firefox-${e.file.replace(/\.html$/, '')}`);
      console.log(`e2e firefox: ${e.file}: ${n} facts highlighted, load → analysis ${ms} ms`);
      await page.close();
    });
  }

  it('the tooltip of a fact, in a closed shadow root, shows its fields on hover', async () => {
    const page = await open(addressOf(entry('002-baolangson.html')));
    const { state } = await tabStateOf(ff, page.url());
    const doc = state.page!.analysis.facts.find((f) => f.kind === 'document')!;
    const index = (await highlightsOn(page)).filter((h) => h.name === 'bantin-document').findIndex((h) => squashText(h.text) === squashText(doc.text));
    await hoverHighlight(page, 'bantin-document', index);
    const overlay = await overlayText(ff, page);
    expect(overlay.mode).toBe('closed');
    expect(overlay.tooltipShown).toBe(true);
    expect(overlay.tooltip).toContain(doc.text);
    if (doc.kind === 'document') expect(overlay.tooltip).toContain(doc.code);
    expect(overlay.legend).toContain(`${state.page!.analysis.facts.length} dữ kiện`);
    expect(await page.evaluate(() => document.querySelector('[data-bantin-overlay]')?.shadowRoot ?? null)).toBeNull();
    await page.screenshot({ path: join(ARTIFACTS, 'firefox-002-baolangson-tooltip.png') });
    await page.close();
  });

  it('003-vpubnd-portal.html (no known host): nothing runs until the toolbar button is clicked; the click highlights every fact and opens the sidebar on it', async () => {
    const e = entry('003-vpubnd-portal.html');
    const page = await open(addressOf(e));
    await new Promise((r) => setTimeout(r, 500));
    expect(await highlightsOn(page)).toEqual([]);
    const started = Date.now();
    await clickToolbarButton(ff, page);
    const found = await tabStateOf(ff, page.url());
    const ms = Date.now() - started;
    const n = await expectPageShowsEveryFact(page, e, found);
    expect(n).toBeGreaterThan(10);
    console.log(`e2e firefox: 003-vpubnd-portal.html on demand: ${n} facts, click → analysis ${ms} ms`);

    // The click opened the real sidebar; it shows the active tab of its window: this article.
    const analysis = found.state.page!.analysis;
    const view = await sidebarShowing(ff, (v) => v.title === analysis.article.title && v.ready);
    expect(view.counts).toEqual(Object.fromEntries(KIND_ORDER.map((k) => [k, `${analysis.facts.filter((f) => f.kind === k).length}/${analysis.facts.filter((f) => f.kind === k).length}`])));
    await screenshot(page, 'firefox-003-vpubnd-portal');
    writeFileSync(join(ARTIFACTS, 'firefox-window-toolbar-click.png'), await windowPng(ff));
    await page.close();
  });

  it('en-vietnamnews.html: a page in English gets no facts, and the sidebar says it is not Vietnamese', async () => {
    const page = await open(addressOf(entry('en-vietnamnews.html')));
    await clickToolbarButton(ff, page);
    const { tabId, state } = await tabStateOf(ff, page.url());
    expect(state.page!.analysis.language.code).toBe('eng');
    expect(state.page!.analysis.facts).toEqual([]);
    expect(await highlightsOn(page)).toEqual([]);
    expect(await badgeOf(ff, tabId)).toBe('');
    const view = await sidebarShowing(ff, (v) => v.title === state.page!.analysis.article.title && v.ready);
    expect(view.notices.join(' ')).toContain('không phải tiếng Việt');
    writeFileSync(join(ARTIFACTS, 'firefox-window-english.png'), await windowPng(ff));
    expect(dialogs).toEqual([]);
    expect(ff.extensionErrors).toEqual([]);
    await page.close();
  });
});
