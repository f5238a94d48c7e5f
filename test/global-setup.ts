/**
 * Before the test files: a throw-away PostgreSQL cluster when PostgreSQL is installed (or the one named by
 * TDKT_TEST_PG), so that the PostgreSQL project of vitest.config.ts and the engine's own tests run. Without
 * PostgreSQL they are skipped, and this says so.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default async function setup(): Promise<(() => void) | undefined> {
  if (process.env.TDKT_TEST_PG) return undefined;
  // @ts-expect-error a plain script of the repository, without types
  const { pgBin, startCluster, stopCluster } = (await import('../scripts/pg-cluster.mjs')) as {
    pgBin: (name: string) => string | undefined;
    startCluster: (dir: string) => string;
    stopCluster: (dir: string) => void;
  };
  if (!pgBin('initdb') || !pgBin('pg_ctl')) {
    console.log('PostgreSQL is not installed: the tests of the PostgreSQL engine are skipped (apt-get install -y postgresql).');
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'tdkt-pg-test-'));
  try {
    process.env.TDKT_TEST_PG = startCluster(dir);
  } catch (e) {
    console.log(`PostgreSQL could not be started, its tests are skipped: ${(e as Error).message}`);
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  return () => {
    stopCluster(dir);
    rmSync(dir, { recursive: true, force: true });
  };
}
