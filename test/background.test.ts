// The background hub (extension/background/hub.ts) on WXT's fakeBrowser and fake-indexeddb:
// message checks and routing, badge, on-demand injection, side panel, shortcuts, storage
// and the saved state of a page. The page's content script is played by a stub of
// tabs.sendMessage that answers like the real one (extension/entrypoints/content.ts).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../analyzer/index.ts';
import {
  CONTENT_SCRIPT_FILE,
  COMMAND_ANALYZE,
  COMMAND_SAVE,
  createHub,
  installHub,
  MENU_ANALYZE,
  MENU_ANALYZE_SELECTION,
  MENU_COLLECTION,
  type BackgroundApi,
  type Hub,
} from '../extension/background/hub.ts';
import { setLanguage } from '../extension/i18n/index.ts';
import { parseMessage, type PageAnalysisMessage, type SavedFactView, type ShowSavedMessage } from '../extension/messages.ts';
import { listener, ReplyError } from '../extension/respond.ts';
import { analysisFactId, getArticleWithFacts, openDatabase, type BantinDB } from '../extension/storage/articles.ts';

const text = readFileSync(new URL('../fixtures/seeds/002_819d290b6f01cc90.txt', import.meta.url), 'utf8');
const URL_PAGE = 'https://baolangson.vn/dang-bo-van-phong-tinh-uy-5012345.html';
const analysis = analyze(text, { url: URL_PAGE });
const pageAnalysis: PageAnalysisMessage = { type: 'page-analysis', url: URL_PAGE, analysis, text, textLength: text.length, notFound: [], source: 'article', method: 'readability' };

const TAB = 7;
const EXTENSION = `chrome-extension://${fakeBrowser.runtime.id}/`;
const fromPanel = { id: fakeBrowser.runtime.id, url: `${EXTENSION}sidepanel.html` };
const fromContent = (tabId = TAB) => ({ id: fakeBrowser.runtime.id, url: URL_PAGE, tab: { id: tabId, url: URL_PAGE }, frameId: 0 });

function event<F extends (...args: never[]) => unknown>() {
  const listeners: F[] = [];
  return { addListener: (f: F) => void listeners.push(f), fire: (...args: Parameters<F>) => listeners.map((f) => f(...args)) };
}

let db: BantinDB;
let counter = 0;
let api: BackgroundApi & {
  tabs: BackgroundApi['tabs'] & { sendMessage: ReturnType<typeof vi.fn> };
  scripting: { executeScript: ReturnType<typeof vi.fn> };
  sidePanel?: { open: ReturnType<typeof vi.fn> };
  sidebarAction?: { open: ReturnType<typeof vi.fn> };
};
let hub: Hub;
let panelMessages: unknown[];
let panelAnswer: ((message: { type: string }) => unknown) | undefined;
/** What the fake content script of TAB is doing. */
let page: { present: boolean; injectable: boolean; shown?: ShowSavedMessage; notFound: number[]; mentionsLost?: unknown };
const menus = event<(info: { menuItemId: string | number }, tab?: { id?: number }) => void>();
const commands = event<(command: string, tab?: { id?: number }) => void>();
/** What the page was last told to show as saved (a function: TypeScript would narrow the field). */
const shown = (): ShowSavedMessage | undefined => page.shown;

/** The content script's answers, as the real one gives them. */
async function contentScript(tabId: number, message: { type: string }): Promise<unknown> {
  if (tabId !== TAB || !page.present) throw new Error('Could not establish connection. Receiving end does not exist.');
  switch (message.type) {
    case 'analyze-page':
      return pageAnalysis;
    case 'show-saved':
      page.shown = message as ShowSavedMessage;
      return { notFound: page.notFound, ...(page.mentionsLost !== undefined ? { mentionsLost: page.mentionsLost } : {}) };
    case 'highlight-fact':
      return { found: true };
    case 'clear-highlights':
      return { ok: true };
    default:
      return undefined;
  }
}

