// The text of the live page as the reader sees it, character by character: the text nodes
// under <body> in document order, with what is never read skipped (scripts, styles, form
// controls, embedded objects, hidden elements and Bantin's own overlay), squashed like the
// extracted text (squash.ts) and with, for every kept character, the text node and offset
// it came from. A DOM Range for any stretch of that text is then two look-ups.

import { isIgnorable } from './squash.ts';

/** Elements whose content is never page text (the extractor skips the same ones). */
const NEVER = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio',
  'button', 'select', 'textarea', 'input', 'head', 'title', 'meta', 'link', 'base',
]);

/** Marks the element that hosts Bantin's legend and tooltip; its text is never page text. */
export const OVERLAY_ATTRIBUTE = 'data-bantin-overlay';

export interface TextIndex {
  /** The page text, squashed (no white space or invisible characters). */
  text: string;
  /** The text nodes the characters come from. */
  nodes: Text[];
  /** For each character of `text`: index into `nodes`, and UTF-16 offset in that node. */
  node: Uint32Array;
  offset: Uint32Array;
}

function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute(OVERLAY_ATTRIBUTE)) return true;
  // display: none / content-visibility: hidden, by a stylesheet or inline. Elements without
  // layout boxes of their own (display: contents) still show their children.
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') {
    if (!check.call(el)) {
      const style = el.ownerDocument.defaultView?.getComputedStyle(el);
      return !style || style.display !== 'contents';
    }
    return false;
  }
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*display\s*:\s*none/i.test(style);
}

/** The page text under `root` (document.body by default). */
export function buildTextIndex(root: Node | null = globalThis.document?.body ?? null): TextIndex {
  const nodes: Text[] = [];
  const chars: string[] = [];
  let nodeIdx: number[] = [];
  let offsets: number[] = [];
  if (!root) return { text: '', nodes, node: new Uint32Array(0), offset: new Uint32Array(0) };
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(n: Node): number {
      if (n.nodeType === 1) {
        const el = n as Element;
        const name = el.localName.toLowerCase();
        if (NEVER.has(name) || hidden(el)) return 2; // FILTER_REJECT: skip the subtree
        return 3; // FILTER_SKIP: descend
      }
      return 1; // FILTER_ACCEPT
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    const data = t.data;
    if (!data) continue;
    const idx = nodes.length;
    let any = false;
    let runStart = 0;
    for (let i = 0; i < data.length; i++) {
      if (isIgnorable(data.charCodeAt(i))) {
        if (i > runStart) chars.push(data.slice(runStart, i));
        runStart = i + 1;
        continue;
      }
      nodeIdx.push(idx);
      offsets.push(i);
      any = true;
    }
    if (data.length > runStart) chars.push(data.slice(runStart));
    if (any) nodes.push(t);
  }
  const index: TextIndex = { text: chars.join(''), nodes, node: Uint32Array.from(nodeIdx), offset: Uint32Array.from(offsets) };
  nodeIdx = offsets = [];
  return index;
}

/** A Range over the characters [start, end) of the index's text (end > start). */
export function rangeOf(index: TextIndex, start: number, end: number): Range {
  const first = index.nodes[index.node[start]];
  const last = index.nodes[index.node[end - 1]];
  const range = first.ownerDocument.createRange();
  range.setStart(first, index.offset[start]);
  range.setEnd(last, index.offset[end - 1] + 1);
  return range;
}
