// The CLI as users run it: `node bin/bantin.mjs …` in a child process. analyze() may
// find any facts, so these tests check shapes, counts of lines and error handling.
import { ROOT, runBantin } from './helpers/bantin.ts';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compactFields, formatter } from '../analyzer/cli/formats.ts';
import type { Analysis } from '../analyzer/contract.ts';
import { decodeInput } from '../analyzer/cli/decode.ts';
import { clip, renderTable, width } from '../analyzer/export/text-table.ts';
import { NO_ARTICLE, extractFromHtml } from '../analyzer/html/node.ts';

const BOM = '\uFEFF';

const bantin = (args: string[], { stdin = '', cwd = dir } = {}) => runBantin(args, { stdin, cwd });

const lines = (s: string) => s.split('\n').filter(Boolean);

let dir: string;
const A = 'Chỉ thị số 06-CT/TW, ngày 7/11/2006 của Bộ Chính trị. Năm 2012, Đảng bộ có 49 đảng viên.';
const B = 'UBND tỉnh Tây Ninh tặng bằng khen cho 2 tập thể, 4 cá nhân (năm 2011).';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bantin-cli-'));
  writeFileSync(join(dir, 'a.txt'), A);
  writeFileSync(join(dir, 'b.txt'), B);
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Hòa Thành', 'latin1')); // ò, à as single Latin-1 bytes
  mkdirSync(join(dir, 'folder', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'folder', 'z.txt'), A);
  writeFileSync(join(dir, 'folder', 'sub', 'm.txt'), B);
  writeFileSync(join(dir, 'folder', 'notes.md'), 'not a text input');
});