beforeEach(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'info').mockImplementation(() => {});
  fakeBrowser.reset();
  db = await openDatabase(`bantin-background-${++counter}`);
  page = { present: true, injectable: true, notFound: [] };
  panelMessages = [];
  panelAnswer = undefined;
  // The side panel (an extension page) receives runtime messages the background sends.
  const runtime = {
    ...fakeBrowser.runtime,
    id: fakeBrowser.runtime.id,
    getURL: (p: string) => fakeBrowser.runtime.getURL(p),
    onMessage: fakeBrowser.runtime.onMessage,
    onInstalled: fakeBrowser.runtime.onInstalled,
    sendMessage: vi.fn(async (message: { type: string }) => {
      panelMessages.push(message);
      if (!panelAnswer) throw new Error('Could not establish connection. Receiving end does not exist.');
      return panelAnswer(message);
    }),
  };
  api = {
    runtime,
    tabs: {
      query: (q: object) => fakeBrowser.tabs.query(q as never),
      onUpdated: fakeBrowser.tabs.onUpdated,
      onRemoved: fakeBrowser.tabs.onRemoved,
      sendMessage: vi.fn(contentScript),
      create: vi.fn(async () => ({})),
    },
    scripting: {
      executeScript: vi.fn(async () => {
        if (!page.injectable) throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
        page.present = true;
        return [];
      }),
    },
    action: fakeBrowser.action,
    contextMenus: { create: vi.fn(), update: vi.fn(async () => {}), removeAll: vi.fn(async () => {}), onClicked: menus },
    commands: { onCommand: commands },
    sidePanel: { open: vi.fn(async () => {}) },
  } as unknown as typeof api;
  hub = createHub(api, async () => db);
  installHub(api, hub, listener);
});

