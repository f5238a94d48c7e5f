/**
 * audit verify on a PostgreSQL registry: the same checks as on a SQLite file (verify.ts), read through
 * Kysely in one repeatable-read, read-only transaction, so it sees one state while clerks write. The
 * chain and the rows are judged by the same code as on SQLite (ChainJudge, RowJudge), fed by readers
 * that walk the tables in batches by id; the problems have the same kinds and texts.
 *
 * What differs, and why:
 * - SQLite's integrity_check and foreign_key_check have no counterpart: the server keeps its own pages,
 *   and it enforces the foreign keys (a disabled foreign-key trigger is reported with the schema).
 * - The schema compared is what the migrations create on PostgreSQL: the tables, the indexes, the
 *   refusal triggers and their functions, the CHECK constraints of values (by name and table; a
 *   trigger also by what it fires on, a function by its body). A disabled trigger is reported.
 * - Identity sequences move on when a transaction rolls back, so a sequence past the last row says
 *   nothing: the last events (or rows) removed together are found by the anchors only.
 */
import { CompiledQuery, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql, type DatabaseConnection, type Dialect, type Driver, type QueryResult, type Transaction } from 'kysely';
import { AUDITED_ENTITIES, RANGE_PREFIX, canonicalJson } from '../audit.js';
import type { Registry } from '../db.js';
import type { DB } from '../tables.js';
import { migrations } from '../../../schema/index.js';
import { VERIFY } from '../../i18n/messages/scale.js';
import { ChainJudge, MAX_ID, Problems, RowJudge, checkSchema, rangeFinder, isRangeList, type EventRow, type RowProblem, type VerifyOptions, type VerifyReport } from './verify.js';

/** Events, and rows, read at a time. */
const BATCH = 2000;

type Tx = Transaction<DB>;

/** verifyRegistry on PostgreSQL. Read-only. */
export async function verifyPostgres(reg: Registry, opts: VerifyOptions = {}): Promise<VerifyReport> {
  const problems = new Problems(opts.maxProblems ?? 1000);
  return reg.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const version = Number((await sql<{ n: number }>`SELECT count(*) AS n FROM schema_migration`.execute(trx)).rows[0].n);
      const chain = await checkChain(trx, problems, [...(opts.anchor ? [opts.anchor] : []), ...(opts.anchors ?? [])]);
      const rows = await checkRows(trx, problems);
      checkSchema(await schemaOfPostgres(trx), await postgresSchemaAt(version), problems);
      await disabledTriggers(trx, problems);
      return { ok: problems.list.length === 0, schema_version: version, ...chain, rows, problems: problems.list, more: problems.more };
    });
}

async function checkChain(trx: Tx, problems: Problems, anchors: ConstructorParameters<typeof ChainJudge>[1]): Promise<Pick<VerifyReport, 'events' | 'head'>> {
  const chain = new ChainJudge(problems, anchors);
  for (let last = 0; ; ) {
    const batch = (await trx.selectFrom('audit_event').selectAll().where('id', '>', last).where('id', '<=', MAX_ID).orderBy('id').limit(BATCH).execute()) as EventRow[];
    for (const e of batch) chain.event(e);
    if (batch.length < BATCH) break;
    last = batch[batch.length - 1].id;
  }
  chain.anchorsNotSeen();
  return chain.result();
}

const byKey = (a: RowProblem, b: RowProblem) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

async function checkRows(trx: Tx, problems: Problems): Promise<number> {
  const tables = new Set((await sql<{ name: string }>`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`.execute(trx)).rows.map((r) => r.name));
  let checked = 0;
  if (tables.has('audit_event')) {
    const found: RowProblem[] = [];
    await checkValues(trx, 'audit_event', found);
    for (const f of found.sort(byKey)) {
      const [, where, message, ids] = f.problem;
      problems.add('chain', where.replace(/^audit_event /, 'event '), message, { event_id: ids.entity_id });
    }
  }
  for (const entity of AUDITED_ENTITIES) {
    if (!tables.has(entity)) continue;
    const found: RowProblem[] = [];
    await checkValues(trx, entity, found);
    checked += await compareTable(trx, entity, found);
    for (const f of found.sort(byKey)) problems.add(...f.problem);
  }
  return checked;
}

