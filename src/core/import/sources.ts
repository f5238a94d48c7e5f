/**
 * Readers of import files: CSV/TSV, XLSX, JSON and NDJSON, each streamed in batches of rows so memory
 * stays bounded whatever the file's size. A reader yields rows of cells (text or null); it knows
 * nothing of columns' meaning. Files that cannot be read as a whole (wrong encoding, cut inside a
 * quoted field, not JSON) throw an InvalidError that says where and how to fix it.
 */
import { Transform, type Readable } from 'node:stream';
import { InvalidError } from '../errors.js';
import { CsvError, CsvReader } from './csv.js';

export const IMPORT_FORMATS = ['csv', 'tsv', 'xlsx', 'json', 'ndjson'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface SourceRow {
  /** Where the row is: the spreadsheet's row number (header = 1), or the record's number in JSON. */
  row: number;
  cells: (string | null)[];
}

export interface Source {
  /** For JSON sources, the header grows as new keys appear. */
  header: string[];
  /** Whether the first row of `rows` is the header (CSV, XLSX) or the header is given (JSON). */
  headerInRows: boolean;
  rows: AsyncIterable<SourceRow[]>;
  /** Bytes of the input consumed so far (for progress). */
  bytesRead(): number;
}

export interface OpenSourceOptions {
  format: ImportFormat;
  /** The name shown in messages. */
  name: string;
  /** XLSX: the sheet to read (default: the first). */
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

export function openSource(input: Readable, opts: OpenSourceOptions): Source {
  switch (opts.format) {
    case 'csv':
    case 'tsv':
      return delimitedSource(input, opts);
    case 'xlsx':
      return xlsxSource(input, opts);
    case 'json':
      return jsonSource(input, opts, false);
    case 'ndjson':
      return jsonSource(input, opts, true);
  }
}

/**
 * A CSV/TSV file read in a worker thread running `script` (parse-worker.ts, built): decoding and parsing
 * then run on another core while this thread checks and writes the rows. The same rows, row numbers and
 * errors as openSource; the worker parses a few batches ahead at most. Ending the iteration early (an
 * error on this side) stops the worker.
 */
export function workerSource(path: string, opts: OpenSourceOptions, script: string): Source {
  const counter = { bytes: 0 };
  return { header: [], headerInRows: true, bytesRead: () => counter.bytes, rows: workerRows(path, opts, script, counter) };
}

type WorkerMessage =
  | { t: 'rows'; first: number; json: string; bytes: number }
  | { t: 'end'; bytes: number }
  | { t: 'error'; error: { code?: string; message: string; hint?: string; issues?: { where?: string; message: string }[]; stack?: string } };

async function* workerRows(path: string, opts: OpenSourceOptions, script: string, counter: { bytes: number }): AsyncGenerator<SourceRow[]> {
  const { Worker } = await import('node:worker_threads');
  // A small young generation: the worker's garbage is short-lived, and its heap adds to the import's memory.
  const worker = new Worker(script, { workerData: { path, opts }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
  worker.unref();
  const queue: WorkerMessage[] = [];
  let failure: Error | undefined;
  let exited = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  worker.on('message', (m: WorkerMessage) => {
    queue.push(m);
    notify();
  });
  worker.on('error', (e: Error) => {
    failure = e;
    notify();
  });
  worker.on('exit', () => {
    exited = true;
    notify();
  });
  try {
    for (;;) {
      const m = queue.shift();
      if (!m) {
        if (failure) throw failure;
        if (exited) throw new Error(`the worker reading ${opts.name} stopped before the end of the file`);
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if (m.t === 'rows') {
        worker.postMessage({ t: 'ack' });
        counter.bytes = m.bytes;
        const cells = JSON.parse(m.json) as string[][];
        const rows: SourceRow[] = new Array(cells.length);
        for (let i = 0; i < cells.length; i++) rows[i] = { row: m.first + i, cells: cells[i] };
        yield rows;
      } else if (m.t === 'end') {
        counter.bytes = m.bytes;
        return;
      } else {
        const e = m.error;
        if (e.code === 'invalid') throw new InvalidError(e.message, { hint: e.hint, issues: e.issues });
        const err = new Error(e.message);
        if (e.stack) err.stack = e.stack;
        throw err;
      }
    }
  } finally {
    void worker.terminate();
  }
}

/** The parsing worker's young generation, in MB. */
const WORKER_YOUNG_MB = 4;
const BATCH = 512;
/** Characters of CSV text given to the reader at a time (larger pieces read faster; a piece's records are yielded together). */
const FEED_SLICE = 256 * 1024;

/**
 * Decodes UTF-8 strictly, chunk by chunk: a file in another encoding (Windows-1258, TCVN3, UTF-16) is
 * refused with the place of the first bad byte, instead of reaching the registry as mojibake.
 */
async function* decodeUtf8(input: Readable, name: string, counter: { bytes: number }): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  let line = 1;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (first && buf.length > 0) {
      first = false;
      if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
        throw encodingError(name, 'is UTF-16 (Excel\'s "Unicode Text")');
      }
      if (buf.subarray(0, 4096).includes(0)) throw encodingError(name, 'contains NUL bytes (UTF-16 without a byte order mark, or not a text file)');
      if (buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04) {
        throw new InvalidError(`${name} is a zip file (an XLSX workbook?), not CSV text`, { hint: 'Name it .xlsx, or pass --format xlsx.' });
      }
    }
    let text: string;
    try {
      text = decoder.decode(buf, { stream: true });
    } catch {
      const at = firstBadByte(buf);
      const lineOf = line + countNewlines(buf.subarray(0, at));
      throw encodingError(name, `is not UTF-8: byte 0x${buf[at]?.toString(16).toUpperCase().padStart(2, '0')} at offset ${counter.bytes + at} (line ${lineOf}) is not valid UTF-8 — probably Windows-1258, TCVN3 or VNI`);
    }
    line += countNewlines(buf);
    counter.bytes += buf.length;
    if (text) yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    throw encodingError(name, 'ends in the middle of a UTF-8 character (the file looks truncated)');
  }
}

function encodingError(name: string, what: string): InvalidError {
  return new InvalidError(`${name} ${what}; nothing was imported`, {
    hint: 'Save the file as UTF-8: in Excel, File → Save As → "CSV UTF-8 (Comma delimited)"; or convert it with iconv -f CP1258 -t UTF-8.',
  });
}

function countNewlines(buf: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

/** The offset of the first byte that breaks UTF-8 in `buf` (a sequence cut at the end is not broken). */
function firstBadByte(buf: Buffer): number {
  for (let i = 0; i < buf.length; ) {
    const b = buf[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      if (i + k >= buf.length) return i;
      if ((buf[i + k] & 0xc0) !== 0x80) return i;
    }
    i += len;
  }
  return 0;
}

/** The delimiter a header line uses: the most frequent of tab, semicolon and comma outside quotes. */
export function sniffDelimiter(line: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  let best = ',';
  for (const d of ['\t', ';']) if (counts[d] > counts[best]) best = d;
  return best;
}

function delimitedSource(input: Readable, opts: OpenSourceOptions): Source {
  const counter = { bytes: 0 };
  return {
    header: [],
    headerInRows: true,
    bytesRead: () => counter.bytes,
    rows: delimitedRows(input, opts, counter),
  };
}

async function* delimitedRows(input: Readable, opts: OpenSourceOptions, counter: { bytes: number }): AsyncGenerator<SourceRow[]> {
  const text = decodeUtf8(input, opts.name, counter);
  // Peek at the first line to choose the delimiter; Excel in a Vietnamese locale writes semicolons,
  // and may start the file with a "sep=;" line.
  let head = '';
  let done = false;
  while (!head.includes('\n')) {
    const next = await text.next();
    if (next.done) {
      done = true;
      break;
    }
    head += next.value;
  }
  let rowOffset = 0;
  const firstLine = head.split('\n', 1)[0].replace(/\r$/, '');
  let delimiter = opts.format === 'tsv' ? '\t' : sniffDelimiter(firstLine);
  const sep = /^"?sep=(.)"?$/i.exec(firstLine);
  if (sep) {
    delimiter = sep[1];
    head = head.slice(firstLine.length + 1).replace(/^\n/, '');
    rowOffset = 1;
  }
  if (delimiter === '"') throw new InvalidError(`${opts.name} names a quote as its delimiter (sep=")`, { hint: 'Write the delimiter after sep=, e.g. sep=; or sep=, on the first line, or leave that line out.' });
  const reader = new CsvReader(delimiter);
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
      throw new InvalidError(`${opts.name} ends inside a quoted field opened after row ${row} (line ${e.line}): the file looks truncated; nothing was imported`, {
        hint: 'Export the file again from the spreadsheet, or close the quote (") of the last field.',
      });
    }
    throw new InvalidError(`${opts.name} is not valid CSV after row ${row}: ${e.message}; nothing was imported`, {
      hint: 'A field containing the delimiter, a quote or a line break must be quoted ("…", with quotes doubled inside).',
    });
  }
}

// ---------------------------------------------------------------------------------------------- XLSX

function xlsxSource(input: Readable, opts: OpenSourceOptions): Source {
  const counter = { bytes: 0 };
  // Counted on the way through; a 'data' listener on the input itself would start it flowing early.
  const counted = input.pipe(
    new Transform({
      transform(chunk: Buffer, _enc, cb) {
        counter.bytes += chunk.length;
        cb(null, chunk);
      },
    }),
  );
  input.on('error', (e) => counted.destroy(e));
  return { header: [], headerInRows: true, bytesRead: () => counter.bytes, rows: xlsxRows(counted, opts) };
}

/** A cell as text: dates as ISO dates, numbers as written, rich text and formula results flattened. */
export function cellText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return null;
    return v.toISOString().slice(0, 10);
  }
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string; formula?: string };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if ('result' in o || 'formula' in o) return cellText(o.result);
    if (o.text !== undefined) return cellText(o.text);
    if (o.error) return o.error;
  }
  return String(v);
}

