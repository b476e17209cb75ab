// npm run bench:batch: batch mode (`bantin analyze -i jsonl`) on the corpus repeated to
// about --mb megabytes (make-big-corpus.ts), with 1 job and with 2 jobs, runs alternating,
// plus what this machine allows at best: two independent `-j 1` processes, one per half of
// the corpus, started together. Prints wall time (best and all runs), peak RSS and each
// time as a fraction of 1 job; checks that every run wrote the same bytes.
//
//   npm run bench:batch [-- --mb 100 --runs 3 --json --keep]
//
// The corpus and outputs go to a new temporary directory, removed at the end (--keep
// leaves it). Peak RSS is the CLI process's own (threads included), reported by
// rss-at-exit.mjs, which the runs load with --import.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync, createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pipeline } from 'node:stream/promises';
import { renderTable } from '../../analyzer/export/text-table.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BANTIN = join(ROOT, 'bin/bantin.mjs');
const RSS_PRELOAD = join(import.meta.dirname, 'rss-at-exit.mjs');
/** The batch target of issue 6: 2 jobs in less than this fraction of 1 job's time. */
const TARGET_RATIO = 0.6;

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '100' },
    runs: { type: 'string', default: '3' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number ≥ 1');

const dir = mkdtempSync(join(tmpdir(), 'bantin-bench-batch-'));
const log = (s: string) => process.stderr.write(s + '\n');

interface Run {
  seconds: number;
  peakRssMb: number;
}

/** One `bantin analyze` process (or several at once): wall time of all, peak RSS of the biggest. */
async function timeRuns(commands: { jobs: number; input: string; output: string }[]): Promise<Run> {
  const start = performance.now();
  const rss = await Promise.all(
    commands.map(async ({ jobs, input, output }, i) => {
      const rssFile = join(dir, `rss-${i}`);
      const child = spawn(process.execPath, ['--import', RSS_PRELOAD, BANTIN, 'analyze', '-i', 'jsonl', '-f', 'jsonl', '-j', String(jobs), '--no-progress', '-o', output, input], {
        env: { ...process.env, BANTIN_RSS_FILE: rssFile },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      const [code] = await once(child, 'exit');
      if (code !== 0) throw new Error(`bench:batch: bantin analyze -j ${jobs} ${input} exited with ${code}`);
      return Number(readFileSync(rssFile, 'utf8')) / 1024;
    }),
  );
  return { seconds: (performance.now() - start) / 1000, peakRssMb: Math.max(...rss) };
}

/** The corpus cut into two files of whole lines, at the first line break after its middle. */
async function halves(corpus: string): Promise<[string, string]> {
  const size = statSync(corpus).size;
  const fd = openSync(corpus, 'r');
  const buf = Buffer.alloc(1 << 16);
  let cut = -1;
  for (let at = Math.floor(size / 2); cut < 0 && at < size; at += buf.length) {
    const n = readSync(fd, buf, 0, buf.length, at);
    const i = buf.subarray(0, n).indexOf(0x0a);
    if (i >= 0) cut = at + i + 1;
  }
  closeSync(fd);
  if (cut < 0) throw new Error('bench:batch: the corpus has no line break after its middle');
  const parts: [string, string] = [join(dir, 'half-1.jsonl'), join(dir, 'half-2.jsonl')];
  await pipeline(createReadStream(corpus, { end: cut - 1 }), createWriteStream(parts[0]));
  await pipeline(createReadStream(corpus, { start: cut }), createWriteStream(parts[1]));
  return parts;
}

const same = (a: string, b: string) => readFileSync(a).equals(readFileSync(b));

try {
  const made = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'make-big-corpus.ts'), '--mb', values.mb!, '--out', join(dir, 'corpus.jsonl')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (made.status !== 0) throw new Error(`bench:batch: make-big-corpus failed: ${made.stderr}`);
  const corpus = made.stdout.trim();
  const bytes = statSync(corpus).size;
  const lines = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).length;
  const [half1, half2] = await halves(corpus);
  log(`corpus: ${lines} articles, ${(bytes / 1e6).toFixed(1)} MB (${corpus})`);

  // A first short run builds the bundles, so that no timed run pays for it.
  await timeRuns([{ jobs: 2, input: half1, output: join(dir, 'warm.jsonl') }]);

  const settings = {
    one: { label: '1 job', commands: [{ jobs: 1, input: corpus, output: join(dir, 'out-1.jsonl') }] },
    two: { label: '2 jobs', commands: [{ jobs: 2, input: corpus, output: join(dir, 'out-2.jsonl') }] },
    halves: {
      label: '2 processes, 1 job each on half (ceiling)',
      commands: [
        { jobs: 1, input: half1, output: join(dir, 'out-h1.jsonl') },
        { jobs: 1, input: half2, output: join(dir, 'out-h2.jsonl') },
      ],
    },
  };
  type Setting = keyof typeof settings;
  const results: Record<Setting, Run[]> = { one: [], two: [], halves: [] };
  for (let r = 0; r < runs; r++) {
    for (const key of Object.keys(settings) as Setting[]) {
      const run = await timeRuns(settings[key].commands);
      results[key].push(run);
      log(`run ${r + 1}/${runs}: ${settings[key].label}: ${run.seconds.toFixed(2)} s, ${run.peakRssMb.toFixed(0)} MB`);
    }
  }
  if (!same(join(dir, 'out-1.jsonl'), join(dir, 'out-2.jsonl'))) throw new Error('bench:batch: 1 job and 2 jobs wrote different output');
  const joined = Buffer.concat([readFileSync(join(dir, 'out-h1.jsonl')), readFileSync(join(dir, 'out-h2.jsonl'))]);
  if (!joined.equals(readFileSync(join(dir, 'out-1.jsonl')))) throw new Error('bench:batch: the halves wrote other output than the whole');

  const best = (key: Setting) => Math.min(...results[key].map((r) => r.seconds));
  const round = (x: number, d = 2) => Number(x.toFixed(d));
  const summary = {
    corpus_mb: round(bytes / 1e6, 1),
    articles: lines,
    runs,
    one_job_s: round(best('one')),
    two_jobs_s: round(best('two')),
    halves_s: round(best('halves')),
    two_over_one: round(best('two') / best('one'), 3),
    halves_over_one: round(best('halves') / best('one'), 3),
    one_job_peak_rss_mb: round(Math.max(...results.one.map((r) => r.peakRssMb)), 0),
    two_jobs_peak_rss_mb: round(Math.max(...results.two.map((r) => r.peakRssMb)), 0),
    target_two_over_one: TARGET_RATIO,
  };
  if (values.json) process.stdout.write(JSON.stringify(summary) + '\n');
  else {
    const rows = (Object.keys(settings) as Setting[]).map((key) => [
      settings[key].label,
      best(key).toFixed(2),
      results[key].map((r) => r.seconds.toFixed(2)).join(' '),
      ((bytes / 1e6) / best(key)).toFixed(1),
      Math.max(...results[key].map((r) => r.peakRssMb)).toFixed(0),
      (best(key) / best('one')).toFixed(3),
    ]);
    const header = ['run', 'best s', 'all runs, s', 'MB/s', 'peak RSS MB', '× 1 job'];
    process.stdout.write(renderTable([header, ...rows], ['left', 'right', 'left', 'right', 'right', 'right']) + '\n');
    const met = summary.two_over_one < TARGET_RATIO ? 'met' : 'not met';
    process.stdout.write(
      `2 jobs take ${summary.two_over_one}× the time of 1 job (target < ${TARGET_RATIO}: ${met}); ` +
        `two independent processes on halves take ${summary.halves_over_one}×. Output identical in every run.\n`,
    );
  }
} finally {
  if (values.keep) log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
