/**
 * Page, fonts and building blocks shared by the Word documents, after Decree 30/2020/NĐ-CP: A4, margins
 * top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; page numbers centred in the top margin
 * from the second page. The `docx` package is loaded by the caller (lazily) and passed in.
 */
import type * as Docx from 'docx';

export type DocxLib = typeof Docx;

/** Twentieths of a point per millimetre. */
export const mm = (n: number): number => Math.round((n * 1440) / 25.4);

export const A4 = { width: 11906, height: 16838 };
export const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };

export interface Style {
  font: string;
  /** Body text size in points. */
  size: number;
}

export interface RunOpts {
  bold?: boolean;
  italics?: boolean;
  /** Points; default the style's body size. */
  size?: number;
}

export interface ParaOpts {
  align?: 'center' | 'left' | 'right' | 'both';
  /** First-line indent in twips. */
  firstLine?: number;
  before?: number;
  after?: number;
  keepNext?: boolean;
  /** Line spacing in 240ths of a line (240 single). */
  line?: number;
}

export class Builder {
  constructor(
    readonly d: DocxLib,
    readonly style: Style,
  ) {}

  /** A run; font and size are the document's defaults unless asked (fewer elements: big annexes print faster). */
  run(text: string, o: RunOpts = {}): Docx.TextRun {
    const size = o.size !== undefined && o.size !== this.style.size ? o.size * 2 : undefined;
    return new this.d.TextRun({ text, bold: o.bold || undefined, italics: o.italics || undefined, size });
  }

  para(children: Docx.TextRun[] | string, o: ParaOpts & RunOpts = {}): Docx.Paragraph {
    const A = this.d.AlignmentType;
    const align = o.align && o.align !== 'left' ? { center: A.CENTER, right: A.RIGHT, both: A.JUSTIFIED }[o.align] : undefined;
    const spaced = o.before || o.after || (o.line && o.line !== 240);
    return new this.d.Paragraph({
      alignment: align,
      children: typeof children === 'string' ? [this.run(children, o)] : children,
      spacing: spaced ? { before: o.before ?? 0, after: o.after ?? 0, line: o.line ?? 240 } : undefined,
      indent: o.firstLine ? { firstLine: o.firstLine } : undefined,
      keepNext: o.keepNext,
    });
  }

  /** Document defaults: the font and body size, paragraphs without spacing, single line. */
  styles(): Docx.IStylesOptions {
    return {
      default: {
        document: {
          run: { font: this.style.font, size: this.style.size * 2 },
          paragraph: { spacing: { before: 0, after: 0, line: 240 } },
        },
      },
    };
  }

  /**
   * A short centred rule: an empty paragraph of exact small height with a bottom border, `width` twips
   * long, inside a column of `column` twips. (A top border sits on the line above in LibreOffice.)
   */
  rule(width: number, column: number, after = 0): Docx.Paragraph {
    const side = Math.max(0, Math.round((column - width) / 2));
    return new this.d.Paragraph({
      children: [new this.d.TextRun({ text: '', size: 4 })],
      border: { bottom: { style: this.d.BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
      indent: { left: side, right: side },
      spacing: { before: 0, after, line: 80, lineRule: this.d.LineRuleType.EXACT },
    });
  }

  /** The page number, centred in the top margin; the first page of the section has none. */
  headers(): { default: Docx.Header; first: Docx.Header } {
    const d = this.d;
    return {
      default: new d.Header({
        children: [
          new d.Paragraph({
            alignment: d.AlignmentType.CENTER,
            children: [new d.TextRun({ children: [d.PageNumber.CURRENT], size: 26 })],
          }),
        ],
      }),
      first: new d.Header({ children: [new d.Paragraph({ children: [] })] }),
    };
  }

  /** Section properties: A4 portrait or landscape, the decree's margins, page numbers restarting at 1. */
  page(landscape = false): Docx.ISectionPropertiesOptions {
    const d = this.d;
    return {
      page: {
        size: landscape
          ? { width: A4.width, height: A4.height, orientation: d.PageOrientation.LANDSCAPE }
          : { width: A4.width, height: A4.height, orientation: d.PageOrientation.PORTRAIT },
        margin: MARGINS,
        pageNumbers: { start: 1 },
      },
      titlePage: true,
    };
  }

  /** Usable width of the page between the margins, in twips. */
  textWidth(landscape = false): number {
    return (landscape ? A4.height : A4.width) - MARGINS.left - MARGINS.right;
  }

  noBorders(): Docx.ITableBordersOptions {
    const none = { style: this.d.BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    return { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
  }

  cell(children: Docx.Paragraph[], width: number, o: { span?: number; borders?: boolean; margin?: number } = {}): Docx.TableCell {
    const d = this.d;
    const none = { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    return new d.TableCell({
      children,
      width: { size: width, type: d.WidthType.DXA },
      columnSpan: o.span,
      borders: o.borders === false ? { top: none, bottom: none, left: none, right: none } : undefined,
      margins: o.margin !== undefined ? { left: o.margin, right: o.margin, top: 0, bottom: 0 } : undefined,
    });
  }

  /** A table with a header row repeated on every page; rows never split across pages. */
  table(widths: number[], header: Docx.TableCell[], rows: Docx.TableRow[]): Docx.Table {
    const d = this.d;
    return new d.Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: d.WidthType.DXA },
      columnWidths: widths,
      layout: d.TableLayoutType.FIXED,
      margins: { left: 80, right: 80, top: 20, bottom: 20 },
      rows: [new d.TableRow({ children: header, tableHeader: true, cantSplit: true }), ...rows],
    });
  }

  row(cells: Docx.TableCell[]): Docx.TableRow {
    return new this.d.TableRow({ children: cells, cantSplit: true });
  }
}

export async function toBuffer(d: DocxLib, doc: Docx.Document): Promise<Buffer> {
  return d.Packer.toBuffer(doc);
}
