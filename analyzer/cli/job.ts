// One unit of batch work, the same in the main thread (--jobs 1) and in a worker thread:
// read and decode a file or take a JSONL record's text, take the article out of an HTML
// page, analyze it, render its output chunk. Everything here is a pure function of the
// job, so the output does not depend on which thread ran it.
import { readFileSync } from 'node:fs';
import { analyze } from '../index.ts';
import type { Analysis } from '../contract.ts';
import { extractFromHtml } from '../html/node.ts';
import { decodeText } from './decode.ts';
import { lineText, parseRecord, recordJob } from './jsonl.ts';
import type { LineContent } from './jsonl.ts';
import { renderItem } from './formats.ts';
import type { Format, Source } from './formats.ts';
import { isHtmlPath, reasonOf } from './inputs.ts';

export interface Job {
  source: Source;
  /** Read and decode this file (txt input) … */
  path?: string;
  /** … or analyze this text (JSONL record, stdin) … */
  text?: string;
  /**
   * … or parse this JSONL line first: its record's id, text, url, title and published
   * replace the job's (url and title stay as defaults when the record has none).
   */
  corpusLine?: { content: LineContent; label: string; line: number };
  /**
   * The input is an HTML page (default: a path named *.html / *.htm / *.xhtml): analyze
   * the article extractFromHtml finds, with the page's title, date and canonical URL.
   */
  html?: boolean;
  url?: string;
  title?: string;
  published?: string;
}

export interface RenderOptions {
  format: Format;
  many: boolean;
}

export type Outcome = { ok: true; chunk: string } | { ok: false; reason: string };

export function runJob(job: Job, render: RenderOptions): Outcome {
  if (job.corpusLine) {
    const { content, label, line } = job.corpusLine;
    const { record, reason } = parseRecord(lineText(content), label, line);
    if (!record) return { ok: false, reason: reason! };
    job = recordJob(record, job);
  }
  try {
    const input = job.text ?? decodeText(readFileSync(job.path!));
    const html = job.html ?? (job.path !== undefined && isHtmlPath(job.path));
    const analysis = html ? analyzePage(input, job) : analyze(input, { url: job.url, title: job.title, published: job.published });
    return { ok: true, chunk: renderItem(render.format, render, job.source, analysis) };
  } catch (e) {
    return { ok: false, reason: reasonOf(e) };
  }
}

/**
 * A web page: its article text (extractFromHtml, the extraction the extension runs on the
 * live page) with the page's canonical URL, headline and date; the job's --url / --title
 * fill in what the page lacks. Offsets index the extracted article text.
 */
export function analyzePage(html: string, job: Pick<Job, 'url' | 'title' | 'published'> = {}): Analysis {
  const page = extractFromHtml(html, job.url);
  return analyze(page.text, { url: page.url ?? job.url, title: page.title ?? job.title, published: page.published ?? job.published });
}
