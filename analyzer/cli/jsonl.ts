// JSONL corpus input: one article per line, {"text": …} with optional id, url, title,
// published (other fields are ignored). The file is read as bytes, handed out in slices of
// whole lines (readCorpusSlices), and each slice is cut into lines before decoding
// (sliceLines, in whichever thread runs it), so a corpus of any size takes constant memory
// and a line that is not valid UTF-8 is reported by its number instead of being decoded
// with replacement characters. A file with a UTF-16 byte-order mark is read as UTF-16, like
// text files; a binary file (a NUL among its first 8 KB: byte 0 in UTF-8, code unit
// U+0000 in UTF-16) and a file without any record are reported once, by name. Other control
// characters are text; raw in a line they are not valid JSON (escaped, "\f" "\u001b", they
// are a record's text like any other).
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { InputError, hasNul } from './decode.ts';
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

/** A non-blank line of a corpus before parsing, as readCorpusLines() and sliceLines() give it. */
export interface RawCorpusLine {
  line: number;
  /** Bytes of the line with its line end (progress). */
  bytes: number;
  /** The line decoded (no line break, no byte-order mark) … */
  content?: string;
  /** … or why it cannot be (then no content). */
  reason?: string;
}

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

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Bytes read before deciding the encoding and whether the file is binary (holds a NUL). */
const SNIFF_BYTES = 8192;

/** The encoding by the byte-order mark (none: UTF-8), and the mark's length. */
function encodingOf(head: Uint8Array): { encoding: Encoding; bom: number } {
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  return { encoding: 'utf-8', bom: 0 };
}

/**
 * Bytes of whole lines read before a slice is handed out (readCorpusSlices): about 15
 * articles of the real corpus. Handing lines out one by one cost the main thread, which
 * reads, orders and writes for all the workers, more than the workers' own decoding and
 * parsing: a 100 MB corpus took 8.1 s with 2 jobs, and 6.6 s in slices.
 */
const SLICE_BYTES = 64 * 1024;

/**
 * Whole lines of a corpus, in the file's encoding, as readCorpusSlices() hands them out: a
 * worker thread (or the main thread) cuts, decodes and checks them (sliceLines).
 */
export interface CorpusSlice {
  label: string;
  encoding: Encoding;
  /** The number of the slice's first line, from 1. */
  firstLine: number;
  /** The lines with their line breaks (the file's last line may have none), without the byte-order mark. */
  bytes: Uint8Array;
  /** Bytes of the file before the slice that belong to it: the byte-order mark of the first slice. */
  lead: number;
}

/** Where LF is in a code unit: the byte's index in the unit and the unit's size. */
const unitOf = (encoding: Encoding) => ({ unit: encoding === 'utf-8' ? 1 : 2, low: encoding === 'utf-16be' ? 1 : 0 });

/** Whether the unit at i of b is the ASCII `byte` (0a 00 in UTF-16LE, 00 0a in UTF-16BE). */
function isUnit(b: Uint8Array, i: number, byte: number, unit: number, low: number): boolean {
  return b[i + low] === byte && (unit === 1 || b[i + 1 - low] === 0);
}

/** The index of the first LF unit at or after `from` (a unit boundary), or -1. */
function nextLineBreak(b: Buffer, from: number, unit: number, low: number): number {
  for (let i = b.indexOf(0x0a, from + low); i >= 0; i = b.indexOf(0x0a, i + 1)) {
    const at = i - low;
    if ((at - from) % unit === 0 && isUnit(b, at, 0x0a, unit, low)) return at;
  }
  return -1;
}

/** The index just after the last LF unit of b (which starts on a unit boundary), or 0. */
function afterLastLineBreak(b: Buffer, unit: number, low: number): number {
  for (let i = b.lastIndexOf(0x0a); i >= 0; i = i > 0 ? b.lastIndexOf(0x0a, i - 1) : -1) {
    const at = i - low;
    if (at >= 0 && at % unit === 0 && isUnit(b, at, 0x0a, unit, low)) return at + unit;
  }
  return 0;
}

/** LF units in b (which starts on a unit boundary). */
function lineBreaks(b: Buffer, unit: number, low: number): number {
  let n = 0;
  for (let at = nextLineBreak(b, 0, unit, low); at >= 0; at = nextLineBreak(b, at + unit, unit, low)) n++;
  return n;
}

/** Nothing but white space (String.prototype.trim), lines and invalid bytes read leniently: a slice that holds no record. */
function blankBytes(b: Buffer, encoding: Encoding): boolean {
  for (const byte of b) {
    if (byte === 0x20 || (byte >= 0x09 && byte <= 0x0d) || (encoding !== 'utf-8' && byte === 0)) continue;
    if (byte < 0x80 && encoding === 'utf-8') return false;
    return !new TextDecoder(encoding, { ignoreBOM: true }).decode(b).trim();
  }
  return true;
}

/**
 * A JSONL file ('-': stdin) as slices of whole lines of about SLICE_BYTES (a longer line is
 * a slice of its own), in order. Throws InputError 'binary file' before the first slice,
 * 'empty file' after the last when no line holds anything but white space, and the read
 * error of the file.
 */
