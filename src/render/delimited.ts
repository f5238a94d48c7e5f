/**
 * CSV and TSV, one rule for each wherever they are written (stdout, a file, an errors file): RFC 4180
 * through csv-stringify — a value holding the delimiter, a quote or a line break is quoted, its quotes
 * doubled; a line break of any kind is quoted, so nothing splits a record — and text that a spreadsheet
 * would run as a formula (=, +, -, @, tab or CR first) gets a leading apostrophe, which import takes off
 * again. TSV is CSV with tabs: every export imports again as it is.
 */
import { stringify } from 'csv-stringify/sync';

/** Text that a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers. */
export function neutraliseFormula(v: unknown): unknown {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** A value as a cell's text: null is empty, a list is joined with "; ". */
export function plain(v: unknown): string {
  if (v === null || v === undefined) return '';
  // A list in one cell: items may hold commas (text), rarely semicolons.
  if (Array.isArray(v)) return v.join('; ');
  return String(v);
}

const QUOTE_LINE_BREAKS = /[\r\n]/;

/** Records as CSV (`sep` ",") or TSV ("\t") text, each ended by `eol`; values neutralised. */
export function delimitedText(records: unknown[][], sep: ',' | '\t', eol: '\n' | '\r\n' = '\n'): string {
  if (records.length === 0) return '';
  const cells = records.map((r) => r.map((v) => plain(neutraliseFormula(v))));
  return stringify(cells, { delimiter: sep, record_delimiter: eol === '\n' ? 'unix' : 'windows', quoted_match: QUOTE_LINE_BREAKS });
}
