// Frozen in time: this migration imports kysely only, never application code.
//
// Indexes for matching and checking many lines at once (import):
// - a recipient is matched by its folded name AND its unit (a namesake in another unit is another
//   person): an index on the name alone made each match read every namesake in the registry. The new
//   index still serves lookups by name alone (its first column), so it replaces the old one.
// - the rules read each recipient's lines (type, period, kind, decision, STT): an index holding those
//   columns answers from a few adjacent index pages instead of a table page per line. It starts with
//   the columns of the old recipient index, which it replaces (duplicate checks use the same prefix).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('recipient_name_unit').on('recipient').columns(['name_folded', 'unit_id']).execute();
  await db.schema.dropIndex('recipient_name_folded').execute();
  await db.schema
    .createIndex('award_recipient_lines')
    .on('award')
    .columns(['recipient_id', 'award_type_id', 'period_to', 'period_from', 'kind', 'decision_id', 'line_no'])
    .execute();
  await db.schema.dropIndex('award_recipient').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('award_recipient').on('award').columns(['recipient_id', 'award_type_id', 'period_to']).execute();
  await db.schema.dropIndex('award_recipient_lines').execute();
  await db.schema.createIndex('recipient_name_folded').on('recipient').column('name_folded').execute();
  await db.schema.dropIndex('recipient_name_unit').execute();
}
