/**
 * The one place that opens SQLite: pragmas, schema version, migrations, the write transaction.
 *
 * SQLite-specific (kept here on purpose): the pragmas, `PRAGMA user_version` as a fast schema-version
 * check, `BEGIN IMMEDIATE` for writes, the read-only open that leaves the file untouched, and the online
 * backup taken before an upgrade.
 */
import Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { userInfo } from 'node:os';
import { migrations } from '../../schema/index.js';
import { isPostgresUrl } from './paths.js';
import { headNoter } from './trust/anchors.js';
import type { Auditor } from './audit.js';
import { BusyError, ReadOnlyError, TdktError } from './errors.js';
import type { DB } from './tables.js';
import { REGISTRY } from '../i18n/messages/core-records-registry.js';

/**
 * The compiled SQLite addon, loaded straight from the installed better-sqlite3: the command-line bundle
 * carries better-sqlite3's JavaScript (loading its dozen files costs start-up), where its own `bindings`
 * lookup of the addon could not work. Undefined when the addon is elsewhere: better-sqlite3 then looks.
 */
let addon: object | null | undefined;
function nativeBinding(): object | undefined {
  if (addon === undefined) {
    try {
      const req = createRequire(import.meta.url);
      addon = req(req.resolve('better-sqlite3/build/Release/better_sqlite3.node')) as object;
    } catch {
      addon = null;
    }
  }
  return addon ?? undefined;
}

/** Every SQLite connection of tdkt is opened here (the import's worker threads too). */
export function openSqlite(target: string | Buffer, options: Database.Options = {}): Database.Database {
  const binding = nativeBinding();
  return new Database(target, binding ? ({ ...options, nativeBinding: binding } as unknown as Database.Options) : options);
}

export type Clock = () => Date;
export type Tx = Kysely<DB>;

export interface OpenOptions {
  /** Defaults to the system clock; tests inject a fixed one. */
  clock?: Clock;
  /** Who is recorded in the audit trail; defaults to the OS user. */
  actor?: string;
  /** The command recorded in the audit trail; defaults to "library". */
  command?: string;
  /** Open for reading only: every write is refused and the file is not modified. */
  readOnly?: boolean;
  /** Called with a message when the registry is created or upgraded (e.g. the backup's path). */
  notice?: (message: string) => void;
  /** How long a write waits for another process's lock, in ms. */
  busyTimeoutMs?: number;
  /** With readOnly: open an older schema as it is instead of asking for an upgrade (verifying old backups). */
  asIs?: boolean;
  /** The anchors file (see trust/anchors.ts): default `<registry>.anchors`; false to note none. */
  anchors?: string | false;
  /** Create the registry when `path` does not exist (default true; the command line allows it to init and import only). */
  create?: boolean;
  /**
   * Make the connection ready to write when it opens (WAL mode, the registry's mark): default true.
   * Reading commands pass false, so that they never wait for a lock they do not need.
   */
  prepareWrites?: boolean;
  /** With create: build the schema only, without the award catalogue (`tdkt copy` fills the registry). */
  bare?: boolean;
}

/** `PRAGMA application_id` of every tdkt registry: "TDKT" in ASCII. */
export const APPLICATION_ID = 0x54444b54;

export interface Registry {
  /** Where the registry lives: a SQLite file, or a PostgreSQL database (src/core/postgres.ts). */
  readonly engine: 'sqlite' | 'postgres';
  /** Set when this open built the registry (a new file, or an empty PostgreSQL database). */
  readonly created?: boolean;
  readonly db: Kysely<DB>;
  /**
   * The raw connection, for SQLite-only paths (bulk import, backup). On PostgreSQL, reading it throws an
   * error saying the command works on a SQLite file only.
   */
  readonly sqlite: Database.Database;
  readonly path: string;
  readonly readOnly: boolean;
  readonly clock: Clock;
  actor: string;
  command: string;
  /** ISO timestamp of the injected clock. */
  now(): string;
  /**
   * Runs `fn` in one write transaction (BEGIN IMMEDIATE, so concurrent writers queue on the busy timeout
   * instead of failing). Everything `fn` writes, with its audit events, commits together or not at all.
   */
  write<T>(fn: (trx: Tx, audit: Auditor) => Promise<T>, opts?: { command?: string }): Promise<T>;
  close(): Promise<void>;
}

