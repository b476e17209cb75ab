// The article data a page carries besides its markup: JSON-LD (schema.org NewsArticle:
// headline, description, articleBody, datePublished, author, publisher) and the data
// scripts of JavaScript frameworks (`<script id="__NEXT_DATA__" type="application/json">`,
// `window.__INITIAL_STATE__ = {…};`). A page saved before its scripts ran has its article
// only there; any page may have its date and author only there.
//
// Nothing here is a list of sites: an article object is any object with a body key
// (hints.ts: articleBody, body, content, contentHtml …) whose text reads as prose, and the
// longest one wins. Values are only read as data (JSON.parse), never evaluated; an HTML
// body is turned into lines by the caller (extract.ts parses it in an inert <template>).
//
// Never throws: malformed JSON, odd shapes and huge scripts give nothing.

import {
  ARTICLE_TYPES,
  AUTHOR_KEYS,
  BLOCK_TEXT_KEYS,
  BODY_KEYS,
  DATE_KEYS,
  LEAD_KEYS,
  MEDIA_BLOCK_TYPES,
  PERSON_NAME_KEYS,
  SITE_KEYS,
  TITLE_KEYS,
} from './hints.ts';

type JsonObject = Record<string, unknown>;

/** HTML source → the lines of text it shows (given by the caller, who has a DOM). */
export type HtmlLines = (html: string) => string[];

/** What JSON-LD says about the page's article (the first article object that says it). */
export interface JsonLdInfo {
  headline?: string;
  description?: string;
  /** datePublished as written (the caller makes it ISO). */
  published?: string;
  byline?: string;
  /** publisher.name */
  siteName?: string;
}

/** An article read from embedded data. */
export interface EmbeddedArticle {
  /** The body, one line per paragraph. */
  lines: string[];
  title?: string;
  lead?: string;
  /** As written (the caller makes it ISO). */
  published?: string;
  byline?: string;
  siteName?: string;
  /** Where it was found: 'json-ld', '__NEXT_DATA__', 'window.__INITIAL_STATE__' … */
  from: string;
}

/** Scripts longer than this are not parsed (a data script of a news page is well under 2 MB). */
const MAX_SCRIPT_CHARS = 8_000_000;
/** Objects looked at per script, at most, and how deep. */
const MAX_NODES = 200_000;
const MAX_DEPTH = 64;
/** A body shorter than this is no article (Readability's threshold in extract.ts). */
export const MIN_BODY_CHARS = 200;

const isObject = (v: unknown): v is JsonObject => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** 'https://…', '//cdn…', 'www.…', 'tienphong.vn/abc…': an address, not a name or a headline. */
export function looksLikeUrl(s: string | undefined): boolean {
  if (!s) return false;
  const t = s.trim();
  if (/\s/.test(t)) return false;
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(t) || /^www\./i.test(t) || /^[\w.-]+\.[a-z]{2,}\//i.test(t);
}

function safeParse(text: string): unknown {
  if (text.length > MAX_SCRIPT_CHARS) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Every object in a JSON value, breadth-first, within the limits. */
function objectsIn(root: unknown): JsonObject[] {
  const out: JsonObject[] = [];
  const queue: [unknown, number][] = [[root, 0]];
  for (let i = 0; i < queue.length && out.length < MAX_NODES; i++) {
    const [v, depth] = queue[i];
    if (depth > MAX_DEPTH || !v || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const x of v) if (x && typeof x === 'object') queue.push([x, depth + 1]);
      continue;
    }
    out.push(v as JsonObject);
    for (const x of Object.values(v as JsonObject)) if (x && typeof x === 'object') queue.push([x, depth + 1]);
  }
  return out;
}

function scripts(doc: Document, selector: string): Element[] {
  try {
    return Array.from(doc.querySelectorAll(selector));
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------------------------------
// JSON-LD

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, ''));
}

/** The article objects of the page's JSON-LD, articles before web pages, in page order. */
export function jsonLdArticles(doc: Document): JsonObject[] {
  const articles: JsonObject[] = [];
  const pages: JsonObject[] = [];
  for (const s of scripts(doc, 'script[type="application/ld+json"]')) {
    for (const o of objectsIn(safeParse(s.textContent ?? ''))) {
      const types = typesOf(o);
      if (types.some((t) => t !== 'WebPage' && ARTICLE_TYPES.includes(t))) articles.push(o);
      else if (types.includes('WebPage')) pages.push(o);
    }
  }
  return [...articles, ...pages];
}

/** A person or organisation as a name: 'X', {name: 'X'}, [{name: 'X'}, …] → 'X, Y'. Addresses are no names. */
function namesOf(v: unknown): string | undefined {
  const names: string[] = [];
  for (const item of Array.isArray(v) ? v : [v]) {
    let name = str(item);
    if (!name && isObject(item)) for (const k of PERSON_NAME_KEYS) if ((name = str(item[k]))) break;
    if (name && !looksLikeUrl(name) && name.length <= 200 && !names.includes(name)) names.push(name);
  }
  return names.length ? names.join(', ') : undefined;
}

const first = (o: JsonObject, keys: readonly string[], read: (v: unknown) => string | undefined = str): string | undefined => {
  for (const k of keys) {
    const v = read(o[k]);
    if (v) return v;
  }
  return undefined;
};

