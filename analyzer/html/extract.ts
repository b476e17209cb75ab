// The article of a web page as plain text, for analyze(): the same code runs on the live
// page in the extension's content script (the real DOM) and on a saved .html file in the
// CLI (linkedom, analyzer/html/node.ts). It only uses the standard DOM API and imports no
// DOM implementation.
//
//   document ──clone──▶ Readability ──▶ article element ──textFromElement──▶ lines
//            ├──────── (nothing or < 200 characters) ──▶ the embedded article (embedded.ts:
//            │         JSON-LD articleBody, __NEXT_DATA__, window.__INITIAL_STATE__ …)
//            └──────── (none either) ──▶ document.body, furniture skipped; nothing to
//                      read there (links aside) ──▶ method 'none', no text
//
// Readability removes the headline (it duplicates the title), the byline and sometimes the
// dateline and the lead (sapo) from the content it returns, but analyze() reads the title
// and dateline from the first lines of the text and the byline from its last lines, and
// they hold facts of their own ('Thứ hai, 27/08/2012 - 10:05' is a date, the byline a
// person; the lead states the article's key facts). So the headline, the printed dateline,
// the lead and the printed byline are found on the original page, next to its headline,
// and put back where analyze() expects them when the extracted text lacks them. The
// headline is never an address (an og:title holding the URL falls back to JSON-LD's
// headline or <title>); the date and byline come from meta tags, JSON-LD or the page,
// whatever language its text is in. Class-name hints and data keys are in hints.ts.
//
// Never throws: odd markup gives less text, not an exception.

import { Readability } from '@mozilla/readability';
import { embeddedArticle, jsonLdInfo, looksLikeUrl } from './embedded.ts';
import type { EmbeddedArticle, JsonLdInfo } from './embedded.ts';
import { LEAD_CLASS_INFIXES, LEAD_CLASS_PARTS, STAMP_CLASSES } from './hints.ts';

export interface ExtractOptions {
  /** The page's address (the live page's location; for a saved file, if known). */
  url?: string;
}

export interface ExtractedArticle {
  /** The article as plain text: one line per block, the headline first, the byline last. */
  text: string;
  /** Headline as printed (the page's h1 when it matches the page title), else the page title. */
  title?: string;
  /** Publication date from the page metadata (or the printed dateline), ISO 8601: '2012-08-27T10:05:00+07:00'. */
  published?: string;
  /** Author as printed on the page, else from its metadata. */
  byline?: string;
  /** Site name from the page metadata (og:site_name, application-name). */
  siteName?: string;
  /** The page's own address: <link rel=canonical>, og:url, else options.url. Absolute http(s) only. */
  url?: string;
  /**
   * How the text was found: 'readability' (the extractor found the article), 'embedded'
   * (the page's JSON-LD articleBody or framework data script: a page saved before its
   * scripts ran), 'body' (the whole-body fallback), 'none' (no readable article: the page
   * holds no article text and no embedded article; `text` is then empty).
   */
  method: 'readability' | 'embedded' | 'body' | 'none';
}

/** Readability's text shorter than this means it found no article: use the whole body. */
export const MIN_ARTICLE_CHARS = 200;

/**
 * A page whose whole-body text, links, headline and dateline aside, is shorter than this
 * has no readable article (method 'none'): an app shell saved before its scripts ran, a
 * consent or error page. A one-sentence notice is readable.
 */
export const MIN_TEXT_CHARS = 40;

const ELEMENT = 1;
const TEXT = 3;

/** Never text: code, styles, embedded objects and form controls. */
const NEVER = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio',
  'button', 'select', 'textarea', 'input', 'head', 'title', 'meta', 'link', 'base',
]);
/** Page furniture, skipped on the whole-body fallback (and nav/aside inside an article, too). */
const FURNITURE = new Set(['nav', 'header', 'footer', 'aside']);
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
const IN_ARTICLE_SKIP = new Set(['nav', 'aside']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead',
  'tr', 'ul', 'body', 'html',
]);

export interface TextOptions {
  /** Also skip nav, header, footer, aside and their ARIA roles (the whole-body fallback). */
  skipFurniture?: boolean;
  /** Also skip the text of links (to measure the text a page holds besides its menus). */
  skipLinks?: boolean;
}

const nameOf = (el: Element): string => String(el.localName || el.tagName || '').toLowerCase();

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * The text of an element as a reader sees it, like innerText without layout: blocks and
 * <br> start new lines, table cells are separated by a tab, whitespace runs collapse,
 * blank lines are dropped, lines are trimmed. Scripts, styles, form controls and hidden
 * elements give nothing (so does nav/aside; header/footer too with skipFurniture).
 */
