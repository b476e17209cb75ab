// `bantin series`: a batch output's figures as series (subject × unit over time), end to end
// through the CLI: three articles give one Party committee's membership in three years.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBantin } from './helpers/bantin.ts';
import { buildSeries } from '../analyzer/series.ts';
import { analyze } from '../analyzer/index.ts';

// Made-up articles (names and figures invented), one per year, the committee spelled two ways.
const ARTICLES = [
  { id: 'a2021', url: 'https://example.vn/a2021', text: 'Báo cáo năm 2021\n\nNgày 20/12/2021, Đảng bộ xã Ia Tô có 9 chi bộ trực thuộc với 310 đảng viên.' },
  { id: 'a2022', url: 'https://example.vn/a2022', text: 'Báo cáo năm 2022\n\nTính đến ngày 31/12/2022, Đảng bộ xã Ia Tô hiện có 10 chi bộ với 334 đảng viên.' },
  { id: 'a2023', url: 'https://example.vn/a2023', text: 'Báo cáo năm 2023\n\nNăm 2023, Đảng bộ xã Ia Tô kết nạp 18 đảng viên mới. Đến hết năm 2023, Đảng bộ xã Ia Tô có 352 đảng viên. UBND tỉnh trao Bằng khen cho 12 đảng viên.' },
];

let dir: string;
let analysed: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bantin-series-'));
  const corpus = join(dir, 'corpus.jsonl');
  writeFileSync(corpus, ARTICLES.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const run = await runBantin(['analyze', '-i', 'jsonl', '-f', 'jsonl', corpus]);
  expect(run.code, run.stderr).toBe(0);
  analysed = join(dir, 'out.jsonl');
  writeFileSync(analysed, run.stdout);
}, 60_000);

describe('bantin series', () => {
  it('finds the three membership figures as one series, dated by asOf, oldest first', async () => {
    const run = await runBantin(['series', '-f', 'json', '--unit', 'dang vien', analysed]);
    expect(run.code, run.stderr).toBe(0);
    const series = JSON.parse(run.stdout) as ReturnType<typeof buildSeries>;
    const members = series.find((s) => s.subject_group === 'dang bo xa ia to' && s.unit === 'đảng viên')!;
    expect(members, run.stdout).toBeDefined();
    expect(members.points.map((p) => [p.as_of, p.value, p.article_id])).toEqual([
      ['2021-12-20', 310, 'a2021'],
      ['2022-12-31', 334, 'a2022'],
      ['2023', 18, 'a2023'],
      ['2023', 352, 'a2023'],
    ]);
    // A count with no owner ('trao … cho 12 đảng viên') is in no series.
    expect(series.flatMap((s) => s.points).some((p) => p.value === 12)).toBe(false);
  });

  it('writes the long form as CSV, with the documented columns', async () => {
    const run = await runBantin(['series', '-f', 'csv', '--subject', 'Đảng bộ xã Ia Tô', '--unit', 'chi bộ', analysed]);
    expect(run.code, run.stderr).toBe(0);
    const rows = Papa.parse<string[]>(run.stdout.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['subject', 'subject_group', 'unit', 'value', 'approx', 'as_of', 'article_url', 'quote']);
    expect(rows.slice(1).map((r) => [r[3], r[5], r[6]])).toEqual([
      ['9', '2021-12-20', 'https://example.vn/a2021'],
      ['10', '2022-12-31', 'https://example.vn/a2022'],
    ]);
  });

  it('prints a table, and filters series by their number of points', async () => {
    const all = await runBantin(['series', analysed]);
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/^\d+ series, \d+ figures with a subject, from 3 articles/);
    expect(all.stdout).toContain('Đảng bộ xã Ia Tô · đảng viên (4)');
    const long = await runBantin(['series', '--min-points', '3', analysed]);
    expect(long.stdout).toContain('· đảng viên (4)');
    expect(long.stdout).not.toContain('· chi bộ');
  });

  it('reports a line that is no analysis and still prints the rest', async () => {
    const mixed = join(dir, 'mixed.jsonl');
    const { readFileSync } = await import('node:fs');
    writeFileSync(mixed, `not json\n${readFileSync(analysed, 'utf8')}{"error":"boom"}\n`);
    const run = await runBantin(['series', '-f', 'json', mixed]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/mixed\.jsonl:1: not an analysis/);
    expect(run.stderr).toMatch(/mixed\.jsonl:5: not an analysis/);
    expect(JSON.parse(run.stdout).length).toBeGreaterThan(0);
    expect((await runBantin(['series', '--min-points', '0', analysed])).code).toBe(2);
  });

  it('groups spellings of one body as the collection does', () => {
    const a = analyze('Đảng bộ Văn phòng Tỉnh uỷ có 5 chi bộ.');
    const b = analyze('Đảng bộ Văn phòng Tỉnh ủy có 6 chi bộ.');
    const series = buildSeries([{ id: 'a', analysis: a }, { id: 'b', analysis: b }]);
    expect(series).toHaveLength(1);
    expect(series[0].points.map((p) => p.value)).toEqual([5, 6]);
  });
});
