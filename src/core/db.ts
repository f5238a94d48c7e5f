/**
 * The one place that opens SQLite: pragmas, schema version, migrations, the write transaction.
 *
 * SQLite-specific (kept here on purpose): the pragmas, `PRAGMA user_version` as a fast schema-version
 * check, `BEGIN IMMEDIATE` for writes, and the online backup taken before an upgrade.
 */
import type Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { userInfo } from 'node:os';
import { migrations } from '../../schema/index.js';
import { Auditor } from './audit.js';
import { ReadOnlyError, TdktError } from './errors.js';
import type { DB } from './tables.js';

// Loaded with require: better-sqlite3 is CommonJS, and importing it as ESM costs a lexer pass at start-up.
const BetterSqlite3 = createRequire(import.meta.url)('better-sqlite3') as typeof Database;

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
 * catalogue of domain.md §4. Refuses a file whose schema is newer than this program.
 */
export async function openRegistry(path: string, opts: OpenOptions = {}): Promise<Registry> {
  const readOnly = opts.readOnly ?? false;
  const isNew = path === ':memory:' || !existsSync(path);
  if (readOnly && isNew) {
    throw new TdktError('not_found', `No registry at ${path}`, {
      hint: 'A read-only registry must exist: check --db or TDKT_DB.',
    });
  }
  if (isNew && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let sqlite: Database.Database;
  try {
    sqlite = new BetterSqlite3(path, { readonly: readOnly, fileMustExist: readOnly });
  } catch (e) {
    throw new TdktError('invalid', `Cannot open the registry ${path}: ${(e as Error).message}`, {
      hint: 'Check the path and its permissions.',
    });
  }
  try {
    sqlite.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 10_000}`);
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
    if (version < SCHEMA_VERSION) {
      if (readOnly) {
        throw new TdktError('invalid', `${path} has schema version ${version} and needs an upgrade to ${SCHEMA_VERSION}`, {
          hint: 'Open it once without --read-only to upgrade it.',
        });
      }
      await migrate(registry, version, opts);
    }
    return registry;
  } catch (e) {
    sqlite.close();
    throw e;
  }
}

async function migrate(registry: Registry, version: number, opts: OpenOptions): Promise<void> {
  const { sqlite, db } = registry;
  const hasTables = (sqlite.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`).get() as { n: number }).n > 0;
  if (version === 0 && hasTables) {
    throw new TdktError('invalid', `${registry.path} is an SQLite file but not a tdkt registry`, {
      hint: 'Point --db at a registry file, or at a new path to create one.',
    });
  }
  if (version > 0 && registry.path !== ':memory:') {
    const backup = `${registry.path}.v${version}-${registry.now().replace(/[:.]/g, '-')}.bak`;
    await sqlite.backup(backup);
    opts.notice?.(`Registry upgraded from schema ${version} to ${SCHEMA_VERSION}; a copy of the old file is at ${backup}`);
  }
  const { Migrator } = await import('kysely');
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migration',
    migrationLockTableName: 'schema_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new TdktError('invalid', `Migration ${failed} failed: ${(error as Error).message}`);
  }
  if (version === 0) {
    const { installCatalogue } = await import('./award-type/catalogue.js');
    await registry.write((trx, audit) => installCatalogue(trx, audit, registry.now()), { command: 'init' });
  }
  sqlite.pragma(`user_version = ${SCHEMA_VERSION}`);
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
        await sql`BEGIN IMMEDIATE`.execute(conn);
        try {
          const audit = new Auditor(conn, registry.now(), registry.actor, wopts?.command ?? registry.command);
          const result = await fn(conn, audit);
          await sql`COMMIT`.execute(conn);
          return result;
        } catch (e) {
          if (sqlite.inTransaction) await sql`ROLLBACK`.execute(conn);
          throw e;
        }
      });
    },
    async close() {
      await db.destroy();
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
