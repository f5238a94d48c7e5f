/** Ctrl-C in a real terminal (tmux): the terminal is given back as it was, nothing is written, exit 130. */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { copyRegistry, demoRegistryFile, runCli } from '../helpers.js';
import { registryTarget } from '../pg/engine.js';
import { Terminal } from './tmux.js';

let demo: string;
beforeAll(async () => {
  demo = await demoRegistryFile({ forFile: true });
});

const open: Terminal[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

/** A terminal with its own copy of the demo registry. */
function terminal(width = 80): { t: Terminal; db: string } {
  const t = new Terminal(width, 24);
  open.push(t);
  const db = join(t.dir, 'registry.sqlite');
  copyRegistry(demo, db);
  t.type(`export TDKT_DB='${registryTarget(db)}'; clear`);
  return { t, db };
}

/** A 200-character line takes three lines of an 80-column terminal when line wrapping is on. */
async function expectLineWrapping(t: Terminal): Promise<void> {
  const shown = await t.run(`printf '%0200d\\n' 0`);
  expect(shown.lines).toEqual(['0'.repeat(80), '0'.repeat(80), '0'.repeat(40)]);
}

async function lineCount(db: string): Promise<number> {
  const r = await runCli(['award', 'list', '--format', 'tsv'], { db });
  return r.stdout.split('\n').length;
}

describe('Ctrl-C', () => {
  it('at a prompt: says it was cancelled, exits 130, the terminal wraps lines again, nothing is written', async () => {
    const { t, db } = terminal();
    const before = await runCli(['recipient', 'list', '--format', 'tsv'], { db });
    t.type('tdkt recipient add; echo "[exit $?]"');
    await t.waitFor((s) => s.includes('Kind of recipient'));
    t.keys('Down', 'Enter');
    await t.waitFor((s) => s.includes('Full name'));
    t.type('Trần Văn Hủy', false);
    t.keys('C-c');
    const screen = await t.waitFor((s) => /\[exit \d+\]/.test(s));
    expect(screen).toContain('tdkt: cancelled; nothing was changed\n[exit 130]');
    await expectLineWrapping(t);
    expect((await runCli(['recipient', 'list', '--format', 'tsv'], { db })).stdout).toBe(before.stdout);
  });

  it('during an import: the progress bar gives back line wrapping, nothing is imported, no errors file is left', async () => {
    const { t, db } = terminal();
    const rows = Array.from({ length: 100_000 }, (_, i) => `${i + 1};20/QĐ-UBND;28/01/2022;UBND quận Lê Chân;Giấy khen;cá nhân;Nguyễn Văn Số ${i + 1};;;2021`);
    writeFileSync(join(t.dir, 'big.csv'), `STT;Số quyết định;Ngày quyết định;Cơ quan ban hành;Hình thức khen thưởng;Loại đối tượng;Tên đối tượng;Đơn vị;Chức vụ;Năm\n${rows.join('\n')}\n`);
    const before = await lineCount(db);
    t.type(`cd ${t.dir}; tdkt import big.csv --errors bad.csv; echo "[exit $?]"`);
    await t.waitFor((s) => s.includes('Importing'), { ms: 30_000 });
    t.keys('C-c');
    const screen = await t.waitFor((s) => /\[exit \d+\]/.test(s), { ms: 30_000 });
    expect(screen).toContain('tdkt: cancelled; nothing was changed\n[exit 130]');
    await expectLineWrapping(t);
    expect(await lineCount(db)).toBe(before);
    expect(readdirSync(t.dir).filter((f) => f.startsWith('bad'))).toEqual([]);
  }, 90_000);
});