/** An id or integer column's value outside what tdkt writes (the CHECK constraints refuse them, unless dropped). */
async function checkValues(trx: Tx, table: string, out: RowProblem[]): Promise<void> {
  const columns = (
    await sql<{ name: string }>`
      SELECT column_name AS name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = ${table} AND data_type IN ('bigint', 'integer', 'smallint') ORDER BY ordinal_position`.execute(trx)
  ).rows.map((r) => r.name);
  if (!columns.includes('id')) return;
  const q = (c: string) => sql.id(c);
  const bad = columns.map((c) => (c === 'id' ? sql`${q(c)} NOT BETWEEN 1 AND ${sql.lit(MAX_ID)}` : sql`${q(c)} NOT BETWEEN ${sql.lit(-MAX_ID)} AND ${sql.lit(MAX_ID)}`));
  const texts = columns.map((c, i) => sql`${q(c)}::text AS ${sql.id(`v${i}`)}`);
  const { rows } = await sql<Record<string, string | null>>`SELECT ${sql.join(texts)} FROM ${sql.table(table)} WHERE ${sql.join(bad, sql` OR `)} ORDER BY id`.execute(trx);
  for (const r of rows) {
    const rid = r.v0 ?? '';
    const found: string[] = [];
    columns.forEach((c, i) => {
      const v = r[`v${i}`];
      if (v === null) return;
      const ok = c === 'id' ? isSafe(v, 1n) : isSafe(v, -BigInt(MAX_ID));
      const shown = v.length > 40 ? `${v.slice(0, 39)}…` : v;
      if (!ok) found.push(VERIFY.valueRange(c, shown, c === 'id' ? `1 … ${MAX_ID}` : `±${MAX_ID}`));
    });
    if (!found.length) continue;
    const id = isSafe(rid, 1n) ? Number(rid) : null;
    out.push({ key: BigInt(rid), problem: ['row', `${table} #${rid}`, VERIFY.behindBack(found.join('; ')), id === null ? { entity: table } : { entity: table, entity_id: id }] });
  }
}

function isSafe(text: string, min: bigint): boolean {
  return /^-?\d+$/.test(text) && BigInt(text) >= min && BigInt(text) <= BigInt(MAX_ID);
}

interface Range {
  id: number;
  first: number;
  last: number;
}

/**
 * Compares every row of `entity` with its latest event (RowJudge), from the highest id down, a batch
 * at a time: the rows, then the events of their ids (the first and latest one-row event of each), the
 * after-images those latest events hold, and the digest lists of the range events covering them. Then
 * the events whose row is gone.
 */
