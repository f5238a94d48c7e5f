/**
 * XLSX projection of the table model, streamed (exceljs's workbook writer, loaded only when needed):
 * a bold, frozen header row of machine keys, column widths from the first rows, ISO dates in date
 * columns written as real dates (DD/MM/YYYY), numbers as numbers, and text that a spreadsheet would
 * run as a formula neutralised with a leading apostrophe, as in CSV.
 */
import { Writable } from 'node:stream';
import { cellValue, type Column } from './model.js';
import { neutraliseFormula, plain } from './render.js';
import type { Sink, TableWriter } from './stream.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const isDateKey = (key: string) => key === 'date' || key.endsWith('_date');

/** Excel's rules for sheet names: 31 characters, none of []:*?/\ , unique in the workbook. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').trim().slice(0, 31) || 'Sheet';
  let out = base;
  for (let i = 2; taken.has(out.toLowerCase()); i++) out = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(out.toLowerCase());
  return out;
}

function xlsxValue(key: string, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const m = isDateKey(key) ? ISO_DATE.exec(v) : null;
    if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return neutraliseFormula(v);
  }
  return neutraliseFormula(plain(v));
}

export async function xlsxWriter<R>(sink: Sink): Promise<TableWriter<R>> {
  const ExcelJS = (await import('exceljs')).default;
  const out = new Writable({
    write(chunk: Buffer, _enc, cb) {
      Promise.resolve(sink.write(chunk)).then(() => cb(), cb);
    },
  });
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const names = new Set<string>();
  type Sheet = ReturnType<typeof wb.addWorksheet>;
  let pending: { name: string; columns: Column<R>[] } | undefined;
  let current: { ws: Sheet; columns: Column<R>[] } | undefined;

  const open = (sample: R[]) => {
    const p = pending!;
    pending = undefined;
    const columns = p.columns.filter((c) => !c.humanOnly);
    const ws = wb.addWorksheet(sheetName(p.name, names), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = columns.map((c) => {
      let width = c.key.length;
      for (const r of sample.slice(0, 200)) width = Math.max(width, isDateKey(c.key) ? 10 : plain(cellValue(c, r)).length);
      return { header: c.key, key: c.key, width: Math.min(Math.max(width + 2, 6), 60) };
    });
    for (const c of columns) if (isDateKey(c.key)) ws.getColumn(c.key).numFmt = 'dd/mm/yyyy';
    const head = ws.getRow(1);
    head.font = { bold: true };
    head.commit();
    current = { ws, columns };
  };
  const close = () => {
    if (pending) open([]);
    current?.ws.commit();
    current = undefined;
  };

  return {
    async sheet(name, columns) {
      close();
      pending = { name, columns };
    },
    async rows(rows) {
      if (pending) open(rows);
      const { ws, columns } = current!;
      for (const r of rows) {
        const row = ws.addRow(columns.map((c) => xlsxValue(c.key, cellValue(c, r))));
        row.commit();
      }
    },
    async end() {
      close();
      if (names.size === 0) {
        pending = { name: 'Sheet1', columns: [] };
        close();
      }
      await wb.commit();
      await done;
    },
  };
}
