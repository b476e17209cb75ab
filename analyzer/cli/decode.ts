// Bytes of an input file → the string analyze() sees. Offsets index this string, so
// nothing is normalized or stripped: a BOM stays as U+FEFF (check.py reads the seeds
// the same way), in UTF-8 and in UTF-16 alike.

export class InputError extends Error {}

const SNIFF_BYTES = 8192;
const MAX_CONTROL_SHARE = 0.1;

/** C0 controls and DEL, except the ones text uses: TAB, LF, FF, CR. */
const isControl = (c: number) => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f;

/** NUL, or more than 10% control characters among the first units. */
export function looksBinary(units: ArrayLike<number>): boolean {
  const n = Math.min(units.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    if (units[i] === 0) return true;
    if (isControl(units[i])) controls++;
  }
  return n > 0 && controls / n > MAX_CONTROL_SHARE;
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`not ${encoding.toUpperCase()}`);
  }
  const units = Array.from(text.slice(0, SNIFF_BYTES), (ch) => ch.charCodeAt(0));
  if (looksBinary(units)) throw new InputError('binary file');
  return text;
}

/**
 * Decode an input: UTF-16 when it starts with a UTF-16 byte-order mark, otherwise
 * strict UTF-8. Throws InputError('binary file' | 'not UTF-8' | 'not UTF-16LE' | …).
 */
export function decodeInput(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  if (looksBinary(bytes)) throw new InputError('binary file');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError('not UTF-8');
  }
}

/**
 * decodeInput for a whole input file: a file with nothing but white space (or nothing at
 * all) is refused as 'empty file', like a file that cannot be decoded, so that a run over
 * a folder says which of its files held no article.
 */
export function decodeText(bytes: Uint8Array): string {
  const text = decodeInput(bytes);
  if (!text.trim()) throw new InputError('empty file');
  return text;
}
