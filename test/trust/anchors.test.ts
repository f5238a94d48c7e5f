/**
 * Anchors: every write notes the new head of the audit trail beside the registry; `audit verify` checks
 * them, which catches the one removal a consistent chain cannot show on its own: the last events taken
 * away together with their rows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers.js';
import { demoCopy, sqlite3 } from './helpers.js';

const REVOKE = ['award', 'revoke', '3', '--by', '30/QĐ-TTg', '--date', '2023-05-10', '--ground', 'b', '--yes'];

describe('anchors', () => {
  it('every write notes the head; removing the last events and their rows is caught only with them', async () => {
    const db = await demoCopy();
    expect((await runCli(REVOKE, { db })).code).toBe(0);
    const head = sqlite3(db, 'SELECT id, hash, at FROM audit_event ORDER BY id DESC LIMIT 1;').trim().split('|');
    expect(head[0]).toBe('245');
    expect(readFileSync(`${db}.anchors`, 'utf8')).toBe(`245 ${head[1]} ${head[2]}\n`);

    // The insider's erasure: the revocation, its event, and SQLite's counters put back; the guarding
    // triggers dropped and put back exactly as they were.
    const triggers = sqlite3(db, "SELECT sql || ';' FROM sqlite_master WHERE name IN ('award_revocation_no_delete', 'audit_event_no_delete');");
    sqlite3(
      db,
      'DROP TRIGGER award_revocation_no_delete; DROP TRIGGER audit_event_no_delete;' +
        'DELETE FROM award_revocation; DELETE FROM audit_event WHERE id = 245;' +
        "UPDATE sqlite_sequence SET seq = 244 WHERE name = 'audit_event'; DELETE FROM sqlite_sequence WHERE name = 'award_revocation';" +
        triggers,
    );
    const elsewhere = join(tempDir(), 'no.anchors');
    const blind = await runCli(['--read-only', 'audit', 'verify'], { db, env: { TDKT_ANCHORS: elsewhere } });
    expect(blind.code).toBe(0); // what a chain alone cannot see (docs/audit.md says so)

    const r = await runCli(['--read-only', 'audit', 'verify'], { db });
    expect(r.code).toBe(3);
    expect(r.stdout.split('\n')[1]).toBe(
      `anchor\tevent #245\twas noted (${db}.anchors line 1, ${head[2]}), but the audit trail ends at event #244: the last events were removed\t245\t\t`,
    );
    // The same with the code written on paper.
    const paper = await runCli(['--read-only', 'audit', 'verify', '--anchor', `245:${head[1].slice(0, 12)}`], { db, env: { TDKT_ANCHORS: elsewhere } });
    expect(paper.code).toBe(3);
  });

  it('audit anchor prints a short code that verify accepts', async () => {
    const db = await demoCopy();
    const r = await runCli(['audit', 'anchor'], { db });
    const hash = sqlite3(db, 'SELECT hash FROM audit_event WHERE id = 244;').trim();
    expect(r).toEqual({
      code: 0,
      stdout: `244:${hash.slice(0, 12)}\n`,
      stderr: `Head of the audit trail: event #244 of 01/03/2026 08:00. Write 244:${hash.slice(0, 12)} on the paper; later, tdkt audit verify --anchor 244:${hash.slice(0, 12)} proves history up to it unchanged.\n`,
    });
    const v = await runCli(['--read-only', 'audit', 'verify', '--anchor', r.stdout.trim()], { db });
    expect(v.code).toBe(0);
    expect(v.stderr.split('\n').at(-2)).toBe('Anchors: 1 noted heads match the trail.');
  });

  it('restore of a backup that does not extend the history says so and needs --yes', async () => {
    const db = await demoCopy();
    const backup = join(tempDir(), 'older.sqlite');
    expect((await runCli(['backup', backup], { db })).code).toBe(0);
    expect((await runCli(REVOKE, { db })).code).toBe(0);
    const refused = await runCli(['restore', backup], { db, tty: true });
    expect(refused.code).toBe(2);
    expect(refused.stderr.split('\n').slice(1, 3)).toEqual([
      "warning: the backup does not extend the registry's history: the backup's history ends at event #244, before the registry's head (event #245): restoring it drops the changes since.",
      "tdkt: a backup that does not extend the registry's history is restored only with --yes",
    ]);
    expect(sqlite3(db, 'SELECT count(*) FROM award_revocation;').trim()).toBe('1');
    const done = await runCli(['restore', backup, '--yes'], { db });
    expect(done.code, done.stderr).toBe(0);
    expect(readFileSync(`${db}.anchors`, 'utf8').trim().split('\n').at(-1)).toMatch(/^restore 244 [0-9a-f]{64} 2026-03-01T08:00:00.000Z$/);
    // The anchors of the replaced history no longer count; the restored one verifies.
    expect((await runCli(['--read-only', 'audit', 'verify'], { db })).code).toBe(0);
    // A backup that extends the history (taken after) is restored after the usual confirmation only.
    const newer = join(tempDir(), 'newer.sqlite');
    expect((await runCli(['backup', newer], { db })).code).toBe(0);
    expect(existsSync(newer)).toBe(true);
    const plain = await runCli(['restore', newer, '--yes'], { db });
    expect(plain.stderr).not.toContain('does not extend');
  });
});
