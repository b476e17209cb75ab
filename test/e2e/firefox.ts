// Firefox for the end-to-end tests: Debian's firefox-esr driven over WebDriver BiDi with
// puppeteer-core (no patched browser build, no geckodriver). Locally a missing Firefox skips
// the *.firefox.e2e.test.ts files with a message; in CI (.ci/run installs it and sets
// BANTIN_E2E_REQUIRED=1) it is an error.
//
// How the extension gets in: BiDi's webExtension.install (puppeteer's installExtension) loads
// .output/firefox-mv3 as a temporary add-on, which is how the README tells researchers to load
// it (about:debugging → Load Temporary Add-on). Like theirs it is gone when Firefox closes and
// is loaded again after a relaunch; its data stays because the add-on id is fixed
// (browser_specific_settings.gecko.id) and Firefox keeps the id's moz-extension UUID in the
// profile. The tests read that UUID instead of pinning it (the pref
// extensions.webextensions.uuids could), so a relaunch that lost it would show.
//
// What BiDi does not reach, and what stands in for it:
// - Extension pages (sidebar, collection): Firefox's BiDi skips them when it sets up its
//   per-document handlers (Mozilla bug 1755014), so no navigation or load events come from
//   there, and navigating a tab to moz-extension:// needs the remote agent's
//   --remote-allow-system-access. With it, the page is opened by a bare browsingContext.navigate
//   and awaited by polling document.readyState; scripts, clicks, typing, file inputs, dialogs
//   (confirm) and screenshots then work as on any page. Uncaught errors of the extension's
//   pages and scripts are read from Firefox's stderr ('JavaScript error: moz-extension://…'),
//   which also catches the content script's.
// - The toolbar button: Firefox's own browserAction.triggerAction(window) (what the
//   _execute_action shortcut runs: "the same effects as if it were clicked by a user"),
//   evaluated in the browser window's privileged scope (BiDi 'moz:scope': 'chrome'). It grants
//   activeTab, runs action.onClicked as user input, so sidebarAction.open() opens the real
//   sidebar, as a click does. Chromium's tests use Extensions.triggerAction the same way.
// - The real sidebar is no BiDi context either: it is read through another extension page
//   (extension.getViews({ type: 'sidebar' }) gives its document: same extension, same process)
//   and photographed with the browser window (drawSnapshot of the window, sidebar included).
// - The background's `bantin` handle (the hub's tab states): runtime.getBackgroundPage() from an
//   extension page (Firefox runs an MV3 background as an event page, not a service worker).
//
// Puppeteer internals used (pinned version): Browser#connection (raw BiDi commands) and a
// frame's _id (its BiDi context id).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import type { TabState } from '../../extension/messages.ts';
import { browserAt } from './chromium.ts';

export const FIREFOX = process.env.BANTIN_FIREFOX ?? '/usr/bin/firefox-esr';

export const FIREFOX_INSTALL_HINT = 'apt-get update && apt-get install -y firefox-esr fonts-noto-core';

export const firefoxPath = (): string | undefined => browserAt(FIREFOX, FIREFOX_INSTALL_HINT);

/** The built Firefox extension (global-setup.ts builds it: wxt build -b firefox --mv3). */
export const FIREFOX_EXTENSION_DIR = join(import.meta.dirname, '..', '..', '.output', 'firefox-mv3');

/** The add-on id of the build (browser_specific_settings.gecko.id). */
export function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  return manifest.browser_specific_settings.gecko.id;
}

