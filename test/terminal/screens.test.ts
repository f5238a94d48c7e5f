/**
 * What a clerk sees in a real terminal (tmux) at 80 and 120 columns: every table line as the renderer
 * made it, none wrapped by the terminal into a second line; long tables through the pager; Ctrl-C.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoRegistryFile, runCli } from '../helpers.js';
import { displayWidth } from '../../src/render/table.js';
import { Terminal } from './tmux.js';

let db: string;
beforeAll(async () => {
  db = await demoRegistryFile({ forFile: true });
});

const open: Terminal[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});
/** A terminal speaking the test's language (the tables it shows are compared with in-process runs). */
function terminal(width: number, height = 40, env: Record<string, string> = {}): Terminal {
  const t = new Terminal(width, height, { TDKT_DB: db, TDKT_LANG: process.env.TDKT_LANG ?? 'en', ...env });
  open.push(t);
  return t;
}

const screens: [string, string[]][] = [
  ['roster', ['roster', 'le-chan-2022']],
  ['counts', ['counts', 'le-chan-2022']],
  ['history', ['history', 'truong-thcs-tran-phu']],
  ['recipient list', ['recipient', 'list']],
  ['decision list', ['decision', 'list']],
  ['award list', ['award', 'list', '--year', '2021']],
];

describe('tables in a real terminal', () => {
  for (const width of [80, 120]) {
    for (const [name, argv] of screens) {
      it(`${name} at ${width} columns: one terminal line per table line`, async () => {
        const t = terminal(width);
        const shown = await t.run(`tdkt --no-pager ${argv.join(' ')}`);
        expect(shown.code).toBe(0);
        const made = await runCli(argv, { db, tty: true, columns: width, env: { NO_COLOR: '1' } });
        const expected = made.stdout.replace(/\n$/, '').split('\n').map((l) => l.trimEnd());
        expect(Math.max(...expected.map(displayWidth))).toBeLessThanOrEqual(width);
        expect(shown.lines).toEqual(expected);
      });
    }
  }

  it('a roster longer than the screen goes through the pager; q gives the prompt back', async () => {
    const t = terminal(80, 24, { PAGER: 'less' });
    t.type('tdkt roster le-chan-2022; echo "[exit $?]"');
    const first = await t.waitFor((s) => s.includes('│  1 │   1 │ Nhân dân và cán bộ'));
    expect(first).not.toContain('[exit');
    expect(first.split('\n')[0]).toBe('Hội nghị tổng kết phong trào thi đua năm 2021, phát động phong trào thi đua năm');
    t.keys('q');
    await t.waitFor((s) => s.includes('[exit 0]'));
  });

  it('--no-pager and a short table write straight to the terminal', async () => {
    const t = terminal(80, 24, { PAGER: 'less' });
    const counts = await t.run('tdkt counts le-chan-2022');
    expect(counts.code).toBe(0);
    expect(counts.lines.at(-1)).toMatch(/^└─+┴/);
    const roster = await t.run('tdkt --no-pager roster le-chan-2022');
    expect(roster.code).toBe(0);
    expect(roster.lines.at(-1)).toMatch(/^└─+┴/);
  });
});

describe('prompts in a real terminal', () => {
  for (const width of [80, 120]) {
    it(`award add at ${width} columns: a bad period is refused as typed, the defaults are offered, nothing else is lost`, async () => {
      const t = terminal(width, 40, { TDKT_DB: '' });
      const db = `${t.dir}/registry.sqlite`;
      const { copyFileSync } = await import('node:fs');
      const { demoRegistryFile } = await import('../helpers.js');
      copyFileSync(await demoRegistryFile(), db);
      t.type(`export TDKT_DB=${db}; clear`);
      t.type('tdkt award add; echo "[exit $?]"');
      await t.waitFor((s) => s.includes('Decision — type to search'));
      t.type('05/qd-ubnd', false);
      await t.waitFor((s) => s.includes('❯ 05/QĐ-UBND (10/01/2022)'));
      t.keys('Enter');
      await t.waitFor((s) => s.includes('? Recipient'));
      t.type('dong hai', false);
      await t.waitFor((s) => s.includes('❯ UBND phường Đông Hải'));
      t.keys('Enter');
      const types = await t.waitFor((s) => s.includes('? Award type'));
      expect(types).toContain('❯ TTLDTT — Tập thể lao động tiên tiến\n  DVTT — Đơn vị tiên tiến\n  TDPVH — Thôn, tổ dân phố văn hóa\n  GK — Giấy khen');
      t.type('giay', false);
      await t.waitFor((s) => s.includes('? Award type — type to search giay'));
      await t.waitFor((s) => s.includes('❯ GK — Giấy khen'));
      t.keys('Enter');
      await t.waitFor((s) => s.includes('? Achievement period (2021 or 2020-2021) (2021)'));
      t.type('2020/21');
      const refused = await t.waitFor((s) => s.includes('is not an achievement period'));
      expect(refused).toContain('✔ Award type — type to search GK — Giấy khen');
      t.keys(...Array(7).fill('BSpace'));
      t.type('2020');
      await t.waitFor((s) => s.includes('? Line number (STT) in the annex (19)'));
      t.keys('Enter');
      const done = await t.waitFor((s) => /\[exit \d+\]/.test(s));
      expect(done).toContain('✔ Line number (STT) in the annex 19\nAdded award #134: GK to UBND phường Đông Hải (2020) in 05/QĐ-UBND\n134\n[exit 0]');
    }, 60_000);
  }
});
