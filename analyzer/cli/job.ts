// One unit of batch work, the same in the main thread (--jobs 1) and in a worker thread:
// read and decode a file or take a JSONL record's text, analyze it, render its output
// chunk. Everything here is a pure function of the job, so the output does not depend
// on which thread ran it.
import { readFileSync } from 'node:fs';
import { analyze } from '../index.ts';
import { decodeInput } from './decode.ts';
import { renderItem } from './formats.ts';
import type { Format, Source } from './formats.ts';
import { reasonOf } from './inputs.ts';

export interface Job {
  source: Source;
  /** Read and decode this file (txt input) … */
  path?: string;
  /** … or analyze this text (JSONL record, stdin). */
  text?: string;
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
  try {
    const text = job.text ?? decodeInput(readFileSync(job.path!));
    const analysis = analyze(text, { url: job.url, title: job.title, published: job.published });
    return { ok: true, chunk: renderItem(render.format, render, job.source, analysis) };
  } catch (e) {
    return { ok: false, reason: reasonOf(e) };
  }
}