export function textFromElement(el: Element | DocumentFragment, options: TextOptions = {}): string {
  const skip = options.skipFurniture ? FURNITURE : IN_ARTICLE_SKIP;
  const parts: string[] = [];
  // Iterative walk: deeply nested markup must not overflow the stack. A fragment (the
  // content of a <template>) is walked through its children.
  const stack: (Node | string)[] = el.nodeType === ELEMENT ? [el] : Array.from(el.childNodes).reverse();
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    if (item.nodeType === TEXT) {
      parts.push((item.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' '));
      continue;
    }
    if (item.nodeType !== ELEMENT) continue;
    const e = item as Element;
    const name = nameOf(e);
    if (e !== el) {
      if (NEVER.has(name) || skip.has(name) || isHidden(e)) continue;
      if (options.skipFurniture && FURNITURE_ROLES.has(String(e.getAttribute('role') ?? '').toLowerCase())) continue;
      if (options.skipLinks && name === 'a') continue;
    }
    if (name === 'br') {
      parts.push('\n');
      continue;
    }
    const block = BLOCK.has(name) || name === 'hr';
    const cell = name === 'td' || name === 'th';
    // Pushed in reverse: closing separator, children (last first), opening separator.
    stack.push(block ? '\n' : cell ? '\t' : isStamp(e) ? ' - ' : '');
    const children = e.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    if (block) stack.push('\n');
  }
  return tidy(parts.join(''));
}

/**
 * A location stamp whose separator the site's CSS draws (hints.ts STAMP_CLASSES) and that
 * is not followed by one already: its text gets ' - ' after it, as the reader sees it.
 */
function isStamp(e: Element): boolean {
  const classes = (e.getAttribute('class') ?? '').toLowerCase().split(/\s+/);
  if (!STAMP_CLASSES.some((c) => classes.includes(c))) return false;
  const next = (e.nextSibling?.textContent ?? '').trimStart();
  return !/^[-–—:|]/u.test(next);
}

/** Trim lines, collapse spaces, drop blank lines. */
function tidy(s: string): string {
  const out: string[] = [];
  for (const raw of s.split('\n')) {
    const line = raw.replace(/ {2,}/g, ' ').replace(/ *\t[ \t]*/g, '\t').trim();
    if (line) out.push(line);
  }
  return out.join('\n');
}

/** Whitespace-insensitive comparable form of a line. */
const squash = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();

// ---------------------------------------------------------------------------------------
// Page metadata

function meta(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const el = safe(() => doc.querySelector(`meta[${attr}="${key}"]`));
      const v = el?.getAttribute('content')?.trim();
      if (v) return v;
    }
  }
  return undefined;
}

