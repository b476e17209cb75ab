// Drawing placed facts on the page, one colour per kind (extension/ui/palette.ts, the side
// panel's colours), with a legend and a tooltip that shows the fact's fields on hover.
//
// - Where the browser has the CSS Custom Highlight API (Chromium 105+, Firefox 140+, Safari
//   17.2+) the page's DOM is not touched at all: one Highlight per kind in CSS.highlights,
//   styled by ::highlight(bantin-<kind>) rules in one <style> element.
// - Elsewhere each highlighted stretch of a text node is split off and wrapped in
//   <mark data-bantin-kind>: no other node moves, and clearHighlights() puts the original
//   text nodes back together.
// - The legend and the tooltip live in a closed shadow root: page CSS cannot restyle them and
//   page scripts cannot reach into them. Hovering is hit-tested against the facts' client
//   rectangles on mousemove (once per animation frame), so nothing is laid over the text and
//   the page's own clicks, selections and links keep working.
//
// Everything written into the page is written with textContent: page text is never parsed
// as HTML. Its words are in the interface's language (extension/i18n); relabelHighlights()
// rewrites them when the language changes, without drawing again.

import type { FactKind } from '../../analyzer/contract.ts';
import { kindLabel, t } from '../i18n/index.ts';
import { FIELD_SPECS, fieldValueText } from '../ui/fields.ts';
import { KIND_ORDER, PALETTE } from '../ui/palette.ts';
import { OVERLAY_ATTRIBUTE } from './text-index.ts';

/** What the tooltip says under a fact's fields: a saved fact's state, or that it is new on a saved page. */
export type FactStatus = { saved: true; checked: boolean; manual: boolean } | { saved: false };

export interface DrawItem {
  /** The fact's key, the same on each of its mentions; what scrollToFact() takes. */
  key: string;
  /** Which of the fact's mentions this is (0, the default: the first) … */
  mention?: number;
  /** … of how many (a fact named five times is drawn five times). */
  mentions?: number;
  kind: FactKind;
  range: Range;
  /** The fact's text on the page. */
  quote: string;
  /** Canonical fields as the researcher sees them (corrections applied). */
  fields: Readonly<Record<string, unknown>>;
  /** Saved facts: ticked or not (unticked ones are drawn underlined only). */
  checked?: boolean;
  /** Shown under the fields in the tooltip ('Saved · ticked', 'New, not saved' …). */
  status?: FactStatus;
}

export interface DrawOptions {
  /** Facts of the analysis that could not be placed on the page (shown in the legend). */
  notFound?: number;
  /** Further mentions of placed facts that could not be placed (shown in the legend). */
  lostMentions?: number;
  /** A line at the top of the legend (defaults to 'Bantin'). */
  title?: string;
}

export const HIGHLIGHT_PREFIX = 'bantin-';
const FOCUS = `${HIGHLIGHT_PREFIX}focus`;
const FOCUS_MS = 2500;
const STYLE_ATTRIBUTE = 'data-bantin-style';
const MARK_ATTRIBUTE = 'data-bantin-kind';
const OFF_ATTRIBUTE = 'data-bantin-off';
const FOCUS_ATTRIBUTE = 'data-bantin-focus';
/**
 * Every highlight name drawn here (highlightName(), FOCUS), removed by name: in a Firefox
 * content script CSS.highlights is the page's registry seen through an Xray, and iterating
 * it (keys(), for…of) throws 'Xray wrapping of iterators not supported'.
 */
const HIGHLIGHT_NAMES: readonly string[] = [...KIND_ORDER.flatMap((k) => [`${HIGHLIGHT_PREFIX}${k}`, `${HIGHLIGHT_PREFIX}${k}-off`]), FOCUS];

/** Where the Custom Highlight API is available. */
export function highlightApiAvailable(): boolean {
  return (
    typeof CSS !== 'undefined' &&
    'highlights' in CSS &&
    typeof (globalThis as { Highlight?: unknown }).Highlight === 'function'
  );
}

