/**
 * A CSV reader for import files, fed the decoded text piece by piece: RFC 4180 as spreadsheets write it.
 * Values are separated by one delimiter character; records end at CRLF, LF or a lone CR; a value that
 * starts with a quote runs to the closing quote, may hold delimiters and line breaks, and doubles its
 * own quotes. Records may have any number of values; an empty line is a record of one empty value.
 * Anything else (a quote inside an unquoted value, text after a closing quote, a quote never closed) is
 * an error that says on which line. It reads with indexOf and character codes, and takes values as
 * slices of the text: a million-line file reads several times faster than with a general CSV parser.
 */
import { IMPORT_READ } from '../../../i18n/messages/core-io-import.js';

/** Why the text is not CSV, and on which line of the file (from 1). */
export class CsvError extends Error {
  constructor(
    message: string,
    readonly kind: 'unclosed' | 'syntax',
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Reads records from pieces of a file's text, in order; `end` reads the last one. */
export class CsvReader {
  private readonly delimiter: number;
  /** The start of a record not complete yet at the end of the text so far. */
  private rest = '';
  /** The line on which `rest` starts. */
  private line: number;

  /** `firstLine`: the file's line on which the text starts (2 after a `sep=;` line). */
  constructor(delimiter: string, firstLine = 1) {
    this.line = firstLine;
    // i18n-ignore: a programmer's error (the reader refuses sep=" before it gets here)
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') throw new Error(`a CSV delimiter is one character other than a quote or a line break, not ${JSON.stringify(delimiter)}`);
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** The records that `text`, the next piece of the file, completes. */
  push(text: string): string[][] {
    return this.parse(this.rest ? this.rest + text : text, false);
  }

  /** The last record (the file need not end with a line break). */
  end(): string[][] {
    const rest = this.rest;
    this.rest = '';
    return rest ? this.parse(rest, true) : [];
  }

  private parse(s: string, final: boolean): string[][] {
    const out: string[][] = [];
    const n = s.length;
    const d = this.delimiter;
    const delimiter = String.fromCharCode(d);
    // The next delimiter, LF, CR and quote at or after the place they were last looked for (n: none);
    // each is looked for again (indexOf) only once passed, so a value costs a few native searches.
    let dl = -1;
    let lf = -1;
    let cr = -1;
    let qt = -1;
    const next = (ch: string, from: number) => {
      const i = s.indexOf(ch, from);
      return i === -1 ? n : i;
    };
    // The start of the record being read, and its line.
    let start = 0;
    let line = this.line;
    records: while (start < n) {
      const fields: string[] = [];
      let p = start;
      let l = line;
      for (;;) {
        let end: number;
        if (s.charCodeAt(p) === QUOTE) {
          const opened = l;
          let value = '';
          let j = p + 1;
          for (;;) {
            if (qt < j) qt = next('"', j);
            const k = qt;
            // A quote at the very end of the text may be the first of a doubled pair.
            if (k === n || (k + 1 === n && !final)) {
              if (!final) break records;
              throw new CsvError(IMPORT_READ.csvUnclosed(opened), 'unclosed', opened); // i18n-ignore: the kind is a code
            }
            if (lf < j) lf = next('\n', j);
            if (lf < k) l += lineBreaks(s, lf, k);
            if (s.charCodeAt(k + 1) === QUOTE) {
              value += s.slice(j, k + 1);
              j = k + 2;
              continue;
            }
            value += s.slice(j, k);
            end = k + 1;
            break;
          }
          fields.push(value);
          if (end < n) {
            const c = s.charCodeAt(end);
            if (c !== d && c !== LF && c !== CR) {
              throw new CsvError(IMPORT_READ.csvAfterQuote(l, JSON.stringify(s[end])), 'syntax', l); // i18n-ignore: the kind is a code
            }
          }
        } else {
          if (dl < p) dl = next(delimiter, p);
          if (lf < p) lf = next('\n', p);
          if (cr < p) cr = next('\r', p);
          end = dl < lf ? (dl < cr ? dl : cr) : lf < cr ? lf : cr;
          if (qt < p) qt = next('"', p);
          if (qt < end) throw new CsvError(IMPORT_READ.csvQuoteInside(l), 'syntax', l); // i18n-ignore: the kind is a code
          if (end === n && !final) break records;
          fields.push(s.slice(p, end));
        }
        // After a value: the delimiter, a line break, or the end of the text.
        if (end >= n) {
          if (!final) break records;
          out.push(fields);
          start = n;
          line = l;
          break records;
        }
        const c = s.charCodeAt(end);
        if (c === d) {
          p = end + 1;
          if (p === n && !final) break records;
          continue;
        }
        if (c === CR) {
          if (end + 1 === n && !final) break records;
          start = s.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
        } else start = end + 1;
        out.push(fields);
        line = l + 1;
        continue records;
      }
    }
    this.rest = start < n ? s.slice(start) : '';
    this.line = line;
    return out;
  }
}

/** Line breaks (LF) in s[from, to). */
function lineBreaks(s: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === LF) count++;
  return count;
}
