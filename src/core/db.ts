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
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { userInfo } from 'node:os';
import { migrations } from '../../schema/index.js';
import type { Auditor } from './audit.js';
import { BusyError, ReadOnlyError, TdktError } from './errors.js';
import type { DB } from './tables.js';

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
}

export interface Registry {
  readonly db: Kysely<DB>;
  /** The raw connection, for SQLite-only paths (bulk import, backup). */
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
  const readOnly = opts.readOnly ?? false;
  const memory = path === ':memory:';
  if (!memory && !existsSync(path)) {
    if (readOnly) {
      throw new TdktError('not_found', `No registry at ${path}`, {
        hint: 'A read-only registry must exist: check --db or TDKT_DB.',
      });
    }
    await createRegistry(path, opts);
  }
  const sqlite = readOnly ? openReadOnly(path, opts.notice) : openWritable(path);
  try {
    sqlite.pragma(`busy_timeout = ${busyTimeout(opts)}`);
    sqlite.pragma('foreign_keys = ON');
    let version: number;
    try {
      version = sqlite.pragma('user_version', { simple: true }) as number;
    } catch (e) {
      throw new TdktError('invalid', `${path} is not a tdkt registry (${(e as Error).message})`, {
        hint: 'Point --db at a registry file, or at a new path to create one.',
      });
    }
    if (version > SCHEMA_VERSION) {
      throw new TdktError('schema_too_new', `${path} has schema version ${version}; this tdkt knows up to ${SCHEMA_VERSION}`, {
        hint: 'Upgrade tdkt to open this registry; nothing was changed.',
      });
    }
    if (!readOnly) {
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = FULL');
    }
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
    const registry = makeRegistry(db, sqlite, path, readOnly, opts);
    if (version < SCHEMA_VERSION && !(readOnly && opts.asIs)) {
      if (readOnly) {
        throw new TdktError('invalid', `${path} has schema version ${version} and needs an upgrade to ${SCHEMA_VERSION}`, {
          hint: 'Open it once without --read-only to upgrade it (a copy of the old file is kept).',
        });
      }
      await migrate(registry, version, opts);
    }
    return registry;
  } catch (e) {
    sqlite.close();
    throw busyOr(e, path, opts);
  }
}

function busyTimeout(opts: OpenOptions): number {
  return opts.busyTimeoutMs ?? 10_000;
}

function openWritable(path: string, create = false): Database.Database {
  try {
    return openSqlite(path, { fileMustExist: !create && path !== ':memory:' });
  } catch (e) {
    throw new TdktError('invalid', `Cannot open the registry ${path}: ${(e as Error).message}`, {
      hint: 'Check the path and its permissions.',
    });
  }
}

/** Registries up to this size are read from an in-memory copy when opened read-only (see openReadOnly). */
const SNAPSHOT_LIMIT = 1024 ** 3;

/**
 * Opens `path` for reading without modifying anything on disk.
 *
 * SQLite's own read-only mode is not enough for a WAL-mode file: it creates `-wal` and `-shm` beside it
 * and leaves them there. When no `-wal` exists (no other process has the registry open), the file is
 * quiescent: it is read into memory and opened from there, and the copy is kept only if the file did not
 * change while it was read. When a `-wal` exists, another process is using the registry and its latest
 * commits may live only in the WAL: SQLite's read-only mode is used, which writes nothing to the registry
 * and reuses the -wal and -shm that are already there. (better-sqlite3 does not take `file:` URIs, so
 * SQLite's `immutable` flag is not available; it would also ignore the WAL.)
 */
