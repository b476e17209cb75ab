// Plain-text tables for people (CLI table format, eval report). Widths count
// user-perceived characters (grapheme clusters), so 'Ủy' is two columns whether it
// arrives NFC or NFD; wide (CJK, emoji) characters are not special-cased.

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Display width of a string, one column per character. */
export function width(s: string): number {
  let n = 0;
  for (const _ of graphemes.segment(s)) n++;
  return n;
}

/** One line, at most `max` columns: whitespace runs become one space, overflow ends in '…'. */
export function clip(s: string, max: number): string {
  const line = s.replace(/\s+/g, ' ').trim();
  if (width(line) <= max) return line;
  let out = '';
  let n = 0;
  for (const { segment } of graphemes.segment(line)) {
    if (++n >= max) break;
    out += segment;
  }
  return out + '…';
}

export type Align = 'left' | 'right';

function pad(s: string, w: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return align === 'right' ? fill + s : s + fill;
}

/**
 * Aligned columns separated by two spaces; the first row is the header. Cells must
 * already be one line (use clip). Trailing spaces are trimmed.
 */
export function renderTable(rows: string[][], align: Align[] = []): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  return rows
    .map((row) => row.map((cell, i) => pad(cell, widths[i], align[i] ?? 'left')).join('  ').trimEnd())
    .join('\n');
}