export { defaultRegistryPath } from './paths.js';

export const SCHEMA_VERSION = Object.keys(migrations).length;

/**
 * Opens (creating and migrating when needed) the registry file at `path`. A new registry gets the award
 * catalogue of docs/domain.md §4. Refuses a file whose schema is newer than this program.
 *
 * A new file is built beside `path` and linked into place only when complete, so a crash (or a second
 * process creating the same registry) never leaves a half-made registry behind. An older schema is
 * copied aside (its path passed to `notice`) before it is upgraded.
 */
export async function openRegistry(path: string, opts: OpenOptions = {}): Promise<Registry> {
  if (isPostgresUrl(path)) {
    const { openPostgresRegistry } = await import('./postgres.js');
    return openPostgresRegistry(path, opts);
  }
  const readOnly = opts.readOnly ?? false;
  const memory = path === ':memory:';
  const started = Date.now();
  const created = !memory && !existsSync(path);
  if (created) {
    if (readOnly || opts.create === false) {
      throw new TdktError('not_found', REGISTRY.missing(path), { hint: REGISTRY.missingHint(path) });
    }
    await createRegistry(path, opts);
  }
  if (!memory) assertRegularFile(path);
  const sqlite = readOnly ? openReadOnly(path, opts.notice) : openWritable(path);
  try {
    sqlite.pragma(`busy_timeout = ${busyTimeout(opts)}`);
    sqlite.pragma('foreign_keys = ON');
    const version = identify(sqlite, path);
    if (version > SCHEMA_VERSION) {
      throw new TdktError('schema_too_new', REGISTRY.schemaTooNew(path, String(version), String(SCHEMA_VERSION)), { hint: REGISTRY.schemaTooNewHint() });
    }
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
    const registry = makeRegistry(db, sqlite, path, readOnly, opts, created);
    const needsUpgrade = version < SCHEMA_VERSION && !(readOnly && opts.asIs);
    if (!readOnly && (opts.prepareWrites !== false || needsUpgrade)) prepareForWrites(sqlite, path, opts);
    if (needsUpgrade) {
      if (readOnly) {
        throw new TdktError('invalid', REGISTRY.needsUpgrade(path, String(version), String(SCHEMA_VERSION)), { hint: REGISTRY.needsUpgradeHint() });
      }
      await migrate(registry, version, opts);
    }
    return registry;
  } catch (e) {
    sqlite.close();
    throw busyOr(e, path, Date.now() - started);
  }
}

/** Only a regular file is opened as a registry: never a folder, a device or a pipe. */
function assertRegularFile(path: string): void {
  const st = statSync(path);
  if (st.isDirectory()) {
    throw new TdktError('invalid', REGISTRY.folder(path), { hint: REGISTRY.folderHint(join(path, 'tdkt.sqlite')) });
  }
  if (!st.isFile()) throw new TdktError('invalid', REGISTRY.notRegular(path), { hint: REGISTRY.pointAtFile() });
}

/**
 * The schema version of a tdkt registry, after checking that the file IS one — before anything writes
 * to it (not even a switch to WAL mode): a registry carries tdkt's application id; one made before the
 * id existed is recognised by tdkt's own migration table. Anything else is refused untouched.
 */
