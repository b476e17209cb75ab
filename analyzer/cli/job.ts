// One unit of batch work, the same in the main thread (--jobs 1) and in a worker thread:
// read and decode a file, or take a text, or cut, decode and parse a slice of corpus lines
// (each record then counts as an input of its own); take the article out of an HTML page,
// analyze it, render its output chunk. Everything here is a pure function of the job, so
// the output does not depend on which thread ran it.
import { readFileSync } from 'node:fs';
import { analyze } from '../index.ts';
import type { Analysis } from '../contract.ts';
import { readPage } from '../html/node.ts';
import { decodeText } from './decode.ts';
import { parseRecord, recordJob, sliceLines } from './jsonl.ts';
import type { CorpusSlice } from './jsonl.ts';
import { itemSeparator, renderItem } from './formats.ts';
import type { Format, Source } from './formats.ts';
import { isHtmlPath, reasonOf } from './inputs.ts';

export interface Job {
  source: Source;
  /** Read and decode this file (txt input) … */
  path?: string;
  /** … or analyze this text (JSONL record, stdin) … */
  text?: string;
  /**
   * … or run every record of these corpus lines, each as a job of its own (its record's id,
   * text, url, title and published; the job's url and title stay as defaults when the
   * record has none).
   */
  corpusSlice?: CorpusSlice;
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

/**
 * What one input gave: its output chunk, or why it has none (and, in a corpus, its line).
 * The records of a corpus slice come as UTF-8 bytes: a worker sends them without a copy and
 * the main thread writes them as they are.
 */
export type Outcome = { ok: true; chunk: string | Uint8Array } | Failure;

type Failure = { ok: false; reason: string; line?: number };

/** What a job gave: one outcome, or one per non-blank line of a corpus slice, in order. */
export type JobResult = Outcome | Outcome[];

export function runJob(job: Job, render: RenderOptions): JobResult {
  return job.corpusSlice ? runSlice(job.corpusSlice, job, render) : runOne(job, render);
}

const UTF8 = new TextEncoder();

/**
 * The outcomes of a slice's records, in order, with the chunks of consecutive records joined
 * as the format separates items (itemSeparator), as UTF-8: for most slices one buffer to
 * send back and write, which costs the main thread (reading, ordering and writing for all
 * the workers) far less than a string per record.
 */
function runSlice(slice: CorpusSlice, defaults: Pick<Job, 'url' | 'title'>, render: RenderOptions): Outcome[] {
  const out: Outcome[] = [];
  const between = itemSeparator(render.format, render);
  let run: string[] = [];
  const endRun = () => {
    if (run.length) out.push({ ok: true, chunk: UTF8.encode(run.join(between)) });
    run = [];
  };
  for (const { line, content, reason } of sliceLines(slice)) {
    const parsed = content === undefined ? { reason } : parseRecord(content, slice.label, line);
    const outcome = parsed.record ? runOne(recordJob(parsed.record, defaults), render) : ({ ok: false, reason: parsed.reason! } as const);
    if (outcome.ok) run.push(outcome.chunk);
    else {
      endRun();
      out.push({ ...outcome, line });
    }
  }
  endRun();
  return out;
}

function runOne(job: Job, render: RenderOptions): { ok: true; chunk: string } | Failure {
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
 * fill in what the page lacks. Offsets index the extracted article text. A page with no
 * readable article throws a PageError (readPage), reported as the input's failure.
 */
export function analyzePage(html: string, job: Pick<Job, 'url' | 'title' | 'published'> = {}): Analysis {
  const page = readPage(html, job.url);
  return analyze(page.text, { url: page.url ?? job.url, title: page.title ?? job.title, published: page.published ?? job.published });
}