async function compareTable(trx: Tx, entity: string, out: RowProblem[]): Promise<number> {
  const T = sql.table(entity);
  const badRanges = new Set<number>();
  const ranges: Range[] = [];
  // The range events, each checked to list one digest a row (their lists read a batch at a time).
  for (let last = 0; ; ) {
    const { rows } = await sql<{ id: number; entity_id: number; entity_id_last: number; after: string | null }>`
      SELECT id, entity_id, entity_id_last, after FROM audit_event
      WHERE entity = ${entity} AND entity_id_last IS NOT NULL AND id > ${last} AND id <= ${MAX_ID} ORDER BY id LIMIT ${sql.lit(100)}`.execute(trx);
    for (const r of rows) {
      const count = r.entity_id_last - r.entity_id + 1;
      if (!Number.isSafeInteger(r.entity_id) || !Number.isSafeInteger(r.entity_id_last) || count < 1 || count > 1_000_000 || !isRangeList(r.after, count)) {
        badRanges.add(r.id);
        out.push({
          key: BigInt(Number.isSafeInteger(r.entity_id) ? r.entity_id : 0),
          problem: ['chain', `event #${r.id}`, VERIFY.rangeWithoutDigests(entity, r.entity_id, r.entity_id_last), { event_id: r.id, entity, entity_id: r.entity_id }],
        });
      }
      ranges.push({ id: r.id, first: r.entity_id, last: r.entity_id_last });
    }
    if (rows.length < 100) break;
    last = rows[rows.length - 1].id;
  }
  const rangeFor = rangeFinder(ranges);
  const lists = new Map<number, string | null>();
  const afters = new Map<number, string | null>();
  let rowsById = new Map<number, Record<string, unknown>>();
  const judge = new RowJudge(entity, out, badRanges, {
    exact: (id) => {
      const row = rowsById.get(id)!;
      return { row, json: canonicalJson(row) };
    },
    after: (e) => afters.get(e) ?? null,
    digestIn: (range, id) => {
      const list = lists.get(range.id) ?? null;
      return list === null ? null : list.substr(RANGE_PREFIX.length + (id - range.first) * 65, 64);
    },
  });
  let count = 0;
  for (let below = MAX_ID + 1; ; ) {
    const rows = (await trx
      .selectFrom(entity as keyof DB)
      .selectAll()
      .where('id', '<', below)
      .where('id', '>=', 1)
      .orderBy('id', 'desc')
      .limit(BATCH)
      .execute()) as Record<string, unknown>[];
    if (rows.length === 0) break;
    const hi = rows[0].id as number;
    const lo = rows[rows.length - 1].id as number;
    rowsById = new Map(rows.map((r) => [r.id as number, r]));
    const events = new Map(
      (
        await sql<{ entity_id: number; latest: number; first: number }>`
          SELECT entity_id, max(id) AS latest, min(id) AS first FROM audit_event
          WHERE entity = ${entity} AND entity_id_last IS NULL AND entity_id BETWEEN ${lo} AND ${hi} GROUP BY entity_id`.execute(trx)
      ).rows.map((r) => [r.entity_id, r]),
    );
    // The after-images wanted: of each row's latest one-row event, unless a range event is later.
    const wanted: number[] = [];
    const listsWanted = new Set<number>();
    for (const r of rows) {
      const e = events.get(r.id as number);
      const range = rangeFor(r.id as number);
      if (range && (!e || range.id > e.latest)) {
        if (!lists.has(range.id) && !badRanges.has(range.id)) listsWanted.add(range.id);
      } else if (e) wanted.push(e.latest);
    }
    afters.clear();
    for (let i = 0; i < wanted.length; i += BATCH) {
      const part = wanted.slice(i, i + BATCH);
      const { rows: found } = await sql<{ id: number; after: string | null }>`SELECT id, after FROM audit_event WHERE id = ANY(${part}::bigint[])`.execute(trx);
      for (const f of found) afters.set(f.id, f.after);
    }
    // Range lists no row below this batch needs any more are let go.
    for (const id of lists.keys()) {
      const r = ranges.find((x) => x.id === id);
      if (!r || r.first > hi) lists.delete(id);
    }
    for (const id of listsWanted) {
      const { rows: found } = await sql<{ after: string | null }>`SELECT after FROM audit_event WHERE id = ${id}`.execute(trx);
      lists.set(id, found[0]?.after ?? null);
    }
    for (const r of rows) {
      const id = r.id as number;
      count++;
      const e = events.get(id);
      judge.judge(id, canonicalJson(r), e?.latest ?? null, e?.first ?? null, rangeFor(id));
    }
    below = lo;
  }
  const problem = (id: number, message: string, event: number) =>
    out.push({ key: BigInt(id), problem: ['row', `${entity} #${id}`, message, { event_id: event, entity, entity_id: id }] });
  // Rows recorded by a one-row event that are gone.
  const { rows: gone } = await sql<{ id: number; entity_id: string }>`
    SELECT e.id, e.entity_id::text AS entity_id FROM audit_event e
     WHERE e.entity = ${entity} AND e.entity_id IS NOT NULL AND e.after IS NOT NULL AND e.entity_id_last IS NULL
       AND e.id = (SELECT max(x.id) FROM audit_event x WHERE x.entity = ${entity} AND x.entity_id = e.entity_id AND x.entity_id_last IS NULL)
       AND NOT EXISTS (SELECT 1 FROM ${T} t WHERE t.id = e.entity_id)
     ORDER BY e.entity_id`.execute(trx);
  for (const g of gone) {
    if (!isSafe(g.entity_id, 1n)) continue; // an event no tdkt command writes: its hash or the chain says so
    const later = ranges.some((r) => r.id > g.id && !badRanges.has(r.id) && r.first <= Number(g.entity_id) && Number(g.entity_id) <= r.last);
    if (!later) problem(Number(g.entity_id), VERIFY.gone(g.id), g.id);
  }
  // Rows recorded by a range event that are gone (and were not recorded later by a one-row event).
  for (const r of ranges) {
    if (badRanges.has(r.id)) continue;
    const { rows: have } = await sql<{ id: number }>`SELECT id FROM ${T} WHERE id BETWEEN ${r.first} AND ${r.last}`.execute(trx);
    if (have.length === r.last - r.first + 1) continue;
    const present = new Set(have.map((h) => h.id));
    const { rows: singles } = await sql<{ entity_id: number; latest: number }>`
      SELECT entity_id, max(id) AS latest FROM audit_event
       WHERE entity = ${entity} AND entity_id BETWEEN ${r.first} AND ${r.last} AND entity_id_last IS NULL GROUP BY entity_id`.execute(trx);
    const latest = new Map(singles.map((s) => [s.entity_id, s.latest]));
    for (let id = r.first; id <= r.last; id++) {
      if (present.has(id)) continue;
      if ((latest.get(id) ?? 0) > r.id) continue; // the one-row event speaks for it (see above)
      problem(id, VERIFY.gone(r.id), r.id);
    }
  }
  return count;
}

