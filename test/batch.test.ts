// Batch mode of `bantin analyze` as users run it (node bin/bantin.mjs in a child process):
// JSONL corpora, worker threads, stable order, malformed lines, --resume, csv.
import { runBantin } from './helpers/bantin.ts';
import { bundle, bundleInputs, bundleKey } from '../analyzer/cli/bundle.mjs';
import { WORKER_ENTRY } from '../analyzer/cli/worker-bundle.ts';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const BOM = '\uFEFF';

const bantin = (args: string[]) => runBantin(args, { cwd: dir });

const lines = (s: string) => s.split('\n').filter(Boolean);
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

let dir: string;
let corpusLines: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bantin-batch-'));
  // 30 real articles; lines 111–140 include ones whose results once depended on the
  // article analysed before them (a regex's lastIndex), which --jobs 2 exposed.
  corpusLines = readFileSync(join(ROOT, 'fixtures/corpus/real-articles.jsonl'), 'utf8').split('\n').filter(Boolean).slice(110, 140);
  writeFileSync(join(dir, 'corpus.jsonl'), corpusLines.join('\n') + '\n');
  const small = corpusLines.slice(0, 4);
  writeFileSync(
    join(dir, 'bad.jsonl'),
    [small[0], '{"id": "x", "text": ', small[1], '', '{"id": "no-text"}', small[2], '["a list"]', small[3]].join('\n') + '\n',
  );
  mkdirSync(join(dir, 'texts'));
  for (let i = 0; i < 6; i++) writeFileSync(join(dir, 'texts', `${i}.txt`), JSON.parse(corpusLines[i]).text);
});