interface Drawn {
  items: DrawItem[];
  mode: 'highlight-api' | 'marks';
  /** marks mode: what was split and wrapped, to undo it. */
  splits: { original: Text; pieces: Text[] }[];
  marks: HTMLElement[];
  marksOf: Map<DrawItem, HTMLElement[]>;
  overlay: Overlay;
  options: DrawOptions;
  /** The item the tooltip shows now. */
  tipItem?: DrawItem;
  detach: () => void;
  focusTimer?: ReturnType<typeof setTimeout>;
}

let drawn: Drawn | undefined;

/** The items drawn now (empty when nothing is drawn). */
export function drawnItems(): readonly DrawItem[] {
  return drawn?.items ?? [];
}

/** Draws the items (replacing whatever was drawn before). */
export function drawHighlights(items: readonly DrawItem[], options: DrawOptions = {}): void {
  clearHighlights();
  const doc = document;
  ensureStyle(doc);
  const list = [...items];
  const mode = highlightApiAvailable() ? 'highlight-api' : 'marks';
  const state: Drawn = {
    items: list,
    mode,
    splits: [],
    marks: [],
    marksOf: new Map(),
    overlay: createOverlay(doc),
    options,
    detach: () => {},
  };
  if (mode === 'highlight-api') {
    const groups = new Map<string, Range[]>();
    for (const item of list) {
      const name = highlightName(item);
      groups.set(name, [...(groups.get(name) ?? []), item.range]);
    }
    for (const [name, ranges] of groups) CSS.highlights.set(name, new Highlight(...ranges));
  } else {
    wrapInMarks(doc, state);
  }
  renderLegend(state.overlay, list, options);
  state.detach = listenForHover(doc, state);
  drawn = state;
}

/** Writes the legend and the tooltip again in the language in use (it changed). */
export function relabelHighlights(): void {
  const state = drawn;
  if (!state) return;
  state.overlay.legend.setAttribute('aria-label', t('legend.label'));
  renderLegend(state.overlay, state.items, state.options);
  if (state.tipItem) renderTooltip(state.overlay, state.tipItem);
}

/** Removes every highlight, mark, the legend and the tooltip; the page is as it was. */
export function clearHighlights(): void {
  const state = drawn;
  drawn = undefined;
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
    for (const name of HIGHLIGHT_NAMES) CSS.highlights.delete(name);
  }
  if (!state) return;
  if (state.focusTimer) clearTimeout(state.focusTimer);
  state.detach();
  unwrapMarks(state);
  state.overlay.host.remove();
}

/** Scrolls the page to a mention of the fact (the first by default) and flashes it; false when no such fact is drawn. */
export function scrollToFact(key: string, mention = 0): boolean {
  const state = drawn;
  const ofFact = state?.items.filter((i) => i.key === key) ?? [];
  // A mention that could not be placed: the nearest one drawn before it, else the first.
  const item = ofFact.filter((i) => (i.mention ?? 0) <= mention).pop() ?? ofFact[0];
  if (!state || !item) return false;
  const node = item.range.startContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  focus(state, item);
  return true;
}

function focus(state: Drawn, item: DrawItem): void {
  if (state.focusTimer) clearTimeout(state.focusTimer);
  const previous = state.marks.filter((m) => m.hasAttribute(FOCUS_ATTRIBUTE));
  previous.forEach((m) => m.removeAttribute(FOCUS_ATTRIBUTE));
  if (state.mode === 'highlight-api') {
    const h = new Highlight(item.range);
    h.priority = 10;
    CSS.highlights.set(FOCUS, h);
  } else {
    for (const m of state.marksOf.get(item) ?? []) m.setAttribute(FOCUS_ATTRIBUTE, '');
  }
  state.focusTimer = setTimeout(() => {
    if (state.mode === 'highlight-api') CSS.highlights.delete(FOCUS);
    else for (const m of state.marksOf.get(item) ?? []) m.removeAttribute(FOCUS_ATTRIBUTE);
  }, FOCUS_MS);
}

function highlightName(item: DrawItem): string {
  return `${HIGHLIGHT_PREFIX}${item.kind}${item.checked === false ? '-off' : ''}`;
}

// ---------------------------------------------------------------------------------------
// Styles (in the document: ::highlight() rules only apply from the document's own sheets)

