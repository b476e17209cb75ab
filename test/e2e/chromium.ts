// Where Chromium is, for the end-to-end tests. Locally a missing Chromium skips them with a
// message; in CI (.ci/run sets BANTIN_E2E_REQUIRED=1 after installing it) it is an error.
// Below: helpers the tests share (launching Chromium with the built extension in a given
// language, the toolbar click, reading the page's highlights and the overlay's tooltip).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import type { TabState } from '../../extension/messages.ts';

export const CHROMIUM = process.env.BANTIN_CHROMIUM ?? '/usr/bin/chromium';

export const INSTALL_HINT = 'apt-get update && apt-get install -y chromium chromium-l10n fonts-noto-core';

/** A browser's path when it is there; undefined (the tests skip) when not, unless CI requires them. */
export function browserAt(path: string, installHint: string): string | undefined {
  if (existsSync(path)) return path;
  if (process.env.BANTIN_E2E_REQUIRED) {
    throw new Error(`End-to-end tests are required here but ${path} is missing. Install it: ${installHint}`);
  }
  return undefined;
}

export const chromiumPath = (): string | undefined => browserAt(CHROMIUM, INSTALL_HINT);

// --- shared helpers for the end-to-end tests ---------------------------------------------
// (sidepanel.e2e.test.ts uses these; highlights.e2e.test.ts still has its own copies.)


/** The built Chromium extension (global-setup.ts builds it). */
export const EXTENSION_DIR = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');

/**
 * The language Chromium's interface runs in. The extension follows it (the manifest, the
 * menus, and its pages and legends unless the researcher chose another language), so the
 * tests written against the Vietnamese interface run Chromium in Vietnamese.
 */
export type BrowserLanguage = 'vi' | 'en-US';

/**
 * What puts Chromium's interface in `language`: --lang (Windows, macOS), the LANGUAGE
 * variable (Linux, where --lang is ignored; Chromium also needs that language's resources,
 * Debian's chromium-l10n), and the profile's accepted languages (navigator.languages, the
 * pages' Accept-Language), written when the profile is new.
 */
export function languageLaunchOptions(profile: string, language: BrowserLanguage): { args: string[]; env: Record<string, string> } {
  const preferences = join(profile, 'Default', 'Preferences');
  if (!existsSync(preferences)) {
    mkdirSync(join(profile, 'Default'), { recursive: true });
    const accepted = language === 'vi' ? 'vi-VN,vi,en-US,en' : 'en-US,en';
    writeFileSync(preferences, JSON.stringify({ intl: { accept_languages: accepted, selected_languages: accepted } }));
  }
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  env.LANGUAGE = language === 'vi' ? 'vi' : 'en_US';
  return { args: [`--lang=${language}`], env };
}

/**
 * Checks that the extension sees Chromium's interface in `language`. A Chromium without the
 * Vietnamese resources (no chromium-l10n) stays in English whatever it is told: the
 * extension's own setting is then set to Vietnamese instead (what a researcher would do), so
 * its pages and legends still are; the manifest and menus then stay English. Returns the
 * interface language the extension saw.
 */
export async function ensureLanguage(worker: Worker, language: BrowserLanguage): Promise<string> {
  const ui = await worker.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage());
  if (language === 'vi' && !ui.toLowerCase().startsWith('vi')) {
    console.warn(`e2e: Chromium runs in '${ui}', not Vietnamese (install chromium-l10n): the extension's language setting is set to Vietnamese instead.`);
    await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ uiLanguage: 'vi' }),
    );
  }
  return ui;
}

export interface Launched {
  ctx: BrowserContext;
  /** The background's service worker (its `bantin` global: tabs, tabState …). */
  worker: Worker;
  extensionId: string;
  /** A browser-level DevTools session (Target.*, Extensions.triggerAction). */
  browserCdp: CDPSession;
  /** Chromium's interface language as the extension sees it (chrome.i18n.getUILanguage()). */
  uiLanguage: string;
}

/**
 * Chromium with the built extension, on a persistent profile (a profile directory used again
 * is the same browser relaunched: its IndexedDB, hence the saved collection, is kept), its
 * interface in `language` (Vietnamese unless asked). Every host resolves to the local server
 * on `serverPort`, so fixture pages load under their outlets' own hostnames (over http).
 */
export async function launchWithExtension(
  profile: string,
  serverPort: number,
  viewport = { width: 1280, height: 860 },
  language: BrowserLanguage = 'vi',
): Promise<Launched> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(`no Chromium at ${CHROMIUM}`);
  const lang = languageLaunchOptions(profile, language);
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport,
    env: lang.env,
    args: [
      ...lang.args,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--enable-unsafe-extension-debugging',
      `--host-resolver-rules=MAP * 127.0.0.1:${serverPort}, EXCLUDE localhost`,
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const browserCdp = await ctx.browser()!.newBrowserCDPSession();
  const uiLanguage = await ensureLanguage(worker, language);
  return { ctx, worker, extensionId, browserCdp, uiLanguage };
}

