// Hostile-input bugs found by test/hostile.test.ts and test/cli-hostile.test.ts, one test
// each, written for the behaviour we want: every test here FAILS today (at ffe4408, which
// fixed the four superlinear regexes; their tests moved to test/hostile.test.ts). Not in the
// default run (the name does not match test/**/*.test.ts, and several take tens of seconds);
// run with
//   npx vitest run -c test/pending/vitest.config.ts
// When a fix makes one pass, move it into the main suites. Now passing (to move): the
// quadratic-refine cases (fixed by analyzer/refine/spans.ts), the caller-options cases and
// the NFC/NFD language cases (marks of every script now cluster in text/normalize.ts).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/index.ts';
import { factKey } from '../../analyzer/eval/fold.ts';
import { extractFromHtml } from '../../analyzer/html/node.ts';
import { runBantin } from '../helpers/bantin.ts';

const ROOT = join(import.meta.dirname, '..', '..');
/** A Vietnamese article first, so that the language check lets the payload through to the parsers. */
const LEAD = readFileSync(join(ROOT, 'fixtures', 'seeds', '002_819d290b6f01cc90.txt'), 'utf8') + '\n';

function ms(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

/** Best of two runs (one when the first is already slow), to keep noise out of ratios. */
function best(f: () => unknown): number {
  const first = ms(f);
  return first > 5_000 ? first : Math.min(first, ms(f));
}

/** Time of analyze() on `prefix + unit × k` for k copies filling `units`, then 4× that. */
function ratio(unit: string, units: number, prefix = LEAD) {
  const k = Math.ceil(units / unit.length);
  const small = best(() => analyze(prefix + unit.repeat(k)));
  const big = best(() => analyze(prefix + unit.repeat(4 * k)));
  return { small, big, ratio: big / Math.max(small, 5), label: `${JSON.stringify(unit)} ×${k}: ${small.toFixed(0)} ms → ×${4 * k}: ${big.toFixed(0)} ms` };
}

describe('quadratic work in refine/ (linear scans of all candidates per candidate)', () => {
  it("one line of 'Năm 2012, Đảng bộ có 49 đảng viên ưu tú. ' (a dense 20 MB file takes 5+ minutes in the CLI)", () => {
    // overlaps.ts: dropOverlapping(counts, [...documents, ...dates]) is O(counts × dates).
    const r = ratio('Năm 2012, Đảng bộ có 49 đảng viên ưu tú. ', 1_000_000, '');
    expect(r.ratio, r.label).toBeLessThan(10);
  });

  it("'Chủ tịch UBND tỉnh Nguyễn Văn An, ' repeated (persons × offices)", () => {
    // overlaps.ts (persons vs offices and awards), person-roles.ts roleBefore (offices.find per person).
    const r = ratio('Chủ tịch UBND tỉnh Nguyễn Văn An, ', 300_000);
    expect(r.ratio, r.label).toBeLessThan(10);
  });

  it("'Bằng khen UBND tỉnh, ' repeated (awards × offices)", () => {
    // award-details.ts recipient(): offices.filter(...) per award; yearOf: dates.filter per award.
    const r = ratio('Bằng khen UBND tỉnh, ', 300_000);
    expect(r.ratio, r.label).toBeLessThan(10);
  });

  it("'Nghệ sĩ Nhân dân: Thu Hiền, ' repeated (persons × awards)", () => {
    // overlaps.ts: dropInside(persons, [...offices, ...awards]) is O(persons × (offices + awards)).
    const r = ratio('Nghệ sĩ Nhân dân: Thu Hiền, ', 600_000);
    expect(r.ratio, r.label).toBeLessThan(10);
  });

  it('a 5 MB article without line breaks runs at the README throughput (4.49 MB/s), not 0.8 MB/s', () => {
    const seeds = ['000_ba0ab269d834ec73', '001_f4415979ff86611d', '002_819d290b6f01cc90', '003_67a0f94a2f50c909', '004_4865ac0e815bc220']
      .map((f) => readFileSync(join(ROOT, 'fixtures', 'seeds', `${f}.txt`), 'utf8').replace(/\s*\n\s*/g, ' '))
      .join(' ');
    const small = seeds.repeat(Math.ceil(1.25e6 / seeds.length)).slice(0, 1.25e6);
    const big = seeds.repeat(Math.ceil(5e6 / seeds.length)).slice(0, 5e6);
    const a = ms(() => analyze(small));
    const b = ms(() => analyze(big));
    expect(b / a, `1.25 MB ${a.toFixed(0)} ms → 5 MB ${b.toFixed(0)} ms`).toBeLessThan(5);
  });
});

describe('NFC and NFD spellings give different facts', () => {
  const base = 'Năm 2012, Đảng bộ có 49 đảng viên. ';
  const sig = (t: string) => {
    const a = analyze(t);
    return { language: a.language.code, facts: a.facts.map((f) => `${f.kind}:${factKey(f)}`).sort() };
  };
  // createView (text/normalize.ts) recomposes only marks in its isCombining ranges: Hangul
  // jamo and the two-part vowel signs of Bengali, Tamil … stay decomposed in the view of NFD
  // input, so detectLanguage counts more letters and the language (and every fact) flips.
  it.each([
    ['Hangul syllables', '한'.repeat(23)],
    ['Bengali two-part vowel signs (ো)', '\u09cb'.repeat(35)],
    ['Tamil two-part vowel signs (ொ)', '\u0bca'.repeat(35)],
  ])('%s after a Vietnamese sentence', (_name, tail) => {
    const t = base + tail;
    expect(sig(t.normalize('NFD'))).toEqual(sig(t.normalize('NFC')));
  });
});

describe('options passed through unchecked', () => {
  it("options.published that is no date ('2020-13-45T99:99') does not become article.published", () => {
    const a = analyze('Năm 2012, Đảng bộ có 49 đảng viên.', { published: '2020-13-45T99:99' });
    expect(a.article.published).toBeUndefined();
  });

  it("a blank options.title gives no title, not ''", () => {
    const a = analyze('Năm 2012, Đảng bộ có 49 đảng viên.', { title: '   ' });
    expect(a.article).not.toHaveProperty('title');
  });
});

describe('HTML extraction (analyzer/html)', () => {
  it('deeply nested elements: time grows quadratically with depth (100,000 nested divs: ~100 s in the CLI)', () => {
    // Readability / linkedom on a deep tree; 10,000 → 40,000 levels.
    const page = (n: number) => '<!DOCTYPE html><html><body>' + '<div>'.repeat(n) + '<p>Năm 2012, Đảng bộ có 49 đảng viên ưu tú.</p>' + '</div>'.repeat(n) + '</body></html>';
    const a = best(() => extractFromHtml(page(10_000)));
    const b = best(() => extractFromHtml(page(40_000)));
    expect(b / Math.max(a, 5), `10,000 deep ${a.toFixed(0)} ms → 40,000 deep ${b.toFixed(0)} ms`).toBeLessThan(8);
  });
});

describe('CLI: bad input that is not reported cleanly', () => {
  let dir: string;
  const T = 'Chỉ thị số 06-CT/TW, ngày 7/11/2006 của Bộ Chính trị. Năm 2012, Đảng bộ có 49 đảng viên.';
  const bantin = (args: string[]) => runBantin(args, { cwd: dir });
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bantin-pending-'));
    const line = (id: string) => JSON.stringify({ id, text: T });
    // Line 2 holds Latin-1 bytes (not UTF-8): readline turns them into U+FFFD silently.
    writeFileSync(join(dir, 'latin1-line.jsonl'), Buffer.concat([Buffer.from(line('a') + '\n'), Buffer.from('{"id":"b","text":"H\xf2a Th\xe0nh"}\n', 'latin1'), Buffer.from(line('c') + '\n')]));
    writeFileSync(join(dir, 'utf16.jsonl'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(line('w') + '\n' + line('x') + '\n', 'utf16le')]));
    writeFileSync(join(dir, 'binary.jsonl'), Buffer.from([0x00, 0x01, 0x1b, 0x5b, 0x32, 0x4a, 0x0a, 0x89, 0x50, 0x00, 0x0a]));
    writeFileSync(join(dir, 'bad\nname.txt'), Buffer.from([0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'a.txt'), T);
  });

  it('a JSONL line that is not UTF-8 is reported (FILE:LINE: not UTF-8) instead of analyzed with U+FFFD', async () => {
    const r = await bantin(['analyze', '-i', 'jsonl', '-f', 'jsonl', '-j', '1', 'latin1-line.jsonl']);
    expect(r.stderr).toBe('bantin: latin1-line.jsonl:2: not UTF-8\n');
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).id)).toEqual(['a', 'c']);
  });

  it('a UTF-16 JSONL file is read (as UTF-16 text files are) or gets one clean message; a binary one gets one message; no raw bytes on stderr', async () => {
    const r = await bantin(['analyze', '-i', 'jsonl', '-f', 'jsonl', '-j', '1', 'utf16.jsonl', 'binary.jsonl']);
    expect(r.code).toBe(1);
    // Today: one 'invalid JSON' line per physical line, quoting NUL bytes and escape sequences.
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\ufffd]/);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines.filter((l) => l.startsWith('bantin: utf16.jsonl')).length).toBeLessThanOrEqual(1);
    expect(lines.filter((l) => l.startsWith('bantin: binary.jsonl'))).toHaveLength(1);
  });

  it('a file name with a line break still gives a one-line message', async () => {
    const r = await bantin(['analyze', '-f', 'jsonl', 'bad\nname.txt', 'a.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  // Spec question rather than a bug: README lists missing, unreadable, binary and non-UTF-8
  // files as failures and says nothing of empty ones, while the hostile-input issue lists
  // 'an empty file' among the inputs that get a message and a failing exit code.
  it('SPEC QUESTION: an empty file is reported (bantin: empty.txt: empty file) and fails the run', async () => {
    const r = await bantin(['analyze', '-f', 'jsonl', 'empty.txt', 'a.txt']);
    expect(r.stderr).toBe('bantin: empty.txt: empty file\n');
    expect(r.code).toBe(1);
  });
});
