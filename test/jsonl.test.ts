// Corpus reading in slices (analyzer/cli/jsonl.ts): whatever the file looks like, the
// slices cover it byte for byte, end on line breaks, and their lines are the lines a plain
// reference split gives: same numbers, texts, reasons and byte counts. Generated files mix
// long lines (several slices and read chunks long), CR LF, blank and white-space lines,
// invalid bytes, and a last line with or without a line break, in UTF-8 (with and without
// BOM), UTF-16LE and UTF-16BE.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readCorpusLines, readCorpusSlices } from '../analyzer/cli/jsonl.ts';
import type { Encoding } from '../analyzer/cli/jsonl.ts';

const dir = mkdtempSync(join(tmpdir(), 'bantin-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Line {
  line: number;
  bytes: number;
  text?: string;
  reason?: string;
}

/** The reference: split the body at LF units, drop one CR unit before each, decode each line alone. */
function referenceLines(body: Buffer, encoding: Encoding, bom: number): Line[] {
  const unit = encoding === 'utf-8' ? 1 : 2;
  const unitAt = (i: number) => (unit === 1 ? body[i] : encoding === 'utf-16le' ? body[i] | (body[i + 1] << 8) : (body[i] << 8) | body[i + 1]);
  const raw: { bytes: Buffer; size: number }[] = [];
  let from = 0;
  for (let i = 0; i + unit <= body.length; i += unit) {
    if (unitAt(i) !== 0x0a) continue;
    raw.push({ bytes: body.subarray(from, i), size: i + unit - from });
    from = i + unit;
  }
  if (from < body.length) raw.push({ bytes: body.subarray(from), size: body.length - from });
  const out: Line[] = [];
  raw.forEach(({ bytes, size }, k) => {
    const last = (b: Buffer) => (unit === 1 ? b[b.length - 1] : encoding === 'utf-16le' ? b[b.length - 2] | (b[b.length - 1] << 8) : (b[b.length - 2] << 8) | b[b.length - 1]);
    const b = bytes.length >= unit && bytes.length % unit === 0 && last(bytes) === 0x0d ? bytes.subarray(0, bytes.length - unit) : bytes;
    const line = k + 1;
    const lineBytes = size + (k === 0 ? bom : 0);
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(b);
    } catch {
      out.push({ line, bytes: lineBytes, reason: `not ${encoding.toUpperCase()}` });
      return;
    }
    if (k === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim()) out.push({ line, bytes: lineBytes, text });
  });
  return out;
}

async function readAll(path: string): Promise<Line[]> {
  const out: Line[] = [];
  for await (const { line, bytes, content, reason } of readCorpusLines(path)) out.push(content === undefined ? { line, bytes, reason } : { line, bytes, text: content });
  return out;
}

const PIECES = ['{"text":"Chỉ thị số 06-CT/TW"}', '{"id":7,"text":"Huân chương Lao động hạng Nhì"}', ' ', '\t', '\u3000', 'x', 'ủy hòa', '\u0a0d', '\u0d0a', '😀', '\r'];

/** A line: pieces, sometimes repeated into a long line, sometimes with an invalid byte. */
const lineArb = fc.record({
  pieces: fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }),
  repeat: fc.constantFrom(1, 1, 1, 500, 5_000),
  crlf: fc.boolean(),
  invalid: fc.constantFrom(false, false, false, true),
});

function encode(text: string, encoding: Encoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const le = Buffer.from(text, 'utf16le');
  return encoding === 'utf-16le' ? le : Buffer.from(le).swap16();
}

let files = 0;

