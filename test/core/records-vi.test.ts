/**
 * The core's records and their errors in Vietnamese, as a clerk reads them (exact texts), beside the
 * English ones of test/cli/records.test.ts and test/trust/.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BusyError } from '../../src/core/errors.js';
import { parseInput } from '../../src/core/validate.js';
import { BodyInput } from '../../src/core/body/body.js';
import { AwardTypeInput } from '../../src/core/award-type/award-type.js';
import { setLang } from '../../src/i18n/index.js';
import { runCli, tempDir } from '../helpers.js';
import { registryTarget, TEST_ENGINE } from '../pg/engine.js';

let db: string;
const vi = (...argv: string[]) => runCli(argv, { db, env: { TDKT_LANG: 'vi' } });
const en = (...argv: string[]) => runCli(argv, { db, env: { TDKT_LANG: 'en' } });

/** A small registry typed in through the CLI: two people of the same name, two ceremonies of the same name. */
beforeAll(async () => {
  db = join(tempDir({ forFile: true }), 'r.sqlite');
  expect((await en('init')).code).toBe(0);
  for (const argv of [
    ['body', 'add', 'UBND quận Lê Chân', '--level', 'district', '--abbr', 'UBND', '--place', 'Lê Chân', '--ref', 'ubnd-le-chan'],
    ['body', 'add', 'UBND thành phố Hải Phòng', '--level', 'province', '--abbr', 'UBND', '--ref', 'ubnd-hp'],
    ['recipient', 'add', 'Trường THCS Trần Phú', '--kind', 'collective'],
    ['recipient', 'add', 'UBND phường Đông Hải', '--kind', 'collective'],
    ['recipient', 'add', 'Nguyễn Văn A', '--kind', 'individual', '--unit', 'truong thcs tran phu'],
    ['recipient', 'add', 'Nguyễn Văn A', '--kind', 'individual', '--unit', 'dong hai'],
    ['decision', 'add', '5/QD-UBND', '--date', '10/01/2022', '--body', 'ubnd-le-chan'],
    ['award', 'add', '-d', '05/QĐ-UBND', '-r', 'truong-thcs-tran-phu', '-t', 'GK', '-p', '2021'],
    ['ceremony', 'add', 'Hội nghị tổng kết', '--date', '2022-01-17', '--organiser', 'ubnd-le-chan', '--ref', 'tong-ket-2022'],
    ['ceremony', 'add', 'Hội nghị tổng kết', '--date', '2023-01-16', '--organiser', 'ubnd-le-chan', '--ref', 'tong-ket-2023'],
  ]) {
    const r = await en(...argv);
    expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(0);
  }
});

describe('not found, in Vietnamese', () => {
  it('a name that matches nothing, with the hint to search', async () => {
    expect(await vi('history', 'khong co ai')).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'tdkt: Không tìm thấy đối tượng nào khớp với "khong co ai"\n' +
        'gợi ý: Xem các đối tượng gần đúng bằng: tdkt search <từ khóa>, hoặc thêm đối tượng bằng: tdkt recipient add\n',
    });
  });

  it('an award line by number', async () => {
    expect(await vi('award', 'revoke', '99', '--by', '30/QĐ-UBND', '--date', '2022-05-10', '--ground', 'a', '--yes')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'tdkt: Không tìm thấy dòng khen thưởng #99\ngợi ý: Xem danh sách dòng khen thưởng bằng: tdkt award list\n',
    });
  });
});

