// Frozen in time: this migration imports kysely only, never application code.
//
// Emulation clusters and blocks (cụm, khối thi đua), the evidence of the emulation flags: the clusters a
// body organizes, the collectives that belong to each in a year, and the cluster's ranking (its leading
// unit, dẫn đầu). A member entered in error can be removed, with its removal in the audit trail (the
// trigger lets a row go only when its latest event has no after-image, as for presentations).
import { sql, type Kysely } from 'kysely';
import { dropRefusalOnPostgres, isPostgres, portable, refuseOnPostgres, removalNotRecorded } from './dialect.js';

export async function up(db: Kysely<any>): Promise<void> {
  db = portable(db); // PostgreSQL's column types: see dialect.ts
  const now = sql`CURRENT_TIMESTAMP`;
  await db.schema
    .createTable('emulation_cluster')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('ref', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_folded', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('organizer_id', 'integer', (c) => c.notNull().references('body.id'))
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('emulation_cluster_name').on('emulation_cluster').column('name_folded').execute();
  await db.schema
    .createTable('cluster_member')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('cluster_id', 'integer', (c) => c.notNull().references('emulation_cluster.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('recipient_id', 'integer', (c) => c.notNull().references('recipient.id'))
    .addColumn('rank', 'integer')
    .addColumn('leading', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('cluster_member_unique').on('cluster_member').columns(['cluster_id', 'year', 'recipient_id']).unique().execute();
  await db.schema.createIndex('cluster_member_recipient').on('cluster_member').columns(['recipient_id', 'year']).execute();
  if (isPostgres(db)) {
    await refuseOnPostgres(db, { name: 'emulation_cluster_no_delete', table: 'emulation_cluster', op: 'DELETE', message: 'the registry never deletes emulation_cluster rows' });
    await refuseOnPostgres(db, {
      name: 'cluster_member_no_delete',
      table: 'cluster_member',
      op: 'DELETE',
      message: 'the registry never deletes cluster_member rows: remove a member with tdkt evidence cluster remove',
      when: removalNotRecorded('cluster_member'),
    });
    return;
  }
  await sql
    .raw(`CREATE TRIGGER emulation_cluster_no_delete BEFORE DELETE ON emulation_cluster BEGIN SELECT RAISE(ABORT, 'the registry never deletes emulation_cluster rows'); END`)
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER cluster_member_no_delete BEFORE DELETE ON cluster_member ` +
        `WHEN NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.id = ` +
        `(SELECT max(id) FROM audit_event WHERE entity = 'cluster_member' AND entity_id = OLD.id) AND e.after IS NULL) ` +
        `BEGIN SELECT RAISE(ABORT, 'the registry never deletes cluster_member rows: remove a member with tdkt evidence cluster remove'); END`,
    )
    .execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['cluster_member', 'emulation_cluster']) {
    if (isPostgres(db)) await dropRefusalOnPostgres(db, `${t}_no_delete`, t, 'DELETE');
    else await sql.raw(`DROP TRIGGER ${t}_no_delete`).execute(db);
    await db.schema.dropTable(t).execute();
  }
}
