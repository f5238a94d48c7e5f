/**
 * Every setting of the registry's connection an import changes, in one object, and back when it ends:
 * - a larger page cache (matching reads the recipient table and the award indexes all over);
 * - for a bulk load (a registry without award lines yet): SQLite's foreign-key checks off, the
 *   references checked once before the commit (danglingReferences) instead of three parents looked up
 *   per line; the two award indexes by recipient and by type dropped and built by one sort after the
 *   last row; and, when no other connection has the registry open, a rollback journal instead of the
 *   WAL, which would hold every new page once more until the commit copies it into the file.
 * What each buys, measured, is in docs/performance.md.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Registry } from '../db.js';
import { IMPORT_RUN } from '../../i18n/messages/core-io-import.js';

/** SQLite's page cache during an import, in KiB. */
const IMPORT_CACHE_KB = 24 * 1024;
/** The page cache of a bulk load, in KiB: fewer indexes are kept up line by line. */
const BULK_CACHE_KB = 16 * 1024;
/** SQLite's page cache while it builds the indexes a bulk load left out, in KiB (the sort spills to temporary files beyond it). */
const SORT_CACHE_KB = 8 * 1024;
const DEFERRED_INDEXES = ['award_recipient_lines', 'award_type_period'];

export class ImportConnection {
  /** The registry has no award line yet: the import is a bulk load. */
  readonly bulkLoad: boolean;
  private readonly sqlite: BetterSqlite3.Database;
  private readonly cacheBefore: number;
  private direct = false;
  private dropped: { name: string; sql: string }[] = [];
  /** The transaction found no award line either: its lines are all the file's. */
  private loadedEmpty = false;

  /** Call outside a transaction: the foreign-key setting and the journal mode cannot change inside one. */
  constructor(reg: Registry, dryRun: boolean) {
    this.sqlite = reg.sqlite;
    this.cacheBefore = this.sqlite.pragma('cache_size', { simple: true }) as number;
    this.sqlite.pragma(`cache_size = ${-IMPORT_CACHE_KB}`);
    this.bulkLoad = hasNoAwardLines(this.sqlite);
    if (this.bulkLoad) this.sqlite.pragma('foreign_keys = OFF');
    this.direct = this.bulkLoad && !dryRun && reg.path !== ':memory:' && rollbackJournal(this.sqlite);
  }

  /** Inside the transaction, for a bulk load: drops the award indexes to build after the last row (true), or not (false). */
  deferLineIndexes(): boolean {
    if (!this.bulkLoad || !hasNoAwardLines(this.sqlite)) return false;
    this.loadedEmpty = true;
    this.dropped = this.sqlite
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'award' AND name IN (${DEFERRED_INDEXES.map(() => '?').join(', ')}) ORDER BY name`)
      .all(...DEFERRED_INDEXES) as { name: string; sql: string }[];
    for (const i of this.dropped) this.sqlite.exec(`DROP INDEX "${i.name}"`);
    this.sqlite.pragma(`cache_size = ${-BULK_CACHE_KB}`);
    return true;
  }

  /** Whether the award indexes are dropped still. */
  get linesUnindexed(): boolean {
    return this.dropped.length > 0;
  }

  /** Builds the indexes deferLineIndexes dropped, exactly as the schema has them. */
  buildLineIndexes(): void {
    if (!this.dropped.length) return;
    this.sqlite.pragma(`cache_size = ${-SORT_CACHE_KB}`);
    for (const i of this.dropped) this.sqlite.exec(i.sql);
    this.sqlite.pragma(`cache_size = ${-IMPORT_CACHE_KB}`);
    this.dropped = [];
  }

  /** With the foreign-key checks off: refuses the import should it leave a reference to a missing record (a fault of tdkt, never of the file). */
  checkReferences(firstAwardId: number): void {
    if (!this.bulkLoad) return;
    const found = danglingReferences(this.sqlite, this.loadedEmpty ? 'all lines' : firstAwardId || Number.MAX_SAFE_INTEGER);
    if (found.length) throw new Error(IMPORT_RUN.dangling(found.join('; ')));
  }

  /** After the commit (or the rollback): every setting as it was. */
  restore(): void {
    if (!this.sqlite.open) return;
    this.sqlite.pragma(`cache_size = ${this.cacheBefore}`);
    if (this.bulkLoad) this.sqlite.pragma('foreign_keys = ON');
    if (this.direct && this.sqlite.pragma('journal_mode', { simple: true }) !== 'wal') this.sqlite.pragma('journal_mode = WAL');
  }
}

/** Switches the registry to a rollback journal if no other connection has it open (true), else leaves it in WAL mode (false). */
function rollbackJournal(sqlite: BetterSqlite3.Database): boolean {
  const timeout = sqlite.pragma('busy_timeout', { simple: true }) as number;
  // Another connection's lock means it is in use: no waiting for it.
  sqlite.pragma('busy_timeout = 0');
  try {
    return sqlite.pragma('journal_mode = DELETE', { simple: true }) === 'delete';
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_BUSY') return false;
    throw e;
  } finally {
    sqlite.pragma(`busy_timeout = ${timeout}`);
  }
}

/** The registry holds no award line yet: an import into it is a bulk load. */
export function hasNoAwardLines(sqlite: BetterSqlite3.Database): boolean {
  return sqlite.prepare('SELECT NOT EXISTS (SELECT 1 FROM award)').pluck().get() === 1;
}

/**
 * References to records that are not there, at most a few per kind ("award.recipient_id 7 → recipient"):
 * the award lines' (all of them, or those from an id on) checked once per distinct parent through the
 * lines' indexes, or line by line from that id; every other table by PRAGMA foreign_key_check. For a
 * write made with SQLite's foreign-key checks off (a bulk import). Read-only.
 */
export function danglingReferences(sqlite: BetterSqlite3.Database, lines: 'all lines' | number): string[] {
  const found: string[] = [];
  const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'award' AND EXISTS (SELECT 1 FROM pragma_foreign_key_list(name))`).pluck().all() as string[];
  for (const t of tables) {
    const v = sqlite.prepare(`PRAGMA foreign_key_check("${t}")`).all() as { table: string; rowid: number; parent: string }[];
    for (const x of v.slice(0, 5)) found.push(`${x.table} #${x.rowid} → ${x.parent}`);
  }
  const parents = sqlite.prepare(`SELECT "from" AS "column", "table" AS parent FROM pragma_foreign_key_list('award') ORDER BY id DESC`).all() as { column: string; parent: string }[];
  for (const { column, parent } of parents) {
    const ids =
      lines === 'all lines'
        ? sqlite.prepare(`SELECT x.id FROM (SELECT DISTINCT ${column} AS id FROM award) x WHERE NOT EXISTS (SELECT 1 FROM ${parent} p WHERE p.id = x.id) LIMIT 5`).pluck().all()
        : sqlite.prepare(`SELECT a.${column} FROM award a WHERE a.id >= ? AND NOT EXISTS (SELECT 1 FROM ${parent} p WHERE p.id = a.${column}) LIMIT 5`).pluck().all(lines);
    for (const id of ids as number[]) found.push(`award.${column} ${id} → ${parent}`);
  }
  return found;
}
