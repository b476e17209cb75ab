// The messages between the content script, the side panel and the background, with their
// run-time validation. Whoever receives a message runs parseMessage() on it first: a
// message comes from another context (and, for a content script, from a page the
// extension does not control), so its shape is never trusted.
//
//   analyze-page           side panel → content script (through the background with tabId):
//                          read the page and analyze it; answered with a page-analysis
//   page-analysis          content script → side panel: the analysis, the page text it
//                          ran on and that text's length
//   save-article           side panel → background: save (or update) the page's article
//   get-saved              side panel → background: is this page already saved?
//   highlight-fact         side panel → content script: scroll to a fact and flash it
//   add-selection-as-fact  content script / side panel → background: the researcher's
//                          selection becomes a manual fact of the saved article
//
// Only zod, the contract and the scoring keys are imported here (no Dexie): content
// scripts import this module.

import { z } from 'zod';
import { analysisFactId } from './storage/fact-id.ts';
import { analysisSchema, describeIssues, fieldSchemas, fieldsPatchSchema, LIMITS } from './storage/schema.ts';

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

export const analyzePageSchema = z.object({
  type: z.literal('analyze-page'),
  /** Set when sent to the background to be forwarded to that tab's content script. */
  tabId: tabId.optional(),
});

export const pageAnalysisSchema = z
  .object({
    type: z.literal('page-analysis'),
    url,
    analysis: analysisSchema,
    text: pageText,
    textLength: offset,
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
    /** The saved fact's id, when it is saved. */
    factId: offset.optional(),
    quote: z.string().min(1).max(LIMITS.field),
    start: offset,
    end: offset,
    prefix: context,
    suffix: context,
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
    quote: z.string().min(1).max(LIMITS.field),
    start: offset,
    end: offset,
    prefix: context,
    suffix: context,
  })
  .and(manualFields)
  .refine(spanOfQuote, quoteMessage);

const SCHEMAS = {
  'analyze-page': analyzePageSchema,
  'page-analysis': pageAnalysisSchema,
  'save-article': saveArticleSchema,
  'get-saved': getSavedSchema,
  'highlight-fact': highlightFactSchema,
  'add-selection-as-fact': addSelectionAsFactSchema,
} as const;

export type MessageType = keyof typeof SCHEMAS;
export const MESSAGE_TYPES = Object.keys(SCHEMAS) as MessageType[];

export type AnalyzePageMessage = z.infer<typeof analyzePageSchema>;
export type PageAnalysisMessage = z.infer<typeof pageAnalysisSchema>;
export type SaveArticleMessage = z.infer<typeof saveArticleSchema>;
export type GetSavedMessage = z.infer<typeof getSavedSchema>;
export type HighlightFactMessage = z.infer<typeof highlightFactSchema>;
export type AddSelectionAsFactMessage = z.infer<typeof addSelectionAsFactSchema>;

export type Message =
  | AnalyzePageMessage
  | PageAnalysisMessage
  | SaveArticleMessage
  | GetSavedMessage
  | HighlightFactMessage
  | AddSelectionAsFactMessage;

export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** What the receiver answers (an ErrorReply whenever it could not do it). */
export interface Replies {
  'analyze-page': PageAnalysisMessage;
  'page-analysis': { ok: true };
  'save-article': { articleId: number; created: boolean; factCount: number };
  'get-saved':
    | { saved: false }
    | { saved: true; articleId: number; savedAt: string; updatedAt: string; factCount: number };
  'highlight-fact': { found: boolean };
  'add-selection-as-fact': { factId: number; articleId: number };
}

export interface ErrorReply {
  error: string;
  /** invalid: parseMessage refused it; storage-full: StorageFullError; not-found: no such article / fact. */
  code?: 'invalid' | 'storage-full' | 'not-found' | 'failed';
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
