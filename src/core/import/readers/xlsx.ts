/**
 * XLSX workbooks, read from the sheet's XML: whatever program wrote them (Excel, LibreOffice, Google
 * Sheets, WPS, openpyxl and pandas), whatever order it stored the package's parts in and however it
 * wrote their paths (relative, or absolute `/xl/…`). The ZIP's directory gives each part; the sheet is
 * streamed through a SAX parser, so memory holds the shared strings and one batch of rows.
 *
 * What a cell holds comes out as text: dates (in the 1900 or the 1904 date system, told by the
 * workbook) as ISO dates, numbers as written, rich text flattened. An error value (#N/A, #REF!, …) or a
 * formula whose result was never saved is not a value: the row carries it as a problem of that column.
 * Rows hidden by a filter are marked, and sheets that are hidden are named in a notice.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InvalidError } from '../../errors.js';
import { BATCH, type OpenSourceOptions, type Source, type SourceRow } from './source.js';
import { ZipFile, type ZipEntry } from './zip.js';
import { IMPORT_READ } from '../../../i18n/messages/core-io-import.js';

interface SheetInfo {
  name: string;
  state: string;
  part: string;
}

interface WorkbookInfo {
  date1904: boolean;
  sheets: SheetInfo[];
  sharedStrings?: string;
  styles?: string;
}

export function xlsxSource(input: Readable, opts: OpenSourceOptions): Source {
  const progress = { bytes: 0 };
  const notices: string[] = [];
  return { header: [], headerInRows: true, notices, bytesRead: () => progress.bytes, rows: xlsxRows(input, opts, progress, notices) };
}

async function* xlsxRows(input: Readable, opts: OpenSourceOptions, progress: { bytes: number }, notices: string[]): AsyncGenerator<SourceRow[]> {
  // The directory is at the end of a ZIP file: stdin is first copied to a temporary file.
  let spooled: string | undefined;
  let path = opts.path;
  if (!path) {
    spooled = await mkdtemp(join(tmpdir(), 'tdkt-import-'));
    path = join(spooled, 'stdin.xlsx');
    await pipeline(input, createWriteStream(path));
  } else input.destroy();
  try {
    let zip: ZipFile;
    let book: WorkbookInfo;
    try {
      zip = await ZipFile.open(path);
      book = await readWorkbook(zip);
    } catch (e) {
      throw unreadable(opts.name, e);
    }
    const sheet = chooseSheet(book, opts, notices);
    const entry = zip.entry(sheet.part);
    if (!entry) throw unreadable(opts.name, new Error(IMPORT_READ.sheetNotStored(sheet.name, sheet.part)));
    const strings = book.sharedStrings && zip.entry(book.sharedStrings) ? await readSharedStrings(zip, zip.entry(book.sharedStrings)!) : [];
    const dateStyles = book.styles && zip.entry(book.styles) ? dateStyleIndexes(await zip.text(zip.entry(book.styles)!)) : new Set<number>();
    yield* readSheet(zip, entry, { strings, dateStyles, date1904: book.date1904, name: opts.name }, progress);
  } finally {
    if (spooled) await rm(spooled, { recursive: true, force: true });
  }
}

function unreadable(name: string, e: unknown): InvalidError {
  if (e instanceof InvalidError) return e;
  return new InvalidError(IMPORT_READ.xlsxUnreadable(name, (e as Error).message), { hint: IMPORT_READ.xlsxUnreadableHint() });
}

function chooseSheet(book: WorkbookInfo, opts: OpenSourceOptions, notices: string[]): SheetInfo {
  const hidden = book.sheets.filter((s) => s.state !== 'visible');
  if (opts.sheet) {
    const want = opts.sheet.trim().toLowerCase();
    const s = book.sheets.find((x) => x.name.trim().toLowerCase() === want);
    if (!s) {
      throw new InvalidError(IMPORT_READ.noSheetNamed(opts.name, opts.sheet), {
        hint: book.sheets.length ? IMPORT_READ.itsSheets(book.sheets.map((x) => `«${x.name}»${x.state !== 'visible' ? IMPORT_READ.hidden() : ''}`).join(', ')) : IMPORT_READ.checkXlsx(),
      });
    }
    return s;
  }
  const first = book.sheets.find((s) => s.state === 'visible');
  if (!first) {
    throw new InvalidError(IMPORT_READ.noWorksheet(opts.name, hidden.length > 0), {
      hint: hidden.length ? IMPORT_READ.nameSheet(hidden.map((x) => `«${x.name}»`).join(', ')) : IMPORT_READ.checkXlsx(),
    });
  }
  const skipped = hidden.filter((s) => book.sheets.indexOf(s) < book.sheets.indexOf(first));
  for (const s of skipped) notices.push(IMPORT_READ.sheetHidden(opts.name, s.name));
  return first;
}

// ------------------------------------------------------------------------------------- the package

/** Attributes by local name (`r:id` → `id` as well): writers differ in their prefixes. */
function attrs(tag: SaxesTagPlain): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tag.attributes)) {
    out[k] = v as string;
    const i = k.indexOf(':');
    if (i !== -1 && !(k.slice(i + 1) in out)) out[k.slice(i + 1)] = v as string;
  }
  return out;
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Every element of a small XML part, in order: its local name and attributes. */
function elements(xml: string): { name: string; a: Record<string, string> }[] {
  const out: { name: string; a: Record<string, string> }[] = [];
  const p = new SaxesParser();
  p.on('opentag', (t) => out.push({ name: local(t.name), a: attrs(t) }));
  p.write(xml).close();
  return out;
}

