// `bantin analyze` as a stream: inputs (text files, or JSONL corpora line by line) →
// jobs on the main thread or on worker threads → results written in input order, as
// they complete. At most WINDOW_PER_JOB × jobs inputs are in flight (read, running or
// waiting for an earlier one to be written), so memory does not grow with the corpus.
//
// Order and bytes do not depend on --jobs: each job renders its own output chunk from
// its input alone (job.ts); the main thread only adds separators and writes, in order.
import { createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { csvHeader } from '../export/csv.ts';
import { formatter } from './formats.ts';
import type { Format } from './formats.ts';
import { JSONL, TXT, expandPaths, isProblem, looksLikeHtml, problemLine, reasonOf, showPath } from './inputs.ts';
import type { Input, InputProblem } from './inputs.ts';
import { decodeText } from './decode.ts';
import type { Job, JobResult } from './job.ts';
import { readCorpus, readCorpusSlices, recordJob } from './jsonl.ts';
import { inlineExecutor, workerExecutor } from './pool.ts';
import { workerEntry } from './worker-bundle.ts';
import type { Executor } from './pool.ts';
import { noProgress, terminalProgress } from './progress.ts';
import type { Progress } from './progress.ts';
import { ResumeError, resumeFrom } from './resume.ts';
import type { ResumeState } from './resume.ts';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** The stream behind `out`, when there is one: writes then wait for it to drain. */
  outStream?: Writable;
  /** stderr, for the progress bar (shown only when it is a TTY). */
  errStream?: NodeJS.WriteStream;
}

