// The messages between the content script, the side panel and the background, with their
// run-time validation. Whoever receives a message runs parseMessage() on it first: a
// message comes from another context (and, for a content script, from a page the
// extension does not control), so its shape is never trusted.
//
// The background is the hub: the side panel never talks to a content script directly, and
// only the background (and extension pages) touch storage.
//
//   analyze-page           side panel → background (tabId, or the active tab) → content
//                          script: read the page (or the selection) and analyze it; answered
//                          with a page-analysis. The background injects the content script
//                          first when the page has none (activeTab).
//   page-analysis          content script → background: the analysis, the page text it ran
//                          on, that text's length and the facts it could not find on the page
//   save-article           side panel → background: save (or update) the page's article;
//                          with tabId the page's highlights then show the saved state
//   get-saved              side panel → background: is this page already saved?
//   highlight-fact         side panel → background (tabId) → content script: scroll to a
//                          fact and flash it
//   add-selection-as-fact  side panel → background: the researcher's selection becomes a
//                          manual fact of the saved article
//   show-saved             background → content script: highlight these saved facts with
//                          their state (re-anchored); answered with the ids not found and,
//                          of the facts placed, the mentions that were not (the background
//                          checks both against the facts it sent: showSavedReplySchema)
//   clear-highlights       side panel → background (tabId) → content script: remove them
//   get-tab-state          side panel → background: what is known of a tab (answered with
//                          the same fields as tab-state)
//   refresh-saved          side panel → background: the saved facts of that tab's article
//                          changed (ticked, corrected …): highlight them again
//   update-fact            side panel → background: tick, untick or correct a saved fact;
//                          the tabs showing its article are highlighted again
//   get-selection          side panel → content script: the page's selection as offsets into
//                          the text of the last page-analysis (null when nothing of it is
//                          selected)
//   tab-state              background → side panel (broadcast): a tab's analysis and saved
//                          state changed
//   save-command           background → side panel: the save shortcut was pressed; the
//                          panel saves with its ticks and answers { handled: true } (when no
//                          panel answers, the background saves with the default ticks)
//
// Only zod, the contract and the scoring keys are imported here (no Dexie): content
// scripts import this module.

import { z } from 'zod';
import { analysisFactId } from './storage/fact-id.ts';
import { analysisSchema, describeIssues, factKindSchema, fieldSchemas, fieldsPatchSchema, LIMITS } from './storage/schema.ts';

const url = z
  .string()
  .max(LIMITS.url)
  .refine(
    (s) => {
      try {
        new URL(s);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not an absolute URL' },
  );
const pageText = z.string().max(LIMITS.text);
const offset = z.number().int().nonnegative();
const context = z.string().max(LIMITS.context);
const tabId = z.number().int().nonnegative();

/** Facts must point into the text they came with. */
function checkFactsAgainstText(
  msg: { text: string; analysis: z.infer<typeof analysisSchema> },
  ctx: z.RefinementCtx,
): void {
  msg.analysis.facts.forEach((f, i) => {
    if (f.end > msg.text.length || msg.text.slice(f.start, f.end) !== f.text) {
      ctx.addIssue({ code: 'custom', path: ['analysis', 'facts', i], message: `not the text at ${f.start}–${f.end}` });
    }
  });
}

const spanOfQuote = <T extends { quote: string; start: number; end: number }>(m: T) => m.end - m.start === m.quote.length;
const quoteMessage = { message: 'end − start must be the length of the quote', path: ['end'] };

/** What a page is analyzed from: its article (the extractor, else the whole body) or the researcher's selection. */
export const analysisSourceSchema = z.enum(['article', 'selection']);
export type AnalysisSource = z.infer<typeof analysisSourceSchema>;

const factIdList = z.array(z.string().max(LIMITS.field)).max(LIMITS.facts);

export const analyzePageSchema = z.object({
  type: z.literal('analyze-page'),
  /** Set when sent to the background to be forwarded to that tab's content script. */
  tabId: tabId.optional(),
  /** 'article' when absent. */
  source: analysisSourceSchema.optional(),
});

export const pageAnalysisSchema = z
  .object({
    type: z.literal('page-analysis'),
    url,
    analysis: analysisSchema,
    text: pageText,
    textLength: offset,
    /** analysisFactId() of the facts that could not be found on the page (none: all highlighted). */
    notFound: factIdList.optional(),
    source: analysisSourceSchema.optional(),
    /** How the text was taken: the extractor, the page's embedded article data, the whole-body fallback, or the selection. */
    method: z.enum(['readability', 'embedded', 'body', 'selection']).optional(),
  })
  .superRefine((m, ctx) => {
    if (m.textLength !== m.text.length) ctx.addIssue({ code: 'custom', path: ['textLength'], message: 'is not the length of text' });
    checkFactsAgainstText(m, ctx);
  });

export const saveArticleSchema = z
  .object({
    type: z.literal('save-article'),
    url,
    text: pageText,
    analysis: analysisSchema,
    checkedFactIds: z.array(z.string().max(LIMITS.field)).max(LIMITS.facts).optional(),
    note: z.string().max(LIMITS.note).optional(),
    tags: z.array(z.string().max(LIMITS.tag)).max(LIMITS.tags).optional(),
    corrections: z.record(z.string().max(LIMITS.field), fieldsPatchSchema).optional(),
    /** The tab showing the page: its highlights are redrawn with the saved state. */
    tabId: tabId.optional(),
  })
  .superRefine((m, ctx) => {
    checkFactsAgainstText(m, ctx);
    if (m.corrections) {
      const ids = new Set(m.analysis.facts.map(analysisFactId));
      for (const id of Object.keys(m.corrections)) {
        if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['corrections', id], message: 'names no fact of the analysis' });
      }
    }
  });