/** A relationship's target as a part name: relative to the part's folder, or absolute (`/xl/…`). */
function resolveTarget(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return posix.normalize(posix.join(posix.dirname(from), target));
}

async function relationships(zip: ZipFile, part: string): Promise<{ id: string; type: string; target: string }[]> {
  const rels = zip.entry(posix.join(posix.dirname(part), '_rels', posix.basename(part) + '.rels'));
  if (!rels) return [];
  return elements(await zip.text(rels))
    .filter((e) => e.name === 'Relationship' && e.a.TargetMode !== 'External')
    .map((e) => ({ id: e.a.Id, type: e.a.Type ?? '', target: resolveTarget(part, e.a.Target ?? '') }));
}

async function readWorkbook(zip: ZipFile): Promise<WorkbookInfo> {
  const root = await relationships(zip, '');
  const main = root.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const wb = zip.entry(main);
  if (!wb) throw new Error(zip.entry('word/document.xml') ? IMPORT_READ.wordDocument() : IMPORT_READ.noWorkbookPart());
  const rels = await relationships(zip, wb.name);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const info: WorkbookInfo = {
    date1904: false,
    sheets: [],
    sharedStrings: rels.find((r) => r.type.endsWith('/sharedStrings'))?.target,
    styles: rels.find((r) => r.type.endsWith('/styles'))?.target,
  };
  for (const e of elements(await zip.text(wb))) {
    if (e.name === 'workbookPr') info.date1904 = e.a.date1904 === '1' || e.a.date1904 === 'true';
    else if (e.name === 'sheet') {
      const rel = byId.get(e.a.id);
      // Chart sheets and dialog sheets have no cells.
      if (rel && !rel.type.endsWith('/worksheet')) continue;
      info.sheets.push({ name: e.a.name ?? '', state: e.a.state ?? 'visible', part: rel?.target ?? `xl/worksheets/sheet${info.sheets.length + 1}.xml` });
    }
  }
  return info;
}

/** OOXML writes characters XML cannot hold as _xHHHH_. */
function unescapeOoxml(s: string): string {
  return s.indexOf('_x') === -1 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

async function readSharedStrings(zip: ZipFile, entry: ZipEntry): Promise<string[]> {
  const out: string[] = [];
  const p = new SaxesParser();
  let current = '';
  let inT = false;
  let phonetic = 0;
  p.on('opentag', (t) => {
    const n = local(t.name);
    if (n === 'si') current = '';
    else if (n === 't' && !phonetic) inT = true;
    else if (n === 'rPh') phonetic++;
  });
  p.on('closetag', (t) => {
    const n = local(t.name);
    if (n === 'si') out.push(unescapeOoxml(current));
    else if (n === 't') inT = false;
    else if (n === 'rPh') phonetic--;
  });
  p.on('text', (s) => {
    if (inT) current += s;
  });
  p.on('cdata', (s) => {
    if (inT) current += s;
  });
  const decoder = new StringDecoder('utf8');
  for await (const chunk of await zip.stream(entry)) p.write(decoder.write(chunk as Buffer));
  p.write(decoder.end()).close();
  return out;
}

/** Built-in number formats that show a date (ids of Excel's table, the East Asian ones included). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A custom format shows a date when, outside quotes, escapes and [colour] sections, it has d, m or y. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '').split(';')[0];
  return /[dmy]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** The indexes of the cell styles (cellXfs) that show a date. */
function dateStyleIndexes(xml: string): Set<number> {
  const custom = new Map<number, string>();
  const out = new Set<number>();
  let inXfs = false;
  let index = 0;
  const p = new SaxesParser();
  p.on('opentag', (t) => {
    const n = local(t.name);
    const a = attrs(t);
    if (n === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
    else if (n === 'cellXfs') inXfs = true;
    else if (n === 'xf' && inXfs) {
      const id = Number(a.numFmtId ?? 0);
      const code = custom.get(id);
      if (code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id)) out.add(index);
      index++;
    }
  });
  p.on('closetag', (t) => {
    if (local(t.name) === 'cellXfs') inXfs = false;
  });
  p.write(xml).close();
  return out;
}

// ----------------------------------------------------------------------------------------- a sheet

interface SheetContext {
  strings: string[];
  dateStyles: Set<number>;
  date1904: boolean;
  name: string;
}

const DAY_MS = 86_400_000;

/** A date serial as an ISO date, in the workbook's date system (the time of day is dropped). */
export function serialDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  // Rounded to the second first: 44545.99999999 is midnight of the next day.
  const days = Math.floor(Math.round(serial * 86400) / 86400);
  if (date1904) return new Date(Date.UTC(1904, 0, 1) + days * DAY_MS).toISOString().slice(0, 10);
  // Excel's 1900 system counts a 29 February 1900 that never was: serials before it are a day later.
  if (days === 0) return null;
  const epoch = days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + days * DAY_MS).toISOString().slice(0, 10);
}

