// JSONL corpus input: one article per line, {"text": …} with optional id, url, title,
// published (other fields are ignored). The file is read as bytes and cut into lines
// before decoding, one line at a time, so a corpus of any size takes constant memory and
// a line that is not valid UTF-8 is reported by its number instead of being decoded with
// replacement characters. A file with a UTF-16 byte-order mark is read as UTF-16, like
// text files; a binary file (NUL or many control characters at its start) and a file
// without any record are reported once, by name.
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { InputError, looksBinary } from './decode.ts';
import type { Job } from './job.ts';

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
  /** Bytes of the line with its line end (progress). */
  bytes: number;
  record?: CorpusRecord;
  /** Why the line is not a record (then no record). */
  reason?: string;
}

/**
 * A line of a corpus before parsing, as readCorpusLines() gives it: the UTF-8 bytes of the
 * line, already known to decode (a UTF-8 file), or its text (a UTF-16 file). Bytes can go
 * to a worker thread as they are, so that decoding and parsing happen there.
 */
export type LineContent = Uint8Array | string;

export interface RawCorpusLine {
  line: number;
  /** Bytes of the line with its line end (progress). */
  bytes: number;
  content?: LineContent;
  /** Why the line cannot be read (then no content). */
  reason?: string;
}

export const lineText = (content: LineContent): string =>
  typeof content === 'string' ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('utf8');