/** The raw BiDi connection under puppeteer (commands its API does not have). */
interface BidiWire {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

export interface FirefoxLaunched {
  browser: Browser;
  /** 'moz-extension://<uuid>', the extension's origin (its IndexedDB lives under it). */
  base: string;
  /** An extension page of no UI of its own (manifest.json): the tests' way into the extension. */
  helper: Page;
  /** 'JavaScript error' lines Firefox printed for the extension's own scripts and pages. */
  extensionErrors: string[];
  wire: BidiWire;
}

export interface LaunchOptions {
  /** Where downloads land (the collection's exports). */
  downloads?: string;
  viewport?: { width: number; height: number };
}

/**
 * Firefox with the built extension, on a profile directory that a later launch may use again
 * (the same browser relaunched). Every http request goes through the local server, set as
 * Firefox's HTTP proxy, so fixture pages load under their outlets' own hostnames.
 */
export async function launchFirefox(profile: string, serverPort: number, options: LaunchOptions = {}): Promise<FirefoxLaunched> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error(`no Firefox at ${FIREFOX}`);
  const { width, height } = options.viewport ?? { width: 1280, height: 860 };
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profile,
    defaultViewport: null,
    args: ['--remote-allow-system-access', `--width=${width}`, `--height=${height}`],
    extraPrefsFirefox: {
      // Every host (localhost too) through the local server; plain http stays http.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': serverPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'dom.security.https_first': false,
      'dom.security.https_only_mode': false,
      ...(options.downloads
        ? {
            'browser.download.dir': options.downloads,
            'browser.download.folderList': 2,
            'browser.download.useDownloadDir': true,
            'browser.download.always_ask_before_handling_new_types': false,
          }
        : {}),
    },
  });
  const extensionErrors: string[] = [];
  browser.process()?.stderr?.on('data', (chunk: Buffer) => {
    for (const line of String(chunk).split('\n')) if (line.startsWith('JavaScript error: moz-extension://')) extensionErrors.push(line);
  });
  const wire = (browser as unknown as { connection: BidiWire }).connection;
  const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const host = await chromeEval<string>(wire, `WebExtensionPolicy.getByID(${JSON.stringify(id)}).mozExtensionHostname`);
  const base = `moz-extension://${host}`;
  const helper = await openExtensionPage({ browser, base, wire }, 'manifest.json');
  // The journeys read the Vietnamese interface: Debian's firefox-esr speaks English (no
  // Vietnamese language pack), so the extension's own language setting says Vietnamese.
  await helper.evaluate(() => (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }).browser.storage.local.set({ uiLanguage: 'vi' }));
  return { browser, base, helper, extensionErrors, wire };
}

/** The BiDi context id of a page's tab. */
export function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

/** Evaluates an expression in the browser window's privileged (chrome) scope; its value JSON-serialisable. */
export async function chromeEval<T>(wire: BidiWire, expression: string): Promise<T> {
  const tree = await wire.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const [window] = tree.result.contexts as { context: string }[];
  const { result } = await wire.send('script.evaluate', {
    expression: `(async () => JSON.stringify(await (${expression})))()`,
    target: { context: window.context },
    awaitPromise: true,
  });
  if (result.type === 'exception') throw new Error(`chrome scope: ${JSON.stringify(result.exceptionDetails)}`);
  const value = (result.result as { value?: string }).value;
  return (value === undefined ? undefined : JSON.parse(value)) as T;
}

