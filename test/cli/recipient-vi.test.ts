/** tdkt recipient in Vietnamese: its help, its prompts, what it says when done, and its refusals. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Choice, Prompter } from '../../src/cli/prompt.js';
import { demoRegistryFile, runCli, tempDir } from '../helpers.js';

const vi = { TDKT_LANG: 'vi' };

describe('tdkt recipient in Vietnamese', () => {
  it('recipient add --help', async () => {
    const r = await runCli(['recipient', 'add', '--help'], { env: vi });
    expect(r.code).toBe(0);
    // The lines of the command itself; --format, --json and the examples' title are shared by every listing.
    expect(r.stdout).toContain(
      [
        'Cách dùng: tdkt recipient add [options] [name]',
        '',
        'thêm một tập thể, cá nhân hoặc hộ gia đình',
        '',
        'Tham số:',
        '  name                       họ và tên hoặc tên tập thể, có dấu',
        '',
        'Tùy chọn:',
        '  -k, --kind <kind>          loại đối tượng: tập thể, cá nhân hoặc hộ gia đình',
      ].join('\n'),
    );
    expect(r.stdout).toContain(
      [
        '  -u, --unit <unit>          tập thể mà đối tượng thuộc về (mã hoặc tên)',
        '  -p, --position <position>  chức vụ của cá nhân',
        '  --place <place>            địa chỉ hoặc phường, xã (chẳng hạn của một hộ gia',
        '                             đình)',
        '  --note <note>              ghi chú',
        '  --ref <ref>                mã dùng thay cho mã tạo từ tên',
      ].join('\n'),
    );
    expect(r.stdout).toContain('  -h, --help                 hiển thị trợ giúp của lệnh\n');
    expect(r.stdout).toContain('  $ tdkt recipient add "Trường THCS Trần Phú" --kind collective\n');
  });

  it('says what it added, and the reference on stdout', async () => {
    const db = join(tempDir(), 'r.sqlite');
    expect((await runCli(['init'], { db })).code).toBe(0);
    const r = await runCli(['recipient', 'add', 'Trường THCS Trần Phú', '--kind', 'collective'], { db, env: vi });
    expect(r).toEqual({ code: 0, stdout: 'truong-thcs-tran-phu\n', stderr: 'Đã thêm tập thể truong-thcs-tran-phu: Trường THCS Trần Phú\n' });
  });

  it('asks in Vietnamese, choices by their Vietnamese names', async () => {
    const db = await demoRegistryFile();
    const log: string[] = [];
    const answers: unknown[] = ['individual', '', 'Trần Văn Mới', 'thcs tran phu', 'Giáo viên'];
    const prompter: Prompter = {
      async select<T>({ message, choices }: { message: string; choices: Choice<T>[] }) {
        log.push(`select: ${message}: ${choices.map((c) => c.name).join(' | ')}`);
        return answers.shift() as T;
      },
      async input({ message, validate }) {
        log.push(`input: ${message}`);
        for (;;) {
          const typed = String(answers.shift());
          const ok = validate ? validate(typed) : true;
          if (ok === true) return typed;
          log.push(`  refused "${typed}": ${ok}`);
        }
      },
      async search<T>({ message, source }: { message: string; source: (t: string | undefined) => Promise<Choice<T>[]> }) {
        log.push(`search: ${message}`);
        const found = await source(String(answers.shift()));
        log.push(`  found: ${found.map((f) => `${f.name} [${f.description}]`).join(' | ')}`);
        return found[0].value;
      },
      async confirm() {
        return false;
      },
    };
    const r = await runCli(['recipient', 'add'], { db, tty: true, prompter, env: vi });
    expect(r).toEqual({ code: 0, stdout: 'tran-van-moi\n', stderr: 'Đã thêm cá nhân tran-van-moi: Trần Văn Mới\n' });
    expect(log).toEqual([
      'select: Loại đối tượng: tập thể (collective) | cá nhân (individual) | hộ gia đình (household)',
      'input: Họ và tên hoặc tên tập thể (có dấu)',
      '  refused "": Cần nhập tên',
      'search: Đơn vị (tập thể) — gõ để tìm',
      '  found: Trường THCS Trần Phú [truong-thcs-tran-phu (tập thể)]',
      'input: Chức vụ (để trống nếu không có)',
    ]);
  });

  it('refuses an edit that changes nothing, and a merge that keeps no one', async () => {
    const db = await demoRegistryFile({ history: false });
    expect(await runCli(['recipient', 'edit', 'tran-thi-b'], { db, env: vi })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'tdkt: không có gì để sửa: cần ít nhất một trong các tùy chọn --name, --kind, --unit, --position, --place, --note, --ref\n' +
        'Chạy với --help để xem cách dùng.\n',
    });
    expect((await runCli(['recipient', 'merge', 'tran-thi-b'], { db, env: vi })).stderr).toBe(
      'tdkt: hãy nêu đối tượng được giữ lại: --into <recipient>, ví dụ --into truong-thcs-tran-phu\nChạy với --help để xem cách dùng.\n',
    );
  });

  it('says when a list is empty', async () => {
    const db = join(tempDir(), 'r.sqlite');
    expect((await runCli(['init'], { db, env: vi })).stderr).toBe('Đã tạo sổ với 58 hình thức khen thưởng.\n');
    expect((await runCli(['recipient', 'list'], { db, env: vi, tty: true })).stdout).toBe('Không có đối tượng nào.\n');
  });
});
