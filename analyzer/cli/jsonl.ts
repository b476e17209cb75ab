// JSONL corpus input: one article per line, {"text": …} with optional id, url, title,
// published (other fields are ignored). Lines are read with readline, one at a time, so
// a corpus of any size takes constant memory.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export interface CorpusRecord {
  /** The record's "id", or FILE:LINE when it has none. */
  id: string;
  text: string;
  url?: string;
  title?: string;
  published?: string;
}

export interface CorpusLine {
  line: number;
  /** UTF-8 bytes of the line with its line end (progress). */
  bytes: number;
  record?: CorpusRecord;
  /** Why the line is not a record (then no record). */
  reason?: string;
}

const OPTIONAL = ['url', 'title', 'published'] as const;

/** One line → a record or the reason it is none. Blank lines are skipped by the caller. */
export function parseRecord(line: string, label: string, lineNo: number): { record?: CorpusRecord; reason?: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { reason: `invalid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { reason: 'not a JSON object' };
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') return { reason: o.text === undefined ? 'no "text"' : '"text" is not a string' };
  let id = `${label}:${lineNo}`;
  if (typeof o.id === 'string' || typeof o.id === 'number') id = String(o.id);
  else if (o.id !== undefined && o.id !== null) return { reason: '"id" is not a string or number' };
  const record: CorpusRecord = { id, text: o.text };
  for (const k of OPTIONAL) {
    if (typeof o[k] === 'string') record[k] = o[k];
    else if (o[k] !== undefined && o[k] !== null) return { reason: `"${k}" is not a string` };
  }
  return { record };
}

/** The lines of a JSONL file ('-': stdin) in order, with line numbers from 1. */
export async function* readCorpus(label: string): AsyncGenerator<CorpusLine> {
  const stream: Readable = label === '-' ? process.stdin : createReadStream(label);
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  // readline does not pass a read error on to its iterator on every Node version.
  let failure: unknown;
  stream.once('error', (e) => {
    failure = e;
    lines.close();
  });
  let n = 0;
  try {
    for await (let line of lines) {
      n++;
      const bytes = Buffer.byteLength(line) + 1;
      if (n === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
      if (!line.trim()) continue;
      yield { line: n, bytes, ...parseRecord(line, label, n) };
    }
    if (failure) throw failure;
  } finally {
    lines.close();
    if (label !== '-') stream.destroy();
  }
}
