// A normalized view of the caller's text, with a map back to the caller's UTF-16 offsets.
//
// Rules match on `view.text`, where the surface variety of real pages is folded away:
//   - NFC, whatever the input (NFD, Windows-1258 style base + combining tone);
//   - the look-alike Ð/ð (U+00D0/U+00F0) read as Đ/đ;
//   - new-style tone marks on open oa/oe/uy syllables ('uỷ' → 'ủy', 'Hoà' → 'Hòa');
//   - every dash → '-', every slash → '/', curly quotes → straight quotes;
//   - NBSP, tabs and other spaces → ' ', runs of spaces → one; CR LF → '\n';
//   - zero-width characters, soft hyphens and BOMs dropped.
// Every character of `view.text` remembers which source characters it came from, so a
// span [a, b) of the view maps back to [starts[a], ends[b - 1]) of the source, and the
// fact's `text` is then source.slice(start, end): exact by construction.

export interface TextView {
  /** The caller's string, untouched. */
  readonly source: string;
  /** The normalized text rules match on. */
  readonly text: string;
  /** starts[i] / ends[i]: the source range that text[i] came from. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** True when text[i] came from source[i] for every i (starts[i] = i, ends[i] = i + 1). */
  readonly identity?: boolean;
}

/** One-for-one replacements: look-alike letters, dashes, slashes, curly quotes. -1 when none. */
function replacementFor(c: number): number {
  switch (c) {
    case 0x00d0: return 0x0110; // Ð Latin capital eth, the look-alike of Đ
    case 0x00f0: return 0x0111; // ð → đ
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x00ab: case 0x00bb: return 0x22; // "
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: return 0x27; // '
    case 0x2212: case 0xfe58: case 0xfe63: case 0xff0d: return 0x2d; // -
    case 0x2044: case 0x2215: case 0xff0f: return 0x2f; // /
  }
  if (c >= 0x2010 && c <= 0x2015) return 0x2d; // hyphens, en and em dashes
  return -1;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

function isInvisible(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x00ad;
}

/** Line breaks, and the form feed and vertical tab that end a page or a block of dumped text. */
function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x2028 || c === 0x2029 || c === 0x85;
}

/**
 * The end of a terminal escape sequence at i (source[i] is ESC), or i when none starts
 * there: CSI (ESC [ parameters intermediates final: colours, cursor moves, 'clear line'),
 * OSC (ESC ] … BEL or ESC \: window titles, links) and two-character escapes (ESC c).
 * Bounded: a sequence longer than 64 units is not one.
 */
function escapeEnd(source: string, i: number): number {
  const n = Math.min(source.length, i + 64);
  const kind = source.charCodeAt(i + 1);
  if (kind === 0x5b) {
    let j = i + 2;
    while (j < n && source.charCodeAt(j) >= 0x30 && source.charCodeAt(j) <= 0x3f) j++;
    while (j < n && source.charCodeAt(j) >= 0x20 && source.charCodeAt(j) <= 0x2f) j++;
    const f = source.charCodeAt(j);
    return j < n && f >= 0x40 && f <= 0x7e ? j + 1 : i;
  }
  if (kind === 0x5d) {
    for (let j = i + 2; j < n; j++) {
      const c = source.charCodeAt(j);
      if (c === 0x07) return j + 1;
      if (c === 0x1b && source.charCodeAt(j + 1) === 0x5c) return j + 2;
      if (c < 0x20) return i;
    }
    return i;
  }
  return kind >= 0x40 && kind <= 0x5f && kind !== 0x5b && kind !== 0x5d ? i + 2 : i;
}

/** Combining marks that NFC may fold into the preceding letter. */
/**
 * Marks of every script (\p{M}: Vietnamese tones, Indic vowel signs …) and the Hangul vowel
 * and final jamo: what follows a base character and may compose with it under NFC, so the
 * view of NFD input is the view of NFC input. A lookup table filled on first sight.
 */
const MARK = new Uint8Array(0x10000); // 0 unknown, 1 no, 2 yes
const MARK_RE = /^\p{M}$/u;
function isCombining(c: number): boolean {
  if (c < 0x0300) return false;
  if (c <= 0x036f) return true;
  let k = MARK[c];
  if (k === 0) {
    k = MARK_RE.test(String.fromCharCode(c)) || (c >= 0x1160 && c <= 0x11ff) ? 2 : 1;
    MARK[c] = k;
  }
  return k === 2;
}

/** Singletons that NFC changes even without a following mark (Greek tonos, Ω/K/Å signs, CJK compatibility). */
function needsNfcAlone(c: number): boolean {
  return (c >= 0x0340 && c <= 0x0344) || c === 0x0374 || c === 0x037e || c === 0x0387 ||
    (c >= 0x1f00 && c <= 0x1fff) || c === 0x2126 || c === 0x212a || c === 0x212b ||
    c === 0x2329 || c === 0x232a || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdfff);
}

