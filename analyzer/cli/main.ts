// The `bantin` command line: argument parsing and the three commands (analyze, extract,
// eval). bin/bantin.mjs loads this module (from its bundle, or through tsx) and calls
// main(process.argv).
//
// Exit codes: 0 all inputs done; 1 some input (or gold file) failed, the others still
// ran; 2 usage error (unknown option, missing PATH …).
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { INPUT_FORMATS, analyzeCommand } from './batch.ts';
import type { AnalyzeFlags, Io } from './batch.ts';
import { EXTRACT_FORMATS, extractCommand } from './extract.ts';
import type { ExtractFlags } from './extract.ts';
import { FORMATS } from './formats.ts';
import { SERIES_FORMATS, seriesCommand } from './series.ts';
import type { SeriesFlags } from './series.ts';
import { printable } from './inputs.ts';

export type { Io };

const stdio: Io = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  outStream: process.stdout,
  errStream: process.stderr,
};

// From this module's location, so `bantin eval` works from any working directory.
const DEFAULT_GOLD_DIR = fileURLToPath(new URL('../../fixtures/gold', import.meta.url));

function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1) throw new InvalidArgumentError('a whole number ≥ 1');
  return n;
}

function version(): string {
  try {
    return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
  } catch {
    return '0.0.0';
  }
}

const ANALYZE_EXAMPLES = `
Examples:
  $ bantin analyze fixtures/seeds                     table of every .txt file in the folder
  $ bantin analyze --format jsonl fixtures/seeds > facts.jsonl
  $ bantin analyze --format csv article.txt > facts.csv      (UTF-8 with BOM, opens in Excel)
  $ bantin analyze --format json --url https://baobacninh.vn/... article.txt
  $ bantin analyze saved-page.html                     the article of a saved web page
  $ curl -s https://example.vn/page.txt | bantin analyze -
  $ bantin analyze --input-format jsonl --format jsonl corpus.jsonl > facts.jsonl
  $ bantin analyze --input-format jsonl -f csv -o facts.csv --resume corpus.jsonl
                                                  (continue an interrupted run)

Input is UTF-8 (a BOM is kept and counted in offsets) or UTF-16 with a BOM.
An .html/.htm file (or stdin starting with <!DOCTYPE html> or <html>) is a web page:
its article is taken out like the extension does (menus, related links, comments and
footers left out) and analyzed with the page's headline, date and canonical URL;
--url/--title fill in what the page lacks. Offsets then index the article text.
A file that cannot be read or decoded, an empty (or white-space-only) file, a page with
no readable article and a page nested more than 10,000 elements deep are reported on
stderr as "bantin: PATH: reason" (a PATH holding control characters is written as a
JSON string); the other files still run, the failed one leaves no output, and the exit
code is 1.

JSONL input: one article per line, {"text": …, "id", "url", "title", "published"
optional}, UTF-8 (or UTF-16 with a BOM); --url/--title fill in what a line lacks. A
malformed line, or one that is not UTF-8, is reported as "bantin: FILE:LINE: reason"
(exit code 1), the other lines still run. Output is in input order whatever --jobs
is; each result carries "id" (for a text file: its path, also in "file"). A progress bar is shown on stderr when it is a terminal.
--resume skips the inputs whose results --output already holds and appends the rest.`;

const SERIES_EXAMPLES = `
Examples:
  $ bantin analyze -i jsonl -f jsonl corpus.jsonl > out.jsonl
  $ bantin series out.jsonl                               every series, the longest first
  $ bantin series --min-points 3 --unit 'đảng viên' out.jsonl
  $ bantin series -f csv --subject 'dang bo' out.jsonl > figures.csv

A figure belongs to a series when its count has a subject (FACTS.md count 'subject'); its date
is the count's asOf, else its article's published date.
`;

const EXTRACT_EXAMPLES = `
Examples:
  $ bantin extract saved-page.html                     the article's text, as analyze reads it
  $ bantin extract --format json saved-page.html       {file, text, title, published, byline, source, url, method}
  $ bantin extract -f jsonl pages/ > texts.jsonl       every *.html in the folder, one line each
  $ curl -s https://baomoi.com/... | bantin extract -  a page from stdin
  $ bantin extract --url https://dantri.com.vn/x.htm page.html

The text is what \`bantin analyze\` and the extension analyze: the headline, the dateline,
the lead (sapo), the body with its captions, the byline; menus, related links, comments
and footers left out. A page saved before its scripts ran is read from its embedded data
(JSON-LD articleBody, __NEXT_DATA__, window.__INITIAL_STATE__ …). With several inputs the
text format heads each page with "==> PATH <==". source is the site's name (og:site_name,
JSON-LD publisher, else the outlet of the address); unknown fields are null in JSON.
A page with no readable article, a file that cannot be read or decoded and a page nested
more than 10,000 elements deep are reported on stderr as "bantin: PATH: reason"; the
other files still run, the failed one leaves no output, and the exit code is 1.`;