function ensureStyle(doc: Document): void {
  if (doc.querySelector(`style[${STYLE_ATTRIBUTE}]`)) return;
  const rules: string[] = [];
  for (const kind of KIND_ORDER) {
    const c = PALETTE[kind];
    rules.push(
      `::highlight(${HIGHLIGHT_PREFIX}${kind}){background-color:${c.background};color:${c.text};text-decoration:underline 2px ${c.border};}`,
      `::highlight(${HIGHLIGHT_PREFIX}${kind}-off){text-decoration:underline dotted 2px ${c.border};}`,
      `mark[${MARK_ATTRIBUTE}="${kind}"]{background-color:${c.background}!important;color:${c.text}!important;text-decoration:underline 2px ${c.border}!important;}`,
      `mark[${MARK_ATTRIBUTE}="${kind}"][${OFF_ATTRIBUTE}]{background-color:transparent!important;color:inherit!important;text-decoration:underline dotted 2px ${c.border}!important;}`,
    );
  }
  rules.push(
    `::highlight(${FOCUS}){background-color:#ffd400;color:#000;}`,
    `mark[${MARK_ATTRIBUTE}]{all:unset;display:inline!important;margin:0!important;padding:0!important;border:0!important;font:inherit!important;}`,
    `mark[${MARK_ATTRIBUTE}][${FOCUS_ATTRIBUTE}]{background-color:#ffd400!important;color:#000!important;}`,
  );
  const style = doc.createElement('style');
  style.setAttribute(STYLE_ATTRIBUTE, '');
  style.textContent = rules.join('\n');
  (doc.head ?? doc.documentElement).appendChild(style);
}

// ---------------------------------------------------------------------------------------
// Fallback: <mark> elements

const NOT_TEXT = new Set(['script', 'style', 'noscript', 'textarea', 'title', 'template', 'option']);

function wrapInMarks(doc: Document, state: Drawn): void {
  // Every (text node, from, to) that an item covers, computed before anything is split.
  const perNode = new Map<Text, { from: number; to: number; item: DrawItem }[]>();
  for (const item of state.items) {
    const r = item.range;
    const root = r.commonAncestorContainer;
    const texts: Text[] = [];
    if (root.nodeType === 3) texts.push(root as Text);
    else {
      const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (r.intersectsNode(n)) texts.push(n as Text);
    }
    for (const t of texts) {
      if (t.parentElement && NOT_TEXT.has(t.parentElement.localName)) continue;
      const from = t === r.startContainer ? r.startOffset : 0;
      const to = t === r.endContainer ? r.endOffset : t.data.length;
      if (to <= from) continue;
      perNode.set(t, [...(perNode.get(t) ?? []), { from, to, item }]);
    }
  }
  for (const [text, segments] of perNode) {
    const cuts = [...new Set(segments.flatMap((s) => [s.from, s.to]))].filter((c) => c > 0 && c < text.data.length);
    cuts.sort((a, b) => b - a);
    const pieces: { node: Text; from: number; to: number }[] = [];
    let end = text.data.length;
    for (const c of cuts) {
      pieces.unshift({ node: text.splitText(c), from: c, to: end });
      end = c;
    }
    pieces.unshift({ node: text, from: 0, to: end });
    state.splits.push({ original: text, pieces: pieces.map((p) => p.node) });
    for (const piece of pieces) {
      const covering = segments.filter((s) => s.from <= piece.from && s.to >= piece.to).map((s) => s.item);
      if (!covering.length) continue;
      // Where facts overlap, the innermost (shortest) one shows.
      const shown = covering.reduce((a, b) => (b.quote.length < a.quote.length ? b : a));
      const mark = doc.createElement('mark');
      mark.setAttribute(MARK_ATTRIBUTE, shown.kind);
      if (shown.checked === false) mark.setAttribute(OFF_ATTRIBUTE, '');
      piece.node.parentNode!.insertBefore(mark, piece.node);
      mark.appendChild(piece.node);
      state.marks.push(mark);
      for (const item of covering) state.marksOf.set(item, [...(state.marksOf.get(item) ?? []), mark]);
    }
  }
  // The items' ranges collapsed when their text moved into marks: span the marks instead.
  for (const item of state.items) {
    const marks = state.marksOf.get(item);
    if (!marks?.length) continue;
    marks.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
    const range = doc.createRange();
    range.setStartBefore(marks[0]);
    range.setEndAfter(marks[marks.length - 1]);
    item.range = range;
  }
}

