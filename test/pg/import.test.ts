/**
 * tdkt import on PostgreSQL: the same import as on a SQLite file, run on a stage and written back. What
 * it prints is what it prints on SQLite, byte for byte; the registries after it hold the same rows
 * (ids, audit events and their hashes); a refused import and a dry run write nothing on the server.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COPY_TABLES, copyTables } from '../../src/core/copy.js';
import { openRegistry } from '../../src/core/db.js';
import { verifyRegistry } from '../../src/core/trust/verify.js';
import { resetIdentities } from '../../schema/dialect.js';
import { demoRegistryFile, fixedClock, runCli, tempDir } from '../helpers.js';
import { copyRegistry, FIXTURES } from '../import/support.js';
import { freshPgDatabase, PG_ADMIN, psql, TEST_ENGINE } from './engine.js';

const READS: string[][] = [
  ['roster', 'le-chan-2022'],
  ['counts', '--year', '2021', '--by', 'type'],
  ['award', 'list', '--format', 'csv'],
  ['recipient', 'list', '--format', 'tsv'],
  ['decision', 'list', '--json'],
  ['ceremony', 'list', '--json'],
  ['history', 'phong-noi-vu'],
];

const HEAD = 'decision_number,decision_date,issuing_body,award_type,recipient_kind,recipient_name,unit,achievement_period,line_no';
/** Lines with evidence columns: ratings, an initiative, a member count (rows of other tables than the award's). */
const EVIDENCE = [
  `${HEAD},rating,initiative,initiative_level,member_count,ldtt_count`,
  '40/QĐ-UBND,2022-02-15,ubnd-le-chan,LDTT,cá nhân,Lương Văn Một,phong-noi-vu,2021,1,hoàn thành tốt nhiệm vụ,,,,',
  '40/QĐ-UBND,2022-02-15,ubnd-le-chan,CSTDCS,cá nhân,Lương Văn Một,phong-noi-vu,2021,2,,Số hóa hồ sơ một cửa,cơ sở,,',
  '40/QĐ-UBND,2022-02-15,ubnd-le-chan,TTLDTT,tập thể,Phòng Nội vụ quận Lê Chân,,2021,3,hoàn thành tốt nhiệm vụ,,,10,8',
  '',
].join('\n');
/** Another decision changing what the first recorded: a rating and a member count are updated, not added. */
const CHANGES = [
  `${HEAD},rating,member_count,ldtt_count`,
  '41/QĐ-UBND,2022-03-01,ubnd-le-chan,GK,cá nhân,Lương Văn Một,phong-noi-vu,2021,1,hoàn thành xuất sắc nhiệm vụ,,',
  '41/QĐ-UBND,2022-03-01,ubnd-le-chan,GK,tập thể,Phòng Nội vụ quận Lê Chân,,2021,2,hoàn thành xuất sắc nhiệm vụ,12,9',
  '',
].join('\n');

/** Every row of every table, in id order, as the registry at `db` holds it (on either engine). */
async function rows(db: string): Promise<Record<string, unknown[]>> {
  const reg = await openRegistry(db, { readOnly: true });
  try {
    const out: Record<string, unknown[]> = {};
    for (const t of COPY_TABLES) out[t] = await reg.db.selectFrom(t).selectAll().orderBy('id').execute();
    return out;
  } finally {
    await reg.close();
  }
}

/**
 * The registry `from` copied into the empty database `to`, as `tdkt copy` copies it (its rows with their
 * ids, the id sequences moved past them), without the proof that follows, which verifies the copy: the
 * audit verification of a PostgreSQL registry is not there yet.
 */
async function copyInto(from: string, to: string): Promise<void> {
  const source = await openRegistry(from, { readOnly: true });
  const target = await openRegistry(to, { create: true, bare: true, anchors: false });
  try {
    await target.write(async (trx) => {
      await copyTables(source.db, trx);
      await resetIdentities(trx);
    });
  } finally {
    await target.close();
    await source.close();
  }
}

/**
 * What `tdkt audit verify` finds (SQLite: the engine whose verification exists; the server's registry
 * holds the same rows and audit events, hash for hash, as `same` checks).
 */
async function verified(db: string): Promise<boolean> {
  const reg = await openRegistry(db, { readOnly: true });
  try {
    return (await verifyRegistry(reg)).ok;
  } finally {
    await reg.close();
  }
}