const EVAL_EXAMPLES = `
Examples:
  $ bantin eval                                   score against fixtures/gold
  $ bantin eval --verbose                         also list every miss and false alarm
  $ bantin eval --json > report.json
  $ bantin eval my/gold my/texts

GOLD_DIR defaults to the repository's fixtures/gold; TEXT_DIR to GOLD_DIR/../seeds.
Scoring follows FACTS.md 'Scoring'. Exit code 1 when a gold file cannot be scored.`;

export async function main(argv: readonly string[] = process.argv, io: Io = stdio): Promise<number> {
  let code = 0;
  const program = new Command('bantin')
    .description('Structured facts from Vietnamese news text (FACTS.md).')
    .version(version())
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(add --help for usage)')
    .addHelpText('after', '\nExamples:\n  $ bantin analyze fixtures/seeds\n  $ bantin analyze --format csv article.txt > facts.csv\n  $ bantin extract saved-page.html\n  $ bantin eval --verbose');

  program
    .command('analyze')
    .description('analyze text files and print their facts')
    .argument('<PATH...>', "files, folders (all *.txt and *.html inside, recursively; *.jsonl with -i jsonl) or '-' for stdin")
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('table'))
    .option('--url <url>', 'page URL of the text (fills article.url, helps find the outlet)')
    .option('--title <title>', 'headline, when known (used instead of guessing it)')
    .option('--no-bom', 'csv: no UTF-8 byte-order mark')
    .addOption(new Option('-i, --input-format <format>', 'txt: text files and folders of *.txt; jsonl: corpora, one article per line').choices(INPUT_FORMATS).default('txt'))
    .addOption(new Option('-j, --jobs <n>', 'worker threads (1: all on the main thread)').argParser(positiveInt).default(availableParallelism(), 'number of CPUs'))
    .option('-o, --output <file>', 'write results to FILE instead of stdout')
    .option('--resume', 'with --output (jsonl or csv): skip inputs already in FILE, append the others')
    .option('--no-progress', 'no progress bar on stderr')
    .addHelpText('after', ANALYZE_EXAMPLES)
    .action(async (paths: string[], flags: AnalyzeFlags) => {
      code = await analyzeCommand(paths, flags, io);
    });

  program
    .command('extract')
    .description('print the main text of saved web pages (what analyze reads), or their text and metadata as JSON')
    .argument('<PATH...>', "saved pages, folders (all *.html inside, recursively) or '-' for stdin")
    .addOption(new Option('-f, --format <format>', 'output format').choices(EXTRACT_FORMATS).default('text'))
    .option('--url <url>', "the page's address, when the page does not give it (fills url and source)")
    .addHelpText('after', EXTRACT_EXAMPLES)
    .action(async (paths: string[], flags: ExtractFlags) => {
      code = await extractCommand(paths, flags, io);
    });

  program
    .command('series')
    .description('the figures of a batch output as series: each subject × unit, its values over time across articles')
    .argument('<FILE>', "output of 'bantin analyze -f jsonl' ('-' for stdin)")
    .addOption(new Option('-f, --format <format>', 'output format').choices(SERIES_FORMATS).default('table'))
    .option('--min-points <n>', 'only series with at least n figures', '1')
    .option('--subject <words>', "only subjects holding these words (diacritics optional: 'dang bo van phong')")
    .option('--unit <words>', "only units holding these words ('đảng viên')")
    .addHelpText('after', SERIES_EXAMPLES)
    .action(async (file: string, flags: SeriesFlags) => {
      code = await seriesCommand(file, flags, io);
    });

  program
    .command('eval')
    .description('score the analyzer against gold files (precision, recall, F1 per kind)')
    .addArgument(new Argument('[GOLD_DIR]', 'folder of gold *.json files').default(DEFAULT_GOLD_DIR, 'fixtures/gold of this repository'))
    .argument('[TEXT_DIR]', 'folder of the texts the gold files name (default: GOLD_DIR/../seeds)')
    .option('-v, --verbose', 'list misses, false alarms, wrong attributes and article fields')
    .option('--json', 'print the report as one JSON object')
    .addHelpText('after', EVAL_EXAMPLES)
    .action(async (goldDir: string, textDir: string | undefined, flags: { verbose?: boolean; json?: boolean }) => {
      const { runEval } = await import('../eval/run.ts');
      const run = runEval({ goldDir, textDir, verbose: flags.verbose, json: flags.json, out: io.out, err: io.err });
      code = run.errors.length ? 1 : 0;
    });

  try {
    await program.parseAsync([...argv]);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    io.err(`bantin: ${printable(e instanceof Error ? e.message : String(e))}\n`);
    return 1;
  }
  return code;
}
