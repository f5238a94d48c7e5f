/**
 * tdkt copy between engines: the demo registry from a SQLite file into an empty PostgreSQL database and
 * back into a file, with the same roster, counts and histories on all three, and the audit trail
 * verified on each.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoRegistryFile, runCli, tempDir } from '../helpers.js';
import { freshPgDatabase, PG_ADMIN, TEST_ENGINE } from './engine.js';

const READS: string[][] = [
  ['roster', 'le-chan-2022'],
  ['roster', 'le-chan-2022', '--json'],
  ['counts', 'le-chan-2022'],
  ['counts', '--year', '2021'],
  ['history', 'truong-thcs-tran-phu'],
  ['search', 'tran phu'],
  ['award', 'list', '--year', '2021', '--format', 'csv'],
  ['recipient', 'list', '--format', 'tsv'],
  ['decision', 'list', '--json'],
];

describe.skipIf(!PG_ADMIN || TEST_ENGINE !== 'sqlite')('tdkt copy between SQLite and PostgreSQL', () => {
  let file: string;
  beforeAll(async () => {
    file = await demoRegistryFile({ forFile: true });
  });

  it('copies the demo into PostgreSQL and back, and every read says the same', { timeout: 120_000 }, async () => {
    const pg = freshPgDatabase('copy');
    const there = await runCli(['copy', file, pg]);
    expect(there.stderr).toMatch(/^Copied \d+ rows of 21 tables; the audit trail's \d+ events verified in the copy\./);
    expect(there.code).toBe(0);
    const back = join(tempDir(), 'back.sqlite');
    const again = await runCli(['copy', pg, back]);
    expect(again.code).toBe(0);
    expect(existsSync(back)).toBe(true);
    for (const argv of READS) {
      const a = await runCli(argv, { db: file });
      const b = await runCli(argv, { db: pg });
      const c = await runCli(argv, { db: back });
      expect(a.code, argv.join(' ')).toBe(0);
      expect(b, argv.join(' ')).toEqual(a);
      expect(c, argv.join(' ')).toEqual(a);
    }
    // The audit trails end at the same event.
    const heads = await Promise.all([file, pg, back].map((db) => runCli(['audit', 'anchor'], { db })));
    expect(new Set(heads.map((h) => h.stdout)).size).toBe(1);
  });

  it('refuses a target that already holds a registry, and writes nothing', async () => {
    const pg = freshPgDatabase('copy');
    expect((await runCli(['copy', file, pg])).code).toBe(0);
    const again = await runCli(['copy', file, pg]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already holds a registry/);
    expect((await runCli(['copy', file, file])).stderr).toMatch(/are the same/);
  });

  it('restore on a server: a verified backup goes into an empty database, never over a registry', { timeout: 120_000 }, async () => {
    const backup = join(tempDir(), 'ban-sao.sqlite');
    expect((await runCli(['backup', backup], { db: file })).code).toBe(0);
    const pg = freshPgDatabase('restore');
    const r = await runCli(['restore', backup], { db: pg });
    const shown = pg.replace(/^(postgres(?:ql)?:\/\/[^:@/]*):[^@/]*@/i, '$1:***@');
    expect(r.stderr).toMatch(new RegExp(`^The backup ${backup} verifies: \\d+ audit events, last change .+\\.\nRestored ${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} from ${backup} \\(\\d+ audit events, `));
    expect(r.code).toBe(0);
    for (const argv of READS) expect(await runCli(argv, { db: pg }), argv.join(' ')).toEqual(await runCli(argv, { db: file }));
    expect((await runCli(['audit', 'verify'], { db: pg })).code).toBe(0);
    // Over a registry in use: refused, with the way to do it, and nothing written.
    const before = await runCli(['audit', 'anchor'], { db: pg });
    const again = await runCli(['restore', backup, '--yes'], { db: pg });
    expect(again.code).toBe(1);
    expect(again.stderr.split('\n').slice(1)).toEqual([
      `tdkt: ${shown} already holds a registry: on a server a backup is restored into an empty database, never over a registry in use`,
      'hint: Create an empty database (as docs/postgres.md shows), restore into it with tdkt --db <its URL> restore <file>, check it with tdkt audit verify, then point the clerks at it.',
      '',
    ]);
    expect(await runCli(['audit', 'anchor'], { db: pg })).toEqual(before);
    const vi = await runCli(['restore', backup], { db: pg, env: { TDKT_LANG: 'vi' } });
    expect(vi.stderr.split('\n')[1]).toBe(`tdkt: ${shown} đã có sổ: trên máy chủ, bản sao lưu được khôi phục vào một cơ sở dữ liệu trống, không bao giờ ghi đè sổ đang dùng`);
  });
});
