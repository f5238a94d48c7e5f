/**
 * The test files that run a second time on PostgreSQL (vitest.config.ts). A file joins the list once it
 * passes on both engines; the files left out test what only a SQLite file has (its bytes, its journal,
 * the sqlite3 shell behind tdkt's back, backup and restore of the file). The tests of test/pg/ are the
 * engine's own: they run once, with the SQLite project, and use the cluster directly.
 */
export const PG_FILES: string[] = [
  'test/checks/commands.test.ts',
  'test/checks/rules.test.ts',
  'test/cli/basics.test.ts',
  'test/cli/golden.test.ts',
  'test/cli/prompts.test.ts',
  'test/cli/recipient-vi.test.ts',
  'test/cli/records.test.ts',
  'test/core/ranking.test.ts',
  'test/core/reports.test.ts',
  'test/core/seed.test.ts',
  'test/evidence/evidence-vi.test.ts',
  'test/evidence/evidence.test.ts',
  'test/paperwork/decision.test.ts',
  'test/paperwork/roster-script.test.ts',
  'test/paperwork/stats.test.ts',
  'test/paperwork/vietnamese.test.ts',
];