function identify(sqlite: Database.Database, path: string): number {
  let appId: number;
  let version: number;
  try {
    appId = sqlite.pragma('application_id', { simple: true }) as number;
    version = sqlite.pragma('user_version', { simple: true }) as number;
  } catch (e) {
    if (isBusy(e)) throw e;
    if ((e as { code?: string }).code === 'SQLITE_READONLY_ROLLBACK') throw interruptedWrite(path);
    throw new TdktError('invalid', REGISTRY.notARegistry(path, (e as Error).message), { hint: REGISTRY.notARegistryHint() });
  }
  if (appId === APPLICATION_ID) return version;
  if (appId !== 0) {
    throw new TdktError('invalid', REGISTRY.otherApplication(path, String(appId)), { hint: REGISTRY.notARegistryHint() });
  }
  const tables = new Set(sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[]);
  if (tables.size === 0 && version === 0) {
    throw new TdktError('invalid', REGISTRY.emptyFile(path), { hint: REGISTRY.emptyFileHint(path) });
  }
  const known = new Set(Object.keys(migrations));
  const applied = tables.has('schema_migration') ? (sqlite.prepare('SELECT name FROM schema_migration').pluck().all() as string[]) : [];
  if (version < 1 || !tables.has('audit_event') || applied.length === 0 || !applied.every((n) => known.has(n))) {
    throw new TdktError('invalid', REGISTRY.sqliteNotRegistry(path), { hint: REGISTRY.notARegistryHint() });
  }
  return version;
}

/** Before the first write: WAL mode, and tdkt's mark on a registry made before it existed. */
function prepareForWrites(sqlite: Database.Database, path: string, opts: OpenOptions): void {
  if ((sqlite.pragma('journal_mode', { simple: true }) as string) !== 'wal') {
    // Changing the journal mode does not wait on the busy timeout (SQLite answers SQLITE_BUSY at once
    // while another process writes): wait here, for as long as a write would.
    const until = Date.now() + busyTimeout(opts);
    for (;;) {
      try {
        sqlite.pragma('journal_mode = WAL');
        break;
      } catch (e) {
        if (!isBusy(e) || Date.now() >= until) throw e;
        sleep(25);
      }
    }
  }
  sqlite.pragma('synchronous = FULL');
  if ((sqlite.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) sqlite.pragma(`application_id = ${APPLICATION_ID}`);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A rollback journal left by a write that did not finish: what it means and what to do. */
function interruptedWrite(path: string): TdktError {
  return new TdktError('invalid', REGISTRY.interrupted(path), { hint: REGISTRY.interruptedHint(path) });
}

function busyTimeout(opts: OpenOptions): number {
  return opts.busyTimeoutMs ?? 10_000;
}

function openWritable(path: string, create = false): Database.Database {
  try {
    return openSqlite(path, { fileMustExist: !create && path !== ':memory:' });
  } catch (e) {
    throw new TdktError('invalid', REGISTRY.cannotOpen(path, (e as Error).message), { hint: REGISTRY.cannotOpenHint() });
  }
}

/**
 * Registries up to this size are read from an in-memory copy when opened read-only (see openReadOnly);
 * larger ones are read in place, so that memory stays bounded.
 */
const SNAPSHOT_LIMIT = 256 * 1024 ** 2;

/** A rollback journal beside `path` that holds pages (a write under way, or one a crash interrupted). */
function hasJournal(path: string): boolean {
  try {
    return statSync(`${path}-journal`).size > 0;
  } catch {
    return false;
  }
}

/**
 * Opens `path` for reading without modifying anything on disk, and never shows uncommitted data.
 *
 * SQLite's own read-only mode is not enough for a WAL-mode file: it creates `-wal` and `-shm` beside it
 * and leaves them there. When no `-wal` and no rollback journal exist (no other process is writing),
 * the file is quiescent: it is read into memory and opened from there, and the copy is kept only if the
 * file did not change and no journal appeared while it was read. Otherwise SQLite's read-only mode is
 * used in place: it reads the committed state from the WAL, waits for a writer's commit, and refuses a
 * journal left by an interrupted write (which only a writable open can roll back; see interruptedWrite).
 * (better-sqlite3 does not take `file:` URIs, so SQLite's `immutable` flag is not available; it would
 * also ignore the WAL.)
 */
function openReadOnly(path: string, notice?: (message: string) => void): Database.Database {
  const fail = (e: unknown) =>
    (e as { code?: string }).code === 'SQLITE_READONLY_ROLLBACK'
      ? interruptedWrite(path)
      : new TdktError('invalid', REGISTRY.cannotOpen(path, (e as Error).message), { hint: REGISTRY.cannotOpenHint() });
  if (!existsSync(`${path}-wal`) && !hasJournal(path)) {
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        const before = statSync(path);
        if (before.size > SNAPSHOT_LIMIT) break;
        const image = readFileSync(path);
        const after = statSync(path);
        if (before.mtimeMs !== after.mtimeMs || before.size !== after.size || before.ino !== after.ino) continue;
        if (existsSync(`${path}-wal`) || hasJournal(path)) break;
        if (image.length >= 100 && image.toString('latin1', 0, 16) === 'SQLite format 3\u0000') {
          // Bytes 18–19 say "WAL"; an in-memory copy cannot use a WAL, so mark it as a rollback-journal file.
          image[18] = 1;
          image[19] = 1;
        }
        return openSqlite(image, { readonly: true });
      }
    } catch (e) {
      throw fail(e);
    }
    if (!existsSync(`${path}-wal`) && !hasJournal(path)) notice?.(REGISTRY.readingInPlace(path));
  }
  try {
    const sqlite = openSqlite(path, { readonly: true, fileMustExist: true });
    try {
      sqlite.pragma('busy_timeout = 10000');
      sqlite.pragma('schema_version'); // reads the file: a journal left by a crash is refused here
    } catch (e) {
      sqlite.close();
      throw e;
    }
    return sqlite;
  } catch (e) {
    if (isBusy(e)) throw e;
    throw fail(e);
  }
}