/** '2012-08-27T10:05:00+07:00', '2012-08-27 10:05', '27/08/2012 10:05' → ISO 8601 (offset kept, never converted). */
export function isoDate(s: string | null | undefined): string | undefined {
  if (!s) return undefined;
  const t = s.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(t);
  if (iso) {
    const [, y, mo, d, h, mi, sec, zone] = iso;
    if (!validDate(+y, +mo, +d)) return undefined;
    if (h === undefined) return `${y}-${mo}-${d}`;
    if (+h > 23 || +mi > 59) return `${y}-${mo}-${d}`;
    const z = zone ? (zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${y}-${mo}-${d}T${h}:${mi}${sec ? `:${sec}` : ''}${z}`;
  }
  const dmy = /(?:^|\D)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\D{0,12}?(\d{1,2})[:hg](\d{2}))?/u.exec(t);
  if (dmy) {
    const [, d, mo, y, h, mi] = dmy;
    if (!validDate(+y, +mo, +d)) return undefined;
    const date = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
    return h !== undefined && +h < 24 && +mi < 60 ? `${date}T${h.padStart(2, '0')}:${mi}` : date;
  }
  return undefined;
}

const validDate = (y: number, m: number, d: number) => y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31;

/** Elements marked itemprop=datePublished whose text is read, at most. */
const MAX_MARKED = 8;

/** Meta names of the publication date, in order of preference. */
const DATE_META = [
  'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'article:published',
  'dc.date.issued', 'DC.date.issued', 'dcterms.issued', 'DCTERMS.issued', 'dc.date', 'DC.date', 'DC.Date', 'dcterms.date', 'DCTERMS.date', 'dcterms.created',
];

function publishedFromMeta(doc: Document): string | undefined {
  const fromMeta = isoDate(meta(doc, ...DATE_META));
  if (fromMeta) return fromMeta;
  // itemprop=datePublished on any element (<time itemprop=datePublished datetime=…>, <span content=…>).
  // The first few only: a page marks its date once or twice, and each text costs a walk of the element.
  for (const el of all(doc, '[itemprop="datePublished"]').slice(0, MAX_MARKED)) {
    const v = isoDate(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent);
    if (v) return v;
  }
  return undefined;
}

function publishedFromTime(doc: Document, scope: Element | null, inFurniture: FurnitureCheck): string | undefined {
  for (const el of all(scope ?? doc, 'time[datetime]')) {
    if (inFurniture(el)) continue;
    const v = isoDate(el.getAttribute('datetime'));
    if (v) return v;
  }
  return undefined;
}

function absoluteHttp(u: string | null | undefined, base?: string): string | undefined {
  if (!u || !u.trim()) return undefined;
  try {
    const url = base ? new URL(u.trim(), base) : new URL(u.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function pageUrl(doc: Document, fallback?: string): string | undefined {
  const canonical = safe(() => doc.querySelector('link[rel~="canonical"]'))?.getAttribute('href');
  return absoluteHttp(canonical, fallback) ?? absoluteHttp(meta(doc, 'og:url'), fallback) ?? absoluteHttp(fallback);
}

// ---------------------------------------------------------------------------------------
// Headline, dateline and byline as printed on the page

/** Containers whose dates and names belong to other articles or to the site. */
const FURNITURE_CLASS =
  /comment|binh-?luan|sidebar|related|lien-?quan|tin-?khac|cung-?chuyen-?muc|doc-?nhieu|xem-?nhieu|most-?(?:read|view)|widget|footer|menu|breadcrumb|share|social|banner|advert|quang-?cao|tags?\b|keyword/i;

/**
 * Is the element inside page furniture (nav, aside, footer, a header without the headline,
 * a furniture role or class)? Answers are kept per element for one extraction and each
 * ancestor is judged once, so asking for every element of a page costs one walk of it.
 */
type FurnitureCheck = (el: Element) => boolean;

/** Does an element's text match the page title (equal, or one holding most of the other)? */
function titleMatcher(pageTitle: string | undefined): (h: Element) => boolean {
  const t = pageTitle ? squash(pageTitle) : '';
  return (h) => {
    const s = squash(h.textContent ?? '');
    return !!t && !!s && (s === t || ((t.includes(s) || s.includes(t)) && Math.min(s.length, t.length) / Math.max(s.length, t.length) > 0.5));
  };
}

/**
 * The furniture check of a page. A container that holds the h1 printing the page title is
 * the article's column whatever its class says (VnExpress's main column is `sidebar-1`);
 * nav, aside and footer elements stay furniture.
 */
function furnitureCheck(pageTitle?: string): FurnitureCheck {
  const known = new Map<Element, boolean>();
  let holdsHeadline: Set<Element> | undefined;
  const isHeadlineColumn = (e: Element) => {
    if (!holdsHeadline) {
      holdsHeadline = new Set();
      const matches = titleMatcher(pageTitle);
      for (const h of all(e.ownerDocument ?? e, 'h1')) {
        if (!matches(h)) continue;
        for (let p = h.parentElement; p && !holdsHeadline.has(p); p = p.parentElement) holdsHeadline.add(p);
      }
    }
    return holdsHeadline.has(e);
  };
  // The elements that hold an h1, found once from the h1s up (a header holding the headline is no furniture).
  let holdsH1: Set<Element> | undefined;
  const hasH1 = (header: Element) => {
    if (!holdsH1) {
      holdsH1 = new Set();
      for (const h of all(header.ownerDocument ?? header, 'h1')) {
        for (let p = h.parentElement; p && !holdsH1.has(p); p = p.parentElement) holdsH1.add(p);
      }
    }
    return holdsH1.has(header);
  };
  const itself = (e: Element) => {
    const name = nameOf(e);
    if (name === 'nav' || name === 'aside' || name === 'footer' || (name === 'header' && !hasH1(e))) return true;
    const marked = FURNITURE_ROLES.has(String(e.getAttribute('role') ?? '').toLowerCase()) || FURNITURE_CLASS.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`);
    return marked && !isHeadlineColumn(e);
  };
  return (el) => {
    // Up to the first ancestor already judged (or the root), then the answers back down.
    const path: Element[] = [];
    let answer = false;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const k = known.get(e);
      if (k !== undefined) {
        answer = k;
        break;
      }
      path.push(e);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      answer ||= itself(path[i]);
      known.set(path[i], answer);
    }
    return answer;
  };
}

