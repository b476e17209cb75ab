// `bantin extract`: the main text of saved web pages, as the analyzer reads it (the same
// extraction as `bantin analyze` and the extension: analyzer/html/), without analyzing it.
// A thin command: inputs and errors as `analyze` has them (inputs.ts), the page reading
// of analyzer/html/node.ts.
//
//   text  (default) the text; with several inputs each is headed '==> PATH <=='
//   json  { file, text, title, published, byline, source, url, method }; an array for several
//   jsonl one such object per line
//
// A page with no readable article, like a file that cannot be read, gets one stderr line
// 'bantin: PATH: reason', leaves no output, and makes the exit code 1.
import { decodeText } from './decode.ts';
import { expandPaths, isProblem, problemLine, reasonOf, showPath } from './inputs.ts';
import type { InputKind } from './inputs.ts';
import type { Io } from './batch.ts';
import { readPage } from '../html/node.ts';
import type { ExtractedArticle } from '../html/extract.ts';
import { outletByHost } from '../places.ts';

export const EXTRACT_FORMATS = ['text', 'json', 'jsonl'] as const;
export type ExtractFormat = (typeof EXTRACT_FORMATS)[number];

export interface ExtractFlags {
  format: ExtractFormat;
  url?: string;
}

/** Saved web pages, for folders (a file named on the command line is read whatever its name). */
export const HTML: InputKind = { pattern: /\.(?:html?|xhtml)$/i, noun: '*.html' };

/** What `--format json` prints for a page: every key always there, null when unknown. */
export interface ExtractRecord {
  file: string;
  text: string;
  title: string | null;
  published: string | null;
  byline: string | null;
  /** The site's name: og:site_name, JSON-LD publisher … , else the outlet of the address. */
  source: string | null;
  url: string | null;
  /** How the text was found: readability, embedded, body. */
  method: ExtractedArticle['method'];
}

export function extractRecord(file: string, page: ExtractedArticle): ExtractRecord {
  const outlet = !page.siteName && page.url ? outletByHost(page.url)?.name : undefined;
  return {
    file,
    text: page.text,
    title: page.title ?? null,
    published: page.published ?? null,
    byline: page.byline ?? null,
    source: page.siteName ?? outlet ?? null,
    url: page.url ?? null,
    method: page.method,
  };
}

export async function extractCommand(paths: string[], flags: ExtractFlags, io: Io): Promise<number> {
  const inputs = expandPaths(paths, HTML);
  // Like `analyze`: one PATH naming one file (or '-') gives one object, anything else an array.
  const single = paths.length === 1 && inputs.length === 1 && inputs[0].label === paths[0];
  const records: ExtractRecord[] = [];
  let failed = false;
  for (const input of inputs) {
    if (isProblem(input)) {
      io.err(problemLine(input.label, input.reason));
      failed = true;
      continue;
    }
    let record: ExtractRecord;
    try {
      const html = decodeText(await input.read());
      record = extractRecord(input.label, readPage(html, flags.url));
    } catch (e) {
      io.err(problemLine(input.label, reasonOf(e)));
      failed = true;
      continue;
    }
    if (flags.format === 'jsonl') io.out(`${JSON.stringify(record)}\n`);
    else if (flags.format === 'text') io.out(single ? `${record.text}\n` : `${records.length ? '\n' : ''}==> ${showPath(record.file)} <==\n${record.text}\n`);
    records.push(record);
  }
  // json: a single input that failed prints nothing (its reason is on stderr), like `analyze`.
  if (flags.format === 'json' && (!single || records.length)) io.out(`${JSON.stringify(single ? records[0] : records, null, 2)}\n`);
  return failed ? 1 : 0;
}
