// Shapes shared by the parsers (analyzer/kinds) and refiners (analyzer/refine).
// Parsers work in the coordinates of the normalized view; offsets are mapped back to the
// caller's string only at the end (analyzer/index.ts).

import type { Article, Fact, FactKind } from './contract.ts';
import type { TextView } from './text/normalize.ts';

/** Fields of a fact kind, without text and offsets. */
export type FieldsOf<K extends FactKind> = Omit<Extract<Fact, { kind: K }>, 'kind' | 'text' | 'start' | 'end'>;

/** A fact found by a parser: a span of the view plus the kind's fields. */
export type Candidate<K extends FactKind = FactKind> = {
  [P in K]: { kind: P; start: number; end: number } & FieldsOf<P>;
}[K];

export interface Context {
  readonly view: TextView;
  /** view.text, for brevity. */
  readonly text: string;
  /** What is known of the article before the parsers run (province, published, byline span). */
  readonly article: Article;
  /** View span of the byline, when one was found. */
  readonly bylineSpan?: { start: number; end: number };
  /** View span of a page clock in the head, read once by the article reading (no date fact). */
  readonly pageClock?: { start: number; end: number };
}

/** The candidates of every kind, as refiners see them. */
export type Candidates = { [K in FactKind]: Candidate<K>[] };
