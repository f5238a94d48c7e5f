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

  it('speaks Vietnamese to a Vietnamese clerk', async () => {
    const db = await demoCopy();
    const ok = await runCli(['--read-only', 'audit', 'verify'], { db, env: { TDKT_LANG: 'vi' } });
    expect(ok.stderr.split('\n')[0]).toBe(
      `Đã kiểm tra 244 sự kiện của nhật ký và 244 bản ghi: chuỗi mã băm nguyên vẹn, mọi bản ghi khớp với sự kiện cuối cùng của nó, lược đồ đúng của tdkt (phiên bản ${SCHEMA_VERSION}), tính toàn vẹn SQLite và khóa ngoại đều ổn.`,
    );
    sqlite3(db, 'UPDATE award SET period_from = 2015 WHERE id = 5;');
    const r = await runCli(['--read-only', 'audit', 'verify'], { db, env: { TDKT_LANG: 'vi' } });
    expect(r.stderr).toBe('tdkt: audit verify phát hiện 1 vấn đề; vấn đề đầu tiên: award #5: khác với sự kiện #120, nơi ghi nhận dòng lần cuối: period_from: đã ghi nhận 2016, hiện là 2015\n');
    const dest = `${db}.copy.sqlite`;
    const b = await runCli(['backup', dest], { db, env: { TDKT_LANG: 'vi' } });
    expect(b.stderr.split('\n')[1]).toMatch(/^Bản sao đã được đọc lại và trùng khớp từng byte với tệp sổ \([\d.]+ byte\); tdkt audit verify kiểm tra chính lịch sử đó\.$/);
  });

  it('a changed award row', async () => {
    const db = await demoCopy();
    sqlite3(db, 'UPDATE award SET period_from = 2015, note = \'sửa tay\' WHERE id = 5;');
    const r = await verify(db);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe(`${HEADER}\nrow\taward #5\t"differs from event #120, which recorded it last: note: recorded null, found ""sửa tay""; period_from: recorded 2016, found 2015"\t120\taward\t5\n`);
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
    expect(wrong.stdout).toBe(`${HEADER}\nanchor\tevent #244\tits hash is ${head.slice(0, 16)}…, not the 0123456789abcdef… noted (--anchor): history up to it was rewritten\t244\tpresentation\t62\n`);
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

/** An annex of `n` lines for new people of a new body: Giấy khen, no chain rule. */
function annex(n: number): string {
  const rows = ['decision_number,decision_date,issuing_body,body_ref,body_level,decision_ref,award_type,recipient_kind,recipient_ref,recipient_name,achievement_period,line_no,achievement'];
  for (let i = 1; i <= n; i++) rows.push(`15/QĐ-UBND,2022-01-10,UBND phường Dư Hàng,ubnd-du-hang,commune,qd-du-hang,GK,cá nhân,dh-p${i},Người số ${i},2021,${i},Hoàn thành tốt nhiệm vụ năm 2021`);
  return rows.join('\n') + '\n';
}

describe('rows an import creates are recorded together, and verify still names the row', () => {
  const imported = async () => {
    const db = await demoCopy();
    const r = await runCli(['import', '-', '--format', 'csv'], { db, stdin: annex(1500) });
    expect(r.code, r.stderr).toBe(0);
    return db;
  };

  it('one event per run of consecutive rows of a table (at most 1024), each row by its digest', async () => {
    const db = await imported();
    const log = await runCli(['audit', 'log', '--command', 'import', '--json'], { db });
    const events = JSON.parse(log.stdout) as { id: number; action: string; entity: string; entity_id: number; entity_id_last: number; ref: null; changes: string; after: string }[];
    expect(events.map((e) => [e.id, e.action, e.entity, e.entity_id, e.entity_id_last, e.changes])).toEqual([
      [245, 'create', 'recipient', 51, 1074, '1,024 rows, each recorded by its digest'],
      [246, 'create', 'award', 63, 1086, '1,024 rows, each recorded by its digest'],
      [247, 'create', 'body', 6, 6, 'recorded by its digest'],
      [248, 'create', 'decision', 7, 7, 'recorded by its digest'],
      [249, 'create', 'recipient', 1075, 1550, '476 rows, each recorded by its digest'],
      [250, 'create', 'award', 1087, 1562, '476 rows, each recorded by its digest'],
    ]);
    expect(events[1].after).toMatch(/^sha256-list:[0-9a-f]{64}(,[0-9a-f]{64}){1023}$/);
    const r = await verify(db);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stderr).toMatch(/^Verified 250 audit events and 3,246 records: the hash chain is intact/);
    // A line's events: the range that created it.
    const line = await runCli(['audit', 'log', '--record', '#700', '--format', 'tsv'], { db });
    expect(line.stdout.split('\n').slice(1, -1).map((l) => l.split('\t').slice(0, 7))).toEqual([['246', '2026-03-01T08:00:00.000Z', 'tester', 'import', 'create', 'award', '63']]);
    const table = await runCli(['audit', 'log', '--record', '#700', '--format', 'table'], { db });
    expect(table.stdout).toContain('63–1086');
  });

  it('a changed imported row is named, and the event that recorded it', async () => {
    const db = await imported();
    sqlite3(db, "UPDATE award SET note = 'sửa tay' WHERE id = 700;");
    const r = await verify(db);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe(
      `${HEADER}\nrow\taward #700\tdiffers from event #246, which recorded it last as a digest of its values (as import records the rows it creates): a value was changed; compare the row with the imported file or a backup to see which\t246\taward\t700\n`,
    );
  });

  it('a correction made with tdkt after the import is the row\'s latest event', async () => {
    const db = await imported();
    const edit = await runCli(['award', 'edit', '700', '--achievement', 'Hoàn thành xuất sắc nhiệm vụ năm 2021'], { db });
    expect(edit.code, edit.stderr).toBe(0);
    expect((await verify(db)).code).toBe(0);
    const line = await runCli(['audit', 'log', '--record', '#700', '--format', 'tsv'], { db });
    expect(line.stdout.split('\n').slice(1, -1).map((l) => l.split('\t').slice(3, 7))).toEqual([
      ['import', 'create', 'award', '63'],
      ['award edit', 'update', 'award', '700'],
    ]);
    sqlite3(db, "UPDATE award SET note = 'sửa tay' WHERE id = 700;");
    expect((await verify(db)).stdout).toBe(`${HEADER}\nrow\taward #700\t"differs from event #251, which recorded it last: note: recorded null, found ""sửa tay"""\t251\taward\t700\n`);
  });

  it('an imported row deleted, and a row inserted among them', async () => {
    const db = await imported();
    sqlite3(db, 'DROP TRIGGER award_no_delete; DELETE FROM award WHERE id = 700; CREATE TRIGGER award_no_delete BEFORE DELETE ON award BEGIN SELECT RAISE(ABORT, \'the registry never deletes award rows: correct, void or revoke instead\'); END;');
    sqlite3(db, 'INSERT INTO award (decision_id, recipient_id, award_type_id, period_from, period_to) VALUES (7, 51, 58, 2020, 2020);');
    const r = await verify(db);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe(
      [
        HEADER,
        "row\taward #700\tthe row recorded by event #246 is gone: it was deleted behind tdkt's back\t246\taward\t700",
        "row\taward #1563\tno audit event records this row: it was inserted behind tdkt's back\t\taward\t1563",
        '',
      ].join('\n'),
    );
  });
});

/**
 * An insider who rewrites the chain from some event on, recomputing every hash (what anchors exist to
 * catch), still cannot make time run backwards or ids shrink unseen.
 */
describe('a forged chain is still checked for order', () => {
  async function forge(db: string, edit: (raw: import('better-sqlite3').Database) => void): Promise<void> {
    const { openSqlite } = await import('../../src/core/db.js');
    const { eventHash } = await import('../../src/core/audit.js');
    const raw = openSqlite(db);
    try {
      const triggers = raw.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger'`).all() as { name: string; sql: string }[];
      for (const t of triggers) raw.exec(`DROP TRIGGER "${t.name}"`);
      edit(raw);
      // Every hash recomputed from the start, as a careful forger would.
      let prev = '0'.repeat(64);
      for (const e of raw.prepare('SELECT * FROM audit_event ORDER BY id').all() as (import('../../src/core/audit.js').AuditEventFields & { id: number })[]) {
        const hash = eventHash(prev, e);
        raw.prepare('UPDATE audit_event SET prev_hash = ?, hash = ? WHERE id = ?').run(prev, hash, e.id);
        prev = hash;
      }
      for (const t of triggers) raw.exec(t.sql);
    } finally {
      raw.close();
    }
  }

  it('time that runs backwards', async () => {
    const db = await demoCopy();
    await forge(db, (raw) => raw.exec("UPDATE audit_event SET at = '2025-12-31T23:59:59.000Z' WHERE id = 200"));
    const r = await verify(db);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe(`${HEADER}\nchain\tevent #200\twas written at 2025-12-31T23:59:59.000Z, before event #199 (2026-03-01T08:00:00.000Z): time in the audit trail only moves forward\t200\tpresentation\t18\n`);
  });

  it('a row given an id lower than one created before it', async () => {
    const db = await demoCopy();
    // Two forged lines, each with its event: #100, then #80 below it.
    await forge(db, (raw) => {
      for (const id of [100, 80]) {
        raw.prepare('INSERT INTO award (id, decision_id, recipient_id, award_type_id, period_from, period_to) VALUES (?, 6, 30, 58, 2021, 2021)').run(id);
        const row = raw.prepare('SELECT * FROM award WHERE id = ?').get(id) as Record<string, unknown>;
        raw.prepare(
          "INSERT INTO audit_event (at, actor, command, action, entity, entity_id, entity_ref, before, after, prev_hash, hash) VALUES ('2026-03-01T09:00:00.000Z', 'mallory', 'award add', 'create', 'award', ?, ?, NULL, ?, '', '')",
        ).run(id, `#${id}`, JSON.stringify(Object.fromEntries(Object.keys(row).sort().map((k) => [k, row[k]]))));
      }
    });
    const r = await verify(db);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe(`${HEADER}\nrow\taward #80\twas first recorded by event #246, after #100 (event #245), which has a higher id: ids only grow, so it was written with a lower id behind tdkt's back\t246\taward\t80\n`);
  });
});
