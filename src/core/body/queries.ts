import type { Kysely } from 'kysely';
import { NotFoundError } from '../errors.js';
import { levelOrderSql } from '../sql.js';
import type { DB } from '../tables.js';
import type { Body } from './body.js';
import { BODY } from '../../i18n/messages/core-records-people.js';

function bodies(db: Kysely<DB>) {
  return db
    .selectFrom('body as b')
    .leftJoin('body as p', 'p.id', 'b.parent_id')
    .select(['b.ref', 'b.name', 'b.level', 'b.abbr', 'b.place', 'p.ref as parent', 'b.note']); // i18n-ignore: SQL column aliases
}

/** Bodies from the highest level down, then by name. Read-only. */
export async function listBodies(db: Kysely<DB>, filter: { level?: string } = {}): Promise<Body[]> {
  let q = bodies(db);
  if (filter.level) q = q.where('b.level', '=', filter.level);
  const rows = await q
    .orderBy(levelOrderSql('b.level'))
    .orderBy('b.name_folded')
    .orderBy('b.id')
    .execute();
  return rows;
}

export async function getBody(db: Kysely<DB>, ref: string): Promise<Body> {
  const row = await bodies(db).where('b.ref', '=', ref).executeTakeFirst();
  if (!row) throw new NotFoundError(BODY.notFound(ref));
  return row;
}