function all(root: ParentNode, selector: string): Element[] {
  return safe(() => Array.from(root.querySelectorAll(selector))) ?? [];
}

/**
 * The element that prints the headline: the h1 (else an h2 or a 'title'-classed element)
 * whose text matches the page title; without a title, the only h1 outside furniture.
 */
function headlineElement(doc: Document, pageTitle: string | undefined, inFurniture: FurnitureCheck): Element | undefined {
  const matches = titleMatcher(pageTitle);
  if (pageTitle && squash(pageTitle)) {
    for (const selector of ['h1', 'h2', '[class*="title"], [class*="tieu-de"], [class*="tieude"], [itemprop="headline"]']) {
      const match = all(doc, selector).find((h) => matches(h) && !inFurniture(h));
      if (match) return match;
    }
  }
  // The only h1, unless it is a link (a site's logo set in an h1 links home).
  const content = all(doc, 'h1').filter((h) => squash(h.textContent ?? '') && !inFurniture(h));
  const only = content.length === 1 ? content[0] : undefined;
  return only && linkShare(only, squash(only.textContent ?? '').length) <= 0.5 ? only : undefined;
}

/** The article around the headline: its nearest ancestor that also holds the body text. */
function articleScope(headline: Element | undefined): Element | null {
  if (!headline) return null;
  const own = (headline.textContent ?? '').length;
  for (let e = headline.parentElement; e; e = e.parentElement) {
    const name = nameOf(e);
    if (name === 'body' || name === 'html') return null;
    if ((e.textContent ?? '').length - own > 400) return e;
  }
  return null;
}

const DATE_TEXT = /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/u;
const DATE_CLASS = /date|time|publish|posted|dateline|ngay|thoi-?gian|cap-?nhat|updated/i;
const AUTHOR_CLASS = /author|byline|tac-?gia|writer|signature|p-author/i;

/**
 * Short elements, innermost first wins: the element itself rather than its wrapper. The
 * ancestors of every candidate are marked once (a walk up stops at a marked one), so this
 * is linear in the size of the page, not quadratic in the number of candidates.
 */
function innermost(candidates: Element[]): Element[] {
  const wrappers = new Set<Element>();
  for (const c of candidates) for (let p = c.parentElement; p && !wrappers.has(p); p = p.parentElement) wrappers.add(p);
  return candidates.filter((c) => !wrappers.has(c));
}

interface Order {
  /** Elements in document order … */
  list: Element[];
  /** … and each one's position. */
  index: Map<Element, number>;
}

function documentOrder(root: Element | Document): Order {
  const list = all(root, '*');
  return { list, index: new Map(list.map((e, i) => [e, i])) };
}

/** The printed dateline next to the headline: a short element with a d/m/yyyy date. */
function datelineElement(scope: Element | Document, headline: Element | undefined, order: Order, inFurniture: FurnitureCheck): Element | undefined {
  const found = innermost(
    all(scope, 'time, [itemprop="datePublished"], [class], [id], span, p, div').filter((e) => {
      const text = squash(e.textContent ?? '');
      if (!text || text.length > 80 || !DATE_TEXT.test(text) || inFurniture(e)) return false;
      const marked = nameOf(e) === 'time' || DATE_CLASS.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''} ${e.getAttribute('itemprop') ?? ''}`);
      // Unmarked elements count only when the date is most of their text ('Thứ ba 20/4/2021').
      return marked || text.length < 40;
    }),
  );
  return nearest(found, headline, order);
}

function bylineElement(scope: Element | Document, headline: Element | undefined, order: Order, inFurniture: FurnitureCheck): Element | undefined {
  const found = innermost(
    all(scope, '[rel~="author"], [itemprop~="author"], [class], [id]').filter((e) => {
      const marks = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''} ${e.getAttribute('itemprop') ?? ''} ${e.getAttribute('rel') ?? ''}`;
      if (!AUTHOR_CLASS.test(marks)) return false;
      const text = squash(e.textContent ?? '');
      return text.length > 1 && text.length <= 80 && !DATE_TEXT.test(text) && !inFurniture(e);
    }),
  );
  // The byline is printed after the headline; take the last one (the signature at the end).
  const after = headline ? found.filter((e) => (order.index.get(e) ?? 0) > (order.index.get(headline) ?? 0)) : found;
  return after.at(-1);
}

