// PanelPort over browser messages: the side panel's only contact with the rest of the
// extension. The background is the hub (messages.ts):
//
//   to the background (runtime.sendMessage): get-tab-state, analyze-page, get-saved,
//     save-article, add-selection-as-fact, update-fact, highlight-fact (forwarded to the tab)
//   to the tab's content script (tabs.sendMessage): get-selection
//   from the background (runtime.onMessage): tab-state broadcasts, save-command
//
// Every message is validated before it is sent (parseMessage) and every reply is checked
// before the panel uses it: an ErrorReply becomes a PortError with its message and code,
// a missing reply (the Chromium Promise-from-listener pitfall) a 'no-answer' error.

import { z } from 'zod';
import { t } from '../i18n/index.ts';
import { isErrorReply, parseMessage, type Message, type TabState } from '../messages.ts';
import { listener, type Listener, type MessageSender } from '../respond.ts';
import { factKindSchema, fieldSchemas, fieldsPatchSchema, LIMITS } from '../storage/schema.ts';
import { PortError, type Anchor, type PageAnalysis, type PanelPort, type SavedArticleView, type TabStateView } from './port.ts';

/** The part of the WebExtension API the adapter uses (wxt's `browser` or a fake). */
export interface BrowserApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: ApiEvent<Listener>;
  };
  tabs: {
    query(queryInfo: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    onActivated: ApiEvent<(info: { tabId: number; windowId: number }) => void>;
    onUpdated: ApiEvent<(tabId: number, changeInfo: { status?: string; url?: string }) => void>;
  };
}

interface ApiEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

// --- reply shapes (messages.ts types them; the panel checks them at run time) -----------

const offset = z.number().int().nonnegative();

const savedFactSchema = z
  .object({
    id: offset,
    kind: factKindSchema,
    fields: z.record(z.string(), z.union([z.string(), z.number()])),
    corrected: fieldsPatchSchema.optional(),
    quote: z.string().max(LIMITS.field),
    prefix: z.string().max(LIMITS.context),
    suffix: z.string().max(LIMITS.context),
    start: offset,
    end: offset,
    checked: z.boolean(),
    origin: z.enum(['analyzer', 'manual']),
    sourceKey: z.string().optional(),
    detached: z.boolean().optional(),
  })
  .superRefine((f, ctx) => {
    if (!fieldSchemas[f.kind].safeParse(f.fields).success) ctx.addIssue({ code: 'custom', path: ['fields'], message: `not ${f.kind} fields` });
  });

export const getSavedReplySchema = z.union([
  z.object({ saved: z.literal(false) }),
  z.object({
    saved: z.literal(true),
    articleId: offset,
    savedAt: z.string(),
    updatedAt: z.string(),
    factCount: offset,
    note: z.string(),
    tags: z.array(z.string()),
    facts: z.array(savedFactSchema),
  }),
]);

export const saveArticleReplySchema = z.object({
  articleId: offset,
  created: z.boolean(),
  factCount: offset,
  added: offset.optional(),
  kept: offset.optional(),
  dropped: offset.optional(),
});

const addSelectionReplySchema = z.object({ factId: offset, articleId: offset });
const updateFactReplySchema = z.object({ factId: offset, checked: z.boolean() });
const highlightReplySchema = z.object({ found: z.boolean() });
const anchorSchema = z
  .object({
    quote: z.string().min(1).max(LIMITS.field),
    start: offset,
    end: offset,
    prefix: z.string().max(LIMITS.context),
    suffix: z.string().max(LIMITS.context),
  })
  .refine((a) => a.end - a.start === a.quote.length, { message: 'end − start must be the length of the quote', path: ['end'] });
const getSelectionReplySchema = z.object({ selection: z.union([z.null(), anchorSchema]) });

// --- the adapter ---------------------------------------------------------------------

/** The message as it may be sent, or a PortError saying why not (a bug in the panel). */
function checked(message: Message): Message {
  const parsed = parseMessage(message);
  if ('error' in parsed) throw new PortError(parsed.error, 'invalid');
  return parsed;
}

function reply<S extends z.ZodType>(type: string, value: unknown, schema: S): z.infer<S> {
  if (value === undefined || value === null) throw new PortError(t('error.noAnswer', { type }), 'no-answer');
  if (isErrorReply(value)) throw new PortError(value.error, value.code);
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new PortError(t('error.badAnswer', { type, issues: issues.join('; ') }), 'invalid');
  }
  return result.data;
}

async function send(call: () => Promise<unknown>, where: 'background' | 'page'): Promise<unknown> {
  try {
    return await call();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new PortError(where === 'page' ? t('error.pageUnreachable', { error: message }) : t('error.backgroundUnreachable', { error: message }), 'no-answer');
  }
}

function pageOf(m: { url: string; text: string; analysis: PageAnalysis['analysis']; notFound?: string[]; method?: PageAnalysis['method'] }): PageAnalysis {
  return { url: m.url, text: m.text, analysis: m.analysis, ...(m.notFound ? { notFound: m.notFound } : {}), ...(m.method ? { method: m.method } : {}) };
}

function tabStateView(s: TabState): TabStateView {
  return {
    tabId: s.tabId,
    status: s.status,
    ...(s.failure !== undefined ? { failure: s.failure } : {}),
    ...(s.page ? { page: pageOf(s.page) } : {}),
    ...(s.saved ? { saved: s.saved } : {}),
  };
}

/** Messages from extension pages and the background carry no tab; content scripts' do. */
const fromExtension = (sender: MessageSender) => sender.tab === undefined;