export function jsonLdInfo(doc: Document): JsonLdInfo {
  const info: JsonLdInfo = {};
  for (const o of jsonLdArticles(doc)) {
    const headline = str(o.headline) ?? str(o.name);
    if (!info.headline && headline && !looksLikeUrl(headline)) info.headline = headline;
    info.description ??= str(o.description);
    info.published ??= str(o.datePublished);
    info.byline ??= namesOf(o.author) ?? namesOf(o.creator);
    info.siteName ??= namesOf(o.publisher);
  }
  return info;
}

// ---------------------------------------------------------------------------------------
// Framework data scripts

/** `window.__NAME__ = {…};` / `window["__NAME__"] = JSON.parse("…")`: the JSON it assigns. */
function assignedJson(text: string): { name: string; value: unknown } | undefined {
  const m = /^\s*(?:window|self|globalThis)\s*(?:\.\s*(__\w+__)|\[\s*["'](__\w+__)["']\s*\])\s*=\s*/.exec(text.slice(0, 200));
  if (!m) return undefined;
  let rest = text.slice(m[0].length).trim();
  if (rest.startsWith('JSON.parse(')) {
    // JSON.parse("…"): a string literal (JSON-compatible when double-quoted) holding the JSON.
    const end = rest.lastIndexOf(')');
    const literal = safeParse(rest.slice('JSON.parse('.length, end).trim());
    return typeof literal === 'string' ? { name: m[1] ?? m[2], value: safeParse(literal) } : undefined;
  }
  if (!rest.startsWith('{') && !rest.startsWith('[')) return undefined;
  rest = rest.slice(0, Math.max(rest.lastIndexOf('}'), rest.lastIndexOf(']')) + 1);
  return { name: m[1] ?? m[2], value: safeParse(rest) };
}

/** The page's data scripts as parsed JSON, with where each came from. */
function dataScripts(doc: Document): { from: string; value: unknown }[] {
  const out: { from: string; value: unknown }[] = [];
  for (const s of scripts(doc, 'script[type="application/json"]')) {
    const value = safeParse(s.textContent ?? '');
    if (value !== undefined) out.push({ from: s.getAttribute('id') || 'application/json', value });
  }
  for (const s of scripts(doc, 'script:not([src])')) {
    const type = (s.getAttribute('type') ?? '').toLowerCase();
    if (type && type !== 'text/javascript' && type !== 'application/javascript' && type !== 'module') continue;
    const text = s.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    const found = assignedJson(text);
    if (found?.value !== undefined) out.push({ from: `window.${found.name}`, value: found.value });
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Article objects

/** Does a string hold HTML markup (a paragraph, a break, a block)? */
const HAS_MARKUP = /<(?:p|br|div|h[1-6]|figure|figcaption|ul|ol|li|blockquote|strong|em|b|i|a|span|table)[\s>/]/i;

/** The text lines of a body value: a string (text or HTML) or a list of blocks. */
function bodyLines(v: unknown, toLines: HtmlLines): string[] {
  const fromString = (s: string) => (HAS_MARKUP.test(s) ? toLines(s) : s.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean));
  if (typeof v === 'string') return fromString(v);
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const block of v) {
    if (typeof block === 'string') out.push(...fromString(block));
    else if (isObject(block)) {
      const type = str(block.type)?.toLowerCase();
      if (type && MEDIA_BLOCK_TYPES.includes(type)) continue;
      const text = first(block, BLOCK_TEXT_KEYS);
      if (text && !looksLikeUrl(text)) out.push(...fromString(text));
    }
  }
  return out;
}

/** Prose: enough text, and a line that is a sentence of words rather than a name, a code or an address. */
function isProse(lines: string[]): boolean {
  const total = lines.reduce((n, l) => n + l.length, 0);
  return total >= MIN_BODY_CHARS && lines.some((l) => l.length >= 60 && l.split(' ').length >= 10);
}

function articleFrom(o: JsonObject, from: string, toLines: HtmlLines): EmbeddedArticle | undefined {
  for (const key of BODY_KEYS) {
    if (o[key] === undefined) continue;
    const lines = bodyLines(o[key], toLines);
    if (!isProse(lines)) continue;
    const article: EmbeddedArticle = { lines, from };
    const title = first(o, TITLE_KEYS);
    if (title && !looksLikeUrl(title) && title.length <= 400) article.title = HAS_MARKUP.test(title) ? toLines(title).join(' ') : title;
    const lead = first(o, LEAD_KEYS);
    if (lead && !looksLikeUrl(lead)) article.lead = HAS_MARKUP.test(lead) ? toLines(lead).join(' ') : lead.replace(/\s+/g, ' ');
    const published = first(o, DATE_KEYS);
    if (published) article.published = published;
    const byline = first(o, AUTHOR_KEYS, namesOf);
    if (byline) article.byline = byline;
    const site = first(o, SITE_KEYS, namesOf);
    if (site) article.siteName = site;
    return article;
  }
  return undefined;
}

const size = (a: EmbeddedArticle) => a.lines.reduce((n, l) => n + l.length, 0);

/**
 * The article of the page's embedded data: the object of JSON-LD or of a framework data
 * script with the longest prose body. Undefined when the page carries no article body.
 */
export function embeddedArticle(doc: Document, toLines: HtmlLines): EmbeddedArticle | undefined {
  let best: EmbeddedArticle | undefined;
  const consider = (o: JsonObject, from: string) => {
    const a = articleFrom(o, from, toLines);
    if (a && (!best || size(a) > size(best))) best = a;
  };
  for (const o of jsonLdArticles(doc)) consider(o, 'json-ld');
  for (const { from, value } of dataScripts(doc)) for (const o of objectsIn(value)) consider(o, from);
  return best;
}
