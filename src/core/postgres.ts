/**
 * The one place that talks to PostgreSQL (`pg`): a registry on a database server, for an office where
 * many clerks write at once and auditors read meanwhile. The rest of tdkt sees the same Registry as on
 * SQLite: a Kysely handle, and `write` for a transaction with its audit events.
 *
 * How it differs from the SQLite file (src/core/db.ts), and why:
 * - Writers are serialised by an advisory lock taken inside each write transaction, before the audit
 *   trail's head is read: two clerks' writes both land, one after the other, and the chain never forks.
 *   Readers take no lock (PostgreSQL's snapshots): they never wait for a writer.
 * - Values come back as SQLite gives them: the schema's integers are `bigint` and are read as numbers
 *   (tdkt's ids and counts stay below 2^53, as the schema checks), dates and timestamps as text.
 * - The schema version is the number of migrations applied (SQLite keeps it in `user_version`).
 * - A read-only open sets the session read-only; a role that may only read is refused cleanly on writes.
 */
import { CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { migrations } from '../../schema/index.js';
import type { Clock, OpenOptions, Registry, Tx } from './db.js';
import { ReadOnlyError, TdktError } from './errors.js';
import type { DB } from './tables.js';
import { POSTGRES } from '../i18n/messages/postgres.js';
import { REGISTRY } from '../i18n/messages/core-records-registry.js';
import { headNoter } from './trust/anchors.js';

/** The URL without its password: what messages and the registry's `path` show. */
export function displayUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:@/]*):[^@/]*@/i, '$1:***@');
}

/** The `pg` client under each write transaction under way (Registry.write's `trx`), for COPY. */
const writeClients = new WeakMap<Kysely<DB>, pg.PoolClient>();

/** The key of the advisory lock every write transaction holds: "tdkt" in ASCII. */
const WRITE_LOCK = 0x74646b74;

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;

/** Numbers as numbers (counts are bigint), dates and timestamps as the text the server sends. */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
    if (oid === DATE || oid === TIMESTAMP || oid === TIMESTAMPTZ) return (v: string) => v;
    return pg.types.getTypeParser(oid, format as 'text');
  },
} as pg.CustomTypesConfig;

/** A pool of one connection: a command runs its statements one after the other, as on SQLite. */
export function postgresPool(url: string, opts: { readOnly?: boolean } = {}): pg.Pool {
  return new pg.Pool({
    connectionString: url,
    max: 1,
    types,
    connectionTimeoutMillis: 30_000,
    application_name: 'tdkt',
    // A read-only open cannot write even by mistake: the server refuses it.
    ...(opts.readOnly ? { options: '-c default_transaction_read_only=on' } : {}),
  });
}

/** A database error of `pg` (SQLSTATE in `code`). */
interface PgError {
  code: string;
  message: string;
}

const isPgError = (e: unknown): e is PgError => typeof (e as PgError)?.code === 'string' && /^[0-9A-Z]{5}$/.test((e as PgError).code);

/** A server's refusals named for what they are; anything else passes unchanged. */
function pgError(e: unknown, where: string, role: string): unknown {
  if (e instanceof TdktError || !isPgError(e)) {
    const code = (e as { code?: string })?.code;
    if (code === 'ECONNREFUSED' || code === 'ENOENT' || code === 'ENOTFOUND' || code === 'EACCES') {
      return new TdktError('invalid', POSTGRES.cannotConnect(where, (e as Error).message), { hint: POSTGRES.cannotConnectHint() });
    }
    return e;
  }
  // 42501: insufficient privilege; 25006: read-only transaction.
  if (e.code === '42501' || e.code === '25006') return new TdktError('read_only', POSTGRES.roleReadOnly(role), { hint: POSTGRES.roleReadOnlyHint() });
  // Class 08 (connection), 28 (authorisation), 3D000 (no such database).
  if (e.code.startsWith('08') || e.code.startsWith('28') || e.code === '3D000') {
    return new TdktError('invalid', POSTGRES.cannotConnect(where, e.message), { hint: POSTGRES.cannotConnectHint() });
  }
  return e;
}

