// npm run bench: analyze() next to the baseline a user would reach for first
// (compromise) and the practical ceiling (one precompiled regex), on the same text:
// the real articles of fixtures/corpus/real-articles.jsonl and the fixture articles
// (fixtures/seeds/*.txt). Prints a table with ratios and targets (met/missed, never
// asserted); `npm run --silent bench -- --json` prints one JSON object instead.
//
// Each engine runs in its own child process (same node flags), so its peak RSS is its
// own. Options: --json, --seconds N (minimum measuring time per engine, default 3),
// --storage-articles N (size of the storage measurement, default 10 000 articles with 10 facts
// each; 0 skips it).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { renderTable } from '../../analyzer/export/text-table.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const ENGINES = ['analyze', 'compromise', 'regex'] as const;
type Engine = (typeof ENGINES)[number];

const TARGETS = {
  analyzeMbPerS: 20, // analyze ≥ 20 MB/s
  overCompromise: 40, // ≥ 40× compromise
  regexOverAnalyze: 40, // within 40× of the regex scan
  p95Ms: 2, // p95 ≤ 2 ms
};

interface Article {
  id: string;
  text: string;
  url?: string;
  title?: string;
  published?: string;
}

function loadArticles(): { articles: Article[]; real: number; fixtures: number } {
  const articles: Article[] = readFileSync(join(ROOT, 'fixtures/corpus/real-articles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const real = articles.length;
  const seeds = join(ROOT, 'fixtures/seeds');
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
  for (const f of files) articles.push({ id: f, text: readFileSync(join(seeds, f), 'utf8') });
  return { articles, real, fixtures: files.length };
}

// ------------------------------------------------------------------ one engine (child)

interface EngineResult {
  engine: Engine;
  mb_per_s: number;
  articles_per_s: number;
  p50_ms: number;
  p95_ms: number;
  max_ms: number;
  /** Peak resident set of the process that ran only this engine. */
  peak_rss_mb: number;
  /** RSS after loading the engine and the articles, before the first call. */
  loaded_rss_mb: number;
  passes: number;
  seconds: number;
  /** Something the engine found (facts, sentences, matches) so no work is optimised away. */
  found: number;
  /** Calls that threw (timed all the same); the first message. */
  errors: number;
  first_error?: string;
}

/** Document codes: 06-CT/TW, 123/QĐ-UBND, 15/2023/NĐ-CP. */
const DOCUMENT_CODE = /\d{1,4}(?:\/\d{4})?[-/][A-ZĐ]{1,10}(?:[-/][A-ZĐ]{1,10})*/gu;

async function engineFunction(engine: Engine): Promise<(a: Article) => number> {
  switch (engine) {
    case 'analyze': {
      const { analyze } = await import('../../analyzer/index.ts');
      return (a) => analyze(a.text, { url: a.url, title: a.title, published: a.published }).facts.length;
    }
    case 'compromise': {
      const nlp = (await import('compromise')).default;
      return (a) => {
        const doc = nlp(a.text);
        return (doc.sentences().out('array') as string[]).length + (doc.numbers().get() as number[]).length;
      };
    }
    case 'regex':
      return (a) => {
        let n = 0;
        DOCUMENT_CODE.lastIndex = 0;
        while (DOCUMENT_CODE.exec(a.text)) n++;
        return n;
      };
  }
}

/** Latencies kept for the percentiles (the regex makes millions of calls). */
const MAX_SAMPLES = 200_000;
const quantile = (sorted: Float64Array, q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const mb = (bytes: number) => bytes / 1e6;
const round = (x: number, digits = 3) => Number(x.toPrecision(digits));

async function runEngine(engine: Engine, minSeconds: number): Promise<EngineResult> {
  const { articles } = loadArticles();
  const bytes = articles.map((a) => Buffer.byteLength(a.text));
  const run = await engineFunction(engine);
  // Warm-up: a few articles, so the JIT has seen the code; not measured.
  for (const a of articles.slice(0, 20)) {
    try {
      run(a);
    } catch {
      // counted below
    }
  }
  (globalThis as { gc?: () => void }).gc?.();
  const loadedRss = process.memoryUsage().rss;

  const latencies: number[] = [];
  let calls = 0;
  let errors = 0;
  let firstError: string | undefined;
  let found = 0;
  let busy = 0;
  let passes = 0;
  let total = 0;
  do {
    for (let i = 0; i < articles.length; i++) {
      const t = performance.now();
      try {
        found += run(articles[i]);
      } catch (e) {
        errors++;
        firstError ??= `${articles[i].id}: ${e instanceof Error ? e.message : String(e)}`;
      }
      const ms = performance.now() - t;
      if (latencies.length < MAX_SAMPLES) latencies.push(ms);
      calls++;
      busy += ms;
      total += bytes[i];
    }
    passes++;
  } while (busy < minSeconds * 1000 && passes < 10_000);
  const sorted = Float64Array.from(latencies).sort();
  return {
    engine,
    mb_per_s: round(mb(total) / (busy / 1000)),
    articles_per_s: round((calls / busy) * 1000),
    p50_ms: round(quantile(sorted, 0.5)),
    p95_ms: round(quantile(sorted, 0.95)),
    max_ms: round(sorted[sorted.length - 1]),
    peak_rss_mb: round(process.resourceUsage().maxRSS / 1024),
    loaded_rss_mb: round(loadedRss / 2 ** 20),
    passes,
    seconds: round(busy / 1000),
    found,
    errors: errors / passes,
    ...(firstError ? { first_error: firstError } : {}),
  };
}

/** The engine in a child process of the same node with the same flags (--expose-gc, --import tsx). */
function inChild(engine: Engine, seconds: number): EngineResult {
  const r = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--engine', engine, '--seconds', String(seconds)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`bench: the ${engine} run failed (exit ${r.status ?? r.signal})`);
  return JSON.parse(r.stdout);
}

// ------------------------------------------------------------------ storage, extension

interface StorageResult {
  [measure: string]: number;
}

/**
 * The collection's storage at scale (test/bench/storage.ts, fake-indexeddb), in its own
 * process: bulk import of 10 000 articles / 100 000 facts, the collation queries, CSV and
 * JSON export of everything. `--storage-articles 0` skips it.
 */
function benchStorage(articles: number): StorageResult | null {
  if (!articles) return null;
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test/bench/storage.ts'), '--articles', String(articles)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`bench: the storage run failed (exit ${r.status ?? r.signal}): ${r.stderr.slice(-500)}`);
  return JSON.parse(r.stdout) as StorageResult;
}

interface ExtensionSize {
  files: { name: string; raw_bytes: number; gzip_bytes: number }[];
  raw_bytes: number;
  gzip_bytes: number;
}

/** The built content scripts (.output/chrome-mv3/content-scripts/*.js), or null before `npm run build`. */
function extensionSize(): ExtensionSize | null {
  const dir = join(ROOT, '.output/chrome-mv3/content-scripts');
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(dir, name));
      return { name, raw_bytes: raw.length, gzip_bytes: gzipSync(raw).length };
    });
  if (!files.length) return null;
  return { files, raw_bytes: files.reduce((n, f) => n + f.raw_bytes, 0), gzip_bytes: files.reduce((n, f) => n + f.gzip_bytes, 0) };
}

