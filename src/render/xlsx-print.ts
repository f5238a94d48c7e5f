/**
 * A printable workbook of the roster: A4 (landscape when wide), fitted to the page width, the header row
 * repeated on every page, page numbers in the header, Times New Roman, Vietnamese headers, a merged row
 * per group. exceljs is loaded only here.
 */
import { rosterCell, type RosterDoc } from '../core/paperwork/roster-doc.js';

export async function rosterXlsx(doc: RosterDoc): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tdkt';
  const headerRow = doc.title.length + 3;
  const ws = wb.addWorksheet('Danh sách', {
    pageSetup: {
      paperSize: 9,
      orientation: doc.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.79, right: 0.59, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddHeader: '&C&"Times New Roman"&12&P', firstHeader: '', differentFirst: true },
    views: [{ state: 'frozen', ySplit: headerRow }],
  });
  const font = { name: 'Times New Roman', size: 12 };
  const n = doc.columns.length;
  ws.columns = doc.columns.map((c) => ({ key: c.key, width: Math.max(6, Math.round(c.weight * (doc.landscape ? 1.45 : 1.2))) }));
  const merged = (row: number, text: string, style: Partial<{ bold: boolean; italic: boolean; size: number }>, align: 'center' | 'left' = 'center') => {
    ws.mergeCells(row, 1, row, n);
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.font = { ...font, ...style };
    cell.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
  };
  doc.title.forEach((t, i) => merged(i + 1, t, { bold: true, size: 14 }));
  merged(doc.title.length + 1, doc.when, { italic: true });
  const thin = { style: 'thin' as const };
  const border = { top: thin, left: thin, bottom: thin, right: thin };
  const head = ws.getRow(headerRow);
  // Spreadsheets do not grow a row to its wrapped text on opening a written file: give each row the
  // height of its longest cell, estimated from the column width (about one character per unit).
  const widths = doc.columns.map((c) => Number(ws.getColumn(c.key).width ?? 10));
  const lineCount = (texts: string[]) => Math.max(1, ...texts.map((t, i) => Math.ceil(t.length / Math.max(1, widths[i] - 1))));
  head.height = 15.5 * lineCount(doc.columns.map((c) => c.header));
  doc.columns.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = c.header;
    cell.font = { ...font, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = border;
  });
  let r = headerRow + 1;
  for (const g of doc.groups) {
    merged(r, g.heading, { bold: true }, 'left');
    ws.getCell(r, 1).border = border;
    r++;
    for (const l of g.lines) {
      const row = ws.getRow(r++);
      row.height = 15.5 * lineCount(doc.columns.map((c) => rosterCell(c.key, l)));
      doc.columns.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        const v = rosterCell(c.key, l);
        cell.value = c.key === 'no' || (c.key === 'line_no' && v) ? Number(v) : v;
        cell.font = font;
        cell.alignment = { vertical: 'top', wrapText: true, horizontal: c.key === 'no' || c.key === 'line_no' || c.key === 'period' ? 'center' : 'left' };
        cell.border = border;
      });
    }
  }
  const foot = ws.getCell(r + 1, 1);
  foot.value = `Tổng số: ${doc.total}`;
  foot.font = { ...font, italic: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
