import { sql, type Expression, type Kysely, type RawBuilder } from 'kysely';
import { isPostgres } from '../../schema/dialect.js';
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

/** True when `db` runs on PostgreSQL (for the few statements written differently on each engine). */
export { isPostgres };

/**
 * `expr IN (values)`, the values bound as ONE parameter whatever their number (thousands, for a large
 * import's groups) instead of a parameter each: on SQLite a JSON array read by json_each, on PostgreSQL
 * an array compared with `= ANY` (its element type taken from `expr`).
 */
export function inValues(db: Kysely<any>, expr: Expression<unknown>, values: readonly (number | string)[]): RawBuilder<boolean> {
  return isPostgres(db) ? sql<boolean>`${expr} = ANY(${values})` : sql<boolean>`${expr} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`;
}

/** A JSON text column's value (a setting's, stored as JSON) as plain text: json_extract on SQLite, #>> on PostgreSQL. */
export function jsonText(db: Kysely<any>, column: string): RawBuilder<string> {
  return isPostgres(db) ? sql<string>`(${sql.ref(column)}::json #>> '{}')` : sql<string>`json_extract(${sql.ref(column)}, '$')`;
}
