import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDateFormat, numberText, serialDate } from '../../src/core/import/readers/xlsx.js';
import { demoRegistryFile, runCli } from '../helpers.js';
import { FIXTURES, snapshot } from './support.js';

// Workbooks written by openpyxl and LibreOffice (fixtures/import/workbooks/make.py made them).
const inWorkbooks = { cwd: join(FIXTURES, 'workbooks') };

/** The lines of a decision, as `award list` shows them: decision, date, line, type, recipient, kind, unit, position, period. */
async function lines(db: string, decision: string): Promise<string[]> {
  const list = await runCli(['award', 'list', '--decision', decision, '--format', 'tsv'], { db });
  return list.stdout
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => {
      const c = l.split('\t');
      return [c[2], c[3], c[6], c[7], c[10], c[11], c[12], c[13], c[14]].join('|');
    });
}

const ANNEX_LINES = [
  '15/QĐ-UBND|2022-01-25|1|GK|Vũ Thị G|individual|Trung tâm Y tế quận Lê Chân|Điều dưỡng|2021',
  '15/QĐ-UBND|2022-01-25|2|GK|Hoàng Minh Tuấn|individual|Phòng Nội vụ quận Lê Chân|Chuyên viên|2021',
  '15/QĐ-UBND|2022-01-25|3|GK|Đỗ Thị Lan|individual|Trường Mầm non Hoa Sen|Giáo viên|2021',
];

