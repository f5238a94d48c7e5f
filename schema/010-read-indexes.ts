// Frozen in time: this migration imports kysely only, never application code.
//
// A year's decisions in date order: award list and export list a year's lines by decision date, and
// with this index SQLite reads them decision by decision in that order (stopping at --limit) instead of
// reading every line of a type across all years and sorting them. It replaces the index on year alone,
// which it contains. Decisions are few (thousands), so it costs writes nothing.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('decision_year_date').on('decision').columns(['year', 'date']).execute();
  await db.schema.dropIndex('decision_year').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('decision_year').on('decision').column('year').execute();
  await db.schema.dropIndex('decision_year_date').execute();
}
