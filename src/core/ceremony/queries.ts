import { sql, type Kysely } from 'kysely';
import { NotFoundError } from '../errors.js';
import type { DB } from '../tables.js';
import type { Ceremony } from './ceremony.js';
import { RESOLVE } from '../../i18n/messages/core-records.js';
import { CEREMONY } from '../../i18n/messages/core-records-awards.js';

function ceremonies(db: Kysely<DB>) {
  return db
    .selectFrom('ceremony as c')
    .innerJoin('body as b', 'b.id', 'c.organiser_id')
    .select([
      'c.ref',
      'c.name',
      'c.date',
      'c.place',
      'b.ref as organiser', // i18n-ignore: SQL column alias
      'b.name as organiser_name',
      sql<number>`(SELECT count(*) FROM presentation p WHERE p.ceremony_id = c.id)`.as('awards'),
      'c.note',
    ]);
}

/** Ceremonies by date, then id. Read-only. */
export async function listCeremonies(db: Kysely<DB>, f: { year?: number } = {}): Promise<Ceremony[]> {
  let q = ceremonies(db);
  if (f.year !== undefined) q = q.where('c.date', 'like', `${f.year}-%`);
  return q.orderBy('c.date').orderBy('c.id').execute();
}

export async function getCeremony(db: Kysely<DB>, ref: string): Promise<Ceremony> {
  const row = await ceremonies(db).where('c.ref', '=', ref).executeTakeFirst();
  if (!row) throw new NotFoundError(CEREMONY.notFound(ref), RESOLVE.hintCeremony());
  return row;
}