/** Opens an extension page (`path` under the extension's origin) in a new tab, once its document is complete. */
export async function openExtensionPage(
  f: Pick<FirefoxLaunched, 'browser' | 'base' | 'wire'>,
  path: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await f.browser.newPage();
  if (viewport) await page.setViewport(viewport);
  const url = `${f.base}/${path}`;
  await f.wire.send('browsingContext.navigate', { context: contextOf(page), url, wait: 'none' });
  const until = Date.now() + 10_000;
  for (;;) {
    const state = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
    if (state === `${url} complete`) return page;
    if (Date.now() > until) throw new Error(`${url} did not load (${state})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Navigates an open extension page elsewhere in the extension (or reloads it), once complete. */
export async function gotoExtensionPage(f: FirefoxLaunched, page: Page, path: string): Promise<void> {
  const url = `${f.base}/${path}`;
  await f.wire.send('browsingContext.navigate', { context: contextOf(page), url: 'about:blank', wait: 'complete' });
  await f.wire.send('browsingContext.navigate', { context: contextOf(page), url, wait: 'none' });
  const until = Date.now() + 10_000;
  while ((await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '')) !== `${url} complete`) {
    if (Date.now() > until) throw new Error(`${url} did not load`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Clicks the extension's toolbar button on this page's tab (made the selected tab first). */
export async function clickToolbarButton(f: FirefoxLaunched, page: Page): Promise<void> {
  await page.bringToFront();
  await chromeEval(
    f.wire,
    `(async () => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(geckoId())});
      const window = Services.wm.getMostRecentWindow('navigator:browser');
      ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
    })()`,
  );
}

/** The background's state of the tab showing `url` (its `bantin` handle), once `ready(state)`. */
export async function tabStateOf(
  f: FirefoxLaunched,
  url: string,
  ready: (s: TabState) => boolean = (s) => s.status === 'ready',
  timeout = 15_000,
): Promise<{ tabId: number; state: TabState }> {
  const until = Date.now() + timeout;
  for (;;) {
    const states = await f.helper.evaluate(async () => {
      const bg = (await (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<unknown> } } }).browser.runtime.getBackgroundPage()) as {
        bantin?: { tabs: Map<number, unknown> };
      } | null;
      // Plain data across the two windows.
      return JSON.parse(JSON.stringify([...(bg?.bantin?.tabs ?? [])])) as [number, unknown][];
    });
    const hit = (states as [number, TabState][]).find(([, s]) => s.page?.url === url && ready(s));
    if (hit) return { tabId: hit[0], state: hit[1] };
    if (Date.now() > until) {
      const all = (states as [number, TabState][]).map(([id, s]) => [id, s.status, !!s.saved, s.failure, s.page?.url]);
      throw new Error(`no analysis of ${url} as expected; tab states: ${JSON.stringify(all)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Sends a message from an extension page, as the sidebar does (runtime.sendMessage). */
export function sendFromExtension<T>(f: FirefoxLaunched, message: object): Promise<T> {
  return f.helper.evaluate(
    (m) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<unknown> } } }).browser.runtime.sendMessage(m),
    message,
  ) as Promise<T>;
}

