/**
 * Which engine the tests run on. The PostgreSQL project of vitest.config.ts sets TDKT_TEST_ENGINE=postgres:
 * every registry a test names by a file path (tempRegistry, runCli's db, demoRegistryFile) is then a
 * database of the throw-away cluster (test/global-setup.ts), one per path, created on first use.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';

export const TEST_ENGINE: 'sqlite' | 'postgres' = process.env.TDKT_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

/** The cluster's superuser URL (its `postgres` database), when a cluster runs. */
export const PG_ADMIN = process.env.TDKT_TEST_PG || undefined;

/** The URL of database `name` on the test cluster. */
export function pgDatabaseUrl(name: string): string {
  if (!PG_ADMIN) throw new Error('no PostgreSQL cluster for the tests (TDKT_TEST_PG)');
  return PG_ADMIN.replace(/\/postgres(\?|$)/, `/${name}$1`);
}

/**
 * Runs each statement with psql on the database at `url` (rows unaligned, fields separated by |, as the
 * sqlite3 shell prints them), stopping at the first error; returns what it printed.
 */
export function psql(url: string, ...statements: string[]): string {
  return execFileSync('psql', [url, '-XAtq', '-v', 'ON_ERROR_STOP=1', ...statements.flatMap((s) => ['-c', s])], {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs SQL on the cluster's `postgres` database as its superuser, through psql. */
export function pgAdmin(statement: string): string {
  return psql(PG_ADMIN!, statement);
}

const made = new Set<string>();

/** A new empty database on the test cluster (dropped with the cluster). */
export function freshPgDatabase(prefix = 't'): string {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  pgAdmin(`CREATE DATABASE ${name} TEMPLATE template0`);
  made.add(name);
  return pgDatabaseUrl(name);
}

/**
 * The registry a test names by `path`, on the engine under test: the path itself on SQLite; on
 * PostgreSQL the database standing for that path (created empty on first use; ':memory:' is a new one).
 */
export function registryTarget(path: string): string {
  if (TEST_ENGINE === 'sqlite' || /^postgres/.test(path)) return path;
  const name = databaseOf(path);
  if (!made.has(name)) {
    // A fixed path (one that names no temporary folder) may have left its database behind on a cluster
    // kept between runs: it starts empty again, as a missing file would.
    pgAdminEach(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, `CREATE DATABASE ${name} TEMPLATE template0`);
    made.add(name);
  }
  return pgDatabaseUrl(name);
}

/** The database name standing for `path` (a new one each time for ':memory:'). */
function databaseOf(path: string): string {
  return `r_${createHash('sha1').update(path === ':memory:' ? `${path}${Math.random()}` : path).digest('hex').slice(0, 20)}`;
}

/** Runs each statement on its own (DROP/CREATE DATABASE refuse a transaction block), in one psql. */
function pgAdminEach(...statements: string[]): void {
  psql(PG_ADMIN!, ...statements);
}

/**
 * Copies the registry `from` (closed) to `to`, as copying its file would: on PostgreSQL a new database
 * made from the other as its template.
 */
export function copyRegistryTarget(from: string, to: string): void {
  const [source, target] = [databaseOf(from), databaseOf(to)];
  pgAdminEach(`DROP DATABASE IF EXISTS ${target} WITH (FORCE)`, `CREATE DATABASE ${target} TEMPLATE ${source}`);
  made.add(target);
}
