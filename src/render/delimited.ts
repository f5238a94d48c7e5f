/**
 * CSV and TSV, one rule for each wherever they are written (stdout, a file, an errors file): RFC 4180 —
 * a value holding the delimiter, a quote or a line break is quoted, its quotes doubled; a line break of
 * any kind is quoted, so nothing splits a record — and text that a spreadsheet would run as a formula
 * (=, +, -, @, tab or CR first) gets a leading apostrophe, which import takes off again. TSV is CSV with
 * tabs: every export imports again as it is. (The same text csv-stringify writes with these options;
 * test/render/delimited.test.ts holds the two together. Written here so that a record is written from
 * its values with no array of strings between: a quarter faster on an export's rows.)
 */

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

const NEEDS_QUOTES = { ',': /[",\r\n]/, '\t': /["\t\r\n]/ } as const;
const FORMULA_START = /^[=+\-@\t\r]/;
/** Either of the two above: most cells need neither, and are told so by one test. */
const SPECIAL = { ',': /^[=+\-@\t\r]|[",\r\n]/, '\t': /^[=+\-@\t\r]|["\t\r\n]/ } as const;

/** One cell of a record: neutralised, quoted when it must be. */
export function delimitedCell(v: unknown, sep: ',' | '\t'): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  let s: string;
  if (typeof v === 'string') {
    if (!SPECIAL[sep].test(v)) return v;
    s = FORMULA_START.test(v) ? `'${v}` : v;
  } else s = plain(v);
  if (s === '') return s;
  if (NEEDS_QUOTES[sep].test(s)) return `"${s.includes('"') ? s.replace(/"/g, '""') : s}"`;
  return s;
}

/** One record as CSV (`sep` ",") or TSV ("\t") text, ended by `eol`; values neutralised. */
export function delimitedLine(record: readonly unknown[], sep: ',' | '\t', eol: '\n' | '\r\n' = '\n'): string {
  let line = '';
  for (let i = 0; i < record.length; i++) line += (i ? sep : '') + delimitedCell(record[i], sep);
  return line + eol;
}

/** Records as CSV (`sep` ",") or TSV ("\t") text, each ended by `eol`; values neutralised. */
export function delimitedText(records: unknown[][], sep: ',' | '\t', eol: '\n' | '\r\n' = '\n'): string {
  let out = '';
  for (const r of records) out += delimitedLine(r, sep, eol);
  return out;
}
