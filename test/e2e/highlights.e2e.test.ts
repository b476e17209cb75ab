// The built extension in real Chromium, on the fixture pages (fixtures/pages) served from a
// local server.
//
// How the pages are reached: Chromium runs with --host-resolver-rules mapping every host to
// the local server, so a page whose fixture URL is on a known provincial paper
// (baolangson.vn …) is loaded under that very host and the content script runs by itself,
// exactly as on the real site (over http: the server has no certificate). Pages on other
// hosts (the English page on vietnamnews.vn, the portal page on 127.0.0.1) are analyzed on
// demand: the test clicks the toolbar button through the DevTools protocol
// (Extensions.triggerAction, Chromium's own automation of an action click; it needs
// --enable-unsafe-extension-debugging and the pipe connection Playwright uses), which runs
// the background's action.onClicked with the activeTab grant, the content script injection
// and the side panel, as for a researcher.
//
// What is read where: the analysis and the tab state from the background's service worker
// (the `bantin` handle, evaluated over the protocol); the highlights from the page itself
// (CSS.highlights is the document's registry, the same one the content script's isolated
// world fills); the tooltip, which lives in a closed shadow root that page scripts cannot
// open, through the protocol's DOM.getDocument with pierce. Messages a side panel would send
// are sent from an extension page (the extension's manifest.json opened in a tab), through the
// real routing and checks.
//
// Screenshots go to test/artifacts/*.png (gitignored).

import http from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fact } from '../../analyzer/contract.ts';
import { squashText } from '../../extension/highlight/squash.ts';
import { contextOf } from '../../extension/storage/context.ts';
import { isKnownHost } from '../../extension/known-hosts.ts';
import type { SavedFactView, TabState } from '../../extension/messages.ts';
import { kindLabel } from '../../extension/i18n/index.ts';
import {
  CHROMIUM,
  chromiumPath,
  clickToolbarButton,
  ensureLanguage,
  highlightsOn,
  hoverHighlight,
  INSTALL_HINT,
  languageLaunchOptions,
  startPageServer,
  tabStateOf,
  type PageEntry,
} from './chromium.ts';
import { addressOf as pageAddress, ARTIFACTS, entries, entry, expectedAnalysis, expectPageUntouched, key, mentionKeys, PAGES, ROOT, servedHtml as servedPage, sorted } from './pages.ts';

const EXTENSION = join(ROOT, '.output', 'chrome-mv3');

const browserPath = chromiumPath();
if (!browserPath) {
  console.warn(`\n  End-to-end tests SKIPPED: no Chromium at ${CHROMIUM}.\n  Install it (as root): ${INSTALL_HINT}\n  or point BANTIN_CHROMIUM at another Chromium.\n`);
}

// --- the local server -----------------------------------------------------------------

let port = 0;
/** Replaces a served page's HTML (the re-anchoring test changes the article). */
const overrides = new Map<string, (html: string) => string>();

const servedHtml = (file: string) => servedPage(file, overrides.get(file));
const addressOf = (e: PageEntry) => pageAddress(e, port);

function startServer(): Promise<http.Server> {
  return startPageServer((host, path) => {
    const e = entries.find((x) => {
      const a = new URL(addressOf(x));
      return a.hostname === host && a.pathname + a.search === path;
    });
    return e && servedHtml(e.file);
  });
}

// --- what the page should show --------------------------------------------------------

const expected = (e: PageEntry, pageUrl: string) => expectedAnalysis(servedHtml(e.file), pageUrl);


// --- Chromium -------------------------------------------------------------------------

let server: http.Server;
let profile: string;
let ctx: BrowserContext;
let worker: Worker;
let extensionId: string;
let browserCdp: CDPSession;
let extensionPage: Page;
const dialogs: string[] = [];

