import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { demoRegistryFile, runCli, tempDir } from '../helpers.js';
import { unzip } from './zip.js';

const HEADER = 'so_so,nam_so,danh_xung,ten,loai,chuc_vu,don_vi,chuc_vu_don_vi,thanh_tich,hinh_thuc,so_quyet_dinh,ngay_quyet_dinh,dia_danh_ngay,co_quan,chuc_vu_ky,chuc_vu_ky_2,nguoi_ky,ma_dong';
const rowsOf = (path: string) => parse(readFileSync(path, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];

describe('tdkt export certificates', () => {
  test('one row per line with the fields of the blank; register numbers given once, per body and year, audited', async () => {
    const db = await demoRegistryFile({ history: false });
    const dir = tempDir();
    expect((await runCli(['recipient', 'profile', 'bui-thi-k', '--gender', 'nữ', '--group', '5'], { db })).code).toBe(0);
    expect((await runCli(['recipient', 'profile', 'dang-van-h', '--gender', 'nam'], { db })).code).toBe(0);
    const csv = join(dir, 'phoi.csv');
    const r = await runCli(['export', 'certificates', '05/QĐ-UBND', '-o', csv], { db });
    expect(r).toEqual({ code: 0, stdout: '', stderr: `Wrote 18 rows to ${csv}\nGave register numbers to 18 lines of decision 05/QĐ-UBND\n` });
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\ufeff' + HEADER + '\r\n')).toBe(true);
    expect(text.split('\r\n')[1]).toBe(
      '1,2022,,UBND phường Lam Sơn,tập thể,,,,Đã có thành tích xuất sắc trong phong trào thi đua năm 2021,Giấy khen,05/QĐ-UBND,ngày 10 tháng 01 năm 2022,"Lê Chân, ngày 10 tháng 01 năm 2022",Chủ tịch UBND quận Lê Chân,CHỦ TỊCH,,,45',
    );
    const rows = rowsOf(csv);
    expect(rows.map((x) => x.so_so)).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
    expect(rows.slice(-2).map((x) => [x.danh_xung, x.ten, x.chuc_vu_don_vi])).toEqual([
      ['Ông', 'Đặng Văn H', 'Phó Chủ tịch UBND phường, UBND phường Đông Hải'],
      ['Bà', 'Bùi Thị K', 'Giáo viên, Trường Tiểu học Lê Văn Tám'],
    ]);
    expect(rows.filter((x) => x.danh_xung === '')).toHaveLength(16);

    // The ceremony: the decision's lines keep their numbers; the other decisions' lines are numbered in their body's register for their year.
    const all = join(dir, 'phoi-le-chan.csv');
    const c = await runCli(['export', 'certificates', 'le-chan-2022', '-o', all], { db });
    expect(c.stderr).toBe(`Wrote 62 rows to ${all}\nGave register numbers to 44 lines of ceremony le-chan-2022\n`);
    const byDecision = new Map<string, string[]>();
    for (const x of rowsOf(all)) byDecision.set(x.so_quyet_dinh, [...(byDecision.get(x.so_quyet_dinh) ?? []), `${x.so_so}/${x.nam_so}`]);
    expect(byDecision.get('1021/QĐ-TTg')).toEqual(['1/2021', '2/2021']);
    expect(byDecision.get('1625/QĐ-TTg')).toEqual(['3/2021', '4/2021', '5/2021', '6/2021']);
    expect(byDecision.get('05/QĐ-UBND')).toEqual(rows.map((x) => `${x.so_so}/2022`));
    expect(byDecision.get('3986/QĐ-UBND')![0]).toBe('1/2021');
    expect(byDecision.get('3987/QĐ-UBND')![0]).toBe('6/2021');
    expect(byDecision.get('4012/QĐ-UBND')![0]).toBe('1/2021');

    // Again: nothing given, same numbers; read-only works once every line has its number.
    const again = join(dir, 'again.csv');
    expect((await runCli(['--read-only', 'export', 'certificates', 'le-chan-2022', '-o', again], { db })).stderr).toBe(`Wrote 62 rows to ${again}\n`);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(all, 'utf8'));
    const log = await runCli(['audit', 'log', '--entity', 'register_entry', '--json'], { db });
    const events = JSON.parse(log.stdout) as { action: string; ref: string }[];
    expect(events).toHaveLength(62);
    expect(events.filter((e) => e.ref === 'ubnd-le-chan:2022:18')).toHaveLength(1);
  });

  test('a body whose office keeps another body\'s register numbers its lines there', async () => {
    const db = await demoRegistryFile({ history: false });
    expect((await runCli(['body', 'setting', 'set', 'ct-ubnd-hai-phong', 'register', 'ubnd-hai-phong'], { db })).code).toBe(0);
    const out = join(tempDir(), 'phoi.csv');
    expect((await runCli(['export', 'certificates', 'le-chan-2022', '-o', out], { db })).code).toBe(0);
    const numbers = (symbol: string) => rowsOf(out).filter((x) => x.so_quyet_dinh === symbol).map((x) => Number(x.so_so));
    // Hải Phòng's register for 2021: 3986 (5 lines), 3987 (14), then the chairman's 4012 (19), in roster order.
    expect(numbers('3986/QĐ-UBND')).toEqual([1, 2, 3, 4, 5]);
    expect(numbers('3987/QĐ-UBND')).toEqual(Array.from({ length: 14 }, (_, i) => 6 + i));
    expect(numbers('4012/QĐ-UBND')).toEqual(Array.from({ length: 19 }, (_, i) => 20 + i));
    const log = JSON.parse((await runCli(['audit', 'log', '--entity', 'register_entry', '--json'], { db })).stdout) as { ref: string }[];
    expect(log.filter((e) => e.ref.startsWith('ubnd-hai-phong:2021:'))).toHaveLength(38);
    const bad = await runCli(['body', 'setting', 'set', 'ct-ubnd-hai-phong', 'register', 'khong-co'], { db });
    expect(bad.stderr).toBe('tdkt: Cannot set register: there is no body "khong-co"\nhint: Give the reference of the body whose register is kept, e.g. ubnd-hai-phong (tdkt body list).\n');
  });

  test('an XLSX workbook for mail merge, with the same header', async () => {
    const db = await demoRegistryFile({ history: false });
    const out = join(tempDir(), 'phoi.xlsx');
    expect((await runCli(['export', 'certificates', 'ubnd-le-chan-2022-5', '-o', out], { db })).code).toBe(0);
    const strings = unzip(out).get('xl/worksheets/sheet1.xml')!;
    const cells = [...strings.matchAll(/t="str"><v>([^<]*)<\/v>/g)].map((m) => m[1]);
    expect(cells.slice(0, 18)).toEqual(HEADER.split(','));
    expect(cells.filter((t) => t === 'Lê Chân, ngày 10 tháng 01 năm 2022')).toHaveLength(18);
  });

  test('bad input: clear errors, nothing written, no number given', async () => {
    const db = await demoRegistryFile({ history: false });
    const dir = tempDir();
    const json = await runCli(['export', 'certificates', '05/QĐ-UBND', '-o', join(dir, 'phoi.json')], { db });
    expect(json).toMatchObject({ code: 2, stderr: 'tdkt: certificates are written to .xlsx or .csv (for Word mail merge), not json\nRun with --help for usage.\n' });
    const none = await runCli(['export', 'certificates', 'khong co', '-o', join(dir, 'phoi.csv')], { db });
    expect(none).toMatchObject({ code: 1, stderr: 'tdkt: No decision or ceremony matches "khong co"\nhint: List them with: tdkt decision list, tdkt ceremony list\n' });
    const ro = await runCli(['--read-only', 'export', 'certificates', '05/QĐ-UBND', '-o', join(dir, 'phoi.csv')], { db });
    expect(ro.code).toBe(1);
    expect(ro.stderr).toContain('read-only');
    const gender = await runCli(['recipient', 'profile', 'ubnd-phuong-lam-son', '--gender', 'nữ'], { db });
    expect(gender).toMatchObject({ code: 1, stderr: 'tdkt: UBND phường Lam Sơn is a collective: gender and group are for individuals\n' });
    const group = await runCli(['recipient', 'profile', 'bui-thi-k', '--group', '7'], { db });
    expect(group.stderr).toMatch(/^tdkt: "7" is not a group of the statistical forms: expected 1 to 5\nhint: 1 lãnh đạo cấp bộ/);
    expect(readdirSync(dir)).toEqual([]);
    const log = await runCli(['audit', 'log', '--entity', 'register_entry', '--json'], { db });
    expect(JSON.parse(log.stdout)).toEqual([]);
  });
});
