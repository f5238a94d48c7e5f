/** tdkt import in Vietnamese: its summary, what a dry run would create, its table and its refusals. */
import { describe, expect, it } from 'vitest';
import { demoRegistryFile, runCli } from '../helpers.js';
import { FIXTURES } from './support.js';

const vi = { TDKT_LANG: 'vi' };
const HEAD = 'decision_number,decision_date,issuing_body,award_type,recipient_kind,recipient_name,unit,achievement_period,line_no';

/** Three lines whose evidence meets the chains: no finding, only the summary. */
const CSV = [
  `${HEAD},Xếp loại,Sáng kiến,Cấp công nhận sáng kiến,Số thành viên,Số LĐTT`,
  '40/QĐ-UBND,2022-02-15,ubnd-le-chan,LDTT,cá nhân,Lương Văn Một,phong-noi-vu,2021,1,hoàn thành tốt nhiệm vụ,,,,',
  '40/QĐ-UBND,2022-02-15,ubnd-le-chan,CSTDCS,cá nhân,Lương Văn Một,phong-noi-vu,2021,2,,Số hóa hồ sơ một cửa,cơ sở,,',
  '40/QĐ-UBND,2022-02-15,ubnd-le-chan,TTLDTT,tập thể,Phòng Nội vụ quận Lê Chân,,2021,3,hoàn thành tốt nhiệm vụ,,,10,8',
  '',
].join('\n');

describe('tdkt import in Vietnamese', () => {
  it('sums up what it imported', async () => {
    const db = await demoRegistryFile({ history: false });
    const r = await runCli(['import', '-', '--format', 'csv'], { db, stdin: CSV, env: vi });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'Đã nhập 3 dòng khen thưởng từ stdin (1 đối tượng mới và 1 đã có, 1 quyết định mới và 0 đã có, 0 cơ quan mới và 1 đã có, 0 buổi lễ mới và 0 đã có; minh chứng: 2 xếp loại, 1 sáng kiến, 1 kê khai số thành viên; 0 dòng được trao tặng tại buổi lễ).\n',
    );
    // Scripts read the same table whatever the language.
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['entity\tcreated\tmatched', 'awards\t3\t0']);
  });

  it('a dry run says what it would create, and writes nothing', async () => {
    const db = await demoRegistryFile({ history: false });
    const r = await runCli(['import', '-', '--format', 'csv', '--dry-run'], { db, stdin: CSV, env: vi });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      [
        'Chạy thử: cả 3 dòng của stdin đều nhập được (3 dòng khen thưởng; 1 đối tượng mới và 1 đã có, 1 quyết định mới và 0 đã có, 0 cơ quan mới và 1 đã có, 0 buổi lễ mới và 0 đã có; minh chứng: 2 xếp loại, 1 sáng kiến, 1 kê khai số thành viên); không ghi gì.',
        'Sẽ tạo mới:',
        '  dòng 2: quyết định ubnd-le-chan-2022-40 «40/QĐ-UBND»',
        '  dòng 2: đối tượng luong-van-mot «Lương Văn Một»',
        '',
      ].join('\n'),
    );
  });

  it('on a terminal, the table names the records in Vietnamese', async () => {
    const db = await demoRegistryFile({ history: false });
    const r = await runCli(['--no-color', 'import', '-', '--format', 'csv'], { db, stdin: CSV, env: vi, tty: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '┌──────────────────┬────────────┬───────┐',
        '│ Loại bản ghi     │ Đã tạo mới │ Đã có │',
        '├──────────────────┼────────────┼───────┤',
        '│ dòng khen thưởng │          3 │     0 │',
        '│ lượt trao tặng   │          0 │     0 │',
        '│ đối tượng        │          1 │     1 │',
        '│ quyết định       │          1 │     0 │',
        '│ cơ quan          │          0 │     1 │',
        '│ buổi lễ          │          0 │     0 │',
        '└──────────────────┴────────────┴───────┘',
        '',
      ].join('\n'),
    );
  });

  it('refuses a file that is not there, in Vietnamese', async () => {
    const db = await demoRegistryFile({ history: false });
    const r = await runCli(['import', 'missing.csv'], { db, cwd: FIXTURES, env: vi });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'tdkt: không có tệp "missing.csv"\nChạy với --help để xem cách dùng.\n' });
  });
});
