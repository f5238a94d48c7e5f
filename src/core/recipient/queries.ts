import { sql, type Kysely } from 'kysely';
import { NotFoundError } from '../errors.js';
import { likePrefix, wordPatterns } from '../resolve.js';
import { compareVi, fold, givenNameFirst } from '../text.js';
import type { DB } from '../tables.js';
import type { Recipient } from './recipient.js';
import { RECIPIENT } from '../../i18n/messages/core-records-people.js';

function recipients(db: Kysely<DB>) {
  return db
    .selectFrom('recipient as r')
    .leftJoin('recipient as u', 'u.id', 'r.unit_id')
    .select(['r.ref', 'r.kind', 'r.name', 'u.ref as unit', 'u.name as unit_name', 'r.position', 'r.place', 'r.note']); // i18n-ignore: SQL column aliases
}

export interface RecipientFilter {
  kind?: string;
  /** Reference of the unit whose members to list. */
  unitId?: number;
  /** Words of the name, matched without diacritics or case. */
  text?: string;
  limit?: number;
  /** Vietnamese alphabetical order of the full name (default), or of the given name (last word) first. */
  sort?: 'name' | 'given-name';
}

/** Recipients in Vietnamese alphabetical order (matches of `text` closest first). Read-only. */
export async function listRecipients(db: Kysely<DB>, f: RecipientFilter = {}): Promise<Recipient[]> {
  let q = recipients(db);
  if (f.kind) q = q.where('r.kind', '=', f.kind);
  if (f.unitId !== undefined) q = q.where('r.unit_id', '=', f.unitId);
  for (const p of f.text ? wordPatterns(f.text) : []) q = q.where(sql<boolean>`r.name_folded LIKE ${p} ESCAPE '\\'`);
  // With words: the closest first (the whole name equal to them without diacritics, then names starting
  // with them, then the other matches), then the alphabetical order.
  const folded = f.text ? fold(f.text) : '';
  const rank = sql<number>`CASE WHEN r.name_folded = ${folded} THEN 0 WHEN r.name_folded LIKE ${likePrefix(folded)} ESCAPE '\\' THEN 1 ELSE 2 END`;
  if (folded) q = q.select(rank.as('rank')).orderBy(rank);
  if (f.limit) q = q.limit(f.limit);
  const rows = (await q.orderBy('r.name_folded').orderBy('r.id').execute()) as (Recipient & { rank?: number })[];
  // SQLite orders bytes; Vietnamese order (a ă â b c d đ e ê …) needs a collator. The ref breaks ties.
  const key = f.sort === 'given-name' ? (r: Recipient) => givenNameFirst(r.name) : (r: Recipient) => r.name;
  rows.sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || compareVi(key(a), key(b)) || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  for (const r of rows) delete r.rank;
  return rows;
}

export async function getRecipient(db: Kysely<DB>, ref: string): Promise<Recipient> {
  const row = await recipients(db).where('r.ref', '=', ref).executeTakeFirst();
  if (!row) throw new NotFoundError(RECIPIENT.notFound(ref));
  return row as Recipient;
}
