/**
 * The migrations build on PostgreSQL the schema they build on SQLite: the same tables and columns, the
 * same refusals with the same messages, the same ranges, text in the same (byte) order. Each check runs
 * on both engines and compares.
 *
 * Runs when TDKT_TEST_PG is a PostgreSQL superuser URL (`node scripts/pg-cluster.mjs start DIR` prints
 * one); each run creates its own databases and drops them at the end.
 */
import { Kysely, Migrator, NO_MIGRATIONS, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../schema/index.js';
import { resetIdentities } from '../../schema/dialect.js';
import { openSqlite } from '../../src/core/db.js';

const URL = process.env.TDKT_TEST_PG;
const MAX = 9007199254740991;

function migrator(db: Kysely<any>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migration',
    migrationLockTableName: 'schema_migration_lock',
  });
}

async function migrated(db: Kysely<any>): Promise<Kysely<any>> {
  const { error, results } = await migrator(db).migrateToLatest();
  if (error) throw error;
  expect(results?.map((r) => r.status)).toEqual(Object.keys(migrations).map(() => 'Success'));
  return db;
}

/** The error message of `run`, or 'done' when it succeeds. */
async function outcome(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'done';
  } catch (e) {
    return (e as Error).message;
  }
}

describe.skipIf(!URL)('the schema on PostgreSQL', () => {
  const names: string[] = [];
  const pools: pg.Pool[] = [];
  let pgdb: Kysely<any>;
  let lite: Kysely<any>;

  /** A fresh, empty database of the cluster. */
  async function database(): Promise<Kysely<any>> {
    const name = `tdkt_schema_${process.pid}_${names.length}`;
    const admin = new pg.Client({ connectionString: URL });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
    } finally {
      await admin.end();
    }
    names.push(name);
    const pool = new pg.Pool({ connectionString: URL!.replace('/postgres?', `/${name}?`) });
    pools.push(pool);
    return new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
  }

  beforeAll(async () => {
    pgdb = await migrated(await database());
    lite = await migrated(new Kysely<any>({ dialect: new SqliteDialect({ database: openSqlite(':memory:') }) }));
    await sql`PRAGMA foreign_keys = ON`.execute(lite);
  });

  afterAll(async () => {
    await lite?.destroy();
    await pgdb?.destroy();
    const admin = new pg.Client({ connectionString: URL });
    await admin.connect();
    try {
      for (const name of names) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  });

  /** Runs `fn` on both engines: [SQLite's result, PostgreSQL's]. */
  async function both<T>(fn: (db: Kysely<any>) => Promise<T>): Promise<[T, T]> {
    return [await fn(lite), await fn(pgdb)];
  }

  it('has every table of the SQLite schema, with the same columns in the same order', async () => {
    const tables = (await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`.execute(lite)).rows.map(
      (r) => r.name,
    );
    expect(tables.length).toBe(23);
    const pgTables = (
      await sql<{ table_name: string }>`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name`.execute(pgdb)
    ).rows.map((r) => r.table_name);
    expect(pgTables).toEqual(tables);
    for (const t of tables) {
      const sqliteCols = (await sql<{ name: string; type: string; notnull: number; pk: number }>`SELECT name, type, "notnull", pk FROM pragma_table_info(${t})`.execute(lite)).rows;
      const pgCols = (
        await sql<{ column_name: string; data_type: string; is_nullable: string; collation_name: string | null; is_identity: string }>`
          SELECT column_name, data_type, is_nullable, collation_name, is_identity FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = ${t} ORDER BY ordinal_position`.execute(pgdb)
      ).rows;
      expect(pgCols.map((c) => c.column_name), t).toEqual(sqliteCols.map((c) => c.name));
      // kysely's own tables (schema_migration…) are built by kysely, not through dialect.ts.
      const own = t.startsWith('schema_migration');
      const expected = sqliteCols.map((c) => ({
        column: c.name,
        type: (own ? {} : ({ integer: 'bigint', text: 'text' } as Record<string, string>))[c.type.toLowerCase()] ?? c.type.toLowerCase(),
        collation: c.type.toLowerCase() === 'text' ? 'C' : null,
        nullable: c.notnull || c.pk ? 'NO' : 'YES',
        identity: c.pk && c.type.toLowerCase() === 'integer' ? 'YES' : 'NO',
      }));
      // kysely's own tables use varchar(255), on both engines.
      const seen = pgCols.map((c) => ({
        column: c.column_name,
        type: c.data_type === 'character varying' ? 'varchar(255)' : c.data_type,
        collation: c.collation_name,
        nullable: c.is_nullable,
        identity: c.is_identity,
      }));
      expect(seen, t).toEqual(expected);
    }
  });

  it('has the indexes and triggers of the SQLite schema, by name', async () => {
    const objects = (await sql<{ type: string; name: string }>`SELECT type, name FROM sqlite_master WHERE sql IS NOT NULL AND type IN ('index', 'trigger') ORDER BY name`.execute(lite)).rows;
    const indexes = new Set((await sql<{ indexname: string }>`SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()`.execute(pgdb)).rows.map((r) => r.indexname));
    const triggers = new Set((await sql<{ tgname: string }>`SELECT tgname FROM pg_trigger WHERE NOT tgisinternal`.execute(pgdb)).rows.map((r) => r.tgname));
    for (const o of objects) {
      // 008's value triggers are CHECK constraints on PostgreSQL (see the range test below).
      if (o.type === 'trigger' && /_values_(insert|update)$/.test(o.name)) continue;
      expect(o.type === 'index' ? indexes.has(o.name) : triggers.has(o.name), `${o.type} ${o.name}`).toBe(true);
    }
    const partial = (await sql<{ indexdef: string }>`SELECT indexdef FROM pg_indexes WHERE indexname = 'audit_event_range'`.execute(pgdb)).rows[0];
    expect(partial.indexdef).toContain('WHERE (entity_id_last IS NOT NULL)');
  });

  it('records the migrations in kysely’s own tables, and a second run does nothing', async () => {
    const applied = (await sql<{ name: string }>`SELECT name FROM schema_migration ORDER BY name`.execute(pgdb)).rows.map((r) => r.name);
    expect(applied).toEqual(Object.keys(migrations));
    const again = await migrator(pgdb).migrateToLatest();
    expect(again.error).toBeUndefined();
    expect(again.results).toEqual([]);
  });

  // A small registry on each engine, with ids given explicitly (as a copy from SQLite gives them).
  async function seed(db: Kysely<any>): Promise<void> {
    const stamp = { created_at: '2026-01-01 00:00:00', updated_at: '2026-01-01 00:00:00' };
    await db.insertInto('body').values({ id: 1, ref: 'CQ1', name: 'UBND tỉnh', name_folded: 'ubnd tinh', level: 'province', abbr: 'UBND', ...stamp }).execute();
    await db.insertInto('recipient').values({ id: 1, ref: 'R1', kind: 'individual', name: 'Nguyễn Văn A', name_folded: 'nguyen van a', ...stamp }).execute();
    await db
      .insertInto('award_type')
      .values({ id: 1, code: 'BK_CT', name_vi: 'Bằng khen', name_folded: 'bang khen', family: 'f', category: 'c', recipient_kinds: 'individual', levels: 'province', precedence: 1, ...stamp })
      .execute();
    await db.insertInto('decision').values({ id: 1, ref: 'D1', number: 12, symbol: '12/QĐ-UBND', date: '2026-01-01', year: 2026, body_id: 1, regime: 'r', ...stamp }).execute();
    await db.insertInto('award').values({ id: 1, decision_id: 1, line_no: 1, recipient_id: 1, award_type_id: 1, period_from: 2025, period_to: 2025, ...stamp }).execute();
    await db.insertInto('ceremony').values({ id: 1, ref: 'L1', name: 'Lễ', name_folded: 'le', date: '2026-02-01', organiser_id: 1, ...stamp }).execute();
    await db.insertInto('presentation').values({ id: 1, ceremony_id: 1, award_id: 1, created_at: stamp.created_at }).execute();
  }

  function event(id: number, entity: string, entityId: number, after: string | null) {
    return { id, at: '2026-02-02T00:00:00.000Z', actor: 'a', command: 'c', action: 'x', entity, entity_id: entityId, after, prev_hash: 'p', hash: 'h' };
  }

  it('refuses what SQLite refuses, with the same messages', async () => {
    await both(seed);
    const [a, b] = await both((db) => outcome(() => db.deleteFrom('award').where('id', '=', 1).execute()));
    expect(a).toBe('the registry never deletes award rows: correct, void or revoke instead');
    expect(b).toBe(a);
    await both((db) => db.insertInto('audit_event').values(event(1, 'award', 1, '{}')).execute());
    for (const run of [
      (db: Kysely<any>) => db.updateTable('audit_event').set({ actor: 'b' }).execute(),
      (db: Kysely<any>) => db.deleteFrom('audit_event').execute(),
    ]) {
      const [x, y] = await both((db) => outcome(() => run(db)));
      expect(x).toBe('the audit trail is append-only');
      expect(y).toBe(x);
    }
    // PostgreSQL's TRUNCATE skips row triggers: it is refused on its own.
    expect(await outcome(() => sql`TRUNCATE audit_event`.execute(pgdb))).toBe('the audit trail is append-only');
    await both((db) => db.insertInto('register_entry').values({ id: 1, award_id: 1, body_id: 1, year: 2026, number: 1 }).execute());
    const [c, d] = await both((db) => outcome(() => db.updateTable('register_entry').set({ number: 2 }).execute()));
    expect(c).toBe('a register number is kept for ever');
    expect(d).toBe(c);
  });

  it('lets a presentation go only when the audit trail records its removal (latest event without after-image)', async () => {
    const remove = (db: Kysely<any>) => outcome(() => db.deleteFrom('presentation').where('id', '=', 1).execute());
    const refused = 'the registry never deletes presentation rows: correct, void or revoke instead';
    expect(await both(remove)).toEqual([refused, refused]);
    await both((db) => db.insertInto('audit_event').values(event(2, 'presentation', 1, null)).execute());
    await both((db) => db.insertInto('audit_event').values(event(3, 'presentation', 1, '{"later":1}')).execute());
    expect(await both(remove)).toEqual([refused, refused]); // the latest event has an after-image
    await both((db) => db.insertInto('audit_event').values(event(4, 'presentation', 2, null)).execute());
    expect(await both(remove)).toEqual([refused, refused]); // another row's removal
    await both((db) => db.insertInto('audit_event').values(event(5, 'presentation', 1, null)).execute());
    expect(await both(remove)).toEqual(['done', 'done']);
    expect(await outcome(() => sql`TRUNCATE presentation`.execute(pgdb))).toBe(refused);
  });

  it('refuses an id or an integer beyond 2^53 − 1', async () => {
    const put = (id: number | bigint, value: number | bigint) => (db: Kysely<any>) =>
      outcome(() => db.insertInto('collective_year').values({ id, collective_id: 1, year: 2026, member_count: value }).execute());
    const [a, b] = await both(put(2n ** 53n, 1));
    expect(a).toBe('collective_year: a value no tdkt command writes (an id outside 1 … 2^53 − 1, or a value of the wrong type)');
    expect(b).toMatch(/violates check constraint "collective_year_values"/);
    const [c, d] = await both(put(3, -(2n ** 53n)));
    expect(c).toBe(a);
    expect(d).toBe(b);
    expect(await both(put(0, 1))).toEqual([a, b]);
    expect(await both(put(MAX, -MAX))).toEqual(['done', 'done']);
    // A value of the wrong type: SQLite's trigger refuses it, PostgreSQL's column type.
    const [e, f] = await both((db) => outcome(() => db.insertInto('collective_year').values({ id: 5, collective_id: 1, year: 'x', member_count: 1 }).execute()));
    expect(e).toBe(a);
    expect(f).toMatch(/invalid input syntax for type bigint/);
  });

  it('orders text byte by byte, as SQLite does', async () => {
    const keys = ['a', 'B', 'Ă', 'Z', 'b', 'Đ', 'á', 'A'];
    await both((db) => db.insertInto('setting').values(keys.map((key, i) => ({ id: 100 + i, key }))).execute());
    const [a, b] = await both(async (db) => (await db.selectFrom('setting').select('key').where('id', '>=', 100).orderBy('key').execute()).map((r) => r.key));
    expect(a).toEqual(['A', 'B', 'Z', 'a', 'b', 'Ă', 'Đ', 'á'].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y))));
    expect(b).toEqual(a);
    expect(await both(async (db) => (await db.selectFrom('setting').select('key').where('key', '<', 'a').where('id', '>=', 100).execute()).length)).toEqual([3, 3]);
  });

  it('answers LIKE on a prefix from a btree index (text is collated "C")', async () => {
    const plan = await pgdb.transaction().execute(async (trx) => {
      await sql`SET LOCAL enable_seqscan = off`.execute(trx);
      return (await sql<{ 'QUERY PLAN': string }>`EXPLAIN SELECT id FROM recipient WHERE name_folded LIKE 'nguyen%'`.execute(trx)).rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toMatch(/Index (Only )?Scan using recipient_name_unit/);
    expect(plan).toContain(`Index Cond: ((name_folded >= 'nguyen'::text) AND (name_folded < 'nguyeo'::text))`);
  });

  it('gives a row without an id the next id, once resetIdentities has passed the ids given explicitly', async () => {
    // Identity columns are BY DEFAULT: ids given explicitly do not move their sequence on.
    await pgdb.insertInto('rating').values([1, 7].map((id) => ({ id, recipient_id: 1, year: 2013 + id, rating: 'HTXSNV' }))).execute();
    const collides = await outcome(() => pgdb.insertInto('rating').values({ recipient_id: 1, year: 2021, rating: 'HTTNV' }).execute());
    expect(collides).toMatch(/duplicate key value violates unique constraint "rating_pkey"/);
    await resetIdentities(pgdb);
    const row = await pgdb.insertInto('rating').values({ recipient_id: 1, year: 2022, rating: 'HTTNV' }).returning(['id', 'created_at']).executeTakeFirstOrThrow();
    expect(Number(row.id)).toBe(8);
    // The default timestamp is SQLite's CURRENT_TIMESTAMP text: UTC, 'YYYY-MM-DD HH:MM:SS'.
    expect(row.created_at).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    const utc = new Date().toISOString().replace('T', ' ').slice(0, 19);
    expect(Math.abs(Date.parse(`${row.created_at}Z`) - Date.parse(`${utc}Z`))).toBeLessThan(60_000);
    // A table with no row: its next id is 1.
    await resetIdentities(pgdb);
    const first = await pgdb.insertInto('initiative').values({ recipient_id: 1, year: 2022, title: 't', level: 'l' }).returning('id').executeTakeFirstOrThrow();
    expect(Number(first.id)).toBe(1);
  });

  it('goes down to nothing and up again', async () => {
    const db = await database();
    await migrated(db);
    const down = await migrator(db).migrateTo(NO_MIGRATIONS);
    expect(down.error).toBeUndefined();
    const left = await sql<{ n: string }>`
      SELECT (SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()
                AND table_name NOT IN ('schema_migration', 'schema_migration_lock'))
           + (SELECT count(*) FROM pg_proc WHERE pronamespace = current_schema()::regnamespace) AS n`.execute(db);
    expect(Number(left.rows[0].n)).toBe(0);
    await migrated(db);
    await db.destroy();
  });
});