export interface BrowserPortOptions {
  /**
   * Show this tab instead of the active tab of the panel's window: the panel page opened on
   * its own (`sidepanel.html?tab=<id>`, see main.tsx), where its window's active tab is the
   * panel itself. Activating other tabs then does not switch the panel.
   */
  tabId?: number;
}

export function createBrowserPort(api: BrowserApi, options: BrowserPortOptions = {}): PanelPort {
  const toBackground = (message: Message) => {
    const body = checked(message);
    return send(() => api.runtime.sendMessage(body), 'background');
  };
  const toPage = (tabId: number, message: Message) => {
    const body = checked(message);
    return send(() => api.tabs.sendMessage(tabId, body), 'page');
  };

  return {
    async activeTab() {
      if (options.tabId !== undefined) return options.tabId;
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      return tab?.id;
    },

    async getTabState(tabId) {
      const value = await toBackground({ type: 'get-tab-state', tabId });
      if (value === undefined || value === null) throw new PortError(t('error.noAnswerShort', { type: 'get-tab-state' }), 'no-answer');
      if (isErrorReply(value)) throw new PortError(value.error, value.code);
      // The same shape as a tab-state broadcast: checked by its schema (facts against the text).
      const parsed = parseMessage({ ...(value as object), type: 'tab-state' });
      if ('error' in parsed || parsed.type !== 'tab-state') throw new PortError(t('error.badTabState', { error: 'error' in parsed ? parsed.error : parsed.type }), 'invalid');
      return tabStateView(parsed);
    },

    async analyze(tabId) {
      const value = await toBackground({ type: 'analyze-page', tabId });
      if (value === undefined || value === null) throw new PortError(t('error.noAnswerShort', { type: 'analyze-page' }), 'no-answer');
      if (isErrorReply(value)) throw new PortError(value.error, value.code);
      // The analysis comes from a page: checked like any message (facts against the text).
      const parsed = parseMessage(value);
      if ('error' in parsed) throw new PortError(t('error.badAnalysis', { error: parsed.error }), 'invalid');
      if (parsed.type !== 'page-analysis') throw new PortError(t('error.badAnalysis', { error: `'${parsed.type}'` }), 'invalid');
      return pageOf(parsed);
    },

    async getSaved({ url, text }) {
      const r = reply('get-saved', await toBackground({ type: 'get-saved', url, text }), getSavedReplySchema);
      if (!r.saved) return null;
      const { saved: _saved, ...view } = r;
      return view as SavedArticleView;
    },

    async save(payload) {
      return reply('save-article', await toBackground({ type: 'save-article', ...payload } as Message), saveArticleReplySchema);
    },

    async addManualFact({ url, articleId, tabId }, draft) {
      const { kind, fields, quote, start, end, prefix, suffix } = draft;
      const message = { type: 'add-selection-as-fact', url, articleId, quote, start, end, prefix, suffix, kind, fields, ...(tabId === undefined ? {} : { tabId }) };
      return reply('add-selection-as-fact', await toBackground(message as Message), addSelectionReplySchema);
    },

    async updateFact(update) {
      reply('update-fact', await toBackground({ type: 'update-fact', ...update } as Message), updateFactReplySchema);
    },

    async highlightFact(tabId, anchor) {
      const { factId, mention, quote, start, end, prefix, suffix } = anchor;
      const message: Message = { type: 'highlight-fact', tabId, quote, start, end, prefix, suffix, ...(factId === undefined ? {} : { factId }), ...(mention ? { mention } : {}) };
      return reply('highlight-fact', await toBackground(message), highlightReplySchema).found;
    },

    async getSelection(tabId) {
      const r = reply('get-selection', await toPage(tabId, { type: 'get-selection' }), getSelectionReplySchema);
      return r.selection as Anchor | null;
    },

    onActiveTabChanged(callback) {
      const activated = (info: { tabId: number }) => callback({ tabId: info.tabId, reason: 'activated' });
      const updated = (tabId: number, change: { status?: string; url?: string }) => {
        if (change.status === 'complete') callback({ tabId, reason: 'navigated' });
      };
      api.tabs.onActivated.addListener(activated);
      api.tabs.onUpdated.addListener(updated);
      return () => {
        api.tabs.onActivated.removeListener(activated);
        api.tabs.onUpdated.removeListener(updated);
      };
    },

    onTabState(callback) {
      const onMessage = listener((raw, sender) => {
        if ((raw as { type?: unknown } | null)?.type !== 'tab-state' || !fromExtension(sender)) return undefined;
        const msg = parseMessage(raw);
        if ('error' in msg || msg.type !== 'tab-state') return undefined; // not ours to answer; nothing to show
        callback(tabStateView(msg));
        return Promise.resolve({ ok: true });
      });
      api.runtime.onMessage.addListener(onMessage);
      return () => api.runtime.onMessage.removeListener(onMessage);
    },

    onSaveCommand(handler) {
      const onMessage = listener((raw, sender) => {
        if ((raw as { type?: unknown } | null)?.type !== 'save-command' || !fromExtension(sender)) return undefined;
        const msg = parseMessage(raw);
        if ('error' in msg || msg.type !== 'save-command') return undefined;
        const handled = handler(msg.tabId);
        // Not this panel's tab: leave the answer to another window's panel (or none).
        return handled && handled.then((yes) => ({ handled: yes }));
      });
      api.runtime.onMessage.addListener(onMessage);
      return () => api.runtime.onMessage.removeListener(onMessage);
    },
  };
}