describe('an ambiguous name lists the candidates', () => {
  it('two people of the same name, in Vietnamese', async () => {
    const r = await vi('history', 'nguyen van a');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        'tdkt: "nguyen van a" khớp với 2 đối tượng',
        '  nguyen-van-a    Nguyễn Văn A — Trường THCS Trần Phú',
        '  nguyen-van-a-2  Nguyễn Văn A — UBND phường Đông Hải',
        'gợi ý: Hãy dùng một trong các mã sau: nguyen-van-a, nguyen-van-a-2',
        '',
      ].join('\n'),
    );
  });

  it('two ceremonies of the same name, each with its date as dd/mm/yyyy, in both languages', async () => {
    const candidates = ['  tong-ket-2022  Hội nghị tổng kết — 17/01/2022', '  tong-ket-2023  Hội nghị tổng kết — 16/01/2023'];
    expect((await vi('roster', 'hoi nghi tong ket')).stderr).toBe(
      ['tdkt: "hoi nghi tong ket" khớp với 2 buổi lễ', ...candidates, 'gợi ý: Hãy dùng một trong các mã sau: tong-ket-2022, tong-ket-2023', ''].join('\n'),
    );
    expect((await en('roster', 'hoi nghi tong ket')).stderr).toBe(
      ['tdkt: "hoi nghi tong ket" matches 2 ceremonies', ...candidates, 'hint: Use one of the references instead: tong-ket-2022, tong-ket-2023', ''].join('\n'),
    );
  });

  it('two bodies: their level as printed on documents in Vietnamese, its code in English', async () => {
    expect((await vi('decision', 'list', '--body', 'ubnd')).stderr).toBe(
      [
        'tdkt: "ubnd" khớp với 2 cơ quan, đơn vị',
        '  ubnd-le-chan  UBND quận Lê Chân — Cấp huyện',
        '  ubnd-hp       UBND thành phố Hải Phòng — Bộ, ban, ngành, tỉnh',
        'gợi ý: Hãy dùng một trong các mã sau: ubnd-le-chan, ubnd-hp',
        '',
      ].join('\n'),
    );
    expect((await en('decision', 'list', '--body', 'ubnd')).stderr.split('\n').slice(0, 3)).toEqual([
      'tdkt: "ubnd" matches 2 bodies',
      '  ubnd-le-chan  UBND quận Lê Chân — district',
      '  ubnd-hp       UBND thành phố Hải Phòng — province',
    ]);
  });
});

describe('the registry file, in Vietnamese', () => {
  it('refuses a write when opened read-only', async () => {
    const r = await runCli(['--read-only', 'body', 'add', 'UBND phường Lam Sơn', '--level', 'commune', '--abbr', 'UBND'], { db, env: { TDKT_LANG: 'vi' } });
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: 'tdkt: Sổ đang mở chỉ để đọc: không thể chạy lệnh body add\ngợi ý: Chạy lại không có --read-only (và bỏ biến TDKT_READ_ONLY) để thay đổi dữ liệu.\n',
    });
  });

  it('names a missing registry and how to create one', async () => {
    const path = join(tempDir(), 'none.sqlite');
    if (TEST_ENGINE === 'postgres') {
      const url = registryTarget(path);
      expect(await runCli(['--read-only', 'award', 'list'], { db: path, env: { TDKT_LANG: 'vi' } })).toEqual({
        code: 1,
        stdout: '',
        stderr: `tdkt: Cơ sở dữ liệu PostgreSQL ${url} chưa có sổ\ngợi ý: Tạo sổ bằng: tdkt --db '${url}' init — hoặc chép một sổ vào đó bằng tdkt copy.\n`,
      });
      return;
    }
    expect(await runCli(['--read-only', 'award', 'list'], { db: path, env: { TDKT_LANG: 'vi' } })).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `tdkt: Không có sổ tại ${path}\n` +
        `gợi ý: Tạo sổ mới bằng: tdkt --db ${path} init — hoặc chọn một sổ có sẵn bằng --db hay TDKT_DB (tdkt info cho biết đang dùng sổ nào).\n`,
    });
  });

  it('names the command holding a busy registry, since when (dd/mm/yyyy), and how long it waited', () => {
    setLang('vi');
    const e = new BusyError('/srv/tdkt.sqlite', 10_000, { pid: 4242, command: 'tdkt import', actor: 'lan', since: '2026-03-01T08:05:09.000Z' });
    expect([e.message, e.hint]).toEqual([
      'Sổ /srv/tdkt.sqlite đang bận: tdkt import (tiến trình 4242, do lan chạy, từ 01/03/2026 08:05) đang ghi vào sổ; đã chờ 10 giây',
      'Hãy thử lại khi lệnh đó chạy xong (nhập một tệp lớn có thể mất vài phút).',
    ]);
  });
});

