// The side panel's state and everything that changes it: one reducer over plain actions,
// no DOM and no browser API, so every rule is unit-testable. Components only render the
// state and dispatch actions; what a save sends is buildSavePlan(state).
//
// Rows: every fact the panel lists. A row comes from
//   'analysis'  a fact of the page's analysis (id = analysisFactId), merged with the saved
//               fact it matches (same kind and analyzer key) when the page is saved;
//   'saved'     a saved fact the analysis does not have (manual facts, corrected facts the
//               analyzer no longer finds): id 'saved:<fact id>';
//   'new'       a manual fact added in this session, not saved yet: id 'new:<n>'.

import { fieldsOfFact, type FactKind } from '../../analyzer/contract.ts';
import { t } from '../i18n/index.ts';
import { contextOf, reanchor } from '../storage/context.ts';
import { analysisFactId } from '../storage/fact-id.ts';
import type { FieldsPatch } from '../storage/types.ts';
import { applyPatch, cleanText, validateFieldValues, type FieldValues } from './fields.ts';
import { KIND_ORDER } from './palette.ts';
import type {
  Anchor,
  FactUpdate,
  MentionsLost,
  ManualFactDraft,
  PageAnalysis,
  SaveArticlePayload,
  SavedArticleView,
  SavedFactView,
} from './port.ts';

export type RowSource = 'analysis' | 'saved' | 'new';

export interface FactRow extends Anchor {
  id: string;
  source: RowSource;
  kind: FactKind;
  origin: 'analyzer' | 'manual';
  /** The analyzer's fields (or the researcher's, for a manual fact). */
  fields: FieldValues;
  /** Corrections already saved. */
  savedCorrections?: FieldsPatch;
  /** Corrections made in this session, not saved yet. */
  edits?: FieldsPatch;
  checked: boolean;
  /** The saved fact's id and tick, when the row is saved. */
  savedId?: number;
  savedChecked?: boolean;
  /** A saved fact whose quote is not on the page any more. */
  notFound?: boolean;
  /** How many places the text names the fact (the analysis's mentions), when more than one. */
  mentions?: number;
  /**
   * A saved fact found on the page with some of its mentions missing (the page changed):
   * how many places the saved text named it, and which of them are not on the page.
   */
  mentionsLost?: Omit<MentionsLost, 'id'>;
}

export interface PageState extends PageAnalysis {
  tabId?: number;
}

export interface SaveOutcome {
  articleId: number;
  created: boolean;
  /** ISO instant of the save. */
  at: string;
  added?: number;
  kept?: number;
  dropped?: number;
  /** Manual facts added by this save, row id → saved fact id. */
  manualIds: Record<string, number>;
  /** Saved facts ticked, unticked or corrected by this save. */
  updated: number;
}

export interface PanelState {
  phase: 'empty' | 'loading' | 'ready';
  page?: PageState;
  /** The page's saved article; null when it is not saved; undefined while unknown. */
  saved?: SavedArticleView | null;
  rows: FactRow[];
  note: string;
  /** The tags field as typed ('thi đua, Gia Lai') and the tags it makes. */
  tagsInput: string;
  tags: string[];
  /** Something changed since the page was loaded or saved. */
  dirty: boolean;
  saving: boolean;
  lastSave?: SaveOutcome;
  error?: string;
  /** The panel's tab changed or navigated while there was unsaved work. */
  stale: boolean;
  /** Saved facts the content script could not find on the page (tab-state), by saved id. */
  savedNotFound: number[];
  /** Saved facts it found with some of their mentions missing (tab-state). */
  savedMentionsLost: MentionsLost[];
  nextManual: number;
}

export type PanelAction =
  | { type: 'loading' }
  | { type: 'analysisLoaded'; page: PageState }
  | { type: 'savedLoaded'; saved: SavedArticleView | null }
  | { type: 'toggle'; id: string; checked?: boolean }
  | { type: 'edit'; id: string; patch: FieldsPatch }
  | { type: 'addManual'; kind: FactKind; fields: FieldValues; anchor: Anchor }
  | { type: 'note'; note: string }
  | { type: 'tags'; input: string }
  | { type: 'saving' }
  | { type: 'saved'; outcome: SaveOutcome; saved?: SavedArticleView | null }
  | { type: 'error'; message: string }
  | { type: 'dismissError' }
  | { type: 'notFound'; id: string }
  | { type: 'placement'; savedNotFound: number[]; savedMentionsLost?: MentionsLost[]; analysisNotFound?: string[] }
  | { type: 'pageChanged' };

export const initialState: PanelState = {
  phase: 'empty',
  rows: [],
  note: '',
  tagsInput: '',
  tags: [],
  dirty: false,
  saving: false,
  stale: false,
  savedNotFound: [],
  savedMentionsLost: [],
  nextManual: 1,
};