afterEach(async () => {
  // Gestures are fire-and-forget: let what they started finish before the database goes.
  await new Promise((r) => setTimeout(r, 50));
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

const badge = (tabId = TAB) => fakeBrowser.action.getBadgeText({ tabId });

describe('messages are checked before anything is done', () => {
  it('refuses what parseMessage refuses', async () => {
    expect(await hub.handleMessage({ type: 'save-article', url: 'nope' }, fromPanel)).toMatchObject({ code: 'invalid' });
    expect(await hub.handleMessage('hello', fromPanel)).toMatchObject({ code: 'invalid', error: expect.stringContaining('object') });
    expect(await hub.handleMessage({ type: 'drop-database' }, fromPanel)).toMatchObject({ code: 'invalid', error: expect.stringContaining("unknown message type 'drop-database'") });
  });

  it('refuses senders that are not this extension', async () => {
    expect(await hub.handleMessage(pageAnalysis, { ...fromContent(), id: 'another-extension' })).toMatchObject({ code: 'invalid' });
    expect(await hub.handleMessage({ type: 'get-saved', url: URL_PAGE }, { url: 'https://evil.example/' })).toMatchObject({ code: 'invalid' });
  });

  it('lets content scripts only report their analysis', async () => {
    expect(await hub.handleMessage({ type: 'save-article', url: URL_PAGE, text, analysis }, fromContent())).toMatchObject({ code: 'invalid', error: expect.stringContaining('save-article') });
    expect(await hub.handleMessage({ type: 'get-saved', url: URL_PAGE }, fromContent())).toMatchObject({ code: 'invalid' });
    expect(await db.articles.count()).toBe(0);
  });

  it('refuses an analysis whose facts do not point into its text', async () => {
    const bad = { ...pageAnalysis, text: text.replace('Chỉ thị', 'Chỉ  thị') };
    expect(await hub.handleMessage(bad, fromContent())).toMatchObject({ code: 'invalid' });
    expect(await badge()).toBe('');
  });

  it('leaves messages meant for the side panel or the page to them', () => {
    expect(hub.handleMessage({ type: 'tab-state', tabId: 1, status: 'idle' }, fromPanel)).toBeUndefined();
    expect(hub.handleMessage({ type: 'save-command', tabId: 1 }, fromPanel)).toBeUndefined();
    expect(hub.handleMessage({ type: 'get-selection' }, fromPanel)).toBeUndefined();
  });
});

describe('a page reports its analysis (known hosts: the content script runs by itself)', () => {
  it('puts the fact count on that tab’s badge and tells the side panel', async () => {
    expect(await hub.handleMessage(pageAnalysis, fromContent())).toEqual({ ok: true });
    expect(await badge()).toBe(String(analysis.facts.length));
    expect(await badge(TAB + 1)).toBe('');
    expect(hub.tabState(TAB)).toMatchObject({ status: 'ready', page: { url: URL_PAGE } });
    expect(panelMessages.at(-1)).toMatchObject({ type: 'tab-state', tabId: TAB, status: 'ready' });
  });

  it('forgets the tab when it navigates or closes', async () => {
    await hub.handleMessage(pageAnalysis, fromContent());
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { status: 'loading' }, {} as never);
    expect(hub.tabState(TAB)).toEqual({ tabId: TAB, status: 'idle' });
    expect(await badge()).toBe('');
  });
});

describe('on demand (toolbar button, context menu, shortcut)', () => {
  it('opens the side panel inside the gesture, injects the content script when the page has none, and analyzes', async () => {
    page.present = false;
    const done = hub.onGesture({ id: TAB, windowId: 1 });
    // Called synchronously, before anything is awaited: Chromium requires the user gesture.
    expect(api.sidePanel!.open).toHaveBeenCalledWith({ tabId: TAB });
    expect(await done).toEqual(pageAnalysis);
    expect(api.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: TAB }, files: [CONTENT_SCRIPT_FILE] });
    expect(await badge()).toBe(String(analysis.facts.length));
  });

  it('does not inject twice: a page that has the content script is just asked', async () => {
    await hub.onGesture({ id: TAB });
    expect(api.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('opens Firefox’s sidebar where there is no sidePanel', async () => {
    delete api.sidePanel;
    api.sidebarAction = { open: vi.fn(async () => {}) };
    void hub.onGesture({ id: TAB });
    expect(api.sidebarAction.open).toHaveBeenCalledOnce();
  });

  it('says so when the page may not be read (no activeTab grant)', async () => {
    page.present = false;
    page.injectable = false;
    const reply = await hub.handleMessage({ type: 'analyze-page', tabId: TAB }, fromPanel);
    expect(reply).toMatchObject({ code: 'no-access', error: expect.stringContaining('Alt+Shift+B') });
    expect(hub.tabState(TAB)).toMatchObject({ status: 'error', failure: expect.stringContaining('Bantin') });
  });

  it('the toolbar button, the context menu items and the analyze shortcut all analyze', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    expect(api.contextMenus!.create).toHaveBeenCalledWith({ id: MENU_ANALYZE, title: 'Phân tích trang này', contexts: ['page'] });
    expect(api.contextMenus!.create).toHaveBeenCalledWith({ id: MENU_ANALYZE_SELECTION, title: 'Phân tích đoạn đã chọn', contexts: ['selection'] });

    await fakeBrowser.action.onClicked.trigger({ id: TAB } as never, undefined as never);
    menus.fire({ menuItemId: MENU_ANALYZE_SELECTION }, { id: TAB });
    commands.fire(COMMAND_ANALYZE, { id: TAB });
    await vi.waitFor(() => expect(api.tabs.sendMessage).toHaveBeenCalledTimes(3));
    const asked = api.tabs.sendMessage.mock.calls.map((c) => c[1]);
    expect(asked).toEqual([
      { type: 'analyze-page', source: 'article' },
      { type: 'analyze-page', source: 'selection' },
      { type: 'analyze-page', source: 'article' },
    ]);
    expect(api.sidePanel!.open).toHaveBeenCalledTimes(3);

    // The toolbar button's own menu opens the collection page.
    expect(api.contextMenus!.create).toHaveBeenCalledWith({ id: MENU_COLLECTION, title: 'Mở bộ sưu tập', contexts: ['action'] });
    menus.fire({ menuItemId: MENU_COLLECTION }, { id: TAB });
    expect(api.tabs.create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/collection\.html$/) });
  });

  it('menus and the toolbar title follow the interface language; its errors are in it', async () => {
    const setTitle = vi.fn(async () => {});
    Object.assign(api.action, { setTitle });
    await hub.createMenus();
    setLanguage('en');
    await hub.retitle();
    expect(api.contextMenus!.update).toHaveBeenCalledWith(MENU_ANALYZE, { title: 'Analyze this page' });
    expect(api.contextMenus!.update).toHaveBeenCalledWith(MENU_ANALYZE_SELECTION, { title: 'Analyze the selected text' });
    expect(api.contextMenus!.update).toHaveBeenCalledWith(MENU_COLLECTION, { title: 'Open the collection' });
    expect(setTitle).toHaveBeenLastCalledWith({ title: 'Bantin: analyze this page (Alt+Shift+B)' });
    page.present = false;
    page.injectable = false;
    const reply = await hub.handleMessage({ type: 'analyze-page', tabId: TAB }, fromPanel);
    expect(reply).toMatchObject({ code: 'no-access', error: expect.stringMatching(/^Bantin may not read this page yet\. .*right-click → Analyze this page/) });
    setLanguage('vi');
    await hub.retitle();
    expect(api.contextMenus!.update).toHaveBeenLastCalledWith(MENU_COLLECTION, { title: 'Mở bộ sưu tập' });
    expect(setTitle).toHaveBeenLastCalledWith({ title: 'Bantin: phân tích trang này (Alt+Shift+B)' });
    // A menu that is not there (yet) does not stop the others.
    vi.mocked(api.contextMenus!.update!).mockRejectedValueOnce(new Error('Cannot find menu item'));
    await expect(hub.retitle()).resolves.toBeUndefined();
  });
});

