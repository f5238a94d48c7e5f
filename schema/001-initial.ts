// Frozen in time: this migration imports kysely only, never application code.
import { type Kysely, sql } from 'kysely';
import { portable } from './dialect.js';

const now = sql`CURRENT_TIMESTAMP`;

export async function up(db: Kysely<any>): Promise<void> {
  db = portable(db); // PostgreSQL's column types: see dialect.ts
  await db.schema
    .createTable('body')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('ref', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_folded', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('abbr', 'text', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('parent_id', 'integer', (c) => c.references('body.id'))
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('body_name_folded').on('body').column('name_folded').execute();

  await db.schema
    .createTable('recipient')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('ref', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_folded', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.references('recipient.id'))
    .addColumn('position', 'text')
    .addColumn('place', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('recipient_name_folded').on('recipient').column('name_folded').execute();
  await db.schema.createIndex('recipient_unit').on('recipient').column('unit_id').execute();

  await db.schema
    .createTable('award_type')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name_vi', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text')
    .addColumn('name_folded', 'text', (c) => c.notNull())
    .addColumn('family', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('recipient_kinds', 'text', (c) => c.notNull())
    .addColumn('levels', 'text', (c) => c.notNull())
    .addColumn('rank', 'integer')
    .addColumn('precedence', 'integer', (c) => c.notNull())
    .addColumn('periodicity', 'text')
    .addColumn('article', 'text')
    .addColumn('note', 'text')
    .addColumn('builtin', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('decision')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('ref', 'text', (c) => c.notNull().unique())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('symbol', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('body_id', 'integer', (c) => c.notNull().references('body.id'))
    .addColumn('signer_name', 'text')
    .addColumn('signer_capacity', 'text')
    .addColumn('summary', 'text')
    .addColumn('regime', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema
    .createIndex('decision_body_year_symbol')
    .on('decision')
    .columns(['body_id', 'year', 'symbol'])
    .unique()
    .execute();
  await db.schema.createIndex('decision_symbol').on('decision').column('symbol').execute();
  await db.schema.createIndex('decision_year').on('decision').column('year').execute();

  await db.schema
    .createTable('award')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('decision_id', 'integer', (c) => c.notNull().references('decision.id'))
    .addColumn('line_no', 'integer')
    .addColumn('recipient_id', 'integer', (c) => c.notNull().references('recipient.id'))
    .addColumn('award_type_id', 'integer', (c) => c.notNull().references('award_type.id'))
    .addColumn('period_from', 'integer', (c) => c.notNull())
    .addColumn('period_to', 'integer', (c) => c.notNull())
    .addColumn('achievement', 'text')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('regular'))
    .addColumn('unit_name', 'text')
    .addColumn('position', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('award_decision_line').on('award').columns(['decision_id', 'line_no']).unique().execute();
  await db.schema.createIndex('award_recipient').on('award').columns(['recipient_id', 'award_type_id', 'period_to']).execute();
  await db.schema.createIndex('award_type_period').on('award').columns(['award_type_id', 'period_to']).execute();

  await db.schema
    .createTable('award_revocation')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('award_id', 'integer', (c) => c.notNull().unique().references('award.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('decision_symbol', 'text')
    .addColumn('decision_date', 'text')
    .addColumn('body_id', 'integer', (c) => c.references('body.id'))
    .addColumn('ground', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('ceremony')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('ref', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_folded', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('organiser_id', 'integer', (c) => c.notNull().references('body.id'))
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('presentation')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('ceremony_id', 'integer', (c) => c.notNull().references('ceremony.id'))
    .addColumn('award_id', 'integer', (c) => c.notNull().unique().references('award.id'))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('presentation_ceremony').on('presentation').column('ceremony_id').execute();

  await db.schema
    .createTable('audit_event')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('command', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer')
    .addColumn('entity_ref', 'text')
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_event_entity').on('audit_event').columns(['entity', 'entity_id']).execute();
  await db.schema.createIndex('audit_event_at').on('audit_event').column('at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['audit_event', 'presentation', 'ceremony', 'award_revocation', 'award', 'decision', 'award_type', 'recipient', 'body']) {
    await db.schema.dropTable(t).execute();
  }
}
