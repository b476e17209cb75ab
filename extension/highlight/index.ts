// Facts on the live page: find them (text-index.ts, place.ts), draw them (draw.ts).
// DOM only, no extension API: the content script wires it to messages.

export { buildTextIndex, rangeOf, OVERLAY_ATTRIBUTE, type TextIndex } from './text-index.ts';
export { placeFacts, locateOnPage, quoteOfRange, CONTEXT, type Anchor, type PlacedFact, type Placement, type PagePosition, type PlaceMethod } from './place.ts';
export {
  drawHighlights,
  clearHighlights,
  relabelHighlights,
  scrollToFact,
  drawnItems,
  itemAt,
  highlightApiAvailable,
  HIGHLIGHT_PREFIX,
  type DrawItem,
  type DrawOptions,
  type FactStatus,
} from './draw.ts';
export { squash, squashText, isIgnorable } from './squash.ts';
