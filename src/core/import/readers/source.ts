/**
 * What every reader of import files gives: rows of cells (text or null), streamed in batches so memory
 * stays bounded whatever the file's size. A reader knows nothing of columns' meaning. Files that cannot
 * be read as a whole (wrong encoding, cut inside a quoted field, not JSON, not a workbook) throw an
 * InvalidError that says where and how to fix it.
 */
import type { Readable } from 'node:stream';

export const IMPORT_FORMATS = ['csv', 'tsv', 'xlsx', 'json', 'ndjson'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Rows handed on at a time. */
export const BATCH = 512;

export interface SourceRow {
  /** Where the row is: the spreadsheet's row number (header = 1), or the record's number in JSON. */
  row: number;
  cells: (string | null)[];
  /** A spreadsheet row hidden (by a filter, or by hand). */
  hidden?: boolean;
  /** Cells that hold no value: an error (#N/A) or a formula never computed; the column is 0-based. */
  errors?: { column: number; message: string }[];
}

export interface Source {
  /** For JSON sources, the header grows as new keys appear. */
  header: string[];
  /** JSON: where each key of the header first appeared ("line 4", "element 2"). */
  headerSeen?: string[];
  /** Whether the first row of `rows` is the header (CSV, XLSX) or the header is given (JSON). */
  headerInRows: boolean;
  rows: AsyncIterable<SourceRow[]>;
  /** Bytes of the input consumed so far (for progress). */
  bytesRead(): number;
  /** What the reader passed over and the user should know (a hidden sheet), filled as it reads. */
  notices?: string[];
}

export interface OpenSourceOptions {
  format: ImportFormat;
  /** The name shown in messages. */
  name: string;
  /** The file's path, when it is a file (an XLSX workbook is read from its directory at the end). */
  path?: string;
  /** XLSX: the sheet to read (default: the first that is not hidden). */
  sheet?: string;
}

/** The format a file name implies, if any. */
export function formatFromName(name: string): ImportFormat | undefined {
  const m = /\.([a-z0-9]+)$/i.exec(name);
  const ext = m?.[1].toLowerCase();
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext === 'tsv' || ext === 'tab') return 'tsv';
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'json') return 'json';
  if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
  return undefined;
}

export async function openSource(input: Readable, opts: OpenSourceOptions): Promise<Source> {
  switch (opts.format) {
    case 'csv':
    case 'tsv':
      return (await import('./delimited.js')).delimitedSource(input, opts);
    case 'xlsx':
      return (await import('./xlsx.js')).xlsxSource(input, opts);
    case 'json':
    case 'ndjson':
      return (await import('./json.js')).jsonSource(input, opts, opts.format === 'ndjson');
  }
}