/** The toolbar badge of a tab. */
export function badgeOf(f: FirefoxLaunched, tabId: number): Promise<string> {
  return f.helper.evaluate(
    (id) => (globalThis as unknown as { browser: { action: { getBadgeText(d: object): Promise<string> } } }).browser.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

/** What the real sidebar shows now (read through another extension page), or null when it is closed. */
export interface SidebarView {
  title: string;
  /** Group header counts as shown: kind → 'kept/total'. */
  counts: Record<string, string>;
  saved: boolean;
  /** Done loading: its save button is enabled (it knows the page and whether it was saved). */
  ready: boolean;
  notices: string[];
  unchecked: string[];
}

export async function sidebarView(f: FirefoxLaunched): Promise<SidebarView | null> {
  return f.helper.evaluate(() => {
    const views = (globalThis as unknown as { browser: { extension: { getViews(o: object): Window[] } } }).browser.extension.getViews({ type: 'sidebar' });
    const doc = views[0]?.document;
    if (!doc) return null;
    const counts: Record<string, string> = {};
    for (const s of doc.querySelectorAll('section.kind-group')) {
      const kind = [...s.classList].find((c) => c.startsWith('kind-') && c !== 'kind-group')?.slice(5);
      if (kind) counts[kind] = s.querySelector('h2 .count')?.textContent?.trim() ?? '';
    }
    return {
      title: doc.querySelector('header.article h1')?.textContent?.trim() ?? '',
      counts,
      saved: !!doc.querySelector('.saved-badge'),
      ready: !doc.querySelector('.loading') && !!doc.querySelector('button.primary:not([disabled])'),
      notices: [...doc.querySelectorAll('.notice, [role="alert"]')].map((n) => n.textContent?.trim() ?? ''),
      unchecked: [...doc.querySelectorAll('li.fact.unchecked button.quote')].map((b) => b.textContent?.trim() ?? ''),
    };
  });
}

/** Waits until the real sidebar shows what `ready` wants. */
export async function sidebarShowing(f: FirefoxLaunched, ready: (v: SidebarView) => boolean, timeout = 10_000): Promise<SidebarView> {
  const until = Date.now() + timeout;
  for (;;) {
    const view = await sidebarView(f);
    if (view && ready(view)) return view;
    if (Date.now() > until) throw new Error(`the sidebar does not show what is expected: ${JSON.stringify(view)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A PNG of the whole browser window (tab strip, address bar, page and the sidebar when open). */
export async function windowPng(f: FirefoxLaunched): Promise<Buffer> {
  await new Promise((r) => setTimeout(r, 300)); // the sidebar's last render painted
  const dataUrl = await chromeEval<string>(
    f.wire,
    `(async () => {
      const window = Services.wm.getMostRecentWindow('navigator:browser');
      const bitmap = await window.browsingContext.currentWindowGlobal.drawSnapshot(new window.DOMRect(0, 0, window.innerWidth, window.innerHeight), 1, 'white');
      const canvas = window.document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      canvas.getContext('2d').drawImage(bitmap, 0, 0);
      return canvas.toDataURL('image/png');
    })()`,
  );
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}

/** The facts drawn on the page, from the document's highlight registry (`kind` without the '-off' of unticked ones). */
export function highlightsOn(page: Page): Promise<{ name: string; kind: string; text: string }[]> {
  return page.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith('bantin-') && name !== 'bantin-focus')
      .flatMap(([name, h]) => [...h].map((r) => ({ name, kind: name.slice(7).replace(/-off$/, ''), text: (r as Range).toString() }))),
  );
}

/** Moves the mouse onto the `index`-th range of the highlight `name` (scrolled into view first). */
export async function hoverHighlight(page: Page, name: string, index = 0): Promise<void> {
  const point = await page.evaluate(
    (n, i) => {
      const range = [...(CSS.highlights.get(n) ?? [])][i] as Range | undefined;
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
    name,
    index,
  );
  if (!point) throw new Error(`nothing highlighted as ${name}`);
  await page.mouse.move(point.x, point.y);
  await new Promise((r) => setTimeout(r, 150));
}

/**
 * The overlay's tooltip and legend, in its closed shadow root (page scripts cannot open it):
 * BiDi serialises the host with includeShadowTree 'all', and the shadow root's reference is
 * handed back to a function that reads it.
 */
export async function overlayText(f: FirefoxLaunched, page: Page): Promise<{ tooltip: string; tooltipShown: boolean; legend: string; mode: string }> {
  const context = contextOf(page);
  const host = await f.wire.send('script.evaluate', {
    expression: 'document.querySelector("[data-bantin-overlay]")',
    target: { context },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const root = ((host.result.result as { value?: { shadowRoot?: { sharedId: string } } }).value?.shadowRoot) ?? null;
  if (!root) return { tooltip: '', tooltipShown: false, legend: '', mode: 'none' };
  const read = await f.wire.send('script.callFunction', {
    functionDeclaration: `(root) => {
      const text = (c) => (root.querySelector('.' + c)?.textContent ?? '').replace(/\\s+/g, ' ').trim();
      return JSON.stringify({ tooltip: text('tip'), tooltipShown: root.querySelector('.tip')?.style.display === 'block', legend: text('legend'), mode: root.mode });
    }`,
    arguments: [{ sharedId: root.sharedId }],
    target: { context },
    awaitPromise: false,
  });
  return JSON.parse((read.result.result as { value: string }).value);
}

// --- small page helpers (puppeteer has no role locators) -----------------------------------

/** The button whose text is exactly `name`, inside `root`. */
export async function buttonNamed(root: Page | ElementHandle<Element>, name: string): Promise<ElementHandle<Element>> {
  const found = await root.$(`xpath/.//button[normalize-space(.)=${JSON.stringify(name)}]`);
  if (!found) throw new Error(`no button '${name}'`);
  // To the middle of the view: a button low in a tall form can sit under the panel's sticky
  // save bar, where a click at its centre lands on the bar (puppeteer scrolls only what is off-screen).
  await found.evaluate((b) => b.scrollIntoView({ block: 'center' }));
  return found as ElementHandle<Element>;
}

/** Waits until `read()` gives what `ok` wants, and returns it. */
export async function poll<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, timeout = 10_000): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > until) throw new Error(`${what}: still ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Types into a field as a person does: click it, select what is there, delete it, type. */
export async function typeInto(page: Page, field: ElementHandle<Element>, value: string): Promise<void> {
  await field.click();
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(value);
}
