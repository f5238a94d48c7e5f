/**
 * Counts of awards per award type and conferring level, by kind of recipient. Read-only.
 * The same function serves a ceremony's counts and a year's (optionally one body's or one level's).
 */
import { sql, type Kysely } from 'kysely';
import { levelOrderSql } from '../sql.js';
import type { DB } from '../tables.js';

export interface CountRow {
  award_type: string;
  award_type_name: string;
  level: string;
  collectives: number;
  individuals: number;
  households: number;
  total: number;
}

export interface CountFilter {
  ceremonyId?: number;
  /** The decision's year. */
  year?: number;
  bodyId?: number;
  level?: string;
  includeRevoked?: boolean;
}

export async function countAwards(db: Kysely<DB>, f: CountFilter): Promise<CountRow[]> {
  // Only the joins a count needs: a line's presentation only to find a ceremony's lines, and its
  // revocation as a NOT EXISTS (each line has at most one of either, so the counts are awardsQuery's).
  let q = db
    .selectFrom('award as a')
    .innerJoin('decision as d', 'd.id', 'a.decision_id')
    .innerJoin('body as b', 'b.id', 'd.body_id')
    .innerJoin('recipient as r', 'r.id', 'a.recipient_id')
    .innerJoin('award_type as t', 't.id', 'a.award_type_id')
    .select([
      't.code as award_type',
      't.name_vi as award_type_name',
      'b.level',
      sql<number>`sum(CASE WHEN r.kind = 'collective' THEN 1 ELSE 0 END)`.as('collectives'),
      sql<number>`sum(CASE WHEN r.kind = 'individual' THEN 1 ELSE 0 END)`.as('individuals'),
      sql<number>`sum(CASE WHEN r.kind = 'household' THEN 1 ELSE 0 END)`.as('households'),
      sql<number>`count(*)`.as('total'),
    ]);
  if (f.ceremonyId !== undefined) q = q.innerJoin('presentation as p', 'p.award_id', 'a.id').where('p.ceremony_id', '=', f.ceremonyId);
  if (f.year !== undefined) q = q.where('d.year', '=', f.year);
  if (f.bodyId !== undefined) q = q.where('d.body_id', '=', f.bodyId);
  if (f.level !== undefined) q = q.where('b.level', '=', f.level);
  if (!f.includeRevoked) q = q.where(({ not, exists, selectFrom }) => not(exists(selectFrom('award_revocation as x').select('x.id').whereRef('x.award_id', '=', 'a.id'))));
  const rows = await q
    .groupBy(['t.id', 'b.level'])
    .orderBy(sql`min(t.precedence)`)
    .orderBy(levelOrderSql('b.level'))
    .orderBy('t.code')
    .execute();
  return rows.map((r) => ({
    ...r,
    collectives: Number(r.collectives),
    individuals: Number(r.individuals),
    households: Number(r.households),
    total: Number(r.total),
  }));
}

export function totalOf(rows: CountRow[]): Omit<CountRow, 'award_type' | 'award_type_name' | 'level'> {
  const sum = (k: 'collectives' | 'individuals' | 'households' | 'total') => rows.reduce((s, r) => s + r[k], 0);
  return { collectives: sum('collectives'), individuals: sum('individuals'), households: sum('households'), total: sum('total') };
}