async function* xlsxRows(input: Readable, opts: OpenSourceOptions): AsyncGenerator<SourceRow[]> {
  const ExcelJS = (await import('exceljs')).default;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const seen: string[] = [];
  let found = false;
  try {
    for await (const ws of reader as AsyncIterable<AsyncIterable<{ number: number; values: unknown[] }> & { name: string }>) {
      const model = (reader as unknown as { model?: { sheets?: { name: string }[] } }).model;
      const first = model?.sheets?.[0]?.name;
      seen.push(ws.name);
      const wanted = opts.sheet ? ws.name.trim().toLowerCase() === opts.sheet.trim().toLowerCase() : !first || ws.name === first;
      if (!wanted || found) continue;
      found = true;
      let batch: SourceRow[] = [];
      for await (const r of ws) {
        const values = r.values as unknown[];
        const cells: (string | null)[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        batch.push({ row: r.number, cells });
        if (batch.length >= BATCH) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length) yield batch;
    }
  } catch (e) {
    if (e instanceof InvalidError) throw e;
    throw new InvalidError(`${opts.name} cannot be read as an XLSX workbook: ${(e as Error).message}; nothing was imported`, {
      hint: 'Save it again from the spreadsheet program as "Excel Workbook (.xlsx)", or pass --format if the extension is wrong.',
    });
  }
  if (!found) {
    throw new InvalidError(
      opts.sheet ? `${opts.name} has no sheet named «${opts.sheet}»` : `${opts.name} has no worksheet`,
      { hint: seen.length ? `Its sheets: ${seen.map((s) => `«${s}»`).join(', ')}.` : 'Check that the file is an XLSX workbook.' },
    );
  }
}

// ------------------------------------------------------------------------------------- JSON, NDJSON

function jsonSource(input: Readable, opts: OpenSourceOptions, lines: boolean): Source {
  const counter = { bytes: 0 };
  const header: string[] = [];
  const source: Source = {
    header,
    headerInRows: false,
    bytesRead: () => counter.bytes,
    rows: (async function* () {
      const index = new Map<string, number>();
      const toRow = (obj: unknown, row: number, where: string): SourceRow => {
        if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
          throw new InvalidError(`${opts.name}, ${where}: expected an object with one field per column, e.g. {"decision_number": "05/QĐ-UBND", …}; nothing was imported`);
        }
        const cells: (string | null)[] = new Array(header.length).fill(null);
        for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
          let i = index.get(k);
          if (i === undefined) {
            i = header.length;
            header.push(k);
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
      throw new InvalidError(`${name}, line ${line} is not JSON (${(e as Error).message}); nothing was imported`, {
        hint: 'NDJSON has one JSON object per line; a cut last line means the file is truncated.',
      });
    }
    batch.push(toRow(obj, line, `line ${line}`));
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
    new InvalidError(`${name} is not a JSON array of objects: ${what}; nothing was imported`, {
      hint: 'Expected [{"decision_number": "05/QĐ-UBND", …}, …] as tdkt export awards --format json writes; use .ndjson for one object per line.',
    });
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
              throw bad(`element ${n}: ${(e as Error).message}`);
            }
            batch.push(toRow(obj, n, `element ${n}`));
            buf = '';
            state = 'between';
          }
        }
        continue;
      }
      if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') continue;
      if (state === 'start') {
        if (ch !== '[') throw bad(`it starts with «${ch}»`);
        state = 'between';
      } else if (state === 'between') {
        if (ch === ',') continue;
        if (ch === ']') state = 'end';
        else if (ch === '{') {
          state = 'element';
          depth = 1;
          start = i;
          buf = '';
        } else throw bad(`element ${n + 1} starts with «${ch}»`);
      } else if (state === 'end') throw bad('text after the closing ]');
    }
    if (state === 'element') buf += chunk.slice(start);
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (state === 'start' && n === 0) throw new InvalidError(`${name} is empty; nothing was imported`, { hint: 'Expected a JSON array of award lines.' });
  if ((state as string) !== 'end') throw bad(`it ends before the closing ] after element ${n} (the file looks truncated)`);
  if (batch.length) yield batch;
}