async function open(url: string): Promise<Page> {
  const page = await ctx.newPage();
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

type Found = Awaited<ReturnType<typeof tabStateOf>>;

/** The background's state for the tab showing `url`, once `ready(state)`. */
const stateOf = (url: string, ready?: (s: TabState) => boolean) => tabStateOf(worker, url, ready);

function badgeOf(tabId: number): Promise<string> {
  return worker.evaluate((id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Sends a message as the side panel does (from an extension page). */
function sendFromPanel<T = unknown>(message: object): Promise<T> {
  return extensionPage.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    message,
  ) as Promise<T>;
}

interface DomNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

/** The overlay's tooltip and legend (in the closed shadow root), as text, through DevTools. */
async function overlayText(page: Page): Promise<{ tooltip: string; tooltipShown: boolean; legend: string; rootType?: string }> {
  const cdp = await ctx.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const all: DomNode[] = [];
    const walk = (n: DomNode) => {
      all.push(n);
      n.children?.forEach(walk);
      n.shadowRoots?.forEach(walk);
    };
    walk(root);
    const host = all.find((n) => n.attributes?.includes('data-bantin-overlay'));
    const shadow = host?.shadowRoots?.[0];
    const inShadow: DomNode[] = [];
    if (shadow) {
      const walkShadow = (n: DomNode) => {
        inShadow.push(n);
        n.children?.forEach(walkShadow);
      };
      walkShadow(shadow);
    }
    const byClass = (c: string) => inShadow.find((n) => n.nodeName === 'DIV' && n.attributes?.[n.attributes.indexOf('class') + 1] === c);
    const html = async (n: DomNode | undefined) => (n ? ((await cdp.send('DOM.getOuterHTML', { nodeId: n.nodeId })) as { outerHTML: string }).outerHTML : '');
    const text = (h: string) => h.replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;/g, ' ').replace(/\s+/g, ' ').trim();
    const tipHtml = await html(byClass('tip'));
    return { tooltip: text(tipHtml), tooltipShown: /display:\s*block/.test(tipHtml), legend: text(await html(byClass('legend'))), rootType: shadow?.shadowRootType };
  } finally {
    await cdp.detach();
  }
}

/** Waits until the page has stopped scrolling (smooth scrolls take a few frames). */
async function settled(page: Page): Promise<void> {
  let last = -1;
  for (let i = 0; i < 100; i++) {
    const y = await page.evaluate(() => window.scrollY);
    if (y === last) return;
    last = y;
    await page.waitForTimeout(100);
  }
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** The checks every analyzed page passes: analysis = analyze() of the article text, every fact highlighted, the page untouched. */
async function expectPageShowsEveryFact(page: Page, e: PageEntry, found: Found): Promise<number> {
  const { tabId, state } = found;
  const want = expected(e, page.url());
  expect(state.page!.text).toBe(want.text);
  expect(state.page!.analysis.facts).toEqual(want.facts);
  expect(state.page!.notFound).toEqual([]);
  const shown = await highlightsOn(page);
  // Every mention of every fact is drawn: a fact named five times, five times.
  expect(sorted(shown.map((h) => key(h.kind, h.text)))).toEqual(sorted(mentionKeys(want.facts, want.text)));
  expect(await badgeOf(tabId)).toBe(want.facts.length ? String(want.facts.length) : '');

  await expectPageUntouched(page, shown.length ? () => hoverHighlight(page, shown[0].name) : undefined);
  return want.facts.length;
}

describe.skipIf(!browserPath)('the extension in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer();
    port = (server.address() as { port: number }).port;
    profile = mkdtempSync(join(tmpdir(), 'bantin-e2e-'));
    const started = Date.now();
    // In Vietnamese: the legend and tooltip texts below are the Vietnamese interface's.
    const lang = languageLaunchOptions(profile, 'vi');
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: browserPath,
      headless: true,
      viewport: { width: 1280, height: 860 },
      env: lang.env,
      args: [
        ...lang.args,
        `--disable-extensions-except=${EXTENSION}`,
        `--load-extension=${EXTENSION}`,
        '--enable-unsafe-extension-debugging',
        `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`,
        '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
    browserCdp = await ctx.browser()!.newBrowserCDPSession();
    await ensureLanguage(worker, 'vi');
    // An extension page that stands in for the side panel when sending its messages (any
    // document of the extension's origin has chrome.runtime; this one runs no UI of its own).
    extensionPage = await ctx.newPage();
    await extensionPage.goto(`chrome-extension://${extensionId}/manifest.json`);
    console.log(`e2e: Chromium with the extension up in ${Date.now() - started} ms`);
  });

  afterAll(async () => {
    await ctx?.close();
    server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  // The pages of provincial papers (known hosts): the content script runs there by itself.
  // National papers and aggregators are not known hosts (their fixtures test the extraction).
  const auto = entries.filter((e) => e.url && e.file !== 'en-vietnamnews.html' && isKnownHost(new URL(e.url).hostname));

  for (const e of auto) {
    it(`${e.file}: runs by itself on ${new URL(e.url!).hostname}; every fact analyze() finds is highlighted`, async () => {
      const started = Date.now();
      const page = await open(addressOf(e));
      const found = await stateOf(page.url());
      const ms = Date.now() - started;
      const n = await expectPageShowsEveryFact(page, e, found);
      if (e.seed) expect(n).toBeGreaterThan(10);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.mouse.move(0, 0);
      await screenshot(page, e.file.replace(/\.html$/, ''));
      console.log(`e2e: ${e.file}: ${n} facts highlighted, load → analysis ${ms} ms`);
      await page.close();
    });
  }

  it('xss-payload.html: page text quoting markup is never run; the page’s own handlers ran once each', async () => {
    const e = entry('xss-payload.html');
    const page = await open(addressOf(e));
    await stateOf(page.url());
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    // Its inline <script> and its <img onerror> count once each; extraction works on a clone
    // that runs nothing, and nothing of the page is ever parsed as HTML again.
    expect(await page.evaluate(() => (window as unknown as { __bantinPlanted: number }).__bantinPlanted)).toBe(2);
    await page.close();
  });

  it('003-vpubnd-portal.html (no known host): nothing runs until the toolbar button is clicked, then every fact is highlighted', async () => {
    const e = entry('003-vpubnd-portal.html');
    const page = await open(addressOf(e));
    await page.waitForTimeout(500);
    expect(await highlightsOn(page)).toEqual([]);
    const started = Date.now();
    await clickToolbarButton(browserCdp, extensionId, page);
    const found = await stateOf(page.url());
    const ms = Date.now() - started;
    const n = await expectPageShowsEveryFact(page, e, found);
    expect(n).toBeGreaterThan(10);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(0, 0);
    await screenshot(page, '003-vpubnd-portal');
    console.log(`e2e: 003-vpubnd-portal.html on demand: ${n} facts, click → analysis ${ms} ms`);
    await page.close();
  });

  it('en-vietnamnews.html: a page in English gets no facts', async () => {
    const e = entry('en-vietnamnews.html');
    const page = await open(addressOf(e));
    await clickToolbarButton(browserCdp, extensionId, page);
    const { tabId, state } = await stateOf(page.url());
    expect(state.page!.analysis.language.code).toBe('eng');
    expect(state.page!.analysis.facts).toEqual([]);
    expect(await highlightsOn(page)).toEqual([]);
    expect(await badgeOf(tabId)).toBe('');
    await screenshot(page, 'en-vietnamnews');
    await page.close();
  });

  it('scrolls to a fact asked for by the side panel, and shows its fields on hover (in a closed shadow root)', async () => {
    const e = entry('002-baolangson.html');
    const page = await open(addressOf(e));
    const { tabId, state } = await stateOf(page.url());
    const facts = state.page!.analysis.facts;
    const last = facts[facts.length - 1];
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const reply = await sendFromPanel<{ found: boolean }>({ type: 'highlight-fact', tabId, quote: last.text, start: last.start, end: last.end, prefix: '', suffix: '' });
    expect(reply).toEqual({ found: true });
    await page.waitForFunction(() => window.scrollY > 0 && CSS.highlights.has('bantin-focus'));
    await settled(page);

    const doc = facts.find((f) => f.kind === 'document')!;
    const docIndex = (await highlightsOn(page)).filter((h) => h.name === 'bantin-document').findIndex((h) => squashText(h.text) === squashText(doc.text));
    await hoverHighlight(page, 'bantin-document', docIndex);
    const overlay = await overlayText(page);
    expect(overlay.rootType).toBe('closed');
    expect(overlay.tooltipShown).toBe(true);
    expect(overlay.tooltip).toContain(kindLabel('document'));
    expect(overlay.tooltip).toContain(doc.text);
    if (doc.kind === 'document') expect(overlay.tooltip).toContain(doc.code);
    expect(overlay.legend).toContain(`${facts.length} dữ kiện`);
    // Page scripts cannot reach into the overlay.
    expect(await page.evaluate(() => document.querySelector('[data-bantin-overlay]')?.shadowRoot ?? null)).toBeNull();
    await screenshot(page, '002-baolangson-tooltip');
    await page.close();
  });

  it('analyzes the researcher’s selection when asked, and reads a selection back as offsets', async () => {
    const e = entry('000-baobacninh.html');
    const page = await open(addressOf(e));
    const { tabId, state } = await stateOf(page.url());
    const paragraph = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => /Chỉ thị số/.test(x.textContent ?? ''))!;
      getSelection()!.selectAllChildren(p);
      return p.textContent!;
    });
    const reply = await sendFromPanel<{ method?: string; text: string; analysis: { facts: Fact[] } }>({ type: 'analyze-page', tabId, source: 'selection' });
    expect(reply.method).toBe('selection');
    expect(squashText(reply.text)).toBe(squashText(paragraph));
    expect(reply.analysis.facts.length).toBeGreaterThan(0);
    expect(reply.analysis.facts.length).toBeLessThan(state.page!.analysis.facts.length);
    expect(sorted((await highlightsOn(page)).map((h) => key(h.kind, h.text)))).toEqual(sorted(mentionKeys(reply.analysis.facts, reply.text)));
    const selection = await extensionPage.evaluate(
      (id) => (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } }).chrome.tabs.sendMessage(id, { type: 'get-selection' }),
      tabId,
    );
    expect(selection).toMatchObject({ selection: { start: 0, quote: reply.text } });
    await page.close();
  });

  it('coming back to a saved page: saved facts are highlighted with their state, re-anchored after the page changed, and a lost one is listed; so are the lost mentions of a fact still there, in the side panel', async () => {
    const e = entry('002-baolangson.html');
    let page = await open(addressOf(e));
    const { tabId, state } = await stateOf(page.url());
    const page1 = state.page!;
    const saved = await sendFromPanel<{ articleId: number; created: boolean; factCount: number }>({
      type: 'save-article',
      tabId,
      url: page1.url,
      text: page1.text,
      analysis: page1.analysis,
    });
    expect(saved).toMatchObject({ created: true, factCount: page1.analysis.facts.length });
    const afterSave = await stateOf(page.url(), (s) => !!s.saved);
    expect(afterSave.state.saved).toMatchObject({ articleId: saved.articleId, notFound: [] });

    // Untick one saved fact: it is drawn underlined only (its own highlight).
    const record = await sendFromPanel<{ saved: true; facts: SavedFactView[] }>({ type: 'get-saved', url: page1.url, text: page1.text });
    expect(record.facts).toHaveLength(page1.analysis.facts.length);
    const unticked = record.facts.find((f) => f.kind === 'office')!;
    expect(await sendFromPanel({ type: 'update-fact', factId: unticked.id, checked: false })).toEqual({ factId: unticked.id, checked: false });
    await page.waitForFunction(() => CSS.highlights.get('bantin-office-off')?.size === 1);

    // The page changes: a paragraph is added above the article (every offset moves), a
    // count disappears from it, and a body named seven times loses two of its mentions (the
    // two spelt 'Ban chỉ đạo' now read 'Ban Chỉ đạo', as the five others do).
    const html = readFileSync(join(PAGES, e.file), 'utf8');
    const lost = record.facts.find((f) => f.kind === 'count' && html.split(f.quote).length === 2)!;
    expect(lost).toBeDefined();
    const LOWER = 'Ban chỉ đạo Cuộc vận động';
    const UPPER = 'Ban Chỉ đạo Cuộc vận động';
    const partly = record.facts.find((f) => f.kind === 'office' && f.quote === LOWER)!;
    const partlyFact = page1.analysis.facts.find((f) => f.kind === 'office' && f.text === LOWER)!;
    const partlyMentions = partlyFact.mentions!.map((m) => page1.text.slice(m.start, m.end));
    expect(partlyMentions).toHaveLength(7);
    const lostMentions = partlyMentions.flatMap((q, i) => (q === LOWER ? [i] : []));
    expect(lostMentions).toEqual([0, 2]);
    overrides.set(e.file, (h) =>
      h
        .replace(/(<h1[^>]*>[\s\S]*?<\/h1>)/, '$1\n<p>Bài viết đã được cập nhật, bổ sung thêm thông tin về hoạt động của Đảng bộ trong năm.</p>')
        .replace(lost.quote, 'nhiều')
        .split(LOWER)
        .join(UPPER),
    );
    try {
      await page.close();
      page = await open(addressOf(e));
      const back = await stateOf(page.url(), (s) => s.status === 'ready' && !!s.saved);
      expect(back.state.saved!.notFound).toEqual([lost.id]);
      // The body's two lost mentions are carried to the tab state, with their saved context.
      expect(back.state.saved!.mentionsLost).toEqual([
        {
          id: partly.id,
          total: 7,
          mentions: lostMentions.map((i) => {
            const m = partlyFact.mentions![i];
            return { mention: i, quote: LOWER, ...contextOf(page1.text, m.start, m.end) };
          }),
        },
      ]);
      const shown = await highlightsOn(page);
      const keys = new Set(shown.map((h) => key(h.kind, h.text)));
      for (const f of record.facts) {
        if (f.id === lost.id) continue;
        // Its own quote (its first mention) is one of the lost ones: its other mentions show it.
        const quote = f.id === partly.id ? UPPER : f.quote;
        expect(keys.has(key(f.kind, quote)), `${f.kind} '${quote}' highlighted again`).toBe(true);
      }
      expect(shown.filter((h) => h.name === 'bantin-office-off')).toHaveLength(1);
      const overlay = await overlayText(page);
      expect(overlay.legend).toContain('1 dữ kiện không tìm thấy trên trang');
      expect(overlay.legend).toContain('2 lần nhắc không tìm thấy trên trang');
      await hoverHighlight(page, 'bantin-person');
      expect((await overlayText(page)).tooltip).toContain('Đã lưu');
      await screenshot(page, '002-baolangson-saved-changed');

      // The side panel (its page in a tab, pinned to the article's tab): the lost count fact
      // is listed as not found, the body as found with 2 of 7 mentions gone, each with its
      // context; the body's arrows step over the lost ones, by keyboard.
      const panel = await ctx.newPage();
      try {
        await panel.setViewportSize({ width: 420, height: 860 });
        await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${back.tabId}`);
        const section = panel.locator('section.not-found');
        await section.locator('.mentions-lost').waitFor({ timeout: 10_000 });
        await expect.poll(() => section.locator('h2').first().textContent()).toBe('Không tìm thấy trên trang (1)');
        expect(await section.locator('h2 + .hint + ul > li').allTextContents()).toEqual([expect.stringContaining(lost.quote)]);
        expect(await section.locator('h3').textContent()).toBe('Lần nhắc không còn trên trang (2)');
        const item = section.locator('li.partly-lost');
        await expect.poll(() => item.count()).toBe(1);
        expect(await item.textContent()).toContain('2/7 lần nhắc không còn trên trang');
        // The row is the page's fact (the analysis of now, matched to the saved one): its quote is the page's.
        expect(await item.locator('.lost-mentions').getAttribute('aria-label')).toBe(`Các lần nhắc “${UPPER}” không còn trên trang`);
        expect(await item.locator('.lost-mentions .mention-no').allTextContents()).toEqual(['Lần nhắc 1/7:', 'Lần nhắc 3/7:']);
        expect(await item.locator('.lost-mentions q b').allTextContents()).toEqual([LOWER, LOWER]);
        const context0 = contextOf(page1.text, partlyFact.mentions![0].start, partlyFact.mentions![0].end);
        expect(await item.locator('.lost-mentions q').first().textContent()).toContain(`${context0.prefix.replace(/\s+/g, ' ').trimStart()}${LOWER}`);

        // Its row in the list of facts: the tag, and the arrows skip mentions 1 and 3.
        const row = panel.locator('section.kind-office li.fact').filter({ hasText: '2/7 lần nhắc không còn trên trang' });
        await expect.poll(() => row.count()).toBe(1);
        const group = row.getByRole('group', { name: '7 lần nhắc trên trang' });
        const tagId = await row.locator('.tag.warn').getAttribute('id');
        expect(await group.getAttribute('aria-describedby')).toBe(tagId);
        const pos = row.locator('.mention-pos');
        expect(await pos.textContent()).toBe('2/7');
        const next = row.getByRole('button', { name: 'Lần nhắc sau' });
        await next.focus();
        await panel.keyboard.press('Enter');
        await expect.poll(() => pos.textContent()).toBe('4/7');
        await panel.keyboard.press('Enter');
        await expect.poll(() => pos.textContent()).toBe('5/7');
        await row.getByRole('button', { name: 'Lần nhắc trước' }).click();
        await row.getByRole('button', { name: 'Lần nhắc trước' }).click();
        await expect.poll(() => pos.textContent()).toBe('2/7');
        await row.getByRole('button', { name: 'Lần nhắc trước' }).click();
        await expect.poll(() => pos.textContent()).toBe('7/7');
        await panel.evaluate(() => window.scrollTo(0, 0));
        await panel.screenshot({ path: join(ARTIFACTS, 'sidepanel-mentions-lost.png') });
        await row.scrollIntoViewIfNeeded();
        await panel.screenshot({ path: join(ARTIFACTS, 'sidepanel-mentions-lost-row.png') });
      } finally {
        await panel.close();
      }
    } finally {
      overrides.delete(e.file);
      await page.close();
    }
  });
});