/** Clicks the extension's toolbar button on this page's tab (Extensions.triggerAction): the activeTab grant, analysis, panel. */
export async function clickToolbarButton(browserCdp: CDPSession, extensionId: string, page: Page): Promise<void> {
  const { targetInfos } = (await browserCdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as unknown as {
    targetInfos: { type: string; targetId: string; url: string }[];
  };
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await browserCdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
}

/** The facts drawn on the page, from the document's highlight registry (`kind` without the '-off' of unticked ones). */
export function highlightsOn(page: Page): Promise<{ name: string; kind: string; text: string }[]> {
  return page.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith('bantin-') && name !== 'bantin-focus')
      .flatMap(([name, h]) => [...h].map((r) => ({ name, kind: name.slice(7).replace(/-off$/, ''), text: r.toString() }))),
  );
}

/** Moves the mouse onto the `index`-th range of the highlight `name` (scrolled into view first). */
export async function hoverHighlight(page: Page, name: string, index = 0): Promise<void> {
  const point = await page.evaluate(
    ([n, i]) => {
      const range = [...(CSS.highlights.get(n as string) ?? [])][i as number] as Range | undefined;
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      return new Promise<{ x: number; y: number }>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const r = range.getClientRects()[0];
            resolve({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
          }),
        ),
      );
    },
    [name, index] as const,
  );
  if (!point) throw new Error(`nothing highlighted as ${name}`);
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(150);
}

interface DomNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** The text of the page overlay's tooltip and legend (in its closed shadow root), read through DevTools. */
export async function overlayText(ctx: BrowserContext, page: Page): Promise<{ tooltip: string; tooltipShown: boolean; legend: string }> {
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
    const byClass = (c: string) => all.find((n) => n.nodeName === 'DIV' && n.attributes?.[n.attributes.indexOf('class') + 1] === c);
    const html = async (n: DomNode | undefined) => (n ? ((await cdp.send('DOM.getOuterHTML', { nodeId: n.nodeId })) as { outerHTML: string }).outerHTML : '');
    const text = (h: string) => h.replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;/g, ' ').replace(/\s+/g, ' ').trim();
    const tip = await html(byClass('tip'));
    return { tooltip: text(tip), tooltipShown: /display:\s*block/.test(tip), legend: text(await html(byClass('legend'))) };
  } finally {
    await cdp.detach();
  }
}

/**
 * A local server for the fixture pages. Chromium resolves every host to it, Firefox uses it
 * as its HTTP proxy (the request line then carries the whole address), so a page is served
 * at its own outlet address; `html(host, path)` gives the page there, or undefined (404).
 */
export function startPageServer(html: (host: string, path: string) => string | undefined): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const body = html(url.hostname, url.pathname + url.search);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** A fixture page of fixtures/pages/manifest.json. */
export interface PageEntry {
  file: string;
  /** The seed article the page was made from, when it was. */
  seed?: string;
  /** The outlet address it stands for; absent for pages of no known address. */
  url?: string;
}

export const PAGES_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'pages');

/** The fixture pages that have an outlet address. */
export function pagesWithAddress(): PageEntry[] {
  return (JSON.parse(readFileSync(join(PAGES_DIR, 'manifest.json'), 'utf8')) as PageEntry[]).filter((e) => e.url);
}

/** The server's answer for fixture pages: the HTML of the page in `pages` whose address is `host` + `path`. */
export function fixturePageAt(pages: readonly PageEntry[]): (host: string, path: string) => string | undefined {
  return (host, path) => {
    const e = pages.find((x) => {
      const a = new URL(addressOf(x));
      return a.hostname === host && a.pathname + a.search === path;
    });
    return e && readFileSync(join(PAGES_DIR, e.file), 'utf8');
  };
}

/** Where a fixture page is loaded: its own host and path, over http (every host resolves to the local server). */
export function addressOf(e: PageEntry): string {
  const u = new URL(e.url!);
  return `http://${u.host}${u.pathname}${u.search}`;
}

/** The background's state of the tab showing `url` (its `bantin` global), once `ready(state)`. */
export async function tabStateOf(
  worker: Worker,
  url: string,
  ready: (s: TabState) => boolean = (s) => s.status === 'ready',
  timeout = 15_000,
): Promise<{ tabId: number; state: TabState }> {
  const until = Date.now() + timeout;
  for (;;) {
    const found = await worker.evaluate((u) => {
      const tabs = (globalThis as unknown as { bantin: { tabs: Map<number, TabState> } }).bantin.tabs;
      return [...tabs].filter(([, s]) => s.page?.url === u).map(([tabId, state]) => ({ tabId, state }));
    }, url);
    const hit = found.find((f) => ready(f.state));
    if (hit) return hit;
    if (Date.now() > until) {
      const all = await worker.evaluate(() =>
        [...(globalThis as unknown as { bantin: { tabs: Map<number, TabState> } }).bantin.tabs].map(([id, s]) => [id, s.status, !!s.saved, s.failure, s.page?.url]),
      );
      throw new Error(`no analysis of ${url} as expected; tab states: ${JSON.stringify(all)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
