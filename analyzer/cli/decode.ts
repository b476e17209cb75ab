// Bytes of an input file → the string analyze() sees. Offsets index this string, so
// nothing is normalized or stripped: a BOM stays as U+FEFF (check.py reads the seeds
// the same way), in UTF-8 and in UTF-16 alike.

export class InputError extends Error {}

/**
 * Whether code units (UTF-8 bytes, or UTF-16 units) hold a NUL: what makes an input a
 * 'binary file'. No text holds one, and nearly every binary format does within its first
 * bytes (PNG, gzip, ELF, JPEG, ZIP). Other control characters are text: the form feeds of
 * PDF dumps, the ANSI escapes of terminal dumps, a stray BEL or VT are analyzed like any
 * other character. Binary data without a NUL is almost never valid UTF-8: 'not UTF-8'.
 */
export function hasNul(units: ArrayLike<number>): boolean {
  if (units instanceof Uint8Array) return units.indexOf(0) >= 0;
  for (let i = 0; i < units.length; i++) if (units[i] === 0) return true;
  return false;
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`not ${encoding.toUpperCase()}`);
  }
  // A NUL code unit (U+0000), not a zero byte: every ASCII character has one in UTF-16.
  if (text.includes('\0')) throw new InputError('binary file');
  return text;
}

/**
 * Decode an input: UTF-16 when it starts with a UTF-16 byte-order mark, otherwise
 * strict UTF-8. A NUL anywhere makes it 'binary file'; bytes that do not decode make it
 * 'not UTF-8' ('not UTF-16LE' …); anything else is text, control characters included.
 */
export function decodeInput(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  if (hasNul(bytes)) throw new InputError('binary file');
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