/** Opens the registry in the PostgreSQL database at `url`, creating its schema when asked and empty. */
export async function openPostgresRegistry(url: string, opts: OpenOptions = {}): Promise<Registry> {
  const readOnly = opts.readOnly ?? false;
  const where = displayUrl(url);
  const pool = postgresPool(url, { readOnly });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  let role = 'tdkt'; // i18n-ignore: a role name until the server says which
  try {
    const who = await sql<{ role: string; tables: number; migrations: string | null }>`
      SELECT current_user AS role,
             (SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()) AS tables,
             to_regclass('schema_migration')::text AS migrations`.execute(db);
    const { tables, migrations: migrationTable } = who.rows[0];
    role = who.rows[0].role;
    const { SCHEMA_VERSION } = await import('./db.js');
    let version = 0;
    if (migrationTable) {
      const applied = await sql<{ name: string }>`SELECT name FROM schema_migration ORDER BY name`.execute(db);
      const known = new Set(Object.keys(migrations));
      const unknown = applied.rows.filter((r) => !known.has(r.name));
      if (unknown.length) {
        throw new TdktError('schema_too_new', REGISTRY.schemaTooNew(where, String(applied.rows.length), String(SCHEMA_VERSION)), {
          hint: REGISTRY.schemaTooNewHint(),
        });
      }
      version = applied.rows.length;
    } else if (tables > 0) {
      throw new TdktError('invalid', POSTGRES.notARegistry(where), { hint: POSTGRES.notARegistryHint() });
    }
    if (version === 0 && (readOnly || opts.create === false)) {
      throw new TdktError('not_found', POSTGRES.empty(where), { hint: POSTGRES.emptyHint(where) });
    }
    const registry = makePostgresRegistry(db, pool, where, readOnly, opts, () => role, version === 0);
    if (version < SCHEMA_VERSION && !(readOnly && opts.asIs)) {
      if (readOnly) {
        throw new TdktError('invalid', REGISTRY.needsUpgrade(where, String(version), String(SCHEMA_VERSION)), { hint: REGISTRY.needsUpgradeHint() });
      }
      await migratePostgres(registry, version, opts);
    }
    return registry;
  } catch (e) {
    await db.destroy().catch(() => undefined);
    throw pgError(e, where, role);
  }
}

async function migratePostgres(registry: Registry, version: number, opts: OpenOptions): Promise<void> {
  const { migratorFor, SCHEMA_VERSION } = await import('./db.js');
  const migrator = await migratorFor(registry.db);
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new TdktError('invalid', REGISTRY.migrationFailed(failed, (error as Error).message));
  }
  const catalogue = await import('./award-type/catalogue.js');
  await registry.write(
    async (trx, audit) => {
      if (version === 0) {
        if (!opts.bare) await catalogue.installCatalogue(trx, audit, registry.now());
      }
      else await catalogue.correctCatalogue(trx, audit, version, registry.now());
    },
    { command: version === 0 ? 'init' : 'upgrade' },
  );
  if (version > 0) opts.notice?.(REGISTRY.upgrading(String(version), String(SCHEMA_VERSION), registry.path));
}

function makePostgresRegistry(db: Kysely<DB>, pool: pg.Pool, where: string, readOnly: boolean, opts: OpenOptions, role: () => string, created: boolean): Registry {
  const clock: Clock = opts.clock ?? (() => new Date());
  // The pool holds one connection: the client it hands out last is the one a write runs on.
  let acquired: pg.PoolClient | undefined;
  pool.on('acquire', (client) => (acquired = client));
  // Anchors have no place beside a database: they are noted where TDKT_ANCHORS (opts.anchors) says.
  const noteHead = headNoter(typeof opts.anchors === 'string' ? opts.anchors : null, opts.notice);
  const registry: Registry = {
    engine: 'postgres',
    created,
    db,
    get sqlite(): never {
      throw new TdktError('invalid', POSTGRES.sqliteOnly(`tdkt ${registry.command}`), { hint: POSTGRES.sqliteOnlyHint() });
    },
    path: where,
    readOnly,
    clock,
    // Who writes: the name given (--actor, TDKT_ACTOR), else the database role the server authenticated.
    actor: opts.actor ?? role(),
    command: opts.command ?? 'library',
    now: () => clock().toISOString(),
    async write<T>(fn: (trx: Tx, audit: import('./audit.js').Auditor) => Promise<T>, wopts?: { command?: string }): Promise<T> {
      if (readOnly) throw new ReadOnlyError(wopts?.command ?? registry.command);
      const { Auditor, auditHead } = await import('./audit.js');
      const command = wopts?.command ?? registry.command;
      return db.connection().execute(async (conn) => {
        let open = false;
        let ids: Identities | undefined;
        if (acquired) writeClients.set(conn, acquired);
        try {
          await sql`BEGIN`.execute(conn);
          open = true;
          // Every writer queues here, inside its transaction, before reading the audit trail's head.
          await sql`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`.execute(conn);
          await sql`SAVEPOINT start`.execute(conn);
          ids = await identities(conn);
          const audit = new Auditor(conn, registry.now(), registry.actor, command);
          const result = await fn(conn, audit);
          audit.flush();
          const head = typeof opts.anchors === 'string' ? await auditHead(conn) : undefined;
          await sql`COMMIT`.execute(conn);
          open = false;
          if (head) noteHead(head);
          return result;
        } catch (e) {
          if (open && ids) await restoreIdentities(conn, ids).catch(() => undefined);
          if (open) await sql`ROLLBACK`.execute(conn).catch(() => undefined);
          throw pgError(e, where, role());
        } finally {
          writeClients.delete(conn);
        }
      });
    },
    async close() {
      await db.destroy();
    },
  };
  return registry;
}