const UTF16 = new TextDecoder('utf-16le');

/** Per UTF-16 unit: 0 unknown, 1 kept as it is when no combining mark follows, 2 other,
 * 3 kept, and a toned vowel that ends an old-style pair after o/u ('oà', 'uý'). */
const PLAIN = new Uint8Array(0x10000);
function plainUncached(c: number): number {
  const other = c <= 0x20 || isLineBreak(c) || isSpace(c) || isInvisible(c) || (c >= 0xd800 && c <= 0xdfff) ||
    needsNfcAlone(c) || replacementFor(c) >= 0;
  return (PLAIN[c] = other ? 2 : TONED_SECOND[c] ? 3 : 1);
}

export function createView(source: string): TextView {
  const n = source.length;
  // Where an old-style tone pair may be (the toned vowel's index), for the fold; all of the
  // text is looked at instead once NFC has composed something.
  const pairs: number[] = [];
  // Where a unit is replaced by another (curly quotes, dashes, Ð): one for one, so offsets stay.
  const replaced: number[] = [];
  // The longest prefix that the view keeps unit for unit, as the loop below would (often all
  // of the text: then no offset map is built).
  let i = 0;
  let lastWasSpace = false;
  while (i < n) {
    const c = source.charCodeAt(i);
    const kept = PLAIN[c] || plainUncached(c);
    if (kept !== 2) {
      if (i + 1 < n && source.charCodeAt(i + 1) >= 0x300 && isCombining(source.charCodeAt(i + 1))) break;
      if (kept === 3 && i > 0 && isGlide(source.charCodeAt(i - 1))) pairs.push(i);
      lastWasSpace = false;
    } else if (c === 0x0a) lastWasSpace = false;
    else if (c === 0x20 && !lastWasSpace) lastWasSpace = true;
    else if (c >= 0x80 && replacementFor(c) >= 0 && !(i + 1 < n && isCombining(source.charCodeAt(i + 1)))) {
      replaced.push(i);
      lastWasSpace = false;
    } else break;
    i++;
  }
  return i === n ? identityView(source, pairs, replaced) : mappedView(source, i, lastWasSpace, pairs, replaced);
}

/**
 * The rest of createView, from the first unit `i` the view does not keep as it is (a function
 * of its own: texts that need it are few, and code the optimizer compiled for the loop above
 * would be thrown away each time one came, the path below never having run there).
 */
