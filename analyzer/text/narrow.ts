// Regexes with two compiled forms: Unicode property classes in full, and narrowed to the
// Latin blocks (text/narrow-classes.ts says why). narrowable() makes them; analyze() reads a
// text inside readingNarrow() when every letter, mark and digit of it is in those blocks,
// and every regex then runs its narrowed form. Outside that (another script in the text, any
// call outside analyze()) the full form runs, compiled the first time it is needed.

import { NARROW_BLOCKS, NARROW_CLASS, NARROW_EXCEPTIONS } from './narrow-classes.ts';

type Property = keyof typeof NARROW_CLASS;
const PROPERTY_ESCAPE = /^\\p\{(L|Lu|Ll|M|N)\}/;

/**
 * The source with each \p{L}, \p{Lu}, \p{Ll}, \p{M}, \p{N} replaced by its narrowed class
 * (bracketed outside a class, spliced in inside one); undefined when the source has another
 * property escape (\P{…}, \p{Script=…}), which stays in full only.
 */
export function narrowSource(source: string): string | undefined {
  let out = '';
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x5c /* \ */) {
      const next = source[i + 1];
      if (next === 'p' || next === 'P') {
        const m = next === 'p' ? PROPERTY_ESCAPE.exec(source.slice(i, i + 6)) : null;
        if (!m) return undefined;
        const body = NARROW_CLASS[m[1] as Property];
        out += source.slice(from, i) + (inClass ? body : `[${body}]`);
        i += m[0].length - 1;
        from = i + 1;
      } else i++; // any other escape: its next character is not syntax
    } else if (c === 0x5b /* [ */ && !inClass) inClass = true;
    else if (c === 0x5d /* ] */ && inClass) inClass = false;
  }
  return from === 0 ? source : out + source.slice(from);
}

let narrowMode = false;
let narrowReadingEnabled = true;
let fullFormsCompiled = 0;

/** Turns narrowed reading off (and on again): for tests and measurements that compare the two. */
export function enableNarrowReading(enabled: boolean): void {
  narrowReadingEnabled = enabled;
}

/** How many full forms narrowable regexes have compiled so far in this process. */
export function fullFormCount(): number {
  return fullFormsCompiled;
}

/** Runs `read` with every narrowable regex in its narrowed form when `narrow` is true. */
export function readingNarrow<T>(narrow: boolean, read: () => T): T {
  const was = narrowMode;
  narrowMode = narrow && narrowReadingEnabled;
  try {
    return read();
  } finally {
    narrowMode = was;
  }
}

/**
 * A regex that runs its narrowed form while a narrow text is read and its full form
 * otherwise. It is used as a RegExp (exec, test, lastIndex, String methods through the
 * well-known symbols); `source` and `flags` are the full regex's, so a regex built from
 * another's source is narrowable in turn.
 */
class NarrowableRegExp {
  private full: RegExp | undefined;
  private readonly narrowed: RegExp;
  constructor(
    readonly source: string,
    readonly flags: string,
    narrowed: string,
  ) {
    this.narrowed = new RegExp(narrowed, flags);
  }
  /** The form for the current read. */
  private get re(): RegExp {
    if (narrowMode) return this.narrowed;
    if (!this.full) {
      this.full = new RegExp(this.source, this.flags);
      fullFormsCompiled++;
    }
    return this.full;
  }
  exec(s: string): RegExpExecArray | null {
    return this.re.exec(s);
  }
  test(s: string): boolean {
    return this.re.test(s);
  }
  get lastIndex(): number {
    return this.re.lastIndex;
  }
  set lastIndex(i: number) {
    this.re.lastIndex = i;
  }
  get global(): boolean {
    return this.narrowed.global;
  }
  get sticky(): boolean {
    return this.narrowed.sticky;
  }
  get ignoreCase(): boolean {
    return this.narrowed.ignoreCase;
  }
  get unicode(): boolean {
    return this.narrowed.unicode;
  }
  get multiline(): boolean {
    return this.narrowed.multiline;
  }
  get dotAll(): boolean {
    return this.narrowed.dotAll;
  }
  get hasIndices(): boolean {
    return this.narrowed.hasIndices;
  }
  [Symbol.match](s: string): RegExpMatchArray | null {
    return this.re[Symbol.match](s);
  }
  [Symbol.matchAll](s: string): IterableIterator<RegExpMatchArray> {
    const re = this.re;
    return matchesOf(re, String(s), re.lastIndex);
  }
  [Symbol.replace](s: string, replacement: string | ((substring: string, ...args: any[]) => string)): string {
    return this.re[Symbol.replace](s, replacement as string);
  }
  [Symbol.search](s: string): number {
    return this.re[Symbol.search](s);
  }
  [Symbol.split](s: string, limit?: number): string[] {
    return this.re[Symbol.split](s, limit);
  }
  toString(): string {
    return `/${this.source}/${this.flags}`;
  }
}