// ------------------------------------------------------------------ report

interface Target {
  name: string;
  value: number;
  target: string;
  met: boolean;
}

async function bench(seconds: number) {
  const { articles, real, fixtures } = loadArticles();
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const results = Object.fromEntries(ENGINES.map((e) => [e, inChild(e, seconds)])) as Record<Engine, EngineResult>;
  const { analyze, compromise, regex } = results;
  const overCompromise = analyze.mb_per_s / compromise.mb_per_s;
  const regexOverAnalyze = regex.mb_per_s / analyze.mb_per_s;
  const targets: Target[] = [
    { name: 'analyze MB/s', value: analyze.mb_per_s, target: `≥ ${TARGETS.analyzeMbPerS}`, met: analyze.mb_per_s >= TARGETS.analyzeMbPerS },
    { name: 'analyze ÷ compromise', value: round(overCompromise), target: `≥ ${TARGETS.overCompromise}×`, met: overCompromise >= TARGETS.overCompromise },
    { name: 'regex scan ÷ analyze', value: round(regexOverAnalyze), target: `≤ ${TARGETS.regexOverAnalyze}×`, met: regexOverAnalyze <= TARGETS.regexOverAnalyze },
    { name: 'analyze p95 ms', value: analyze.p95_ms, target: `≤ ${TARGETS.p95Ms}`, met: analyze.p95_ms <= TARGETS.p95Ms },
  ];
  return {
    analyze_mb_per_s: analyze.mb_per_s,
    compromise_mb_per_s: compromise.mb_per_s,
    regex_mb_per_s: regex.mb_per_s,
    p50_ms: analyze.p50_ms,
    p95_ms: analyze.p95_ms,
    max_ms: analyze.max_ms,
    peak_rss_mb: analyze.peak_rss_mb,
    analyze_articles_per_s: analyze.articles_per_s,
    analyze_over_compromise: round(overCompromise),
    regex_over_analyze: round(regexOverAnalyze),
    targets,
    input: { articles: articles.length, real_articles: real, fixture_articles: fixtures, utf8_bytes: bytes },
    engines: results,
    storage: benchStorage(storageArticles),
    extension: extensionSize(),
    environment: { node: process.version, cpus: availableParallelism(), platform: `${process.platform}-${process.arch}` },
  };
}

