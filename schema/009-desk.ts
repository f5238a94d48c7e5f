// Frozen in time: this migration imports kysely only, never application code.
//
// Corrections a clerk can make, with the audit trail keeping what was there before:
// - a presentation recorded at the wrong ceremony can be withdrawn, a revocation undone by a reinstating
//   decision, and a duplicate recipient merged into another. Each removes a row; the trigger lets a row
//   of these tables go only when the audit trail already records its removal (the latest event of the
//   row has no after-image), so the sqlite3 shell still cannot delete one quietly;
// - award_reinstatement: the decision that reinstated a revoked line, with the revocation it undid;
// - recipient_alias: the reference of a recipient merged into another, which still finds the one kept.
import { sql, type Kysely } from 'kysely';
import { dropRefusalOnPostgres, isPostgres, portable, refuseOnPostgres, removalNotRecorded } from './dialect.js';

const REMOVABLE = ['presentation', 'award_revocation', 'recipient'];
const NEW_TABLES = ['award_reinstatement', 'recipient_alias'];
const kept = (t: string) => `the registry never deletes ${t} rows: correct, void or revoke instead`;

export async function up(db: Kysely<any>): Promise<void> {
  db = portable(db); // PostgreSQL's column types: see dialect.ts
  const now = sql`CURRENT_TIMESTAMP`;
  if (isPostgres(db)) {
    for (const t of REMOVABLE) {
      await dropRefusalOnPostgres(db, `${t}_no_delete`, t, 'DELETE');
      await refuseOnPostgres(db, { name: `${t}_no_delete`, table: t, op: 'DELETE', message: kept(t), when: removalNotRecorded(t) });
    }
  } else {
    for (const t of REMOVABLE) {
      await sql.raw(`DROP TRIGGER ${t}_no_delete`).execute(db);
      await sql
        .raw(
          `CREATE TRIGGER ${t}_no_delete BEFORE DELETE ON ${t} ` +
            `WHEN NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.id = ` +
            `(SELECT max(id) FROM audit_event WHERE entity = '${t}' AND entity_id = OLD.id) AND e.after IS NULL) ` +
            `BEGIN SELECT RAISE(ABORT, 'the registry never deletes ${t} rows: correct, void or revoke instead'); END`,
        )
        .execute(db);
    }
  }
  await db.schema
    .createTable('award_reinstatement')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('award_id', 'integer', (c) => c.notNull().references('award.id'))
    .addColumn('decision_symbol', 'text', (c) => c.notNull())
    .addColumn('decision_date', 'text', (c) => c.notNull())
    .addColumn('body_id', 'integer', (c) => c.notNull().references('body.id'))
    .addColumn('note', 'text')
    .addColumn('revoked_action', 'text', (c) => c.notNull())
    .addColumn('revoked_symbol', 'text')
    .addColumn('revoked_date', 'text')
    .addColumn('revoked_body_id', 'integer', (c) => c.references('body.id'))
    .addColumn('revoked_ground', 'text')
    .addColumn('revoked_note', 'text')
    .addColumn('revoked_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('award_reinstatement_award').on('award_reinstatement').column('award_id').execute();
  await db.schema
    .createTable('recipient_alias')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('ref', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('recipient_id', 'integer', (c) => c.notNull().references('recipient.id'))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('recipient_alias_recipient').on('recipient_alias').column('recipient_id').execute();
  for (const t of NEW_TABLES) {
    if (isPostgres(db)) {
      await refuseOnPostgres(db, { name: `${t}_no_delete`, table: t, op: 'DELETE', message: `the registry never deletes ${t} rows` });
      continue;
    }
    await sql
      .raw(`CREATE TRIGGER ${t}_no_delete BEFORE DELETE ON ${t} BEGIN SELECT RAISE(ABORT, 'the registry never deletes ${t} rows'); END`)
      .execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    for (const t of NEW_TABLES) {
      await dropRefusalOnPostgres(db, `${t}_no_delete`, t, 'DELETE');
      await db.schema.dropTable(t).execute();
    }
    for (const t of REMOVABLE) {
      await dropRefusalOnPostgres(db, `${t}_no_delete`, t, 'DELETE');
      await refuseOnPostgres(db, { name: `${t}_no_delete`, table: t, op: 'DELETE', message: kept(t) });
    }
    return;
  }
  for (const t of NEW_TABLES) {
    await sql.raw(`DROP TRIGGER ${t}_no_delete`).execute(db);
    await db.schema.dropTable(t).execute();
  }
  for (const t of REMOVABLE) {
    await sql.raw(`DROP TRIGGER ${t}_no_delete`).execute(db);
    await sql.raw(`CREATE TRIGGER ${t}_no_delete BEFORE DELETE ON ${t} BEGIN SELECT RAISE(ABORT, 'the registry never deletes ${t} rows: correct, void or revoke instead'); END`).execute(db);
  }
}
