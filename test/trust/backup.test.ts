/** backup, restore, and the copy taken automatically before a schema upgrade. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, schemaAt, schemaOf } from '../../src/core/db.js';
import { migrations } from '../../schema/index.js';
import type { Prompter } from '../../src/cli/prompt.js';
import { runCli, tempDir } from '../helpers.js';
import { count, demoCopy, fileState, sqlite3 } from './helpers.js';

const yes = (answer: boolean) => ({ input: async () => '', select: async () => '', search: async () => '', confirm: async () => answer }) as unknown as Prompter;

describe('tdkt backup', () => {
  it('writes a verified copy, refuses to overwrite without --force', async () => {
    const db = await demoCopy();
    const dest = join(tempDir(), 'b.sqlite');
    const r = await runCli(['backup', dest], { db });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${dest}\n`);
    expect(r.stderr).toMatch(
      new RegExp(
        `^Backed up ${db} to ${dest}: \\d+ bytes, schema ${SCHEMA_VERSION}, 244 audit events, head event #244 [0-9a-f]{16}…\\.\\n` +
          "The copy was read back and is the registry file byte for byte \\([\\d,]+ bytes\\); tdkt audit verify checks the history itself\\.\\n$",
      ),
    );
    expect((await runCli(['--read-only', 'audit', 'verify'], { db: dest })).code).toBe(0);
    expect(count(dest, 'SELECT count(*) FROM award;')).toBe(62);
    const again = await runCli(['backup', dest], { db });
    expect(again).toEqual({ code: 1, stdout: '', stderr: `tdkt: ${dest} already exists\nhint: Choose a new file name, or pass --force to replace it.\n` });
    expect((await runCli(['backup', dest, '--force'], { db })).code).toBe(0);
    expect((await runCli(['backup', db], { db })).stderr.split('\n')[0]).toBe('tdkt: The backup cannot be the registry itself');
  });

  it('copies a registry that fails verification as it is: the copy reproduces it, audit verify names the problem', async () => {
    const db = await demoCopy();
    sqlite3(db, "UPDATE body SET name = 'UBND quận Lê Chân (sửa tay)' WHERE ref = 'ubnd-le-chan';");
    const dest = join(tempDir(), 'b.sqlite');
    const r = await runCli(['backup', dest], { db });
    expect(r.code).toBe(0);
    const [mine, copy] = [await runCli(['--read-only', 'audit', 'verify', '--json'], { db }), await runCli(['--read-only', 'audit', 'verify', '--json'], { db: dest })];
    expect(copy.code).toBe(3);
    expect(JSON.parse(copy.stdout)).toEqual(JSON.parse(mine.stdout));
  });

  it('copies a snapshot partly in the WAL (another process writing) through SQLite, and checks the copy', async () => {
    const db = await demoCopy();
    // A reader in the middle of a transaction: the edit's commit stays in the WAL, not yet in the file
    // (no checkpoint may pass the reader's snapshot).
    const writer = new Database(db);
    try {
      writer.exec('BEGIN');
      writer.prepare('SELECT count(*) FROM award').get();
      const before = count(db, 'SELECT count(*) FROM award;');
      expect((await runCli(['award', 'edit', '45', '--note', 'trong WAL'], { db })).code).toBe(0);
      writer.prepare('SELECT count(*) FROM award').get();
      const dest = join(tempDir(), 'b.sqlite');
      const r = await runCli(['backup', dest], { db });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr.split('\n')[1]).toMatch(/^The copy is whole, SQLite's quick check read its [\d,]+ pages as sound, and it holds the registry's audit head and rows of \d+ tables; tdkt audit verify checks the history itself\.$/);
      expect(count(dest, "SELECT count(*) FROM award WHERE id = 45 AND note = 'trong WAL';")).toBe(1);
      expect(count(dest, 'SELECT count(*) FROM award;')).toBe(before);
      expect((await runCli(['--read-only', 'audit', 'verify'], { db: dest })).code).toBe(0);
    } finally {
      writer.exec('COMMIT');
      writer.close();
    }
  });

  it('keeps no copy that is not whole, and says what differs', async () => {
    const { checkCopyForTest } = await import('../../src/core/trust/backup.js');
    const db = await demoCopy();
    const dest = join(tempDir(), 'b.sqlite');
    expect((await runCli(['backup', dest], { db })).code).toBe(0);
    const copy = new Database(dest, { readonly: true });
    try {
      // Against a registry whose head and award rows are not the copy's.
      expect(() => checkCopyForTest(copy, dest, 'b.sqlite', { head: { id: 245, hash: 'ab'.repeat(32) }, counts: new Map([['award', '63 63']]) })).toThrow(
        'The copy written for b.sqlite is not sound; it was not kept',
      );
      try {
        checkCopyForTest(copy, dest, 'b.sqlite', { head: { id: 245, hash: 'ab'.repeat(32) }, counts: new Map([['award', '63 63']]) });
      } catch (e) {
        expect((e as { issues: { where: string; message: string }[] }).issues.map((i) => `${i.where}: ${i.message.replace(/[0-9a-f]{16}/g, 'H')}`)).toEqual([
          "audit_event: the copy's last audit event is #244 H, the registry's #245 H",
          'award: the copy holds 62 62 (rows, last id), the registry 63 63',
        ]);
      }
    } finally {
      copy.close();
    }
    // Cut short: its size is no longer its pages.
    const cut = join(tempDir(), 'cut.sqlite');
    writeFileSync(cut, readFileSync(dest).subarray(0, 40 * 4096 + 100));
    const short = new Database(cut, { readonly: true });
    try {
      expect(() => checkCopyForTest(short, cut, 'cut.sqlite', { head: null, counts: new Map() })).toThrow('is not sound');
    } finally {
      short.close();
    }
  });
});

describe('tdkt restore', () => {
  it('verifies the backup, keeps the replaced registry aside and prints its path', async () => {
    const db = await demoCopy();
    const dest = join(tempDir(), 'b.sqlite');
    await runCli(['backup', dest], { db });
    expect((await runCli(['recipient', 'add', 'Nguyễn Văn Mới', '--kind', 'individual'], { db })).code).toBe(0);
    const r = await runCli(['restore', dest, '--yes'], { db });
    const aside = `${db}.before-restore-20260301T080000Z.bak`;
    expect(r).toEqual({
      code: 0,
      stdout: `${aside}\n`,
      stderr:
        `The backup ${dest} verifies: 244 audit events, last change 01/03/2026 08:00.\n` +
        "warning: the backup does not extend the registry's history: the backup's history ends at event #244, before the registry's head (event #245): restoring it drops the changes since.\n" +
        `Restored ${db} from ${dest} (244 audit events, last change 01/03/2026 08:00). The replaced registry is kept at ${aside}\n`,
    });
    expect(count(db, "SELECT count(*) FROM recipient WHERE ref = 'nguyen-van-moi';")).toBe(0);
    expect(count(aside, "SELECT count(*) FROM recipient WHERE ref = 'nguyen-van-moi';")).toBe(1);
    expect((await runCli(['--read-only', 'audit', 'verify'], { db })).code).toBe(0);
    expect((await runCli(['--read-only', 'audit', 'verify'], { db: aside })).code).toBe(0);
    // the restored registry takes writes again
    expect((await runCli(['award', 'edit', '45', '--note', 'sau khi phục hồi'], { db })).code).toBe(0);
  });

  it('needs --yes without a terminal, asks on one, and a no changes nothing', async () => {
    const db = await demoCopy();
    const dest = join(tempDir(), 'b.sqlite');
    // A backup of the registry as it is: restoring it needs only the usual confirmation.
    await runCli(['award', 'edit', '45', '--note', 'x'], { db });
    await runCli(['backup', dest], { db });
    const before = fileState(db);
    const r = await runCli(['restore', dest], { db });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[1]).toBe('tdkt: restore needs --yes when not run on a terminal');
    expect((await runCli(['restore', dest], { db, tty: true, prompter: yes(false) })).code).toBe(130);
    expect(fileState(db)).toEqual(before);
    expect((await runCli(['restore', dest], { db, tty: true, prompter: yes(true) })).code).toBe(0);
    expect(count(db, "SELECT count(*) FROM award WHERE id = 45 AND note = 'x';")).toBe(1);
  });

  it('refuses a backup that fails verification (exit 3) and leaves the registry as it was', async () => {
    const db = await demoCopy();
    const dest = join(tempDir(), 'b.sqlite');
    await runCli(['backup', dest], { db });
    sqlite3(dest, 'UPDATE award SET period_to = 2022 WHERE id = 10;');
    const before = fileState(db);
    const r = await runCli(['restore', dest, '--yes'], { db });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      `tdkt: The backup ${dest} fails verification (1 problem); nothing was restored\n` +
        '  award #10: differs from event #126, which recorded it last: period_to: recorded 2021, found 2022\n' +
        `hint: See every problem with: tdkt --db ${dest} --read-only audit verify\n`,
    );
    expect(fileState(db)).toEqual(before);
  });

  it('restores over a damaged registry file, keeping the damaged file aside', async () => {
    const db = await demoCopy();
    const dest = join(tempDir(), 'b.sqlite');
    await runCli(['backup', dest], { db });
    writeFileSync(db, 'garbage, not SQLite at all');
    const r = await runCli(['restore', dest, '--yes'], { db });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(r.stdout.trim())).toBe(true);
    expect((await runCli(['--read-only', 'audit', 'verify'], { db })).code).toBe(0);
  });
});

describe('upgrading an older registry', () => {
  it('copies the old file aside first, prints where, and both verify', async () => {
    const db = await demoCopy();
    // What a registry of the previous schema looks like: the objects of the last migration undone.
    const old = SCHEMA_VERSION - 1;
    const [then, now] = [await schemaAt(old), await schemaAt(SCHEMA_VERSION)];
    const key = (o: { type: string; name: string }) => `${o.type} ${o.name}`;
    const added = now.filter((o) => !then.some((t) => key(t) === key(o)));
    const changed = now.filter((o) => then.some((t) => key(t) === key(o) && t.sql !== o.sql));
    // A migration may change data only (006: the catalogue's dated levels); the upgrade is the same.
    expect(added.length + changed.length).toBeGreaterThanOrEqual(0);
    const objects = sqlite3(db, "SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite%' ORDER BY 1;");
    // The last migration undone, as its own down() does it.
    const name = Object.keys(migrations)[old];
    const k = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(db) }) });
    await migrations[name].down!(k);
    await sql`DELETE FROM schema_migration WHERE name = ${name}`.execute(k);
    await sql.raw(`PRAGMA user_version = ${old}`).execute(k);
    await k.destroy();
    const reopened = new Database(db, { readonly: true });
    expect(schemaOf(reopened)).toEqual(then);
    reopened.close();

    const ro = await runCli(['--read-only', 'award', 'list'], { db });
    expect(ro.stderr).toBe(`tdkt: ${db} has schema version ${old} and needs an upgrade to ${SCHEMA_VERSION}\nhint: Open it once without --read-only to upgrade it (a copy of the old file is kept).\n`);
    expect((await runCli(['--read-only', 'audit', 'verify'], { db })).code).toBe(0);

    const r = await runCli(['award', 'list', '--limit', '1'], { db });
    const bak = `${db}.v${old}-20260301T080000Z.bak`;
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`Upgrading the registry from schema ${old} to ${SCHEMA_VERSION}; a copy of the old file is at ${bak}\n`);
    expect(fileState(bak).sha256).not.toBe(fileState(db).sha256);
    expect(sqlite3(bak, 'PRAGMA user_version;').trim()).toBe(String(old));
    expect(sqlite3(db, 'PRAGMA user_version;').trim()).toBe(String(SCHEMA_VERSION));
    expect(sqlite3(db, "SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite%' ORDER BY 1;")).toBe(objects);
    expect((await runCli(['--read-only', 'audit', 'verify'], { db })).code).toBe(0);
    expect((await runCli(['--read-only', 'audit', 'verify'], { db: bak })).code).toBe(0);
    expect(count(bak, 'SELECT count(*) FROM award;')).toBe(count(db, 'SELECT count(*) FROM award;'));
    // opened again: nothing more to upgrade, no second copy
    expect((await runCli(['award', 'list', '--limit', '1'], { db })).stderr).toBe('');
  });
});