/** A number cell's text: at most the 15 significant digits a spreadsheet shows (0.1 + 0.2 is 0.3). */
export function numberText(v: string): string {
  const n = Number(v);
  if (!Number.isFinite(n)) return v;
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

/** "AB12" → 27 (0-based column), or -1. */
function columnOf(ref: string | undefined): number {
  if (!ref) return -1;
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) c = c * 26 + (code - 64);
    else if (code >= 97 && code <= 122) c = c * 26 + (code - 96);
    else break;
  }
  return i === 0 ? -1 : c - 1;
}

async function* readSheet(zip: ZipFile, entry: ZipEntry, ctx: SheetContext, progress: { bytes: number }): AsyncGenerator<SourceRow[]> {
  let batch: SourceRow[] = [];
  let row: SourceRow | undefined;
  let lastRow = 0;
  let col = -1;
  // The cell being read.
  let type = 'n';
  let style = 0;
  let value = '';
  let formula: string | undefined;
  let hasValue = false;
  let into: 'v' | 'f' | 't' | undefined;
  const p = new SaxesParser();
  p.on('opentag', (t) => {
    const n = local(t.name);
    if (n === 'row') {
      const a = attrs(t);
      const r = a.r ? Number(a.r) : lastRow + 1;
      lastRow = r;
      col = -1;
      row = { row: r, cells: [] };
      if (a.hidden === '1' || a.hidden === 'true') row.hidden = true;
    } else if (n === 'c') {
      const a = attrs(t);
      const c = columnOf(a.r);
      col = c === -1 ? col + 1 : c;
      type = a.t ?? 'n';
      style = a.s ? Number(a.s) : 0;
      value = '';
      formula = undefined;
      hasValue = false;
    } else if (n === 'v') {
      into = 'v';
      hasValue = true;
    } else if (n === 'f') {
      into = 'f';
      formula ??= '';
    } else if (n === 't' && row) {
      into = 't';
      hasValue = true;
    }
  });
  p.on('text', (s) => {
    if (into === 'f') formula += s;
    else if (into) value += s;
  });
  p.on('closetag', (t) => {
    const n = local(t.name);
    if (n === 'v' || n === 'f' || n === 't') into = undefined;
    else if (n === 'c' && row) cell(row);
    else if (n === 'row' && row) {
      batch.push(row);
      row = undefined;
    }
  });
  const cell = (r: SourceRow) => {
    const problem = (message: string) => {
      (r.errors ??= []).push({ column: col, message });
      put(r, col, null);
    };
    // A number cell with an empty value holds none (openpyxl writes a formula's missing result as <v/>).
    if (hasValue && value === '' && type === 'n') hasValue = false;
    if (!hasValue) {
      if (formula !== undefined) problem(IMPORT_READ.formulaUnsaved(formula));
      return;
    }
    switch (type) {
      case 's':
        return put(r, col, ctx.strings[Number(value)] ?? null);
      case 'inlineStr':
      case 'str':
        return put(r, col, unescapeOoxml(value));
      case 'b':
        return put(r, col, value === '1' ? 'TRUE' : 'FALSE');
      case 'e':
        return problem(IMPORT_READ.cellError(value, formula));
      case 'd':
        return put(r, col, value.slice(0, 10));
      default:
        if (ctx.dateStyles.has(style)) {
          const d = serialDate(Number(value), ctx.date1904);
          return d ? put(r, col, d) : problem(IMPORT_READ.notADate(value));
        }
        return put(r, col, numberText(value));
    }
  };
  const decoder = new StringDecoder('utf8');
  const stream = await zip.stream(entry);
  let inflated = 0;
  try {
    for await (const chunk of stream) {
      inflated += (chunk as Buffer).length;
      progress.bytes = Math.round((inflated / Math.max(1, entry.size)) * entry.compressedSize);
      p.write(decoder.write(chunk as Buffer));
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    p.write(decoder.end()).close();
  } catch (e) {
    throw unreadable(ctx.name, e);
  } finally {
    stream.destroy();
  }
  if (batch.length) yield batch;
}

function put(r: SourceRow, col: number, v: string | null): void {
  while (r.cells.length < col) r.cells.push(null);
  r.cells[col] = v;
}
