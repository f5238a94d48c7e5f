/**
 * What a Vietnamese clerk reads from the command line's own texts and views: headers, records, empty
 * tables, parse errors, the previews and questions of a correction, warnings. The English texts are
 * asserted beside the commands that show them; these are the same texts in Vietnamese.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Prompter } from '../../src/cli/prompt.js';
import { formatWarning } from '../../src/cli/views/warnings.js';
import { setLang } from '../../src/i18n/index.js';
import type { Finding } from '../../src/core/law/finding.js';
import { copyRegistry, demoRegistryFile, runCli, tempDir } from '../helpers.js';

let demo: string;
beforeAll(async () => {
  demo = await demoRegistryFile({ forFile: true });
});

/** A copy of the demo registry of its own, for a test that writes. */
function ownCopy(): string {
  const db = join(tempDir(), 'registry.sqlite');
  copyRegistry(demo, db);
  return db;
}

const vi = { TDKT_LANG: 'vi', NO_COLOR: '1' };

/** A prompter that answers every confirmation with `answer` and keeps the questions it was asked. */
function answering(answer: boolean): Prompter & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    input: async () => '',
    select: async () => undefined as never,
    search: async () => undefined as never,
    confirm: async (o) => {
      asked.push(o.message);
      return answer;
    },
  };
}

describe('tables and records in Vietnamese', () => {
  it('a list: Vietnamese headers, dd/mm/yyyy dates, the whole header on one line at 80 columns', async () => {
    const r = await runCli(['ceremony', 'list'], { db: demo, tty: true, columns: 80, env: vi });
    expect(r.stdout).toBe(
      [
        '┌──────────────┬──────────────────┬────────────┬───────────────────┬───────────┐',
        '│ Mã           │ Tên              │ Ngày       │ Đơn vị tổ chức    │ Lượt khen │',
        '├──────────────┼──────────────────┼────────────┼───────────────────┼───────────┤',
        '│ le-chan-2022 │ Hội nghị tổng k… │ 17/01/2022 │ UBND quận Lê Chân │        62 │',
        '└──────────────┴──────────────────┴────────────┴───────────────────┴───────────┘',
        '',
      ].join('\n'),
    );
  });

  it('a record: every field under its Vietnamese name, the date as dd/mm/yyyy', async () => {
    const r = await runCli(['decision', 'show', '1625/QĐ-TTg', '--format', 'table'], { db: demo, env: vi });
    expect(r.stdout.split('\n\n')[0].split('\n')).toEqual([
      'Mã                    ttg-2021-1625',
      'Số, ký hiệu           1625/QĐ-TTg',
      'Số                    1625',
      'Ngày                  05/10/2021',
      'Mã cơ quan            ttg',
      'Cơ quan ban hành      Thủ tướng Chính phủ',
      'Cấp                   Chính phủ',
      'Địa danh              Hà Nội',
      'Địa danh, ngày tháng  Hà Nội, ngày 05 tháng 10 năm 2021',
      'Thẩm quyền ký         KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG',
      'Trích yếu             Tặng Bằng khen của Thủ tướng Chính phủ',
      'Chế độ pháp lý        law2003-nd91',
      'Ghi chú               Minh họa (illustrative): tên và số liệu giả định',
      'Số dòng               4',
    ]);
    const json = await runCli(['decision', 'show', '1625/QĐ-TTg', '--json'], { db: demo, env: vi });
    expect(JSON.parse(json.stdout)).toMatchObject({ ref: 'ttg-2021-1625', date: '2021-10-05', body_name: 'Thủ tướng Chính phủ', lines: 4 });
  });

  it('counts: Vietnamese headers, their short forms on a narrow terminal, and the total row', async () => {
    const r = await runCli(['counts', 'le-chan-2022'], { db: demo, tty: true, columns: 80, env: vi });
    const lines = r.stdout.split('\n');
    expect(lines.find((l) => l.startsWith('│ Hình thức'))).toBe('│ Hình thức │ Tên                         │ Cấp       │ TT │ CN │ Hộ GĐ │ Tổng │');
    expect(lines.find((l) => l.startsWith('│ GK'))).toBe('│ GK        │ Giấy khen                   │ Huyện     │  6 │ 12 │     0 │   18 │');
    expect(lines.find((l) => l.startsWith('│ Tổng cộng'))).toBe('│ Tổng cộng │                             │           │ 38 │ 24 │     0 │   62 │');
  });

  it('the audit trail: times as dd/mm/yyyy hh:mm', async () => {
    const r = await runCli(['audit', 'log', '--last', '1'], { db: demo, tty: true, columns: 80, env: vi });
    expect(r.stdout.split('\n').slice(1, 4)).toEqual([
      '│ Sự kiện │ Thời điểm        │ Người thực hiện │ Lệnh │ Thao tác │ ID │',
      '├─────────┼──────────────────┼─────────────────┼──────┼──────────┼────┤',
      '│     438 │ 01/03/2026 08:00 │ tester          │ demo │ create   │ 27 │',
    ]);
  });

  it('an empty table says so in Vietnamese', async () => {
    const db = ownCopy();
    expect((await runCli(['recipient', 'add', 'Đỗ Thị Mới', '--kind', 'individual'], { db, env: vi })).code).toBe(0);
    const r = await runCli(['history', 'do thi moi'], { db, tty: true, env: vi });
    expect(r.stdout.split('\n').slice(1)).toEqual(['Chưa ghi nhận khen thưởng nào.', '']);
    const add = await runCli(['ceremony', 'add', 'Hội nghị sơ kết 6 tháng', '--date', '15/07/2022', '--organiser', 'ubnd-le-chan', '--ref', 'so-ket-2022'], { db, env: vi });
    expect(add.code, add.stderr).toBe(0);
    const roster = await runCli(['roster', 'so-ket-2022'], { db, tty: true, env: vi });
    expect(roster.stdout.split('\n').slice(1)).toEqual(['Chưa có khen thưởng nào được trao tại buổi lễ này (tdkt ceremony present).', '']);
  });
});

