import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Choice, Prompter } from '../../src/cli/prompt.js';
import { demoRegistryFile, runCli, tempDir } from '../helpers.js';

/** Answers prompts from a script: each answer is a value, or a search term whose first match is taken. */
function scripted(answers: (string | { search: string })[], log: string[] = []): Prompter {
  const next = () => {
    if (answers.length === 0) throw new Error('no answer left');
    return answers.shift()!;
  };
  return {
    async input({ message }) {
      log.push(`input: ${message}`);
      return String(next());
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
      const a = next() as { search: string };
      const found = await source(a.search);
      log.push(`  found: ${found.map((f) => f.name).join(' | ')}`);
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
      '  found: — none — | Trường THCS Trần Phú',
      'input: Position (chức vụ), empty for none',
    ]);
    const shown = await runCli(['recipient', 'show', 'tran-van-moi', '--json'], { db });
    expect(JSON.parse(shown.stdout)).toMatchObject({ name: 'Trần Văn Mới', unit: 'truong-thcs-tran-phu', position: 'Giáo viên' });
  });

  it('award add searches decisions, recipients and award types', async () => {
    const db = await demoRegistryFile();
    const prompter = scripted([{ search: 'le chan' }, { search: 'dong hai' }, { search: 'giay khen' }, '2020']);
    const r = await runCli(['award', 'add'], { db, tty: true, prompter });
    expect(r.stderr).toBe('Added award #134: GK to UBND phường Đông Hải (2020) in 05/QĐ-UBND\n');
    expect(r.code).toBe(0);
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
