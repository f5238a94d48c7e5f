/**
 * The commands of records and awards in Vietnamese (the default language) and in English: the summaries
 * of tdkt --help, a command's help, notices, tables and errors.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';
import { setLang } from '../../src/i18n/index.js';
import { COMMAND_SUMMARY } from '../../src/i18n/messages/commands-a.js';
import { demoRegistryFile, runCli } from '../helpers.js';

const vi = { TDKT_LANG: 'vi' };
/** Help wraps to the width of the terminal: compare its words, not its line breaks. */
const words = (s: string) => s.replace(/\s+/g, ' ');

describe('tdkt --help in Vietnamese', () => {
  it('lists every command with its Vietnamese summary', async () => {
    const r = await runCli(['--help'], { env: vi });
    expect(r.code).toBe(0);
    const help = words(r.stdout);
    expect(help).toContain(' Lệnh: init tạo tệp sổ đăng ký (kèm danh mục khen thưởng) nếu chưa có, và in đường dẫn của tệp ');
    expect(help).toContain(' award dòng khen thưởng: ai được tặng danh hiệu hay hình thức khen thưởng nào, theo quyết định nào ');
    expect(help).toContain(' ceremony các buổi lễ trao tặng khen thưởng ');
    expect(help).toContain(' counts thống kê khen thưởng theo hình thức và cấp, chia theo tập thể, cá nhân, hộ gia đình: của một buổi lễ hoặc của một năm ');
    expect(help).toContain(' audit nhật ký kiểm tra: ai đã thay đổi gì, khi nào, và bằng chứng rằng không có gì bị sửa ngoài tdkt ');
    expect(help).not.toContain('award lines: who receives');
  });

  it('in English with --lang en', async () => {
    const r = await runCli(['--lang', 'en', '--help'], { env: vi });
    expect(words(r.stdout)).toContain(' award award lines: who receives which title or form, by which decision ');
  });

  it('reads each summary in the language of the moment it is shown', () => {
    const award = commands.find((c) => c.name === 'award')!;
    setLang('vi');
    expect(award.summary).toBe('dòng khen thưởng: ai được tặng danh hiệu hay hình thức khen thưởng nào, theo quyết định nào');
    setLang('en');
    expect(award.summary).toBe('award lines: who receives which title or form, by which decision');
  });

  it('has a summary in both languages for every command', () => {
    const keyOf = (name: string) => (name === 'award-type' ? 'awardType' : name === '__complete' ? 'complete' : name);
    for (const c of commands) {
      const m = COMMAND_SUMMARY[keyOf(c.name) as keyof typeof COMMAND_SUMMARY];
      expect(m, c.name).toBeDefined();
      expect(m.vi(), c.name).not.toBe(m.en());
    }
  });
});

describe('tdkt award add --help in Vietnamese', () => {
  it('describes the command, its options and their choices', async () => {
    const r = await runCli(['award', 'add', '--help'], { env: vi });
    expect(r.code).toBe(0);
    const help = words(r.stdout);
    expect(r.stdout).toMatch(/^Cách dùng: tdkt award add \[options\]\n/);
    expect(help).toContain(' thêm một dòng khen thưởng vào phụ lục của quyết định, có kiểm tra theo các quy tắc của pháp luật ');
    expect(help).toContain(' -d, --decision <decision> quyết định (mã hoặc số, ví dụ 05/QĐ-UBND) ');
    expect(help).toContain(' -r, --recipient <recipient> đối tượng được khen thưởng (mã hoặc tên) ');
    expect(help).toContain(' -p, --period <period> giai đoạn thành tích: một năm hoặc một khoảng năm, ví dụ 2021 hoặc 2020-2021 ');
    expect(help).toContain(' --line <n> số thứ tự (STT) của dòng trong phụ lục ');
    expect(help).toContain(' --no-strict chỉ cảnh báo, bất kể thiết lập award.strict ');
    // Flags, choices and examples stay as they are typed.
    expect(help).toContain('"regular"');
    expect(help).toContain('$ tdkt award add --decision 05/QĐ-UBND');
  });

  it('keeps English with TDKT_LANG=en', async () => {
    const r = await runCli(['award', 'add', '--help'], { env: { TDKT_LANG: 'en' } });
    expect(words(r.stdout)).toContain(" add an award line to a decision's annex, checked against the rules of the law ");
  });
});

