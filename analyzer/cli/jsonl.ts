// JSONL corpus input: one article per line, {"text": …} with optional id, url, title,
// published (other fields are ignored). The file is read as bytes and cut into lines
// before decoding, one line at a time, so a corpus of any size takes constant memory and
// a line that is not valid UTF-8 is reported by its number instead of being decoded with
// replacement characters. A file with a UTF-16 byte-order mark is read as UTF-16, like
// text files; a binary file (NUL or many control characters at its start) and a file
// without any record are reported once, by name.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { InputError, looksBinary } from './decode.ts';

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
 * The lines of a JSONL file ('-': stdin) in order, with line numbers from 1. A line that
 * does not decode gets the reason 'not UTF-8' (or 'not UTF-16LE' …). Throws InputError
 * 'binary file' before the first line, 'empty file' after the last when no line holds
 * anything but white space, and the read error of the file.
 */
export async function* readCorpus(label: string): AsyncGenerator<CorpusLine> {
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
    const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    let n = 0;
    let records = 0;
    for await (const { bytes, size } of byteLines(chunks, body, encoding)) {
      n++;
      let line: string;
      try {
        line = decoder.decode(bytes);
      } catch {
        yield { line: n, bytes: size + (n === 1 ? bom : 0), reason: `not ${encoding.toUpperCase()}` };
        records++;
        continue;
      }
      if (n === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
      if (!line.trim()) continue;
      records++;
      yield { line: n, bytes: size + (n === 1 ? bom : 0), ...parseRecord(line, label, n) };
    }
    if (!records) throw new InputError('empty file');
  } finally {
    if (label !== '-') stream.destroy();
  }
}

/** The UTF-16 code units of the start of a UTF-16 body (for looksBinary). */
function sniffUnits(body: Buffer, encoding: 'utf-16le' | 'utf-16be'): number[] {
  const units: number[] = [];
  for (let i = 0; i + 1 < Math.min(body.length, SNIFF_BYTES); i += 2) units.push(encoding === 'utf-16le' ? body[i] | (body[i + 1] << 8) : (body[i] << 8) | body[i + 1]);
  return units;
}
