/** One search box over recipients, bodies, ceremonies and award types, without diacritics. Read-only. */
import { sql, type Kysely } from 'kysely';
import { likePrefix, wordPatterns } from './resolve.js';
import { fold } from './text.js';
import type { DB } from './tables.js';

export interface SearchHit {
  type: 'recipient' | 'body' | 'ceremony' | 'award_type';
  ref: string;
  name: string;
  detail: string | null;
}

export async function searchRegistry(db: Kysely<DB>, text: string, limit = 50): Promise<SearchHit[]> {
  const patterns = wordPatterns(text);
  if (patterns.length === 0) return [];
  const like = (col: string) => sql.join(patterns.map((p) => sql`${sql.ref(col)} LIKE ${p} ESCAPE '\\'`), sql` AND `);
  const recipients = await db
    .selectFrom('recipient as r')
    .leftJoin('recipient as u', 'u.id', 'r.unit_id')
    .select(['r.ref', 'r.name', 'r.kind', 'r.position', 'u.name as unit']) // i18n-ignore: SQL column alias
    .where(sql<boolean>`${like('r.name_folded')}`)
    // Closest first: the whole name, then names starting with the words, then the other matches.
    .orderBy(sql`CASE WHEN r.name_folded = ${fold(text)} THEN 0 WHEN r.name_folded LIKE ${likePrefix(fold(text))} ESCAPE '\\' THEN 1 ELSE 2 END`)
    .orderBy('r.name_folded')
    .orderBy('r.id')
    .limit(limit)
    .execute();
  const bodies = await db
    .selectFrom('body')
    .select(['ref', 'name', 'level'])
    .where(sql<boolean>`${like('name_folded')}`)
    .orderBy('name_folded')
    .orderBy('id')
    .limit(limit)
    .execute();
  const ceremonies = await db
    .selectFrom('ceremony')
    .select(['ref', 'name', 'date'])
    .where(sql<boolean>`${like('name_folded')}`)
    .orderBy('date')
    .orderBy('id')
    .limit(limit)
    .execute();
  const types = await db
    .selectFrom('award_type')
    .select(['code', 'name_vi'])
    .where(sql<boolean>`(${like('name_folded')}) OR lower(code) = ${text.trim().toLowerCase()}`)
    .orderBy('precedence')
    .limit(limit)
    .execute();
  return [
    ...recipients.map((r): SearchHit => ({
      type: 'recipient',
      ref: r.ref,
      name: r.name,
      detail: [r.kind, r.position, r.unit].filter(Boolean).join(', '),
    })),
    ...bodies.map((b): SearchHit => ({ type: 'body', ref: b.ref, name: b.name, detail: b.level })),
    ...ceremonies.map((c): SearchHit => ({ type: 'ceremony', ref: c.ref, name: c.name, detail: c.date })),
    ...types.map((t): SearchHit => ({ type: 'award_type', ref: t.code, name: t.name_vi, detail: null })),
  ].slice(0, limit);
}