/** Where each id sequence of the registry stands (`null`: never used), by its qualified name. */
type Identities = Map<string, number | null>;

async function identities(conn: Tx): Promise<Identities> {
  const { rows } = await sql<{ name: string; value: number | null }>`
    SELECT format('%I.%I', schemaname, sequencename) AS name, last_value AS value FROM pg_sequences WHERE schemaname = current_schema()`.execute(conn);
  return new Map(rows.map((r) => [r.name, r.value]));
}

/**
 * Puts the id sequences back where they stood when a write that fails began. A sequence does not roll
 * back with its transaction: without this, every refused write would leave a gap in the ids, and the next
 * line would get another number than on SQLite, whose AUTOINCREMENT counters roll back. Runs inside the
 * failed transaction (back to its first savepoint), so the write lock still keeps every other writer out;
 * setval itself is never rolled back.
 */
async function restoreIdentities(conn: Tx, before: Identities): Promise<void> {
  await sql`ROLLBACK TO SAVEPOINT start`.execute(conn);
  const moved = [...(await identities(conn))].filter(([name, value]) => before.get(name) !== value);
  if (!moved.length) return;
  const calls = moved.map(([name]) => {
    const value = before.get(name);
    return value == null ? sql`setval(${name}::regclass, 1, false)` : sql`setval(${name}::regclass, ${value}, true)`;
  });
  await sql`SELECT ${sql.join(calls)}`.execute(conn);
}

/**
 * Makes the database at `url` ready for the demo: an empty one stays as it is; one holding the demo
 * registry (`isDemo`) loses its tables, to be built again; any other is refused, untouched.
 */
export async function emptyDemoDatabase(url: string, isDemo: (url: string) => Promise<boolean>): Promise<void> {
  const where = displayUrl(url);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: postgresPool(url) }) });
  try {
    const tables = await sql<{ name: string }>`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()`.execute(db);
    if (tables.rows.length === 0) return;
    if (!(await isDemo(url))) {
      const { DEMO } = await import('../i18n/messages/core-records-registry.js');
      throw new TdktError('conflict', DEMO.notADemo(where), { hint: DEMO.notADemoHint() });
    }
    await db.transaction().execute(async (trx) => {
      for (const t of tables.rows) await sql`DROP TABLE IF EXISTS ${sql.id(t.name)} CASCADE`.execute(trx);
      // The schema's trigger functions go with the tables they served.
      const fns = await sql<{ name: string }>`SELECT proname AS name FROM pg_proc WHERE pronamespace = current_schema()::regnamespace`.execute(trx);
      for (const f of fns.rows) await sql`DROP FUNCTION IF EXISTS ${sql.id(f.name)} CASCADE`.execute(trx);
    });
  } catch (e) {
    throw pgError(e, where, 'tdkt'); // i18n-ignore: a role name, unknown here
  } finally {
    await db.destroy();
  }
}

/** The database's size on the server, and the schema version (the migrations applied). */
export async function postgresInfo(db: Kysely<DB>): Promise<{ bytes: number; version: number }> {
  const r = await sql<{ bytes: number; version: number }>`
    SELECT pg_database_size(current_database()) AS bytes, (SELECT count(*) FROM schema_migration) AS version`.execute(db);
  return r.rows[0];
}

