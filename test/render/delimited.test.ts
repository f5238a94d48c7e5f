/** tdkt's CSV/TSV writer gives, byte for byte, the text csv-stringify gave with the options tdkt used. */
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { delimitedText, neutraliseFormula, plain } from '../../src/render/delimited.js';

/** What delimited.ts wrote before: csv-stringify over neutralised plain cells. */
function reference(records: unknown[][], sep: ',' | '\t', eol: '\n' | '\r\n'): string {
  if (records.length === 0) return '';
  const cells = records.map((r) => r.map((v) => plain(neutraliseFormula(v))));
  return stringify(cells, { delimiter: sep, record_delimiter: eol === '\n' ? 'unix' : 'windows', quoted_match: /[\r\n]/ });
}

function mulberry32(a: number): () => number {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['a', 'Nguyễn Văn A', ',', '\t', '"', '""', '\n', '\r', '\r\n', ' ', '=', '+', '-', '@', "'", ';', '1', '-5', 'x y', '\u202e', '＝'];

function value(rand: () => number): unknown {
  const r = rand();
  if (r < 0.08) return null;
  if (r < 0.12) return undefined;
  if (r < 0.2) return Math.round((rand() - 0.5) * 10_000);
  if (r < 0.23) return (rand() - 0.5) * 10;
  if (r < 0.26) return rand() < 0.5;
  if (r < 0.3) return [text(rand), text(rand)];
  if (r < 0.33) return '';
  return text(rand);
}

function text(rand: () => number): string {
  let s = '';
  const n = Math.floor(rand() * 5);
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(rand() * PIECES.length)];
  return s;
}

describe('CSV and TSV', () => {
  it('match csv-stringify on 5,000 generated tables', () => {
    const rand = mulberry32(17);
    for (let t = 0; t < 5000; t++) {
      const cols = 1 + Math.floor(rand() * 5);
      const rows = Math.floor(rand() * 4);
      const records = Array.from({ length: rows }, () => Array.from({ length: cols }, () => value(rand)));
      for (const sep of [',', '\t'] as const) {
        for (const eol of ['\n', '\r\n'] as const) expect(delimitedText(records, sep, eol)).toBe(reference(records, sep, eol));
      }
    }
  });

  it('quote what splits a record, double quotes, neutralise formulas', () => {
    expect(delimitedText([['a,b', 'say "hi"', 'two\nlines', '=1+1', -5, null, '']], ',')).toBe('"a,b","say ""hi""","two\nlines",\'=1+1,-5,,\n');
    expect(delimitedText([['a,b', 'x\ty']], '\t')).toBe('a,b\t"x\ty"\n');
  });
});
