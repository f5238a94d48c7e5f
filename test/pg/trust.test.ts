/**
 * audit verify on PostgreSQL: clean on the demo copied there, and what someone changes behind tdkt's
 * back with psql (a row updated with its trigger disabled, an event's after-image rewritten, a
 * refusal trigger dropped or left disabled) is reported with the same kinds and texts as on SQLite.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { demoRegistryFile, runCli, tempDir } from '../helpers.js';
import { freshPgDatabase, PG_ADMIN, psql, TEST_ENGINE } from './engine.js';


describe.skipIf(!PG_ADMIN || TEST_ENGINE !== 'sqlite')('audit verify on PostgreSQL', () => {
  let file: string;
  beforeAll(async () => {
    file = await demoRegistryFile({ forFile: true });
  });

  async function copied(): Promise<string> {
    const pg = freshPgDatabase('trust');
    expect((await runCli(['copy', file, pg])).code).toBe(0);
    return pg;
  }

  it('verifies the demo copied into PostgreSQL, with the same head as the file', { timeout: 60_000 }, async () => {
    const pg = await copied();
    const a = await runCli(['audit', 'verify'], { db: file });
    const b = await runCli(['audit', 'verify'], { db: pg });
    expect(b.code).toBe(0);
    expect(b.stderr).toMatch(/^Verified \d+ audit events and [\d,]+ records: the hash chain is intact, every record matches its last event, the schema is tdkt's \(version \d+\) with its refusal triggers and value checks in place \(PostgreSQL\)\./);
    expect(b.stderr.split('\n')[1]).toBe(a.stderr.split('\n')[1]); // Head: …
  });

  it('reports a row changed, an event rewritten and a trigger disabled behind its back', { timeout: 60_000 }, async () => {
    const pg = await copied();
    const id = psql(pg, 'SELECT min(id) FROM award').trim();
    psql(pg, `UPDATE award SET note = 'changed' WHERE id = ${id}`);
    psql(pg, 'ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update');
    const ev = psql(pg, `SELECT max(id) FROM audit_event WHERE entity = 'body' AND after LIKE '{%'`).trim();
    psql(pg, `UPDATE audit_event SET after = replace(after, '"name":"', '"name":"X') WHERE id = ${ev}`);
    const r = await runCli(['audit', 'verify', '--json'], { db: pg });
    expect(r.code).toBe(3);
    const problems = JSON.parse(r.stdout) as { kind: string; where: string; message: string }[];
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'row', where: `award #${id}`, message: expect.stringMatching(/^differs from event #\d+, which recorded it last: note: recorded .*, found "changed"$/) }));
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'chain', where: `event #${ev}`, message: 'its contents do not match its hash: the event was changed after it was written' }));
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'schema', where: 'trigger audit_event_no_update', message: expect.stringMatching(/^is disabled/) }));
  });

  it('reports a refusal trigger dropped, as on SQLite', { timeout: 60_000 }, async () => {
    const pg = await copied();
    psql(pg, 'DROP TRIGGER award_no_delete ON award');
    const r = await runCli(['audit', 'verify', '--json'], { db: pg });
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toContainEqual(expect.objectContaining({ kind: 'schema', where: 'trigger award_no_delete', message: "is missing: it was dropped behind tdkt's back" }));
  });

  it('backs a PostgreSQL registry up into a SQLite file with the same roster', { timeout: 60_000 }, async () => {
    const pg = await copied();
    const out = join(tempDir(), 'backup.sqlite');
    const b = await runCli(['backup', out], { db: pg });
    expect(b.code).toBe(0);
    expect(b.stderr).toMatch(/^Backed up postgres:\/\/.* to .*backup\.sqlite: \d+ bytes, schema \d+, \d+ audit events, head event #\d+ [0-9a-f]{16}…\./);
    const [x, y] = await Promise.all([pg, out].map((db) => runCli(['roster', 'le-chan-2022', '--json'], { db })));
    expect(y).toEqual(x);
    expect((await runCli(['audit', 'verify'], { db: out })).code).toBe(0);
  });

  it('anchors noted in TDKT_ANCHORS catch the last events removed with their rows', { timeout: 60_000 }, async () => {
    const pg = await copied();
    const anchors = join(tempDir(), 'so.anchors');
    const env = { TDKT_ANCHORS: anchors };
    const revoke = ['award', 'revoke', '3', '--by', '30/QĐ-TTg', '--date', '2023-05-10', '--ground', 'b', '--yes'];
    expect((await runCli(revoke, { db: pg, env })).code).toBe(0);
    const [id, hash, at] = psql(pg, 'SELECT id, hash, at FROM audit_event ORDER BY id DESC LIMIT 1').trim().split('|');
    expect(readFileSync(anchors, 'utf8')).toBe(`${id} ${hash} ${at}\n`);
    // The insider's erasure: the revocation and its event, with the refusal triggers disabled meanwhile.
    psql(
      pg,
      'ALTER TABLE award_revocation DISABLE TRIGGER award_revocation_no_delete; ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_delete;' +
        `DELETE FROM award_revocation; DELETE FROM audit_event WHERE id = ${id};` +
        'ALTER TABLE award_revocation ENABLE TRIGGER award_revocation_no_delete; ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_delete;',
    );
    expect((await runCli(['--read-only', 'audit', 'verify'], { db: pg, env: { TDKT_ANCHORS: join(tempDir(), 'none.anchors') } })).code).toBe(0);
    const r = await runCli(['--read-only', 'audit', 'verify', '--json'], { db: pg, env });
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toContainEqual(
      expect.objectContaining({ kind: 'anchor', where: `event #${id}`, message: `was noted (${anchors} line 1, ${at}), but the audit trail ends at event #${Number(id) - 1}: the last events were removed` }),
    );
  });

  it('speaks Vietnamese to a Vietnamese auditor: verified, a trigger disabled, references unenforced', { timeout: 60_000 }, async () => {
    const pg = await copied();
    const vi = { TDKT_LANG: 'vi' };
    const ok = await runCli(['audit', 'verify'], { db: pg, env: vi });
    expect(ok.code).toBe(0);
    expect(ok.stderr.split('\n')[0]).toMatch(
      /^Đã kiểm tra \d+ sự kiện của nhật ký và [\d.]+ bản ghi: chuỗi mã băm nguyên vẹn, mọi bản ghi khớp với sự kiện cuối cùng của nó, lược đồ đúng của tdkt \(phiên bản \d+\), các trigger chặn sửa xóa và ràng buộc giá trị đều còn nguyên \(PostgreSQL\)\.$/,
    );
    psql(pg, 'ALTER TABLE award DISABLE TRIGGER award_no_delete');
    psql(pg, 'ALTER TABLE presentation DISABLE TRIGGER ALL');
    const r = await runCli(['audit', 'verify', '--json'], { db: pg, env: vi });
    expect(r.code).toBe(3);
    const problems = JSON.parse(r.stdout) as { kind: string; where: string; message: string }[];
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'schema', where: 'trigger award_no_delete', message: 'đang bị tắt: không chặn được gì cho tới khi được bật lại (đã bị tắt ngoài tdkt)' }));
    expect(problems).toContainEqual(
      expect.objectContaining({ kind: 'schema', where: 'table presentation', message: 'có các trigger khóa ngoại đang bị tắt: các tham chiếu không còn được bảo đảm (đã bị tắt ngoài tdkt)' }),
    );
  });
});
