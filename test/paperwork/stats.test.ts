import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { demoRegistryFile, runCli, tempDir } from '../helpers.js';
import { unzip } from './zip.js';

let db: string;
beforeAll(async () => {
  db = await demoRegistryFile({ forFile: true, history: false });
});

const tsv = (out: string) => out.trimEnd().split('\n').map((l) => l.split('\t'));

describe('tdkt stats', () => {
  test('0603.N of a year: by recipient and by kind, with unclassified rows visible, never guessed', async () => {
    const r = await runCli(['stats', '0603.N', '--year', '2021', '--format', 'tsv'], { db });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('Not in this form: 14 award lines of other types (collective titles and the like).\n');
    const rows = tsv(r.stdout);
    expect(rows[0]).toEqual(['code', 'label', 'col_1', 'col_2', 'col_3', 'col_4', 'col_5']);
    const byLabel = new Map(rows.slice(1).map((x) => [x[1], x.slice(2).map(Number)]));
    // 3986 (5 Cờ thi đua to collectives) and 4012 (19 Bằng khen: 10 collectives, 9 individuals); the 14 TTLDXS titles are not in the form.
    expect(byLabel.get('Tổng số')).toEqual([24, 19, 0, 5, 0]);
    expect(byLabel.get('Tập thể')).toEqual([15, 10, 0, 5, 0]);
    expect(byLabel.get('Trong đó: Doanh nghiệp')).toEqual([0, 0, 0, 0, 0]);
    expect(byLabel.get('Tập thể chưa phân loại (không ghi doanh nghiệp hay không)')).toEqual([15, 10, 0, 5, 0]);
    expect(byLabel.get('Cá nhân')).toEqual([9, 9, 0, 0, 0]);
    expect(byLabel.get('Cá nhân chưa phân loại nhóm')).toEqual([9, 9, 0, 0, 0]);
    expect(byLabel.get('Thường xuyên (theo công trạng và thành tích)')).toEqual([24, 19, 0, 5, 0]);
    expect(rows.map((x) => x[0]).filter(Boolean)).toEqual(['code', ...Array.from({ length: 17 }, (_, i) => String(i + 1).padStart(2, '0'))]);
  });

  test('what is recorded moves lines out of the unclassified rows', async () => {
    const copy = await demoRegistryFile({ history: false });
    expect((await runCli(['recipient', 'profile', 'pham-thi-d', '--group', '5'], { db: copy })).code).toBe(0);
    expect((await runCli(['recipient', 'profile', 'ubnd-phuong-nghia-xa', '--enterprise', 'no'], { db: copy })).code).toBe(0);
    const rows = tsv((await runCli(['stats', '0603', '--year', '2021', '--body', 'ct-ubnd-hai-phong', '--format', 'tsv'], { db: copy })).stdout);
    const byCode = new Map(rows.slice(1).map((x) => [x[1], x.slice(2, 4).map(Number)]));
    expect(byCode.get('Tổng số')).toEqual([19, 19]);
    expect(byCode.get('Công nhân, nông dân, người lao động trực tiếp và khác')).toEqual([1, 1]);
    expect(byCode.get('Cá nhân chưa phân loại nhóm')).toEqual([8, 8]);
    expect(byCode.get('Tập thể chưa phân loại (không ghi doanh nghiệp hay không)')).toEqual([9, 9]);
  });

  test('0602.N counts state-level awards by form', async () => {
    const r = await runCli(['stats', '0602.N', '--year', '2021', '--json'], { db });
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows[0]).toEqual({ code: '01', label: 'Tổng số', col_1: 6, col_2: 0, col_3: 0, col_4: 0, col_5: 0, col_6: 2, col_7: 0, col_8: 4 });
  });

  test('-o writes the form as a workbook with its heading, codes and footer', async () => {
    const out = join(tempDir(), '0603N.xlsx');
    const r = await runCli(['stats', '0603.N', '--year', '2021', '--body', 'ct-ubnd-hai-phong', '-o', out], { db });
    expect(r).toEqual({ code: 0, stdout: '', stderr: `Wrote form 0603.N for 2021 (19 awards counted) to ${out}\n` });
    const parts = unzip(out);
    const strings = [...parts.get('xl/sharedStrings.xml')!.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    for (const s of [
      'Biểu số: 0603.N/BNV-TĐKT',
      'Ban hành kèm theo Thông tư số 02/2023/TT-BNV của Bộ trưởng Bộ Nội vụ',
      'SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH',
      'Năm 2021',
      'Đơn vị báo cáo: Chủ tịch UBND thành phố Hải Phòng',
      'Đơn vị nhận báo cáo: Bộ Nội vụ',
      'Chỉ tiêu',
      'Mã số',
      'Hải Phòng, ngày …… tháng …… năm ……',
      'Người lập biểu',
      '(Ký, họ tên, đóng dấu)',
    ]) expect(strings).toContain(s);
    expect(parts.get('xl/worksheets/sheet1.xml')).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"/);
  });

  test('bad input: 0601.N is not recorded, an unknown form, no year, a wrong file', async () => {
    const dir = tempDir();
    const m = await runCli(['stats', '0601.N', '--year', '2021'], { db });
    expect(m).toMatchObject({
      code: 1,
      stderr: 'tdkt: Form 0601.N counts emulation movements (phong trào thi đua), which this registry does not record\nhint: The registry fills 0602.N (state-level awards) and 0603.N (ministry and province awards).\n',
    });
    expect((await runCli(['stats', '0699.N', '--year', '2021'], { db })).stderr).toBe('tdkt: No statistical form "0699.N"\nhint: Forms: 0602.N (state-level awards), 0603.N (ministry and province awards).\n');
    expect((await runCli(['stats', '0603.N'], { db })).stderr).toContain('name the year the form reports, e.g. tdkt stats 0603.N --year 2021');
    expect((await runCli(['stats', '0603.N', '--year', '2021', '-o', join(dir, 'x.csv')], { db })).code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });
});
