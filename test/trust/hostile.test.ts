/**
 * Hostile and careless input across commands (arguments, files, the environment): each gets its own
 * message and exit code — never "unexpected error" — nothing reaches stdout, and the registry's bytes
 * are unchanged. Registry text with control characters is shown escaped on a terminal, exact in
 * machine formats.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';
import { demoCopy, fileState } from './helpers.js';
import { CANDIDATES } from './hostile-cases.js';
import { EXPECTED } from './hostile-expected.js';

let db: string;
let dir: string;
beforeAll(async () => {
  db = await demoCopy({ forFile: true });
  dir = tempDir({ forFile: true });
});

const label = (argv: string[]) =>
  JSON.stringify(argv.map((a) => (a.length > 40 ? `${a.slice(0, 12)}…(${a.length})` : a)))
    .replace(/[\u0000-\u001f\u202e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

describe('hostile input', () => {
  it('the table covers at least 190 cases, each with its expectation', () => {
    expect(CANDIDATES.length).toBe(EXPECTED.length);
    expect(CANDIDATES.length).toBeGreaterThanOrEqual(190);
  });

  CANDIDATES.forEach((c, i) => {
    it(`tdkt ${label(c.argv)}${c.env ? ` with ${Object.keys(c.env).join(', ')}` : ''}`, async () => {
      const fill = (s: string) => s.replaceAll('<dir>', dir).replaceAll('<db>', db);
      const before = fileState(db);
      const r = await runCli(c.argv.map(fill), {
        db: c.noDb ? undefined : db,
        env: Object.fromEntries(Object.entries(c.env ?? {}).map(([k, v]) => [k, fill(v)])),
        stdin: c.stdin,
      });
      const first = r.stderr.split('\n')[0].replaceAll(dir, '<dir>').replaceAll(db, '<db>');
      expect([r.code, first]).toEqual(EXPECTED[i]);
      expect(first).not.toContain('unexpected error');
      expect(r.stderr).not.toMatch(/[\u001b\u202e\u0000]/);
      expect(r.stdout).toBe('');
      expect(fileState(db)).toEqual(before);
    });
  });
});

describe('registry text on a terminal', () => {
  it('names with escape sequences are shown escaped in tables, exact in JSON and TSV', async () => {
    const reg = await demoCopy();
    const name = 'Nguyễn \u001b[2J\u001b[HVăn\u202e X';
    const add = await runCli(['--actor', 'lan\u001b[31m', 'recipient', 'add', name, '--kind', 'individual', '--ref', 'hostile-x'], { db: reg });
    expect(add.code, add.stderr).toBe(0);
    expect(add.stderr).not.toMatch(/[\u001b\u202e]/);
    const table = await runCli(['--no-color', 'recipient', 'show', 'hostile-x', '--format', 'table'], { db: reg, tty: true });
    expect(table.stdout).toContain('Nguyễn \\x1b[2J\\x1b[HVăn\\u202e X');
    expect(table.stdout).not.toMatch(/[\u001b\u202e]/);
    const list = await runCli(['recipient', 'list', '--search', 'hostile', '--format', 'md'], { db: reg });
    expect(list.stdout).not.toMatch(/[\u001b\u202e]/);
    const json = await runCli(['recipient', 'show', 'hostile-x', '--json'], { db: reg });
    expect(JSON.parse(json.stdout).name).toBe(name);
    const log = await runCli(['--no-color', 'audit', 'log', '--last', '1', '--format', 'table'], { db: reg, tty: true });
    expect(log.stdout).toContain('lan\\x1b[31m');
    expect(log.stdout).not.toMatch(/[\u001b\u202e]/);
    const tsv = await runCli(['audit', 'log', '--last', '1', '--format', 'tsv'], { db: reg });
    expect(tsv.stdout).toContain('lan\u001b[31m');
  });
});