/** The candidate closest to the headline in document order, after it preferred. */
function nearest(found: Element[], headline: Element | undefined, order: Order): Element | undefined {
  if (!found.length) return undefined;
  if (!headline) return found[0];
  const h = order.index.get(headline) ?? 0;
  let best: Element | undefined;
  let bestDistance = Infinity;
  for (const e of found) {
    const i = order.index.get(e) ?? 0;
    const distance = i > h ? i - h : (h - i) * 2 + 1;
    if (distance < bestDistance) [best, bestDistance] = [e, distance];
  }
  return best;
}

/**
 * Captions looked at, at most: a photo story has a few dozen, and each one that is missing
 * from the text looks ahead through the page for the line it goes before.
 */
const MAX_CAPTIONS = 50;
const CAPTION_CLASS = /caption|chu-?thich|image_?desc|img-?desc|photo-?desc|desc_?image|pic-?desc/i;
const BLOCK_TEXT = new Set(['p', 'div', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'figcaption', 'blockquote']);

/**
 * Photo captions of the article that the extractor left out (a lead photo outside the
 * body element is dropped by Readability): each goes back before the first line of the
 * text that follows it on the page (a caption with no such line stays out).
 */
function restoreCaptions(lines: string[], scope: Element | null, order: Order, inFurniture: FurnitureCheck): string[] {
  if (!scope) return lines;
  const captions = innermost(
    all(scope, 'figcaption, [class], [id]').filter((e) => {
      if (nameOf(e) !== 'figcaption' && !CAPTION_CLASS.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`)) return false;
      const text = squash(e.textContent ?? '');
      return text.length >= 10 && text.length <= 400 && !inFurniture(e);
    }),
  ).slice(0, MAX_CAPTIONS);
  // The squashed text of each block element looked at, computed once for all captions.
  const blockText = new Map<Element, string>();
  let out = lines;
  for (const caption of captions) {
    const text = textFromElement(caption).replace(/\n/g, ' ');
    if (!text || hasLine(out, text, 'any')) continue;
    const squashed = out.map(squash);
    let at = -1;
    const from = order.index.get(caption);
    if (from !== undefined) {
      for (let i = from + 1; i < order.list.length && at < 0; i++) {
        const e = order.list[i];
        if (caption.contains(e) || !BLOCK_TEXT.has(nameOf(e))) continue;
        let t = blockText.get(e);
        if (t === undefined) blockText.set(e, (t = squash(e.textContent ?? '')));
        if (t.length >= 20) at = squashed.indexOf(t);
      }
    }
    out = at < 0 ? out : [...out.slice(0, at), text, ...out.slice(at)];
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// The lead (sapo): the paragraph between the headline and the body that states the facts.
// Readability often leaves it out (it is a sibling of the body element, an h2, a classed
// div it does not score). The rule is structural: the first text block of paragraph
// length after the headline and before the first line of the body, outside furniture,
// captions, the dateline and the byline; a block whose class says it is a lead (hints.ts)
// wins over an unmarked one and may be shorter.

/** Elements after the headline looked at for the lead, at most (it is printed right below it). */
const LEAD_SCAN = 600;
/** An unmarked block must be this long (a paragraph) and have this many words … */
const LEAD_MIN_CHARS = 80;
const LEAD_MIN_WORDS = 12;
/** … a block marked as a lead at least this long; neither longer than LEAD_MAX_CHARS. */
const LEAD_HINTED_MIN_CHARS = 30;
const LEAD_MAX_CHARS = 1500;
/** A body line shorter than this (a name, a date) does not mark where the body starts. */
const BODY_LINE_MIN_CHARS = 30;
const LEAD_TAGS = new Set(['p', 'div', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section']);

/** Does the element's class or id name it a lead ('singular-sapo', 'description', 'article__lead')? */
export function hasLeadClass(e: Element): boolean {
  const names = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`.toLowerCase();
  for (const token of names.split(/\s+/)) {
    if (!token) continue;
    for (const part of token.split(/[-_]+/)) {
      if (LEAD_CLASS_PARTS.includes(part) || LEAD_CLASS_INFIXES.some((x) => part.includes(x))) return true;
    }
  }
  return false;
}

/** Share of an element's text that is link text (a teaser or a menu, not a lead). */
function linkShare(e: Element, length: number): number {
  let links = 0;
  for (const a of all(e, 'a')) links += squash(a.textContent ?? '').length;
  return length ? links / length : 0;
}

const inFigure = (e: Element) => {
  for (let p: Element | null = e; p; p = p.parentElement) if (nameOf(p) === 'figure' || nameOf(p) === 'figcaption') return true;
  return false;
};

/**
 * The lead element of the page: see above. `known` are the lines the text already has
 * that are not body (headline, dateline); `exclude` the dateline and byline elements.
 * Without a headline only a marked block counts, before the body.
 */
function leadElement(
  headline: Element | undefined,
  lines: string[],
  known: string[],
  exclude: (Element | undefined)[],
  order: Order,
  inFurniture: FurnitureCheck,
): Element | undefined {
  const skip = new Set(known.map(squash));
  const body = lines.map(squash).filter((l) => l.length >= BODY_LINE_MIN_CHARS && !skip.has(l));
  if (!body.length) return undefined;
  const bodySet = new Set(body);
  const firstBody = body[0];
  const headlineText = headline ? squash(headline.textContent ?? '') : '';
  const from = headline ? (order.index.get(headline) ?? -1) + 1 : 0;
  let marked: Element | undefined;
  let unmarked: Element | undefined;
  for (let i = from; i < order.list.length && i < from + LEAD_SCAN && !marked; i++) {
    const e = order.list[i];
    if ((headline && headline.contains(e)) || NEVER.has(nameOf(e))) continue;
    const text = squash(e.textContent ?? '');
    if (!text) continue;
    if (bodySet.has(text)) break; // the body starts here
    if (!LEAD_TAGS.has(nameOf(e)) || text.length > LEAD_MAX_CHARS) continue;
    // Wrappers of the body or the headline, the dateline, the byline, captions, furniture.
    if (text.includes(firstBody) || (headlineText && text.includes(headlineText))) continue;
    if (exclude.some((x) => x && (x === e || x.contains(e) || e.contains(x)))) continue;
    if (inFigure(e) || CAPTION_CLASS.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`) || isHidden(e) || inFurniture(e)) continue;
    const hinted = hasLeadClass(e);
    if (text.length < (hinted ? LEAD_HINTED_MIN_CHARS : LEAD_MIN_CHARS) || linkShare(e, text.length) > 0.5) continue;
    if (hinted) marked = e; // the outermost marked block, all its paragraphs
    // Unmarked: a text block itself, not a wrapper of blocks (which may hold a marked lead).
    else if (headline && !unmarked && text.split(' ').length >= LEAD_MIN_WORDS && !Array.from(e.children).some((c) => LEAD_TAGS.has(nameOf(c)))) unmarked = e;
  }
  return marked ?? unmarked;
}

/**
 * Put the lead's lines right after the headline and the dateline at the top of the text,
 * unless the text already holds any of them (Readability kept it, or the body repeats it).
 */
function insertLead(lines: string[], lead: string[], title: string | undefined, dateline: string | undefined): string[] {
  if (!lead.length || lead.some((l) => hasLine(lines, l, 'any'))) return lines;
  const after = Math.max(title ? headIndex(lines, title, 4) : -1, dateline ? headIndex(lines, dateline, 6) : -1);
  return [...lines.slice(0, after + 1), ...lead, ...lines.slice(after + 1)];
}

// ---------------------------------------------------------------------------------------
// Embedded HTML and page titles

/**
 * The lines of text of an HTML string from the page's embedded data (a framework's
 * `contentHtml`). It is parsed in a <template> that is never attached: template content is
 * inert, so nothing in it runs or loads, and the page is not changed.
 */
function htmlLines(doc: Document, html: string): string[] {
  const template = safe(() => doc.createElement('template'));
  if (!template || safe(() => (template.innerHTML = html)) === undefined) return [];
  const content = (template as HTMLTemplateElement).content ?? template;
  return (safe(() => textFromElement(content)) ?? '').split('\n').filter(Boolean);
}

/** A headline or a name, never an address: an og:title holding the page's URL is no title. */
const notUrl = (s: string | undefined): string | undefined => (s && s.trim() && !looksLikeUrl(s) ? s.trim() : undefined);

/** '<title>' minus the site's name after its last ' | ', ' - ' or ' – ' ('Tin … | Báo Dân trí' → 'Tin …'). */
function withoutSiteName(title: string, siteName: string | undefined): string {
  let cut = -1;
  for (const sep of [' | ', ' - ', ' – ', ' — ']) cut = Math.max(cut, title.lastIndexOf(sep));
  if (cut <= 0) return title;
  const tail = squash(title.slice(cut + 3));
  const site = siteName ? squash(siteName) : '';
  const isSite = site ? site.includes(tail) || tail.includes(site) : tail.split(' ').length <= 4;
  return isSite ? title.slice(0, cut).trim() : title;
}

// ---------------------------------------------------------------------------------------

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** Does the text hold this line (whitespace and case aside) among its first / last lines? */
function hasLine(lines: string[], line: string, where: 'head' | 'tail' | 'any', within = 4): boolean {
  const want = squash(line);
  if (!want) return true;
  const pool = where === 'head' ? lines.slice(0, within) : where === 'tail' ? lines.slice(-within) : lines;
  return pool.some((l) => squash(l).includes(want));
}

/** Index of the first of the first `within` lines that holds this text, or -1. */
function headIndex(lines: string[], text: string, within: number): number {
  const want = squash(text);
  return lines.slice(0, within).findIndex((l) => squash(l).includes(want));
}

interface Readable {
  text: string;
  title?: string;
  byline?: string;
  siteName?: string;
  published?: string;
}

/**
 * Pages nested deeper than this get the body text and the page metadata only. Readability's
 * time grows with the square of the nesting depth (minutes at a few thousand levels), and so
 * does every search of the page that reads an element's whole text (headline, dateline,
 * byline, captions); news pages nest 20–60 deep. Up to this depth those searches cost at
 * most MAX_DEPTH × the size of the page; beyond it the extraction is one walk of the tree.
 */
export const MAX_DEPTH = 200;

/** Is the tree below root deeper than limit? One walk, no recursion. */
function deeperThan(root: Element, limit: number): boolean {
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [e, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return false;
}

function runReadability(doc: Document): Readable | undefined {
  const clone = safe(() => doc.cloneNode(true) as Document);
  if (!clone || !safe(() => clone.documentElement)) return undefined;
  // Location stamps keep their class (Readability drops the others) so that textFromElement sees them.
  const parsed = safe(() => new Readability<Node>(clone, { serializer: (n: Node) => n, classesToPreserve: [...STAMP_CLASSES] }).parse());
  if (!parsed) return undefined;
  const content = parsed.content;
  const text = content && content.nodeType === ELEMENT ? (safe(() => textFromElement(content as Element)) ?? '') : '';
  return {
    text,
    title: parsed.title?.trim() || undefined,
    byline: parsed.byline?.trim() || undefined,
    siteName: parsed.siteName?.trim() || undefined,
    published: parsed.publishedTime ?? undefined,
  };
}

function bodyText(doc: Document): string {
  const root = safe(() => doc.body) ?? safe(() => doc.documentElement);
  return root ? (safe(() => textFromElement(root, { skipFurniture: true })) ?? '') : '';
}

/** The whole-body text of a page without its links, headline and dateline: is there anything to read? */
function readableBodyChars(doc: Document, known: string[]): number {
  const root = safe(() => doc.body) ?? safe(() => doc.documentElement);
  if (!root) return 0;
  const skip = new Set(known.map(squash));
  const text = safe(() => textFromElement(root, { skipFurniture: true, skipLinks: true })) ?? '';
  return text
    .split('\n')
    .filter((l) => !skip.has(squash(l)))
    .reduce((n, l) => n + l.length, 0);
}

/** Does the text hold the start of this line (its first 60 characters, whitespace and case aside)? */
const holdsStartOf = (text: string, line: string) => squash(text).includes(squash(line).slice(0, 60));

/**
 * The article of a page as plain text plus its metadata. Works on a clone (Readability
 * edits the tree it is given), so the caller's document is never changed.
 *
 *   Readability's article (≥ MIN_ARTICLE_CHARS) ─┐
 *   else the page's embedded article (JSON-LD articleBody, __NEXT_DATA__, window.__…__)
 *   else the whole body (method 'body'), or 'none' when it holds nothing to read
 *     └─▶ headline, dateline, lead, captions and byline put back where analyze() reads them
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle {
  const root = safe(() => doc.documentElement);
  // Too deep (or no root at all): body text and metadata, nothing that reads the tree again and again.
  const shallow = !!root && (safe(() => !deeperThan(root, MAX_DEPTH)) ?? false);
  const read = shallow ? runReadability(doc) : undefined;
  const readOk = !!read && read.text.length >= MIN_ARTICLE_CHARS;
  const ld: JsonLdInfo = safe(() => jsonLdInfo(doc)) ?? {};
  // The page's embedded article: the text when Readability found none, or found less than
  // the data holds and not its start (a teaser on a page that fills in the rest by script).
  const embedded: EmbeddedArticle | undefined = safe(() => embeddedArticle(doc, (html) => htmlLines(doc, html)));
  const embeddedChars = embedded ? embedded.lines.reduce((n, l) => n + l.length, 0) : 0;
  const useEmbedded = !!embedded && (!readOk || (embeddedChars > read!.text.length && !holdsStartOf(read!.text, embedded.lines[0])));
  let method: ExtractedArticle['method'] = useEmbedded ? 'embedded' : readOk ? 'readability' : 'body';
  let lines = (useEmbedded ? [...embedded!.lines] : readOk ? read!.text.split('\n') : bodyText(doc).split('\n')).filter(Boolean);
  const fromData = useEmbedded ? embedded : undefined;

  const siteName = read?.siteName ?? meta(doc, 'og:site_name', 'application-name') ?? ld.siteName ?? fromData?.siteName;
  // The page's title, never an address (an og:title holding the URL falls to the next).
  const docTitle = notUrl(safe(() => doc.title));
  const pageTitle =
    notUrl(read?.title) ??
    notUrl(meta(doc, 'og:title')) ??
    notUrl(meta(doc, 'twitter:title')) ??
    ld.headline ??
    notUrl(fromData?.title) ??
    (docTitle ? withoutSiteName(docTitle, siteName) : undefined);
  const inFurniture = furnitureCheck(pageTitle);
  const headline = shallow ? safe(() => headlineElement(doc, pageTitle, inFurniture)) : undefined;
  const headlineText = notUrl(headline ? textFromElement(headline).replace(/\n/g, ' ') : undefined);
  const title = headlineText || pageTitle || undefined;

  const scope = safe(() => articleScope(headline)) ?? null;
  const order: Order = (shallow && safe(() => documentOrder(doc))) || { list: [], index: new Map<Element, number>() };
  const searchIn: Element | Document = scope ?? doc;
  const dateline = shallow ? safe(() => datelineElement(searchIn, headline, order, inFurniture)) : undefined;
  const datelineText = dateline ? textFromElement(dateline).replace(/\n/g, ' ') : undefined;
  const bylineEl = shallow ? safe(() => bylineElement(searchIn, headline, order, inFurniture)) : undefined;
  const printedByline = bylineEl ? textFromElement(bylineEl).replace(/\n/g, ' ') : undefined;
  const known = [title, datelineText].filter((x): x is string => !!x);

  // Put back what analyze() reads from the edges of the text: headline and dateline at
  // the top (in page order), the lead after them, the printed byline last.
  const dateFirst = !!dateline && !!headline && (order.index.get(dateline) ?? 0) < (order.index.get(headline) ?? 0);
  if (title && !hasLine(lines, title, 'head', 4)) {
    const dateAt = dateFirst ? headIndex(lines, datelineText!, 6) : -1;
    lines.splice(dateAt + 1, 0, title);
  }
  if (datelineText && !hasLine(lines, datelineText, 'head', 6)) {
    const titleAt = title ? headIndex(lines, title, 4) : -1;
    lines.splice(titleAt < 0 ? 0 : dateFirst ? titleAt : titleAt + 1, 0, datelineText);
  }
  if (method === 'body' && readableBodyChars(doc, known) < MIN_TEXT_CHARS) method = 'none';
  let lead: string[] = [];
  if (fromData?.lead) lead = [fromData.lead];
  else if (shallow && method !== 'none') {
    const leadEl = safe(() => leadElement(headline, lines, known, [dateline, bylineEl], order, inFurniture));
    if (leadEl) lead = (safe(() => textFromElement(leadEl)) ?? '').split('\n').filter(Boolean);
  }
  lines = insertLead(lines, lead, title, datelineText);
  lines = safe(() => restoreCaptions(lines, scope, order, inFurniture)) ?? lines;
  if (printedByline && !hasLine(lines, printedByline, 'tail', 3)) lines.push(printedByline);
  // An article read from data has its author only there: last, where analyze() reads a byline.
  else if (!printedByline && fromData?.byline && !hasLine(lines, fromData.byline, 'tail', 3)) lines.push(fromData.byline);

  const published =
    publishedFromMeta(doc) ??
    isoDate(ld.published) ??
    isoDate(read?.published) ??
    isoDate(fromData?.published) ??
    safe(() => publishedFromTime(doc, scope, inFurniture)) ??
    isoDate(datelineText);
  // No readable article: no text (the menus and notices of an app shell are not one).
  const result: ExtractedArticle = { text: method === 'none' ? '' : lines.join('\n'), method };
  if (title) result.title = title;
  if (published) result.published = published;
  const byline = printedByline ?? notUrl(read?.byline) ?? ld.byline ?? fromData?.byline ?? notUrl(meta(doc, 'author', 'dc.creator', 'DC.creator'));
  if (byline) result.byline = byline;
  if (siteName) result.siteName = siteName;
  const url = safe(() => pageUrl(doc, options.url));
  if (url) result.url = url;
  return result;
}
