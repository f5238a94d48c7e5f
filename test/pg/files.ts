/**
 * The test files that run a second time on PostgreSQL (vitest.config.ts). A file joins the list once it
 * passes on both engines; the files left out test what only a SQLite file has (its bytes, its journal,
 * the sqlite3 shell behind tdkt's back, backup and restore of the file).
 */
export const PG_FILES: string[] = ['test/pg/*.test.ts'];
