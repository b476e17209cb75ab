// The background's work, apart from the browser that runs it (background.ts passes
// `browser`, the unit tests WXT's fakeBrowser with stubs): the latest analysis of each tab,
// the badge, on-demand injection, the side panel, storage, and the routing of messages
// between side panel and content scripts.
//
// Trust: every message is checked with parseMessage. Content scripts (pages the extension
// does not control) may only report their analysis; everything else must come from an
// extension page (the side panel, the collection page). Anything else is refused.
//
// Words: the errors it answers with and its menus are in the interface's language
// (extension/i18n; background.ts follows the setting and calls retitle() when it changes).

import type { FactKind } from '../../analyzer/contract.ts';
import { t } from '../i18n/index.ts';
import {
  isErrorReply,
  parseMessage,
  showSavedReplySchema,
  type AnalysisSource,
  type ErrorReply,
  type Message,
  type MentionsLost,
  type MessageOf,
  type PageAnalysisMessage,
  type Replies,
  type SavedAnchor,
  type SavedFactView,
  type TabState,
} from '../messages.ts';
import { errorReply, ReplyError, type Listener, type MessageSender } from '../respond.ts';
import {
  addManualFact,
  canonicalUrl,
  effectiveFields,
  findSaved,
  getArticleWithFacts,
  saveArticle,
  updateFact,
  type BantinDB,
  type Saved,
  type StoredFact,
} from '../storage/articles.ts';

/** The content script's bundle, as WXT names it (entrypoints/content.ts → content-scripts/content.js). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
export const MENU_ANALYZE = 'bantin-analyze';
export const MENU_ANALYZE_SELECTION = 'bantin-analyze-selection';
export const MENU_COLLECTION = 'bantin-collection';
export const COLLECTION_PAGE = '/collection.html';
export const COMMAND_ANALYZE = 'analyze';
export const COMMAND_SAVE = 'save';
export const BADGE_COLOR = '#1f5fbf';

/** Why a page cannot be read yet, and the gesture that allows it. */
export function noAccessMessage(): string {
  return t('error.noAccess', { menu: t('menu.analyzePage') });
}

export interface Tab {
  id?: number;
  url?: string;
  windowId?: number;
}

type Event<F extends (...args: never[]) => unknown> = { addListener(callback: F): void };

/** The part of the WebExtension API the background uses. */
export interface BackgroundApi {
  runtime: {
    id: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: Event<Listener>;
    onInstalled: Event<(details: { reason?: string }) => void>;
    /** Wakes the background when the browser starts (the toolbar title is set again then). */
    onStartup?: Event<() => void>;
  };
  tabs: {
    create(properties: { url: string }): Promise<unknown>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
    query(query: { active?: boolean; lastFocusedWindow?: boolean; currentWindow?: boolean }): Promise<Tab[]>;
    onUpdated: Event<(tabId: number, change: { status?: string; url?: string }, tab?: Tab) => void>;
    onRemoved: Event<(tabId: number) => void>;
  };
  scripting: {
    executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
  };
  action: {
    setBadgeText(details: { tabId?: number; text: string }): Promise<void> | void;
    setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
    setTitle?(details: { title: string }): Promise<void> | void;
    onClicked: Event<(tab: Tab) => void>;
  };
  contextMenus?: {
    create(properties: { id: string; title: string; contexts: string[] }): unknown;
    update?(id: string, properties: { title: string }): Promise<void> | void;
    removeAll(): Promise<void> | void;
    onClicked: Event<(info: { menuItemId: string | number }, tab?: Tab) => void>;
  };
  commands?: { onCommand: Event<(command: string, tab?: Tab) => void> };
  /** Chromium. */
  sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
  /** Firefox. */
  sidebarAction?: { open(): Promise<void> };
}

type Reply<T extends keyof Replies> = Promise<Replies[T] | ErrorReply>;

export type Hub = ReturnType<typeof createHub>;

export interface HubOptions {
  /** Settles once the interface language is known (menus are titled after it). */
  languageReady?: Promise<unknown>;
}

