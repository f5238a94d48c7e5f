/** The Vietnamese guide's year-end conference runs as written, in Vietnamese: a clerk who copies it gets no error. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';

const GUIDE = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'huong-dan.md'), 'utf8');

/** Words of a shell line: double quotes group. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

describe('docs/huong-dan.md', () => {
  const block = GUIDE.split('## 3.')[1].split('```sh\n')[1].split('```')[0];
  const lines = block.split('\n').filter((l) => l.startsWith('tdkt '));

  it('runs the year-end conference as written, each command exiting 0, in Vietnamese', async () => {
    expect(lines.length).toBeGreaterThan(10);
    const dir = tempDir();
    const env = { TDKT_DB: join(dir, 'an-hung.sqlite'), TDKT_LANG: 'vi' };
    const out = new Map<string, string>();
    for (const line of lines) {
      const r = await runCli(words(line).slice(1), { env, cwd: dir });
      expect(r.code, `${line}\n${r.stderr}`).toBe(0);
      out.set(words(line).slice(1, 3).join(' '), r.stdout);
    }
    expect(out.get('counts an-hung-2026')).toContain('LDTT');
    expect(readdirSync(dir).filter((f) => /\.(docx|xlsx)$/.test(f)).sort()).toEqual(['QD-125.docx', 'danh-sach.xlsx', 'kich-ban.docx']);
  });

  it('names every command of the correction table as the program knows it', async () => {
    const table = GUIDE.split('## 5.')[1].split('## 6.')[0];
    const cmds = [...table.matchAll(/`tdkt ([a-z-]+ [a-z-]+)/g)].map((m) => m[1]);
    expect(cmds.length).toBeGreaterThan(8);
    for (const c of cmds) {
      const r = await runCli([...c.split(' '), '--help']);
      expect(r.code, c).toBe(0);
    }
  });
});