describe('bantin analyze --input-format jsonl', () => {
  it('jsonl out: one line per record in input order, byte-identical with --jobs 1 and --jobs 2', async () => {
    const one = await bantin(['analyze', '-i', 'jsonl', '-f', 'jsonl', '--jobs', '1', 'corpus.jsonl']);
    const two = await bantin(['analyze', '-i', 'jsonl', '-f', 'jsonl', '--jobs', '2', 'corpus.jsonl']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(one.stderr).toBe('');
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    const out = lines(one.stdout).map((l) => JSON.parse(l));
    const input = corpusLines.map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(input.map((r) => r.id));
    for (const [i, o] of out.entries()) {
      expect(Object.keys(o)).toEqual(['id', 'language', 'article', 'facts']);
      if (input[i].url) expect(o.article.url).toBe(input[i].url);
      for (const f of o.facts) expect(input[i].text.slice(f.start, f.end)).toBe(f.text);
    }
  });

  it('the CLI and its workers run bundled (built once into node_modules/.cache/bantin) or, asked to, from the sources through tsx: the same bytes', async () => {
    const bundled = await bantin(['analyze', '-i', 'jsonl', '-f', 'jsonl', '--jobs', '2', 'corpus.jsonl']);
    for (const [name, entry] of [['cli', 'analyzer/cli/main.ts'], ['worker', WORKER_ENTRY]]) {
      const path = fileURLToPath(await bundle(name, entry));
      expect(path).toMatch(new RegExp(`node_modules/\\.cache/bantin/${name}-[0-9a-f]{16}\\.mjs$`));
      expect(existsSync(path)).toBe(true);
    }
    const sources = await runBantin(['analyze', '-i', 'jsonl', '-f', 'jsonl', '--jobs', '2', 'corpus.jsonl'], { cwd: dir, env: { BANTIN_BUNDLE: '0' } });
    expect(bundled.code).toBe(0);
    expect(sources.code).toBe(0);
    expect(lines(bundled.stdout)).toHaveLength(corpusLines.length);
    expect(sources.stdout).toBe(bundled.stdout);
  });

  it('a malformed line: one stderr line FILE:LINE: reason, exit 1, every other line still out, in order', async () => {
    const r = await bantin(['analyze', '-i', 'jsonl', '-f', 'jsonl', '--jobs', '2', 'bad.jsonl']);
    expect(r.code).toBe(1);
    const err = lines(r.stderr);
    expect(err).toHaveLength(3);
    expect(err[0]).toMatch(/^bantin: bad\.jsonl:2: invalid JSON/);
    expect(err[1]).toBe('bantin: bad.jsonl:5: no "text"');
    expect(err[2]).toBe('bantin: bad.jsonl:7: not a JSON object');
    const ids = corpusLines.slice(0, 4).map((l) => JSON.parse(l).id);
    expect(lines(r.stdout).map((l) => JSON.parse(l).id)).toEqual(ids);
  });

  it('lines are read as bytes and parsed where they run: a UTF-8 BOM, lines blank in Unicode white space, a line not UTF-8, alike with -j 1 and -j 2', async () => {
    const small = corpusLines.slice(0, 3);
    const bytes = Buffer.concat([
      Buffer.from(BOM + small[0] + '\n \u00a0\u3000\t\n\n' + small[1] + '\n', 'utf8'),
      Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x7d, 0x0a]), // line 5: {"\xC3(}, not UTF-8
      Buffer.from('\u2028\r\n' + small[2] + '\r\n', 'utf8'),
    ]);
    writeFileSync(join(dir, 'mixed.jsonl'), bytes);
    const one = await bantin(['analyze', '-i', 'jsonl', '-f', 'jsonl', '-j', '1', 'mixed.jsonl']);
    const two = await bantin(['analyze', '-i', 'jsonl', '-f', 'jsonl', '-j', '2', 'mixed.jsonl']);
    for (const r of [one, two]) {
      expect(r.code).toBe(1);
      expect(lines(r.stderr)).toEqual(['bantin: mixed.jsonl:5: not UTF-8']);
      expect(lines(r.stdout).map((l) => JSON.parse(l).id)).toEqual(small.map((l) => JSON.parse(l).id));
    }
    expect(two.stdout).toBe(one.stdout);
  });

  it('csv out: the header once, then the rows of every record in order', async () => {
    const r = await bantin(['analyze', '-i', 'jsonl', '-f', 'csv', '-j', '2', 'corpus.jsonl', 'corpus.jsonl']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(BOM + 'file,url,title,')).toBe(true);
    expect(r.stdout.split(BOM)).toHaveLength(2);
    expect(r.stdout.match(/(^|\r\n)\uFEFF?file,url,title,/g)).toHaveLength(1);
    const one = await bantin(['analyze', '-i', 'jsonl', '-f', 'csv', '-j', '1', 'corpus.jsonl', 'corpus.jsonl']);
    expect(r.stdout).toBe(one.stdout);
  });

  it('an article too big for a worker heap runs again on the main thread: nothing is lost', async () => {
    const seed = readFileSync(join(ROOT, 'fixtures/seeds/002_819d290b6f01cc90.txt'), 'utf8').replace(/\n/g, ' ');
    const huge = seed.repeat(Math.ceil(2_000_000 / seed.length));
    const lines = [{ id: 'a', text: 'Chỉ thị số 05-CT/TW' }, { id: 'huge', text: huge }, { id: 'b', text: 'Nghị quyết số 18-NQ/TW' }];
    writeFileSync(join(dir, 'huge.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const r = await runBantin(['analyze', '-i', 'jsonl', '-f', 'jsonl', '-j', '2', 'huge.jsonl'], { cwd: dir, env: { BANTIN_WORKER_HEAP_MB: '16' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'huge', 'b']);
    expect(out[1].facts.length).toBeGreaterThan(10);
  });

  it('--resume needs --output, and jsonl or csv', async () => {
    expect((await bantin(['analyze', '-i', 'jsonl', '-f', 'jsonl', '--resume', 'corpus.jsonl'])).code).toBe(2);
    expect((await bantin(['analyze', '-i', 'jsonl', '-f', 'table', '--resume', '-o', 'x.txt', 'corpus.jsonl'])).code).toBe(2);
    expect((await bantin(['analyze', '-j', '0', 'corpus.jsonl'])).code).toBe(2);
  });
});

describe('--resume after an interrupted run', () => {
  // A kill leaves the first k results and maybe part of the next one.
  const interrupt = (full: string, name: string, k: number, eol: string) => {
    const parts = full.split(eol);
    const kept = parts.slice(0, k).join(eol) + eol + parts[k].slice(0, Math.floor(parts[k].length / 2));
    writeFileSync(join(dir, name), kept);
  };

  it('jsonl: the rerun appends exactly what was missing', async () => {
    const full = await bantin(['analyze', '-i', 'jsonl', '-f', 'jsonl', '-j', '2', '-o', 'full.jsonl', 'corpus.jsonl']);
    expect(full.code).toBe(0);
    expect(full.stdout).toBe('');
    expect(lines(read('full.jsonl'))).toHaveLength(30);
    interrupt(read('full.jsonl'), 'part.jsonl', 11, '\n');
    const rerun = await bantin(['analyze', '-i', 'jsonl', '-f', 'jsonl', '-j', '2', '-o', 'part.jsonl', '--resume', 'corpus.jsonl']);
    expect(rerun.code).toBe(0);
    expect(read('part.jsonl')).toBe(read('full.jsonl'));
    // Resuming a complete run changes nothing.
    await bantin(['analyze', '-i', 'jsonl', '-f', 'jsonl', '-j', '1', '-o', 'part.jsonl', '--resume', 'corpus.jsonl']);
    expect(read('part.jsonl')).toBe(read('full.jsonl'));
  });

  it('csv: header once, identical to an uninterrupted run', async () => {
    await bantin(['analyze', '-i', 'jsonl', '-f', 'csv', '-j', '2', '-o', 'full.csv', 'corpus.jsonl']);
    const full = read('full.csv');
    expect(full.split('\r\n').length).toBeGreaterThan(20);
    interrupt(full, 'part.csv', 17, '\r\n');
    const rerun = await bantin(['analyze', '-i', 'jsonl', '-f', 'csv', '-j', '2', '-o', 'part.csv', '--resume', 'corpus.jsonl']);
    expect(rerun.code).toBe(0);
    expect(read('part.csv')).toBe(full);
    // Only the header written before the kill.
    writeFileSync(join(dir, 'head.csv'), full.slice(0, full.indexOf('\r\n') + 2));
    await bantin(['analyze', '-i', 'jsonl', '-f', 'csv', '-o', 'head.csv', '--resume', 'corpus.jsonl']);
    expect(read('head.csv')).toBe(full);
  });

  it('a folder of .txt files: the path is the id (the line carries `file`, no `id`)', async () => {
    await bantin(['analyze', '-f', 'jsonl', '-j', '2', '-o', 'texts.jsonl', 'texts']);
    const full = read('texts.jsonl');
    const out = lines(full).map((l) => JSON.parse(l));
    expect(out.map((o) => o.file)).toEqual([0, 1, 2, 3, 4, 5].map((i) => join('texts', `${i}.txt`)));
    expect(out.every((o) => o.id === undefined)).toBe(true);
    interrupt(full, 'texts-part.jsonl', 2, '\n');
    const rerun = await bantin(['analyze', '-f', 'jsonl', '-o', 'texts-part.jsonl', '--resume', 'texts']);
    expect(rerun.code).toBe(0);
    expect(read('texts-part.jsonl')).toBe(full);
  });

  it('a file that is not bantin output is not resumed into', async () => {
    writeFileSync(join(dir, 'other.jsonl'), 'hello\nworld\n');
    const r = await bantin(['analyze', '-i', 'jsonl', '-f', 'jsonl', '-o', 'other.jsonl', '--resume', 'corpus.jsonl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('bantin: other.jsonl:1: not a result line of bantin analyze --format jsonl\n');
    expect(read('other.jsonl')).toBe('hello\nworld\n');
  });
});

describe('the bundles', () => {
  it('is made of analyzer/ and installed packages only: the files its key covers', async () => {
    for (const entry of ['analyzer/cli/main.ts', WORKER_ENTRY]) {
      const inputs = await bundleInputs(entry);
      expect(inputs).toContain(entry);
      expect(inputs).toContain('analyzer/index.ts');
      expect(inputs.filter((p) => !p.startsWith('analyzer/') && !p.startsWith('node_modules/'))).toEqual([]);
    }
  });

  it('gets a new key when a source or the lock file changes, and keeps it otherwise', () => {
    const root = mkdtempSync(join(tmpdir(), 'bantin-key-'));
    mkdirSync(join(root, 'analyzer', 'cli'), { recursive: true });
    writeFileSync(join(root, 'analyzer', 'index.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'analyzer', 'cli', 'worker.ts'), 'export {};\n');
    writeFileSync(join(root, 'package-lock.json'), '{}\n');
    const keys = [bundleKey('0.28.2', root)];
    expect(bundleKey('0.28.2', root)).toBe(keys[0]);
    const later = (path: string) => utimesSync(path, new Date(), new Date(statSync(path).mtimeMs + 5000));
    later(join(root, 'analyzer', 'cli', 'worker.ts'));
    keys.push(bundleKey('0.28.2', root));
    writeFileSync(join(root, 'analyzer', 'index.ts'), 'export const a = 22;\n');
    keys.push(bundleKey('0.28.2', root));
    writeFileSync(join(root, 'analyzer', 'new.ts'), '');
    keys.push(bundleKey('0.28.2', root));
    later(join(root, 'package-lock.json'));
    keys.push(bundleKey('0.28.2', root));
    keys.push(bundleKey('0.28.3', root));
    expect(new Set(keys).size).toBe(keys.length);
    expect(bundleKey('0.28.3', root)).toBe(keys.at(-1));
    expect(bundleKey('0.28.2')).toMatch(/^[0-9a-f]{16}$/);
  });
});