type Report = Awaited<ReturnType<typeof bench>>;

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

function printTable(r: Report): string {
  const { input, engines } = r;
  const lines: string[] = [];
  lines.push(
    `bantin bench: ${input.articles} articles (${input.real_articles} real + ${input.fixture_articles} fixture), ${(input.utf8_bytes / 1e6).toFixed(2)} MB UTF-8; ` +
      `Node ${r.environment.node}, ${r.environment.cpus} CPUs; one process per engine, warm (after 20 articles)`,
    '',
  );
  const label = { analyze: 'analyze (all kinds)', compromise: 'compromise (nlp+sentences+numbers)', regex: 'regex scan (document codes)' };
  const rows = [['engine', 'MB/s', 'articles/s', 'p50 ms', 'p95 ms', 'max ms', 'peak RSS MB', 'passes']];
  for (const e of ENGINES) {
    const x = engines[e];
    rows.push([label[e], String(x.mb_per_s), String(x.articles_per_s), String(x.p50_ms), String(x.p95_ms), String(x.max_ms), String(x.peak_rss_mb), String(x.passes)]);
  }
  lines.push(renderTable(rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right']), '');
  for (const e of ENGINES) {
    const x = engines[e];
    if (x.errors) lines.push(`WARNING: ${e} threw on ${x.errors} of ${input.articles} articles (first: ${x.first_error})`, '');
  }
  const t = [['target', 'measured', 'wanted', '']];
  for (const x of r.targets) t.push([x.name, x.name.includes('÷') ? `${x.value}×` : String(x.value), x.target, x.met ? 'met' : 'MISSED']);
  lines.push(renderTable(t, ['left', 'right', 'right', 'left']), '');
  lines.push(
    r.storage
      ? `storage (fake-indexeddb): ${Object.entries(r.storage).map(([k, v]) => `${k}=${v}`).join(' ')}`
      : 'storage:    skipped (--storage-articles 0)',
  );
  const ext = r.extension;
  lines.push(
    ext
      ? `extension:  content scripts ${kb(ext.raw_bytes)} raw, ${kb(ext.gzip_bytes)} gzip (${ext.files.map((f) => `${f.name} ${kb(f.raw_bytes)}/${kb(f.gzip_bytes)}`).join(', ')})`
      : 'extension:  not built (npm run build → .output/chrome-mv3/content-scripts/*.js)',
  );
  return lines.join('\n') + '\n';
}

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    seconds: { type: 'string', default: '3' },
    engine: { type: 'string' },
    'storage-articles': { type: 'string', default: '10000' },
  },
});
const storageArticles = Number(values['storage-articles']);
const seconds = Number(values.seconds);
if (values.engine) {
  if (!(ENGINES as readonly string[]).includes(values.engine)) throw new Error(`unknown engine ${values.engine}`);
  process.stdout.write(JSON.stringify(await runEngine(values.engine as Engine, seconds)) + '\n');
} else {
  if (!values.json) process.stderr.write(`measuring ${ENGINES.join(', ')} (≥ ${seconds} s each) …\n`);
  const report = await bench(seconds);
  process.stdout.write(values.json ? JSON.stringify(report, null, 2) + '\n' : printTable(report));
}
