// The analysis contract of FACTS.md, as types. Everything that produces or reads facts
// (analyzer, CLI, evaluation, extension storage) speaks these shapes.

export const FACT_KINDS = ['document', 'date', 'count', 'award', 'office', 'person'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface Language {
  /** ISO 639-3 code from franc: 'vie', 'eng', … or 'und' when undecided. */
  code: string;
  /** Confidence in [0, 1]. */
  score: number;
}

export interface Article {
  title?: string;
  /** ISO 8601 date or date-time: '2012-08-27T10:05', '2022-06-27'. */
  published?: string;
  /** Outlet: 'Báo Bắc Ninh'. */
  source?: string;
  /** Author as printed. */
  byline?: string;
  /** Province the article is about or from, bare name: 'Bắc Ninh'. */
  province?: string;
  url?: string;
}

export const ARTICLE_FIELDS = ['title', 'published', 'source', 'byline', 'province', 'url'] as const;

export interface FactBase {
  kind: FactKind;
  /** Exactly input.slice(start, end). */
  text: string;
  /** UTF-16 offsets into the caller's string, before any normalization; end exclusive. */
  start: number;
  end: number;
  /**
   * Every place the text names this fact, in text order, when it names it more than once
   * (a body written short then in full, a count repeated): the first is start/end. Each
   * span indexes the caller's string like start/end; its text may differ from `text`.
   */
  mentions?: { start: number; end: number }[];
}

export interface DocumentFact extends FactBase {
  kind: 'document';
  type: string;
  number: string;
  /** 'CT/TW'; absent when the text cites the document by type and number only ('Chỉ thị số 16'). */
  symbol?: string;
  /** Canonical number and symbol, '12-CT/TW'; absent with the symbol. */
  code?: string;
  issued?: string;
  issuer?: string;
}

export interface DateFact extends FactBase {
  kind: 'date';
  /** '2006-11-07', '2012-01', '2010-Q4', '2011', '2012-08-27T10:05' or '2010/2015'. */
  value: string;
}

export type Approx = 'over' | 'under' | 'about';

export interface CountFact extends FactBase {
  kind: 'count';
  value: number;
  unit: string;
  approx?: Approx;
  /** Whose figure it is, when the text says: the body (named as its office fact) or the place ('Gia Lai', 'huyện Chư Sê'). */
  subject?: string;
  /** The date the figure holds at, when its sentence gives one ('tính đến ngày 31/12/2024' → '2024-12-31'). */
  asOf?: string;
}

export interface AwardFact extends FactBase {
  kind: 'award';
  name: string;
  grantor?: string;
  recipient?: string;
  year?: number;
}

export type Level = 'central' | 'province' | 'district' | 'commune';

export interface OfficeFact extends FactBase {
  kind: 'office';
  name: string;
  level?: Level;
  province?: string;
}

export interface PersonFact extends FactBase {
  kind: 'person';
  name: string;
  role?: string;
}

export type Fact = DocumentFact | DateFact | CountFact | AwardFact | OfficeFact | PersonFact;

/** A fact's canonical fields: the fact without kind, text, offsets and mentions. */
export function fieldsOfFact<F extends Fact>(fact: F): Omit<F, 'kind' | 'text' | 'start' | 'end' | 'mentions'> {
  const { kind: _k, text: _t, start: _s, end: _e, mentions: _m, ...fields } = fact;
  return fields;
}

export interface Analysis {
  language: Language;
  article: Article;
  facts: Fact[];
}

export interface AnalyzeOptions {
  /** Page URL: fills article.url and helps find the outlet and province. */
  url?: string;
  /** Page title: used as article.title instead of guessing it from the text. */
  title?: string;
  /**
   * Publication date or date-time (ISO 8601) known from elsewhere (page metadata, a corpus
   * record): used as article.published when the text prints no dateline.
   */
  published?: string;
}
