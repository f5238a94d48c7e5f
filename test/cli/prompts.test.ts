import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Choice, Prompter } from '../../src/cli/prompt.js';
import { demoRegistryFile, runCli, tempDir } from '../helpers.js';

const DEFAULT = '\u0000default';

/**
 * Answers prompts from a script: each answer is a value (DEFAULT takes the prompt's default), or a search
 * term whose first match (or a choice named by `pick`) is taken.
 */
function scripted(answers: (string | { search: string; pick?: string })[], log: string[] = []): Prompter {
  const next = () => {
    if (answers.length === 0) throw new Error('no answer left');
    return answers.shift()!;
  };
  return {
    async input({ message, default: dflt, validate }) {
      log.push(`input: ${message}${dflt !== undefined ? ` [${dflt}]` : ''}`);
      // Typed answers are checked as a real prompt checks them: a refused one is logged and the next taken.
      for (;;) {
        const a = next();
        const typed = a === DEFAULT ? (dflt ?? '') : String(a);
        const ok = validate ? validate(typed) : true;
        if (ok === true) return typed;
        log.push(`  refused ${typed}: ${ok}`);
      }
    },
    async select<T>({ message, choices }: { message: string; choices: Choice<T>[] }) {
      log.push(`select: ${message}`);
      const a = String(next());
      const c = choices.find((x) => String(x.value) === a);
      if (!c) throw new Error(`no choice ${a}`);
      return c.value;
    },
    async search<T>({ message, source }: { message: string; source: (t: string | undefined) => Promise<Choice<T>[]> }) {
      log.push(`search: ${message}`);
      const a = next() as { search: string; pick?: string };
      const found = await source(a.search);
      log.push(`  found: ${found.map((f) => f.name).join(' | ')}`);
      if (a.pick) return found.find((f) => f.name.startsWith(a.pick!))!.value;
      const real = found.filter((f) => !String(f.value).startsWith('\u0000'));
      return real[0].value;
    },
    async confirm() {
      return next() === 'yes';
    },
  };
}