/** Removes a SQLite file and the journal, WAL and shared-memory files beside it (none need exist). */
export function removeWithJournals(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

/** Builds a new registry in a temporary file beside `path`, then links it into place. */
async function createRegistry(path: string, opts: OpenOptions): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}-${Date.now().toString(36)}.creating`;
  const removeTmp = () => removeWithJournals(tmp);
  try {
    const sqlite = openWritable(tmp, true);
    const registry = makeRegistry(new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) }), sqlite, path, false, opts);
    try {
      sqlite.pragma(`busy_timeout = ${busyTimeout(opts)}`);
      sqlite.pragma('foreign_keys = ON');
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = FULL');
      sqlite.pragma(`application_id = ${APPLICATION_ID}`);
      await migrate(registry, 0, opts);
    } finally {
      await registry.close();
    }
    try {
      linkSync(tmp, path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // Another process created it first: use theirs. A file system without hard links: rename.
      if (code !== 'EEXIST' && !existsSync(path)) renameSync(tmp, path);
    }
  } catch (e) {
    throw e instanceof TdktError
      ? e
      : new TdktError('invalid', REGISTRY.cannotCreate(path, (e as Error).message), { hint: REGISTRY.cannotCreateHint() });
  } finally {
    removeTmp();
  }
}

/** The migrator over tdkt's static migration list (used to upgrade, and to build a schema to compare). */
export async function migratorFor(db: Kysely<DB>) {
  const { Migrator } = await import('kysely');
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migration',
    migrationLockTableName: 'schema_migration_lock',
  });
}

async function migrate(registry: Registry, version: number, opts: OpenOptions): Promise<void> {
  const { sqlite, db } = registry;
  const hasTables = (sqlite.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`).get() as { n: number }).n > 0;
  if (version === 0 && hasTables) {
    throw new TdktError('invalid', REGISTRY.sqliteNotRegistry(registry.path), { hint: REGISTRY.sqliteNotRegistryHint() });
  }
  let backup: string | undefined;
  if (version > 0 && registry.path !== ':memory:') {
    backup = uniquePath(`${registry.path}.v${version}-${compactStamp(registry.now())}`, '.bak');
    await copyDatabase(sqlite, backup);
    opts.notice?.(REGISTRY.upgrading(String(version), String(SCHEMA_VERSION), backup));
  }
  const migrator = await migratorFor(db);
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new TdktError('invalid', REGISTRY.migrationFailed(failed, (error as Error).message), {
      hint: backup ? REGISTRY.migrationFailedHint(String(version), backup) : undefined,
    });
  }
  if (version === 0) {
    const { installCatalogue } = await import('./award-type/catalogue.js');
    await registry.write(
      async (trx, audit) => {
        if (!opts.bare) await installCatalogue(trx, audit, registry.now());
        // In the same transaction: a registry is marked current only together with its catalogue.
        await sql.raw(`PRAGMA user_version = ${SCHEMA_VERSION}`).execute(trx);
      },
      { command: 'init' },
    );
  } else {
    const { correctCatalogue } = await import('./award-type/catalogue.js');
    await registry.write(
      async (trx, audit) => {
        await correctCatalogue(trx, audit, version, registry.now());
        await sql.raw(`PRAGMA user_version = ${SCHEMA_VERSION}`).execute(trx);
      },
      { command: 'upgrade' },
    );
  }
}