describe('errors and questions in Vietnamese', () => {
  it('a value that is not a year, not a count, not an id', async () => {
    const year = await runCli(['counts', '--year', '21'], { db: demo, env: vi });
    expect(year).toEqual({ code: 2, stdout: '', stderr: 'tdkt: "21" không phải là năm: cần bốn chữ số, ví dụ 2021\nChạy với --help để xem cách dùng.\n' });
    const last = await runCli(['audit', 'log', '--last', '0'], { db: demo, env: vi });
    expect(last.stderr).toBe('tdkt: --last "0" không phải là số lượng: cần một số nguyên từ 1 trở lên, ví dụ 20\nChạy với --help để xem cách dùng.\n');
    const id = await runCli(['award', 'reinstate', 'ba', '--by', '45/QĐ-TTg', '--date', '2023-08-01'], { db: demo, env: vi });
    expect(id.stderr).toBe('tdkt: "ba" không phải là ID của dòng khen thưởng: cần một số, ví dụ 12\nChạy với --help để xem cách dùng.\n');
  });

  it('a missing value without a terminal, and a correction without --yes', async () => {
    const missing = await runCli(['recipient', 'add', 'Trần Thị B'], { db: demo, env: vi });
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'tdkt: thiếu --kind: hãy ghi rõ, ví dụ --kind collective\nChạy với --help để xem cách dùng.\n' });
    const db = ownCopy();
    const unattended = await runCli(['award', 'void', '45', '--reason', 'nhập nhầm'], { db, env: vi });
    expect(unattended.stderr).toBe('tdkt: award void cần --yes khi không chạy trực tiếp trong cửa sổ dòng lệnh\nChạy với --help để xem cách dùng.\n');
  });

  it('award revoke shows what it will change and asks; no changes nothing (exit 130)', async () => {
    const db = ownCopy();
    const prompter = answering(false);
    const r = await runCli(['award', 'revoke', '3', '--by', '30/QĐ-TTg', '--date', '2023-05-10', '--ground', 'b'], { db, tty: true, prompter, env: vi });
    expect(r).toEqual({
      code: 130,
      stdout: '',
      stderr:
        'Thao tác này thu hồi dòng khen thưởng #3: BK_TTG cho Phòng Giáo dục và Đào tạo quận Lê Chân (2016–2020), 1625/QĐ-TTg ngày 05/10/2021, đã trao tại le-chan-2022\n' +
        '  theo 30/QĐ-TTg ngày 10/05/2023, lý do b. Dòng vẫn được giữ trong lịch sử, đánh dấu đã thu hồi.\n' +
        'tdkt: đã hủy; không có gì thay đổi\n',
    });
    expect(prompter.asked).toEqual(['Thu hồi dòng khen thưởng #3?']);
  });

  it('decision annul lists the first lines and counts the rest', async () => {
    const db = ownCopy();
    const prompter = answering(false);
    const r = await runCli(['decision', 'annul', '05/QĐ-UBND', '--by', '31/QĐ-UBND', '--date', '2023-05-10', '--ground', 'c'], { db, tty: true, prompter, env: vi });
    const shown = r.stderr.split('\n');
    expect(shown.slice(0, 2)).toEqual([
      'Thao tác này hủy bỏ 05/QĐ-UBND ngày 10/01/2022: theo 31/QĐ-UBND, lý do c, thu hồi 18 dòng:',
      '  dòng khen thưởng #45: GK cho UBND phường Lam Sơn (2021), 05/QĐ-UBND ngày 10/01/2022, đã trao tại le-chan-2022',
    ]);
    expect(shown.slice(11)).toEqual(['  … và 8 dòng khác', 'tdkt: đã hủy; không có gì thay đổi', '']);
    expect(prompter.asked).toEqual(['Hủy bỏ 05/QĐ-UBND và thu hồi 18 dòng của quyết định?']);
  });

  it('recipient merge previews what moves, asks, and reports', async () => {
    const db = ownCopy();
    expect((await runCli(['recipient', 'add', 'Nguyễn Văn A', '--kind', 'individual', '--ref', 'nguyen-van-a-2'], { db, env: vi })).code).toBe(0);
    const prompter = answering(true);
    const r = await runCli(['recipient', 'merge', 'nguyen-van-a-2', '--into', 'nguyen-van-a'], { db, tty: true, prompter, env: vi });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(
      [
        'Thao tác này gộp Nguyễn Văn A [nguyen-van-a-2] vào Nguyễn Văn A [nguyen-van-a]:',
        '  chuyển 0 dòng khen thưởng, 0 thành viên, 0 lượt xếp loại, 0 lượt kỷ luật, 0 sáng kiến, 0 số liệu thành viên;',
        '  tìm "nguyen-van-a-2" vẫn ra nguyen-van-a; nhật ký kiểm tra giữ hồ sơ của bản trùng.',
        'Đã gộp nguyen-van-a-2 vào nguyen-van-a: chuyển 0 dòng khen thưởng',
        '',
      ].join('\n'),
    );
    expect(prompter.asked).toEqual(['Gộp nguyen-van-a-2 vào nguyen-van-a?']);
  });

  it('a warning of a rule that does not refuse the write', () => {
    setLang('vi');
    const f = {
      severity: 'missing',
      rule: 'ldtt-criteria',
      article: 'Art. 24',
      message: 'MSG',
      hint: 'HINT',
      record: 'R',
      award_id: null,
      award_type: 'LDTT',
      year: 2021,
      recipient_name: 'Trần Thị B',
    } as unknown as Finding;
    const shown = formatWarning(f);
    expect(shown).toMatch(/^thiếu minh chứng: .*: MSG \[ldtt-criteria; Art\. 24\]\n {2}gợi ý: HINT$/);
    expect(formatWarning({ ...f, severity: 'warning', hint: null } as unknown as Finding)).toMatch(/^cảnh báo: /);
  });
});
