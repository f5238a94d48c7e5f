// Frozen in time: this migration imports kysely only, never application code.
//
// Values no tdkt command writes are refused from any client (the sqlite3 shell, a script): an id
// outside 1 … 2^53 − 1 (the range a JavaScript number holds exactly), a value whose storage class is
// not its column's (text in an integer column, a real such as ±Infinity, a blob), an integer beyond
// ±(2^53 − 1). SQLite adds CHECK constraints only by rebuilding a table, which would rewrite every row
// of a registry; triggers give the same refusal without touching the rows. Someone determined can drop
// them; `tdkt audit verify` checks the same things on every row and reports a dropped trigger.
//
// The columns are read from the schema as it is here, so every column of every audited table (and of
// the audit trail) is covered. On PostgreSQL, CHECK constraints do it (see checkOnPostgres).
import { type Kysely, sql } from 'kysely';
import { isPostgres } from './dialect.js';

const TABLES = [
  'body',
  'recipient',
  'award_type',
  'decision',
  'award',
  'award_revocation',
  'ceremony',
  'presentation',
  'rating',
  'discipline',
  'initiative',
  'collective_year',
  'setting',
  'audit_event',
];

const MAX = '9007199254740991';

function classes(declared: string): string | null {
  const t = declared.toUpperCase();
  if (t.includes('INT')) return `'integer'`;
  if (t.includes('CHAR') || t.includes('TEXT') || t.includes('CLOB')) return `'text'`;
  return null;
}

async function condition(db: Kysely<any>, table: string): Promise<string> {
  const { rows } = await sql<{ name: string; type: string; notnull: number }>`SELECT name, type, "notnull" FROM pragma_table_info(${table})`.execute(db);
  const tests = [`NEW.id BETWEEN 1 AND ${MAX}`];
  for (const c of rows) {
    const cls = classes(c.type);
    if (!cls) continue;
    const col = `NEW."${c.name}"`;
    let ok = `typeof(${col}) IN (${cls}, 'null')`;
    if (cls === `'integer'`) ok = `(${ok} AND coalesce(${col} BETWEEN -${MAX} AND ${MAX}, 1))`;
    tests.push(ok);
  }
  return tests.join(' AND ');
}

/**
 * PostgreSQL's form: its column types already refuse a value of the wrong type (bigint, text), so one
 * CHECK constraint per table, `<table>_values`, bounds the id and every integer column (a null passes:
 * a CHECK refuses only what is false). Rows already there are checked when it is added.
 */
async function checkOnPostgres(db: Kysely<any>, table: string): Promise<void> {
  const { rows } = await sql<{ column_name: string; data_type: string }>`
    SELECT column_name, data_type FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ${table} ORDER BY ordinal_position`.execute(db);
  const tests = [`id BETWEEN 1 AND ${MAX}`];
  for (const c of rows) {
    if (c.column_name !== 'id' && ['bigint', 'integer', 'smallint'].includes(c.data_type)) tests.push(`"${c.column_name}" BETWEEN -${MAX} AND ${MAX}`);
  }
  await sql.raw(`ALTER TABLE "${table}" ADD CONSTRAINT "${table}_values" CHECK (${tests.join(' AND ')})`).execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    for (const table of TABLES) await checkOnPostgres(db, table);
    return;
  }
  for (const table of TABLES) {
    const ok = await condition(db, table);
    const events = table === 'audit_event' ? ['INSERT'] : ['INSERT', 'UPDATE'];
    for (const op of events) {
      await sql
        .raw(
          `CREATE TRIGGER ${table}_values_${op.toLowerCase()} AFTER ${op} ON ${table} WHEN NOT (${ok}) ` +
            `BEGIN SELECT RAISE(ABORT, '${table}: a value no tdkt command writes (an id outside 1 … 2^53 − 1, or a value of the wrong type)'); END`,
        )
        .execute(db);
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    for (const table of TABLES) await sql.raw(`ALTER TABLE "${table}" DROP CONSTRAINT "${table}_values"`).execute(db);
    return;
  }
  for (const table of TABLES) {
    for (const op of table === 'audit_event' ? ['insert'] : ['insert', 'update']) await sql.raw(`DROP TRIGGER ${table}_values_${op}`).execute(db);
  }
}