/** The batch job of a record: --url / --title (the defaults' url and title) fill in what it lacks. */
export function recordJob(record: CorpusRecord, defaults: Pick<Job, 'url' | 'title'>): Job {
  const { id, text, url = defaults.url, title = defaults.title, published } = record;
  return { source: { id }, text, url, title, published };
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

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Bytes read before deciding the encoding and whether the file is binary. */
const SNIFF_BYTES = 8192;

/** The encoding by the byte-order mark (none: UTF-8), and the mark's length. */
function encodingOf(head: Uint8Array): { encoding: Encoding; bom: number } {
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  return { encoding: 'utf-8', bom: 0 };
}

/**
 * The lines of a stream of bytes in `unit`-byte code units (1: UTF-8, 2: UTF-16), without
 * their LF or CR LF; a last line without a line break too. Each with its length in bytes,
 * line break included.
 */
async function* byteLines(chunks: AsyncIterator<Buffer>, first: Buffer, encoding: Encoding): AsyncGenerator<{ bytes: Buffer; size: number }> {
  const unit = encoding === 'utf-8' ? 1 : 2;
  // Where LF and CR are in a unit: [0x0a] in UTF-8, 0a 00 in UTF-16LE, 00 0a in UTF-16BE.
  const low = encoding === 'utf-16be' ? 1 : 0;
  const isUnit = (b: Buffer, i: number, byte: number) => b[i + low] === byte && (unit === 1 || b[i + 1 - low] === 0);
  let parts: Buffer[] = [];
  let pending = first;
  for (;;) {
    // UTF-16: whole units only; an odd last byte waits for the next chunk.
    const whole = pending.length - (pending.length % unit);
    const chunk = pending.subarray(0, whole);
    let from = 0;
    for (let i = chunk.indexOf(0x0a, from); i >= 0; i = chunk.indexOf(0x0a, i + 1)) {
      const at = i - low;
      if (at < from || (at - from) % unit || !isUnit(chunk, at, 0x0a)) continue;
      parts.push(chunk.subarray(from, at));
      let line = parts.length === 1 ? parts[0] : Buffer.concat(parts);
      const size = line.length + unit;
      if (line.length >= unit && isUnit(line, line.length - unit, 0x0d)) line = line.subarray(0, line.length - unit);
      yield { bytes: line, size };
      parts = [];
      from = at + unit;
    }
    if (from < chunk.length) parts.push(chunk.subarray(from));
    const rest = pending.subarray(whole);
    const next = await chunks.next();
    if (next.done) {
      if (rest.length) parts.push(rest);
      break;
    }
    pending = rest.length ? Buffer.concat([rest, next.value]) : next.value;
  }
  if (parts.length) {
    let line = Buffer.concat(parts);
    const size = line.length;
    if (line.length >= unit && line.length % unit === 0 && isUnit(line, line.length - unit, 0x0d)) line = line.subarray(0, line.length - unit);
    yield { bytes: line, size };
  }
}

/**
 * The non-blank lines of a JSONL file ('-': stdin) in order, with line numbers from 1. A
 * line that does not decode gets the reason 'not UTF-8' (or 'not UTF-16LE' …). Throws
 * InputError 'binary file' before the first line, 'empty file' after the last when no line
 * holds anything but white space, and the read error of the file.
 */
export async function* readCorpusLines(label: string): AsyncGenerator<RawCorpusLine> {
  const stream: Readable = label === '-' ? process.stdin : createReadStream(label);
  const chunks = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  try {
    // The head of the file: its byte-order mark, and binary or not.
    const head: Buffer[] = [];
    let headBytes = 0;
    while (headBytes < SNIFF_BYTES) {
      const next = await chunks.next();
      if (next.done) break;
      head.push(next.value);
      headBytes += next.value.length;
    }
    const first = Buffer.concat(head);
    const { encoding, bom } = encodingOf(first);
    const body = first.subarray(bom);
    if (looksBinary(encoding === 'utf-8' ? body : sniffUnits(body, encoding))) throw new InputError('binary file');
    const decoder = encoding === 'utf-8' ? undefined : new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    let n = 0;
    let records = 0;
    for await (const { bytes: raw, size } of byteLines(chunks, body, encoding)) {
      n++;
      const bytes = size + (n === 1 ? bom : 0);
      let content: LineContent | undefined = decoder ? decodeOrUndefined(decoder, raw) : utf8Line(raw, n === 1);
      if (content === undefined) {
        yield { line: n, bytes, reason: `not ${encoding.toUpperCase()}` };
        records++;
        continue;
      }
      if (typeof content === 'string' && n === 1 && content.charCodeAt(0) === 0xfeff) content = content.slice(1);
      if (isBlank(content)) continue;
      records++;
      yield { line: n, bytes, content };
    }
    if (!records) throw new InputError('empty file');
  } finally {
    if (label !== '-') stream.destroy();
  }
}

/** The lines of a JSONL file parsed into records (or the reason a line is none): readCorpusLines() + parseRecord(). */
export async function* readCorpus(label: string): AsyncGenerator<CorpusLine> {
  for await (const { line, bytes, content, reason } of readCorpusLines(label)) {
    yield content === undefined ? { line, bytes, reason } : { line, bytes, ...parseRecord(lineText(content), label, line) };
  }
}

function decodeOrUndefined(decoder: TextDecoder, bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * A UTF-8 line as its own copy of the bytes (a line read from the stream shares its chunk's
 * memory, which would all be copied along to a worker), without a UTF-8 byte-order mark on
 * the first line; undefined when it is not UTF-8 (isUtf8: the same check as a fatal TextDecoder).
 */
function utf8Line(raw: Buffer, firstLine: boolean): Uint8Array | undefined {
  if (!isUtf8(raw)) return undefined;
  const from = firstLine && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? 3 : 0;
  return new Uint8Array(raw.subarray(from));
}

/** Nothing but white space, as String.prototype.trim() sees it; bytes are decoded only when a non-ASCII byte comes first. */
function isBlank(content: LineContent): boolean {
  if (typeof content === 'string') return !content.trim();
  for (const b of content) {
    if (b === 0x20 || (b >= 0x09 && b <= 0x0d)) continue;
    return b < 0x80 ? false : !lineText(content).trim();
  }
  return true;
}

/** The UTF-16 code units of the start of a UTF-16 body (for looksBinary). */
function sniffUnits(body: Buffer, encoding: 'utf-16le' | 'utf-16be'): number[] {
  const units: number[] = [];
  for (let i = 0; i + 1 < Math.min(body.length, SNIFF_BYTES); i += 2) units.push(encoding === 'utf-16le' ? body[i] | (body[i + 1] << 8) : (body[i] << 8) | body[i + 1]);
  return units;
}
