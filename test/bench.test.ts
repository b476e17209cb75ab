// The benchmarks run from a fresh clone and print what the README says they print. Their
// figures are not asserted (timings belong to `npm run bench`, not to tests): only that
// each measure is there, positive and consistent with the others, on tiny inputs.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

function runJson(script: string, args: string[]): Record<string, unknown> {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(ROOT, script), '--json', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 22,
  });
  expect(r.status, r.stderr.slice(-2000)).toBe(0);
  return JSON.parse(r.stdout);
}

describe('npm run bench', () => {
  it('measures analyze, compromise and the regex side by side, with the ratios', () => {
    const r = runJson('test/bench/bench.ts', ['--seconds', '0.2', '--storage-articles', '0']);
    for (const key of ['analyze_mb_per_s', 'compromise_mb_per_s', 'regex_mb_per_s', 'p50_ms', 'p95_ms', 'peak_rss_mb']) {
      expect(r[key], key).toBeGreaterThan(0);
    }
    expect(r.p95_ms as number).toBeGreaterThanOrEqual(r.p50_ms as number);
    // The regex scan does far less than the analyzer, which does far less than compromise.
    expect(r.regex_mb_per_s as number).toBeGreaterThan(r.analyze_mb_per_s as number);
    expect(r.analyze_mb_per_s as number).toBeGreaterThan(r.compromise_mb_per_s as number);
  }, 120_000);
});

describe('npm run bench:batch', () => {
  it('runs 1 job, 2 jobs and two processes on the halves, with the same output', () => {
    // The script itself fails when any run writes other bytes than the others.
    const r = runJson('test/bench/batch.ts', ['--mb', '0.5', '--runs', '1']);
    expect(r.articles as number).toBeGreaterThan(100);
    for (const key of ['one_job_s', 'two_jobs_s', 'halves_s', 'one_job_peak_rss_mb', 'two_jobs_peak_rss_mb']) {
      expect(r[key], key).toBeGreaterThan(0);
    }
    expect(r.two_over_one).toBeCloseTo((r.two_jobs_s as number) / (r.one_job_s as number), 1);
    expect(r.target_two_over_one).toBe(0.6);
  }, 120_000);
});
