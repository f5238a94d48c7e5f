import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { demoRegistryFile, runCli, tempDir } from '../helpers.js';
import { paragraphs, unzip } from './zip.js';

let db: string;
beforeAll(async () => {
  db = await demoRegistryFile({ forFile: true, history: false });
});

describe('tdkt roster -o', () => {
  test('a Word roster: A4 landscape, Vietnamese headers repeated on each page, groups as on screen', async () => {
    const out = join(tempDir(), 'roster.docx');
    const r = await runCli(['roster', 'le-chan-2022', '-o', out], { db });
    expect(r).toEqual({ code: 0, stdout: '', stderr: `Wrote the roster (62 lines in 6 groups, A4 landscape) to ${out}\n` });
    const xml = unzip(out).get('word/document.xml')!;
    expect(xml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    const p = paragraphs(xml).filter(Boolean);
    expect(p.slice(0, 10)).toEqual([
      'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG',
      'HỘI NGHỊ TỔNG KẾT PHONG TRÀO THI ĐUA NĂM 2021, PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2022',
      'Ngày 17 tháng 01 năm 2022 — Quận Lê Chân, thành phố Hải Phòng',
      'STT',
      'STT trong QĐ',
      'Tên tập thể, cá nhân',
      'Loại',
      'Chức vụ, đơn vị',
      'Thời kỳ',
      'Thành tích',
    ]);
    expect(p.filter((t) => /^\d\. /.test(t))).toEqual([
      '1. Cờ thi đua của Chính phủ — Thủ tướng Chính phủ, Quyết định số 1021/QĐ-TTg ngày 22/06/2021',
      '2. Bằng khen của Thủ tướng Chính phủ — Thủ tướng Chính phủ, Quyết định số 1625/QĐ-TTg ngày 05/10/2021',
      '3. Cờ thi đua của Bộ, ban, ngành, tỉnh — UBND thành phố Hải Phòng, Quyết định số 3986/QĐ-UBND ngày 28/12/2021',
      '4. Tập thể lao động xuất sắc — UBND thành phố Hải Phòng, Quyết định số 3987/QĐ-UBND ngày 28/12/2021',
      '5. Bằng khen của Bộ, ban, ngành, tỉnh — Chủ tịch UBND thành phố Hải Phòng, Quyết định số 4012/QĐ-UBND ngày 30/12/2021',
      '6. Giấy khen — UBND quận Lê Chân, Quyết định số 05/QĐ-UBND ngày 10/01/2022',
    ]);
    const first = p.indexOf('1. Cờ thi đua của Chính phủ — Thủ tướng Chính phủ, Quyết định số 1021/QĐ-TTg ngày 22/06/2021');
    expect(p.slice(first + 1, first + 6)).toEqual(['1', '1', 'Nhân dân và cán bộ phường Dư Hàng Kênh', 'tập thể', '2020']);
    expect(p.at(-1)).toBe('Tổng số: 62');
  });

  test('an Excel roster set up for printing: A4 landscape, fitted to the width, header row repeated', async () => {
    const out = join(tempDir(), 'roster.xlsx');
    expect((await runCli(['roster', 'le-chan-2022', '-o', out], { db })).code).toBe(0);
    const parts = unzip(out);
    const sheet = parts.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(parts.get('xl/workbook.xml')).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Danh sách&apos;!$5:$5</definedName>`);
    const strings = parts.get('xl/sharedStrings.xml')!;
    for (const h of ['STT trong QĐ', 'Tên tập thể, cá nhân', 'Chức vụ, đơn vị', 'Thành tích']) expect(strings).toContain(`<t>${h}</t>`);
    expect(strings).not.toContain('recipient_name');
  });

  test('bad input: a clear error, nothing written', async () => {
    const dir = tempDir();
    const pdf = await runCli(['roster', 'le-chan-2022', '-o', join(dir, 'roster.pdf')], { db });
    expect(pdf).toMatchObject({ code: 2, stderr: 'tdkt: roster -o prints a roster to .docx or .xlsx (got "' + join(dir, 'roster.pdf') + '"); for data files use tdkt export roster or --format\nRun with --help for usage.\n' });
    const none = await runCli(['roster', 'khong co', '-o', join(dir, 'roster.docx')], { db });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('No ceremony matches "khong co"');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('tdkt ceremony script', () => {
  test('the groups by precedence, each with its decision read out, recipients called in batches', async () => {
    const out = join(tempDir(), 'kich-ban.docx');
    const r = await runCli(['ceremony', 'script', 'le-chan-2022', '--batch', '10', '-o', out], { db });
    expect(r).toEqual({ code: 0, stdout: '', stderr: `Wrote the script: 6 parts, 9 call-ups, 62 lines to ${out}\n` });
    const p = paragraphs(unzip(out).get('word/document.xml')!).filter(Boolean);
    expect(p.slice(0, 4)).toEqual(['KỊCH BẢN', 'PHẦN TRAO THƯỞNG', 'HỘI NGHỊ TỔNG KẾT PHONG TRÀO THI ĐUA NĂM 2021, PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2022', 'Ngày 17 tháng 01 năm 2022 — Quận Lê Chân, thành phố Hải Phòng']);
    expect(p.filter((t) => t.startsWith('Phần '))).toEqual([
      'Phần 1. CỜ THI ĐUA CỦA CHÍNH PHỦ (2)',
      'Phần 2. BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ (4)',
      'Phần 3. CỜ THI ĐUA CỦA BỘ, BAN, NGÀNH, TỈNH (5)',
      'Phần 4. TẬP THỂ LAO ĐỘNG XUẤT SẮC (14)',
      'Phần 5. BẰNG KHEN CỦA BỘ, BAN, NGÀNH, TỈNH (19)',
      'Phần 6. GIẤY KHEN (18)',
    ]);
    const last = p.indexOf('Phần 6. GIẤY KHEN (18)');
    expect(p.slice(last, last + 6)).toEqual([
      'Phần 6. GIẤY KHEN (18)',
      'MC: Trích Quyết định số 05/QĐ-UBND ngày 10 tháng 01 năm 2022 của Chủ tịch UBND quận Lê Chân về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2021:',
      'Điều 1. Tặng Giấy khen cho 06 tập thể và 12 cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong phong trào thi đua năm 2021.',
      'Đợt 1/2',
      'MC: Trân trọng kính mời đại diện các tập thể và các cá nhân sau lên nhận Giấy khen:',
      '1. Đại diện UBND phường Lam Sơn',
    ]);
    const second = p.indexOf('Đợt 2/2', last);
    expect(p.slice(second, second + 3)).toEqual(['Đợt 2/2', 'MC: Trân trọng kính mời các cá nhân sau lên nhận Giấy khen:', '11. Đoàn Văn U, Chuyên viên, Phòng Văn hóa và Thông tin quận Lê Chân']);
    expect(p.filter((t) => /^\d+\. /.test(t))).toHaveLength(62);
    expect(p.filter((t) => t.startsWith('MC: Trân trọng kính mời đồng chí'))).toHaveLength(9);
  });

  test('who hands over, when given, is named in the call-ups of that award type', async () => {
    const out = join(tempDir(), 'kich-ban.docx');
    const r = await runCli(['ceremony', 'script', 'le-chan-2022', '--presenter', 'gk=đồng chí Nguyễn Văn Thành, Chủ tịch UBND quận', '-o', out], { db });
    expect(r.code).toBe(0);
    const p = paragraphs(unzip(out).get('word/document.xml')!).filter((t) => t.startsWith('MC: Trân trọng kính mời đồng chí'));
    expect(p.filter((t) => t === 'MC: Trân trọng kính mời đồng chí Nguyễn Văn Thành, Chủ tịch UBND quận lên trao Giấy khen.')).toHaveLength(2);
    expect(p.filter((t) => t.includes('……'))).toHaveLength(7);
    const bad = await runCli(['ceremony', 'script', 'le-chan-2022', '--presenter', 'Nguyễn Văn Thành', '-o', out], { db });
    expect(bad.stderr).toContain('--presenter takes an award type code and who hands it over');
  });

  test('bad input: --batch out of range, a file that is not .docx', async () => {
    const dir = tempDir();
    const b = await runCli(['ceremony', 'script', 'le-chan-2022', '--batch', '0', '-o', join(dir, 'k.docx')], { db });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('--batch takes how many are called up at once, 1 to 100 (got "0")');
    const t = await runCli(['ceremony', 'script', 'le-chan-2022', '-o', join(dir, 'k.txt')], { db });
    expect(t.stderr).toContain('ceremony script writes a Word document: name the file .docx');
    expect(readdirSync(dir)).toEqual([]);
  });
});