describe('errors in Vietnamese', () => {
  it('counts without a ceremony or a year', async () => {
    expect(await runCli(['counts'], { env: vi })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tdkt: hãy chỉ ra một buổi lễ, hoặc nhập --year, ví dụ tdkt counts --year 2021\nChạy với --help để xem cách dùng.\n',
    });
  });

  it('an edit with nothing to change, a present naming nothing, a script not in .docx', async () => {
    const edit = await runCli(['award', 'edit', '12'], { env: vi });
    expect(edit.code).toBe(2);
    expect(edit.stderr.split('\n')[0]).toBe(
      'tdkt: không có gì để sửa: hãy nhập ít nhất một trong các tùy chọn --decision, --recipient, --type, --period, --achievement, --kind, --line, --unit-name, --position, --note',
    );
    const present = await runCli(['ceremony', 'present', 'le-chan-2022'], { env: vi });
    expect(present.stderr.split('\n')[0]).toBe('tdkt: hãy chỉ ra những gì được trao: --decision <decision> hoặc --award <id>');
    const script = await runCli(['ceremony', 'script', 'le-chan-2022', '-o', 'kich-ban.txt'], { env: vi });
    expect(script.stderr.split('\n')[0]).toBe('tdkt: ceremony script ghi ra văn bản Word: hãy đặt tên tệp có đuôi .docx, ví dụ -o kich-ban.docx (đã nhập "kich-ban.txt")');
    const batch = await runCli(['ceremony', 'script', 'le-chan-2022', '--batch', '0'], { env: vi });
    expect(batch.stderr.split('\n')[0]).toBe('tdkt: --batch là số người được mời lên mỗi lượt, từ 1 đến 100 (đã nhập "0")');
    const shell = await runCli(['completion', 'tcsh'], { env: vi });
    expect(shell.stderr.split('\n')[0]).toBe('tdkt: không có tập lệnh tự hoàn thành cho "tcsh": hãy chọn một trong bash, zsh, fish, powershell');
  });
});

describe('notices and tables in Vietnamese', () => {
  let demo: string;
  beforeAll(async () => {
    demo = await demoRegistryFile({ forFile: true });
  });

  it('counts: the title names the ceremony and its date as dd/mm/yyyy', async () => {
    const r = await runCli(['counts', 'le-chan-2022', '--format', 'md'], { db: demo, env: vi });
    expect(r.stdout.split('\n')[0]).toBe(
      '## Thống kê: Hội nghị tổng kết phong trào thi đua năm 2021, phát động phong trào thi đua năm 2022 — 17/01/2022',
    );
    const year = await runCli(['counts', '--year', '2021', '--level', 'district', '--format', 'md'], { db: demo, env: vi });
    expect(year.stdout.split('\n')[0]).toBe('## Thống kê: quyết định năm 2021 · district');
  });

  it('decision show: the annex under its Vietnamese title', async () => {
    const r = await runCli(['decision', 'show', '05/QĐ-UBND', '--format', 'md'], { db: demo, env: vi });
    expect(r.stdout).toContain('\n## Phụ lục\n');
  });

  it('body setting list: Vietnamese headers, and whether a value is set here', async () => {
    const r = await runCli(['body', 'setting', 'list', 'ubnd-le-chan', '--format', 'md'], { db: demo, env: vi });
    const [header] = r.stdout.split('\n');
    expect(header).toBe('| Thiết lập | Giá trị | Đặt riêng | Ý nghĩa |');
    expect(r.stdout).toContain('| không (mặc định) |');
    // Machine formats keep their English keys.
    const json = JSON.parse((await runCli(['body', 'setting', 'list', 'ubnd-le-chan', '--json'], { db: demo, env: vi })).stdout) as object[];
    expect(Object.keys(json[0])).toEqual(['key', 'value', 'set', 'describe']);
  });

  it('records and corrections: what was done, with dates as dd/mm/yyyy', async () => {
    const db = await demoRegistryFile();
    const run = (...argv: string[]) => runCli(argv, { db, env: vi });
    expect((await run('body', 'add', 'UBND phường An Biên', '--level', 'commune', '--abbr', 'UBND', '--ref', 'ubnd-an-bien')).stderr).toBe(
      'Đã thêm cơ quan ubnd-an-bien: UBND phường An Biên (commune)\n',
    );
    expect((await run('decision', 'add', '12/QĐ-UBND', '--date', '2022-01-12', '--body', 'ubnd-an-bien', '--ref', 'an-bien-12')).stderr).toBe(
      'Đã thêm quyết định an-bien-12: 12/QĐ-UBND ngày 12/01/2022 (UBND phường An Biên, khung pháp lý law2003-nd91)\n',
    );
    expect((await run('ceremony', 'add', 'Hội nghị tổng kết năm 2021', '--date', '2022-01-18', '--organiser', 'ubnd-an-bien', '--ref', 'an-bien-2022')).stderr).toBe(
      'Đã thêm buổi lễ an-bien-2022: Hội nghị tổng kết năm 2021 (18/01/2022)\n',
    );
    expect((await run('award', 'revoke', '--yes', '3', '--by', '30/QĐ-TTg', '--date', '10/05/2023', '--ground', 'b')).stderr).toBe(
      'Dòng khen thưởng #3 đã bị thu hồi theo 30/QĐ-TTg ngày 10/05/2023, căn cứ b (BK_TTG cho Phòng Giáo dục và Đào tạo quận Lê Chân, 2016–2020, 1625/QĐ-TTg); dòng vẫn được giữ trong lịch sử.\n',
    );
    expect((await run('body', 'setting', 'set', 'ubnd-le-chan', 'archive', 'VT, NV')).stderr).toBe('ubnd-le-chan: đã đặt archive\n');
    expect((await run('body', 'setting', 'unset', 'ubnd-le-chan', 'archive')).stderr).toBe('ubnd-le-chan: archive đã về mặc định\n');
  });

  it('audit anchor: the head of the trail at a time people read', async () => {
    const r = await runCli(['audit', 'anchor'], { db: demo, env: vi });
    expect(r.stderr).toMatch(/^Đầu nhật ký kiểm tra: sự kiện #\d+ lúc 01\/03\/2026 08:00\. Ghi \d+:[0-9a-f]{12} lên bản giấy; /);
  });
});
