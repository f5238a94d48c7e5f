/**
 * XLSX projection of the table model, streamed (exceljs's workbook writer, loaded only when needed),
 * for people: typed cells (ISO dates in date columns as real dates shown DD/MM/YYYY, numbers as numbers,
 * text as text — a text cell is never run as a formula, so nothing gets an apostrophe), an optional
 * title row, a bold header row of the columns' headers frozen under it, column widths from the first
 * rows, and an A4 landscape page set up to fit the width.
 */
import { Writable } from 'node:stream';
import { cellValue, type Column } from './model.js';
import { plain } from './delimited.js';
import type { Sink, TableWriter } from './stream.js';
import { RENDER } from '../i18n/messages/render.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const isDateKey = (key: string) => key === 'date' || key.endsWith('_date');

/** Excel's rules for sheet names: 31 characters, none of []:*?/\ , unique in the workbook. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').trim().slice(0, 31) || RENDER.sheet();
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
    return v;
  }
  return plain(v);
}

/** A4 (paper size 9), landscape, all columns on the page's width, as many pages down as needed. */
const PAGE_SETUP = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } } as const;

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
  let pending: { name: string; columns: Column<R>[]; title?: string } | undefined;
  let current: { ws: Sheet; columns: Column<R>[] } | undefined;

  const open = (sample: R[]) => {
    const p = pending!;
    pending = undefined;
    const columns = p.columns.filter((c) => !c.humanOnly);
    const top = p.title ? 2 : 1;
    const ws = wb.addWorksheet(sheetName(p.name, names), { views: [{ state: 'frozen', ySplit: top }], pageSetup: { ...PAGE_SETUP } });
    const widths = columns.map((c) => {
      let width = Math.max(c.header.length, 4);
      for (const r of sample.slice(0, 200)) width = Math.max(width, isDateKey(c.key) ? 10 : plain(cellValue(c, r)).length);
      return Math.min(Math.max(width + 2, 6), 60);
    });
    ws.columns = columns.map((c, i) => ({ key: c.key, width: widths[i], style: isDateKey(c.key) ? { numFmt: 'dd/mm/yyyy' } : {} }));
    if (p.title) {
      const title = ws.getRow(1);
      title.getCell(1).value = p.title;
      title.font = { bold: true, size: 14 };
      title.commit();
    }
    const head = ws.getRow(top);
    columns.forEach((c, i) => (head.getCell(i + 1).value = c.header));
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
    async sheet(name, columns, opts) {
      close();
      pending = { name, columns, title: opts?.title };
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
        pending = { name: `${RENDER.sheet()}1`, columns: [] };
        close();
      }
      await wb.commit();
      await done;
    },
  };
}
