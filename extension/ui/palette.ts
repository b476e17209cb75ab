// One colour per fact kind, shared by the side panel and the page highlighter, so a fact
// looks the same in both. Plain data (no DOM, no Preact): content scripts import it too.
//
// Backgrounds are light enough for black text (contrast ≥ 7:1 with #1a1a1a); `border`
// is the strong shade for underlines, left rules and swatches (≥ 3:1 on white).

import { FACT_KINDS, type FactKind } from '../../analyzer/contract.ts';

export interface KindColor {
  /** Fill behind highlighted text and behind the panel's group header. */
  background: string;
  /** Strong shade: underline on the page, left rule and swatch in the panel. */
  border: string;
  /** Text colour on `background`. */
  text: string;
}

export const PALETTE: Readonly<Record<FactKind, KindColor>> = {
  document: { background: '#dbe9ff', border: '#1f5fbf', text: '#1a1a1a' },
  date: { background: '#ffe8c7', border: '#b35c00', text: '#1a1a1a' },
  count: { background: '#d9f2dd', border: '#1e7a34', text: '#1a1a1a' },
  award: { background: '#fff4b0', border: '#8a6d00', text: '#1a1a1a' },
  office: { background: '#eadcff', border: '#6a3fb5', text: '#1a1a1a' },
  person: { background: '#ffdbe6', border: '#b02a5b', text: '#1a1a1a' },
};

/** The order kinds are listed in (the contract's). */
export const KIND_ORDER: readonly FactKind[] = FACT_KINDS;

/** CSS custom properties (--bantin-<kind>-bg / -border / -text) for a stylesheet or a style attribute. */
export function paletteCssVariables(): string {
  return KIND_ORDER.map((k) => {
    const c = PALETTE[k];
    return `--bantin-${k}-bg: ${c.background}; --bantin-${k}-border: ${c.border}; --bantin-${k}-text: ${c.text};`;
  }).join(' ');
}
