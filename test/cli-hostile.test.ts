// `bantin analyze` on bad input, as users run it (node bin/bantin.mjs in a child process):
// a missing path, a folder of mixed files (text, page, image, empty, binary, not UTF-8,
// UTF-16 with a BOM, a 20 MB text), a JSONL corpus with malformed, incomplete and huge lines,
// bad standard input. For each failed input: one stderr line `bantin: FILE[:LINE]: reason`
// naming it; the other inputs still give their output; exit code 1; and stdout holds no
// partial output of the failed input (every stdout line parses as JSON). Also: a JSONL line
// that is not UTF-8, UTF-16 and binary corpora, control characters in file names and in
// malformed lines, empty files and a page nested too deep, in every format, with -j 1 and -j 2;
// control characters in text (form feeds, ANSI escapes, BEL) analyzed, NUL and real binaries refused.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../analyzer/contract.ts';
import { ROOT, runBantin } from './helpers/bantin.ts';

let dir: string;
const bantin = (args: string[], stdin?: string) => runBantin(args, { cwd: dir, stdin });
const SLOW = 180_000;

const T = 'Chỉ thị số 06-CT/TW, ngày 7/11/2006 của Bộ Chính trị. Năm 2012, Đảng bộ có 49 đảng viên.';
const PAGE = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đảng bộ Văn phòng Tỉnh ủy</title></head>
<body><nav><a href="/">Trang chủ</a> <a href="/x">Chỉ thị số 99-CT/TW</a></nav><article><h1>Đảng bộ Văn phòng Tỉnh ủy</h1>
<p>${T}</p><p>Đảng bộ Văn phòng Tỉnh ủy có 5 chi bộ trực thuộc với 49 đảng viên, được tặng Bằng khen của Thủ tướng Chính phủ.</p>
<p>Chủ tịch UBND tỉnh Nguyễn Văn An trao Huân chương Lao động hạng Nhì cho Văn phòng Tỉnh ủy Gia Lai năm 2012.</p></article></body></html>`;
const PROSE = 'Cán bộ, đảng viên và người lao động đã có sự chuyển biến rõ nét về tư tưởng, ra sức tu dưỡng, rèn luyện.\n';
const BIG_BYTES = 20 * 1024 * 1024;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01]);
const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]);

/** The text files of the mixed folder that must come out, and how to read them back (offsets index this string). */
const GOOD_TEXT: Record<string, () => string> = {
  'mixed/a.txt': () => T,
  'mixed/utf16be.txt': () => '\ufeff' + T,
  'mixed/utf16le.txt': () => '\ufeff' + T,
  'mixed/big.txt': () => readFileSync(join(dir, 'mixed', 'big.txt'), 'utf8'),
};
/** The failed inputs of the mixed run and their messages, in input order. */
const MIXED_ERRORS = [
  'bantin: mixed/binary.txt: binary file',
  'bantin: mixed/empty.txt: empty file',
  'bantin: mixed/latin1.txt: not UTF-8',
  'bantin: mixed/truncated.txt: not UTF-8',
  'bantin: missing.txt: no such file or directory',
  'bantin: mixed/image.png: binary file',
];
const MIXED_ARGS = ['mixed', 'missing.txt', 'mixed/image.png'];
const MIXED_OUT = ['mixed/a.txt', 'mixed/big.txt', 'mixed/page.html', 'mixed/utf16be.txt', 'mixed/utf16le.txt'];

const lines = (s: string) => s.split('\n').filter(Boolean);
/** The text of each good corpus record, by the id it comes out with. */
const CORPUS_TEXT: Record<string, string> = {};

/** stdout of -f jsonl: ends with a line break, and every line is a whole JSON object. */
function jsonlRecords(stdout: string): (Analysis & { file?: string; id?: string })[] {
  if (stdout) expect(stdout.endsWith('\n'), 'stdout ends in the middle of a line').toBe(true);
  return stdout.split('\n').filter(Boolean).map((l, i) => {
    try {
      return JSON.parse(l);
    } catch {
      throw new Error(`stdout line ${i + 1} is not JSON: ${l.slice(0, 120)}`);
    }
  });
}

/** Every stderr line is one message `bantin: LABEL: reason` for a label in `labels`. */
function expectMessages(stderr: string, expected: string[]) {
  expect(stderr.endsWith('\n') || stderr === '').toBe(true);
  expect(lines(stderr)).toEqual(expected);
  for (const l of lines(stderr)) expect(l).toMatch(/^bantin: \S.*: \S.*$/);
}

/** The table's headings: the unindented lines, one per analysed input. */
const tableHeadings = (stdout: string) => stdout.split('\n').filter((l) => l && !l.startsWith(' '));

function expectOffsets(text: string, a: Analysis, label: string) {
  for (const f of a.facts) expect(text.slice(f.start, f.end), `${label}: ${f.kind} ${f.text}`).toBe(f.text);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bantin-cli-hostile-'));
  const m = join(dir, 'mixed');
  mkdirSync(m);
  writeFileSync(join(m, 'a.txt'), T);
  writeFileSync(join(m, 'page.html'), PAGE);
  writeFileSync(join(m, 'image.png'), PNG); // not *.txt / *.html: a folder scan skips it
  writeFileSync(join(m, 'empty.txt'), '');
  writeFileSync(join(m, 'binary.txt'), PNG);
  writeFileSync(join(m, 'latin1.txt'), Buffer.from('Hòa Thành có 49 đảng viên', 'latin1'));
  writeFileSync(join(m, 'truncated.txt'), Buffer.from(T, 'utf8').subarray(0, 4)); // 'Ch' and two of the three bytes of 'ỉ'
  writeFileSync(join(m, 'utf16le.txt'), utf16le(T));
  writeFileSync(join(m, 'utf16be.txt'), utf16be(T));
  // 20 MB of prose in lines, with facts at the start: big, but not fact-dense (dense texts are
  // checked for linear time in test/hostile.test.ts).
  const big = T + '\n' + PROSE.repeat(Math.ceil(BIG_BYTES / Buffer.byteLength(PROSE)));
  writeFileSync(join(m, 'big.txt'), big);
  mkdirSync(join(dir, 'nothing-here'));
  writeFileSync(join(dir, 'nothing-here', 'notes.md'), T);
  writeFileSync(join(dir, 'empty-alone.txt'), '');
  writeFileSync(join(dir, 'binary-alone.txt'), PNG);

  // A corpus: good, malformed, no text, huge, not an object, text not a string, bad id,
  // blank, CR LF, last line without a line break.
  const rec = (o: object) => JSON.stringify(o);
  const huge = T + '\n' + PROSE.repeat(Math.ceil((8 * 1024 * 1024) / Buffer.byteLength(PROSE)));
  Object.assign(CORPUS_TEXT, { a: T, b: T, huge, crlf: T, 'corpus.jsonl:11': T });
  const corpus = [
    rec({ id: 'a', text: T }), //                       1
    '{"id": "broken", "text": "Chỉ thị số 06-CT', //   2 malformed
    rec({ id: 'b', text: T, url: 'https://baogialai.com.vn/x.html' }), // 3
    rec({ id: 'no-text' }), //                           4
    rec({ id: 'huge', text: huge }), //                  5 8 MB in one line
    '["not", "an", "object"]', //                        6
    rec({ id: 'number', text: 42 }), //                  7
    rec({ id: { nested: true }, text: T }), //           8 bad id
    '', //                                               9 blank: skipped, no message
    rec({ id: 'crlf', text: T }) + '\r', //              10 CR LF line end
    rec({ text: T }), //                                 11 no id: FILE:LINE
  ].join('\n');
  writeFileSync(join(dir, 'corpus.jsonl'), corpus); // no line break after the last line
});

// 28 MB of inputs: do not leave them in the temporary folder.
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bantin analyze: bad paths and files', () => {
  it('a missing path alone: one message naming it, exit 1, nothing on stdout (jsonl, json, csv, table)', async () => {
    for (const format of ['jsonl', 'json', 'table']) {
      const r = await bantin(['analyze', '-f', format, 'missing.txt']);
      expect(r.code, format).toBe(1);
      expectMessages(r.stderr, ['bantin: missing.txt: no such file or directory']);
      expect(r.stdout, format).toBe('');
    }
    const csv = await bantin(['analyze', '-f', 'csv', 'missing.txt']);
    expect(csv.code).toBe(1);
    expectMessages(csv.stderr, ['bantin: missing.txt: no such file or directory']);
    expect(lines(csv.stdout)).toHaveLength(1); // the header only
  });

  it(
    'a folder of mixed files, plus a missing path and an image: one message per failed file, in order; every other file one whole JSON line; exit 1; same bytes with -j 1 and -j 2',
    async () => {
      const one = await bantin(['analyze', '-f', 'jsonl', '-j', '1', ...MIXED_ARGS]);
      const two = await bantin(['analyze', '-f', 'jsonl', '-j', '2', ...MIXED_ARGS]);
      for (const r of [one, two]) {
        expect(r.code).toBe(1);
        expectMessages(r.stderr, MIXED_ERRORS);
      }
      expect(two.stdout).toBe(one.stdout);
      const out = jsonlRecords(one.stdout);
      expect(out.map((o) => o.file)).toEqual(MIXED_OUT);
      for (const o of out) {
        expect(Object.keys(o)).toEqual(['file', 'language', 'article', 'facts']);
        if (GOOD_TEXT[o.file!]) expectOffsets(GOOD_TEXT[o.file!](), o, o.file!);
      }
      const byFile = new Map(out.map((o) => [o.file, o]));
      const codes = (file: string) => byFile.get(file)!.facts.filter((f) => f.kind === 'document').map((f) => (f as { code: string }).code);
      // The UTF-16 files (BOM kept, offsets shifted by one) and the 20 MB file give the facts of T.
      for (const f of ['mixed/a.txt', 'mixed/utf16le.txt', 'mixed/utf16be.txt', 'mixed/big.txt', 'mixed/page.html']) expect(codes(f), f).toEqual(['06-CT/TW']);
      expect(byFile.get('mixed/utf16le.txt')!.facts[0].start).toBe(1);
      // The page: its article, not its menu ('Chỉ thị số 99-CT/TW').
      expect(byFile.get('mixed/page.html')!.article.title).toBe('Đảng bộ Văn phòng Tỉnh ủy');
    },
    SLOW,
  );

  it('json, csv and table, -j 1 and -j 2: the failed files leave no element, row or block, the others are all there', async () => {
    const args = ['mixed/a.txt', 'mixed/binary.txt', 'mixed/page.html', 'missing.txt', 'mixed/latin1.txt', 'mixed/utf16le.txt', 'mixed/empty.txt'];
    const errors = [
      'bantin: mixed/binary.txt: binary file',
      'bantin: missing.txt: no such file or directory',
      'bantin: mixed/latin1.txt: not UTF-8',
      'bantin: mixed/empty.txt: empty file',
    ];
    const good = ['mixed/a.txt', 'mixed/page.html', 'mixed/utf16le.txt'];

    for (const jobs of ['1', '2']) {
      const json = await bantin(['analyze', '-f', 'json', '-j', jobs, ...args]);
      expect(json.code).toBe(1);
      expectMessages(json.stderr, errors);
      const array = JSON.parse(json.stdout) as { file: string }[];
      expect(array.map((o) => o.file)).toEqual(good);

      const csv = await bantin(['analyze', '-f', 'csv', '-j', jobs, ...args]);
      expect(csv.code).toBe(1);
      expectMessages(csv.stderr, errors);
      const parsed = Papa.parse<Record<string, string>>(csv.stdout.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(new Set(parsed.data.map((row) => row.file))).toEqual(new Set(good));

      const table = await bantin(['analyze', '-f', 'table', '-j', jobs, ...args]);
      expect(table.code).toBe(1);
      expectMessages(table.stderr, errors);
      expect(tableHeadings(table.stdout)).toEqual(good);
    }
  });

  it('one failed file alone in json: nothing on stdout, not an empty or half-written value', async () => {
    const r = await bantin(['analyze', '-f', 'json', 'binary-alone.txt']);
    expect(r.code).toBe(1);
    expectMessages(r.stderr, ['bantin: binary-alone.txt: binary file']);
    expect(r.stdout).toBe('');
  });

  it('a folder without any text file is reported by name; an empty file alone is reported as empty (exit 1, nothing on stdout)', async () => {
    const none = await bantin(['analyze', '-f', 'jsonl', 'nothing-here']);
    expect(none.code).toBe(1);
    expectMessages(none.stderr, ['bantin: nothing-here: no *.txt or *.html files in this folder']);
    expect(none.stdout).toBe('');

    const empty = await bantin(['analyze', '-f', 'jsonl', 'empty-alone.txt']);
    expect(empty.code).toBe(1);
    expectMessages(empty.stderr, ['bantin: empty-alone.txt: empty file']);
    expect(empty.stdout).toBe('');
  });

  it('with -o FILE: the failed inputs leave no line in the file either', async () => {
    const r = await bantin(['analyze', '-f', 'jsonl', '-j', '1', '-o', 'out.jsonl', 'mixed/a.txt', 'mixed/latin1.txt', 'missing.txt', 'mixed/utf16be.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expectMessages(r.stderr, ['bantin: mixed/latin1.txt: not UTF-8', 'bantin: missing.txt: no such file or directory']);
    expect(jsonlRecords(readFileSync(join(dir, 'out.jsonl'), 'utf8')).map((o) => o.file)).toEqual(['mixed/a.txt', 'mixed/utf16be.txt']);
  });
});

describe('bantin analyze -i jsonl: a corpus with bad lines', () => {
  it(
    'each bad line: one message FILE:LINE: reason, no output line; good lines (CR LF, huge, last without a line break) all out, in order; exit 1; -j 1 = -j 2',
    async () => {
      const one = await bantin(['analyze', '-i', 'jsonl', '-f', 'jsonl', '-j', '1', 'corpus.jsonl', 'nothere.jsonl']);
      const two = await bantin(['analyze', '-i', 'jsonl', '-f', 'jsonl', '-j', '2', 'corpus.jsonl', 'nothere.jsonl']);
      for (const r of [one, two]) {
        expect(r.code).toBe(1);
        const err = lines(r.stderr);
        expect(err).toHaveLength(6);
        expect(err[0]).toMatch(/^bantin: corpus\.jsonl:2: invalid JSON \(.+\)$/);
        expect(err.slice(1)).toEqual([
          'bantin: corpus.jsonl:4: no "text"',
          'bantin: corpus.jsonl:6: not a JSON object',
          'bantin: corpus.jsonl:7: "text" is not a string',
          'bantin: corpus.jsonl:8: "id" is not a string or number',
          'bantin: nothere.jsonl: no such file or directory',
        ]);
      }
      expect(two.stdout).toBe(one.stdout);
      const out = jsonlRecords(one.stdout);
      expect(out.map((o) => o.id)).toEqual(['a', 'b', 'huge', 'crlf', 'corpus.jsonl:11']);
      for (const o of out) {
        expectOffsets(CORPUS_TEXT[o.id!], o, o.id!);
        expect(o.facts.some((f) => f.kind === 'document'), o.id).toBe(true);
      }
      expect(out[1].article.url).toBe('https://baogialai.com.vn/x.html');
    },
    SLOW,
  );
});

describe('bantin analyze -: bad standard input', () => {
  it('invalid UTF-8, binary, and truncated UTF-16 on stdin: a message naming "-", nothing on stdout, exit 1', async () => {
    const cases: [Buffer, string][] = [
      [Buffer.from('Hòa Thành', 'latin1'), 'bantin: -: not UTF-8'],
      [PNG, 'bantin: -: binary file'],
      [Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]), 'bantin: -: not UTF-16LE'],
    ];
    for (const [bytes, message] of cases) {
      const r = await runBantin(['analyze', '-f', 'jsonl', '-'], { cwd: dir, stdin: bytes as unknown as string });
      expect(r.code, message).toBe(1);
      expectMessages(r.stderr, [message]);
      expect(r.stdout, message).toBe('');
    }
  });

  it('stdin that starts with many HTML comments but is no page: analyzed as text within seconds (the sniffing regex was exponential)', async () => {
    const t0 = performance.now();
    const r = await runBantin(['analyze', '-f', 'jsonl', '-'], { cwd: dir, stdin: '<!--a-->'.repeat(40) + T });
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [o] = jsonlRecords(r.stdout);
    expect(o.facts.some((f) => f.text === 'Chỉ thị số 06-CT/TW')).toBe(true);
  });

  it('stdin together with files: the bad stdin is named, the files still run', async () => {
    const r = await runBantin(['analyze', '-f', 'jsonl', '-j', '1', 'mixed/a.txt', '-', 'mixed/utf16le.txt'], { cwd: dir, stdin: PNG as unknown as string });
    expect(r.code).toBe(1);
    expectMessages(r.stderr, ['bantin: -: binary file']);
    expect(jsonlRecords(r.stdout).map((o) => o.file)).toEqual(['mixed/a.txt', 'mixed/utf16le.txt']);
  });
});

// Bad input that once got no clean report: a JSONL line that is not UTF-8 was analyzed with
// U+FFFD in place of its bytes; UTF-16 and binary corpora gave one 'invalid JSON' message per
// physical line, quoting NUL bytes and escape sequences; a file name with a line break split
// its message in two; an empty file was analyzed as an article without facts; a page of
// 100,000 nested elements took ~100 s.
describe('bantin analyze: bad input once reported badly', () => {
  const NO_RAW_BYTES = /[\u0000-\u0009\u000b-\u001f\u007f\ufffd]/;
  const line = (id: string) => JSON.stringify({ id, text: T });
  const FORMATS = ['jsonl', 'json', 'csv', 'table'] as const;

  beforeAll(() => {
    const w = (name: string, data: string | Buffer) => writeFileSync(join(dir, name), data);
    // Line 2 holds Latin-1 bytes (not UTF-8).
    w('latin1-line.jsonl', Buffer.concat([Buffer.from(line('a') + '\n'), Buffer.from('{"id":"b","text":"H\xf2a Th\xe0nh"}\n', 'latin1'), Buffer.from(line('c') + '\n')]));
    w('utf16.jsonl', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(line('w') + '\r\n' + line('x') + '\n', 'utf16le')]));
    w('utf16be.jsonl', utf16be(line('y') + '\n' + line('z'))); // no line break at the end
    // UTF-16LE with a lone high surrogate on line 2.
    w('utf16-bad.jsonl', Buffer.concat([utf16le(line('u') + '\n'), Buffer.from([0x41, 0x00, 0x00, 0xd8, 0x41, 0x00, 0x0a, 0x00]), Buffer.from(line('v') + '\n', 'utf16le')]));
    w('binary.jsonl', Buffer.from([0x00, 0x01, 0x1b, 0x5b, 0x32, 0x4a, 0x0a, 0x89, 0x50, 0x00, 0x0a]));
    w('blank.jsonl', '\n  \n\r\n');
    // Line 2: an escape sequence (clear screen) in malformed JSON.
    w('control.jsonl', line('k') + '\n{"id": \x1b[2J\x07}\n');
    w('bad\nname.txt', PNG);
    w('tab\tname.txt', T);
    w('a.txt', T);
    w('empty.txt', '');
    w('blank.txt', ' \n\t\r\n\u00a0\ufeff');
    w('deep.html', '<!DOCTYPE html><html><body>' + '<div>'.repeat(100_000) + '<p>' + T + '</p>' + '</div>'.repeat(100_000) + '</body></html>');
  });

  it('a JSONL line that is not UTF-8 is reported (FILE:LINE: not UTF-8) instead of analyzed with U+FFFD', async () => {
    const r = await bantin(['analyze', '-i', 'jsonl', '-f', 'jsonl', '-j', '1', 'latin1-line.jsonl']);
    expect(r.stderr).toBe('bantin: latin1-line.jsonl:2: not UTF-8\n');
    expect(r.code).toBe(1);
    expect(jsonlRecords(r.stdout).map((o) => o.id)).toEqual(['a', 'c']);
  });

  it('a UTF-16 JSONL file is read (as UTF-16 text files are); a binary one gets one message; no raw bytes on stderr', async () => {
    const r = await bantin(['analyze', '-i', 'jsonl', '-f', 'jsonl', '-j', '1', 'utf16.jsonl', 'binary.jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(NO_RAW_BYTES);
    expectMessages(r.stderr, ['bantin: binary.jsonl: binary file']);
    const out = jsonlRecords(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['w', 'x']);
    for (const o of out) expectOffsets(T, o, o.id!);
  });

  it('a file name with a line break still gives a one-line message, the name written as a JSON string', async () => {
    const r = await bantin(['analyze', '-f', 'jsonl', 'bad\nname.txt', 'a.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('bantin: "bad\\nname.txt": binary file\n');
    const missing = await bantin(['analyze', '-f', 'jsonl', 'no\u001b[31mred\u2028.txt']);
    expect(missing.stderr).toBe('bantin: "no\\u001b[31mred\\u2028.txt": no such file or directory\n');
  });

  it('an empty or white-space-only file is reported (bantin: FILE: empty file) and fails the run; the others still run', async () => {
    const r = await bantin(['analyze', '-f', 'jsonl', 'empty.txt', 'a.txt', 'blank.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('bantin: empty.txt: empty file\nbantin: blank.txt: empty file\n');
    expect(jsonlRecords(r.stdout).map((o) => o.file)).toEqual(['a.txt']);
    // Empty standard input and a corpus without a record, the same.
    const stdin = await bantin(['analyze', '-f', 'jsonl', '-'], ' \n');
    expect([stdin.code, stdin.stderr, stdin.stdout]).toEqual([1, 'bantin: -: empty file\n', '']);
    const corpus = await bantin(['analyze', '-i', 'jsonl', '-f', 'jsonl', 'blank.jsonl', 'latin1-line.jsonl']);
    expect(corpus.code).toBe(1);
    expectMessages(corpus.stderr, ['bantin: blank.jsonl: empty file', 'bantin: latin1-line.jsonl:2: not UTF-8']);
  });

  it('a page nested 100,000 deep: one message at once (it took ~100 s), the other files still run', async () => {
    const t0 = performance.now();
    const r = await bantin(['analyze', '-f', 'jsonl', 'deep.html', 'a.txt']);
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(r.code).toBe(1);
    expectMessages(r.stderr, ['bantin: deep.html: HTML nested more than 10,000 elements deep']);
    expect(jsonlRecords(r.stdout).map((o) => o.file)).toEqual(['a.txt']);
  });

  /** Every format and both executors on the same inputs: the same messages, and only the good inputs' output. */
  async function everyWay(args: string[], messages: (string | RegExp)[], good: string[], labelOf: (o: { file?: string; id?: string }) => string) {
    for (const jobs of ['1', '2']) {
      for (const format of FORMATS) {
        const how = `-f ${format} -j ${jobs}`;
        const r = await bantin(['analyze', '-f', format, '-j', jobs, ...args]);
        expect(r.code, how).toBe(1);
        expect(r.stderr, how).not.toMatch(NO_RAW_BYTES);
        const got = lines(r.stderr);
        expect(got, how).toHaveLength(messages.length);
        messages.forEach((m, i) => (typeof m === 'string' ? expect(got[i], how).toBe(m) : expect(got[i], how).toMatch(m)));
        if (format === 'jsonl') expect(jsonlRecords(r.stdout).map(labelOf), how).toEqual(good);
        if (format === 'json') expect((JSON.parse(r.stdout) as { file?: string; id?: string }[]).map(labelOf), how).toEqual(good);
        if (format === 'csv') {
          const parsed = Papa.parse<Record<string, string>>(r.stdout.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
          expect(parsed.errors, how).toEqual([]);
          expect([...new Set(parsed.data.map((row) => row.file))], how).toEqual(good);
        }
        if (format === 'table') expect(tableHeadings(r.stdout), how).toEqual(good.map((g) => (/[\t\n]/.test(g) ? JSON.stringify(g) : g)));
      }
    }
  }

  it(
    'corpora (-i jsonl): bad lines and bad files, in every format with -j 1 and -j 2: one clean message each, no output of theirs, the rest in order',
    async () => {
      await everyWay(
        ['-i', 'jsonl', 'latin1-line.jsonl', 'utf16.jsonl', 'utf16be.jsonl', 'utf16-bad.jsonl', 'binary.jsonl', 'blank.jsonl', 'control.jsonl'],
        [
          'bantin: latin1-line.jsonl:2: not UTF-8',
          'bantin: utf16-bad.jsonl:2: not UTF-16LE',
          'bantin: binary.jsonl: binary file',
          'bantin: blank.jsonl: empty file',
          /^bantin: control\.jsonl:2: invalid JSON \(.*\\u001b\[2J\\u0007.*\)$/,
        ],
        ['a', 'c', 'w', 'x', 'y', 'z', 'u', 'v', 'k'],
        (o) => o.id!,
      );
    },
    SLOW,
  );

  it(
    'files: a control character in a name, empty files, a page too deep, in every format with -j 1 and -j 2',
    async () => {
      await everyWay(
        ['bad\nname.txt', 'tab\tname.txt', 'empty.txt', 'a.txt', 'blank.txt', 'deep.html', 'mixed/page.html'],
        [
          'bantin: "bad\\nname.txt": binary file',
          'bantin: empty.txt: empty file',
          'bantin: blank.txt: empty file',
          'bantin: deep.html: HTML nested more than 10,000 elements deep',
        ],
        ['tab\tname.txt', 'a.txt', 'mixed/page.html'],
        (o) => o.file!,
      );
    },
    SLOW,
  );
});

// Control characters are text: a file once refused as 'binary file' for them (more than 10%
// of its first 8 KB, e.g. a terminal dump full of ANSI escapes) is analyzed. Only a NUL
// (a NUL code unit in UTF-16) makes a file binary, and bytes that do not decode make it
// 'not UTF-8'; real binaries have one or the other.
describe('bantin analyze: control characters are text, NUL is binary', () => {
  const BOM = '\ufeff';
  const P = 'Chủ tịch UBND tỉnh Nguyễn Văn An trao Huân chương Lao động hạng Nhì cho Văn phòng Tỉnh ủy Gia Lai năm 2012.';
  /** The clean text, then the same text with control characters, by file name (BOM included). */
  const CLEAN = T + '\n\n' + P + '\n';
  const TEXTS: Record<string, string> = {
    'ctl/ff.txt': T + '\f' + P + '\f', // pages of a PDF dump
    'ctl/ff-bom.txt': BOM + T + '\n\f' + P + '\n\f',
    'ctl/ansi.txt': '\x1b[1m' + T + '\x1b[0m\n\n\x1b[32m' + P + '\x1b[0m\x1b[K\n',
    'ctl/ansi-bom.txt': BOM + '\x1b[2J\x1b[H' + T + '\n\n' + P + '\x1b[0m\n',
    'ctl/bel.txt': T + ' \x07\n\n' + P + '\n',
    'ctl/bel-bom.txt': BOM + T + '\n\n' + P + '\x07\n',
    'ctl/vt.txt': T + '\x0b\x0b' + P + '\n',
    // Once refused: more than 10% control characters (ANSI escapes) at the start.
    'ctl/heavy.txt': '\x1b[0m\x1b[2K\x07'.repeat(40) + '\n' + T + '\n\n' + P + '\n',
  };
  const UTF16: Record<string, string> = { 'ctl/utf16le.txt': TEXTS['ctl/ansi.txt'] + '\f', 'ctl/utf16be.txt': TEXTS['ctl/ff.txt'] + '\x07' };
  const REFUSED = ['ctl/nul.txt', 'ctl/late-nul.txt', 'ctl/utf16-nul.txt', 'ctl/article.txt.gz', 'ctl/ls', 'ctl/shot.png'];
  const rec = (id: string, text: string) => JSON.stringify({ id, text }); // controls escaped: \f, \u001b, \u0007
  const corpusLines = [
    '\x1b[2J\x1b[H\x1b[0m'.repeat(120), // 1: raw escapes, not JSON (and once made the whole file 'binary')
    rec('ff', T + '\f' + P),
    rec('ansi', '\x1b[1m' + T + '\x1b[0m\n' + P),
    rec('bel', T + '\x07\n' + P),
    '{"id": "raw-ff", "text": "' + T + '\f' + P + '"}', // 5: a raw form feed in a JSON string is not JSON
    rec('plain', T + '\n' + P),
  ];

  beforeAll(() => {
    const c = join(dir, 'ctl');
    mkdirSync(c);
    const w = (name: string, data: string | Buffer) => writeFileSync(join(dir, name), data);
    w('ctl/clean.txt', CLEAN);
    for (const [name, text] of Object.entries(TEXTS)) w(name, text);
    w('ctl/utf16le.txt', utf16le(UTF16['ctl/utf16le.txt']));
    w('ctl/utf16be.txt', utf16be(UTF16['ctl/utf16be.txt']));
    w('ctl/nul.txt', T + '\0' + P);
    w('ctl/late-nul.txt', PROSE.repeat(200) + '\0' + T); // the NUL past the first 8 KB
    w('ctl/utf16-nul.txt', utf16le(T + '\0' + P));
    // Real binaries: gzip as the gzip tool writes it (the file name in its header), an executable, a PNG screenshot.
    w('ctl/article.txt.gz', gzipSync(Buffer.from(CLEAN)));
    try {
      w('ctl/article.txt.gz', execFileSync('gzip', ['-c', '-9', join(c, 'clean.txt')]));
    } catch {
      // no gzip tool: zlib's gzip stands
    }
    w('ctl/ls', readFileSync(existsSync('/bin/ls') ? '/bin/ls' : '/bin/sh'));
    w('ctl/shot.png', readFileSync(join(ROOT, 'docs', 'screenshots', 'sidepanel.png')));
    w('ctl/corpus.jsonl', corpusLines.join('\n') + '\n');
    w('ctl/corpus-bom.jsonl', BOM + corpusLines.join('\r\n'));
    w('ctl/corpus-utf16.jsonl', utf16le(corpusLines.join('\n') + '\n'));
    w('ctl/nul.jsonl', rec('a', T) + '\n{"id": "b", "text": "x\0y"}\n');
    w('ctl/corpus.jsonl.gz', gzipSync(Buffer.from(corpusLines.join('\n'))));
  });

  /** Kind and text of each fact, the form feeds, escapes and BELs of a fact's text read as spaces. */
  const factsOf = (o: Analysis) => o.facts.map((f) => `${f.kind}:${f.text.replace(/\x1b\[[0-9;]*[A-Za-z]|[\x00-\x1f]/g, ' ').replace(/ +/g, ' ')}`);

  it(
    'a .txt with form feeds, ANSI escapes, BEL or VT, with or without BOM, UTF-8 or UTF-16: analyzed, offsets exact, the facts of the clean text',
    async () => {
      const names = [...Object.keys(TEXTS), ...Object.keys(UTF16)];
      for (const jobs of ['1', '2']) {
        const r = await bantin(['analyze', '-f', 'jsonl', '-j', jobs, 'ctl/clean.txt', ...names]);
        expect(r.stderr, `-j ${jobs}`).toBe('');
        expect(r.code).toBe(0);
        const out = jsonlRecords(r.stdout);
        expect(out.map((o) => o.file)).toEqual(['ctl/clean.txt', ...names]);
        const clean = factsOf(out[0]);
        expect(clean.length).toBeGreaterThanOrEqual(8);
        for (const o of out.slice(1)) {
          const text = TEXTS[o.file!] ?? '\ufeff' + UTF16[o.file!];
          expectOffsets(text, o, o.file!);
          // An escape glued to the first word may cost a document its type ('[1mChỉ thị' is
          // not 'Chỉ thị'): the document is still found by its code.
          if (o.file!.startsWith('ctl/ansi') || o.file === 'ctl/utf16le.txt') {
            expect(o.facts.some((f) => f.kind === 'document' && (f as { code?: string }).code === '06-CT/TW'), o.file).toBe(true);
            expect(factsOf(o).filter((f) => !f.startsWith('document:')), o.file).toEqual(clean.filter((f) => !f.startsWith('document:')));
          } else expect(factsOf(o), o.file).toEqual(clean);
        }
      }
    },
    SLOW,
  );

  it('control characters on stdin: analyzed; a NUL on stdin: binary file', async () => {
    const ok = await bantin(['analyze', '-f', 'jsonl', '-'], TEXTS['ctl/ansi.txt']);
    expect([ok.code, ok.stderr]).toEqual([0, '']);
    expectOffsets(TEXTS['ctl/ansi.txt'], jsonlRecords(ok.stdout)[0], '-');
    const nul = await bantin(['analyze', '-f', 'jsonl', '-'], T + '\0');
    expect([nul.code, nul.stderr, nul.stdout]).toEqual([1, 'bantin: -: binary file\n', '']);
  });

  it(
    'NUL-bearing files (a NUL anywhere; a NUL code unit in UTF-16), gzip, an executable and a PNG: binary file, in every format with -j 1 and -j 2',
    async () => {
      await everyWayFiles(
        ['ctl/nul.txt', 'ctl/bel.txt', 'ctl/late-nul.txt', 'ctl/utf16-nul.txt', 'ctl/article.txt.gz', 'ctl/ls', 'ctl/shot.png', 'ctl/ff.txt', 'mixed/latin1.txt'],
        [...REFUSED.map((f) => `bantin: ${f}: binary file`), 'bantin: mixed/latin1.txt: not UTF-8'],
        ['ctl/bel.txt', 'ctl/ff.txt'],
      );
    },
    SLOW,
  );

  it(
    'JSONL: escaped control characters are a record\'s text, with or without BOM, in UTF-16 too; raw ones are not JSON (that line alone); a NUL or gzip: binary file',
    async () => {
      const files = ['ctl/corpus.jsonl', 'ctl/corpus-bom.jsonl', 'ctl/corpus-utf16.jsonl', 'ctl/nul.jsonl', 'ctl/corpus.jsonl.gz'];
      for (const jobs of ['1', '2']) {
        const r = await bantin(['analyze', '-i', 'jsonl', '-f', 'jsonl', '-j', jobs, ...files]);
        expect(r.code).toBe(1);
        expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\ufffd]/);
        const err = lines(r.stderr);
        const perFile = files.slice(0, 3).flatMap((f) => [
          new RegExp(`^bantin: ${f.replace(/\./g, '\\.')}:1: invalid JSON \\(.*\\\\u001b\\[2J.*\\)$`),
          new RegExp(`^bantin: ${f.replace(/\./g, '\\.')}:5: invalid JSON \\(.*\\)$`),
        ]);
        expect(err).toHaveLength(perFile.length + 2);
        perFile.forEach((m, i) => expect(err[i], `-j ${jobs}`).toMatch(m));
        expect(err.slice(-2)).toEqual(['bantin: ctl/nul.jsonl: binary file', 'bantin: ctl/corpus.jsonl.gz: binary file']);
        const out = jsonlRecords(r.stdout);
        expect(out.map((o) => o.id)).toEqual(['ff', 'ansi', 'bel', 'plain', 'ff', 'ansi', 'bel', 'plain', 'ff', 'ansi', 'bel', 'plain']);
        const texts = Object.fromEntries(corpusLines.slice(1).filter((l) => !l.includes('raw-ff')).map((l) => [JSON.parse(l).id, JSON.parse(l).text as string]));
        const plain = factsOf(out[3]);
        expect(plain.length).toBeGreaterThanOrEqual(8);
        for (const o of out) {
          expectOffsets(texts[o.id!], o, o.id!);
          if (o.id === 'ansi') expect(o.facts.some((f) => (f as { code?: string }).code === '06-CT/TW')).toBe(true);
          else expect(factsOf(o), o.id).toEqual(plain);
        }
      }
    },
    SLOW,
  );

  /** Every format and both executors: these messages in order, and the good files' output only. */
  async function everyWayFiles(args: string[], messages: string[], good: string[]) {
    for (const jobs of ['1', '2']) {
      for (const format of ['jsonl', 'json', 'csv', 'table'] as const) {
        const how = `-f ${format} -j ${jobs}`;
        const r = await bantin(['analyze', '-f', format, '-j', jobs, ...args]);
        expect(r.code, how).toBe(1);
        expectMessages(r.stderr, messages);
        if (format === 'jsonl') expect(jsonlRecords(r.stdout).map((o) => o.file), how).toEqual(good);
        if (format === 'json') expect((JSON.parse(r.stdout) as { file: string }[]).map((o) => o.file), how).toEqual(good);
        if (format === 'csv') {
          const parsed = Papa.parse<Record<string, string>>(r.stdout.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
          expect(parsed.errors, how).toEqual([]);
          expect([...new Set(parsed.data.map((row) => row.file))], how).toEqual(good);
        }
        if (format === 'table') expect(tableHeadings(r.stdout), how).toEqual(good);
      }
    }
  }
});