export const getSavedSchema = z.object({
  type: z.literal('get-saved'),
  url,
  /** The page text, to recognise the same article under another address. */
  text: pageText.optional(),
});

export const highlightFactSchema = z
  .object({
    type: z.literal('highlight-fact'),
    /** Set when sent to the background to be forwarded to that tab's content script. */
    tabId: tabId.optional(),
    /** The saved fact's id, when it is saved. */
    factId: offset.optional(),
    quote: z.string().min(1).max(LIMITS.field),
    start: offset,
    end: offset,
    prefix: context,
    suffix: context,
    /** Which of the fact's mentions to show (0, the default, is the first). */
    mention: z.number().int().nonnegative().max(LIMITS.mentions).optional(),
  })
  .refine(spanOfQuote, quoteMessage);

const manualFields = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('document'), fields: fieldSchemas.document.strict() }),
  z.object({ kind: z.literal('date'), fields: fieldSchemas.date.strict() }),
  z.object({ kind: z.literal('count'), fields: fieldSchemas.count.strict() }),
  z.object({ kind: z.literal('award'), fields: fieldSchemas.award.strict() }),
  z.object({ kind: z.literal('office'), fields: fieldSchemas.office.strict() }),
  z.object({ kind: z.literal('person'), fields: fieldSchemas.person.strict() }),
]);

export const addSelectionAsFactSchema = z
  .object({
    type: z.literal('add-selection-as-fact'),
    url,
    /** The saved article; when absent the background finds it by url. */
    articleId: offset.optional(),
    /** The tab showing the page: its highlights are redrawn with the new fact. */
    tabId: tabId.optional(),
    quote: z.string().min(1).max(LIMITS.field),
    start: offset,
    end: offset,
    prefix: context,
    suffix: context,
  })
  .and(manualFields)
  .refine(spanOfQuote, quoteMessage);

/** A saved fact as the page highlights it: where it was, what it says, its state. */
export const savedAnchorSchema = z
  .object({
    /** The saved fact's id. */
    id: offset,
    kind: factKindSchema,
    quote: z.string().min(1).max(LIMITS.field),
    start: offset,
    end: offset,
    prefix: context,
    suffix: context,
    checked: z.boolean(),
    origin: z.enum(['analyzer', 'manual']),
    /** analysisFactId() of the analyzer fact it was saved from (kind|sourceKey). */
    sourceId: z.string().max(LIMITS.field).optional(),
    /** The fields as the researcher sees them (corrections applied). */
    fields: z.record(z.string().max(64), z.union([z.string().max(LIMITS.field), z.number().finite()])),
    /** The fact's other mentions in the saved text. */
    mentions: z
      .array(z.object({ quote: z.string().min(1).max(LIMITS.field), start: offset, end: offset, prefix: context, suffix: context }).refine(spanOfQuote, quoteMessage))
      .max(LIMITS.mentions)
      .optional(),
  })
  .refine(spanOfQuote, quoteMessage);
export type SavedAnchor = z.infer<typeof savedAnchorSchema>;

export const showSavedSchema = z.object({
  type: z.literal('show-saved'),
  /** Absent (with no facts) when the page's article is no longer saved. */
  articleId: offset.optional(),
  facts: z.array(savedAnchorSchema).max(LIMITS.facts),
});

