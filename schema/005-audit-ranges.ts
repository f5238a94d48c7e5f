// Frozen in time: this migration imports kysely only, never application code.
//
// One audit event may record many rows created together (a bulk import): `entity_id` is the first row's
// id and `entity_id_last` the last one's, and the event's after-image lists one digest per row, in id
// order. Single-row events leave entity_id_last null, so their hashes are unchanged. The partial index
// finds the range event that covers a row.
import { sql, type Kysely } from 'kysely';
import { portable } from './dialect.js';

export async function up(db: Kysely<any>): Promise<void> {
  db = portable(db); // PostgreSQL's column types: see dialect.ts
  await db.schema.alterTable('audit_event').addColumn('entity_id_last', 'integer').execute();
  await sql`CREATE INDEX audit_event_range ON audit_event (entity, entity_id_last) WHERE entity_id_last IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_event_range').execute();
  await db.schema.alterTable('audit_event').dropColumn('entity_id_last').execute();
}
