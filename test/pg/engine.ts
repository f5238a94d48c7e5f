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

/** Runs SQL on the cluster's `postgres` database as its superuser, through psql. */
export function pgAdmin(statement: string): string {
  return execFileSync('psql', [PG_ADMIN!, '-XAtq', '-v', 'ON_ERROR_STOP=1', '-c', statement], { encoding: 'utf8' });
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
  const name = `r_${createHash('sha1').update(path === ':memory:' ? `${path}${Math.random()}` : path).digest('hex').slice(0, 20)}`;
  if (!made.has(name)) {
    pgAdmin(`CREATE DATABASE ${name} TEMPLATE template0`);
    made.add(name);
  }
  return pgDatabaseUrl(name);
}