function mappedView(source: string, i: number, lastWasSpace: boolean, pairs: number[], replaced: readonly number[]): TextView {
  const n = source.length;
  // One output unit per source unit or fewer, except where NFC expands a cluster (rare: the
  // buffers then grow). +1 for the final slot.
  let cap = n + 1;
  let out = new Uint16Array(cap);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  for (let k = 0; k < i; k++) {
    out[k] = source.charCodeAt(k); starts[k] = k; ends[k] = k + 1;
  }
  for (const k of replaced) out[k] = replacementFor(out[k]);
  let len = i;
  // Whether text differs from source so far: if not, the source string is the text.
  let same = replaced.length === 0;
  let composed = false;

  while (i < n) {
    const c = source.charCodeAt(i);
    // Most characters are kept as they are: not a space, break, invisible or replaced
    // character, and not followed by a combining mark.
    const kept = PLAIN[c] || plainUncached(c);
    if (kept !== 2 && !(i + 1 < n && source.charCodeAt(i + 1) >= 0x300 && isCombining(source.charCodeAt(i + 1)))) {
      if (kept === 3 && len > 0 && isGlide(out[len - 1])) pairs.push(len);
      if (len !== i) same = false;
      out[len] = c; starts[len] = i; ends[len++] = i + 1;
      lastWasSpace = false;
      i++;
      continue;
    }
    // Line breaks: CR LF, CR, LF, LS, PS, NEL all become one '\n'.
    if (isLineBreak(c)) {
      const to = c === 0x0d && source.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      if (c !== 0x0a || len !== i) same = false;
      out[len] = 0x0a; starts[len] = i; ends[len++] = to;
      lastWasSpace = false;
      i = to;
      continue;
    }
    // A terminal escape sequence ('\x1b[1m'): nothing, like the zero-width characters.
    if (c === 0x1b) {
      const to = escapeEnd(source, i);
      if (to > i) {
        same = false;
        i = to;
        continue;
      }
    }
    if (isSpace(c) || c < 0x20) {
      if (!lastWasSpace) {
        if (c !== 0x20 || len !== i) same = false;
        out[len] = 0x20; starts[len] = i; ends[len++] = i + 1;
      } else {
        ends[len - 1] = i + 1; // the one space spans the whole run
        same = false;
      }
      lastWasSpace = true;
      i++;
      continue;
    }
    if (isInvisible(c)) {
      same = false;
      i++;
      continue;
    }
    lastWasSpace = false;
    // A cluster: one code point (a surrogate pair counts as one) and its combining marks.
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n && (source.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    let j = i + (pair ? 2 : 1);
    let hasMarks = false;
    while (j < n && isCombining(source.charCodeAt(j))) {
      j++;
      hasMarks = true;
    }
    if (!hasMarks && !pair && !needsNfcAlone(c)) {
      const r = c < 0x80 ? -1 : replacementFor(c);
      if (r >= 0 || len !== i) same = false;
      out[len] = r < 0 ? c : r; starts[len] = i; ends[len++] = j;
    } else {
      const s = source.slice(i, j).normalize('NFC');
      if (len + s.length >= cap) {
        cap = 2 * (len + s.length) + (n - j) + 1;
        out = grow(out, new Uint16Array(cap));
        starts = grow(starts, new Int32Array(cap));
        ends = grow(ends, new Int32Array(cap));
      }
      same = false;
      composed = true;
      for (let k = 0; k < s.length; k++) {
        const code = s.charCodeAt(k);
        const r = replacementFor(code);
        out[len] = r < 0 ? code : r; starts[len] = i; ends[len++] = j;
      }
    }
    i = j;
  }
  starts[len] = n;
  ends[len] = n;
  if (composed ? foldToneStyleUnits(out, len) : foldPairs(out, len, pairs)) same = false;
  const text = same && len === n ? source : UTF16.decode(out.subarray(0, len));
  return { source, text, starts: starts.subarray(0, len + 1), ends: ends.subarray(0, len + 1) };
}

/** The view of a text that is kept unit for unit (but for tone pairs and the units at
 * `replaced`): its offset map, the identity, is built only if asked for (toSource does not). */
function identityView(source: string, pairs: readonly number[], replaced: readonly number[]): TextView {
  let text = source;
  const n = source.length;
  // The pairs foldPairAt would fold, read off the source (folds never overlap, so each one
  // is decided alone): not after q/Q (quá, quý), and where the syllable ends, which most
  // pairs of new-style text do not ('hoàn', 'toán'). Most texts need no buffer.
  const folding = pairs.filter(
    (i) =>
      (i < 2 || (source.charCodeAt(i - 2) | 0x20) !== 0x71) &&
      !(i + 1 < n && letterOrMarkUnits(source.charCodeAt(i + 1), i + 2 < n ? source.charCodeAt(i + 2) : 0)) &&
      OLD_TO_NEW.has(source.slice(i - 1, i + 1)),
  );
  if (folding.length > 0) {
    const units = new Uint16Array(n);
    for (let k = 0; k < n; k++) units[k] = source.charCodeAt(k);
    for (const k of replaced) units[k] = replacementFor(units[k]);
    if (foldPairs(units, n, folding) || replaced.length > 0) text = UTF16.decode(units);
  } else if (replaced.length > 0) {
    // A few replacements in a long text: the pieces between them, joined.
    const parts: string[] = [];
    let from = 0;
    for (const k of replaced) {
      parts.push(source.slice(from, k), String.fromCharCode(replacementFor(source.charCodeAt(k))));
      from = k + 1;
    }
    parts.push(source.slice(from));
    text = parts.join('');
  }
  let starts: Int32Array | undefined;
  let ends: Int32Array | undefined;
  return {
    source,
    text,
    identity: true,
    get starts() {
      return (starts ??= Int32Array.from({ length: source.length + 1 }, (_, k) => k));
    },
    get ends() {
      return (ends ??= Int32Array.from({ length: source.length + 1 }, (_, k) => Math.min(k + 1, source.length)));
    },
  };
}

function grow<T extends Uint16Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Source range [start, end) of the view's span [a, b). */
export function toSource(view: TextView, a: number, b: number): [number, number] {
  if (view.identity) return b <= a ? [a, a] : [a, b];
  if (b <= a) return [view.starts[a], view.starts[a]];
  return [view.starts[a], view.ends[b - 1]];
}

// ---------------------------------------------------------------- tone style

const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/**
 * Old-style pairs and their new-style forms: 'oà' → 'òa', 'uỷ' → 'ủy', in every case
 * combination. Both are two UTF-16 units in NFC, so the fold keeps every offset.
 */
const OLD_TO_NEW: Map<string, string> = (() => {
  const m = new Map<string, string>();
  const pairs: [string, string][] = [['o', 'a'], ['o', 'e'], ['u', 'y']];
  for (const [glide, vowel] of pairs) {
    for (const tone of TONE_MARKS) {
      for (const g of [glide, glide.toUpperCase()]) {
        for (const v of [vowel, vowel.toUpperCase()]) {
          const oldForm = (g + (v + tone).normalize('NFC')).normalize('NFC');
          const newForm = ((g + tone).normalize('NFC') + v).normalize('NFC');
          if (oldForm.length === 2 && newForm.length === 2) m.set(oldForm, newForm);
        }
      }
    }
  }
  return m;
})();

const OLD_TONE_RE = new RegExp(
  // not after q/Q (quý is the same in both styles), and only where the syllable ends (open syllable)
  `(?<![qQ])(?:${[...OLD_TO_NEW.keys()].join('|')})(?![\\p{L}\\p{M}])`,
  'gu',
);

/** Moves tone marks of open oa/oe/uy syllables to the new-style position; length-preserving. */
export function foldToneStyle(s: string): string {
  return s.replace(OLD_TONE_RE, (m) => OLD_TO_NEW.get(m) ?? m);
}

/** The toned vowels that end an old-style pair: where createView looks for one. */
const TONED_SECOND = new Uint8Array(0x10000);
for (const k of OLD_TO_NEW.keys()) TONED_SECOND[k.charCodeAt(1)] = 1;

/** Per BMP unit: 0 unknown, 1 letter or mark, 2 neither. */
const LETTER_OR_MARK = new Uint8Array(0x10000);
const LETTER_OR_MARK_RE = /^[\p{L}\p{M}]/u;

/** Whether the code point at i is a letter or mark, as `(?![\p{L}\p{M}])` sees it. */
function letterOrMarkAt(units: Uint16Array, i: number, len: number): boolean {
  return i < len && letterOrMarkUnits(units[i], i + 1 < len ? units[i + 1] : 0);
}

/** The same for the code point whose first unit is c (and next unit, 0 at the end). */
function letterOrMarkUnits(c: number, next: number): boolean {
  if (c >= 0xd800 && c <= 0xdbff && (next & 0xfc00) === 0xdc00) return LETTER_OR_MARK_RE.test(String.fromCharCode(c, next));
  let k = LETTER_OR_MARK[c];
  if (k === 0) LETTER_OR_MARK[c] = k = LETTER_OR_MARK_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/**
 * foldToneStyle on the view's buffer before it becomes a string (the global replace cost as
 * much as the rest of createView): the same pairs, not after q/Q, where the syllable ends.
 * Matches cannot overlap (a toned vowel is not o/u). True when something changed.
 */
function foldToneStyleUnits(units: Uint16Array, len: number): boolean {
  let changed = false;
  for (let i = 1; i < len; i++) {
    if (TONED_SECOND[units[i]] === 1 && isGlide(units[i - 1]) && foldPairAt(units, i, len)) changed = true;
  }
  return changed;
}

/** The same, at the given toned vowels only (each after o/u; ascending). */
function foldPairs(units: Uint16Array, len: number, at: readonly number[]): boolean {
  let changed = false;
  for (const i of at) if (foldPairAt(units, i, len)) changed = true;
  return changed;
}

const isGlide = (unit: number) => (unit | 0x20) === 0x6f || (unit | 0x20) === 0x75; // o, u

/** Folds the pair that ends with the toned vowel at i (after o/u), if it is one to fold. */
function foldPairAt(units: Uint16Array, i: number, len: number): boolean {
  if (i >= 2 && (units[i - 2] | 0x20) === 0x71) return false; // q
  if (letterOrMarkAt(units, i + 1, len)) return false;
  const to = OLD_TO_NEW.get(String.fromCharCode(units[i - 1], units[i]));
  if (!to) return false;
  units[i - 1] = to.charCodeAt(0);
  units[i] = to.charCodeAt(1);
  return true;
}

/**
 * Canonical form of a name for output fields: NFC, Đ not Ð, new-style tone marks,
 * straight quotes and dashes, single ASCII spaces, trimmed.
 */
export function canonical(s: string): string {
  return isCanonical(s) ? s : createView(s).text.replace(/\s+/g, ' ').trim();
}

/**
 * Already canonical: every unit kept as it is by createView (no space but single ASCII spaces
 * inside, no line break, no unit replaced, no combining mark, no old-style tone pair to fold).
 * Names mostly are; they then need no view.
 */
function isCanonical(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const kept = PLAIN[c] || plainUncached(c);
    if (kept === 2) {
      if (c !== 0x20 || i === 0 || i === n - 1 || s.charCodeAt(i - 1) === 0x20) return false;
      continue;
    }
    if (kept === 3 && i > 0 && isGlide(s.charCodeAt(i - 1))) return false;
    if (i + 1 < n && s.charCodeAt(i + 1) >= 0x300 && isCombining(s.charCodeAt(i + 1))) return false;
  }
  return true;
}