describe('tdkt import: workbooks from other programs than Excel', () => {
  for (const file of ['openpyxl-annex.xlsx', 'libreoffice-annex.xlsx']) {
    it(`reads ${file} like Excel's own (title rows, (1)…(n) row, date cells)`, async () => {
      const db = await demoRegistryFile({ history: false });
      const r = await runCli(['import', file], { db, ...inWorkbooks });
      expect(r.stderr).toBe(
        `Imported 3 award lines from ${file} (2 new and 1 existing recipients, 1 new and 0 existing decisions, 0 new and 1 existing bodies, 0 new and 0 existing ceremonies; 0 handed over at ceremonies).\n`,
      );
      expect(r.code).toBe(0);
      expect(await lines(db, '15/QĐ-UBND')).toEqual(ANNEX_LINES);
    });
  }

  it("reads tdkt's own template after a script filled it in and saved it", async () => {
    const db = await demoRegistryFile({ history: false });
    const r = await runCli(['import', 'template-filled.xlsx'], { db, ...inWorkbooks });
    expect(r.code).toBe(0);
    expect(await lines(db, '16/QĐ-UBND')).toEqual([
      '16/QĐ-UBND|2022-01-26|1|GK|Lương Văn Hậu|individual|Phòng Nội vụ quận Lê Chân|Chuyên viên|2021',
      '16/QĐ-UBND|2022-01-26|2|GK|Tổ Văn phòng|collective|Phòng Nội vụ quận Lê Chân||2021',
    ]);
  });

  it('reads the dates of a workbook in the 1904 date system as written (15/12/2021, not four years earlier)', async () => {
    const db = await demoRegistryFile({ history: false });
    const r = await runCli(['import', 'date1904.xlsx'], { db, ...inWorkbooks });
    expect(r.code).toBe(0);
    expect(await lines(db, '17/QĐ-UBND')).toEqual(['17/QĐ-UBND|2021-12-15|1|GK|Mai Văn Bốn|individual|||2021']);
  });

  it('refuses error values and formulas without a saved result by row and column; nothing is written', async () => {
    const db = await demoRegistryFile({ history: false });
    const before = snapshot(db);
    const r = await runCli(['import', 'errors.xlsx'], { db, ...inWorkbooks });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        'tdkt: errors.xlsx: 3 of 3 rows cannot be imported; nothing was written',
        '  row 2, column «Họ và tên»: holds the spreadsheet error #N/A: correct it in the spreadsheet, or type the value',
        '  row 3, column «Năm»: holds a formula (=VLOOKUP(F3,Nguon!A:B,2,FALSE)) whose result was never saved: open the file in Excel or LibreOffice and save it again, or paste the values in place of the formulas',
        '  row 4, column «Ngày quyết định»: holds the spreadsheet error #REF!: correct it in the spreadsheet, or type the value',
        'hint: Fix the rows and import the whole file again (all or nothing); --errors <file> writes the bad rows with a reason column.',
        '',
      ].join('\n'),
    );
    expect(snapshot(db)).toBe(before);
  });

  it('skips hidden rows and sheets and says so; --include-hidden imports the hidden rows too', async () => {
    const db = await demoRegistryFile({ history: false });
    const r = await runCli(['import', 'hidden.xlsx'], { db, ...inWorkbooks });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      [
        'hidden.xlsx: the sheet «Nháp» is hidden and was not read (read it with --sheet "Nháp")',
        'hidden.xlsx: 1 hidden rows were skipped (rows 3); import them too with --include-hidden',
        'Imported 2 award lines from hidden.xlsx (2 new and 0 existing recipients, 1 new and 0 existing decisions, 0 new and 1 existing bodies, 0 new and 0 existing ceremonies; 0 handed over at ceremonies).',
        '',
      ].join('\n'),
    );
    expect((await lines(db, '19/QĐ-UBND')).map((l) => l.split('|')[4])).toEqual(['Cao Văn Một', 'Cao Văn Ba']);

    const db2 = await demoRegistryFile({ history: false });
    const all = await runCli(['import', 'hidden.xlsx', '--include-hidden', '--json'], { db: db2, ...inWorkbooks });
    expect(all.code).toBe(0);
    expect(JSON.parse(all.stdout).awards).toEqual({ created: 3, matched: 0 });
    expect((await lines(db2, '19/QĐ-UBND')).map((l) => l.split('|')[4])).toEqual(['Cao Văn Một', 'Cao Văn Hai', 'Cao Văn Ba']);
  });

  it('reads a workbook from stdin', async () => {
    const db = await demoRegistryFile({ history: false });
    const { readFileSync } = await import('node:fs');
    const r = await runCli(['import', '-', '--format', 'xlsx'], { db, stdin: readFileSync(join(FIXTURES, 'workbooks', 'openpyxl-annex.xlsx')) });
    expect(r.code).toBe(0);
    expect(await lines(db, '15/QĐ-UBND')).toEqual(ANNEX_LINES);
  });

  it('refuses a file that is not a workbook, saying so', async () => {
    const db = await demoRegistryFile({ history: false });
    const r = await runCli(['import', '../empty.csv', '--format', 'xlsx'], { db, ...inWorkbooks });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'tdkt: ../empty.csv cannot be read as an XLSX workbook: it is too short to be a ZIP file; nothing was imported\nhint: Save it again from the spreadsheet program as "Excel Workbook (.xlsx)", or pass --format if the extension is wrong.\n',
    );
  });
});

describe('xlsx cells', () => {
  it('date serials in both date systems, Excel’s phantom 29/02/1900 included', () => {
    expect(serialDate(44545, false)).toBe('2021-12-15');
    expect(serialDate(43083, true)).toBe('2021-12-15');
    expect(serialDate(44545.99999999, false)).toBe('2021-12-16');
    expect(serialDate(44545.75, false)).toBe('2021-12-15');
    expect(serialDate(1, false)).toBe('1900-01-01');
    expect(serialDate(61, false)).toBe('1900-03-01');
    expect(serialDate(0, true)).toBe('1904-01-01');
  });
  it('date formats told from number formats', () => {
    expect(['dd/mm/yyyy', 'd-mmm-yy', '[$-42A]dd/mm/yyyy', 'yyyy"年"m"月"d"日"'].map(isDateFormat)).toEqual([true, true, true, true]);
    expect(['General', '0.00', '#,##0', '"Ngày"\\ 0', '@'].map(isDateFormat)).toEqual([false, false, false, false, false]);
  });
  it('numbers as a spreadsheet shows them', () => {
    expect(['2021', '0.30000000000000004', '1E3', '12.5'].map(numberText)).toEqual(['2021', '0.3', '1000', '12.5']);
  });
});