/** A row's fields as the researcher sees them: saved corrections, then this session's edits. */
export function effectiveFields(row: FactRow): FieldValues {
  return applyPatch(applyPatch(row.fields, row.savedCorrections), row.edits);
}

export function reducer(state: PanelState, action: PanelAction): PanelState {
  switch (action.type) {
    case 'loading':
      return { ...initialState, phase: 'loading', nextManual: state.nextManual };

    case 'analysisLoaded': {
      const page = action.page;
      return {
        ...initialState,
        phase: 'ready',
        page,
        rows: rowsFrom(page, undefined, [], []),
        nextManual: state.nextManual,
      };
    }

    case 'savedLoaded': {
      if (!state.page) return { ...state, saved: action.saved };
      return {
        ...state,
        saved: action.saved,
        rows: rowsFrom(state.page, action.saved ?? undefined, state.savedNotFound, state.savedMentionsLost),
        ...(action.saved ? { note: action.saved.note, ...tagsOf(action.saved.tags) } : {}),
        dirty: false,
      };
    }

    case 'toggle': {
      const row = state.rows.find((r) => r.id === action.id);
      if (!row || state.saving) return state;
      const checked = action.checked ?? !row.checked;
      if (checked === row.checked) return state;
      return changed(state, replaceRow(state.rows, { ...row, checked }));
    }

    case 'edit': {
      const row = state.rows.find((r) => r.id === action.id);
      if (!row || state.saving) return state;
      const patch = definedOnly(action.patch);
      if (!Object.keys(patch).length) return state;
      const next: FactRow =
        row.source === 'new'
          ? { ...row, fields: applyPatch(row.fields, patch) }
          : { ...row, edits: { ...row.edits, ...patch } };
      const errors = validateFieldValues(row.kind, effectiveFields(next));
      if (Object.keys(errors).length) return { ...state, error: t('panel.cannotCorrect', { errors: describeErrors(errors) }) };
      return changed(state, replaceRow(state.rows, next));
    }

    case 'addManual': {
      if (!state.page || state.saving) return state;
      const { kind, anchor } = action;
      const fields = definedOnly(action.fields) as FieldValues;
      const errors = validateFieldValues(kind, fields);
      if (Object.keys(errors).length) return { ...state, error: t('panel.cannotAdd', { errors: describeErrors(errors) }) };
      if (!anchor.quote || anchor.end - anchor.start !== anchor.quote.length || state.page.text.slice(anchor.start, anchor.end) !== anchor.quote) {
        return { ...state, error: t('panel.selectionMismatch') };
      }
      const row: FactRow = {
        id: `new:${state.nextManual}`,
        source: 'new',
        kind,
        origin: 'manual',
        fields,
        checked: true,
        ...anchor,
      };
      return { ...changed(state, sortRows([...state.rows, row])), nextManual: state.nextManual + 1 };
    }

    case 'note':
      return state.saving ? state : { ...state, note: action.note, dirty: true, lastSave: undefined };

    case 'tags':
      return state.saving ? state : { ...state, tagsInput: action.input, tags: parseTags(action.input), dirty: true, lastSave: undefined };

    case 'saving':
      return { ...state, saving: true, error: undefined, lastSave: undefined };

    case 'saved': {
      const { outcome } = action;
      if (action.saved && state.page) {
        return {
          ...state,
          saving: false,
          dirty: false,
          lastSave: outcome,
          saved: action.saved,
          rows: rowsFrom(state.page, action.saved, state.savedNotFound, state.savedMentionsLost),
          note: action.saved.note,
          ...tagsOf(action.saved.tags),
        };
      }
      // The fresh record could not be read back: make the rows what was just stored, so a
      // second save does not add the manual facts twice.
      const rows = state.rows.flatMap((r): FactRow[] => {
        if (r.source === 'new') {
          const id = outcome.manualIds[r.id];
          if (id === undefined) return [];
          return [{ ...r, source: 'saved', id: `saved:${id}`, savedId: id, savedChecked: true }];
        }
        const savedCorrections = r.edits ? { ...r.savedCorrections, ...r.edits } : r.savedCorrections;
        return [{ ...r, edits: undefined, savedCorrections, savedChecked: r.checked }];
      });
      const previous = state.saved ?? undefined;
      const saved: SavedArticleView = {
        articleId: outcome.articleId,
        savedAt: previous?.savedAt ?? outcome.at,
        updatedAt: outcome.at,
        factCount: previous?.factCount ?? 0,
        note: state.note,
        tags: state.tags,
        facts: previous?.facts ?? [],
      };
      return { ...state, saving: false, dirty: false, lastSave: outcome, saved, rows };
    }

    case 'error':
      return { ...state, saving: false, phase: state.phase === 'loading' ? 'empty' : state.phase, error: action.message };

    case 'dismissError':
      return { ...state, error: undefined };

    case 'notFound': {
      const row = state.rows.find((r) => r.id === action.id);
      return row ? { ...state, rows: replaceRow(state.rows, { ...row, notFound: true }) } : state;
    }

    case 'placement': {
      if (!state.page) return state;
      const page = action.analysisNotFound ? { ...state.page, notFound: action.analysisNotFound } : state.page;
      const saved = new Set(action.savedNotFound);
      const fresh = new Set(page.notFound ?? []);
      const savedMentionsLost = action.savedMentionsLost ?? [];
      const lostBySaved = lostById(savedMentionsLost);
      const rows = state.rows.map((r) => {
        if (r.source === 'new') return r;
        // What the content script found on the page is the truth for what it was asked to draw.
        const notFound = (r.savedId !== undefined && saved.has(r.savedId)) || (r.source === 'analysis' && fresh.has(r.id));
        const mentionsLost = !notFound && r.savedId !== undefined ? lostBySaved.get(r.savedId) : undefined;
        if (notFound === !!r.notFound && mentionsLost === r.mentionsLost) return r;
        const next: FactRow = { ...r, notFound };
        if (mentionsLost) next.mentionsLost = mentionsLost;
        else delete next.mentionsLost;
        return next;
      });
      return { ...state, page, savedNotFound: action.savedNotFound, savedMentionsLost, rows };
    }

    case 'pageChanged':
      return { ...state, stale: true };
  }
}