/** What the content script answers to show-saved (untrusted: the background checks it against the facts it sent). */
export const showSavedReplySchema = z.object({
  /** Saved facts none of whose mentions is on the page. */
  notFound: z.array(offset).max(LIMITS.facts),
  /** Of the facts placed: the mentions not on the page (0 is the fact's own quote, i its mentions[i − 1]). */
  mentionsLost: z
    .array(z.object({ id: offset, mentions: z.array(z.number().int().nonnegative().max(LIMITS.mentions)).max(LIMITS.mentions + 1) }))
    .max(LIMITS.facts)
    .optional(),
});
export type ShowSavedReply = z.infer<typeof showSavedReplySchema>;

/** One mention of a saved fact that is no longer on the page: which one (0 is the first), its quote and context. */
export const lostMentionSchema = z.object({
  mention: z.number().int().nonnegative().max(LIMITS.mentions),
  quote: z.string().min(1).max(LIMITS.field),
  prefix: context,
  suffix: context,
});
export type LostMention = z.infer<typeof lostMentionSchema>;

/** A saved fact placed on the page with some of its mentions missing: how many it has, which are lost. */
export const mentionsLostSchema = z
  .object({
    id: offset,
    /** How many places the saved text named it (its quote and its further mentions). */
    total: z.number().int().min(2).max(LIMITS.mentions + 1),
    /** In mention order; fewer than `total` (a fact with none placed is in notFound instead). */
    mentions: z.array(lostMentionSchema).min(1).max(LIMITS.mentions),
  })
  .refine((f) => f.mentions.length < f.total && f.mentions.every((m) => m.mention < f.total), { message: 'mentions must be fewer than total, each below it' });
export type MentionsLost = z.infer<typeof mentionsLostSchema>;

export const clearHighlightsSchema = z.object({
  type: z.literal('clear-highlights'),
  tabId: tabId.optional(),
});

export const getTabStateSchema = z.object({
  type: z.literal('get-tab-state'),
  /** The active tab of the last focused window when absent. */
  tabId: tabId.optional(),
});

export const refreshSavedSchema = z.object({
  type: z.literal('refresh-saved'),
  tabId,
});

/** What the background knows of a tab's page. */
const tabStateFields = {
  tabId,
  /**
   * idle: nothing analyzed (yet) on this page; analyzing: under way; ready: `page` holds the
   * analysis; error: `failure` says why it failed (no access, no content script, …).
   * (Not named `error`: `'error' in message` is how a refused message is told apart.)
   */
  status: z.enum(['idle', 'analyzing', 'ready', 'error']),
  failure: z.string().max(2000).optional(),
  page: pageAnalysisSchema.optional(),
  /** Present when the page's article is saved. */
  saved: z
    .object({
      articleId: offset,
      savedAt: z.string().max(64),
      updatedAt: z.string().max(64),
      factCount: offset,
      /** Saved facts that could not be found on the page (ids); listed, never dropped. */
      notFound: z.array(offset).max(LIMITS.facts),
      /** Saved facts found on the page with some of their mentions missing (absent: none). */
      mentionsLost: z.array(mentionsLostSchema).max(LIMITS.facts).optional(),
    })
    .optional(),
};

export const tabStateSchema = z.object({ type: z.literal('tab-state'), ...tabStateFields });

export const updateFactSchema = z.object({
  type: z.literal('update-fact'),
  factId: offset,
  checked: z.boolean().optional(),
  /** Merged over the saved corrections; null clears them all. */
  corrected: z.union([fieldsPatchSchema, z.null()]).optional(),
});

export const getSelectionSchema = z.object({
  type: z.literal('get-selection'),
});

export const saveCommandSchema = z.object({
  type: z.literal('save-command'),
  tabId,
});

const SCHEMAS = {
  'analyze-page': analyzePageSchema,
  'page-analysis': pageAnalysisSchema,
  'save-article': saveArticleSchema,
  'get-saved': getSavedSchema,
  'highlight-fact': highlightFactSchema,
  'add-selection-as-fact': addSelectionAsFactSchema,
  'show-saved': showSavedSchema,
  'clear-highlights': clearHighlightsSchema,
  'get-tab-state': getTabStateSchema,
  'refresh-saved': refreshSavedSchema,
  'tab-state': tabStateSchema,
  'save-command': saveCommandSchema,
  'update-fact': updateFactSchema,
  'get-selection': getSelectionSchema,
} as const;

export type MessageType = keyof typeof SCHEMAS;
export const MESSAGE_TYPES = Object.keys(SCHEMAS) as MessageType[];

