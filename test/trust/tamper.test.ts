import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/core/db.js';
import { runCli } from '../helpers.js';
import { demoCopy, sqlite3 } from './helpers.js';

const HEADER = 'kind\twhere\tmessage\tevent_id\tentity\tentity_id';

async function verify(db: string, ...extra: string[]) {
  return runCli(['--read-only', 'audit', 'verify', ...extra], { db });
}

describe('audit verify detects edits made behind tdkt\'s back (sqlite3 shell)', () => {
  it('passes on an untouched registry and prints the head to anchor later checks', async () => {
    const db = await demoCopy();
    const r = await verify(db);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${HEADER}\n`);
    expect(r.stderr).toMatch(
      new RegExp(
        `^Verified 244 audit events and 244 records: the hash chain is intact, every record matches its last event, the schema is tdkt's \\(version ${SCHEMA_VERSION}\\), SQLite integrity and foreign keys are sound\\.\\nHead: event #244 [0-9a-f]{64} `,
      ),
    );
  });

  it('a changed award row', async () => {
    const db = await demoCopy();
    sqlite3(db, 'UPDATE award SET period_from = 2015, note = \'sửa tay\' WHERE id = 5;');
    const r = await verify(db);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe(`${HEADER}\nrow\taward #5\tdiffers from event #120, which recorded it last: note: recorded null, found "sửa tay"; period_from: recorded 2016, found 2015\t120\taward\t5\n`);
    expect(r.stderr).toBe('tdkt: audit verify found 1 problem; the first: award #5: differs from event #120, which recorded it last: note: recorded null, found "sửa tay"; period_from: recorded 2016, found 2015\n');
  });

  it('a deleted award row (after dropping the trigger that refuses it)', async () => {
    const db = await demoCopy();
    expect(() => sqlite3(db, 'DELETE FROM award WHERE id = 7;')).toThrow(/the registry never deletes award rows/);
    sqlite3(db, 'DROP TRIGGER award_no_delete; DELETE FROM award WHERE id = 7;');
    const r = await verify(db);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe(
      [
        HEADER,
        'foreign_key\tpresentation #7\trefers to a row of award that does not exist\t\tpresentation\t7',
        'row\taward #7\tthe row recorded by event #123 is gone: it was deleted behind tdkt\'s back\t123\taward\t7',
        'schema\ttrigger award_no_delete\tis missing: it was dropped behind tdkt\'s back\t\t\t',
        '',
      ].join('\n'),
    );
  });

  it('an inserted award row', async () => {
    const db = await demoCopy();
    sqlite3(db, 'INSERT INTO award (decision_id, recipient_id, award_type_id, period_from, period_to) VALUES (6, 30, 58, 2021, 2021);');
    const r = await verify(db);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe(`${HEADER}\nrow\taward #63\tno audit event records this row: it was inserted behind tdkt's back\t\taward\t63\n`);
  });

  it('a changed audit event', async () => {
    const db = await demoCopy();
    expect(() => sqlite3(db, "UPDATE audit_event SET actor = 'mallory' WHERE id = 100;")).toThrow(/the audit trail is append-only/);
    sqlite3(db, "DROP TRIGGER audit_event_no_update; UPDATE audit_event SET actor = 'mallory' WHERE id = 100;");
    const r = await verify(db);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe(
      [
        HEADER,
        'chain\tevent #100\tits contents do not match its hash: the event was changed after it was written\t100\trecipient\t37',
        'schema\ttrigger audit_event_no_update\tis missing: it was dropped behind tdkt\'s back\t\t\t',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe('tdkt: audit verify found 2 problems; the first: event #100: its contents do not match its hash: the event was changed after it was written\n');
  });

  it('a rewritten audit event whose hash was recomputed is caught by the next one', async () => {
    const db = await demoCopy();
    sqlite3(db, "DROP TRIGGER audit_event_no_update; UPDATE audit_event SET hash = 'ab' || substr(hash, 3) WHERE id = 100;");
    const r = await verify(db);
    expect(r.code).toBe(3);
    expect(r.stdout.split('\n').slice(1, 3)).toEqual([
      'chain\tevent #100\tits contents do not match its hash: the event was changed after it was written\t100\trecipient\t37',
      'chain\tevent #101\tdoes not follow event #100: #100 was rewritten after #101 was written\t101\trecipient\t38',
    ]);
  });

  it('deleted audit events, in the middle and at the end', async () => {
    const db = await demoCopy();
    sqlite3(db, 'DROP TRIGGER audit_event_no_delete; DELETE FROM audit_event WHERE id IN (150, 151, 244);');
    const r = await verify(db);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe(
      [
        HEADER,
        'chain\tevent #152\tevents #150–#151 are missing: removed from the audit trail\t152\taward\t34',
        'chain\tevent #244\tthe last event #244 was removed from the audit trail\t244\t\t',
        'row\taward #32\tno audit event records this row: it was inserted behind tdkt\'s back\t\taward\t32',
        'row\taward #33\tno audit event records this row: it was inserted behind tdkt\'s back\t\taward\t33',
        'row\tpresentation #62\tno audit event records this row: it was inserted behind tdkt\'s back\t\tpresentation\t62',
        'schema\ttrigger audit_event_no_delete\tis missing: it was dropped behind tdkt\'s back\t\t\t',
        '',
      ].join('\n'),
    );
  });

  it('an inserted audit event', async () => {
    const db = await demoCopy();
    sqlite3(
      db,
      "INSERT INTO audit_event (at, actor, command, action, entity, entity_id, entity_ref, before, after, prev_hash, hash) " +
        "SELECT at, 'mallory', 'award add', 'create', 'award', 999, '#999', NULL, NULL, hash, lower(hex(randomblob(32))) FROM audit_event WHERE id = 244;",
    );
    const r = await verify(db);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe(`${HEADER}\nchain\tevent #245\tits contents do not match its hash: the event was changed after it was written\t245\taward\t999\n`);
  });

  it('an anchor proves that history up to a noted event is unchanged', async () => {
    const db = await demoCopy();
    const head = /Head: event #244 ([0-9a-f]{64})/.exec((await verify(db)).stderr)![1];
    expect((await verify(db, '--anchor', `244:${head.slice(0, 12)}`)).code).toBe(0);
    const wrong = await verify(db, '--anchor', '244:0123456789abcdef');
    expect(wrong.code).toBe(3);
    expect(wrong.stdout).toBe(`${HEADER}\nanchor\tevent #244\tits hash is ${head.slice(0, 16)}…, not the 0123456789abcdef… noted: history up to it was rewritten\t244\tpresentation\t62\n`);
    const bad = await verify(db, '--anchor', '244');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('tdkt: --anchor "244" is not <event id>:<hash>: expected e.g. 612:3f2a9c01 (at least 8 hex digits of the hash)\nRun with --help for usage.\n');
  });

  it('lists problems as JSON for scripts', async () => {
    const db = await demoCopy();
    sqlite3(db, 'UPDATE recipient SET name = \'Trường THCS Trần Phú (sửa)\' WHERE id = 2;');
    const r = await verify(db, '--json');
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toEqual([
      { kind: 'row', where: 'recipient #2', message: 'differs from event #65, which recorded it last: name: recorded "Trường THCS Trần Phú", found "Trường THCS Trần Phú (sửa)"', event_id: 65, entity: 'recipient', entity_id: 2 },
    ]);
  });
});
