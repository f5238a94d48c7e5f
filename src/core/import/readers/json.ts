/**
 * JSON (a top-level array of objects, as `tdkt export awards --format json` writes) and NDJSON (one
 * object per line). The header is the keys in the order they first appear; a key first seen on a later
 * record widens it from there.
 */
import type { Readable } from 'node:stream';
import { InvalidError } from '../../errors.js';
import { BATCH, type OpenSourceOptions, type Source, type SourceRow } from './source.js';
import { decodeUtf8 } from './text.js';
import { IMPORT_READ, IMPORT_WHERE } from '../../../i18n/messages/core-io-import.js';

export function jsonSource(input: Readable, opts: OpenSourceOptions, lines: boolean): Source {
  const counter = { bytes: 0 };
  const header: string[] = [];
  const firstSeen: string[] = [];
  const source: Source = {
    header,
    headerSeen: firstSeen,
    headerInRows: false,
    bytesRead: () => counter.bytes,
    rows: (async function* () {
      const index = new Map<string, number>();
      const toRow = (obj: unknown, row: number, where: string): SourceRow => {
        if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
          throw new InvalidError(IMPORT_READ.notObject(opts.name, where));
        }
        const cells: (string | null)[] = new Array(header.length).fill(null);
        for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
          let i = index.get(k);
          if (i === undefined) {
            i = header.length;
            header.push(k);
            firstSeen.push(where);
            index.set(k, i);
          }
          cells[i] = v === null || v === undefined ? null : typeof v === 'object' ? JSON.stringify(v) : String(v);
        }
        return { row, cells };
      };
      const text = decodeUtf8(input, opts.name, counter);
      if (lines) yield* ndjsonRows(text, opts.name, toRow);
      else yield* jsonArrayRows(text, opts.name, toRow);
    })(),
  };
  return source;
}

type ToRow = (obj: unknown, row: number, where: string) => SourceRow;

async function* ndjsonRows(text: AsyncGenerator<string>, name: string, toRow: ToRow): AsyncGenerator<SourceRow[]> {
  let rest = '';
  let line = 0;
  let batch: SourceRow[] = [];
  const take = (l: string) => {
    line++;
    const t = l.trim();
    if (!t) return;
    let obj: unknown;
    try {
      obj = JSON.parse(t);
    } catch (e) {
      throw new InvalidError(IMPORT_READ.ndjsonLine(name, line, (e as Error).message), { hint: IMPORT_READ.ndjsonHint() });
    }
    batch.push(toRow(obj, line, IMPORT_WHERE.line(line)));
  };
  for await (const chunk of { [Symbol.asyncIterator]: () => text }) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    for (const p of parts) take(p);
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (rest) take(rest);
  if (batch.length) yield batch;
}

/**
 * A top-level JSON array of objects, split element by element without holding the whole text: only
 * the element being read is in memory.
 */
async function* jsonArrayRows(text: AsyncGenerator<string>, name: string, toRow: ToRow): AsyncGenerator<SourceRow[]> {
  let state: 'start' | 'between' | 'element' | 'end' = 'start';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let buf = '';
  let n = 0;
  let batch: SourceRow[] = [];
  const bad = (what: string) =>
    new InvalidError(IMPORT_READ.notArray(name, what), { hint: IMPORT_READ.notArrayHint() });
  for await (const chunk of { [Symbol.asyncIterator]: () => text }) {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i];
      if (state === 'element') {
        if (inString) {
          if (escaped) escaped = false;
          else if (ch === '\\') escaped = true;
          else if (ch === '"') inString = false;
          continue;
        }
        if (ch === '"') inString = true;
        else if (ch === '{' || ch === '[') depth++;
        else if (ch === '}' || ch === ']') {
          depth--;
          if (depth === 0) {
            buf += chunk.slice(start, i + 1);
            n++;
            let obj: unknown;
            try {
              obj = JSON.parse(buf);
            } catch (e) {
              throw bad(IMPORT_READ.badElement(n, (e as Error).message));
            }
            batch.push(toRow(obj, n, IMPORT_WHERE.element(n)));
            buf = '';
            state = 'between';
          }
        }
        continue;
      }
      if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') continue;
      if (state === 'start') {
        if (ch !== '[') throw bad(IMPORT_READ.startsWith(ch));
        state = 'between';
      } else if (state === 'between') {
        if (ch === ',') continue;
        if (ch === ']') state = 'end';
        else if (ch === '{') {
          state = 'element';
          depth = 1;
          start = i;
          buf = '';
        } else throw bad(IMPORT_READ.elementStartsWith(n + 1, ch));
      } else if (state === 'end') throw bad(IMPORT_READ.textAfterEnd());
    }
    if (state === 'element') buf += chunk.slice(start);
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (state === 'start' && n === 0) throw new InvalidError(IMPORT_READ.jsonEmpty(name), { hint: IMPORT_READ.jsonEmptyHint() });
  if ((state as string) !== 'end') throw bad(IMPORT_READ.endsEarly(n));
  if (batch.length) yield batch;
}