export async function* readCorpusSlices(label: string): AsyncGenerator<CorpusSlice> {
  const stream: Readable = label === '-' ? process.stdin : createReadStream(label);
  const chunks = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  try {
    // The head of the file: its byte-order mark, and binary (a NUL) or not.
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
    if (hasNul(encoding === 'utf-8' ? body.subarray(0, SNIFF_BYTES) : sniffUnits(body, encoding))) throw new InputError('binary file');
    const { unit, low } = unitOf(encoding);
    let pending: Buffer = body;
    let firstLine = 1;
    let lead = bom;
    let records = false;
    for (let ended = false; !ended; ) {
      // Chunks until there are SLICE_BYTES and a line break in the newest chunk (or the end):
      // joined once, so that a long line is not copied again with every chunk.
      const parts = [pending];
      let size = pending.length;
      let cut = 0;
      for (;;) {
        if (size >= SLICE_BYTES && parts[parts.length - 1].includes(0x0a)) {
          if (parts.length > 1) parts.splice(0, parts.length, Buffer.concat(parts));
          if ((cut = afterLastLineBreak(parts[0], unit, low))) break;
        }
        const next = await chunks.next();
        if (next.done) {
          ended = true;
          break;
        }
        parts.push(next.value);
        size += next.value.length;
      }
      const all = parts.length > 1 ? Buffer.concat(parts) : parts[0];
      if (ended) cut = all.length;
      if (!cut) break;
      // The slice's own copy: the chunk's memory is not all copied along to a worker.
      const bytes = Buffer.from(all.subarray(0, cut));
      pending = all.subarray(cut);
      records ||= !blankBytes(bytes, encoding);
      yield { label, encoding, firstLine, bytes, lead };
      firstLine += lineBreaks(bytes, unit, low);
      lead = 0;
    }
    if (!records) throw new InputError('empty file');
  } finally {
    if (label !== '-') stream.destroy();
  }
}

/**
 * The non-blank lines of a slice, without their LF or CR LF, with their numbers. A line
 * that does not decode gets the reason 'not UTF-8' (or 'not UTF-16LE' …).
 */
export function* sliceLines(slice: CorpusSlice): Generator<RawCorpusLine> {
  const { encoding } = slice;
  const { unit, low } = unitOf(encoding);
  const b = Buffer.from(slice.bytes.buffer, slice.bytes.byteOffset, slice.bytes.byteLength);
  const decoder = encoding === 'utf-8' ? undefined : new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  let n = slice.firstLine;
  for (let from = 0; from < b.length; n++) {
    const at = nextLineBreak(b, from, unit, low);
    let raw = b.subarray(from, at < 0 ? b.length : at);
    const bytes = (at < 0 ? b.length : at + unit) - from + (from === 0 ? slice.lead : 0);
    from = at < 0 ? b.length : at + unit;
    // A last line without a line break may end in half a unit: then it keeps its CR.
    if (raw.length >= unit && raw.length % unit === 0 && isUnit(raw, raw.length - unit, 0x0d, unit, low)) raw = raw.subarray(0, raw.length - unit);
    let content = decodeLine(raw, decoder);
    if (content === undefined) {
      yield { line: n, bytes, reason: `not ${encoding.toUpperCase()}` };
      continue;
    }
    if (n === 1 && content.charCodeAt(0) === 0xfeff) content = content.slice(1);
    if (content.trim()) yield { line: n, bytes, content };
  }
}

/** The non-blank lines of a JSONL file ('-': stdin) in order (readCorpusSlices + sliceLines), with its errors. */
export async function* readCorpusLines(label: string): AsyncGenerator<RawCorpusLine> {
  for await (const slice of readCorpusSlices(label)) yield* sliceLines(slice);
}

/** The lines of a JSONL file parsed into records (or the reason a line is none): readCorpusLines() + parseRecord(). */
export async function* readCorpus(label: string): AsyncGenerator<CorpusLine> {
  for await (const { line, bytes, content, reason } of readCorpusLines(label)) {
    yield content === undefined ? { line, bytes, reason } : { line, bytes, ...parseRecord(content, label, line) };
  }
}

/**
 * A line's text, or undefined when it is not valid in its encoding: UTF-8 checked by
 * isUtf8 (the same check as a fatal TextDecoder), UTF-16 by the fatal `decoder`.
 */
function decodeLine(raw: Buffer, decoder: TextDecoder | undefined): string | undefined {
  if (!decoder) return isUtf8(raw) ? raw.toString('utf8') : undefined;
  try {
    return decoder.decode(raw);
  } catch {
    return undefined;
  }
}

/** The UTF-16 code units of the start of a UTF-16 body (for hasNul). */
function sniffUnits(body: Buffer, encoding: 'utf-16le' | 'utf-16be'): number[] {
  const units: number[] = [];
  for (let i = 0; i + 1 < Math.min(body.length, SNIFF_BYTES); i += 2) units.push(encoding === 'utf-16le' ? body[i] | (body[i + 1] << 8) : (body[i] << 8) | body[i + 1]);
  return units;
}