/** What a save sends: the article with ticks and corrections, new manual facts, changes to saved facts. */
export interface SavePlan {
  article: SaveArticlePayload;
  manual: { rowId: string; draft: ManualFactDraft }[];
  updates: FactUpdate[];
}

export function buildSavePlan(state: PanelState): SavePlan {
  const page = state.page;
  if (!page) throw new Error(t('panel.nothingToSave'));
  const corrections: Record<string, FieldsPatch> = {};
  const checkedFactIds: string[] = [];
  const manual: SavePlan['manual'] = [];
  const updates: FactUpdate[] = [];
  for (const row of state.rows) {
    const edits = row.edits && Object.keys(row.edits).length ? row.edits : undefined;
    if (row.source === 'analysis') {
      if (row.checked) checkedFactIds.push(row.id);
      if (edits) corrections[row.id] = edits;
    } else if (row.source === 'new') {
      if (!row.checked) continue;
      const { quote, start, end, prefix, suffix, kind, fields } = row;
      manual.push({ rowId: row.id, draft: { kind, fields, quote, start, end, prefix, suffix } });
    } else if (row.savedId !== undefined) {
      const update: FactUpdate = { factId: row.savedId };
      if (row.checked !== row.savedChecked) update.checked = row.checked;
      if (edits) update.corrected = edits;
      if (update.checked !== undefined || update.corrected !== undefined) updates.push(update);
    }
  }
  return {
    article: {
      url: page.url,
      text: page.text,
      analysis: page.analysis,
      checkedFactIds,
      note: state.note,
      tags: state.tags,
      ...(Object.keys(corrections).length ? { corrections } : {}),
      ...(page.tabId === undefined ? {} : { tabId: page.tabId }),
    },
    manual,
    updates,
  };
}

// --- selectors -----------------------------------------------------------------------

export interface KindGroup {
  kind: FactKind;
  rows: FactRow[];
  checked: number;
}

/** Rows by kind, in the palette's order; kinds without rows included (count 0). */
export function groupRows(rows: readonly FactRow[]): KindGroup[] {
  return KIND_ORDER.map((kind) => {
    const of = rows.filter((r) => r.kind === kind);
    return { kind, rows: of, checked: of.filter((r) => r.checked).length };
  });
}

/** Saved facts that could not be found on the page. */
export function notFoundRows(state: PanelState): FactRow[] {
  return state.rows.filter((r) => r.notFound);
}

/** Saved facts found on the page with some of their mentions missing. */
export function mentionsLostRows(state: PanelState): FactRow[] {
  return state.rows.filter((r) => !r.notFound && r.mentionsLost);
}

/**
 * The mentions a row's arrows step through, as indices into its mentions (0 is its quote):
 * every one when none is lost, else those still on the page. Empty when it is named once.
 */
export function mentionSteps(row: FactRow): number[] {
  const total = row.mentionsLost?.total ?? row.mentions ?? 0;
  if (total < 2) return [];
  const lost = new Set(row.mentionsLost?.mentions.map((m) => m.mention));
  const out: number[] = [];
  for (let i = 0; i < total; i++) if (!lost.has(i)) out.push(i);
  return out;
}