function openReadOnly(path: string, notice?: (message: string) => void): Database.Database {
  const fail = (e: unknown) =>
    new TdktError('invalid', `Cannot open the registry ${path}: ${(e as Error).message}`, {
      hint: 'Check the path and its permissions.',
    });
  if (!existsSync(`${path}-wal`)) {
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        const before = statSync(path);
        if (before.size > SNAPSHOT_LIMIT) break;
        const image = readFileSync(path);
        const after = statSync(path);
        if (before.mtimeMs !== after.mtimeMs || before.size !== after.size || before.ino !== after.ino) continue;
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
    notice?.(`${path} is large or changing: reading it in place (SQLite may create ${path}-wal and -shm beside it)`);
  }
  try {
    return openSqlite(path, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw fail(e);
  }
}

/** Builds a new registry in a temporary file beside `path`, then links it into place. */
async function createRegistry(path: string, opts: OpenOptions): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}-${Date.now().toString(36)}.creating`;
  const removeTmp = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(tmp + suffix, { force: true });
  };
  try {
    const sqlite = openWritable(tmp, true);
    const registry = makeRegistry(new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) }), sqlite, path, false, opts);
    try {
      sqlite.pragma(`busy_timeout = ${busyTimeout(opts)}`);
      sqlite.pragma('foreign_keys = ON');
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = FULL');
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
      : new TdktError('invalid', `Cannot create the registry ${path}: ${(e as Error).message}`, {
          hint: 'Check that the directory is writable.',
        });
  } finally {
    removeTmp();
  }
}

/** The migrator over tdkt's static migration list (used to upgrade, and to build a schema to compare). */
async function migratorFor(db: Kysely<DB>) {
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
    throw new TdktError('invalid', `${registry.path} is an SQLite file but not a tdkt registry`, {
      hint: 'Point --db at a registry file, or at a new path to create one.',
    });
  }
  let backup: string | undefined;
  if (version > 0 && registry.path !== ':memory:') {
    backup = uniquePath(`${registry.path}.v${version}-${compactStamp(registry.now())}`, '.bak');
    await copyDatabase(sqlite, backup);
    opts.notice?.(`Upgrading the registry from schema ${version} to ${SCHEMA_VERSION}; a copy of the old file is at ${backup}`);
  }
  const migrator = await migratorFor(db);
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new TdktError('invalid', `Migration ${failed} failed: ${(error as Error).message}`, {
      hint: backup ? `The registry was left at schema ${version}; the copy taken before is at ${backup}.` : undefined,
    });
  }
  if (version === 0) {
    const { installCatalogue } = await import('./award-type/catalogue.js');
    await registry.write(
      async (trx, audit) => {
        await installCatalogue(trx, audit, registry.now());
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

/** SQLite's "database is locked" never reaches the user as such: it becomes a BusyError. */
function busyOr(e: unknown, path: string, opts: OpenOptions): unknown {
  return isBusy(e) ? new BusyError(path, busyTimeout(opts)) : e;
}

function makeRegistry(db: Kysely<DB>, sqlite: Database.Database, path: string, readOnly: boolean, opts: OpenOptions): Registry {
  const clock = opts.clock ?? (() => new Date());
  const registry: Registry = {
    db,
    sqlite,
    path,
    readOnly,
    clock,
    actor: opts.actor ?? safeUser(),
    command: opts.command ?? 'library',
    now: () => clock().toISOString(),
    async write(fn, wopts) {
      if (readOnly) throw new ReadOnlyError(`run ${wopts?.command ?? registry.command}`);
      return db.connection().execute(async (conn) => {
        // Loaded with the first write, before the lock is taken: reading commands never pay for hashing.
        const { Auditor } = await import('./audit.js');
        try {
          await sql`BEGIN IMMEDIATE`.execute(conn);
          const audit = new Auditor(conn, registry.now(), registry.actor, wopts?.command ?? registry.command);
          const result = await fn(conn, audit);
          audit.flush();
          await sql`COMMIT`.execute(conn);
          return result;
        } catch (e) {
          if (sqlite.inTransaction) await sql`ROLLBACK`.execute(conn);
          throw busyOr(e, path, opts);
        }
      });
    },
    async close() {
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
