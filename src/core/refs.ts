import { sql, type Kysely } from 'kysely';
import type { DB } from './tables.js';
import { slugify } from './text.js';

type RefTable = 'body' | 'recipient' | 'ceremony' | 'decision';

/** `base`, or `base-2`, `base-3`, … whichever is free in `table`. */
export async function uniqueRef(trx: Kysely<DB>, table: RefTable, base: string): Promise<string> {
  const slug = slugify(base);
  const taken = await trx
    .selectFrom(table)
    .select('ref')
    .where((eb) => eb.or([eb('ref', '=', slug), eb('ref', 'like', sql<string>`${slug + '-%'}`)]))
    .execute();
  const set = new Set(taken.map((r) => r.ref));
  if (!set.has(slug)) return slug;
  for (let i = 2; ; i++) if (!set.has(`${slug}-${i}`)) return `${slug}-${i}`;
}

/** Refuses a reference the clerk chose when another record holds it. */
export async function refIsFree(trx: Kysely<DB>, table: RefTable, ref: string, exceptId?: number): Promise<boolean> {
  let q = trx.selectFrom(table).select('id').where('ref', '=', ref);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) === undefined;
}