/** Characters COPY's text format writes escaped. */
const COPY_ESCAPED = /[\\\n\r\t]/;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A value as a field of COPY's text format: \N for null, text with its backslashes, tabs and line ends escaped. */
function copyField(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  const text = typeof v === 'string' ? v : String(v);
  return COPY_ESCAPED.test(text) ? text.replace(/[\\\n\r\t]/g, (c) => COPY_ESCAPES[c]) : text;
}

/** Text handed to the server at a time, in characters. */
const COPY_CHUNK = 256 * 1024;

/**
 * Writes `rows` (values in the order of `columns`) into `table` through `COPY … FROM STDIN`, inside the
 * write transaction `trx` (the one Registry.write hands its function): the way to load many rows at
 * once, a round trip per chunk instead of per row. Returns the rows the server took.
 */
export async function copyRowsIn(
  trx: Kysely<DB>,
  table: keyof DB,
  columns: readonly string[],
  rows: Iterable<readonly unknown[]> | AsyncIterable<readonly unknown[]>,
): Promise<number> {
  const client = writeClients.get(trx);
  // i18n-ignore: a programmer's assertion (callers pass the transaction of a write on PostgreSQL)
  if (!client) throw new Error('copyRowsIn runs inside a write transaction of a PostgreSQL registry');
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const stream = client.query(copyFrom(`COPY ${quote(table)} (${columns.map(quote).join(', ')}) FROM STDIN`));
  async function* text(): AsyncGenerator<string> {
    let chunk = '';
    for await (const row of rows) {
      let line = '';
      for (let i = 0; i < row.length; i++) line += (i ? '\t' : '') + copyField(row[i]);
      chunk += line + '\n';
      if (chunk.length >= COPY_CHUNK) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(Readable.from(text(), { objectMode: false }), stream);
  return stream.rowCount;
}

/**
 * Where each table's id sequence stands: the last id it handed out (0 if none). A registry's ids never
 * come back, even for a row removed since (SQLite's AUTOINCREMENT, PostgreSQL's identity columns).
 */
export async function identityPositions(trx: Kysely<DB>): Promise<Map<string, number>> {
  const { rows } = await sql<{ table_name: string; seq: string | null }>`
    SELECT table_name, pg_get_serial_sequence(quote_ident(table_name), column_name) AS seq
    FROM information_schema.columns
    WHERE table_schema = current_schema() AND is_identity = 'YES'`.execute(trx);
  const out = new Map<string, number>();
  for (const r of rows) {
    if (!r.seq) continue;
    const s = await sql<{ last: number | null }>`SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END AS last FROM ${sql.raw(r.seq)}`.execute(trx);
    out.set(r.table_name, Number(s.rows[0]?.last ?? 0));
  }
  return out;
}

/**
 * The rows of `query` in batches of `size`, through a server-side cursor in one read transaction: an
 * export of a million lines holds one batch at a time, as SQLite's statement iteration does. The
 * registry's one connection is held until the rows run out (or the caller stops early), so the caller
 * must not query the registry between batches: read what the rows refer to beforehand.
 */
export async function* cursorBatches(db: Kysely<DB>, query: CompiledQuery, size = 1000): AsyncGenerator<Record<string, unknown>[]> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let hold!: (conn: Kysely<DB>) => void;
  const held = new Promise<Kysely<DB>>((r) => (hold = r));
  const done = db.connection().execute(async (conn) => {
    hold(conn);
    await released;
  });
  const conn = await Promise.race([held, done.then(() => held)]);
  let open = false;
  try {
    await sql`BEGIN READ ONLY`.execute(conn);
    open = true;
    await conn.executeQuery(CompiledQuery.raw(`DECLARE tdkt_rows NO SCROLL CURSOR FOR ${query.sql}`, [...query.parameters]));
    const fetch = CompiledQuery.raw(`FETCH ${Math.max(1, Math.floor(size))} FROM tdkt_rows`);
    for (;;) {
      const { rows } = await conn.executeQuery<Record<string, unknown>>(fetch);
      if (!rows.length) break;
      yield rows;
    }
  } finally {
    if (open) await sql`ROLLBACK`.execute(conn).catch(() => undefined);
    release();
    await done;
  }
}