/**
 * What `re[Symbol.matchAll](s)` returns, without the copy of `re` the built-in makes: V8
 * makes that copy through its regex cache, which forgets a regex after a few garbage
 * collections, so a large regex met again after them was compiled anew on every pass. `re`
 * runs from its own lastIndex and keeps it (each step puts it back), as the copy would.
 */
function* matchesOf(re: RegExp, s: string, at: number): IterableIterator<RegExpMatchArray> {
  const global = re.global;
  const fullUnicode = re.unicode || re.flags.includes('v');
  for (;;) {
    const kept = re.lastIndex;
    re.lastIndex = at;
    let m: RegExpExecArray | null;
    try {
      m = re.exec(s);
      at = re.lastIndex;
    } finally {
      re.lastIndex = kept;
    }
    if (!m) return;
    if (!global) {
      yield m;
      return;
    }
    if (m[0] === '') at = advance(s, at, fullUnicode);
    yield m;
  }
}

/** The spec's AdvanceStringIndex. */
function advance(s: string, i: number, fullUnicode: boolean): number {
  if (!fullUnicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/** A RegExp for `source`: narrowable when it has property classes the blocks can narrow. */
export function narrowable(source: string, flags = ''): RegExp {
  const narrowed = narrowSource(source);
  if (narrowed === undefined || narrowed === source) return new RegExp(source, flags);
  return new NarrowableRegExp(source, flags, narrowed) as unknown as RegExp;
}

const madeHere = new WeakMap<TemplateStringsArray, RegExp>();

/** A tag for a narrowable regex written where it is used, made once per place (the place's
 * template object is the key): `regexHere.u\`^\\p{Lu}\``. One regex serves every call, so only
 * for flags without g or y (no lastIndex to carry over); the raw text is the source. */
function hereWithFlags(flags: string): (strings: TemplateStringsArray) => RegExp {
  return (strings) => {
    let re = madeHere.get(strings);
    if (!re) madeHere.set(strings, (re = narrowable(strings.raw[0], flags)));
    return re;
  };
}
export const regexHere = { u: hereWithFlags('u'), iu: hereWithFlags('iu') } as const;

// ------------------------------------------------------------------ which texts are narrow

/** Per UTF-16 unit: 0 not looked at yet, 1 narrow, 2 not (a letter, mark or digit outside the blocks). */
const NARROW_UNIT = new Uint8Array(0x10000);
for (const [a, b] of NARROW_BLOCKS) NARROW_UNIT.fill(1, a, b + 1);
for (const c of NARROW_EXCEPTIONS) NARROW_UNIT[c] = 2;
let wordCharacterOutside: RegExp | undefined;

/** A character outside the blocks is narrow when no class, full or narrowed, in any case, takes it. */
function narrowOutside(ch: string): boolean {
  wordCharacterOutside ??= new RegExp(`^(?:[\\p{L}\\p{M}\\p{N}]|[${Object.values(NARROW_CLASS).join('')}])$`, 'iu');
  return !wordCharacterOutside.test(ch);
}

/** Whether every letter, mark and digit of `text` is one the narrowed classes keep. */
export function isNarrowText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let k = NARROW_UNIT[c];
    if (k === 1) continue;
    if (c >= 0xd800 && c <= 0xdfff) {
      // beyond the first plane: the character is looked at whole, and not cached; a lone
      // surrogate is no letter, mark or digit for any class
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) {
        if (!narrowOutside(String.fromCodePoint(cp))) return false;
        i++;
      }
      continue;
    }
    if (k === 0) k = NARROW_UNIT[c] = narrowOutside(String.fromCharCode(c)) ? 1 : 2;
    if (k === 2) return false;
  }
  return true;
}