describe('guided prompts on a terminal', () => {
  it('recipient add asks for the kind, name, unit (searched without diacritics) and position', async () => {
    const db = await demoRegistryFile();
    const log: string[] = [];
    const prompter = scripted(['individual', 'Trần Văn Mới', { search: 'thcs tran phu' }, 'Giáo viên'], log);
    const r = await runCli(['recipient', 'add'], { db, tty: true, prompter });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('tran-van-moi\n');
    expect(log).toEqual([
      'select: Kind of recipient',
      'input: Full name (with diacritics)',
      'search: Unit (collective) — type to search',
      '  found: Trường THCS Trần Phú',
      'input: Position (chức vụ), empty for none',
    ]);
    const shown = await runCli(['recipient', 'show', 'tran-van-moi', '--json'], { db });
    expect(JSON.parse(shown.stdout)).toMatchObject({ name: 'Trần Văn Mới', unit: 'truong-thcs-tran-phu', position: 'Giáo viên' });
  });

  it('award add searches decisions and recipients, offers only the types the body may confer, and the usual period and next STT', async () => {
    const db = await demoRegistryFile();
    const log: string[] = [];
    const prompter = scripted([{ search: '05/qd-ubnd' }, { search: 'dong hai' }, { search: '', pick: 'GK' }, '2020/21', '2020', DEFAULT], log);
    const r = await runCli(['award', 'add'], { db, tty: true, prompter });
    expect(r.stderr).toBe('Added award #134: GK to UBND phường Đông Hải (2020) in 05/QĐ-UBND\n');
    expect(r.code).toBe(0);
    expect(log.slice(4)).toEqual([
      'search: Award type — type to search',
      // A district People's Committee confers, on a collective, these only (highest first).
      '  found: TTLDTT — Tập thể lao động tiên tiến | DVTT — Đơn vị tiên tiến | TDPVH — Thôn, tổ dân phố văn hóa | GK — Giấy khen',
      'input: Achievement period (2021 or 2020-2021) [2021]',
      '  refused 2020/21: "2020/21" is not an achievement period: expected a year or a range, e.g. 2021 or 2020-2021',
      'input: Line number (STT) in the annex [19]',
    ]);
    const line = JSON.parse((await runCli(['award', 'list', '--decision', '05/QĐ-UBND', '--json'], { db })).stdout).at(-1);
    expect(line).toMatchObject({ id: 134, line_no: 19, period: '2020', recipient: 'ubnd-phuong-dong-hai' });
  });

  it('award add asks in Vietnamese, and says what it recorded', async () => {
    const db = await demoRegistryFile();
    const log: string[] = [];
    const prompter = scripted([{ search: '05/qd-ubnd' }, { search: 'Lê Thị Mới', pick: '+ ' }, 'individual', { search: 'tran phu' }, '', { search: 'giay' }, '2020', DEFAULT], log);
    const r = await runCli(['award', 'add'], { db, tty: true, prompter, env: { TDKT_LANG: 'vi' } });
    expect(r.code, r.stderr).toBe(0);
    expect(log.filter((l) => !l.startsWith('  '))).toEqual([
      'search: Quyết định — gõ để tìm',
      'search: Đối tượng — gõ để tìm (hoặc tạo mới)',
      'select: Loại đối tượng mới',
      'search: Đơn vị (tập thể) — gõ để tìm',
      'input: Chức vụ (để trống nếu không có)',
      'search: Hình thức khen thưởng — gõ để tìm',
      'input: Giai đoạn thành tích (2021 hoặc 2020-2021) [2021]',
      'input: Số thứ tự (STT) trong phụ lục [19]',
    ]);
    expect(r.stderr).toBe('Đã thêm cá nhân le-thi-moi: Lê Thị Mới\nĐã thêm dòng khen thưởng #134: GK cho Lê Thị Mới (2020) thuộc 05/QĐ-UBND\n');
  });

  it('award add creates a recipient typed but not found, once every answer is in', async () => {
    const db = await demoRegistryFile();
    const log: string[] = [];
    const prompter = scripted([{ search: '05/qd-ubnd' }, { search: 'Lê Thị Mới', pick: '+ new recipient' }, 'individual', { search: 'tran phu' }, 'Giáo viên', { search: 'giay' }, DEFAULT, DEFAULT], log);
    const r = await runCli(['award', 'add'], { db, tty: true, prompter });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('Added individual le-thi-moi: Lê Thị Mới\nAdded award #134: GK to Lê Thị Mới (2021) in 05/QĐ-UBND\n');
    expect(log[3]).toBe('  found: + new recipient "Lê Thị Mới"');
    const shown = await runCli(['recipient', 'show', 'le-thi-moi', '--json'], { db });
    expect(JSON.parse(shown.stdout)).toMatchObject({ kind: 'individual', unit: 'truong-thcs-tran-phu', position: 'Giáo viên' });
  });

  it('Ctrl-C in award add after naming a new recipient writes nothing', async () => {
    const db = await demoRegistryFile();
    const base = scripted([{ search: '05/qd-ubnd' }, { search: 'Lê Thị Mới', pick: '+ new recipient' }, 'collective']);
    const prompter: Prompter = {
      ...base,
      async search(o) {
        if (o.message.startsWith('Award type')) {
          const e = new Error('User force closed the prompt with SIGINT');
          e.name = 'ExitPromptError';
          throw e;
        }
        return base.search(o);
      },
    };
    const r = await runCli(['award', 'add'], { db, tty: true, prompter });
    expect(r).toEqual({ code: 130, stdout: '', stderr: 'tdkt: cancelled; nothing was changed\n' });
    expect((await runCli(['recipient', 'list', '--search', 'le thi moi', '--format', 'tsv'], { db })).stdout.split('\n').length).toBe(2);
  });

  it('Ctrl-C at a prompt exits 130 and writes nothing', async () => {
    const db = join(tempDir(), 'r.sqlite');
    const prompter: Prompter = {
      ...scripted([]),
      async select() {
        const e = new Error('User force closed the prompt with SIGINT');
        e.name = 'ExitPromptError';
        throw e;
      },
    };
    const r = await runCli(['body', 'add', 'UBND phường X'], { db, tty: true, prompter });
    expect(r).toEqual({ code: 130, stdout: '', stderr: 'tdkt: cancelled; nothing was changed\n' });
  });
});
