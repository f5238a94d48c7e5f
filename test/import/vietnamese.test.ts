/**
 * The import in Vietnamese (TDKT_LANG=vi): a refusal still says where (file, row, column, field, sheet)
 * and how to fix it, worded as a clerk reads it. The English texts are asserted by the other tests.
 */
import { createReadStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRegistry } from '../../src/core/db.js';
import { importAwards } from '../../src/core/import/importer.js';
import { registryTarget } from '../pg/engine.js';
import { setLang } from '../../src/i18n/index.js';
import { demoRegistryFile, fixedClock, runCli, tempDir } from '../helpers.js';
import { FIXTURES, snapshot } from './support.js';

const vi = { TDKT_LANG: 'vi', NO_COLOR: '1' };

async function withDecision(): Promise<string> {
  const db = await demoRegistryFile({ history: false });
  const d = await runCli(['decision', 'add', '25/QĐ-UBND', '--date', '10/01/2022', '--body', 'ubnd-le-chan', '--capacity', 'CHỦ TỊCH'], { db });
  expect(d.code).toBe(0);
  return db;
}

describe('tdkt import in Vietnamese', () => {
  afterEach(() => setLang('en'));

  it('a refused file: each problem with its row and column, what is wrong and how to fix it; nothing is written', async () => {
    const db = await withDecision();
    const before = snapshot(db);
    const csv = ['STT,Họ và tên,Đơn vị,Hình thức khen thưởng,Năm', '1,Trường THCS Trần Phú,,LĐTT,2021', 'x,Trần Văn An,,Bằng khen xịn,2021', '3,Phạm Văn Ba,,GK,', ''].join('\n');
    const r = await runCli(['import', '-', '--format', 'csv', '--decision', 'ubnd-le-chan-2022-25'], { db, stdin: csv, env: vi });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toEqual([
      'tdkt: stdin: 3 trên 3 dòng không nhập được; không có gì được ghi vào sổ',
      '  dòng 2, cột «Họ và tên»: "Trường THCS Trần Phú" có trong sổ là truong-thcs-tran-phu (tập thể), không phải cá nhân: hãy ghi mã của đối tượng vào recipient_ref, hoặc sửa lại loại đối tượng',
      '  dòng 3, cột «STT»: "x" không phải số thứ tự: cần một số nguyên từ 1 trở lên, ví dụ 12',
      '  dòng 4, cột «Năm»: đang để trống: cần ghi một năm hoặc một khoảng năm, ví dụ 2021',
      'gợi ý: Hãy sửa các dòng lỗi rồi nhập lại cả tệp (nhập tất cả hoặc không nhập gì); --errors <file> ghi các dòng lỗi kèm một cột lý do.',
      '',
    ]);
    expect(snapshot(db)).toBe(before);
  });

  it('an unknown award type and a matching that needs the clerk: the row, the column and the way out', async () => {
    const db = await withDecision();
    const csv = [
      'STT,Loại đối tượng,Tên đối tượng,Hình thức khen thưởng,Năm',
      '1,cá nhân,Trần Văn An,Thư khen,2021',
      '2,cá nhân,Trần Văn Bình,Bằng khen,2021',
      '3,cá nhân,Trường Mầm non Sao Mai,GK,2021',
      '',
    ].join('\n');
    const r = await runCli(['import', '-', '--format', 'csv', '--decision', 'ubnd-le-chan-2022-25'], { db, stdin: csv, env: vi });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').slice(0, 4)).toEqual([
      'tdkt: stdin: 3 trên 3 dòng không nhập được; không có gì được ghi vào sổ',
      '  dòng 2, cột «Hình thức khen thưởng»: "Thư khen" không phải hình thức khen thưởng: hãy ghi mã hoặc tên tiếng Việt, ví dụ GK hoặc Giấy khen (tdkt award-type list)',
      '  dòng 3, cột «Hình thức khen thưởng»: "Bằng khen" có thể là BK_TTG (Bằng khen của Thủ tướng Chính phủ) hoặc BK_BT (Bằng khen của Bộ, ban, ngành, tỉnh): hãy ghi mã',
      '  dòng 4, cột «Loại đối tượng»: "Trường Mầm non Sao Mai" là tên của một tập thể, không phải của một người: hãy ghi loại (tập thể) ở cột «Loại đối tượng», hoặc đặt dòng này dưới một dòng mục như "I. TẬP THỂ"',
    ]);
  });

  it('a header that cannot be read: row 1, column 3, and the missing columns with what they hold', async () => {
    const db = await withDecision();
    const r = await runCli(['import', '-', '--format', 'csv'], { db, stdin: 'STT,Họ và tên,Cột lạ,Hình thức khen thưởng,Năm\n1,Trần Văn An,,GK,2021\n', env: vi });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').slice(0, 5)).toEqual([
      'tdkt: stdin: không đọc được dòng tiêu đề; không có gì được nhập',
      '  dòng 1, cột 3: cột «Cột lạ» không có trong mẫu: đổi tên cột theo một tiêu đề trong hướng dẫn (tdkt import --help), dùng --ignore-column "Cột lạ", hoặc xóa cột này',
      '  dòng 1: thiếu cột decision_number («Số quyết định»): số, ký hiệu của quyết định, ví dụ 05/QĐ-UBND',
      '  dòng 1: thiếu cột decision_date («Ngày quyết định»): ngày ký quyết định: DD/MM/YYYY hoặc YYYY-MM-DD, ví dụ 10/01/2022',
      '  dòng 1: thiếu cột issuing_body («Cơ quan ban hành»): cơ quan ban hành quyết định: mã hoặc tên cơ quan, ví dụ UBND quận Lê Chân',
    ]);
    expect(r.stderr).toContain('\ngợi ý: Các cột được nhận: line_no, decision_number, ');
    expect(r.stderr).toContain(' (hoặc tiêu đề tiếng Việt tương ứng; xem tdkt import --help).\n');
  });

  it('a JSON field, a workbook sheet, a file in another encoding: said in Vietnamese', async () => {
    const db = await demoRegistryFile({ history: false });
    const json = await runCli(['import', '-', '--format', 'ndjson'], { db, stdin: '{"decision_number":"5/QĐ-UBND","ho_ten_cha":"x"}\n', env: vi });
    expect(json.code).toBe(1);
    expect(json.stderr.split('\n').slice(0, 2)).toEqual([
      'tdkt: stdin: có trường không đọc được; không có gì được nhập',
      '  dòng 1, trường «ho_ten_cha»: cột «ho_ten_cha» không có trong mẫu: đổi tên cột theo một tiêu đề trong hướng dẫn (tdkt import --help), dùng --ignore-column "ho_ten_cha", hoặc xóa cột này',
    ]);

    const sheet = await runCli(['import', 'annex.xlsx', '--sheet', 'Trang 9'], { db, cwd: FIXTURES, env: vi });
    expect(sheet.code).toBe(1);
    expect(sheet.stderr).toBe('tdkt: annex.xlsx không có trang tính nào tên «Trang 9»\ngợi ý: Các trang tính của tệp: «Danh sách», «Ghi chú».\n');

    const cp1258 = await runCli(['import', 'windows-1258.csv'], { db, cwd: FIXTURES, env: vi });
    expect(cp1258.code).toBe(1);
    expect(cp1258.stderr).toBe(
      'tdkt: windows-1258.csv không phải UTF-8: byte 0xF4 ở vị trí 5 (dòng 1) không hợp lệ trong UTF-8 — có lẽ là bảng mã Windows-1258, TCVN3 hoặc VNI; không có gì được nhập\n' +
        'gợi ý: Hãy lưu tệp dạng UTF-8: trong Excel chọn File → Save As → "CSV UTF-8 (Comma delimited)"; hoặc chuyển mã bằng iconv -f CP1258 -t UTF-8.\n',
    );
  });

  it('a dry run: what it passed over, what may be the same collective, the summary and what it would create; nothing is written', async () => {
    const db = await withDecision();
    const before = snapshot(db);
    const r = await runCli(['import', 'annex-sections.csv', '--decision', '25/QĐ-UBND', '--ceremony', 'le-chan-2022', '--no-strict', '--dry-run'], {
      db,
      cwd: FIXTURES,
      env: vi,
    });
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')).toEqual([
      'annex-sections.csv: các cột «Nam», «Năm sinh» không được lưu trong sổ: đã bỏ qua',
      'annex-sections.csv: danh sách kết thúc ở dòng 18 («Tổng cộng: 02 tập thể, 03 cá nhân, 01 hộ gia đình»); 3 dòng bên dưới không được đọc',
      'dòng 13: tập thể mới «Trường Trung học cơ sở Trần Phú» gần giống «Trường THCS Trần Phú» (truong-thcs-tran-phu) trong sổ: nếu là cùng một tập thể, hãy ghi đúng tên hoặc mã đó',
      'Chạy thử: cả 6 dòng của annex-sections.csv đều nhập được (6 dòng khen thưởng; 7 đối tượng mới và 0 đã có, 0 quyết định mới và 1 đã có, 0 cơ quan mới và 1 đã có, 0 buổi lễ mới và 1 đã có); không ghi gì.',
      'Sẽ tạo mới:',
      '  dòng 8: đối tượng to-ngu-van «Tổ Ngữ văn»',
      '  dòng 9: đối tượng tram-y-te-phuong-cat-dai «Trạm Y tế phường Cát Dài»',
      '  dòng 12: đối tượng pham-thi-thu «Phạm Thị Thu»',
      '  dòng 13: đối tượng truong-trung-hoc-co-so-tran-phu «Trường Trung học cơ sở Trần Phú»',
      '  dòng 13: đối tượng tran-van-khoa «Trần Văn Khoa»',
      '  dòng 15: đối tượng vu-van-binh «Vũ Văn Bình»',
      '  dòng 17: đối tượng ho-ong-nguyen-van-sau «Hộ ông Nguyễn Văn Sáu»',
      '',
    ]);
    expect(snapshot(db)).toBe(before);
  });

  it('--errors naming a folder is refused in Vietnamese', async () => {
    const db = await demoRegistryFile({ history: false });
    const dir = tempDir();
    mkdirSync(join(dir, 'loi'));
    const r = await runCli(['import', join(FIXTURES, 'bad-rows.csv'), '--errors', 'loi'], { db, cwd: dir, env: vi });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('tdkt: loi là một thư mục\ngợi ý: Hãy ghi tên một tệp trong thư mục đó, ví dụ thêm /export.csv vào cuối đường dẫn.\n');
  });

  it('the parsing worker speaks the language of the run (a CSV cut inside a quoted field)', async () => {
    const WORKER = join(import.meta.dirname, '..', '..', 'dist', 'import-worker.cjs');
    const file = join(FIXTURES, 'truncated.csv');
    const messages: string[] = [];
    for (const worker of [false, true]) {
      const db = await demoRegistryFile({ history: false });
      const reg = await openRegistry(registryTarget(db), { clock: fixedClock, actor: 'tester' });
      setLang('vi');
      try {
        await importAwards(reg, createReadStream(file), { format: 'csv', name: 'annex.csv', parseWorker: worker ? { path: file, script: WORKER } : undefined });
      } catch (e) {
        messages.push(`${(e as Error).message} | ${(e as { hint?: string }).hint}`);
      } finally {
        setLang('en');
        await reg.close();
      }
    }
    expect(messages).toEqual([
      'annex.csv kết thúc giữa một trường trong ngoặc kép mở ở dòng 3: tệp có vẻ bị cắt cụt; không có gì được nhập | Hãy xuất lại tệp từ chương trình bảng tính, hoặc đóng ngoặc kép (") của trường cuối cùng.',
      'annex.csv kết thúc giữa một trường trong ngoặc kép mở ở dòng 3: tệp có vẻ bị cắt cụt; không có gì được nhập | Hãy xuất lại tệp từ chương trình bảng tính, hoặc đóng ngoặc kép (") của trường cuối cùng.',
    ]);
  });
});
