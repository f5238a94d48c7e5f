// Frozen in time: this migration imports kysely only, never application code.
//
// Paperwork: what the office prints and reports.
// - body_setting: what a body sets once for its documents (heading lines, grounds, recipients, signer,
//   place of the date line, font), one row per body and key, the value as JSON text.
// - register_entry: the office's award register (sổ khen thưởng): a running number per office (the
//   decision's issuing body) and year, given once to an award line when its certificate is first
//   exported, and kept.
// - recipient_profile: optional facts the statistical forms and certificates need: gender (for Ông/Bà),
//   the group of an individual (five groups of the forms), whether a collective is an enterprise.
//   Unknown stays null and is reported as unclassified, never guessed.
import { type Kysely, sql } from 'kysely';
import { dropRefusalOnPostgres, isPostgres, portable, refuseOnPostgres } from './dialect.js';

const now = sql`CURRENT_TIMESTAMP`;
const TABLES = ['body_setting', 'register_entry', 'recipient_profile'];

export async function up(db: Kysely<any>): Promise<void> {
  db = portable(db); // PostgreSQL's column types: see dialect.ts
  await db.schema
    .createTable('body_setting')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('body_id', 'integer', (c) => c.notNull().references('body.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('body_setting_key').on('body_setting').columns(['body_id', 'key']).unique().execute();

  await db.schema
    .createTable('register_entry')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('award_id', 'integer', (c) => c.notNull().unique().references('award.id'))
    .addColumn('body_id', 'integer', (c) => c.notNull().references('body.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('register_entry_number').on('register_entry').columns(['body_id', 'year', 'number']).unique().execute();

  await db.schema
    .createTable('recipient_profile')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('recipient_id', 'integer', (c) => c.notNull().unique().references('recipient.id'))
    .addColumn('gender', 'text')
    .addColumn('stat_group', 'integer')
    .addColumn('enterprise', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();

  if (isPostgres(db)) {
    for (const t of TABLES) {
      await refuseOnPostgres(db, { name: `${t}_no_delete`, table: t, op: 'DELETE', message: `the registry never deletes ${t} rows: correct, void or revoke instead` });
    }
    await refuseOnPostgres(db, { name: 'register_entry_no_update', table: 'register_entry', op: 'UPDATE', message: 'a register number is kept for ever' });
    return;
  }
  for (const t of TABLES) {
    await sql
      .raw(
        `CREATE TRIGGER ${t}_no_delete BEFORE DELETE ON ${t} ` +
          `BEGIN SELECT RAISE(ABORT, 'the registry never deletes ${t} rows: correct, void or revoke instead'); END`,
      )
      .execute(db);
  }
  // A register number, once given, is never changed.
  await sql
    .raw(`CREATE TRIGGER register_entry_no_update BEFORE UPDATE ON register_entry BEGIN SELECT RAISE(ABORT, 'a register number is kept for ever'); END`)
    .execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await dropRefusalOnPostgres(db, 'register_entry_no_update', 'register_entry', 'UPDATE');
    for (const t of TABLES) await dropRefusalOnPostgres(db, `${t}_no_delete`, t, 'DELETE');
    for (const t of [...TABLES].reverse()) await db.schema.dropTable(t).execute();
    return;
  }
  await sql.raw('DROP TRIGGER register_entry_no_update').execute(db);
  for (const t of TABLES) await sql.raw(`DROP TRIGGER ${t}_no_delete`).execute(db);
  for (const t of [...TABLES].reverse()) await db.schema.dropTable(t).execute();
}
