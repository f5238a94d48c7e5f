import { sql, type RawBuilder } from 'kysely';
import { LEVELS } from './domain.js';

/** The position of a level code in LEVELS (state 0 … unit 5), as an SQL expression for ORDER BY. */
export function levelOrderSql(column: string): RawBuilder<number> {
  const cases = LEVELS.map((l, i) => sql`WHEN ${l} THEN ${sql.lit(i)}`);
  return sql<number>`CASE ${sql.ref(column)} ${sql.join(cases, sql` `)} ELSE ${sql.lit(LEVELS.length)} END`;
}

/** Collectives, then households, then individuals: the default order of an annex. */
export function kindOrderSql(column: string): RawBuilder<number> {
  return sql<number>`CASE ${sql.ref(column)} WHEN 'collective' THEN 0 WHEN 'household' THEN 1 ELSE 2 END`;
}