describe('what a clerk types, checked in Vietnamese', () => {
  it('a malformed decision number', async () => {
    expect((await vi('decision', 'add', 'QĐ 12', '--date', '2022-01-10', '--body', 'ubnd-le-chan')).stderr).toBe(
      'tdkt: Thông tin quyết định không hợp lệ\n  number: "QĐ 12" không phải là số quyết định: cần viết số/QĐ-CƠQUAN, ví dụ 215/QĐ-UBND hoặc 722/QĐ-TTg\n',
    );
  });

  it('an impossible date and a malformed period', async () => {
    expect((await vi('decision', 'add', '12/QĐ-UBND', '--date', '31/02/2022', '--body', 'ubnd-le-chan')).stderr).toBe(
      'tdkt: Thông tin quyết định không hợp lệ\n  date: "31/02/2022" không phải là một ngày có thật trên lịch\n',
    );
    expect((await vi('award', 'add', '-d', '05/QĐ-UBND', '-r', 'truong-thcs-tran-phu', '-t', 'GK', '-p', '21')).stderr).toBe(
      'tdkt: Thông tin dòng khen thưởng không hợp lệ\n  period: "21" không phải là giai đoạn thành tích: cần một năm hoặc một khoảng năm, ví dụ 2021 hoặc 2020-2021\n',
    );
  });

  it('a withdrawing decision dated before the award, its dates as dd/mm/yyyy', async () => {
    const r = await vi('award', 'revoke', '1', '--by', '30/QĐ-UBND', '--date', '2021-05-10', '--ground', 'a', '--yes');
    expect(r.stderr).toBe(
      'tdkt: Không thể thu hồi dòng khen thưởng #1 (GK cho Trường THCS Trần Phú, quyết định 05/QĐ-UBND)\n' +
        '  date: ngày 10/05/2021 sớm hơn quyết định khen thưởng 05/QĐ-UBND ngày 10/01/2022\n',
    );
  });

  it('a setting out of range', async () => {
    expect((await vi('settings', 'set', 'quota.cstdcs-share', '150')).stderr).toBe(
      'tdkt: Không đặt được quota.cstdcs-share: "150" không phải là tỷ lệ phần trăm từ 0 đến 100, ví dụ 15\ngợi ý: ví dụ tdkt settings set quota.cstdcs-share 15\n',
    );
  });

  it("zod's own messages and the schemas' follow the language of the run", () => {
    setLang('vi');
    const bad = () => parseInput(BodyInput, { name: ' ', level: 'ward', abbr: 'UBND' }, 'body');
    expect(bad).toThrow('Thông tin cơ quan, đơn vị không hợp lệ');
    try {
      bad();
    } catch (e) {
      expect((e as { issues: unknown[] }).issues).toEqual([
        { where: 'name', message: 'không được để trống' },
        { where: 'level', message: 'phải là một trong: state, government, province, department, district, commune, unit' },
      ]);
    }
    const rank = { code: 'KNC_GD', name_vi: 'Kỷ niệm chương', family: 'form', recipient_kinds: 'I', levels: 'province', rank: 'abc' };
    expect(() => parseInput(AwardTypeInput, rank, 'award type')).toThrow(expect.objectContaining({ issues: [{ where: 'rank', message: 'Đầu vào không hợp lệ: mong đợi số, nhận được NaN' }] }));
    setLang('en');
    expect(() => parseInput(AwardTypeInput, rank, 'award type')).toThrow(expect.objectContaining({ message: 'Invalid award type', issues: [{ where: 'rank', message: 'Invalid input: expected number, received NaN' }] }));
  });
});