function unwrapMarks(state: Drawn): void {
  for (const mark of state.marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
  }
  for (const { original, pieces } of state.splits) {
    const siblings = pieces.every((p, i) => p.isConnected && (i === 0 || p.previousSibling === pieces[i - 1]));
    if (!siblings) continue;
    original.data = pieces.map((p) => p.data).join('');
    for (const p of pieces.slice(1)) p.remove();
  }
  state.marks = [];
  state.splits = [];
}

// ---------------------------------------------------------------------------------------
// Legend and tooltip, in a closed shadow root

interface Overlay {
  host: HTMLElement;
  legend: HTMLElement;
  tooltip: HTMLElement;
}

const OVERLAY_CSS = `
:host{all:initial}
*{box-sizing:border-box}
.legend,.tip{font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1a1a1a;background:#fff;
  border:1px solid #c8c8c8;border-radius:6px;box-shadow:0 2px 10px rgba(0,0,0,.18)}
.legend{position:fixed;right:12px;bottom:12px;padding:8px 10px;min-width:170px;pointer-events:auto}
.legend header{display:flex;align-items:center;justify-content:space-between;gap:8px;font-weight:600;margin-bottom:4px}
.legend button{all:unset;cursor:pointer;padding:0 4px;font-size:16px;line-height:1;color:#555}
.legend button:focus-visible{outline:2px solid #1f5fbf}
.row{display:flex;align-items:center;gap:6px;margin:2px 0}
.sw{display:inline-block;width:14px;height:14px;border-radius:3px;border-bottom:3px solid}
.n{margin-left:auto;font-variant-numeric:tabular-nums;color:#444}
.miss{margin-top:4px;color:#8a1c1c}
.tip{position:fixed;max-width:360px;padding:8px 10px;pointer-events:none;display:none}
.tip .k{font-weight:600;margin-bottom:2px}
.tip .q{font-style:italic;margin-bottom:4px;word-break:break-word}
.tip dl{display:grid;grid-template-columns:auto 1fr;gap:1px 8px;margin:0}
.tip dt{color:#555}
.tip dd{margin:0;word-break:break-word}
.tip .s{margin-top:4px;color:#555;font-size:12px}
`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function createOverlay(doc: Document): Overlay {
  const host = doc.createElement('div');
  host.setAttribute(OVERLAY_ATTRIBUTE, '');
  host.style.cssText = 'all:initial!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;z-index:2147483647!important;';
  const root = host.attachShadow({ mode: 'closed' });
  const style = el(doc, 'style');
  style.textContent = OVERLAY_CSS;
  const legend = el(doc, 'div', 'legend');
  legend.setAttribute('role', 'note');
  legend.setAttribute('aria-label', t('legend.label'));
  const tooltip = el(doc, 'div', 'tip');
  tooltip.setAttribute('role', 'tooltip');
  root.append(style, legend, tooltip);
  doc.documentElement.appendChild(host);
  return { host, legend, tooltip };
}

function renderLegend(overlay: Overlay, items: readonly DrawItem[], options: DrawOptions): void {
  const doc = overlay.host.ownerDocument;
  const { legend } = overlay;
  legend.replaceChildren();
  const header = el(doc, 'header');
  // The legend counts facts, not the places they are named.
  const facts = [...new Map(items.map((i) => [i.key, i] as const)).values()];
  header.append(el(doc, 'span', undefined, t('legend.facts', { title: options.title ?? t('manifest.name'), count: facts.length })));
  const close = el(doc, 'button', undefined, '×');
  close.title = t('legend.hide');
  close.setAttribute('aria-label', t('legend.hide'));
  close.addEventListener('click', () => {
    legend.style.display = 'none';
  });
  header.append(close);
  legend.append(header);
  for (const kind of KIND_ORDER) {
    const n = facts.filter((i) => i.kind === kind).length;
    const row = el(doc, 'div', 'row');
    row.dataset.kind = kind;
    const sw = el(doc, 'span', 'sw');
    sw.style.background = PALETTE[kind].background;
    sw.style.borderBottomColor = PALETTE[kind].border;
    row.append(sw, el(doc, 'span', undefined, kindLabel(kind)), el(doc, 'span', 'n', String(n)));
    legend.append(row);
  }
  if (options.notFound) legend.append(el(doc, 'div', 'miss', t('legend.notFound', { count: options.notFound })));
  if (options.lostMentions) legend.append(el(doc, 'div', 'miss', t('legend.mentionsLost', { count: options.lostMentions })));
}

