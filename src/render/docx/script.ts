/** The MC's script as a Word document: A4, 14 pt, each part and batch kept together where it fits. */
import type * as Docx from 'docx';
import type { ScriptDoc } from '../../core/paperwork/script-doc.js';
import { Builder, type DocxLib, mm, toBuffer } from './common.js';

export async function scriptDocx(d: DocxLib, doc: ScriptDoc): Promise<Buffer> {
  const b = new Builder(d, { font: 'Times New Roman', size: 14 });
  const width = b.textWidth();
  const children: Docx.Paragraph[] = [
    ...doc.title.map((t) => b.para(t, { align: 'center', bold: true })),
    b.para(doc.when, { align: 'center', italics: true }),
    b.rule(mm(40), width, 240),
  ];
  for (const p of doc.parts) {
    children.push(b.para(p.heading, { bold: true, before: 240, after: 120, keepNext: true }));
    children.push(b.para([b.run('MC: ', { bold: true }), b.run(p.excerpt, { italics: true })], { align: 'both', after: 60, keepNext: true }));
    children.push(b.para(p.article, { align: 'both', firstLine: mm(10), after: 120 }));
    for (const bt of p.batches) {
      children.push(b.para(bt.heading, { bold: true, italics: true, before: 120, keepNext: true }));
      children.push(b.para([b.run('MC: ', { bold: true }), b.run(bt.call)], { align: 'both', keepNext: true }));
      for (const l of bt.lines) children.push(b.para(l, { firstLine: mm(10), keepNext: true }));
      children.push(b.para([b.run('MC: ', { bold: true }), b.run(bt.handOver)], { align: 'both', before: 60, after: 60 }));
    }
  }
  children.push(b.para(`Tổng số: ${doc.total} lượt khen thưởng trong ${doc.parts.length} phần.`, { before: 240, italics: true }));
  const document = new d.Document({
    creator: 'tdkt',
    title: doc.title.join(' — '),
    styles: b.styles(),
    sections: [{ properties: b.page(), headers: b.headers(), children }],
  });
  return toBuffer(d, document);
}
