// `bantin eval`: score analyze() against every gold file of a folder and print the report.
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { analyze as realAnalyze } from '../index.ts';
import type { Analysis } from '../contract.ts';
import { goldProblems } from './gold.ts';
import type { GoldFile } from './gold.ts';
import { formatReport } from './report.ts';
import { score } from './score.ts';
import type { EvalItem, EvalReport } from './score.ts';

export interface EvalOptions {
  goldDir: string;
  /** Folder of the texts named by the gold files' `file`; default goldDir/../seeds (as check.py). */
  textDir?: string;
  verbose?: boolean;
  /** Print the report as one JSON object instead of text. */
  json?: boolean;
  /** Where the report goes (default stdout) and where problems go (default stderr). */
  out?: (s: string) => void;
  err?: (s: string) => void;
  /** The analyzer under test; tests pass a stub. */
  analyze?: (text: string) => Analysis;
}

export interface EvalError {
  file: string;
  message: string;
}

export interface EvalRun extends EvalReport {
  goldDir: string;
  textDir: string;
  /** Gold files scored. */
  files: string[];
  /** Gold files that could not be scored, and why. Non-empty means exit code 1. */
  errors: EvalError[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }); // keep a BOM: offsets count it, as check.py

function message(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && e.code === 'ENOENT') return 'not found';
  return e instanceof Error ? e.message : String(e);
}

/** Read, check and analyze one gold file; throws an Error whose message says what is wrong. */
function loadItem(goldDir: string, textDir: string, name: string, analyze: (t: string) => Analysis): EvalItem {
  let gold: unknown;
  try {
    gold = JSON.parse(utf8.decode(readFileSync(join(goldDir, name))));
  } catch (e) {
    throw new Error(`cannot read JSON: ${message(e)}`);
  }
  const problems = goldProblems(gold);
  if (problems.length) throw new Error(problems.join('; '));
  const g = gold as GoldFile;
  const textPath = join(textDir, g.file);
  let text: string;
  try {
    text = utf8.decode(readFileSync(textPath));
  } catch (e) {
    throw new Error(`text ${textPath}: ${e instanceof TypeError ? 'not UTF-8' : message(e)}`);
  }
  let predicted: Analysis;
  try {
    predicted = analyze(text);
  } catch (e) {
    throw new Error(`analyze failed on ${g.file}: ${message(e)}`);
  }
  return { file: g.file, gold: g, predicted, text };
}

/** A path relative to the working directory when it lies inside it, else absolute. */
function shortPath(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? resolve(p) : rel;
}

export function runEval(options: EvalOptions): EvalRun {
  const { goldDir, verbose = false, json = false } = options;
  const textDir = options.textDir ?? join(goldDir, '..', 'seeds');
  const out = options.out ?? ((s: string) => void process.stdout.write(s));
  const err = options.err ?? ((s: string) => void process.stderr.write(s));
  const analyze = options.analyze ?? ((t: string) => realAnalyze(t));

  const errors: EvalError[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(goldDir, { withFileTypes: true })
      .filter((d) => !d.isDirectory() && d.name.endsWith('.json'))
      .map((d) => d.name)
      .sort();
    if (!names.length) errors.push({ file: goldDir, message: 'no gold files (*.json)' });
  } catch (e) {
    errors.push({ file: goldDir, message: message(e) });
  }

  const items: EvalItem[] = [];
  for (const name of names) {
    try {
      items.push(loadItem(goldDir, textDir, name, analyze));
    } catch (e) {
      errors.push({ file: join(goldDir, name), message: message(e) });
    }
  }
  for (const e of errors) err(`bantin: ${e.file}: ${e.message}\n`);

  const run: EvalRun = { goldDir, textDir, files: items.map((i) => i.file), errors, ...score(items) };
  if (json) out(JSON.stringify(run, null, 2) + '\n');
  else {
    const heading = `${items.length} article(s) scored from ${shortPath(goldDir)} (texts: ${shortPath(textDir)})`;
    out(formatReport(run, { verbose, heading }));
    if (errors.length) out(`\n${errors.length} gold file(s) could not be scored (see stderr)\n`);
  }
  return run;
}
