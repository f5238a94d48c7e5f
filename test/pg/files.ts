/**
 * Which test files run a second time on PostgreSQL (vitest.config.ts): every file under test/, except
 * those listed here. A file is left out for one of three reasons, each given beside it:
 * - it tests what only a SQLite file has (its bytes, journal and write-ahead log, the sqlite3 shell
 *   behind tdkt's back, SQLite's query plans); the server's counterpart is named where there is one;
 * - it opens no registry (parsers, renderers, messages), so an engine changes nothing in it;
 * - it is the engines' own (test/pg/, and the schema tests of each engine): it runs once and reaches the
 *   cluster directly.
 */
export const SQLITE_ONLY: Record<string, string> = {
  'test/core/plans.test.ts': "SQLite's query plans (EXPLAIN QUERY PLAN) for the hot queries",
  'test/core/schema-sqlite.test.ts': "SQLite's DDL, held by digest",
  'test/trust/anchors.test.ts': 'the anchors file noted beside a registry file (on a server: TDKT_ANCHORS, test/pg/trust.test.ts)',
  'test/trust/backup.test.ts': "a file's backup and restore in place (on a server: test/pg/copy.test.ts)",
  'test/trust/busy.test.ts': "SQLite's busy timeout between writers (on a server: the advisory lock, test/pg/concurrency.test.ts)",
  'test/trust/concurrency.test.ts': 'writers sharing one file (on a server: test/pg/concurrency.test.ts)',
  'test/trust/crash.test.ts': "a file's journal after a process is killed inside a commit",
  'test/trust/identity.test.ts': "a SQLite file's application id, and what a file path may name",
  'test/trust/tamper.test.ts': 'a file edited with the sqlite3 shell (on a server: test/pg/trust.test.ts)',
  'test/trust/tamper-property.test.ts': 'random edits of a file with the sqlite3 shell (on a server: test/pg/trust.test.ts)',
};

export const NO_REGISTRY: string[] = [
  'test/checks/bounded.test.ts',
  'test/cli/help.test.ts',
  'test/core/escape.test.ts',
  'test/core/text.test.ts',
  'test/i18n/catalogue.test.ts',
  'test/import/csv.test.ts',
  'test/import/row.test.ts',
  'test/render/delimited.test.ts',
  'test/render/language.test.ts',
  'test/render/table.test.ts',
];

export const ENGINES_OWN: string[] = ['test/pg/**', 'test/core/schema-postgres.test.ts', 'test/core/copy-tables.test.ts'];

/** The files the PostgreSQL project leaves out. */
export const NOT_ON_POSTGRES: string[] = [...Object.keys(SQLITE_ONLY), ...NO_REGISTRY, ...ENGINES_OWN];
