// Frozen in time: this migration imports kysely only, never application code.
// Evidence the rules of the law need (ratings, discipline, initiatives, member counts of collectives)
// and the registry's settings (quotas, strictness).
import { type Kysely, sql } from 'kysely';
import { portable } from './dialect.js';

const now = sql`CURRENT_TIMESTAMP`;

export async function up(db: Kysely<any>): Promise<void> {
  db = portable(db); // PostgreSQL's column types: see dialect.ts
  await db.schema
    .createTable('rating')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('recipient_id', 'integer', (c) => c.notNull().references('recipient.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('rating', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('rating_recipient_year').on('rating').columns(['recipient_id', 'year']).unique().execute();

  await db.schema
    .createTable('discipline')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('recipient_id', 'integer', (c) => c.notNull().references('recipient.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('decision', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('discipline_recipient_year').on('discipline').columns(['recipient_id', 'year']).execute();

  await db.schema
    .createTable('initiative')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('recipient_id', 'integer', (c) => c.notNull().references('recipient.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('recognised_by', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('initiative_recipient_year').on('initiative').columns(['recipient_id', 'year']).execute();

  await db.schema
    .createTable('collective_year')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('collective_id', 'integer', (c) => c.notNull().references('recipient.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('member_count', 'integer', (c) => c.notNull())
    .addColumn('ldtt_count', 'integer')
    .addColumn('cstdcs_count', 'integer')
    .addColumn('completed_count', 'integer')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('collective_year_unique').on('collective_year').columns(['collective_id', 'year']).unique().execute();

  await db.schema
    .createTable('setting')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('value', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['setting', 'collective_year', 'initiative', 'discipline', 'rating']) {
    await db.schema.dropTable(t).execute();
  }
}
