// Node-only side of the HTML extraction: a DOM for a saved page (linkedom), then the same
// extractArticle() the extension runs on the live page, so a page and its saved copy give
// the same text and the same facts.
import { parseHTML } from 'linkedom';
import { extractArticle } from './extract.ts';
import type { ExtractedArticle } from './extract.ts';

/**
 * A Document for an HTML string. linkedom needs an <html> root: a fragment or a page
 * without one is wrapped first (a leading BOM is dropped, it is not page text). The page's
 * address, when known, goes to extractArticle (linkedom documents have none).
 */
export function parseHtml(html: string): Document {
  let source = html.replace(/^\uFEFF/, '');
  if (!/<html[\s>]/i.test(source)) {
    source = /<(?:head|body)[\s>]/i.test(source)
      ? `<!DOCTYPE html><html>${source}</html>`
      : `<!DOCTYPE html><html><head></head><body>${source}</body></html>`;
  }
  const { document } = parseHTML(source);
  return document as unknown as Document;
}

/** parseHtml + extractArticle: the article text and metadata of a saved page. */
export function extractFromHtml(html: string, url?: string): ExtractedArticle {
  return extractArticle(parseHtml(html), { url });
}