export function createHub(api: BackgroundApi, openDb: () => Promise<BantinDB>, options: HubOptions = {}) {
  const tabs = new Map<number, TabState>();
  /** Tabs whose page was told to show a saved article. */
  const savedShown = new Set<number>();
  let db: Promise<BantinDB> | undefined;
  const database = () =>
    (db ??= openDb().catch((error: unknown) => {
      db = undefined;
      throw error;
    }));

  const warn = (what: string) => (error: unknown) => console.warn(`Bantin: ${what}`, error);

  // --- tab state ----------------------------------------------------------------------

  function tabState(tabId: number): TabState {
    return tabs.get(tabId) ?? { tabId, status: 'idle' };
  }

  function setState(tabId: number, patch: Partial<TabState>, publish = true): TabState {
    const next: TabState = { ...tabState(tabId), ...patch, tabId };
    for (const k of Object.keys(next) as (keyof TabState)[]) if (next[k] === undefined) delete next[k];
    tabs.set(tabId, next);
    if (publish) void api.runtime.sendMessage({ type: 'tab-state', ...next }).catch(() => {}); // no panel open: nobody to tell
    return next;
  }

  function forget(tabId: number): void {
    tabs.delete(tabId);
    savedShown.delete(tabId);
    void Promise.resolve(api.action.setBadgeText({ tabId, text: '' })).catch(() => {});
    void api.runtime.sendMessage({ type: 'tab-state', tabId, status: 'idle' }).catch(() => {});
  }

  async function activeTabId(): Promise<number> {
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new ReplyError(t('error.noActiveTab'), 'not-found');
    return tab.id;
  }

  function setBadge(tabId: number, count: number): void {
    void Promise.resolve(api.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' })).catch(warn('badge'));
  }

  // --- talking to content scripts --------------------------------------------------------

  /** Sends to the tab's content script; injects it first (activeTab) when the page has none and `inject`. */
  async function askTab(tabId: number, message: Message, inject: boolean): Promise<unknown> {
    try {
      return await api.tabs.sendMessage(tabId, message, { frameId: 0 });
    } catch (error) {
      if (!inject) throw new ReplyError(noAccessMessage(), 'no-access');
      try {
        await api.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
      } catch (injectError) {
        console.info('Bantin: cannot inject into tab', tabId, injectError, error);
        throw new ReplyError(noAccessMessage(), 'no-access');
      }
      return await api.tabs.sendMessage(tabId, message, { frameId: 0 });
    }
  }

  /** Analyzes the tab's page (injecting the content script if needed) and records the result. */
  async function analyzeTab(tabId: number, source: AnalysisSource = 'article', inject = true): Reply<'analyze-page'> {
    setState(tabId, { status: 'analyzing', failure: undefined });
    try {
      const reply = await askTab(tabId, { type: 'analyze-page', source }, inject);
      const msg = parseMessage(reply);
      if ('error' in msg || msg.type !== 'page-analysis') {
        const failure: ErrorReply = isErrorReply(reply) ? { error: reply.error, code: reply.code ?? 'failed' } : { error: t('error.noAnalysis'), code: 'failed' };
        setState(tabId, { status: 'error', failure: failure.error });
        return failure;
      }
      await recordAnalysis(tabId, msg);
      return msg;
    } catch (error) {
      const failure = errorReply(error);
      setState(tabId, { status: 'error', failure: failure.error });
      return failure;
    }
  }

  /** A page's analysis arrived (reported by its content script, or as the answer to analyze-page). */
  async function recordAnalysis(tabId: number, msg: PageAnalysisMessage): Promise<void> {
    setBadge(tabId, msg.analysis.facts.length);
    setState(tabId, { status: 'ready', failure: undefined, page: msg, saved: undefined }, false);
    await showSaved(tabId);
  }

  /** When the tab's page is saved: its saved facts highlighted with their state; then the panel is told. */
  async function showSaved(tabId: number): Promise<TabState> {
    const page = tabs.get(tabId)?.page;
    if (!page) return setState(tabId, {});
    try {
      const store = await database();
      const found = await findSaved(store, page.url, page.text);
      const full = found && (await getArticleWithFacts(store, found.id));
      if (!found || !full) {
        // Deleted meanwhile (the collection page): the page stops showing it as saved.
        if (savedShown.delete(tabId)) await askTab(tabId, { type: 'show-saved', facts: [] }, false).catch(() => {});
        return setState(tabId, { saved: undefined });
      }
      const facts = full.facts.map(savedAnchor);
      let notFound: number[];
      let mentionsLost: MentionsLost[] = [];
      try {
        savedShown.add(tabId);
        const reply = (await askTab(tabId, { type: 'show-saved', articleId: found.id, facts }, false)) as { notFound?: unknown; mentionsLost?: unknown };
        notFound = Array.isArray(reply?.notFound) ? reply.notFound.filter((x): x is number => Number.isInteger(x)) : facts.map((f) => f.id);
        mentionsLost = lostMentionsOf(facts, notFound, reply);
      } catch {
        notFound = facts.map((f) => f.id); // the page is gone or has no content script: nothing placed
      }
      const a = full.article;
      return setState(tabId, { saved: { articleId: a.id, savedAt: a.savedAt, updatedAt: a.updatedAt, factCount: a.factCount, notFound, mentionsLost } });
    } catch (error) {
      warn('saved look-up')(error);
      return setState(tabId, {});
    }
  }

  function tabOfUrl(url: string): number | undefined {
    let key: string;
    try {
      key = canonicalUrl(url);
    } catch {
      return undefined;
    }
    for (const [tabId, state] of tabs) {
      try {
        if (state.page && canonicalUrl(state.page.url) === key) return tabId;
      } catch {
        // not a URL: skip
      }
    }
    return undefined;
  }

  // --- messages ------------------------------------------------------------------------

  function senderKind(sender: MessageSender): 'extension-page' | 'content-script' | 'other' {
    if (sender.id !== api.runtime.id) return 'other';
    const base = api.runtime.getURL('/');
    if (sender.url?.startsWith(base) || sender.origin === base.replace(/\/$/, '')) return 'extension-page';
    if (sender.tab?.id !== undefined) return 'content-script';
    return 'other';
  }

  /** The onMessage handler: a reply Promise (never rejected: failures are ErrorReplies), or undefined for messages meant for others. */
  function handleMessage(raw: unknown, sender: MessageSender): Promise<unknown> | undefined {
    let pending: Promise<unknown> | undefined;
    try {
      pending = route(raw, sender);
    } catch (error) {
      return Promise.resolve(errorReply(error));
    }
    return pending?.catch((error: unknown) => errorReply(error));
  }

  function route(raw: unknown, sender: MessageSender): Promise<unknown> | undefined {
    const msg = parseMessage(raw);
    if ('error' in msg) return Promise.resolve<ErrorReply>({ error: msg.error, code: 'invalid' });
    const from = senderKind(sender);
    if (from === 'other') return Promise.resolve<ErrorReply>({ error: 'Messages are only accepted from Bantin itself.', code: 'invalid' });
    if (from === 'content-script') {
      if (msg.type === 'page-analysis' && (sender.frameId ?? 0) === 0) {
        const tabId = sender.tab!.id!;
        return recordAnalysis(tabId, msg).then(() => ({ ok: true }) as const);
      }
      return Promise.resolve<ErrorReply>({ error: `A page may not send '${msg.type}'.`, code: 'invalid' });
    }
    switch (msg.type) {
      case 'analyze-page':
        return withTab(msg.tabId, (tabId) => analyzeTab(tabId, msg.source ?? 'article'));
      case 'save-article':
        return onSave(msg);
      case 'get-saved':
        return onGetSaved(msg);
      case 'highlight-fact':
        return withTab(msg.tabId, async (tabId) => {
          const { tabId: _omit, ...forward } = msg;
          const reply = (await askTab(tabId, forward, false)) as { found?: unknown } | ErrorReply;
          if (isErrorReply(reply)) return reply;
          return { found: reply?.found === true };
        });
      case 'add-selection-as-fact':
        return onAddSelection(msg);
      case 'clear-highlights':
        return withTab(msg.tabId, async (tabId) => {
          await askTab(tabId, { type: 'clear-highlights' }, false);
          return { ok: true } as const;
        });
      case 'get-tab-state':
        return withTab(msg.tabId, async (tabId) => {
          // After a service-worker restart the page's content script still knows: ask it
          // (never injecting: that needs the researcher's gesture).
          if (!tabs.has(tabId)) {
            const answer = await analyzeTab(tabId, 'article', false);
            if (isErrorReply(answer)) return setState(tabId, { status: 'idle', failure: undefined });
          }
          return tabState(tabId);
        });
      case 'refresh-saved':
        return showSaved(msg.tabId);
      case 'update-fact':
        return onUpdateFact(msg);
      case 'page-analysis':
        return Promise.resolve<ErrorReply>({ error: "'page-analysis' comes from content scripts.", code: 'invalid' });
      default:
        // tab-state, save-command, show-saved, get-selection: for the side panel or the content script.
        return undefined;
    }
  }

  function withTab<T>(tabId: number | undefined, run: (tabId: number) => Promise<T>): Promise<T | ErrorReply> {
    return (tabId !== undefined ? Promise.resolve(tabId) : activeTabId()).then(run).catch((error: unknown) => errorReply(error));
  }

  async function onSave(msg: MessageOf<'save-article'>): Reply<'save-article'> {
    const store = await database();
    const result = await saveArticle(store, {
      url: msg.url,
      text: msg.text,
      analysis: msg.analysis,
      checkedFactIds: msg.checkedFactIds,
      note: msg.note,
      tags: msg.tags,
      corrections: msg.corrections,
    });
    const tabId = msg.tabId ?? tabOfUrl(msg.url);
    if (tabId !== undefined && tabs.get(tabId)?.page) await showSaved(tabId);
    return {
      articleId: result.article.id,
      created: result.created,
      factCount: result.article.factCount,
      added: result.added,
      kept: result.kept,
      dropped: result.dropped,
    };
  }

  async function onGetSaved(msg: MessageOf<'get-saved'>): Reply<'get-saved'> {
    const store = await database();
    const found = await findSaved(store, msg.url, msg.text);
    const full = found && (await getArticleWithFacts(store, found.id));
    if (!full) return { saved: false };
    const a = full.article;
    return {
      saved: true,
      articleId: a.id,
      savedAt: a.savedAt,
      updatedAt: a.updatedAt,
      factCount: a.factCount,
      note: a.note,
      tags: a.tags,
      facts: full.facts.map(savedFactView),
    };
  }

  async function onUpdateFact(msg: MessageOf<'update-fact'>): Reply<'update-fact'> {
    const fact = await updateFact(await database(), msg.factId, {
      ...(msg.checked !== undefined ? { checked: msg.checked } : {}),
      ...(msg.corrected !== undefined ? { corrected: msg.corrected } : {}),
    });
    for (const [tabId, state] of tabs) if (state.saved?.articleId === fact.articleId) await showSaved(tabId);
    return { factId: fact.id, checked: fact.checked };
  }

  async function onAddSelection(msg: MessageOf<'add-selection-as-fact'>): Reply<'add-selection-as-fact'> {
    const store = await database();
    const articleId = msg.articleId ?? (await findSaved(store, msg.url))?.id;
    if (articleId === undefined) throw new ReplyError(t('error.saveArticleFirst'), 'not-found');
    const fact = await addManualFact(store, articleId, {
      kind: msg.kind,
      fields: msg.fields,
      quote: msg.quote,
      start: msg.start,
      end: msg.end,
      prefix: msg.prefix,
      suffix: msg.suffix,
    } as Parameters<typeof addManualFact>[2]);
    const tabId = msg.tabId ?? tabOfUrl(msg.url);
    if (tabId !== undefined && tabs.get(tabId)?.page) await showSaved(tabId);
    return { factId: fact.id, articleId };
  }

  // --- gestures: toolbar button, context menu, shortcuts ---------------------------------

  /** Opens the side panel. Must run synchronously inside the gesture's event handler. */
  function openPanel(tab: Tab | undefined): void {
    try {
      if (api.sidePanel?.open) {
        if (tab?.id !== undefined) void api.sidePanel.open({ tabId: tab.id }).catch(warn('side panel'));
        else if (tab?.windowId !== undefined) void api.sidePanel.open({ windowId: tab.windowId }).catch(warn('side panel'));
      } else if (api.sidebarAction?.open) {
        void api.sidebarAction.open().catch(warn('sidebar'));
      }
    } catch (error) {
      warn('panel')(error);
    }
  }

  /** Toolbar button, context menu or analyze shortcut: open the panel, analyze the page (activeTab is granted now). */
  function onGesture(tab: Tab | undefined, source: AnalysisSource = 'article'): Promise<unknown> {
    openPanel(tab);
    if (tab?.id === undefined) return Promise.resolve(undefined);
    return analyzeTab(tab.id, source);
  }

  /** The save shortcut: an open panel saves with its ticks; without one, the page's analysis is saved as it is. */
  async function onSaveCommand(tab: Tab | undefined): Promise<Replies['save-article'] | Replies['save-command'] | ErrorReply> {
    try {
      const tabId = tab?.id ?? (await activeTabId());
      const answer = (await api.runtime.sendMessage({ type: 'save-command', tabId }).catch(() => undefined)) as { handled?: unknown } | undefined;
      if (answer?.handled === true) return { handled: true };
      if (!tabs.get(tabId)?.page) await analyzeTab(tabId);
      const page = tabs.get(tabId)?.page;
      if (!page) return { error: tabs.get(tabId)?.failure ?? noAccessMessage(), code: 'no-access' };
      if (page.analysis.facts.length === 0) return { error: t('error.nothingToSave'), code: 'failed' };
      return await onSave({ type: 'save-article', url: page.url, text: page.text, analysis: page.analysis, tabId });
    } catch (error) {
      return errorReply(error);
    }
  }

  function onCommand(command: string, tab: Tab | undefined): void {
    if (command === COMMAND_ANALYZE) void onGesture(tab);
    else if (command === COMMAND_SAVE) void onSaveCommand(tab).then((r) => isErrorReply(r) && console.warn('Bantin: save', r.error));
  }

  function onMenu(info: { menuItemId: string | number }, tab: Tab | undefined): void {
    if (info.menuItemId === MENU_ANALYZE) void onGesture(tab, 'article');
    else if (info.menuItemId === MENU_ANALYZE_SELECTION) void onGesture(tab, 'selection');
    else if (info.menuItemId === MENU_COLLECTION) void api.tabs.create({ url: api.runtime.getURL(COLLECTION_PAGE) }).catch(warn('collection page'));
  }

  /** The menus' titles in the language in use. */
  const menuTitles = () => ({
    [MENU_ANALYZE]: t('menu.analyzePage'),
    [MENU_ANALYZE_SELECTION]: t('menu.analyzeSelection'),
    [MENU_COLLECTION]: t('menu.openCollection'),
  });

  async function createMenus(): Promise<void> {
    const menus = api.contextMenus;
    if (!menus) return;
    await options.languageReady?.catch(() => {});
    await menus.removeAll();
    const titles = menuTitles();
    menus.create({ id: MENU_ANALYZE, title: titles[MENU_ANALYZE], contexts: ['page'] });
    menus.create({ id: MENU_ANALYZE_SELECTION, title: titles[MENU_ANALYZE_SELECTION], contexts: ['selection'] });
    // The toolbar button's own menu (right click on it).
    menus.create({ id: MENU_COLLECTION, title: titles[MENU_COLLECTION], contexts: ['action'] });
  }

  /**
   * The menus and the toolbar button's title in the language in use: after install, when
   * the browser starts (its language may have changed), after a change of the setting. The
   * manifest's own words (name, description, the shortcuts' descriptions) stay in the
   * browser's language: only the browser reads them.
   */
  async function retitle(): Promise<void> {
    const menus = api.contextMenus;
    const updates = [
      () => api.action.setTitle?.({ title: t('manifest.actionTitle') }),
      ...Object.entries(menuTitles()).map(([id, title]) => () => menus?.update?.(id, { title })),
    ];
    // One that fails (a menu not created yet) does not stop the others.
    await Promise.allSettled(updates.map(async (update) => update()));
  }

  return {
    tabs,
    tabState,
    analyzeTab,
    recordAnalysis,
    showSaved,
    handleMessage,
    openPanel,
    onGesture,
    onSaveCommand,
    onCommand,
    onMenu,
    createMenus,
    retitle,
    forget,
  };
}

/** A saved fact as the content script highlights it. */
export function savedAnchor(f: Saved<StoredFact>): SavedAnchor {
  const fields: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(effectiveFields(f))) if (typeof v === 'string' || typeof v === 'number') fields[k] = v;
  return {
    id: f.id,
    kind: f.kind as FactKind,
    quote: f.quote,
    start: f.start,
    end: f.start + f.quote.length,
    prefix: f.prefix,
    suffix: f.suffix,
    checked: f.checked,
    origin: f.origin,
    ...(f.sourceKey !== undefined ? { sourceId: `${f.kind}|${f.sourceKey}` } : {}),
    ...(f.mentions?.length ? { mentions: f.mentions } : {}),
    fields,
  };
}

