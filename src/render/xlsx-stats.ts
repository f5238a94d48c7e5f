/**
 * A statistical form as a workbook laid out like the circular's annex: the form's code and legal basis
 * top left, its title, reporting and receiving units top right, columns A (label), B (code), C (unit)
 * then the numbered figures, and the signature footer. A4 landscape, fitted to the width.
 */
import { formCode, type StatForm } from '../core/paperwork/stats.js';

export async function statXlsx(f: StatForm, opts: { reporting: string; place: string }): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tdkt';
  const n = 3 + f.columns.length;
  const ws = wb.addWorksheet(f.form, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
  });
  const font = { name: 'Times New Roman', size: 12 };
  ws.columns = [{ width: 48 }, { width: 8 }, { width: 9 }, ...f.columns.map(() => ({ width: 14 }))];
  const put = (r: number, c: number, v: string | number, style: { bold?: boolean; italic?: boolean; size?: number } = {}, align: 'left' | 'center' = 'left', span = 1) => {
    if (span > 1) ws.mergeCells(r, c, r, c + span - 1);
    const cell = ws.getCell(r, c);
    cell.value = v;
    cell.font = { ...font, ...style };
    cell.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
    return cell;
  };
  const right = 4;
  const rightSpan = n - right + 1;
  put(1, 1, `Biểu số: ${formCode(f.form)}`, { bold: true });
  put(2, 1, 'Ban hành kèm theo Thông tư số 02/2023/TT-BNV của Bộ trưởng Bộ Nội vụ', { italic: true, size: 11 });
  put(3, 1, 'Ngày nhận báo cáo: ……………', { size: 11 });
  put(5, 1, f.title, { bold: true, size: 13 }, 'center', n);
  put(6, 1, `Năm ${f.year}`, { bold: true }, 'center', n);
  put(1, right, `Đơn vị báo cáo: ${opts.reporting}`, { size: 11 }, 'left', rightSpan);
  put(2, right, 'Đơn vị nhận báo cáo: Bộ Nội vụ', { size: 11 }, 'left', rightSpan);
  const thin = { style: 'thin' as const };
  const border = { top: thin, left: thin, bottom: thin, right: thin };
  const head = 8;
  const headers = ['Chỉ tiêu', 'Mã số', 'Đơn vị tính', ...f.columns.map((c) => c.header)];
  const letters = ['A', 'B', 'C', ...f.columns.map((c) => String(c.no))];
  headers.forEach((h, i) => (put(head, i + 1, h, { bold: true }, 'center').border = border));
  letters.forEach((h, i) => (put(head + 1, i + 1, h, { italic: true }, 'center').border = border));
  ws.getRow(head).height = 48;
  let r = head + 2;
  for (const row of f.rows) {
    const label = `${'   '.repeat(row.level)}${row.label}`;
    put(r, 1, label, { bold: row.level === 0 }).border = border;
    put(r, 2, row.code, {}, 'center').border = border;
    put(r, 3, row.unit, {}, 'center').border = border;
    f.columns.forEach((_, i) => {
      const cell = put(r, 4 + i, row.heading ? '' : row.values[i], { bold: row.level === 0 }, 'center');
      cell.border = border;
    });
    r++;
  }
  if (f.excluded) put(r + 1, 1, `Không tính trong biểu: ${f.excluded} lượt khen thưởng loại khác (danh hiệu tập thể, …).`, { italic: true, size: 11 }, 'left', n);
  const foot = r + 3;
  put(foot, right, `${opts.place}, ngày …… tháng …… năm ……`, { italic: true }, 'center', rightSpan);
  put(foot + 1, 1, 'Người lập biểu', { bold: true }, 'center');
  put(foot + 2, 1, '(Ký, họ tên)', { italic: true }, 'center');
  put(foot + 1, right, 'Thủ trưởng đơn vị', { bold: true }, 'center', rightSpan);
  put(foot + 2, right, '(Ký, họ tên, đóng dấu)', { italic: true }, 'center', rightSpan);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