describe.skipIf(!PG_ADMIN || TEST_ENGINE !== 'sqlite')('tdkt import on PostgreSQL', () => {
  let demo: string;
  beforeAll(async () => {
    demo = await demoRegistryFile({ forFile: true, history: false });
  });

  /** The demo twice: a copy of the file, and a PostgreSQL database it was copied into (the same rows, ids and audit trail). */
  async function demoPair(): Promise<{ file: string; pg: string }> {
    const pg = freshPgDatabase('import');
    await copyInto(demo, pg);
    const file = copyRegistry(demo);
    expect(await rows(pg)).toEqual(await rows(file));
    return { file, pg };
  }

  /** Runs `argv` on both registries: the same output, exit code, and rows after. */
  async function same(argv: string[], pair: { file: string; pg: string }, opts: { stdin?: string; cwd?: string; env?: Record<string, string> } = {}) {
    const a = await runCli(argv, { db: pair.file, ...opts });
    const b = await runCli(argv, { db: pair.pg, ...opts });
    expect(b).toEqual(a);
    expect(await rows(pair.pg)).toEqual(await rows(pair.file));
    return a;
  }

  it('imports a clerk’s CSV into a registry copied in: the same output, rows, ids and audit trail as on SQLite', { timeout: 120_000 }, async () => {
    const pair = await demoPair();
    const r = await same(['import', 'excel-semicolon-bom.csv'], pair, { cwd: FIXTURES });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^missing evidence: LDTT 2021 for Trần Thị B/);
    // Recipients of the registry were matched, not created again.
    expect(r.stderr).toMatch(/Imported 6 award lines from excel-semicolon-bom\.csv \(5 new and 2 existing recipients/);
    for (const argv of READS) {
      const a = await runCli(argv, { db: pair.file });
      const b = await runCli(argv, { db: pair.pg });
      expect(b, argv.join(' ')).toEqual(a);
    }
    expect(await verified(pair.file)).toBe(true);
    // The ids go on where the server's sequences stand.
    const next = await same(['ceremony', 'add', 'Lễ thử', '--date', '2022-09-01', '--organiser', 'ubnd-le-chan'], pair);
    expect(next.code).toBe(0);
  });

  it('a clerk who writes while the stage is filled: the import waits for the write, fills the stage again, and both land', { timeout: 120_000 }, async () => {
    const pair = await demoPair();
    const { BodyInput } = await import('../../src/core/body/body.js');
    const { insertBody } = await import('../../src/core/body/service.js');
    const body = BodyInput.parse({ ref: 'ubnd-phuong-moi', name: 'UBND phường Mới', level: 'commune', abbr: 'UBND' });
    // On the file: the clerk's write, then the import (the order the server gives them).
    const clerkOn = async (db: string, until: Promise<void> = Promise.resolve(), locked: () => void = () => undefined) => {
      const reg = await openRegistry(db, { clock: fixedClock, actor: 'lan' });
      try {
        await reg.write(async (trx, audit) => {
          locked();
          await until;
          await insertBody(trx, audit, body, reg.now());
        });
      } finally {
        await reg.close();
      }
    };
    await clerkOn(pair.file);
    const onFile = await runCli(['import', 'excel-semicolon-bom.csv'], { db: pair.file, cwd: FIXTURES });
    expect(onFile.code).toBe(0);
    // On the server: the clerk holds the writers' lock while the import fills its stage from a snapshot.
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    let holding!: () => void;
    const held = new Promise<void>((r) => (holding = r));
    const clerk = clerkOn(pair.pg, gate, holding);
    await held;
    const importing = runCli(['import', 'excel-semicolon-bom.csv'], { db: pair.pg, cwd: FIXTURES });
    // The import has its stage and waits for the lock: then the clerk writes and commits.
    const waiting = () => psql(pair.pg, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted").trim();
    for (let i = 0; i < 600 && waiting() === '0'; i++) await new Promise((r) => setTimeout(r, 50));
    expect(waiting()).toBe('1');
    open();
    await clerk;
    const onServer = await importing;
    expect(onServer).toEqual(onFile);
    expect(await rows(pair.pg)).toEqual(await rows(pair.file));
    expect((await runCli(['audit', 'verify'], { db: pair.pg })).code).toBe(0);
  });

  it('imports a workbook and evidence columns, then changes them: rows created and rows updated reach the server', { timeout: 120_000 }, async () => {
    const pair = await demoPair();
    expect((await same(['import', 'annex.xlsx', '--json'], pair, { cwd: FIXTURES })).code).toBe(0);
    expect((await same(['import', '-', '--format', 'csv'], pair, { stdin: EVIDENCE })).code).toBe(0);
    const changed = await same(['import', '-', '--format', 'csv', '--no-strict'], pair, { stdin: CHANGES });
    expect(changed.code).toBe(0);
    expect(changed.stderr).toMatch(/evidence: 2 ratings, 1 member count/);
    expect(await verified(pair.file)).toBe(true);
  });

  it('imports into an empty registry, creating its bodies, in Vietnamese too', { timeout: 120_000 }, async () => {
    const file = join(tempDir(), 'empty.sqlite');
    const pg = freshPgDatabase('import');
    for (const db of [file, pg]) expect((await runCli(['init'], { db })).code).toBe(0);
    const csv = [
      'decision_number,decision_date,issuing_body,body_level,award_type,recipient_kind,recipient_name,unit,achievement_period,line_no',
      '01/QĐ-UBND,2022-01-10,UBND huyện Kiến Thụy,district,LDTT,cá nhân,Nguyễn Văn An,Trường THCS Đại Đồng,2021,1',
      '01/QĐ-UBND,2022-01-10,UBND huyện Kiến Thụy,district,GK,cá nhân,Trần Thị Bình,Trường THCS Đại Đồng,1985-2021,2',
      '',
    ].join('\n');
    const r = await same(['import', '-', '--format', 'csv'], { file, pg }, { stdin: csv, env: { TDKT_LANG: 'vi' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Đã nhập 2 dòng khen thưởng từ stdin/m);
    expect(await verified(file)).toBe(true);
  });

  it('refuses a file with bad rows as SQLite does, and writes nothing on the server', { timeout: 120_000 }, async () => {
    const pair = await demoPair();
    const before = await rows(pair.pg);
    const r = await same(['import', 'bad-rows.csv'], pair, { cwd: FIXTURES });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nothing was written/);
    expect(await rows(pair.pg)).toEqual(before);
  });

  it('a dry run prints what SQLite prints, and writes nothing on the server', { timeout: 120_000 }, async () => {
    const pair = await demoPair();
    const before = await rows(pair.pg);
    const r = await same(['import', 'excel-semicolon-bom.csv', '--dry-run'], pair, { cwd: FIXTURES });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Dry run/);
    expect(await rows(pair.pg)).toEqual(before);
  });
});
