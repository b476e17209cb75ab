// --resume: what an earlier, interrupted run already wrote to --output. The file is read
// as a stream of bytes (constant memory apart from the set of ids); whatever a kill may
// have left incomplete at its end is cut off so that appending continues cleanly.
//   jsonl: one result per line, its "id"; a last line without its newline is dropped.
//   csv:   rows of one article are consecutive and the first column names it (the file,
//          or the id of a JSONL record). The last article's rows are dropped and that
//          article is done again, since its rows may be incomplete; an article without
//          facts has no rows and is simply done again (it adds nothing).
import { createReadStream, existsSync, truncateSync } from 'node:fs';
import { neutralise } from '../export/csv.ts';
import { showPath } from './inputs.ts';

export class ResumeError extends Error {}

export interface ResumeState {
  /** Has this input's result been written already? */
  isDone(id: string): boolean;
  /** Results kept. */
  count: number;
  /** Nothing kept: a csv output needs its header. */
  empty: boolean;
}

const LF = 0x0a;
const QUOTE = 0x22;
const COMMA = 0x2c;

async function* chunks(file: string): AsyncGenerator<Buffer> {
  for await (const c of createReadStream(file)) yield c as Buffer;
}

async function scanJsonl(file: string): Promise<{ ids: Set<string>; keep: number }> {
  const ids = new Set<string>();
  let keep = 0;
  let pos = 0;
  let lineNo = 0;
  let parts: Buffer[] = [];
  for await (const chunk of chunks(file)) {
    let from = 0;
    for (let i = chunk.indexOf(LF); i >= 0; i = chunk.indexOf(LF, from)) {
      parts.push(chunk.subarray(from, i));
      const line = Buffer.concat(parts).toString('utf8');
      parts = [];
      lineNo++;
      from = i + 1;
      keep = pos + from;
      if (!line.trim()) continue;
      let id: unknown;
      try {
        const r = JSON.parse(line);
        id = r.id ?? r.file; // corpus records carry their id, files their path
      } catch {
        id = undefined;
      }
      if (typeof id !== 'string') throw new ResumeError(`${showPath(file)}:${lineNo}: not a result line of bantin analyze --format jsonl`);
      ids.add(id);
    }
    parts.push(chunk.subarray(from));
    pos += chunk.length;
  }
  return { ids, keep };
}

/** The first field of a CSV record's raw bytes, unquoted. */
function firstField(raw: string): string {
  if (!raw.startsWith('"')) return raw;
  return raw.slice(1, raw.endsWith('"') ? -1 : undefined).replace(/""/g, '"');
}

async function scanCsv(file: string): Promise<{ ids: Set<string>; keep: number }> {
  const ids = new Set<string>();
  let pos = 0;
  let record = 0; // records seen; the first is the header
  let recordStart = 0;
  let inQuotes = false;
  let inFirst = true;
  let first: Buffer[] = [];
  let firstFrom = 0;
  let headerEnd = 0;
  let last: string | undefined; // the article of the last complete rows …
  let lastStart = 0; // … and where its rows start
  for await (const chunk of chunks(file)) {
    firstFrom = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === QUOTE) inQuotes = !inQuotes; // "" inside quotes toggles twice
      else if (inQuotes) continue;
      else if (b === COMMA && inFirst) {
        first.push(chunk.subarray(firstFrom, i));
        inFirst = false;
      } else if (b === LF) {
        if (inFirst) first.push(chunk.subarray(firstFrom, i));
        const cell = firstField(Buffer.concat(first).toString('utf8').replace(/^\uFEFF/, '').replace(/\r$/, ''));
        const end = pos + i + 1;
        if (record === 0) {
          if (cell !== 'file') throw new ResumeError(`${showPath(file)}: not a csv of bantin analyze (no header 'file,…')`);
          headerEnd = end;
        } else if (cell !== last) {
          if (last !== undefined) ids.add(last);
          last = cell;
          lastStart = recordStart;
        }
        record++;
        recordStart = end;
        first = [];
        inFirst = true;
        firstFrom = i + 1;
      }
    }
    if (inFirst) first.push(chunk.subarray(firstFrom));
    pos += chunk.length;
  }
  return { ids, keep: last !== undefined ? lastStart : headerEnd };
}

/** Read an earlier run's output, cut off its incomplete end, and say what is done. */
export async function resumeFrom(file: string, format: 'jsonl' | 'csv'): Promise<ResumeState> {
  if (!existsSync(file)) return { isDone: () => false, count: 0, empty: true };
  const { ids, keep } = format === 'jsonl' ? await scanJsonl(file) : await scanCsv(file);
  truncateSync(file, keep);
  const key = format === 'csv' ? neutralise : (id: string) => id;
  return { isDone: (id) => ids.has(key(id)), count: ids.size, empty: keep === 0 };
}