describe('storage, through the background only', () => {
  async function save(): Promise<{ articleId: number }> {
    await hub.handleMessage(pageAnalysis, fromContent());
    return (await hub.handleMessage({ type: 'save-article', url: URL_PAGE, text, analysis, tabId: TAB }, fromPanel)) as { articleId: number };
  }

  it('saves, then highlights the saved facts with their state and records what the page could not place', async () => {
    const facts = analysis.facts.length;
    page.notFound = [];
    const reply = await save();
    expect(reply).toMatchObject({ created: true, factCount: facts, added: facts, kept: 0, dropped: 0 });
    expect(shown()?.facts).toHaveLength(facts);
    expect(shown()?.facts[0]).toMatchObject({ checked: true, origin: 'analyzer', sourceId: analysisFactId(analysis.facts[0]) });
    expect(hub.tabState(TAB).saved).toMatchObject({ articleId: reply.articleId, factCount: facts, notFound: [] });
  });

  it('coming back to a saved page: its saved facts are shown again, those not found listed', async () => {
    const { articleId } = await save();
    const saved = (await getArticleWithFacts(db, articleId))!.facts;
    page.shown = undefined;
    page.notFound = [saved[3].id];
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { status: 'loading' }, {} as never); // reload
    expect(hub.tabState(TAB).saved).toBeUndefined();
    await hub.handleMessage(pageAnalysis, fromContent());
    expect(shown()?.articleId).toBe(articleId);
    expect(hub.tabState(TAB).saved).toMatchObject({ articleId, notFound: [saved[3].id] });
    expect(panelMessages.at(-1)).toMatchObject({ type: 'tab-state', saved: { notFound: [saved[3].id] } });
  });

  it('coming back to a changed page: the mentions lost of facts still on it are carried, checked against the facts sent', async () => {
    const { articleId } = await save();
    const saved = (await getArticleWithFacts(db, articleId))!.facts;
    const many = saved.find((f) => f.quote === 'Hồ Chí Minh')!;
    const total = 1 + many.mentions!.length;
    expect(total).toBeGreaterThan(3);
    const gone = saved.find((f) => f.id !== many.id)!;
    const two = saved.find((f) => f.id !== many.id && f.id !== gone.id && f.mentions?.length === 1)!;
    page.notFound = [gone.id];
    page.mentionsLost = [
      { id: many.id, mentions: [2, 0, 2, total + 5] }, // repeated, out of range: taken once, dropped
      { id: 999_999, mentions: [1] }, // not a fact that was sent
      { id: gone.id, mentions: [1] }, // not on the page at all: notFound says so
      { id: two.id, mentions: [0, 1] }, // every mention lost: not placed, not listed
    ];
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { status: 'loading' }, {} as never);
    await hub.handleMessage(pageAnalysis, fromContent());
    const at = (m: { quote: string; prefix: string; suffix: string }) => ({ quote: m.quote, prefix: m.prefix, suffix: m.suffix });
    const want = [{ id: many.id, total, mentions: [{ mention: 0, ...at(many) }, { mention: 2, ...at(many.mentions![1]) }] }];
    expect(hub.tabState(TAB).saved).toMatchObject({ articleId, notFound: [gone.id], mentionsLost: want });
    const told = panelMessages.at(-1);
    expect(told).toMatchObject({ type: 'tab-state', saved: { notFound: [gone.id], mentionsLost: want } });
    expect(parseMessage(told)).not.toHaveProperty('error');
    expect(await hub.handleMessage({ type: 'get-tab-state', tabId: TAB }, fromPanel)).toMatchObject({ saved: { mentionsLost: want } });

    // A malformed answer lists no lost mention (what was not found still counts).
    for (const bad of ['2 of 5', [{ id: many.id, mentions: ['1'] }], [{ id: many.id, mentions: new Array(2_000).fill(1) }]]) {
      page.mentionsLost = bad;
      await hub.showSaved(TAB);
      expect(hub.tabState(TAB).saved).toMatchObject({ notFound: [gone.id], mentionsLost: [] });
    }
    // The page back as saved: nothing lost.
    page.notFound = [];
    page.mentionsLost = [];
    await hub.showSaved(TAB);
    expect(hub.tabState(TAB).saved).toMatchObject({ notFound: [], mentionsLost: [] });
  });

  it('a tab-state listing more lost mentions than a fact has, or a fact with one mention, is refused', () => {
    const base = { type: 'tab-state', tabId: 1, status: 'ready', saved: { articleId: 1, savedAt: 'x', updatedAt: 'x', factCount: 1, notFound: [] } };
    const lost = (total: number, mentions: number[]) => ({ ...base, saved: { ...base.saved, mentionsLost: [{ id: 1, total, mentions: mentions.map((mention) => ({ mention, quote: 'q', prefix: '', suffix: '' })) }] } });
    expect(parseMessage(lost(3, [0, 2]))).not.toHaveProperty('error');
    expect(parseMessage(lost(2, [0, 1]))).toHaveProperty('error');
    expect(parseMessage(lost(3, [3]))).toHaveProperty('error');
    expect(parseMessage(lost(1, [0]))).toHaveProperty('error');
    expect(parseMessage(lost(3, []))).toHaveProperty('error');
  });

  it('get-saved hands out the saved facts; update-fact changes one and the page is redrawn', async () => {
    const { articleId } = await save();
    const got = (await hub.handleMessage({ type: 'get-saved', url: URL_PAGE }, fromPanel)) as { facts: SavedFactView[]; note: string; tags: string[] };
    expect(got).toMatchObject({ saved: true, articleId, note: '', tags: [] });
    expect(got.facts).toHaveLength(analysis.facts.length);
    expect(Object.keys(got.facts[0]).sort()).not.toContain('terms');
    const target = got.facts[0];
    page.shown = undefined;
    expect(await hub.handleMessage({ type: 'update-fact', factId: target.id, checked: false }, fromPanel)).toEqual({ factId: target.id, checked: false });
    expect(shown()?.facts.find((f) => f.id === target.id)?.checked).toBe(false);
    expect(await hub.handleMessage({ type: 'update-fact', factId: 99999, checked: false }, fromPanel)).toMatchObject({ code: 'not-found' });
  });

  it('adds a selection as a manual fact of the saved article, and refuses before the article is saved', async () => {
    const quote = 'Văn phòng Tỉnh uỷ';
    const start = text.indexOf(quote);
    const message = { type: 'add-selection-as-fact', url: URL_PAGE, quote, start, end: start + quote.length, prefix: '', suffix: '', kind: 'office', fields: { name: 'Văn phòng Tỉnh ủy' } };
    expect(await hub.handleMessage(message, fromPanel)).toMatchObject({ code: 'not-found' });
    const { articleId } = await save();
    const reply = (await hub.handleMessage({ ...message, tabId: TAB }, fromPanel)) as { factId: number; articleId: number };
    expect(reply.articleId).toBe(articleId);
    expect(shown()?.facts.find((f) => f.id === reply.factId)).toMatchObject({ origin: 'manual', quote });
  });

  it('the save shortcut: an open side panel saves with its ticks; without one the page is saved as analyzed', async () => {
    await hub.handleMessage(pageAnalysis, fromContent());
    panelAnswer = (m) => (m.type === 'save-command' ? { handled: true } : undefined);
    expect(await hub.onSaveCommand({ id: TAB })).toEqual({ handled: true });
    expect(await db.articles.count()).toBe(0);

    panelAnswer = undefined;
    commands.fire(COMMAND_SAVE, { id: TAB });
    await vi.waitFor(async () => expect(await db.articles.count()).toBe(1));
    expect(panelMessages).toContainEqual({ type: 'save-command', tabId: TAB });
  });

  it('routes highlight-fact and clear-highlights to the tab’s content script', async () => {
    const fact = analysis.facts[2];
    const message = { type: 'highlight-fact', tabId: TAB, quote: fact.text, start: fact.start, end: fact.end, prefix: '', suffix: '' };
    expect(await hub.handleMessage(message, fromPanel)).toEqual({ found: true });
    expect(api.tabs.sendMessage).toHaveBeenLastCalledWith(TAB, { type: 'highlight-fact', quote: fact.text, start: fact.start, end: fact.end, prefix: '', suffix: '' }, { frameId: 0 });
    expect(await hub.handleMessage({ type: 'clear-highlights', tabId: TAB }, fromPanel)).toEqual({ ok: true });
    page.present = false;
    expect(await hub.handleMessage(message, fromPanel)).toMatchObject({ code: 'no-access' });
    expect(api.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('get-tab-state after a service-worker restart asks the page again, never injecting', async () => {
    expect(await hub.handleMessage({ type: 'get-tab-state', tabId: TAB }, fromPanel)).toMatchObject({ tabId: TAB, status: 'ready', page: { url: URL_PAGE } });
    page.present = false;
    expect(await hub.handleMessage({ type: 'get-tab-state', tabId: TAB + 1 }, fromPanel)).toEqual({ tabId: TAB + 1, status: 'idle' });
    expect(api.scripting.executeScript).not.toHaveBeenCalled();
  });
});

describe('listener(): answers reach the sender in every browser', () => {
  it('Chromium: calls sendResponse and returns true (a returned Promise would be lost)', async () => {
    const sendResponse = vi.fn();
    const l = listener(async () => ({ ok: 1 }));
    expect(l({}, {}, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: 1 }));
  });

  it('Firefox and the fake browser: returns the Promise when there is no sendResponse', async () => {
    expect(await listener(async () => ({ ok: 2 }))({}, {})).toEqual({ ok: 2 });
  });

  it('leaves messages it does not handle to other listeners, and turns errors into ErrorReplies', async () => {
    expect(listener(() => undefined)({}, {}, vi.fn())).toBe(false);
    expect(await listener(async () => {
      throw new ReplyError('nope', 'no-access');
    })({}, {})).toEqual({ error: 'nope', code: 'no-access' });
    expect(await listener(() => {
      throw new Error('boom');
    })({}, {})).toEqual({ error: 'boom', code: 'failed' });
  });

  it('is what the background registers (fakeBrowser delivers the returned Promise)', async () => {
    const reply = await fakeBrowser.runtime.sendMessage({ type: 'get-saved', url: URL_PAGE });
    // fakeBrowser's sender is {}: not this extension, so refused, but answered.
    expect(reply).toMatchObject({ code: 'invalid' });
  });
});