/**
 * The mentions the content script could not place, of the saved facts it placed: its answer
 * (untrusted) checked against the facts it was sent, each mention with its saved quote and
 * context. A malformed answer lists none; unknown ids, facts not found at all, mention
 * numbers out of range and repeats are dropped.
 */
export function lostMentionsOf(facts: readonly SavedAnchor[], notFound: readonly number[], reply: unknown): MentionsLost[] {
  const parsed = showSavedReplySchema.safeParse(reply);
  if (!parsed.success || !parsed.data.mentionsLost) return [];
  const byId = new Map(facts.map((f) => [f.id, f] as const));
  const missing = new Set(notFound);
  const done = new Set<number>();
  const out: MentionsLost[] = [];
  for (const entry of parsed.data.mentionsLost) {
    const f = byId.get(entry.id);
    if (!f || missing.has(f.id) || done.has(f.id)) continue;
    const total = 1 + (f.mentions?.length ?? 0);
    const which = [...new Set(entry.mentions)].filter((m) => m < total).sort((x, y) => x - y);
    // None lost, or all of them (then the fact is not on the page: notFound says so).
    if (!which.length || which.length >= total) continue;
    done.add(f.id);
    out.push({
      id: f.id,
      total,
      mentions: which.map((m) => {
        const at = m === 0 ? f : f.mentions![m - 1];
        return { mention: m, quote: at.quote, prefix: at.prefix, suffix: at.suffix };
      }),
    });
  }
  return out;
}

