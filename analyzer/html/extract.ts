// The article of a web page as plain text, for analyze(): the same code runs on the live
// page in the extension's content script (the real DOM) and on a saved .html file in the
// CLI (linkedom, analyzer/html/node.ts). It only uses the standard DOM API and imports no
// DOM implementation.
//
//   document ──clone──▶ Readability ──▶ article element ──textFromElement──▶ lines
//            └──────── (nothing or < 200 characters) ──▶ document.body, furniture skipped
//
// Readability removes the headline (it duplicates the title), the byline and sometimes the
// dateline from the content it returns, but analyze() reads the title and dateline from the
// first lines of the text and the byline from its last lines, and they hold facts of their
// own ('Thứ hai, 27/08/2012 - 10:05' is a date, the byline a person). So the headline, the
// printed dateline and the printed byline are found on the original page, next to its
// headline, and put back where analyze() expects them when the extracted text lacks them.
//
// Never throws: odd markup gives less text, not an exception.

import { Readability } from '@mozilla/readability';

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
  /** 'readability' when the extractor found the article, 'body' for the whole-body fallback. */
  method: 'readability' | 'body';
}

/** Readability's text shorter than this means it found no article: use the whole body. */
export const MIN_ARTICLE_CHARS = 200;

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
export function textFromElement(el: Element, options: TextOptions = {}): string {
  const skip = options.skipFurniture ? FURNITURE : IN_ARTICLE_SKIP;
  const parts: string[] = [];
  // Iterative walk: deeply nested markup must not overflow the stack.
  const stack: (Node | string)[] = [el];
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
    }
    if (name === 'br') {
      parts.push('\n');
      continue;
    }
    const block = BLOCK.has(name) || name === 'hr';
    const cell = name === 'td' || name === 'th';
    // Pushed in reverse: closing separator, children (last first), opening separator.
    stack.push(block ? '\n' : cell ? '\t' : '');
    const children = e.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    if (block) stack.push('\n');
  }
  return tidy(parts.join(''));
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

function publishedFromMeta(doc: Document): string | undefined {
  const fromMeta = isoDate(meta(doc, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'dc.date.issued', 'DC.date.issued'));
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

function furnitureCheck(): FurnitureCheck {
  const known = new Map<Element, boolean>();
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
    if (FURNITURE_ROLES.has(String(e.getAttribute('role') ?? '').toLowerCase())) return true;
    return FURNITURE_CLASS.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`);
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
  const t = pageTitle ? squash(pageTitle) : '';
  const matches = (h: Element) => {
    const s = squash(h.textContent ?? '');
    return !!s && (s === t || ((t.includes(s) || s.includes(t)) && Math.min(s.length, t.length) / Math.max(s.length, t.length) > 0.5));
  };
  if (t) {
    for (const selector of ['h1', 'h2', '[class*="title"], [class*="tieu-de"], [class*="tieude"], [itemprop="headline"]']) {
      const match = all(doc, selector).find((h) => matches(h) && !inFurniture(h));
      if (match) return match;
    }
  }
  const content = all(doc, 'h1').filter((h) => squash(h.textContent ?? '') && !inFurniture(h));
  return content.length === 1 ? content[0] : undefined;
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
  const parsed = safe(() => new Readability<Node>(clone, { serializer: (n: Node) => n }).parse());
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

/**
 * The article of a page as plain text plus its metadata. Works on a clone (Readability
 * edits the tree it is given), so the caller's document is never changed.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle {
  const root = safe(() => doc.documentElement);
  // Too deep (or no root at all): body text and metadata, nothing that reads the tree again and again.
  const shallow = !!root && (safe(() => !deeperThan(root, MAX_DEPTH)) ?? false);
  const read = shallow ? runReadability(doc) : undefined;
  const useReadability = !!read && read.text.length >= MIN_ARTICLE_CHARS;
  const method: ExtractedArticle['method'] = useReadability ? 'readability' : 'body';
  let lines = (useReadability ? read!.text : bodyText(doc)).split('\n').filter(Boolean);
  const inFurniture = furnitureCheck();

  const pageTitle =
    read?.title ??
    meta(doc, 'og:title', 'twitter:title') ??
    (safe(() => doc.title)?.trim() || undefined);
  const headline = shallow ? safe(() => headlineElement(doc, pageTitle, inFurniture)) : undefined;
  const headlineText = headline ? textFromElement(headline).replace(/\n/g, ' ') : undefined;
  const title = headlineText || pageTitle || undefined;

  const scope = safe(() => articleScope(headline)) ?? null;
  const order: Order = (shallow && safe(() => documentOrder(doc))) || { list: [], index: new Map<Element, number>() };
  const searchIn: Element | Document = scope ?? doc;
  const dateline = shallow ? safe(() => datelineElement(searchIn, headline, order, inFurniture)) : undefined;
  const datelineText = dateline ? textFromElement(dateline).replace(/\n/g, ' ') : undefined;
  const bylineEl = shallow ? safe(() => bylineElement(searchIn, headline, order, inFurniture)) : undefined;
  const printedByline = bylineEl ? textFromElement(bylineEl).replace(/\n/g, ' ') : undefined;

  // Put back what analyze() reads from the edges of the text: headline and dateline at
  // the top (in page order), the printed byline last.
  const dateFirst = !!dateline && !!headline && (order.index.get(dateline) ?? 0) < (order.index.get(headline) ?? 0);
  if (title && !hasLine(lines, title, 'head', 4)) {
    const dateAt = dateFirst ? headIndex(lines, datelineText!, 6) : -1;
    lines.splice(dateAt + 1, 0, title);
  }
  if (datelineText && !hasLine(lines, datelineText, 'head', 6)) {
    const titleAt = title ? headIndex(lines, title, 4) : -1;
    lines.splice(titleAt < 0 ? 0 : dateFirst ? titleAt : titleAt + 1, 0, datelineText);
  }
  lines = safe(() => restoreCaptions(lines, scope, order, inFurniture)) ?? lines;
  if (printedByline && !hasLine(lines, printedByline, 'tail', 3)) lines.push(printedByline);

  const published =
    publishedFromMeta(doc) ?? isoDate(read?.published) ?? safe(() => publishedFromTime(doc, scope, inFurniture)) ?? isoDate(datelineText);
  const result: ExtractedArticle = { text: lines.join('\n'), method };
  if (title) result.title = title;
  if (published) result.published = published;
  const byline = printedByline ?? read?.byline;
  if (byline) result.byline = byline;
  const siteName = read?.siteName ?? meta(doc, 'og:site_name', 'application-name');
  if (siteName) result.siteName = siteName;
  const url = safe(() => pageUrl(doc, options.url));
  if (url) result.url = url;
  return result;
}
