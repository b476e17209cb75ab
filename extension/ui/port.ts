// What the side panel needs from the rest of the extension, as one small interface. The
// panel's components and its save routine only speak PanelPort; browser-port.ts implements
// it over browser.runtime / browser.tabs messages, tests implement it with plain objects.

import type { Analysis, FactKind } from '../../analyzer/contract.ts';
import type { ErrorReply, MentionsLost, SavedFactView } from '../messages.ts';
import type { FieldsPatch } from '../storage/types.ts';
import type { FieldValues } from './fields.ts';

export type { LostMention, MentionsLost, SavedFactView } from '../messages.ts';

/** The page as the content script read and analysed it. */
export interface PageAnalysis {
  url: string;
  /** The text the analysis ran on; every offset below points into it. */
  text: string;
  analysis: Analysis;
  /** analysisFactId of the facts the content script could not find (draw) on the page. */
  notFound?: string[];
  /** How the text was taken: the article extractor, the page's embedded data, the whole body, or the selection. */
  method?: 'readability' | 'embedded' | 'body' | 'selection';
}

/** Where a quote is in the page text, with context to find it again. */
export interface Anchor {
  quote: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

/** The page's saved article, when it is saved. */
export interface SavedArticleView {
  articleId: number;
  /** ISO 8601 instants. */
  savedAt: string;
  updatedAt: string;
  factCount: number;
  note: string;
  tags: string[];
  facts: SavedFactView[];
}

/** The body of a save-article message. */
export interface SaveArticlePayload {
  url: string;
  text: string;
  analysis: Analysis;
  /** analysisFactId of every ticked fact of the analysis: the whole truth for them. */
  checkedFactIds: string[];
  note: string;
  tags: string[];
  /** Field edits by analysisFactId. */
  corrections?: Record<string, FieldsPatch>;
  /** The tab showing the page: the background redraws its highlights with the saved state. */
  tabId?: number;
}

export interface SaveArticleReply {
  articleId: number;
  created: boolean;
  factCount: number;
  /** The storage's SaveResult counts (requested from the background). */
  added?: number;
  kept?: number;
  dropped?: number;
}

/** A fact the researcher marked by hand in the page. */
export interface ManualFactDraft extends Anchor {
  kind: FactKind;
  fields: FieldValues;
}

/** A change to a fact already saved: its tick, or corrections (null clears them all). */
export interface FactUpdate {
  factId: number;
  checked?: boolean;
  corrected?: FieldsPatch | null;
}

/** What the background knows of a tab (get-tab-state, and the tab-state broadcasts). */
export interface TabStateView {
  tabId: number;
  status: 'idle' | 'analyzing' | 'ready' | 'error';
  /** Why the analysis failed (status 'error'). */
  failure?: string;
  page?: PageAnalysis;
  /** When the page's article is saved. */
  saved?: {
    articleId: number;
    savedAt: string;
    updatedAt: string;
    factCount: number;
    /** Ids of saved facts the content script could not find on the page. */
    notFound: number[];
    /** Saved facts it found with some of their mentions missing (which ones, with their quotes). */
    mentionsLost?: MentionsLost[];
  };
}

export interface PanelPort {
  /** The id of the tab the panel is showing (the active tab of its window). */
  activeTab(): Promise<number | undefined>;
  /** What the background already knows of the tab: its last analysis and saved state (get-tab-state). */
  getTabState(tabId: number): Promise<TabStateView>;
  /** Reads and analyses the tab's page (analyze-page through the background). */
  analyze(tabId: number): Promise<PageAnalysis>;
  /** The page's saved article, or null when it is not saved (get-saved). */
  getSaved(page: { url: string; text: string }): Promise<SavedArticleView | null>;
  /** Saves or updates the page's article (save-article). */
  save(payload: SaveArticlePayload): Promise<SaveArticleReply>;
  /** Adds a manual fact to a saved article (add-selection-as-fact). */
  addManualFact(target: { url: string; articleId: number; tabId?: number }, draft: ManualFactDraft): Promise<{ factId: number; articleId: number }>;
  /** Ticks, unticks or corrects a saved fact (update-fact). */
  updateFact(update: FactUpdate): Promise<void>;
  /** Scrolls the page to a fact and flashes it; false when the page does not have it (highlight-fact, through the background). */
  highlightFact(tabId: number, anchor: Anchor & { factId?: number; mention?: number }): Promise<boolean>;
  /** The page's current selection as offsets into the analysed text, or null when nothing is selected (get-selection). */
  getSelection(tabId: number): Promise<Anchor | null>;
  /**
   * Calls back when a tab is activated (any window: ask activeTab() whether it is this
   * panel's) or a tab finishes loading a page; returns the unsubscribe.
   */
  onActiveTabChanged(listener: (change: TabChange) => void): () => void;
  /** Calls back with each tab-state the background broadcasts; returns the unsubscribe. */
  onTabState(listener: (state: TabStateView) => void): () => void;
  /**
   * The save shortcut (save-command from the background). The handler returns undefined when
   * the panel does not show that tab (another window's panel may), else whether it handled
   * the save (true even when the save failed: the panel shows why).
   */
  onSaveCommand(handler: (tabId: number) => Promise<boolean> | undefined): () => void;
}

export interface TabChange {
  tabId: number;
  reason: 'activated' | 'navigated';
}

/** A failure reported by another part of the extension (its ErrorReply), or no answer at all. */
export class PortError extends Error {
  override readonly name = 'PortError';
  constructor(
    message: string,
    readonly code?: ErrorReply['code'] | 'no-answer',
  ) {
    super(message);
  }
}
