import { defineConfig } from 'vitest/config';
// @ts-expect-error a plain script of the repository, without types
import { pgBin } from './scripts/pg-cluster.mjs';
import { NOT_ON_POSTGRES } from './test/pg/files.js';

/**
 * Two projects, one suite: every test on SQLite, and every test file again on PostgreSQL but those
 * test/pg/files.ts leaves out, each with its reason (TDKT_TEST_ENGINE=postgres; test/pg/engine.ts maps
 * each registry to a database of the throw-away cluster test/global-setup.ts starts). Without PostgreSQL
 * installed, the second project is left out and the setup says so.
 */
const withPostgres = Boolean(process.env.TDKT_TEST_PG || (pgBin('initdb') && pgBin('pg_ctl')));

export default defineConfig({
  test: {
    setupFiles: ['test/setup.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'sqlite', include: ['test/**/*.test.ts'] } },
      ...(withPostgres
        ? [{ extends: true as const, test: { name: 'postgres', include: ['test/**/*.test.ts'], exclude: NOT_ON_POSTGRES, env: { TDKT_TEST_ENGINE: 'postgres' } } }]
        : []),
    ],
  },
});