/** A schema object as verify compares it: its type and name, and what it must be (`sql`). */
interface PgObject {
  type: string;
  name: string;
  sql: string | null;
}

const TIMING = (t: number) => (t & 64 ? 'INSTEAD OF' : t & 2 ? 'BEFORE' : 'AFTER');
const EVENTS = (t: number) =>
  [t & 4 && 'INSERT', t & 8 && 'DELETE', t & 16 && 'UPDATE', t & 32 && 'TRUNCATE'].filter(Boolean).join(' OR ');

/** The tables, indexes, triggers, trigger functions and CHECK constraints of the registry's schema. */
async function schemaOfPostgres(trx: Tx): Promise<PgObject[]> {
  const { rows } = await sql<PgObject>`
    SELECT 'table' AS type, tablename AS name, NULL AS sql FROM pg_tables WHERE schemaname = current_schema()
    UNION ALL
    SELECT 'index', c.relname,
           (CASE WHEN i.indisunique THEN 'UNIQUE ' ELSE '' END) || 'ON ' || t.relname || ' (' ||
           (SELECT string_agg(coalesce(a.attname, '?'), ', ' ORDER BY k.n) FROM unnest(i.indkey) WITH ORDINALITY k(attnum, n)
              LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum) || ')' ||
           (CASE WHEN i.indpred IS NULL THEN '' ELSE ' WHERE ...' END)
      FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
     WHERE t.relnamespace = current_schema()::regnamespace
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
    UNION ALL
    SELECT 'trigger', g.tgname, g.tgtype::text || ' ' || t.relname || ' ' || p.proname
      FROM pg_trigger g JOIN pg_class t ON t.oid = g.tgrelid JOIN pg_proc p ON p.oid = g.tgfoid
     WHERE t.relnamespace = current_schema()::regnamespace AND NOT g.tgisinternal
    UNION ALL
    SELECT 'function', p.proname, (CASE WHEN p.proconfig IS NULL THEN '' ELSE 'SET ' END) || p.prosrc
      FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace
    UNION ALL
    SELECT 'constraint', k.conname, 'CHECK ON ' || t.relname || (CASE WHEN k.convalidated THEN '' ELSE ' NOT VALID' END)
      FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid
     WHERE k.contype = 'c' AND t.relnamespace = current_schema()::regnamespace
    ORDER BY 1, 2`.execute(trx);
  return rows.map((r) => {
    if (r.type !== 'trigger' || r.sql === null) return r;
    const [type, table, fn] = r.sql.split(' ');
    return { ...r, sql: triggerText(Number(type), table, fn) };
  });
}

function triggerText(type: number, table: string, fn: string): string {
  return `${TIMING(type)} ${EVENTS(type)} ON ${table} FOR EACH ${type & 1 ? 'ROW' : 'STATEMENT'} EXECUTE FUNCTION ${fn}`;
}

/** Triggers that are there but disabled (ALTER TABLE … DISABLE TRIGGER): they refuse nothing. */
async function disabledTriggers(trx: Tx, problems: Problems): Promise<void> {
  const { rows } = await sql<{ name: string; table: string; internal: boolean }>`
    SELECT g.tgname AS name, t.relname AS table, g.tgisinternal AS internal
      FROM pg_trigger g JOIN pg_class t ON t.oid = g.tgrelid
     WHERE t.relnamespace = current_schema()::regnamespace AND g.tgenabled = 'D'
     ORDER BY t.relname, g.tgname`.execute(trx);
  const fk = new Set<string>();
  for (const r of rows) {
    if (!r.internal) problems.add('schema', `trigger ${r.name}`, VERIFY.triggerDisabled());
    else if (!fk.has(r.table)) {
      fk.add(r.table);
      problems.add('schema', `table ${r.table}`, VERIFY.foreignKeysDisabled());
    }
  }
}