/** A saved fact as get-saved hands it out. */
export function savedFactView(f: Saved<StoredFact>): SavedFactView {
  const view: SavedFactView = {
    id: f.id,
    kind: f.kind,
    fields: { ...(f.fields as unknown as Record<string, string | number>) },
    quote: f.quote,
    prefix: f.prefix,
    suffix: f.suffix,
    start: f.start,
    end: f.end,
    checked: f.checked,
    origin: f.origin,
  };
  if (f.corrected && Object.keys(f.corrected).length) view.corrected = { ...(f.corrected as Record<string, string | number | null>) };
  if (f.sourceKey !== undefined) view.sourceKey = f.sourceKey;
  if (f.detached) view.detached = true;
  return view;
}

/** Registers every listener (synchronously, as MV3 service workers must). */
export function installHub(api: BackgroundApi, hub: Hub, listen: (handler: Hub['handleMessage']) => Listener): void {
  api.runtime.onMessage.addListener(listen(hub.handleMessage));
  api.action.onClicked.addListener((tab) => void hub.onGesture(tab));
  api.contextMenus?.onClicked.addListener((info, tab) => hub.onMenu(info, tab));
  api.commands?.onCommand.addListener((command, tab) => hub.onCommand(command, tab));
  api.runtime.onInstalled.addListener(() =>
    void hub
      .createMenus()
      .then(() => hub.retitle())
      .catch((e: unknown) => console.warn('Bantin: menus', e)),
  );
  api.runtime.onStartup?.addListener(() => void hub.retitle());
  api.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') hub.forget(tabId);
  });
  api.tabs.onRemoved.addListener((tabId) => hub.forget(tabId));
  void Promise.resolve(api.action.setBadgeBackgroundColor({ color: BADGE_COLOR })).catch(() => {});
}
