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
  return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

function isInvisible(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x00ad;
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;
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

export function createView(source: string): TextView {
  const n = source.length;
  // NFC of a cluster is never more than twice its length; +2 for the final slot.
  const out = new Uint16Array(2 * n + 2);
  const starts = new Int32Array(2 * n + 2);
  const ends = new Int32Array(2 * n + 2);
  let len = 0;
  let lastWasSpace = false;

  let i = 0;
  while (i < n) {
    const c = source.charCodeAt(i);
    // Line breaks: CR LF, CR, LF, LS, PS, NEL all become one '\n'.
    if (isLineBreak(c)) {
      const to = c === 0x0d && source.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      out[len] = 0x0a; starts[len] = i; ends[len++] = to;
      lastWasSpace = false;
      i = to;
      continue;
    }
    if (isSpace(c) || c < 0x20) {
      if (!lastWasSpace) {
        out[len] = 0x20; starts[len] = i; ends[len++] = i + 1;
      }
      else ends[len - 1] = i + 1; // the one space spans the whole run
      lastWasSpace = true;
      i++;
      continue;
    }
    if (isInvisible(c)) {
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
      out[len] = r < 0 ? c : r; starts[len] = i; ends[len++] = j;
    } else {
      const s = source.slice(i, j).normalize('NFC');
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
  const text = foldToneStyle(UTF16.decode(out.subarray(0, len)));
  return { source, text, starts: starts.slice(0, len + 1), ends: ends.slice(0, len + 1) };
}

/** Source range [start, end) of the view's span [a, b). */
export function toSource(view: TextView, a: number, b: number): [number, number] {
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

/**
 * Canonical form of a name for output fields: NFC, Đ not Ð, new-style tone marks,
 * straight quotes and dashes, single ASCII spaces, trimmed.
 */
export function canonical(s: string): string {
  return createView(s).text.replace(/\s+/g, ' ').trim();
}