/**
 * Copies the database behind `sqlite` to `dest` with SQLite's online backup, in one step: the copy is
 * one consistent state even while other processes write (WAL readers do not block writers).
 */
export async function copyDatabase(sqlite: Database.Database, dest: string): Promise<void> {
  await sqlite.backup(dest, { progress: () => 0x7fffffff });
}

/** `base + suffix`, or `base-2 + suffix`, … whichever does not exist yet. */
export function uniquePath(base: string, suffix: string): string {
  if (!existsSync(base + suffix)) return base + suffix;
  for (let i = 2; ; i++) if (!existsSync(`${base}-${i}${suffix}`)) return `${base}-${i}${suffix}`;
}

/** "2026-03-01T08:00:00.000Z" → "20260301T080000Z", for file names. */
export function compactStamp(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
}

function isBusy(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/**
 * SQLite's "database is locked" never reaches the user as such: it becomes a BusyError saying how long
 * this command really waited and which command holds the registry (see holderFile).
 */
function busyOr(e: unknown, path: string, waitedMs: number): unknown {
  if (isBusy(e)) return new BusyError(path, waitedMs, readHolder(path));
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return e;
  // What the file system refused, named for what it is: never an "unexpected error".
  const why: Record<string, [() => string, () => string]> = {
    SQLITE_READONLY: [REGISTRY.fsReadOnly, REGISTRY.fsReadOnlyHint],
    SQLITE_CANTOPEN: [REGISTRY.fsCantOpen, REGISTRY.fsCantOpenHint],
    SQLITE_FULL: [REGISTRY.fsFull, REGISTRY.fsFullHint],
    SQLITE_IOERR: [REGISTRY.fsIo, REGISTRY.fsIoHint],
    SQLITE_CORRUPT: [REGISTRY.fsCorrupt, REGISTRY.fsCorruptHint],
    SQLITE_NOTADB: [REGISTRY.fsNotADb, REGISTRY.pointAtFile],
  };
  const found = Object.keys(why).find((k) => code === k || code.startsWith(`${k}_`));
  if (!found) return e;
  return new TdktError('invalid', REGISTRY.cannotUse(path, why[found][0](), (e as Error).message), { hint: why[found][1]() });
}

/** Written beside the registry while a write transaction holds it: who holds it, for a BusyError. */
export function holderFile(path: string): string {
  return `${path}-writer`;
}

export interface Holder {
  pid: number;
  command: string;
  actor: string;
  since: string;
}

function readHolder(path: string): Holder | undefined {
  if (path === ':memory:') return undefined;
  try {
    const h = JSON.parse(readFileSync(holderFile(path), 'utf8')) as Holder;
    if (h.pid !== process.pid) process.kill(h.pid, 0); // throws when that process is gone
    return h;
  } catch {
    return undefined;
  }
}

function writeHolder(path: string, h: Holder): void {
  if (path === ':memory:') return;
  try {
    writeFileSync(holderFile(path), JSON.stringify(h));
  } catch {
    // Only a courtesy for the message of a waiting command.
  }
}

function clearHolder(path: string): void {
  if (path !== ':memory:') rmSync(holderFile(path), { force: true });
}

function makeRegistry(db: Kysely<DB>, sqlite: Database.Database, path: string, readOnly: boolean, opts: OpenOptions, created = false): Registry {
  const clock = opts.clock ?? (() => new Date());
  let prepared = readOnly || opts.prepareWrites !== false;
  const anchors = opts.anchors === false || path === ':memory:' ? null : (opts.anchors ?? `${path}.anchors`);
  /** After a commit: the new head, noted outside the registry (a failure only warns: the write is done). */
  const noteHead = headNoter(anchors, opts.notice);
  const registry: Registry = {
    engine: 'sqlite',
    created,
    db,
    sqlite,
    path,
    readOnly,
    clock,
    actor: opts.actor ?? safeUser(),
    command: opts.command ?? 'library',
    now: () => clock().toISOString(),
    async write(fn, wopts) {
      if (readOnly) throw new ReadOnlyError(wopts?.command ?? registry.command);
      return db.connection().execute(async (conn) => {
        // Loaded with the first write, before the lock is taken: reading commands never pay for hashing.
        const { Auditor } = await import('./audit.js');
        const started = Date.now();
        const command = wopts?.command ?? registry.command;
        let holding = false;
        try {
          if (!prepared) {
            prepareForWrites(sqlite, path, opts);
            prepared = true;
          }
          await sql`BEGIN IMMEDIATE`.execute(conn);
          holding = true;
          writeHolder(path, { pid: process.pid, command: `tdkt ${command}`, actor: registry.actor, since: new Date().toISOString() });
          const audit = new Auditor(conn, registry.now(), registry.actor, command);
          const result = await fn(conn, audit);
          audit.flush();
          const head = sqlite.prepare('SELECT id, hash, at FROM audit_event ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string; at: string } | undefined;
          await sql`COMMIT`.execute(conn);
          if (head) noteHead(head);
          return result;
        } catch (e) {
          if (sqlite.inTransaction) await sql`ROLLBACK`.execute(conn);
          throw busyOr(e, path, Date.now() - started);
        } finally {
          if (holding) clearHolder(path);
        }
      });
    },
    async close() {
      // The last connection copies the WAL into the file, so that the .sqlite alone holds every commit.
      if (!readOnly && sqlite.open && !sqlite.inTransaction) {
        try {
          sqlite.pragma('busy_timeout = 0');
          if (sqlite.pragma('journal_mode', { simple: true }) === 'wal') sqlite.pragma('wal_checkpoint(TRUNCATE)');
        } catch {
          // Another connection is reading or writing: the last one to close checkpoints.
        }
      }
      await db.destroy();
      // Kysely closes the connection only if a query initialised its driver; close it in any case.
      if (sqlite.open) sqlite.close();
    },
  };
  return registry;
}

function safeUser(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

export interface SchemaObject {
  type: string;
  name: string;
  sql: string | null;
}

/**
 * The schema objects (tables, indexes, triggers) tdkt creates at schema `version`, built in memory from
 * the migrations: what `audit verify` compares a registry's schema with.
 */
export async function schemaAt(version: number): Promise<SchemaObject[]> {
  const names = Object.keys(migrations);
  const sqlite = openSqlite(':memory:');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    if (version > 0) {
      const migrator = await migratorFor(db);
      const { error } = await migrator.migrateTo(names[Math.min(version, names.length) - 1]);
      if (error) throw error;
    }
    return schemaOf(sqlite);
  } finally {
    await db.destroy();
  }
}

/** The schema objects of a connection, without SQLite's internal ones, in a stable order. */
export function schemaOf(sqlite: Database.Database): SchemaObject[] {
  return sqlite
    .prepare(`SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name`)
    .all() as SchemaObject[];
}

/**
 * Copies the file at `path` to `dest` even if it is not a sound registry: through SQLite's backup when
 * SQLite can read it, else byte for byte (with its -wal). Used to keep a file aside before replacing it.
 */
export async function copyAside(path: string, dest: string): Promise<void> {
  try {
    const sqlite = openSqlite(path, { fileMustExist: true });
    try {
      sqlite.pragma('busy_timeout = 10000');
      await copyDatabase(sqlite, dest);
    } finally {
      sqlite.close();
    }
  } catch {
    rmSync(dest, { force: true });
    copyFileSync(path, dest);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${dest}-wal`);
  }
}
