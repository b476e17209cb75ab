// Where each fact is on the live page. A fact is known by its quote and its offsets into the
// extracted text (the text analyze() ran on, or the text a saved article was saved with);
// the page holds that text with other white space, among menus, sidebars and comments that
// may repeat the same words. So a fact is placed in two steps:
//
//   1. in the extracted text of now: at its offsets if the quote is still there; else at the
//      occurrence of the quote whose stored prefix / suffix agree best (nearest to the old
//      offset on a tie); else not in the text (a saved fact whose article changed);
//   2. on the page: the occurrence of the quote (squashed) whose surroundings agree best with
//      the CONTEXT characters around it in the extracted text (or, when step 1 failed, with
//      the stored prefix / suffix), nearest to its proportional position on a tie.
//
// A fact whose quote is nowhere on the page is returned in `notFound`, never dropped.

import type { FactKind } from '../../analyzer/contract.ts';
import { contextOf, reanchor } from '../storage/context.ts';
import { bestOccurrence, squash, squashText, type Squashed } from './squash.ts';
import { rangeOf, type TextIndex } from './text-index.ts';

/** Squashed characters of context compared on each side of a quote. */
export const CONTEXT = 64;

export interface Anchor {
  /** Unique among the anchors placed together. */
  key: string;
  kind: FactKind;
  /** The fact's text, exactly as in the text it was found in. */
  quote: string;
  /** UTF-16 offsets of the quote in that text. */
  start: number;
  end: number;
  /** Text just before and after the quote (saved facts). */
  prefix?: string;
  suffix?: string;
}

/** How a fact was found: at its offsets, by its quote in the text, or by quote and stored context on the page. */
export type PlaceMethod = 'offsets' | 'quote' | 'context';

export interface PagePosition {
  /** Offsets into the page index's (squashed) text. */
  start: number;
  end: number;
  method: PlaceMethod;
  /** Characters of context that agreed. */
  score: number;
}

export interface PlacedFact<A extends Anchor = Anchor> {
  anchor: A;
  range: Range;
  position: PagePosition;
}

export interface Placement<A extends Anchor = Anchor> {
  placed: PlacedFact<A>[];
  notFound: A[];
}

/**
 * Where the anchor's quote is in the page text (both squashed). Pure: the DOM is only needed
 * to turn the answer into a Range.
 */
export function locateOnPage(pageText: string, extracted: Squashed, text: string, anchor: Anchor): PagePosition | undefined {
  const { quote, start } = anchor;
  if (!quote) return undefined;
  let at: number | undefined;
  let method: PlaceMethod = 'offsets';
  if (start >= 0 && text.startsWith(quote, start)) at = start;
  else if (anchor.prefix !== undefined || anchor.suffix !== undefined) {
    at = reanchor(text, { quote, prefix: anchor.prefix ?? '', suffix: anchor.suffix ?? '', start })?.start;
    method = 'quote';
  } else if (text.includes(quote)) {
    at = reanchor(text, { quote, prefix: '', suffix: '', start })?.start;
    method = 'quote';
  }

  let needle: string;
  let before: string;
  let after: string;
  let hint: number;
  if (at !== undefined) {
    const a = extracted.fromOriginal[at];
    const b = extracted.fromOriginal[at + quote.length];
    needle = extracted.text.slice(a, b);
    before = extracted.text.slice(Math.max(0, a - CONTEXT), a);
    after = extracted.text.slice(b, b + CONTEXT);
    hint = extracted.text.length ? a / extracted.text.length : 0;
  } else {
    needle = squashText(quote);
    before = squashText(anchor.prefix ?? '');
    after = squashText(anchor.suffix ?? '');
    hint = text.length ? Math.min(1, start / text.length) : 0;
    method = 'context';
  }
  const found = bestOccurrence(pageText, needle, before, after, hint);
  if (!found) return undefined;
  return { start: found.at, end: found.at + needle.length, method, score: found.score };
}

/**
 * DOM ranges for the anchors on the page indexed by `index`; `text` is the extracted text
 * their offsets point into. Facts not on the page come back in `notFound`, in input order.
 */
export function placeFacts<A extends Anchor>(index: TextIndex, text: string, anchors: readonly A[]): Placement<A> {
  const extracted = squash(text);
  const placed: PlacedFact<A>[] = [];
  const notFound: A[] = [];
  for (const anchor of anchors) {
    const position = locateOnPage(index.text, extracted, text, anchor);
    if (!position || position.end <= position.start) {
      notFound.push(anchor);
      continue;
    }
    placed.push({ anchor, range: rangeOf(index, position.start, position.end), position });
  }
  return { placed, notFound };
}

/**
 * The page range as a quote of the extracted text: the stretch of `text` that the range
 * covers on the page (matched like a fact, with the page's surroundings as context), with
 * its offsets and CONTEXT_CHARS of prefix and suffix. Null when the range holds no page
 * text or its text is not in `text`.
 */
export function quoteOfRange(
  index: TextIndex,
  text: string,
  range: Range,
): { quote: string; start: number; end: number; prefix: string; suffix: string } | null {
  // The index characters inside the range.
  let first = -1;
  let last = -1;
  const inside = new Map<number, boolean>();
  for (let k = 0; k < index.text.length; k++) {
    const ni = index.node[k];
    let hit = inside.get(ni);
    if (hit === undefined) {
      hit = range.intersectsNode(index.nodes[ni]);
      inside.set(ni, hit);
    }
    if (!hit) {
      if (first >= 0) break;
      continue;
    }
    const node = index.nodes[ni];
    const off = index.offset[k];
    if (node === range.startContainer && off < range.startOffset) continue;
    if (node === range.endContainer && off >= range.endOffset) {
      if (first >= 0) break;
      continue;
    }
    if (first < 0) first = k;
    last = k;
  }
  if (first < 0) return null;
  const needle = index.text.slice(first, last + 1);
  const before = index.text.slice(Math.max(0, first - CONTEXT), first);
  const after = index.text.slice(last + 1, last + 1 + CONTEXT);
  const extracted = squash(text);
  const found = bestOccurrence(extracted.text, needle, before, after, index.text.length ? first / index.text.length : 0);
  if (!found) return null;
  const start = extracted.toOriginal[found.at];
  const end = extracted.toOriginal[found.at + needle.length - 1] + 1;
  return { quote: text.slice(start, end), start, end, ...contextOf(text, start, end) };
}