/** 'Saved · ticked · added by hand', 'New, not saved'. */
function statusText(status: FactStatus): string {
  if (!status.saved) return t('tooltip.unsaved');
  return [t('tooltip.saved'), status.checked ? t('tooltip.ticked') : t('tooltip.unticked'), status.manual ? t('tooltip.manual') : ''].filter(Boolean).join(' · ');
}

function renderTooltip(overlay: Overlay, item: DrawItem): void {
  const doc = overlay.host.ownerDocument;
  const tip = overlay.tooltip;
  tip.replaceChildren();
  const kind = el(doc, 'div', 'k', kindLabel(item.kind));
  kind.style.color = PALETTE[item.kind].border;
  tip.append(kind, el(doc, 'div', 'q', `“${item.quote}”`));
  const dl = el(doc, 'dl');
  for (const spec of FIELD_SPECS[item.kind]) {
    const v = item.fields[spec.name];
    if (v === undefined || v === null || v === '') continue;
    dl.append(el(doc, 'dt', undefined, t(spec.label)), el(doc, 'dd', undefined, fieldValueText(spec.name, v)));
  }
  tip.append(dl);
  if (item.mentions && item.mentions > 1) tip.append(el(doc, 'div', 's', t('tooltip.mention', { index: (item.mention ?? 0) + 1, total: item.mentions })));
  if (item.status) tip.append(el(doc, 'div', 's', statusText(item.status)));
  tip.style.borderLeft = `4px solid ${PALETTE[item.kind].border}`;
}

/** The drawn item under the point (the smallest one where facts overlap). */
export function itemAt(x: number, y: number): DrawItem | undefined {
  const state = drawn;
  if (!state) return undefined;
  let hit: DrawItem | undefined;
  for (const item of state.items) {
    const box = item.range.getBoundingClientRect();
    if (x < box.left || x > box.right || y < box.top || y > box.bottom) continue;
    for (const r of item.range.getClientRects()) {
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) {
        if (!hit || item.quote.length < hit.quote.length) hit = item;
        break;
      }
    }
  }
  return hit;
}

function listenForHover(doc: Document, state: Drawn): () => void {
  const view = doc.defaultView;
  if (!view) return () => {};
  let pending = false;
  let x = 0;
  let y = 0;
  let shown: DrawItem | undefined;
  const hide = () => {
    shown = undefined;
    state.tipItem = undefined;
    state.overlay.tooltip.style.display = 'none';
  };
  const update = () => {
    pending = false;
    if (drawn !== state) return;
    const item = itemAt(x, y);
    if (!item) return hide();
    const tip = state.overlay.tooltip;
    if (item !== shown) {
      renderTooltip(state.overlay, item);
      shown = item;
      state.tipItem = item;
    }
    tip.style.display = 'block';
    const { innerWidth: w, innerHeight: h } = view;
    const box = tip.getBoundingClientRect();
    const left = Math.max(4, Math.min(x + 14, w - box.width - 4));
    const top = y + 18 + box.height > h ? Math.max(4, y - box.height - 12) : y + 18;
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  };
  const schedule = () => {
    if (!pending) {
      pending = true;
      view.requestAnimationFrame(update);
    }
  };
  const onMove = (e: MouseEvent) => {
    x = e.clientX;
    y = e.clientY;
    schedule();
  };
  // Scrolling moves the text under a still pointer: hit-test again at the same point.
  const onScroll = () => schedule();
  const options = { capture: true, passive: true } as const;
  doc.addEventListener('mousemove', onMove, options);
  doc.addEventListener('scroll', onScroll, options);
  doc.documentElement.addEventListener('mouseleave', hide, options);
  return () => {
    doc.removeEventListener('mousemove', onMove, options);
    doc.removeEventListener('scroll', onScroll, options);
    doc.documentElement.removeEventListener('mouseleave', hide, options);
    hide();
  };
}