export const INPUT_FORMATS = ['txt', 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export interface AnalyzeFlags {
  format: Format;
  url?: string;
  title?: string;
  bom: boolean;
  inputFormat: InputFormat;
  jobs: number;
  output?: string;
  resume?: boolean;
  progress: boolean;
}

/** Inputs in flight per job: enough slack that one slow article rarely idles a worker … */
const WINDOW_PER_JOB = 48;
/** … and slices of corpus lines (about 15 articles each) in flight per job. */
const SLICES_PER_JOB = 8;

/** One input in order: a job to run, or a failure known before running (bad line, unreadable file). */
interface Item {
  /** How errors name it: the path (or '-') … */
  label: string;
  /** … and, for a JSONL record, its line. */
  line?: number;
  bytes: number;
  job?: Job;
  reason?: string;
}

class UsageError extends Error {}

interface Sink {
  write(s: string | Uint8Array): void | Promise<void>;
  close(): Promise<void>;
}

function streamSink(stream: Writable, owned: boolean): Sink {
  return {
    write: (s) => {
      if (!stream.write(s)) return once(stream, 'drain').then(() => {});
    },
    close: async () => {
      if (!owned) return;
      stream.end();
      await once(stream, 'finish');
    },
  };
}

const sizeOf = (path: string) => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

/** Text files, saved pages and stdin: one job per file (job.ts takes the article out of HTML). */
async function* textItems(inputs: (Input | InputProblem)[], flags: AnalyzeFlags, resume?: ResumeState, progress?: Progress): AsyncGenerator<Item> {
  for (const input of inputs) {
    if (isProblem(input)) {
      yield { label: input.label, bytes: 0, reason: input.reason };
      continue;
    }
    const source = { file: input.label, id: input.label };
    const common = { source, url: flags.url, title: flags.title };
    if (input.label === '-') {
      try {
        const text = decodeText(await input.read());
        yield { label: '-', bytes: Buffer.byteLength(text), job: { ...common, text, html: looksLikeHtml(text) } };
      } catch (e) {
        yield { label: '-', bytes: 0, reason: reasonOf(e) };
      }
      continue;
    }
    const bytes = sizeOf(input.label);
    if (resume?.isDone(source.id)) progress?.skip(bytes);
    else yield { label: input.label, bytes, job: { ...common, path: input.label } };
  }
}

/**
 * JSONL corpora: one job per slice of lines (readCorpusSlices), or per record when resuming;
 * --url/--title fill in what a record lacks.
 */
async function* corpusItems(inputs: (Input | InputProblem)[], flags: AnalyzeFlags, resume?: ResumeState, progress?: Progress): AsyncGenerator<Item> {
  for (const input of inputs) {
    if (isProblem(input)) {
      yield { label: input.label, bytes: 0, reason: input.reason };
      continue;
    }
    const label = input.label;
    try {
      if (resume) {
        // Resuming: each record's id decides whether it is done, so records are parsed here.
        for await (const { line, bytes, record, reason } of readCorpus(label)) {
          if (!record) yield { label, line, bytes, reason };
          else if (resume.isDone(record.id)) progress?.skip(bytes);
          else yield { label, line, bytes, job: recordJob(record, flags) };
        }
      } else {
        // Otherwise slices of lines go out whole, and the thread that runs one cuts, decodes
        // and parses its lines: the main thread, which reads, orders and writes for all the
        // workers, stays light. (Each record's own id, url, title and published replace the
        // job's when it is parsed.)
        for await (const slice of readCorpusSlices(label)) {
          yield { label, bytes: slice.bytes.length + slice.lead, job: { source: { id: label }, corpusSlice: slice, url: flags.url, title: flags.title } };
        }
      }
    } catch (e) {
      // A file refused as a whole (binary, empty, unreadable): its bytes, for the progress bar.
      yield { label: input.label, bytes: input.label === '-' ? 0 : sizeOf(input.label), reason: reasonOf(e) };
    }
  }
}

function checkFlags(flags: AnalyzeFlags): void {
  if (!Number.isInteger(flags.jobs) || flags.jobs < 1) throw new UsageError('--jobs must be a whole number ≥ 1');
  if (flags.resume && !flags.output) throw new UsageError('--resume needs --output FILE (the results of the interrupted run)');
  if (flags.resume && flags.format !== 'jsonl' && flags.format !== 'csv') throw new UsageError('--resume works with --format jsonl or csv');
}

export async function analyzeCommand(paths: string[], flags: AnalyzeFlags, io: Io): Promise<number> {
  try {
    checkFlags(flags);
  } catch (e) {
    io.err(`bantin: ${(e as Error).message}\n`);
    return 2;
  }
  const corpus = flags.inputFormat === 'jsonl';
  const inputs = expandPaths(paths, corpus ? JSONL : TXT);
  // The JSON shape follows the command line, not what a folder holds: a single text file
  // (or '-') gives one object; several PATHs, any folder or a corpus give an array.
  const single = !corpus && paths.length === 1 && inputs.length === 1 && inputs[0].label === paths[0];
  const many = !single;

  let resume: ResumeState | undefined;
  if (flags.resume) {
    try {
      resume = await resumeFrom(flags.output!, flags.format as 'jsonl' | 'csv');
    } catch (e) {
      io.err(e instanceof ResumeError ? `bantin: ${e.message}\n` : problemLine(flags.output!, reasonOf(e)));
      return 2;
    }
  }

  let sink: Sink;
  if (flags.output) {
    const file = createWriteStream(flags.output, { flags: resume ? 'a' : 'w' });
    try {
      await once(file, 'open');
    } catch (e) {
      io.err(problemLine(flags.output, reasonOf(e)));
      return 2;
    }
    sink = streamSink(file, true);
  } else if (io.outStream) sink = streamSink(io.outStream, false);
  else sink = { write: (s) => io.out(typeof s === 'string' ? s : Buffer.from(s.buffer, s.byteOffset, s.byteLength).toString('utf8')), close: async () => {} };

  // A bar only on a terminal, and not over results that go to the same terminal.
  const showBar = flags.progress && !!io.errStream?.isTTY && (!!flags.output || !(io.outStream as NodeJS.WriteStream | undefined)?.isTTY);
  const files = inputs.filter((i): i is Input => !isProblem(i));
  const totalBytes = files.some((i) => i.label === '-') ? 0 : files.reduce((n, i) => n + sizeOf(i.label), 0);
  const progress = showBar ? terminalProgress(io.errStream!, totalBytes) : noProgress(io.err);

  const render = { format: flags.format, many };
  // Workers pay off from two inputs on; a corpus may hold any number.
  const executor: Executor =
    flags.jobs > 1 && (corpus || files.length > 1) ? workerExecutor(flags.jobs, render, await workerEntry()) : inlineExecutor(render);
  const fmt = formatter(flags.format, { bom: flags.bom, many });
  let failed = false;

  const window: { item: Item; outcome: Promise<JobResult> }[] = [];
  const flushHead = async () => {
    const { item, outcome } = window.shift()!;
    const result = await outcome;
    progress.advance(item.bytes);
    for (const o of Array.isArray(result) ? result : [result]) {
      if (o.ok && typeof o.chunk === 'string') await sink.write(fmt.place(o.chunk));
      else if (o.ok) {
        // Bytes: the separator that goes before them, then the bytes as they are.
        const before = fmt.place('');
        if (before) await sink.write(before);
        await sink.write(o.chunk);
      } else {
        failed = true;
        progress.log(problemLine(item.label, o.reason, o.line ?? item.line));
      }
    }
  };

  try {
    if (flags.format === 'csv') {
      if (!resume || resume.empty) await sink.write(csvHeader({ bom: flags.bom }));
    } else await sink.write(fmt.start());
    const items = corpus ? corpusItems(inputs, flags, resume, progress) : textItems(inputs, flags, resume, progress);
    const limit = flags.jobs * (corpus && !resume ? SLICES_PER_JOB : WINDOW_PER_JOB);
    for await (const item of items) {
      const outcome: Promise<JobResult> = item.job ? executor.run(item.job) : Promise.resolve({ ok: false, reason: item.reason! });
      window.push({ item, outcome });
      while (window.length >= limit) await flushHead();
    }
    while (window.length) await flushHead();
    await sink.write(fmt.end());
  } finally {
    progress.stop();
    await executor.close();
    await sink.close();
  }
  return failed ? 1 : 0;
}
