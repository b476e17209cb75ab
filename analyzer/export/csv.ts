// CSV for spreadsheets: RFC 4180 quoting with CRLF line ends (papaparse), an optional
// UTF-8 BOM so Excel reads Vietnamese as UTF-8, and formula neutralisation.
import Papa from 'papaparse';
import { COLUMN_NAMES } from './columns.ts';

export const BOM = '\uFEFF';
const CRLF = '\r\n';

// A cell starting with one of these is run as a formula by Excel / LibreOffice /
// Sheets (CSV injection, OWASP). A leading apostrophe makes it text. papaparse's own
// escapeFormulae misses cells that contain a line break, so we do it here.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export interface CsvOptions {
  /** Start with a UTF-8 BOM (default true). */
  bom?: boolean;
}

/** Records, each ending in CRLF; no header. For appending to a stream after csvHeader(). */
export function csvRows(rows: readonly (readonly string[])[]): string {
  if (!rows.length) return '';
  return Papa.unparse(rows.map((r) => r.map(neutralise)), { newline: CRLF, quotes: false }) + CRLF;
}

/** The header record (and the BOM unless bom: false): write once, then csvRows(). */
export function csvHeader({ bom = true }: CsvOptions = {}): string {
  return (bom ? BOM : '') + csvRows([COLUMN_NAMES]);
}

/** A whole CSV document: BOM, header, one record per row. */
export function toCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  return csvHeader(options) + csvRows(rows);
}