const expectedCache = new Map<number, PgObject[]>();

/**
 * The schema objects the migrations create on PostgreSQL at schema `version`: the migrations run
 * against a dialect that records their statements instead of sending them, and the statements are read.
 */
export async function postgresSchemaAt(version: number): Promise<PgObject[]> {
  const cached = expectedCache.get(version);
  if (cached) return cached;
  const statements: string[] = [];
  const connection: DatabaseConnection = {
    async executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
      statements.push(q.sql);
      return { rows: [] };
    },
    // eslint-disable-next-line require-yield
    async *streamQuery() {
      throw new Error('no streaming'); // i18n-ignore: cannot happen, the migrations never stream
    },
  };
  const driver: Driver = {
    init: async () => {},
    acquireConnection: async () => connection,
    beginTransaction: async () => {},
    commitTransaction: async () => {},
    rollbackTransaction: async () => {},
    releaseConnection: async () => {},
    destroy: async () => {},
  };
  const dialect: Dialect = {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => driver,
    createQueryCompiler: () => new PostgresQueryCompiler(),
    createIntrospector: (db) => new PostgresIntrospector(db),
  };
  const db = new Kysely<unknown>({ dialect });
  const names = Object.keys(migrations).slice(0, version);
  for (const name of names) await migrations[name].up(db);
  await db.destroy();
  const objects = new Map<string, PgObject>();
  const put = (type: string, name: string, text: string | null) => objects.set(`${type} ${name}`, { type, name, sql: text });
  const drop = (type: string, name: string) => objects.delete(`${type} ${name}`);
  if (version > 0) {
    put('table', 'schema_migration', null);
    put('table', 'schema_migration_lock', null);
  }
  const unq = (s: string) => s.replace(/^"|"$/g, '');
  for (const s of statements) {
    let m: RegExpExecArray | null;
    if ((m = /^create table (?:if not exists )?"([^"]+)"/i.exec(s))) put('table', m[1], null);
    else if ((m = /^drop table (?:if exists )?"([^"]+)"/i.exec(s))) drop('table', m[1]);
    else if ((m = /^create (unique )?index (?:if not exists )?"?(\w+)"? on "?(\w+)"? \((.*?)\)( where .*)?$/is.exec(s))) {
      const cols = m[4].split(',').map((c) => unq(c.trim()));
      put('index', m[2], `${m[1] ? 'UNIQUE ' : ''}ON ${m[3]} (${cols.join(', ')})${m[5] ? ' WHERE ...' : ''}`);
    } else if ((m = /^drop index (?:if exists )?"?(\w+)"?/i.exec(s))) drop('index', m[1]);
    else if ((m = /^CREATE FUNCTION "([^"]+)"\(\) RETURNS trigger LANGUAGE plpgsql (SET search_path FROM CURRENT)?\s*AS \$tdkt\$(.*)\$tdkt\$$/s.exec(s))) {
      put('function', m[1], `${m[2] ? 'SET ' : ''}${m[3]}`);
    } else if ((m = /^DROP FUNCTION "?([^"(]+)"?\(\)/.exec(s))) drop('function', m[1]);
    else if ((m = /^CREATE TRIGGER "([^"]+)" (BEFORE|AFTER) (\w+) ON "([^"]+)" FOR EACH (ROW|STATEMENT) EXECUTE FUNCTION "([^"]+)"\(\)$/.exec(s))) {
      put('trigger', m[1], `${m[2]} ${m[3]} ON ${m[4]} FOR EACH ${m[5]} EXECUTE FUNCTION ${m[6]}`);
    } else if ((m = /^DROP TRIGGER "?([^"\s]+)"? ON/.exec(s))) drop('trigger', m[1]);
    else if ((m = /^ALTER TABLE "([^"]+)" ADD CONSTRAINT "([^"]+)" CHECK/.exec(s))) put('constraint', m[2], `CHECK ON ${m[1]}`);
    else if ((m = /^ALTER TABLE "([^"]+)" DROP CONSTRAINT "([^"]+)"/.exec(s))) drop('constraint', m[2]);
  }
  const list = [...objects.values()];
  expectedCache.set(version, list);
  return list;
}