describe('readCorpusSlices and sliceLines', () => {
  it('cover the file byte for byte and give the lines a plain split gives', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(lineArb, { minLength: 1, maxLength: 12 }),
        fc.constantFrom<Encoding>('utf-8', 'utf-16le', 'utf-16be'),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        async (lines, encoding, finalBreak, utf8Bom, oddTail) => {
          const parts: Buffer[] = [];
          lines.forEach((l, k) => {
            parts.push(encode(l.pieces.join('').repeat(l.repeat), encoding));
            // An odd byte in UTF-16, a lone continuation byte in UTF-8.
            if (l.invalid) parts.push(Buffer.from(encoding === 'utf-8' ? [0x80] : [0xd8, 0xd8]));
            if (k < lines.length - 1 || finalBreak) parts.push(encode(l.crlf ? '\r\n' : '\n', encoding));
          });
          // A record first. (The pieces hold no NUL, so the file is never binary.)
          // In UTF-16, sometimes half a unit at the very end (it belongs to the last line).
          if (oddTail && encoding !== 'utf-8') parts.push(Buffer.from([0x41]));
          const body = Buffer.concat([encode('{"text":"Bản tin"}\n', encoding), ...parts]);
          const bom = encoding === 'utf-8' ? (utf8Bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0)) : encoding === 'utf-16le' ? Buffer.from([0xff, 0xfe]) : Buffer.from([0xfe, 0xff]);
          const file = join(dir, `f${files++}.jsonl`);
          writeFileSync(file, Buffer.concat([bom, body]));

          // Slices: together they are the file; each but the last ends on a line break.
          const slices = [];
          for await (const s of readCorpusSlices(file)) slices.push(s);
          const covered = Buffer.concat(slices.map((s) => Buffer.from(s.bytes)));
          const bodyBytes = encoding === 'utf-8' ? Buffer.concat([bom, body]) : body;
          expect(covered.equals(bodyBytes)).toBe(true);
          expect(slices.reduce((n, s) => n + s.lead, 0)).toBe(encoding === 'utf-8' ? 0 : 2);
          const lf = encode('\n', encoding);
          for (const s of slices.slice(0, -1)) expect(Buffer.from(s.bytes.subarray(s.bytes.length - lf.length)).equals(lf)).toBe(true);

          // Lines: as the reference split reads them.
          const expected = referenceLines(bodyBytes, encoding, encoding === 'utf-8' ? 0 : 2);
          expect(await readAll(file)).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it('a file is binary for a NUL (a NUL unit in UTF-16) among its first 8 KB, not for other control characters', async () => {
    const rec = JSON.stringify({ id: 'a', text: 'Trang 1.\fTrang 2.\u001b[0m\u0007' });
    const controls = '\x1b[2J\x1b[H\x07\x0b\x0c\x01\x7f'.repeat(200); // raw: not JSON, but text
    const cases: [string, Buffer, string | undefined][] = [
      ['controls.jsonl', Buffer.from(controls + '\n' + rec + '\n'), undefined],
      ['controls-bom.jsonl', Buffer.from('\ufeff' + controls + '\r\n' + rec), undefined],
      ['controls-utf16.jsonl', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(controls + '\n' + rec, 'utf16le')]), undefined],
      ['nul.jsonl', Buffer.from(rec + '\n{"text": "a\0b"}\n'), 'binary file'],
      ['nul-utf16.jsonl', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(rec + '\n\0', 'utf16le').swap16()]), 'binary file'],
      // Past the first 8 KB, a NUL is the line's business (not JSON), not the file's.
      ['late-nul.jsonl', Buffer.from((rec + '\n').repeat(200) + '{"text": "a\0b"}\n' + rec + '\n'), undefined],
    ];
    for (const [name, bytes, error] of cases) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      if (error) {
        await expect(readAll(file), name).rejects.toThrow(error);
        continue;
      }
      const got = await readAll(file);
      expect(got.every((l) => l.reason === undefined), name).toBe(true);
      const records = got.filter((l) => l.text!.startsWith('{"id"'));
      expect(records.length, name).toBeGreaterThan(0);
      for (const l of records) expect(JSON.parse(l.text!).text, name).toBe('Trang 1.\fTrang 2.\x1b[0m\x07');
      if (name.startsWith('controls')) expect(got[0].text, name).toBe(controls);
    }
  });

  it('numbers lines across slices, and reports a file of blank lines as empty', async () => {
    const many = Array.from({ length: 2_000 }, (_, i) => (i % 7 === 3 ? '' : JSON.stringify({ id: `r${i}`, text: 'Văn phòng Tỉnh ủy Gia Lai '.repeat(8) })));
    const file = join(dir, 'many.jsonl');
    writeFileSync(file, many.join('\n') + '\n');
    const slices = [];
    for await (const s of readCorpusSlices(file)) slices.push(s);
    expect(slices.length).toBeGreaterThan(3);
    const got = await readAll(file);
    expect(got.map((l) => l.line)).toEqual(many.flatMap((l, i) => (l ? [i + 1] : [])));
    expect(got.map((l) => JSON.parse(l.text!).id)).toEqual(many.filter(Boolean).map((l) => JSON.parse(l).id));

    const blank = join(dir, 'blank.jsonl');
    writeFileSync(blank, ' \n\t\r\n\u3000\n'.repeat(20_000));
    await expect(readAll(blank)).rejects.toThrow('empty file');
  });
});
