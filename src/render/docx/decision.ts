/**
 * A decision on awards as a Word document in the layout of Decree 30/2020/NĐ-CP (Appendix I, model 1.2
 * of Appendix III): the decision's pages in one section, each annex in a section of its own with its own
 * page numbers.
 */
import type * as Docx from 'docx';
import type { Annex, DecisionDoc } from '../../core/paperwork/decision-doc.js';
import { Builder, type DocxLib, mm, toBuffer } from './common.js';

export async function decisionDocx(d: DocxLib, doc: DecisionDoc): Promise<Buffer> {
  const b = new Builder(d, { font: doc.fontName, size: doc.fontSize });
  const width = b.textWidth();
  const left = Math.round(width * 0.42);
  const right = width - left;
  const S = doc.fontSize;

  const heading = new d.Table({
    width: { size: width, type: d.WidthType.DXA },
    columnWidths: [left, right],
    layout: d.TableLayoutType.FIXED,
    borders: b.noBorders(),
    rows: [
      new d.TableRow({
        children: [
          b.cell(
            [
              ...(doc.governing ? [b.para(doc.governing, { align: 'center', size: 12 })] : []),
              ...doc.issuer.map((l) => b.para(l, { align: 'center', bold: true, size: 13 })),
              b.rule(Math.round(left * 0.35), left - 80),
            ],
            left,
            { borders: false, margin: 40 },
          ),
          b.cell(
            [
              b.para(doc.nationalTitle, { align: 'center', bold: true, size: 12 }),
              b.para(doc.motto, { align: 'center', bold: true, size: 13 }),
              b.rule(mm(60), right - 80),
            ],
            right,
            { borders: false, margin: 40 },
          ),
        ],
      }),
      new d.TableRow({
        children: [
          b.cell([b.para(doc.numberLine, { align: 'center', size: 13, before: 120 })], left, { borders: false }),
          b.cell([b.para(doc.dateLine, { align: 'center', italics: true, size: S, before: 120 })], right, { borders: false }),
        ],
      }),
    ],
  });

  const body: (Docx.Paragraph | Docx.Table)[] = [
    heading,
    b.para(doc.type, { align: 'center', bold: true, before: 360 }),
    b.para(doc.about, { align: 'center', bold: true }),
    b.rule(mm(40), width),
    b.para(doc.authority, { align: 'center', bold: true, before: 240, after: 240 }),
    ...doc.grounds.map((g) => b.para(g, { align: 'both', italics: true, firstLine: mm(10), after: 120, line: 276 })),
    b.para(doc.decides, { align: 'center', bold: true, before: 120, after: 240 }),
    ...doc.articles.map((a) =>
      b.para([b.run(a.label, { bold: true }), b.run(` ${a.text}`)], { align: 'both', firstLine: mm(10), after: 120, line: 276 }),
    ),
    signature(d, b, doc, width),
  ];

  const sections: Docx.ISectionOptions[] = [{ properties: b.page(), headers: b.headers(), children: body }];
  for (const annex of doc.annexes) sections.push({ properties: b.page(), headers: b.headers(), children: annexBody(d, b, annex, width) });
  const document = new d.Document({
    creator: 'tdkt',
    title: `Quyết định số ${doc.symbol}`,
    styles: b.styles(),
    sections,
  });
  return toBuffer(d, document);
}

function signature(d: DocxLib, b: Builder, doc: DecisionDoc, width: number): Docx.Table {
  const left = Math.round(width * 0.45);
  const right = width - left;
  return new d.Table({
    width: { size: width, type: d.WidthType.DXA },
    columnWidths: [left, right],
    layout: d.TableLayoutType.FIXED,
    borders: b.noBorders(),
    rows: [
      new d.TableRow({
        cantSplit: true,
        children: [
          b.cell(
            [
              b.para(doc.recipientsLabel, { bold: true, italics: true, size: 12, before: 240 }),
              ...doc.recipients.map((r) => b.para(r, { size: 11 })),
            ],
            left,
            { borders: false },
          ),
          b.cell(
            [
              ...doc.capacity.map((c, i) => b.para(c, { align: 'center', bold: true, before: i === 0 ? 240 : 0 })),
              // Room for the signature and the seal.
              b.para('', { before: mm(25) }),
              b.para(doc.signerName, { align: 'center', bold: true }),
            ],
            right,
            { borders: false },
          ),
        ],
      }),
    ],
  });
}

function annexBody(d: DocxLib, b: Builder, annex: Annex, width: number): (Docx.Paragraph | Docx.Table)[] {
  const out: (Docx.Paragraph | Docx.Table)[] = [];
  if (annex.label) out.push(b.para(annex.label, { align: 'center', bold: true, size: 14, after: 120 }));
  annex.title.forEach((t) => out.push(b.para(t, { align: 'center', bold: true })));
  out.push(b.para(annex.attached, { align: 'center', italics: true }));
  out.push(b.rule(mm(40), width, 240));

  const T = 13;
  const withAchievement = annex.achievementColumn;
  const stt = mm(12);
  const widths = withAchievement
    ? [stt, Math.round((width - stt) * 0.32), Math.round((width - stt) * 0.3)]
    : [stt, Math.round((width - stt) * 0.45)];
  widths.push(width - widths.reduce((a, c) => a + c, 0));
  const kinds = new Set(annex.groups.map((g) => g.kind));
  const named = [...(kinds.has('collective') ? ['tập thể'] : []), ...(kinds.has('household') ? ['hộ gia đình'] : [])];
  const nameHeader = !named.length ? 'Họ và tên' : `Tên ${named.join(', ')}${kinds.has('individual') ? ', họ và tên cá nhân' : ''}`;
  const headers = ['STT', nameHeader, 'Chức vụ, đơn vị', ...(withAchievement ? ['Thành tích'] : [])];
  const header = headers.map((h, i) => b.cell([b.para(h, { align: 'center', bold: true, size: T })], widths[i]));
  const rows: Docx.TableRow[] = [];
  for (const g of annex.groups) {
    rows.push(b.row([b.cell([b.para(g.heading, { bold: true, size: T, keepNext: true })], width, { span: widths.length })]));
    for (const l of g.lines) {
      const where = [l.position, l.unit].filter(Boolean).join(', ');
      const cells = [
        b.cell([b.para(String(l.no), { align: 'center', size: T })], widths[0]),
        b.cell([b.para(l.name, { size: T })], widths[1]),
        b.cell([b.para(where, { size: T })], widths[2]),
      ];
      if (withAchievement) cells.push(b.cell([b.para(l.achievement ?? '', { size: T, align: 'both' })], widths[3]));
      rows.push(b.row(cells));
    }
  }
  out.push(b.table(widths, header, rows));
  return out;
}
