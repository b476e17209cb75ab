// The records of the extension's database. Facts keep the contract's canonical fields
// (analyzer/contract.ts) apart from where they were found (quote, context, offsets) and
// from what the researcher did to them (checked, corrected).

import type { Fact, FactBase, FactKind } from '../../analyzer/contract.ts';

/** The canonical fields of one kind of fact: the contract's fact without kind, text and offsets. */
export type FieldsOf<K extends FactKind> = Omit<Extract<Fact, { kind: K }>, keyof FactBase>;

/** Edits of a kind's fields: a new value, or null for an optional field the researcher removed. */
export type CorrectionsOf<K extends FactKind> = { [F in keyof FieldsOf<K>]?: FieldsOf<K>[F] | null };

export interface StoredArticle {
  id?: number;
  /** canonicalUrl() of the URL the article was first saved from; unique. */
  canonicalUrl: string;
  /** Every canonical URL the same article was saved from (canonicalUrl first); indexed. */
  urls: string[];
  /** The page URL as first saved (fragment and tracking parameters included). */
  url: string;
  /** textHash() of the text the facts' offsets point into. */
  textHash: string;
  /** Length of that text in UTF-16 units. */
  textLength: number;
  title?: string;
  /** ISO 8601 date or date-time, as in the contract. */
  published?: string;
  /** Outlet. */
  source?: string;
  byline?: string;
  /** Bare province name. */
  province?: string;
  /** ISO 639-3 language code of the analysis. */
  language: string;
  note: string;
  tags: string[];
  /** ISO 8601 instants. */
  savedAt: string;
  updatedAt: string;
  factCount: number;
  /** Folded words of title, outlet, byline, province, note and tags (see analyzer/text/search-fold.ts); indexed. */
  terms: string[];
}

export type FactOrigin = 'analyzer' | 'manual';

/** One more mention of a saved fact: a quote of the saved text and its surroundings. */
export interface MentionAnchor {
  quote: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

export interface StoredFactOf<K extends FactKind> {
  id?: number;
  articleId: number;
  kind: K;
  /**
   * factKey() (analyzer/text/fold.ts) of the fact as the researcher sees it (fields with
   * the corrections applied): what grouping by document code, office … uses.
   */
  key: string;
  /**
   * groupKey() (group-key.ts) of the same fields: what the collection groups by, spellings
   * and abbreviations merged (schema v2; computed by the upgrade for older facts).
   */
  group: string;
  /** factKey() of the analyzer's own fields; matches the fact on a re-save. Absent on manual facts. */
  sourceKey?: string;
  /** The canonical fields as the analyzer (or the researcher, for a manual fact) gave them. */
  fields: FieldsOf<K>;
  /** The researcher's edits of `fields`; they win over `fields` wherever given (null: removed). */
  corrected?: CorrectionsOf<K>;
  /** Exactly text.slice(start, end) of the saved text (the contract's fact.text). */
  quote: string;
  /** Up to CONTEXT_CHARS characters before and after the quote, to find it again on the page. */
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  /**
   * The other places the saved text names this fact (the analysis's `mentions` after the
   * first), each with its quote and context to be found again on the page.
   */
  mentions?: MentionAnchor[];
  /** Ticked by the researcher (analyzer facts start ticked). */
  checked: boolean;
  /** `checked` as 1 / 0: IndexedDB cannot index booleans (schema v2). */
  ticked: 0 | 1;
  origin: FactOrigin;
  /** Set when a kept fact's quote could not be found in the text of a later save. */
  detached?: boolean;
  /** Folded quote and fields (analyzer/text/search-fold.ts): what diacritic-free phrase search reads. */
  search: string;
  /** The distinct words of `search`; indexed (multi-entry) for word-prefix look-ups. */
  terms: string[];
  /** Copied from the article for indexed filtering. */
  province?: string;
  published?: string;
}

export type StoredFact = { [K in FactKind]: StoredFactOf<K> }[FactKind];

/** Edits of one fact's fields, any kind; checked against the fact's kind at run time (schema.ts). */
export type FieldsPatch = { [field: string]: string | number | null | undefined };