export type AnalyzePageMessage = z.infer<typeof analyzePageSchema>;
export type PageAnalysisMessage = z.infer<typeof pageAnalysisSchema>;
export type SaveArticleMessage = z.infer<typeof saveArticleSchema>;
export type GetSavedMessage = z.infer<typeof getSavedSchema>;
export type HighlightFactMessage = z.infer<typeof highlightFactSchema>;
export type AddSelectionAsFactMessage = z.infer<typeof addSelectionAsFactSchema>;
export type ShowSavedMessage = z.infer<typeof showSavedSchema>;
export type ClearHighlightsMessage = z.infer<typeof clearHighlightsSchema>;
export type GetTabStateMessage = z.infer<typeof getTabStateSchema>;
export type RefreshSavedMessage = z.infer<typeof refreshSavedSchema>;
export type TabStateMessage = z.infer<typeof tabStateSchema>;
export type TabState = Omit<TabStateMessage, 'type'>;
export type SaveCommandMessage = z.infer<typeof saveCommandSchema>;
export type UpdateFactMessage = z.infer<typeof updateFactSchema>;
export type GetSelectionMessage = z.infer<typeof getSelectionSchema>;

export type Message =
  | AnalyzePageMessage
  | PageAnalysisMessage
  | SaveArticleMessage
  | GetSavedMessage
  | HighlightFactMessage
  | AddSelectionAsFactMessage
  | ShowSavedMessage
  | ClearHighlightsMessage
  | GetTabStateMessage
  | RefreshSavedMessage
  | TabStateMessage
  | SaveCommandMessage
  | UpdateFactMessage
  | GetSelectionMessage;

export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** What the receiver answers (an ErrorReply whenever it could not do it). */
export interface Replies {
  'analyze-page': PageAnalysisMessage;
  'page-analysis': { ok: true };
  /** added / kept / dropped: the storage's SaveResult counts. */
  'save-article': { articleId: number; created: boolean; factCount: number; added: number; kept: number; dropped: number };
  'get-saved':
    | { saved: false }
    | {
        saved: true;
        articleId: number;
        savedAt: string;
        updatedAt: string;
        factCount: number;
        note: string;
        tags: string[];
        /** In text order. */
        facts: SavedFactView[];
      };
  'highlight-fact': { found: boolean };
  'add-selection-as-fact': { factId: number; articleId: number };
  /** Saved facts that could not be found on the page, and the mentions lost of those found. */
  'show-saved': ShowSavedReply;
  'clear-highlights': { ok: true };
  'get-tab-state': TabState;
  'refresh-saved': TabState;
  'tab-state': { ok: true };
  /** handled: false when the panel could not save (it then says why itself). */
  'save-command': { handled: boolean };
  'update-fact': { factId: number; checked: boolean };
  'get-selection': { selection: null | { quote: string; start: number; end: number; prefix: string; suffix: string } };
}

/** A saved fact as get-saved hands it out: the stored record without its index fields. */
export interface SavedFactView {
  id: number;
  kind: z.infer<typeof factKindSchema>;
  /** The fields as the analyzer (or the researcher, for a manual fact) gave them. */
  fields: Record<string, string | number>;
  /** The researcher's edits of `fields` (null: removed). */
  corrected?: Record<string, string | number | null>;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  checked: boolean;
  origin: 'analyzer' | 'manual';
  /** factKey() of the analyzer's fields: `${kind}|${sourceKey}` is the analysisFactId it was saved from. */
  sourceKey?: string;
  /** The quote was not found in the text of a later save. */
  detached?: boolean;
}

export interface ErrorReply {
  error: string;
  /**
   * invalid: parseMessage refused it; storage-full: StorageFullError; not-found: no such
   * article / fact / tab; no-access: the extension may not read that page (no content
   * script, and no activeTab grant: the researcher has to click the toolbar button, use the
   * context menu or the shortcut once); failed: anything else.
   */
  code?: 'invalid' | 'storage-full' | 'not-found' | 'no-access' | 'failed';
}

export type ReplyOf<T extends MessageType> = Replies[T] | ErrorReply;

export function isErrorReply(value: unknown): value is ErrorReply {
  return typeof value === 'object' && value !== null && typeof (value as ErrorReply).error === 'string';
}

/** The message, validated and stripped of unknown properties; or why it was refused. */
export function parseMessage(value: unknown): Message | { error: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'a message must be an object' };
  const type = (value as { type?: unknown }).type;
  if (typeof type !== 'string') return { error: "a message needs a string 'type'" };
  if (!Object.hasOwn(SCHEMAS, type)) return { error: `unknown message type '${type.slice(0, 64)}'` };
  const result = SCHEMAS[type as MessageType].safeParse(value);
  if (!result.success) return { error: `invalid ${type} message: ${describeIssues(result.error)}` };
  return result.data as Message;
}
