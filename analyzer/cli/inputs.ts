// PATH arguments → the inputs to analyze, in order: a file as given, a folder's *.txt and
// *.html (or, for JSONL input, *.jsonl) files (recursive, sorted), '-' for stdin. Errors
// are per input, never fatal.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from './decode.ts';

export interface Input {
  /** The path as given or found; '-' for stdin. */
  label: string;
  read: () => Promise<Uint8Array>;
}

export interface InputProblem {
  label: string;
  reason: string;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many symbolic links',
};

/**
 * What would break a one-line message or disguise it on a terminal: C0 and C1 control
 * characters (line breaks, tabs, escape sequences), DEL, the line and paragraph separators,
 * and the bidirectional controls.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const HAS_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const SHORT_ESCAPES: Record<string, string> = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };
const escapeChar = (c: string) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Text for a message line: the characters of UNSAFE written as JSON escapes ('\n', '\u001b'). */
export const printable = (s: string): string => s.replace(UNSAFE, escapeChar);

/**
 * A path as a message names it: as given, or, when it holds a character of UNSAFE (or
 * starts with a double quote), as a JSON string ("bad\nname.txt"), so that the message stays
 * one line and says exactly which file.
 */
export function showPath(path: string): string {
  if (!HAS_UNSAFE.test(path) && !path.startsWith('"')) return path;
  return `"${path.replace(/["\\]/g, (c) => `\\${c}`).replace(UNSAFE, escapeChar)}"`;
}

/** The one stderr line of a failed input: 'bantin: FILE: reason' or 'bantin: FILE:LINE: reason'. */
export const problemLine = (path: string, reason: string, line?: number): string =>
  `bantin: ${showPath(path)}${line === undefined ? '' : `:${line}`}: ${printable(reason)}\n`;

/** A short reason for a failed input: ours, or the system's without the stack of words. */
export function reasonOf(e: unknown): string {
  if (e instanceof InputError) return e.message;
  const code = e && typeof e === 'object' && 'code' in e ? String(e.code) : '';
  if (REASONS[code]) return REASONS[code];
  return e instanceof Error ? e.message : String(e);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Files named like `pattern` below dir, as paths joined to dir, sorted. Symlinked folders are not followed (cycles). */
function filesIn(dir: string, pattern: RegExp): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (pattern.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && isFile(p)))) found.push(p);
    }
  };
  walk(dir);
  return found.sort();
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

const fileInput = (label: string): Input => ({ label, read: async () => readFileSync(label) });

export interface InputKind {
  /** File names taken from folders. */
  pattern: RegExp;
  /** How the reason for an empty folder names them. */
  noun: string;
}

/** Text files and saved web pages (their article is extracted first, see isHtmlPath). */
export const TXT: InputKind = { pattern: /\.(?:txt|html?|xhtml)$/i, noun: '*.txt or *.html' };
export const JSONL: InputKind = { pattern: /\.(jsonl|ndjson)$/i, noun: '*.jsonl' };

/** Inputs in argument order; arguments that cannot be read at all become problems. */
export function expandPaths(paths: readonly string[], kind: InputKind = TXT): (Input | InputProblem)[] {
  const inputs: (Input | InputProblem)[] = [];
  for (const p of paths) {
    if (p === '-') {
      inputs.push({ label: '-', read: readStdin });
      continue;
    }
    try {
      if (statSync(p).isDirectory()) {
        const files = filesIn(p, kind.pattern);
        if (!files.length) inputs.push({ label: p, reason: `no ${kind.noun} files in this folder` });
        inputs.push(...files.map(fileInput));
      } else inputs.push(fileInput(p));
    } catch (e) {
      inputs.push({ label: p, reason: reasonOf(e) });
    }
  }
  return inputs;
}

/** A saved web page, by its name: the CLI analyzes its article text, not its markup. */
export const isHtmlPath = (path: string): boolean => /\.(?:html?|xhtml)$/i.test(path);

/** Text that is an HTML page rather than plain text (for stdin, which has no name). */
/** Does a text start like an HTML page (after a BOM, white space and comments)? Linear: comments are skipped by a loop, not by a nested regex quantifier. */
export function looksLikeHtml(text: string): boolean {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let guard = 0; guard < 1000; guard++) {
    while (at < text.length && /\s/.test(text[at])) at++;
    if (!text.startsWith('<!--', at)) break;
    const end = text.indexOf('-->', at + 4);
    if (end < 0) return false;
    at = end + 3;
  }
  return /^<(?:!doctype\s+html|html[\s>])/i.test(text.slice(at, at + 20));
}

export const isProblem = (x: Input | InputProblem): x is InputProblem => 'reason' in x;
