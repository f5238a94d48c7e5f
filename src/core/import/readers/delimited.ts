/**
 * CSV and TSV files, as spreadsheets write them: UTF-8 (with or without a byte order mark), comma,
 * semicolon (Excel in a Vietnamese locale) or tab, an optional first line `sep=;`. The delimiter is the
 * one the header line uses: the line, among the first ones, that the candidate splits into the most
 * values — a title above the header ("DANH SÁCH …, kèm theo …") does not decide it.
 */
import type { Readable } from 'node:stream';
import { InvalidError } from '../../errors.js';
import { CsvError, CsvReader } from './csv.js';
import type { OpenSourceOptions, Source, SourceRow } from './source.js';
import { decodeUtf8 } from './text.js';
import { IMPORT_READ } from '../../../i18n/messages/core-io-import.js';

/** Characters of CSV text given to the reader at a time (larger pieces read faster; a piece's records are yielded together). */
const FEED_SLICE = 256 * 1024;
/** Lines looked at to find the delimiter (the header is found within the first 30 rows). */
const SNIFF_LINES = 30;
const SNIFF_CHARS = 256 * 1024;
const CANDIDATES = [',', ';', '\t'];

function countOutsideQuotes(line: string): Record<string, number> {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  return counts;
}

/** The delimiter of a header line: the most frequent of tab, semicolon and comma outside quotes (comma on a tie). */
export function sniffDelimiter(line: string): string {
  return sniffLines([line]);
}

/** The delimiter that splits one of `lines` into the most values (a wide header beats a title). */
export function sniffLines(lines: string[]): string {
  let best = ',';
  let most = 0;
  for (const line of lines) {
    const counts = countOutsideQuotes(line);
    for (const d of CANDIDATES) {
      if (counts[d] > most) {
        best = d;
        most = counts[d];
      }
    }
  }
  return best;
}

export function delimitedSource(input: Readable, opts: OpenSourceOptions): Source {
  const counter = { bytes: 0 };
  return { header: [], headerInRows: true, bytesRead: () => counter.bytes, rows: delimitedRows(input, opts, counter) };
}

async function* delimitedRows(input: Readable, opts: OpenSourceOptions, counter: { bytes: number }): AsyncGenerator<SourceRow[]> {
  const text = decodeUtf8(input, opts.name, counter);
  // Read ahead enough lines to find the header's delimiter.
  let head = '';
  let done = false;
  const lineCount = () => head.split('\n', SNIFF_LINES + 1).length - 1;
  while (lineCount() < SNIFF_LINES && head.length < SNIFF_CHARS) {
    const next = await text.next();
    if (next.done) {
      done = true;
      break;
    }
    head += next.value;
  }
  let rowOffset = 0;
  const firstLine = head.split('\n', 1)[0].replace(/\r$/, '');
  const sep = /^"?sep=(.)"?$/i.exec(firstLine);
  let delimiter: string;
  if (sep) {
    delimiter = sep[1];
    head = head.slice(firstLine.length + 1).replace(/^\n/, '');
    rowOffset = 1;
  } else {
    const lines = head.split('\n', SNIFF_LINES);
    // The last line may be cut; a lone line is the header.
    if (!done && lines.length > 1) lines.pop();
    delimiter = opts.format === 'tsv' ? '\t' : sniffLines(lines);
  }
  if (delimiter === '"') throw new InvalidError(IMPORT_READ.sepQuote(opts.name), { hint: IMPORT_READ.sepQuoteHint() });
  const reader = new CsvReader(delimiter, rowOffset + 1);
  let row = rowOffset;
  const rows = (records: string[][]): SourceRow[] => {
    const out: SourceRow[] = new Array(records.length);
    for (let i = 0; i < records.length; i++) out[i] = { row: ++row, cells: records[i] };
    return out;
  };
  try {
    if (head) yield rows(reader.push(head));
    if (!done) {
      for await (const chunk of { [Symbol.asyncIterator]: () => text }) {
        // In slices: the records of a slice are checked and let go before the next is read.
        for (let i = 0; i < chunk.length; i += FEED_SLICE) {
          const records = reader.push(chunk.length <= FEED_SLICE ? chunk : chunk.slice(i, i + FEED_SLICE));
          if (records.length) yield rows(records);
        }
      }
    }
    const last = reader.end();
    if (last.length) yield rows(last);
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    if (e.kind === 'unclosed') {
      throw new InvalidError(IMPORT_READ.csvTruncated(opts.name, e.line), { hint: IMPORT_READ.csvTruncatedHint() });
    }
    throw new InvalidError(IMPORT_READ.notCsv(opts.name, e.message), { hint: IMPORT_READ.notCsvHint() });
  }
}
