/** The printable roster of a ceremony as a Word document: A4, landscape when wide, header row repeated. */
import type * as Docx from 'docx';
import { rosterCell, type RosterDoc } from '../../core/paperwork/roster-doc.js';
import { Builder, type DocxLib, mm, toBuffer } from './common.js';

export async function rosterDocx(d: DocxLib, doc: RosterDoc): Promise<Buffer> {
  const b = new Builder(d, { font: 'Times New Roman', size: 13 });
  const width = b.textWidth(doc.landscape);
  const total = doc.columns.reduce((a, c) => a + c.weight, 0);
  const widths = doc.columns.map((c) => Math.floor((width * c.weight) / total));
  widths[widths.length - 1] += width - widths.reduce((a, c) => a + c, 0);
  const T = 12;
  const header = doc.columns.map((c, i) => b.cell([b.para(c.header, { align: 'center', bold: true, size: T })], widths[i]));
  const rows: Docx.TableRow[] = [];
  for (const g of doc.groups) {
    rows.push(b.row([b.cell([b.para(g.heading, { bold: true, size: T, keepNext: true })], width, { span: widths.length })]));
    for (const l of g.lines) {
      rows.push(
        b.row(doc.columns.map((c, i) => b.cell([b.para(rosterCell(c.key, l), { size: T, align: c.key === 'no' || c.key === 'line_no' || c.key === 'period' ? 'center' : 'left' })], widths[i]))),
      );
    }
  }
  const children: (Docx.Paragraph | Docx.Table)[] = [
    ...doc.title.map((t) => b.para(t, { align: 'center', bold: true, size: 14 })),
    b.para(doc.when, { align: 'center', italics: true, size: 13 }),
    b.rule(mm(40), width, 240),
    b.table(widths, header, rows),
    b.para(`Tổng số: ${doc.total}`, { before: 120, italics: true, size: T }),
  ];
  const document = new d.Document({
    creator: 'tdkt',
    title: doc.title.join(' — '),
    styles: b.styles(),
    sections: [{ properties: b.page(doc.landscape), headers: b.headers(), children }],
  });
  return toBuffer(d, document);
}
