/**
 * The CSV reader against csv-parse (the reference, with the options import used it with) on generated
 * files fed in pieces of every size, and its refusals with their lines.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvError, CsvReader } from '../../src/core/import/readers/csv.js';

function readAll(text: string, delimiter: string, piece: number): string[][] {
  const r = new CsvReader(delimiter);
  const out: string[][] = [];
  for (let i = 0; i < text.length; i += piece) out.push(...r.push(text.slice(i, i + piece)));
  out.push(...r.end());
  return out;
}

const reference = (text: string, delimiter: string) => parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: false, cast: false }) as string[][];

function generated(seed: number, delimiter: string): string {
  let a = seed;
  const rand = () => ((a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const pieces = ['Nguyễn Văn An', '', ' ', 'a', '12/QĐ-UBND', `x${delimiter}y`, 'say "hi"', 'two\nlines', 'cr\r\nlf', '""', '"', 'Đ', ' padded '];
  const eol = pick(['\n', '\r\n', '\r']);
  let text = '';
  const records = 1 + Math.floor(rand() * 12);
  for (let r = 0; r < records; r++) {
    const n = Math.floor(rand() * 5);
    const cells: string[] = [];
    for (let c = 0; c < n; c++) {
      const v = pick(pieces);
      const mustQuote = /["\r\n]/.test(v) || v.includes(delimiter);
      cells.push(mustQuote || rand() < 0.2 ? `"${v.replace(/"/g, '""')}"` : v);
    }
    text += cells.join(delimiter);
    if (r < records - 1 || rand() < 0.7) text += eol;
  }
  return text;
}

describe('CsvReader', () => {
  it('reads what csv-parse reads, fed in pieces of any size', () => {
    let compared = 0;
    for (let seed = 1; seed <= 400; seed++) {
      for (const delimiter of [',', ';', '\t']) {
        const text = generated(seed, delimiter);
        const expected = reference(text, delimiter);
        for (const piece of [1, 2, 3, 7, 64, 100000]) {
          expect(readAll(text, delimiter, piece), `seed ${seed}, ${JSON.stringify(delimiter)}, pieces of ${piece}: ${JSON.stringify(text)}`).toEqual(expected);
          compared++;
        }
      }
    }
    expect(compared).toBe(7200);
  });

  it('reads empty lines as one empty value, and a last line without a line break', () => {
    expect(readAll('a;b\r\n\r\nc;"d\r\ne";\r\nf', ';', 3)).toEqual([['a', 'b'], [''], ['c', 'd\r\ne', ''], ['f']]);
    expect(readAll('', ',', 1)).toEqual([]);
  });

  const refusal = (text: string) => {
    try {
      readAll(text, ',', 4);
    } catch (e) {
      return e instanceof CsvError ? [e.kind, e.line, e.message] : e;
    }
    return 'read';
  };

  it('refuses a quoted value never closed, with the line it opened on', () => {
    expect(refusal('a,b\nc,"d\ne\nf')).toEqual(['unclosed', 2, 'a quoted value opened on line 2 is never closed']);
  });

  it('refuses text after a closing quote, and a quote inside an unquoted value, with their lines', () => {
    expect(refusal('a,b\n"c\nd"x,e\n')).toEqual(['syntax', 3, 'the quoted value closed on line 3 is followed by "x", where the delimiter or the end of the line was expected']);
    expect(refusal('a,b\r\nc,d"e\r\n')).toEqual(['syntax', 2, 'a quote (") inside a value that does not start with one, on line 2']);
  });
});
