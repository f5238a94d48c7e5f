/** Roster, history, search, stats, settings, init and restore in Vietnamese: titles, notes and refusals. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyRegistry, demoRegistryFile, runCli, tempDir } from '../helpers.js';
import { registryTarget, TEST_ENGINE } from '../pg/engine.js';

const vi = { TDKT_LANG: 'vi' };
let db: string;
beforeAll(async () => {
  db = await demoRegistryFile({ forFile: true });
});

const firstLine = async (...argv: string[]) => (await runCli(argv, { db, env: vi })).stdout.split('\n')[0];

describe('reports in Vietnamese', () => {
  it('titles: a roster with its date as dd/mm/yyyy, a history, a search that finds nothing', async () => {
    expect(await firstLine('roster', 'le-chan-2022', '--format', 'md')).toBe(
      '## Hội nghị tổng kết phong trào thi đua năm 2021, phát động phong trào thi đua năm 2022 — 17/01/2022',
    );
    expect(await firstLine('history', 'truong-thcs-tran-phu', '--format', 'md')).toBe('## Quá trình khen thưởng của Trường THCS Trần Phú [truong-thcs-tran-phu]');
    expect((await runCli(['search', 'khong', 'co', 'ai'], { db, env: vi, tty: true })).stdout).toBe('Không có kết quả nào khớp với "khong co ai".\n');
  });

  it('stats: what the form leaves out, and the year it needs', async () => {
    const r = await runCli(['stats', '0603.N', '--year', '2021', '--format', 'tsv'], { db, env: vi });
    expect(r.stderr).toBe('Không tính trong biểu này: 14 dòng khen thưởng thuộc hình thức khác (danh hiệu tập thể và tương tự).\n');
    expect((await runCli(['stats', '0603.N'], { db, env: vi })).stderr).toBe(
      'tdkt: hãy nêu năm báo cáo của biểu, ví dụ tdkt stats 0603.N --year 2021\nChạy với --help để xem cách dùng.\n',
    );
  });

  it('roster -o refuses a data file', async () => {
    expect((await runCli(['roster', 'le-chan-2022', '-o', 'roster.csv'], { db, env: vi })).stderr).toBe(
      'tdkt: roster -o in danh sách khen thưởng ra .docx hoặc .xlsx (nhận được "roster.csv"); để xuất tệp dữ liệu, dùng tdkt export roster hoặc --format\n' +
        'Chạy với --help để xem cách dùng.\n',
    );
  });
});

describe('the registry in Vietnamese', () => {
  it('init, settings unset', async () => {
    const copy = join(tempDir(), 'r.sqlite');
    copyRegistry(db, copy);
    expect((await runCli(['init'], { db: copy, env: vi })).stderr).toBe('Sổ đã có sẵn (58 hình thức khen thưởng).\n');
    expect((await runCli(['settings', 'unset', 'quota.cstdcs-share'], { db: copy, env: vi })).stderr).toBe(
      'quota.cstdcs-share không còn được đặt (mặc định: không có)\n',
    );
  });

  it('restore: the backup and the replaced registry described, dates as dd/mm/yyyy', async () => {
    const dir = tempDir();
    const copy = join(dir, 'r.sqlite');
    copyRegistry(db, copy);
    const backup = join(dir, 'b.sqlite');
    expect((await runCli(['backup', backup], { db: copy })).code).toBe(0);
    if (TEST_ENGINE === 'postgres') {
      // On a server a backup goes into an empty database, beside the registry in use.
      const target = join(dir, 'moi.sqlite');
      const r = await runCli(['restore', backup], { db: target, env: vi });
      const events = /(\d+) sự kiện/.exec(r.stderr)?.[1];
      const summary = `${events} sự kiện trong nhật ký kiểm tra, thay đổi gần nhất 01/03/2026 08:00`;
      expect(r).toEqual({ code: 0, stdout: '', stderr: `Bản sao lưu ${backup} kiểm tra hợp lệ: ${summary}.\nĐã khôi phục ${registryTarget(target)} từ ${backup} (${summary}).\n` });
      return;
    }
    const r = await runCli(['restore', backup, '--yes'], { db: copy, env: vi });
    const aside = `${copy}.before-restore-20260301T080000Z.bak`;
    const events = /(\d+) sự kiện/.exec(r.stderr)?.[1];
    expect(r).toEqual({
      code: 0,
      stdout: `${aside}\n`,
      stderr:
        `Bản sao lưu ${backup} kiểm tra hợp lệ: ${events} sự kiện trong nhật ký kiểm tra, thay đổi gần nhất 01/03/2026 08:00.\n` +
        `Đã khôi phục ${copy} từ ${backup} (${events} sự kiện trong nhật ký kiểm tra, thay đổi gần nhất 01/03/2026 08:00). Sổ bị thay được giữ tại ${aside}\n`,
    });
  });
});