describe('bantin analyze', () => {
  it('jsonl: exactly one valid JSON line per input, with its file', async () => {
    const r = await bantin(['analyze', '--format', 'jsonl', 'a.txt', 'b.txt']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out.map((o) => o.file)).toEqual(['a.txt', 'b.txt']);
    for (const o of out) {
      expect(Object.keys(o)[0]).toBe('file');
      expect(o).toHaveProperty('language.code');
      expect(o).toHaveProperty('article');
      expect(Array.isArray(o.facts)).toBe(true);
      for (const f of o.facts) expect(A + B).toContain(f.text);
    }
  });

  it('a missing file: a stderr line naming it, exit 1, the other file still printed', async () => {
    const r = await bantin(['analyze', '--format', 'jsonl', 'missing.txt', 'a.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('bantin: missing.txt: no such file or directory\n');
    expect(lines(r.stdout)).toHaveLength(1);
    expect(JSON.parse(r.stdout).file).toBe('a.txt');
  });

  it('rejects a binary file and an invalid UTF-8 file by name, nothing of them on stdout', async () => {
    const r = await bantin(['analyze', '--format', 'jsonl', 'binary.txt', 'latin1.txt', 'b.txt']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual(['bantin: binary.txt: binary file', 'bantin: latin1.txt: not UTF-8']);
    expect(lines(r.stdout).map((l) => JSON.parse(l).file)).toEqual(['b.txt']);
  });

  it("'-' reads stdin", async () => {
    const r = await bantin(['analyze', '--format', 'jsonl', '--url', 'https://baotayninh.vn/x.html', '-'], { stdin: B });
    expect(r.code).toBe(0);
    const [line] = lines(r.stdout);
    const o = JSON.parse(line);
    expect(o.file).toBe('-');
    expect(o.article.url).toBe('https://baotayninh.vn/x.html');
    for (const f of o.facts) expect(B.slice(f.start, f.end)).toBe(f.text);
  });

  it('json: one object for one file, an array for a folder (recursive, sorted, *.txt only)', async () => {
    const one = await bantin(['analyze', '--format', 'json', 'a.txt']);
    expect(one.code).toBe(0);
    const obj = JSON.parse(one.stdout);
    expect(Array.isArray(obj)).toBe(false);
    expect(obj.file).toBe('a.txt');
    expect(one.stdout).toContain('\n  "file": "a.txt"'); // pretty, 2 spaces

    const many = await bantin(['analyze', '--format', 'json', 'folder']);
    expect(many.code).toBe(0);
    expect(JSON.parse(many.stdout).map((o: { file: string }) => o.file)).toEqual([join('folder', 'sub', 'm.txt'), join('folder', 'z.txt')]);

    const failed = await bantin(['analyze', '--format', 'json', 'a.txt', 'missing.txt']);
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toHaveLength(1);
  });

  it('csv: BOM and header, then rows; --no-bom drops the BOM', async () => {
    const r = await bantin(['analyze', '--format', 'csv', 'a.txt', 'b.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(BOM + 'file,url,title,published,source,byline,province,language,kind,text,start,end,key,')).toBe(true);
    expect(r.stdout.endsWith('\r\n')).toBe(true);
    const plain = await bantin(['analyze', '--format', 'csv', '--no-bom', 'a.txt']);
    expect(plain.stdout.startsWith('file,url,')).toBe(true);
  });

  it('table: a block per file with the article fields and a summary', async () => {
    const r = await bantin(['analyze', 'a.txt', 'b.txt']);
    expect(r.code).toBe(0);
    for (const f of ['a.txt', 'b.txt']) expect(r.stdout).toMatch(new RegExp(`^${f}$`, 'm'));
    expect(r.stdout).toMatch(/^ {2}language +\S+/m);
    expect(r.stdout).toMatch(/^ {2}province +/m);
    expect(r.stdout).toMatch(/^ {2}(no facts|\d+ facts?: )/m);
  });

  it('usage errors exit 2', async () => {
    expect((await bantin(['analyze'])).code).toBe(2);
    expect((await bantin(['analyze', '--format', 'xml', 'a.txt'])).code).toBe(2);
    expect((await bantin(['frobnicate'])).code).toBe(2);
  });

  it('--help shows examples', async () => {
    const r = await bantin(['analyze', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('--format');
  });
});

describe('bantin extract', () => {
  // Run from the repository, so that paths name the fixture pages as given.
  const extract = (args: string[], opts: { stdin?: string; env?: Record<string, string> } = {}) => runBantin(['extract', ...args], { cwd: ROOT, ...opts });
  const PAGES = 'fixtures/pages';
  const pageText = (f: string) => readFileSync(join(ROOT, PAGES, f), 'utf8');
  const expectedText = (f: string) => extractFromHtml(pageText(f)).text;
  const NONE = `bantin: ${PAGES}/unreadable.html: ${NO_ARTICLE}`;

  it('text: the main text of a page, lead included, as analyze reads it', async () => {
    const r = await extract([`${PAGES}/dantri.html`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${expectedText('dantri.html')}\n`);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Quảng Trị hỗ trợ 1.200 hộ dân làm nhà chống lũ');
    expect(lines[2]).toMatch(/^\(Dân trí\) - UBND tỉnh Quảng Trị vừa ban hành Quyết định số 845\/QĐ-UBND/);
    expect(r.stdout).not.toContain('Tin liên quan');
  });

  it('json: {file, text, title, published, byline, source, url, method}; null when unknown', async () => {
    const r = await extract(['--format', 'json', `${PAGES}/tienphong.html`]);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(Object.keys(o)).toEqual(['file', 'text', 'title', 'published', 'byline', 'source', 'url', 'method']);
    expect(o).toMatchObject({
      file: `${PAGES}/tienphong.html`,
      title: 'Thanh Hóa trao 500 suất học bổng cho học sinh vùng cao', // og:title holds the URL
      published: '2024-05-20T10:30:00+07:00',
      byline: 'Lê Hoàng',
      source: 'Báo điện tử Tiền Phong',
      url: 'https://tienphong.vn/thanh-hoa-trao-500-suat-hoc-bong-cho-hoc-sinh-vung-cao-post1640512.tpo',
      method: 'readability',
    });
    expect(o.text).toBe(expectedText('tienphong.html'));
    expect(o.text.split('\n')[2]).toMatch(/^TPO - Tỉnh đoàn Thanh Hóa/);
    // No site name in the page: the outlet of the address; nothing known: null.
    const portal = JSON.parse((await extract(['-f', 'json', '--url', 'https://baolangson.vn/x.html', `${PAGES}/003-vpubnd-portal.html`])).stdout);
    expect(portal).toMatchObject({ source: 'Báo Lạng Sơn', url: 'https://baolangson.vn/x.html', byline: null });
  });

  it('an article only in embedded data: read from it', async () => {
    const r = await extract(['-f', 'json', `${PAGES}/baomoi-nextdata.html`]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ method: 'embedded', title: 'Quảng Ninh đón 1,2 triệu lượt khách dịp nghỉ lễ', byline: 'Thu Trang', source: 'Báo Mới', published: '2024-05-02T09:00:00+07:00' });
  });

  it("several files, a folder and '-': one record each, in order; text heads each page with its path", async () => {
    const files = ['nhandan.html', 'baomoi.html'].map((f) => `${PAGES}/${f}`);
    const jl = await extract(['-f', 'jsonl', ...files, '-'], { stdin: pageText('vnexpress.html') });
    expect(jl.code).toBe(0);
    const recs = lines(jl.stdout).map((l) => JSON.parse(l));
    expect(recs.map((o) => o.file)).toEqual([...files, '-']);
    expect(recs[2].text).toBe(expectedText('vnexpress.html'));
    expect(recs[2].text.split('\n')[2]).toMatch(/^Hà Nội - Chủ tịch UBND thành phố tặng Bằng khen/);

    const text = await extract(files);
    expect(text.stdout).toBe(`==> ${files[0]} <==\n${expectedText('nhandan.html')}\n\n==> ${files[1]} <==\n${expectedText('baomoi.html')}\n`);

    const folder = await extract(['-f', 'json', PAGES]);
    const all = JSON.parse(folder.stdout) as { file: string }[];
    expect(all.length).toBeGreaterThanOrEqual(17);
    expect(all.map((o) => o.file)).not.toContain(`${PAGES}/unreadable.html`);
    expect(folder.stderr).toBe(`${NONE}\n`);
    expect(folder.code).toBe(1);

    const stdin = await extract(['-'], { stdin: pageText('dantri-emagazine.html') });
    expect(stdin.stdout).toBe(`${expectedText('dantri-emagazine.html')}\n`);
  });

  it('a page with no readable article, a missing file, an empty stdin: one error line each, exit 1, the others printed', async () => {
    const r = await extract(['-f', 'jsonl', `${PAGES}/unreadable.html`, 'missing.html', `${PAGES}/dantri.html`]);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([NONE, 'bantin: missing.html: no such file or directory']);
    expect(lines(r.stdout).map((l) => JSON.parse(l).file)).toEqual([`${PAGES}/dantri.html`]);
    const one = await extract([`${PAGES}/unreadable.html`]);
    expect(one).toMatchObject({ code: 1, stdout: '', stderr: `${NONE}\n` });
    const json = await extract(['-f', 'json', `${PAGES}/unreadable.html`]);
    expect(json).toMatchObject({ code: 1, stdout: '' });
    const empty = await extract(['-'], { stdin: '  \n' });
    expect(empty).toMatchObject({ code: 1, stdout: '', stderr: 'bantin: -: empty file\n' });
    // The same page through `analyze`: the same refusal, never a silent 'no facts'.
    const analyzed = await runBantin(['analyze', '-f', 'jsonl', `${PAGES}/unreadable.html`], { cwd: ROOT });
    expect(analyzed).toMatchObject({ code: 1, stdout: '', stderr: `${NONE}\n` });
  });

  it('the bundled CLI and the sources (BANTIN_BUNDLE=0) print the same', async () => {
    const args = ['-f', 'jsonl', `${PAGES}/tienphong-state.html`, `${PAGES}/nhandan-jsonld.html`, `${PAGES}/vnexpress.html`];
    const [bundled, sources] = await Promise.all([extract(args), extract(args, { env: { BANTIN_BUNDLE: '0' } })]);
    expect(bundled.code).toBe(0);
    expect(sources).toEqual(bundled);
  });

  it('--help shows examples; usage errors exit 2', async () => {
    const h = await extract(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Examples:');
    expect(h.stdout).toContain('--format');
    expect(h.stdout).toContain('bantin extract -f jsonl');
    expect((await runBantin(['--help'])).stdout).toContain('extract');
    expect((await extract([])).code).toBe(2);
    expect((await extract(['-f', 'csv', `${PAGES}/dantri.html`])).code).toBe(2);
  });
});

describe('bantin eval', () => {
  it('defaults to the repository gold files from any working directory', async () => {
    const r = await bantin(['eval', '--json'], { cwd: tmpdir() });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.errors).toEqual([]);
    expect(report.files.length).toBeGreaterThan(0);
    expect(report.kinds.map((k: { kind: string }) => k.kind)).toEqual(['document', 'date', 'count', 'award', 'office', 'person']);
  });

  it('names a malformed gold file and exits 1, still scoring the rest', async () => {
    const gold = join(dir, 'gold');
    mkdirSync(gold, { recursive: true });
    writeFileSync(join(gold, 'a.json'), JSON.stringify({ file: 'a.txt', article: {}, facts: [{ kind: 'date', text: 'Năm 2012', value: '2012' }] }));
    writeFileSync(join(gold, 'bad.json'), '{"file": "a.txt"}');
    const r = await bantin(['eval', 'gold', '.', '--verbose']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`bantin: ${join('gold', 'bad.json')}: missing top-level field 'article'`);
    expect(r.stdout).toMatch(/^1 article\(s\) scored/m);
    expect(r.stdout).toMatch(/^date +1 /m);
  });
});

// ---------------------------------------------------------------- pieces

describe('decodeInput', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('keeps a UTF-8 BOM in the text (offsets count it)', () => {
    expect(decodeInput(utf8(BOM + 'Tỉnh ủy'))).toBe(BOM + 'Tỉnh ủy');
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hòa Thành\n', 'utf16le')]);
    expect(decodeInput(le)).toBe(BOM + 'Hòa Thành\n');
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeInput(be)).toBe(BOM + 'Hòa Thành\n');
    expect(() => decodeInput(Buffer.from([0xff, 0xfe, 0x41]))).toThrow('not UTF-16LE');
  });

  it('refuses NUL-bearing data as binary and invalid UTF-8 as such', () => {
    expect(() => decodeInput(Buffer.from([0x41, 0x00, 0x42]))).toThrow('binary file');
    expect(() => decodeInput(Buffer.from([0x54, 0xe1, 0xba]))).toThrow('not UTF-8');
    expect(decodeInput(new Uint8Array())).toBe('');
    expect(decodeInput(utf8('tab\tand\r\nform\ffeed'))).toBe('tab\tand\r\nform\ffeed');
  });

  it('decodes text with control characters as it is: only a NUL makes it binary, wherever it is', () => {
    // Once refused as 'binary file' (more than 10% control characters at the start).
    for (const t of [
      '\x01\x02\x03 abc def ghi',
      'Trang 1.\fTrang 2.\f', // form feeds of a PDF dump
      '\x1b[1mTỉnh ủy\x1b[0m \x1b[32mHòa Thành\x1b[0m\x1b[K', // ANSI escapes of a terminal dump
      'chuông\x07', // a lone BEL
      'a\x0bb\x1c\x7f\x1f',
      '\x1b'.repeat(100),
    ]) {
      expect(decodeInput(utf8(t))).toBe(t);
      expect(decodeInput(utf8(BOM + t))).toBe(BOM + t);
    }
    // A NUL after 8 KB of text is still a NUL (the whole input is looked at).
    const late = 'Tỉnh ủy Gia Lai. '.repeat(2_000);
    expect(() => decodeInput(Buffer.concat([utf8(late), Buffer.from([0x00]), utf8(late)]))).toThrow('binary file');
    expect(() => decodeInput(utf8(BOM + 'x\0y'))).toThrow('binary file');
    // A NUL and bytes that are not UTF-8: binary first.
    expect(() => decodeInput(Buffer.from([0xff, 0x00, 0xc3]))).toThrow('binary file');
  });

  it('in UTF-16, a NUL code unit is binary; zero bytes of ordinary characters are not', () => {
    const le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
    const be = (s: string) => Buffer.from(le(s)).swap16();
    for (const enc of [le, be]) {
      const t = 'Trang 1.\f\x1b[1mHòa Thành\x1b[0m\x07\n';
      expect(decodeInput(enc(t))).toBe(BOM + t);
      expect(() => decodeInput(enc('Hòa\0Thành'))).toThrow('binary file');
      // U+0100 is 00 01 / 01 00: a zero byte, not a NUL unit.
      expect(decodeInput(enc('\u0100\u0200'))).toBe(BOM + '\u0100\u0200');
    }
  });

  it('refuses real binaries: executables (ELF, Mach-O), a PNG screenshot, gzip', () => {
    const samples = ['/bin/ls', '/bin/sh', join(ROOT, 'docs', 'screenshots', 'sidepanel.png')].filter((p) => existsSync(p));
    expect(samples.length).toBeGreaterThanOrEqual(2);
    for (const p of samples) expect(() => decodeInput(readFileSync(p)), p).toThrow('binary file');
    expect(() => decodeInput(gzipSync(utf8(A.repeat(50))))).toThrow('binary file');
  });
});

describe('text tables', () => {
  it('counts Vietnamese characters, NFC or NFD, as one column each', () => {
    expect(width('Tỉnh ủy')).toBe(7);
    expect(width('Tỉnh ủy'.normalize('NFD'))).toBe(7);
    const rows = [
      ['kind', 'text', 'span'],
      ['office', 'Tỉnh ủy'.normalize('NFD'), '1-8'],
      ['office', 'Bộ Chính trị', '10-22'],
    ];
    const lines = renderTable(rows).split('\n');
    // The last column starts at the same column on every line: 6 + 2 + 12 + 2.
    expect(lines.map((l, i) => width(l) - width(rows[i][2]))).toEqual([22, 22, 22]);
  });

  it('clips long text to one line', () => {
    expect(clip('Đảng bộ\nVăn phòng   Tỉnh ủy', 100)).toBe('Đảng bộ Văn phòng Tỉnh ủy');
    const c = clip('Đảng bộ Văn phòng Tỉnh ủy'.normalize('NFD'), 10);
    expect(width(c)).toBe(10);
    expect(c.endsWith('…')).toBe(true);
  });

  it('shows canonical fields compactly', () => {
    expect(
      compactFields({ kind: 'document', text: 'Chỉ thị số 06-CT/TW', start: 0, end: 19, type: 'Chỉ thị', number: '06', symbol: 'CT/TW', code: '06-CT/TW', issued: '2006-11-07', issuer: 'Bộ Chính trị' }),
    ).toBe('code=06-CT/TW issued=2006-11-07 issuer=Bộ Chính trị');
  });
});

describe('formatters on a hand-made analysis', () => {
  const analysis: Analysis = {
    language: { code: 'vie', score: 1 },
    article: { source: 'Báo Tây Ninh' },
    facts: [
      { kind: 'document', text: 'Chỉ thị số 06-CT/TW', start: 0, end: 19, type: 'Chỉ thị', number: '06', symbol: 'CT/TW', code: '06-CT/TW', issuer: 'Bộ Chính trị' },
      { kind: 'office', text: 'Bộ Chính trị', start: 40, end: 52, name: 'Bộ Chính trị', level: 'central' },
    ],
  };

  it('table: aligned fact rows and a count summary', () => {
    const out = formatter('table', { bom: true, many: false }).item('a.txt', analysis).split('\n');
    expect(out[0]).toBe('a.txt');
    expect(out).toContain('  source     Báo Tây Ninh');
    const rows = out.filter((l) => /^ {2}(kind|document|office) /.test(l));
    expect(rows).toHaveLength(3);
    const spanColumn = rows.map((l) => l.search(/\S+$/));
    expect(new Set(spanColumn).size).toBe(1);
    expect(rows[1]).toMatch(/code=06-CT\/TW issuer=Bộ Chính trị +0-19$/);
    expect(out).toContain('  2 facts: document 1, office 1');
  });

  it('json for several inputs: one valid array', () => {
    const f = formatter('json', { bom: true, many: true });
    const text = f.start() + f.item('a.txt', analysis) + f.item('b.txt', analysis) + f.end();
    expect(JSON.parse(text).map((o: { file: string }) => o.file)).toEqual(['a.txt', 'b.txt']);
    const empty = formatter('json', { bom: true, many: true });
    expect(JSON.parse(empty.start() + empty.end())).toEqual([]);
  });

  it('csv: one row per fact after the header', () => {
    const f = formatter('csv', { bom: false, many: true });
    const text = f.start() + f.item('a.txt', analysis) + f.end();
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(3);
  });
});