/** 'a, b;c' → ['a', 'b', 'c']: comma- or semicolon-separated, cleaned, no duplicates (case-insensitive). */
export function parseTags(input: string): string[] {
  return normalizeTags(input.split(/[,;]/));
}

// --- helpers -------------------------------------------------------------------------

/**
 * The rows of an analysis and a saved article. Not found on the page: analysis facts the
 * content script could not draw (page.notFound), saved facts it could not place
 * (savedNotFound, from tab-state), and saved facts whose quote is not in the page text.
 */
function rowsFrom(page: PageState, saved: SavedArticleView | undefined, savedNotFound: readonly number[], savedMentionsLost: readonly MentionsLost[]): FactRow[] {
  const missingSaved = new Set(savedNotFound);
  const lostBySaved = lostById(savedMentionsLost);
  // A saved fact found with mentions missing says so (never one not found at all).
  const lostOf = (id: number | undefined, notFound: boolean) => (notFound || id === undefined ? undefined : lostBySaved.get(id));
  const missingFresh = new Set(page.notFound ?? []);
  const byAnalysisId = new Map<string, SavedFactView>();
  for (const f of saved?.facts ?? []) {
    if (f.origin === 'analyzer' && f.sourceKey !== undefined) byAnalysisId.set(`${f.kind}|${f.sourceKey}`, f);
  }
  const matched = new Set<number>();
  const rows: FactRow[] = page.analysis.facts.map((fact) => {
    const id = analysisFactId(fact);
    const { kind, text, start, end } = fact;
    const fields = fieldsOfFact(fact);
    const s = byAnalysisId.get(id);
    if (s) matched.add(s.id);
    const notFound = missingFresh.has(id) || (!!s && missingSaved.has(s.id));
    const mentionsLost = lostOf(s?.id, notFound);
    return {
      id,
      source: 'analysis',
      kind,
      origin: 'analyzer',
      fields: definedOnly(fields as Record<string, string | number | undefined>) as FieldValues,
      quote: text,
      start,
      end,
      ...contextOf(page.text, start, end),
      checked: s ? s.checked : true,
      savedChecked: s?.checked,
      savedId: s?.id,
      savedCorrections: s?.corrected && Object.keys(s.corrected).length ? s.corrected : undefined,
      ...(notFound ? { notFound: true } : {}),
      ...(fact.mentions && fact.mentions.length > 1 ? { mentions: fact.mentions.length } : {}),
      ...(mentionsLost ? { mentionsLost } : {}),
    };
  });
  for (const f of saved?.facts ?? []) {
    if (matched.has(f.id)) continue;
    const at = f.detached ? undefined : reanchor(page.text, f);
    const notFound = at === undefined || missingSaved.has(f.id);
    const mentionsLost = lostOf(f.id, notFound);
    rows.push({
      id: `saved:${f.id}`,
      source: 'saved',
      kind: f.kind,
      origin: f.origin,
      fields: f.fields,
      quote: f.quote,
      start: at?.start ?? f.start,
      end: at?.end ?? f.end,
      prefix: f.prefix,
      suffix: f.suffix,
      checked: f.checked,
      savedChecked: f.checked,
      savedId: f.id,
      savedCorrections: f.corrected && Object.keys(f.corrected).length ? f.corrected : undefined,
      notFound,
      ...(mentionsLost ? { mentionsLost } : {}),
    });
  }
  return sortRows(rows);
}

function lostById(list: readonly MentionsLost[]): Map<number, Omit<MentionsLost, 'id'>> {
  return new Map(list.map(({ id, ...rest }) => [id, rest] as const));
}

function sortRows(rows: FactRow[]): FactRow[] {
  return [...rows].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function replaceRow(rows: FactRow[], row: FactRow): FactRow[] {
  return rows.map((r) => (r.id === row.id ? row : r));
}

function changed(state: PanelState, rows: FactRow[]): PanelState {
  return { ...state, rows, dirty: true, lastSave: undefined, error: undefined };
}

function definedOnly<T extends Record<string, unknown>>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}

function tagsOf(tags: readonly string[]): { tags: string[]; tagsInput: string } {
  const clean = normalizeTags(tags);
  return { tags: clean, tagsInput: clean.join(', ') };
}

function normalizeTags(tags: readonly string[]): string[] {
  const out = new Map<string, string>();
  for (const t of tags) {
    const tag = cleanText(t);
    if (!tag) continue;
    const key = tag.toLocaleLowerCase('vi');
    if (!out.has(key)) out.set(key, tag);
  }
  return [...out.values()];
}

function describeErrors(errors: Record<string, string>): string {
  return Object.entries(errors)
    .map(([field, message]) => `${field}: ${message}`)
    .join('; ');
}
