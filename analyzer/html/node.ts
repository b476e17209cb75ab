// Node-only side of the HTML extraction: a DOM for a saved page (linkedom), then the same
// extractArticle() the extension runs on the live page, so a page and its saved copy give
// the same text and the same facts.
import { parseHTML } from 'linkedom';
import { extractArticle } from './extract.ts';
import type { ExtractedArticle } from './extract.ts';

/**
 * Pages nested deeper than this are refused before parsing. linkedom's parser (htmlparser2)
 * keeps its open elements in an array it grows and shrinks at the front, so parsing takes
 * time with the square of the depth: 10,000 levels ~15 ms, 40,000 ~2 s, 100,000 ~100 s.
 * News pages nest 10–60 deep; broken markup with unclosed tags a few hundred.
 */
export const MAX_NESTING = 10_000;

/** A page that cannot be read (its message names the reason, for `bantin: FILE: reason`). */
export class PageError extends Error {}

// The open-element rules of htmlparser2 (its Parser.js), for nestingDepth.
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])], ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])], ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])], ['dd', new Set(['dd', 'dt'])], ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])], ['rp', new Set(['rt', 'rp'])], ['tbody', new Set(['thead', 'tbody'])], ['tfoot', new Set(['thead', 'tbody'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM] as [string, Set<string>]),
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
    'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((t) => [t, P] as [string, Set<string>]),
]);
const FOREIGN = new Set(['math', 'svg']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
/** Elements whose content is text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
/** Where a tag name ends: white space, '/', '>'. */
const endsName = (c: number) => isSpace(c) || c === 0x2f || c === 0x3e;

/**
 * How deep the parser will nest the elements of this source, in one pass over it, without
 * building anything: tags are followed with htmlparser2's open-element rules (void
 * elements, a <p> or <li> closing the open one, an end tag closing what it encloses,
 * self-closing tags only inside SVG and MathML), past comments, quoted attribute values
 * and the text of script, style, title, textarea. Stops counting once past `limit`.
 */
export function nestingDepth(html: string, limit = Infinity): number {
  const stack: string[] = []; // top last: pushing and popping at the end is constant time
  const onStack = new Map<string, number>();
  const foreign: boolean[] = [false];
  const pop = () => {
    const name = stack.pop()!;
    onStack.set(name, onStack.get(name)! - 1);
    return name;
  };
  const n = html.length;
  let max = 0;
  let i = 0;
  while (max <= limit) {
    i = html.indexOf('<', i);
    if (i < 0) break;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    const next = html.charCodeAt(i + 1);
    if (next === 0x21 || next === 0x3f) {
      // <!DOCTYPE …>, <![CDATA[ …, <?xml …>
      const end = html.indexOf('>', i + 2);
      if (end < 0) break;
      i = end + 1;
      continue;
    }
    const closing = next === 0x2f;
    const at = closing ? i + 2 : i + 1;
    if (!isLetter(html.charCodeAt(at))) {
      i = at;
      continue;
    }
    let j = at;
    while (j < n && !endsName(html.charCodeAt(j))) j++;
    const name = html.slice(at, j).toLowerCase();
    // To the tag's '>', past quoted attribute values.
    let k = j;
    while (k < n) {
      const c = html.charCodeAt(k);
      if (c === 0x3e) break;
      k++;
      if (c !== 0x3d) continue;
      while (k < n && isSpace(html.charCodeAt(k))) k++;
      const q = html.charCodeAt(k);
      if (q === 0x22 || q === 0x27) {
        const end = html.indexOf(q === 0x22 ? '"' : "'", k + 1);
        k = end < 0 ? n : end + 1;
      }
    }
    if (k >= n) break;
    const selfClosing = html.charCodeAt(k - 1) === 0x2f;
    i = k + 1;
    if (closing) {
      if (VOID.has(name)) continue;
      if ((FOREIGN.has(name) || INTEGRATION.has(name)) && foreign.length > 1) foreign.pop();
      if (onStack.get(name)) while (pop() !== name);
      continue;
    }
    const implied = IMPLIES_CLOSE.get(name);
    if (implied) while (stack.length && implied.has(stack[stack.length - 1])) pop();
    max = Math.max(max, stack.length + 1);
    if (VOID.has(name)) continue;
    if (FOREIGN.has(name)) foreign.push(true);
    else if (INTEGRATION.has(name)) foreign.push(false);
    if (selfClosing && foreign[foreign.length - 1]) continue;
    stack.push(name);
    onStack.set(name, (onStack.get(name) ?? 0) + 1);
    if (RAW_TEXT.has(name) && !selfClosing) {
      // Text up to the end tag (found without case: </SCRIPT>, </Script>).
      const end = new RegExp(`</${name}[\\s/>]`, 'gi');
      end.lastIndex = i;
      const found = end.exec(html);
      if (!found) break;
      i = found.index; // the end tag itself is read next
    }
  }
  return max;
}

/**
 * A Document for an HTML string. linkedom needs an <html> root: a fragment or a page
 * without one is wrapped first (a leading BOM is dropped, it is not page text). The page's
 * address, when known, goes to extractArticle (linkedom documents have none). Throws a
 * PageError for a page nested deeper than MAX_NESTING (parsing it would take minutes).
 */
export function parseHtml(html: string): Document {
  let source = html.replace(/^\uFEFF/, '');
  if (!/<html[\s>]/i.test(source)) {
    source = /<(?:head|body)[\s>]/i.test(source)
      ? `<!DOCTYPE html><html>${source}</html>`
      : `<!DOCTYPE html><html><head></head><body>${source}</body></html>`;
  }
  if (nestingDepth(source, MAX_NESTING) > MAX_NESTING) throw new PageError(`HTML nested more than ${MAX_NESTING.toLocaleString('en')} elements deep`);
  const { document } = parseHTML(source);
  return document as unknown as Document;
}

/** parseHtml + extractArticle: the article text and metadata of a saved page. Throws PageError (see parseHtml). */
export function extractFromHtml(html: string, url?: string): ExtractedArticle {
  return extractArticle(parseHtml(html), { url });
}

/** The reason a page with no readable article is refused with (method 'none'). */
export const NO_ARTICLE = 'no readable article (no article text on the page and none in its embedded data: saved before its scripts ran?)';

/** extractFromHtml, but a page with no readable article is a PageError (NO_ARTICLE): the CLI reports it instead of finding nothing. */
export function readPage(html: string, url?: string): ExtractedArticle {
  const page = extractFromHtml(html, url);
  if (page.method === 'none') throw new PageError(NO_ARTICLE);
  return page;
}
