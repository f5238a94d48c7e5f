/**
 * Bulk import of award lines (one row per line of a decision's annex), all or nothing.
 *
 * The whole file is read inside ONE write transaction. Rows are checked and written as they stream
 * in, so the registry itself (not a copy in memory) answers "is this a duplicate?" — of a line already
 * recorded or of an earlier row of the same file. A bad row is reported and the rest still checked;
 * at the end any bad row (or a dry run) rolls everything back, so the registry is unchanged. Every
 * created record gets its audit event in the same transaction and hash chain as `award add`.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Readable } from 'node:stream';
import type { Auditor } from '../audit.js';
import type { Registry, Tx } from '../db.js';
import { DISTRICT_ABOLISHED_ON, KIND_LABELS, regimeFor, type RecipientKind } from '../domain.js';
import { InvalidError, TdktError, type Issue } from '../errors.js';
import { formatPeriod, issuerMatches } from '../parse.js';
import { isAnnualTitle, lineIssues } from '../award/rules.js';
import { checkLines } from '../checks/write.js';
import { collectFindingsInParallel } from '../checks/parallel.js';
import { collectFindingsForLines, type LineFindings } from '../checks/run.js';
import { loadSettings } from '../settings/settings.js';
import type { Finding } from '../checks/finding.js';
import { IMPORT_COLUMNS, mapHeaders, POSITION_AND_UNIT, type HeaderMap } from './columns.js';
import { isFooter, sectionOf } from './annex.js';
import { looksCollective, NearNames, splitPositionAndUnit } from './names.js';
import { Lookups, type BodyRec, type CeremonyRec, type DecisionRec, type Lookup, type RecipientRec, type TypeRec } from './lookups.js';
import { cellValue, RowParser, type RowEvidence, type ValidRow } from './row.js';
import { openSource, type ImportFormat, type SourceRow } from './readers/source.js';
import { workerSource } from './readers/worker-source.js';
import { TupleBloom } from './bloom.js';
import { ImportStore } from './store.js';
import { annualKey, LineKeys, regularKey } from './line-keys.js';

export interface ImportAwardsOptions {
  format: ImportFormat;
  /** The file's name in messages ("-" is shown as "stdin"). */
  name: string;
  /** The file's path, when the input is a file (an XLSX workbook is read from it). */
  path?: string;
  /** XLSX: the sheet to read (default: the first that is not hidden). */
  sheet?: string;
  /**
   * CSV/TSV from a file: read and parse it in a worker thread running `script` (the built parse-worker,
   * dist/import-worker.cjs), so that parsing overlaps the checks and writes; `input` is then not read.
   */
  parseWorker?: { path: string; script: string };
  /** An existing decision (reference or number) whose number, date and body apply to every row. */
  decision?: string;
  /** An existing ceremony (reference or name) at which every line is handed over. */
  ceremony?: string;
  /** Headers of columns to skip. */
  ignoreColumns?: string[];
  /** Import the rows a spreadsheet hides (filtered out) too; by default they are skipped, and said so. */
  includeHidden?: boolean;
  /** Receives what the import passed over that the user should know (hidden rows and sheets). */
  onNotice?: (message: string) => void;
  /** Check everything and report what would be created, then roll back. */
  dryRun?: boolean;
  /** Called after each batch of rows. */
  onProgress?: (p: { rows: number; bytes: number }) => void;
  /** Receives the bad rows as they are found (e.g. to write an errors file), awaited per batch. */
  onBadRows?: (rows: BadRow[], header: string[]) => void | Promise<void>;
  /** How many issues the thrown ImportError carries (all bad rows still go to onBadRows). */
  maxIssues?: number;
  /**
   * Refuse the import when the rules run on write (the chains, discipline, quota) find a problem with the
   * lines written; default: the registry's setting award.strict. Otherwise the findings are warnings.
   */
  strict?: boolean;
  /** Receives the first `maxFindings` findings of the rules run on write (in the order of `tdkt check`) and how many there are in all. */
  onFindings?: (findings: Finding[], total: number) => void;
  /** How many findings go to onFindings, or into the refusal when strict (default 1000; all are counted). */
  maxFindings?: number;
  /**
   * The built worker that judges lines beside this thread (dist/checks-worker.cjs). When the findings are
   * warnings (not strict, not a dry run) and the registry is a file, the rules then run after the commit,
   * on two threads; otherwise, and without it, inside the transaction on this one.
   */
  checksWorker?: string;
}

export interface RowIssue {
  row: number;
  /** The column's key and its header as written in the file; absent for a problem of the whole row. */
  column?: string;
  header?: string;
  value?: string | null;
  message: string;
}

export interface BadRow {
  row: number;
  cells: (string | null)[];
  issues: RowIssue[];
}

export interface EntityCount {
  created: number;
  matched: number;
}

export interface ImportSummary {
  file: string;
  dry_run: boolean;
  /** Data rows read (blank rows are skipped and not counted). */
  rows: number;
  awards: EntityCount;
  presentations: EntityCount;
  recipients: EntityCount;
  decisions: EntityCount;
  bodies: EntityCount;
  ceremonies: EntityCount;
  /** Evidence columns recorded (ratings set or changed, disciplines and initiatives added, member counts set or changed). */
  evidence: EvidenceCount;
  /** Findings of the rules run on write for the lines written, by severity. */
  findings: { error: number; warning: number; missing: number };
  /** A dry run: the records it would create (the first 1,000). */
  would_create?: CreatedRecord[];
}

export interface CreatedRecord {
  table: 'body' | 'decision' | 'recipient' | 'ceremony';
  ref: string;
  name: string;
  /** The file's row that creates it. */
  row: number;
}

export interface EvidenceCount {
  ratings: number;
  disciplines: number;
  initiatives: number;
  members: number;
}

/** The import was refused: `issues` says which rows and columns, and why. Nothing was written. */
export class ImportError extends InvalidError {
  constructor(
    message: string,
    issues: Issue[],
    readonly badRows: number,
    readonly rowIssues: RowIssue[],
    readonly summary: ImportSummary,
    hint: string,
  ) {
    super(message, { issues, hint });
    this.name = 'ImportError';
  }
}

class DryRunDone extends Error {}

const count = (): EntityCount => ({ created: 0, matched: 0 });
const HEADER_SEARCH_ROWS = 30;
/** SQLite's page cache during an import, in KiB. */
const IMPORT_CACHE_KB = 24 * 1024;
/** The page cache of a bulk load, in KiB: fewer indexes are kept up line by line. */
const BULK_CACHE_KB = 16 * 1024;
/** SQLite's page cache while it builds the indexes a bulk load left out, in KiB. */
const SORT_CACHE_KB = 8 * 1024;

/**
 * Imports award lines from `input` (CSV, TSV, XLSX, JSON or NDJSON). One transaction: everything or,
 * when any row is bad, nothing (ImportError lists every bad row). Writes the registry unless `dryRun`.
 */
export async function importAwards(reg: Registry, input: Readable, opts: ImportAwardsOptions): Promise<ImportSummary> {
  const summary: ImportSummary = {
    file: opts.name,
    dry_run: Boolean(opts.dryRun),
    rows: 0,
    awards: count(),
    presentations: count(),
    recipients: count(),
    decisions: count(),
    bodies: count(),
    ceremonies: count(),
    evidence: { ratings: 0, disciplines: 0, initiatives: 0, members: 0 },
    findings: { error: 0, warning: 0, missing: 0 },
  };
  // Matching reads the recipient table and the award indexes all over for every row: a larger page cache
  // for the import keeps them in memory instead of re-reading pages (memory only; crash safety is unchanged).
  const cacheBefore = reg.sqlite.pragma('cache_size', { simple: true }) as number;
  reg.sqlite.pragma(`cache_size = ${-IMPORT_CACHE_KB}`);
  // A bulk load (no award lines yet) checks its references once, at the end (checkReferences), instead
  // of SQLite looking up three parents for every line inserted (an eighth of a million-line import).
  // The setting can only change outside a transaction; the transaction decides again whether it is a
  // bulk load, and checks its references either way.
  const foreignKeysLater = hasNoAwardLines(reg.sqlite);
  if (foreignKeysLater) reg.sqlite.pragma('foreign_keys = OFF');
  // A bulk load also writes the registry file directly (rollback journal) instead of through the WAL,
  // which would hold every new page once more, to be copied into the file at the commit (a million
  // lines: 450 MB written twice, 1.5 s of the commit). Only when no other connection has the registry
  // open; other commands then wait for it until the commit. Back to WAL right after, whatever happens.
  const direct = foreignKeysLater && !opts.dryRun && reg.path !== ':memory:' && rollbackJournal(reg.sqlite);
  try {
    const afterCommit = await reg.write(async (trx, audit) => {
      let run: ImportRun | undefined = new ImportRun(reg, trx, audit, opts, summary);
      await run.read(input);
      await run.presentDeferred();
      run.finish();
      run.restoreIndexes();
      if (foreignKeysLater) run.checkReferences();
      const firstAwardId = run.firstAwardId;
      // What matching remembered (names, caches, filters) is let go before the rules load their facts.
      run = undefined;
      const strict = opts.strict ?? (await loadSettings(trx)).strict;
      // Warnings can wait for the commit, and then be judged on two threads; a refusal cannot.
      if (firstAwardId && opts.checksWorker && !strict && !opts.dryRun && reg.path !== ':memory:') return firstAwardId;
      await checkChains(trx, firstAwardId, { ...opts, strict }, summary);
      if (opts.dryRun) throw new DryRunDone();
      return 0;
    });
    if (direct) walJournal(reg.sqlite);
    if (afterCommit) await checkCommitted(reg, afterCommit, opts, summary);
  } catch (e) {
    if (!(e instanceof DryRunDone)) throw e;
  } finally {
    input.destroy();
    if (reg.sqlite.open) reg.sqlite.pragma(`cache_size = ${cacheBefore}`);
    if (foreignKeysLater && reg.sqlite.open) reg.sqlite.pragma('foreign_keys = ON');
    if (direct && reg.sqlite.open) walJournal(reg.sqlite);
  }
  return summary;
}

/** The rules run on write, over every line the file wrote (ids from `firstAwardId` on): warnings, or a refusal when strict. */
async function checkChains(trx: Tx, firstAwardId: number, opts: ImportAwardsOptions, summary: ImportSummary): Promise<void> {
  if (!firstAwardId) return;
  reportFindings(await checkLines(trx, { from: firstAwardId }, { strict: opts.strict, max: opts.maxFindings ?? 1000 }), opts, summary);
}

/** The rules run on write over the lines from `firstAwardId` on, committed: on two threads, or on this one should the worker fail. */
async function checkCommitted(reg: Registry, firstAwardId: number, opts: ImportAwardsOptions, summary: ImportSummary): Promise<void> {
  const max = opts.maxFindings ?? 1000;
  let result: LineFindings;
  try {
    result = await collectFindingsInParallel(reg.db, reg.path, firstAwardId, { max, script: opts.checksWorker!, raw: reg.sqlite });
  } catch {
    try {
      result = await collectFindingsForLines(reg.db, { from: firstAwardId }, { max });
    } catch (e) {
      // Unexpected: the lines are committed, which the message must say (run with --debug for the trace).
      const err = new Error(`${summary.file}: the ${summary.awards.created} award lines were imported, but the rules could not be run over them (tdkt check runs them): ${(e as Error).message}`);
      err.stack = (e as Error).stack;
      throw err;
    }
  }
  reportFindings(result, opts, summary);
}

/** The rules' findings into the summary (counts) and to the caller (the first ones). */
function reportFindings(result: LineFindings, opts: ImportAwardsOptions, summary: ImportSummary): void {
  summary.findings = { ...result.counts };
  if (result.total) opts.onFindings?.(result.findings, result.total);
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

/** Back to WAL mode after rollbackJournal (openRegistry switches a registry left otherwise, should this fail). */
function walJournal(sqlite: BetterSqlite3.Database): void {
  if (sqlite.pragma('journal_mode', { simple: true }) !== 'wal') sqlite.pragma('journal_mode = WAL');
}

/** The registry holds no award line yet: an import into it is a bulk load. */
function hasNoAwardLines(sqlite: BetterSqlite3.Database): boolean {
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

type Issues = RowIssue[];

/** An award line a new one would duplicate: its id and decision. */
type Twin = { id: number; symbol: string; ref: string };

class ImportRun {
  private readonly parser = new RowParser();
  private readonly lookups: Lookups;
  private readonly store: ImportStore;
  private readonly stmt;
  private map: HeaderMap | undefined;
  private mappedWidth = 0;
  private header: string[] = [];
  private skippedBeforeHeader: SourceRow[] = [];
  /** Rows a spreadsheet hides, skipped: their numbers. */
  private readonly hiddenRows: number[] = [];
  private headerNotices: string[] = [];
  /** The row that ended the list, and how many rows followed it. */
  private footer: SourceRow | undefined;
  private afterFooter = 0;
  /** The kind the current section row names, and how many section rows were read. */
  private sectionKind: RecipientKind | undefined;
  private sectionNo = 0;
  /** Per decision: the highest line number so far, the section it was in, the offset of that section's STT, the last STT. */
  private readonly sectionLines = new Map<number, { max: number; section: number; base: number; stt: number }>();
  /** Values given for the whole file (--decision, --ceremony), by key. */
  private constants: Record<string, string> = {};
  /** New units and collectives close to names already in the registry. */
  private near: NearNames | undefined;
  private checkNumbering = false;
  /** The id of the first award line written (0: none yet). */
  firstAwardId = 0;
  /** The file's row of each award line written, by id − firstAwardId. */
  private readonly awardRows = new RowNumbers();
  private readonly issues: RowIssue[] = [];
  private badRows = 0;
  private pendingBad: BadRow[] = [];
  private readonly maxIssues: number;
  private readonly now: string;
  private rowUnit: RecipientRec | undefined;
  /** The row's recipient is new: it cannot hold a duplicate yet. */
  private rowCreatedRecipient = false;
  private readonly maxIdBefore: Record<'bodies' | 'recipients' | 'decisions' | 'ceremonies', number>;
  private readonly seen = { bodies: new Set<number>(), recipients: new Set<number>(), decisions: new Set<number>(), ceremonies: new Set<number>() };

  private readonly sqlite: BetterSqlite3.Database;
  /** Bulk load: the award indexes to build after the last row, and the file's lines by duplicate key meanwhile. */
  private deferredIndexes: { name: string; sql: string }[] = [];
  private lineKeys: LineKeys | undefined;

  constructor(
    reg: Registry,
    private readonly trx: Tx,
    private readonly audit: Auditor,
    private readonly opts: ImportAwardsOptions,
    private readonly summary: ImportSummary,
  ) {
    this.now = reg.now();
    this.sqlite = reg.sqlite;
    this.lookups = new Lookups(reg.sqlite, (t) => this.parser.fold(t));
    this.store = new ImportStore(reg.sqlite, audit, this.now);
    this.maxIssues = opts.maxIssues ?? 1000;
    const maxId = (t: string) => (reg.sqlite.prepare(`SELECT coalesce(max(id), 0) FROM ${t}`).pluck().get() as number);
    this.maxIdBefore = { bodies: maxId('body'), recipients: maxId('recipient'), decisions: maxId('decision'), ceremonies: maxId('ceremony') };
    const twin = (extra: string) =>
      reg.sqlite.prepare(
        `SELECT a.id, d.symbol, d.ref FROM award a JOIN decision d ON d.id = a.decision_id
         WHERE a.recipient_id = ? AND a.award_type_id = ? AND ${extra}
           AND NOT EXISTS (SELECT 1 FROM award_revocation x WHERE x.award_id = a.id)
         ORDER BY a.id LIMIT 1`,
      );
    // Bulk load: into a registry without award lines, the indexes over lines by recipient and by type
    // are built once, by a sort, after the last row (restoreIndexes) instead of kept up line by line
    // (random inserts: a third of the time of a large import). Meanwhile the lines that certainly have no
    // twin in the file are told from memory (LineKeys); at the first that may have one, the indexes are
    // built and the registry answers. A rollback brings the indexes back like everything else.
    this.bulkLoad = hasNoAwardLines(reg.sqlite);
    if (this.bulkLoad) {
      this.deferredIndexes = reg.sqlite
        .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'award' AND name IN ('award_recipient_lines', 'award_type_period') ORDER BY name`)
        .all() as { name: string; sql: string }[];
      for (const i of this.deferredIndexes) reg.sqlite.exec(`DROP INDEX "${i.name}"`);
      reg.sqlite.pragma(`cache_size = ${-BULK_CACHE_KB}`);
      this.lineKeys = new LineKeys();
    }
    this.stmt = {
      annualTwin: twin('a.period_to = ?'),
      regularTwin: twin("a.period_from = ? AND a.period_to = ? AND a.kind = 'regular'"),
      lineTaken: reg.sqlite.prepare('SELECT id FROM award WHERE decision_id = ? AND line_no = ?').pluck(),
    };
  }

  async read(input: Readable): Promise<void> {
    const { format, name, sheet, parseWorker } = this.opts;
    const source =
      parseWorker && (format === 'csv' || format === 'tsv')
        ? workerSource(parseWorker.path, { format, name, sheet }, parseWorker.script)
        : await openSource(input, { format, name, sheet, path: this.opts.path });
    let sawAnything = false;
    await this.resolveConstants();
    for await (const batch of source.rows) {
      for (const r of batch) {
        if (r.cells.every((c) => c === null || c.trim() === '')) continue;
        sawAnything = true;
        if (source.headerInRows && !this.map) {
          this.findHeader(r);
          continue;
        }
        if (!source.headerInRows && source.header.length !== this.mappedWidth) this.mapJsonHeader(source.header, r.row);
        if (this.checkNumbering) {
          this.checkNumbering = false;
          if (isNumberingRow(r.cells)) continue;
        }
        if (this.footer) {
          this.afterFooter++;
          continue;
        }
        if (source.headerInRows) {
          const section = sectionOf(r.cells);
          if (section) {
            if (section.kind) this.sectionKind = section.kind;
            this.sectionNo++;
            continue;
          }
          if (isFooter(r.cells)) {
            this.footer = r;
            continue;
          }
        }
        if (r.hidden && !this.opts.includeHidden) {
          this.hiddenRows.push(r.row);
          continue;
        }
        this.summary.rows++;
        this.row(r);
      }
      await this.writeEvidence();
      await this.flushBad();
      this.opts.onProgress?.({ rows: this.summary.rows, bytes: source.bytesRead() });
    }
    for (const n of source.notices ?? []) this.opts.onNotice?.(n);
    for (const n of this.headerNotices) this.opts.onNotice?.(n);
    if (this.footer) {
      const text = this.footer.cells.filter((c) => c && c.trim()).join(' ').trim();
      this.opts.onNotice?.(`${this.opts.name}: the list ends at row ${this.footer.row} («${text.length > 60 ? text.slice(0, 57) + '…' : text}»)${this.afterFooter ? `; the ${this.afterFooter} rows below it were not read` : ''}`);
    }
    this.near?.report(this.opts.onNotice);
    if (this.hiddenRows.length) {
      const first = this.hiddenRows.slice(0, 10).join(', ') + (this.hiddenRows.length > 10 ? ', …' : '');
      this.opts.onNotice?.(`${this.opts.name}: ${this.hiddenRows.length} hidden rows were skipped (rows ${first}); import them too with --include-hidden`);
    }
    if (!sawAnything) {
      throw new InvalidError(`${this.opts.name} is empty: nothing to import`, { hint: 'Start from the template: tdkt import --template csv > annex.csv' });
    }
    if (source.headerInRows && !this.map) this.headerNotFound();
    if (this.summary.rows === 0) {
      throw new InvalidError(`${this.opts.name} has no award lines${source.headerInRows ? ' below its header' : ''}: nothing to import`, {
        hint: 'Add one row per award line under the header row.',
      });
    }
  }

  /** Builds the indexes a bulk load left out (the rules and later queries need them); from then on duplicates are asked of the registry. */
  restoreIndexes(): void {
    if (!this.deferredIndexes.length) return;
    this.lineKeys = undefined;
    // SQLite sorts the index entries in memory up to the page cache's size, then in temporary files:
    // a smaller cache for the sort keeps the import's peak memory down.
    this.sqlite.pragma(`cache_size = ${-SORT_CACHE_KB}`);
    for (const i of this.deferredIndexes) this.sqlite.exec(i.sql);
    this.sqlite.pragma(`cache_size = ${-IMPORT_CACHE_KB}`);
    this.deferredIndexes = [];
  }

  /** With SQLite's foreign-key checks off for the import: refuses it whole should it leave a reference to a missing record (a fault of tdkt, never of the file). */
  checkReferences(): void {
    const found = danglingReferences(this.sqlite, this.bulkLoad ? 'all lines' : this.firstAwardId || Number.MAX_SAFE_INTEGER);
    if (found.length) throw new Error(`the import would leave references to records that are not there (${found.join('; ')}); nothing was written`);
  }

  finish(): void {
    if (this.badRows === 0) return;
    const shown = this.issues.map((i) => ({ where: whereOf(i), message: i.message }));
    const omitted = this.issues.length >= this.maxIssues ? ` (the first ${this.maxIssues} problems are listed)` : '';
    throw new ImportError(
      `${this.opts.name}: ${this.badRows} of ${this.summary.rows} rows cannot be imported${omitted}; nothing was written`,
      shown,
      this.badRows,
      this.issues,
      this.summary,
      'Fix the rows and import the whole file again (all or nothing); --errors <file> writes the bad rows with a reason column.',
    );
  }

  // ------------------------------------------------------------------------------------- header

  private findHeader(r: SourceRow): void {
    const { map, problems, notices } = mapHeaders(r.cells.map((c) => c ?? ''), this.headerOptions());
    const known = map.keys.filter(Boolean).length;
    if (known < 3) {
      // A title above the header ("DANH SÁCH … kèm theo Quyết định số …"): skip it.
      this.skippedBeforeHeader.push(r);
      if (this.skippedBeforeHeader.length >= HEADER_SEARCH_ROWS) this.headerNotFound();
      return;
    }
    if (problems.length) this.headerProblems(r.row, problems);
    this.headerNotices = notices.map((n) => `${this.opts.name}: ${n}`);
    this.map = map;
    this.header = r.cells.map((c) => c ?? '');
    this.checkNumbering = true;
  }

  private headerOptions() {
    return { given: Object.keys(this.constants), ignore: this.opts.ignoreColumns };
  }

  /** --decision and --ceremony: the records they name, whose fields fill every row's empty cells. */
  private async resolveConstants(): Promise<void> {
    const { resolveDecision, resolveCeremony } = await import('../resolve.js');
    if (this.opts.decision) {
      const d = await resolveDecision(this.trx, this.opts.decision);
      const body = this.sqlite.prepare('SELECT ref FROM body WHERE id = ?').pluck().get(d.body_id) as string;
      Object.assign(this.constants, { decision_ref: d.ref, decision_number: d.symbol, decision_date: d.date, issuing_body: body });
    }
    if (this.opts.ceremony) {
      const c = await resolveCeremony(this.trx, this.opts.ceremony);
      this.constants.ceremony_ref = c.ref;
    }
  }

  private headerNotFound(): never {
    const first = this.skippedBeforeHeader[0];
    const { problems } = mapHeaders(first.cells.map((c) => c ?? ''));
    throw new InvalidError(`${this.opts.name} has no header row naming the columns (looked at the first ${this.skippedBeforeHeader.length} non-empty rows)`, {
      issues: problems.slice(0, 10).map((p) => ({ where: `row ${first.row}${p.column ? `, column ${p.column}` : ''}`, message: p.message })),
      hint: 'The first row must name the columns, e.g. "Số quyết định", "Ngày quyết định", "Họ và tên"; see tdkt import --template csv.',
    });
  }

  private headerProblems(row: number, problems: { column: number; message: string }[]): never {
    throw new InvalidError(`${this.opts.name}: the header row cannot be read; nothing was imported`, {
      issues: problems.map((p) => ({ where: p.column ? `row ${row}, column ${p.column}` : `row ${row}`, message: p.message })),
      hint: `Accepted columns: ${IMPORT_COLUMNS.map((c) => c.key).join(', ')} (or their Vietnamese headers; see tdkt import --help).`,
    });
  }

  private mapJsonHeader(header: string[], row: number): void {
    const { map, problems } = mapHeaders(header, this.headerOptions());
    const fatal = problems.filter((p) => p.column > 0);
    if (fatal.length) this.headerProblems(row, fatal);
    this.map = map;
    this.header = [...header];
    this.mappedWidth = header.length;
  }

  // ---------------------------------------------------------------------------------------- rows

  private row(r: SourceRow): void {
    const map = this.map!;
    this.currentRow = r.row;
    const input: Record<string, string | null> = {};
    const keys = map.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k) input[k] = cellValue(r.cells[i]);
    }
    for (const k in this.constants) input[k] ??= this.constants[k];
    const both = input[POSITION_AND_UNIT];
    if (both) {
      const { position, unit } = splitPositionAndUnit(both);
      input.position ??= position;
      input.unit ??= unit;
    }
    const issues: Issues = [];
    const issue = (key: string | undefined, message: string) =>
      issues.push({ row: r.row, column: key, header: key ? (map.headers[key] ?? key) : undefined, value: key ? (input[key] ?? null) : undefined, message });
    if (map.keys.length < r.cells.length && r.cells.slice(map.keys.length).some((c) => c !== null && c.trim() !== '')) {
      issue(undefined, `has ${r.cells.length} cells but the header names ${map.keys.length} columns: a value is outside the table (a delimiter inside an unquoted value?)`);
    }
    // A cell holding a spreadsheet error or an uncomputed formula: that, not "is empty", is its problem.
    const cellErrors = r.errors?.filter((e) => keys[e.column]);
    for (const e of cellErrors ?? []) issue(keys[e.column], e.message);
    const parsed = this.parser.parse(input);
    if (!parsed.ok) {
      for (const i of parsed.issues) if (!cellErrors?.some((e) => keys[e.column] === i.key)) issue(i.key, i.message);
      return this.bad(r, issues);
    }
    if (issues.length) return this.bad(r, issues);
    const v = parsed.value;
    const year = Number(v.decision_date.slice(0, 4));

    this.rowUnit = undefined;
    this.rowCreatedRecipient = false;
    const body = this.body(v, issue);
    const type = this.awardType(v, body, issue);
    const decision = body ? this.decision(v, body, year, issue) : undefined;
    const recipient = this.recipient(v, type, issue);
    const ceremony = this.ceremony(v, issue);
    if (issues.length || !body || !type || !decision || !recipient) return this.bad(r, issues);

    for (const i of lineIssues({ type, recipient, body, decision, period: v.achievement_period })) {
      const key = i.where === 'recipient' ? (map.headers.recipient_kind ? 'recipient_kind' : 'recipient_name') : i.where === 'period' ? 'achievement_period' : 'issuing_body';
      issue(key, i.message);
    }
    const ceremonyDate = ceremony === 'later' ? v.ceremony_date! : ceremony?.date;
    if (ceremonyDate && decision.date > ceremonyDate) {
      issue('ceremony', `decision ${decision.symbol} of ${decision.date} is after the ceremony (${ceremonyDate}): an award is handed over after it is decided`);
    }
    this.duplicates(v, type, recipient, decision, issue);
    this.evidenceIssues(v, recipient, issue);
    if (issues.length) return this.bad(r, issues);

    let awardId: number;
    try {
      awardId = this.store.create(
        'award',
        {
          decision_id: decision.id,
          line_no: this.lineNumber(v.line_no, decision.id),
          recipient_id: recipient.id,
          award_type_id: type.id,
          period_from: v.achievement_period.from,
          period_to: v.achievement_period.to,
          achievement: v.achievement,
          kind: v.commendation_kind,
          unit_name: this.unitName(v, recipient),
          position: v.position ?? recipient.position,
          note: v.note,
        },
      );
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE' || v.line_no === null) throw e;
      this.lineTaken(v, decision, issue);
      return this.bad(r, issues);
    }
    if (!this.bulkLoad) {
      this.awardKeys.add(0, recipient.id, type.id, v.achievement_period.to);
      if (v.commendation_kind === 'regular') this.awardKeys.add(1, recipient.id, type.id, v.achievement_period.from, v.achievement_period.to);
    } else if (this.lineKeys) {
      // The one key its type's duplicate check asks for (see duplicates); none for other lines.
      const key = isAnnualTitle(type)
        ? annualKey(recipient.id, type.id, v.achievement_period.to)
        : v.commendation_kind === 'regular'
          ? regularKey(recipient.id, type.id, v.achievement_period.from, v.achievement_period.to)
          : null;
      if (key === undefined || (key !== null && !this.lineKeys.add(key))) this.restoreIndexes();
    }
    if (this.firstAwardId === 0) this.firstAwardId = awardId;
    this.awardRows.set(awardId - this.firstAwardId, r.row);
    this.summary.awards.created++;
    if (ceremony === 'later') this.defer(awardId, r, v);
    else if (ceremony) this.present(ceremony, awardId);
    if (v.evidence) this.pendingEvidence.push({ row: r, recipient, year: v.achievement_period.to, evidence: v.evidence });
  }

  // ----------------------------------------------------------------------------------- evidence

  private pendingEvidence: { row: SourceRow; recipient: RecipientRec; year: number; evidence: RowEvidence }[] = [];

  /** Member counts are a collective's: checked before the line is written, so the row is reported with its column. */
  private evidenceIssues(v: ValidRow, recipient: RecipientRec, issue: (k: string, m: string) => void): void {
    const e = v.evidence;
    if (e && e.member_count !== null && recipient.kind !== 'collective') {
      issue('member_count', `${recipient.name} is ${KIND_LABELS[recipient.kind as RecipientKind]} (${recipient.kind}); member counts are recorded for collectives`);
    }
  }

  /** Records the evidence columns of the rows written so far, through the same service as tdkt evidence (loaded only when a file has such columns). */
  private async writeEvidence(): Promise<void> {
    if (!this.pendingEvidence.length) return;
    const { recordEvidence } = await import('../evidence/service.js');
    const pending = this.pendingEvidence;
    this.pendingEvidence = [];
    for (const p of pending) {
      try {
        const out = await recordEvidence(this.trx, this.audit, p.recipient.id, { year: p.year, ...p.evidence }, this.now);
        for (const k of ['ratings', 'disciplines', 'initiatives', 'members'] as const) this.summary.evidence[k] += out[k];
      } catch (e) {
        if (!(e instanceof TdktError)) throw e;
        const detail = e.issues?.map((i) => (i.where ? `${i.where}: ${i.message}` : i.message)).join('; ');
        this.bad(p.row, [{ row: p.row.row, message: detail ? `${e.message}: ${detail}` : e.message }]);
      }
    }
  }

  // ------------------------------------------------------------------------------------- checks

  private present(ceremony: CeremonyRec, awardId: number): void {
    this.store.create('presentation', { ceremony_id: ceremony.id, award_id: awardId }, 'present');
    this.summary.presentations.created++;
  }

  private deferred: BetterSqlite3.Statement | undefined;
  private deferredCount = 0;

  /** Keeps a hand-over for the end of the file, in a temporary table (not in memory, not in the registry). */
  private defer(awardId: number, r: SourceRow, v: ValidRow): void {
    if (!this.deferred) {
      this.sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS import_deferred (award_id INTEGER, row INTEGER, cells TEXT, fields TEXT)');
      this.sqlite.exec('DELETE FROM temp.import_deferred');
      this.deferred = this.sqlite.prepare('INSERT INTO temp.import_deferred VALUES (?, ?, ?, ?)');
    }
    const fields = { ceremony: v.ceremony, ceremony_ref: v.ceremony_ref, ceremony_date: v.ceremony_date, ceremony_place: v.ceremony_place, ceremony_organiser: v.ceremony_organiser };
    this.deferred.run(awardId, r.row, JSON.stringify(r.cells), JSON.stringify(fields));
    this.deferredCount++;
  }

  /** The hand-overs whose organiser was not yet known when their row was read. */
  async presentDeferred(): Promise<void> {
    if (!this.deferredCount) return;
    // In pages: better-sqlite3 runs no other statement while one is being iterated.
    const page = this.sqlite.prepare('SELECT rowid AS id, award_id, row, cells, fields FROM temp.import_deferred WHERE rowid > ? ORDER BY rowid LIMIT 1000');
    let last = 0;
    for (;;) {
      const rows = page.all(last) as { id: number; award_id: number; row: number; cells: string; fields: string }[];
      if (rows.length === 0) break;
      last = rows[rows.length - 1].id;
      for (const d of rows) await this.presentOne(d);
    }
    await this.flushBad();
    this.sqlite.exec('DROP TABLE temp.import_deferred');
  }

  private async presentOne(d: { award_id: number; row: number; cells: string; fields: string }): Promise<void> {
    {
      const v = JSON.parse(d.fields) as ValidRow;
      const cells = JSON.parse(d.cells) as (string | null)[];
      const issues: Issues = [];
      const issue = (key: string, message: string) => issues.push({ row: d.row, column: key, header: this.map!.headers[key] ?? key, value: (v as unknown as Record<string, unknown>)[key] as string, message });
      const c = this.ceremony(v, issue);
      if (c === 'later') issue('ceremony_organiser', `no body matches "${v.ceremony_organiser}", in the registry or in this file: add it first (tdkt body add)`);
      else if (c) this.present(c, d.award_id);
      if (issues.length) this.bad({ row: d.row, cells }, issues);
      if (this.pendingBad.length >= 512) await this.flushBad();
    }
  }

  private async flushBad(): Promise<void> {
    if (this.pendingBad.length && this.opts.onBadRows) await this.opts.onBadRows(this.pendingBad, this.header);
    this.pendingBad = [];
  }

  private bad(r: SourceRow, issues: Issues): void {
    this.badRows++;
    for (const i of issues) if (this.issues.length < this.maxIssues) this.issues.push(i);
    this.pendingBad.push({ row: r.row, cells: r.cells, issues });
  }

  /** The unit printed on the line: the row's (its name when the row gives the unit's reference), else a person's unit. */
  private unitName(v: ValidRow, recipient: RecipientRec): string | null {
    if (v.unit) return this.rowUnit && v.unit.toLowerCase() === this.rowUnit.ref ? this.rowUnit.name : v.unit;
    return recipient.kind === 'individual' && recipient.unit_id !== null ? this.lookups.unitName(recipient.unit_id) : null;
  }

  /** The row being imported. */
  private currentRow = 0;

  /** A dry run lists the records it would create (the first thousand). */
  private created(table: CreatedRecord['table'], ref: string, name: string): void {
    if (!this.opts.dryRun) return;
    const list = (this.summary.would_create ??= []);
    if (list.length < 1000) list.push({ table, ref, name, row: this.currentRow });
  }

  /** Counts a record found in the registry once, however many rows name it; records this import created are not "matched". */
  private matched(what: 'bodies' | 'recipients' | 'decisions' | 'ceremonies', id: number): void {
    if (id > this.maxIdBefore[what] || this.seen[what].has(id)) return;
    this.seen[what].add(id);
    this.summary[what].matched++;
  }

  // ------------------------------------------------------------------------------------- bodies

  private body(v: ValidRow, issue: (k: string, m: string) => void): BodyRec | undefined {
    if (v.body_ref) {
      const b = this.lookups.bodyByRef(v.body_ref);
      if (b) {
        if (this.parser.fold(v.issuing_body) !== this.parser.fold(b.name) && v.issuing_body.toLowerCase() !== b.ref) {
          issue('issuing_body', `"${v.issuing_body}" is not the body ${b.ref} (${b.name}) that body_ref names`);
          return undefined;
        }
        this.matched('bodies', b.id);
        return b;
      }
    }
    const l = this.lookups.body(v.issuing_body);
    if ('found' in l) {
      if (v.body_ref && l.found.ref !== v.body_ref) {
        issue('body_ref', `"${v.body_ref}" is not in the registry, but "${v.issuing_body}" is, as ${l.found.ref}: write that reference, or leave body_ref empty`);
        return undefined;
      }
      this.matched('bodies', l.found.id);
      return l.found;
    }
    if ('ambiguous' in l) {
      issue('issuing_body', `"${v.issuing_body}" matches ${l.ambiguous.length} bodies: ${l.ambiguous.join('; ')} — write its reference instead`);
      return undefined;
    }
    if (!v.body_level) {
      issue('issuing_body', `no body matches "${v.issuing_body}": add it first (tdkt body add), or give body_level (and body_abbr) to create it`);
      return undefined;
    }
    const abbr = v.body_abbr ?? v.decision_number.issuer.split(/[.-]/)[0];
    const ref = v.body_ref ?? this.store.uniqueRef('body', v.issuing_body);
    const values = { ref, name: v.issuing_body, name_folded: this.parser.fold(v.issuing_body), level: v.body_level, abbr, place: null, parent_id: null, note: null };
    const id = this.store.create('body', values);
    this.created('body', ref, v.issuing_body);
    const b: BodyRec = { id, ref, name: v.issuing_body, level: v.body_level, abbr };
    this.lookups.addBody(b);
    this.summary.bodies.created++;
    return b;
  }

  // -------------------------------------------------------------------------------- award types

  private awardType(v: ValidRow, body: BodyRec | undefined, issue: (k: string, m: string) => void): TypeRec | undefined {
    const l = this.lookups.awardType(v.award_type, body?.level);
    if ('found' in l) return l.found;
    if ('ambiguous' in l) issue('award_type', `"${v.award_type}" could be ${l.ambiguous.join(' or ')}: write the code`);
    else issue('award_type', `"${v.award_type}" is not an award type: write its code or its Vietnamese name, e.g. GK or Giấy khen (tdkt award-type list)`);
    return undefined;
  }

  // ---------------------------------------------------------------------------------- decisions

  private decision(v: ValidRow, body: BodyRec, year: number, issue: (k: string, m: string) => void): DecisionRec | undefined {
    const symbol = v.decision_number.symbol;
    let d: DecisionRec | undefined;
    if (v.decision_ref) {
      d = this.lookups.decisionByRef(v.decision_ref);
      if (d && (d.symbol !== symbol || d.body_id !== body.id || d.date.slice(0, 4) !== String(year))) {
        issue('decision_ref', `${v.decision_ref} is decision ${d.symbol} of ${d.date} by another body or number, not ${symbol} of ${v.decision_date} by ${body.ref}`);
        return undefined;
      }
    }
    if (!d) {
      d = this.lookups.decisionByKey(body.id, year, symbol);
      if (d && v.decision_ref) {
        issue('decision_ref', `"${v.decision_ref}" is not in the registry, but ${body.name}'s decision ${symbol} of ${year} is, as ${d.ref}: write that reference, or leave decision_ref empty`);
        return undefined;
      }
    }
    if (d) {
      if (d.date !== v.decision_date) {
        issue('decision_date', `decision ${symbol} of ${body.name} is dated ${d.date} in the registry, not ${v.decision_date}`);
        return undefined;
      }
      this.matched('decisions', d.id);
      return d;
    }
    if (!issuerMatches(v.decision_number.issuer, body.abbr)) {
      issue('decision_number', `${symbol} does not carry the abbreviation of ${body.name} (${body.abbr}): write it as ${v.decision_number.number}/QĐ-${body.abbr}, or check the issuing body`);
      return undefined;
    }
    if (body.level === 'district' && v.decision_date >= DISTRICT_ABOLISHED_ON) {
      issue('decision_date', `${body.name} is a district body; the district level was abolished on ${DISTRICT_ABOLISHED_ON}`);
      return undefined;
    }
    const ref = v.decision_ref ?? this.store.uniqueRef('decision', `${body.ref}-${year}-${v.decision_number.number}`);
    const values = {
      ref,
      number: v.decision_number.number,
      symbol,
      date: v.decision_date,
      year,
      body_id: body.id,
      signer_name: v.signer_name,
      signer_capacity: v.signer_capacity,
      summary: v.decision_summary,
      regime: regimeFor(v.decision_date).code,
      note: null,
    };
    const id = this.store.create('decision', values);
    this.created('decision', ref, symbol);
    d = { id, ref, symbol, date: v.decision_date, body_id: body.id };
    this.lookups.addDecision(d, year);
    this.summary.decisions.created++;
    return d;
  }

  // --------------------------------------------------------------------------------- recipients

  private recipient(v: ValidRow, type: TypeRec | undefined, issue: (k: string, m: string) => void): RecipientRec | undefined {
    const kind = (v.recipient_kind ?? this.sectionKind ?? this.map!.impliedKind ?? singleKind(type)) as RecipientKind | undefined;
    if (v.recipient_ref) {
      const r = this.lookups.recipientByRef(v.recipient_ref);
      if (r) {
        if (v.recipient_kind && r.kind !== v.recipient_kind) {
          issue('recipient_kind', `${r.ref} (${r.name}) is recorded as ${KIND_LABELS[r.kind as RecipientKind]} (${r.kind}), not ${v.recipient_kind}`);
          return undefined;
        }
        if (v.recipient_name && this.parser.fold(v.recipient_name) !== r.name_folded) {
          issue('recipient_name', `recipient_ref ${r.ref} is "${r.name}", not "${v.recipient_name}": correct one of them`);
          return undefined;
        }
        this.matched('recipients', r.id);
        return r;
      }
    }
    if (!v.recipient_name) {
      issue('recipient_name', v.recipient_ref ? `recipient_ref "${v.recipient_ref}" is not in the registry: give the name to create it` : 'is empty: expected the name of the collective, person or household, e.g. Nguyễn Văn A');
      return undefined;
    }
    const unit = this.unit(v, issue);
    if (unit === null) return undefined;
    const nameFolded = this.parser.fold(v.recipient_name);
    if (!v.recipient_ref) {
      // Only namesakes in the row's unit (or anywhere, for a row without one); none in a unit still to create.
      const namesakes = unit === 'new' ? [] : this.lookups.recipientsNamed(nameFolded, unit === 'none' ? undefined : unit.id);
      const candidates = kind ? namesakes.filter((c) => c.kind === kind) : namesakes;
      if (candidates.length === 0 && namesakes.length > 0) {
        // Never a second record of the same name and another kind: the clerk says which is meant.
        const list = namesakes.slice(0, 10).map((c) => `${c.ref} (${KIND_LABELS[c.kind as RecipientKind]})`);
        issue(
          this.map!.headers.recipient_kind ? 'recipient_kind' : 'recipient_name',
          `"${v.recipient_name}" is in the registry as ${list.join(', ')}, not as ${KIND_LABELS[kind!]}: write its reference in recipient_ref, or correct the kind`,
        );
        return undefined;
      }
      if (candidates.length === 1) {
        this.matched('recipients', candidates[0].id);
        return candidates[0];
      }
      if (candidates.length > 1) {
        const list = candidates.slice(0, 10).map((c) => `${c.ref}${c.unit_id ? ` (${this.lookups.unitName(c.unit_id)})` : ''}`);
        issue('recipient_name', `"${v.recipient_name}" matches ${candidates.length} recipients: ${list.join(', ')}${candidates.length > 10 ? ', …' : ''} — give the unit, or the recipient_ref`);
        return undefined;
      }
    }
    if (!kind) {
      issue(this.map!.headers.recipient_kind ? 'recipient_kind' : 'recipient_name', `is needed to create "${v.recipient_name}": expected tập thể, cá nhân or hộ gia đình (collective, individual, household)`);
      return undefined;
    }
    if (kind === 'individual' && looksCollective(v.recipient_name)) {
      const others = this.lookups.recipientsNamed(nameFolded).filter((c) => c.kind !== 'individual');
      const known = others.length ? `; in the registry: ${others.slice(0, 10).map((c) => `${c.ref} (${KIND_LABELS[c.kind as RecipientKind]})`).join(', ')}` : '';
      issue(
        this.map!.headers.recipient_kind ? 'recipient_kind' : 'recipient_name',
        `"${v.recipient_name}" is the name of a collective, not of a person${known}: give its kind (tập thể) in a «Loại đối tượng» column or under a section row such as "I. TẬP THỂ"`,
      );
      return undefined;
    }
    if (v.position && kind !== 'individual') {
      issue('position', `only an individual has a position; "${v.recipient_name}" is ${KIND_LABELS[kind]}: leave the position empty`);
      return undefined;
    }
    let unitId: number | null = null;
    if (unit === 'new') {
      const created = this.createUnit(v, issue);
      if (!created) return undefined;
      unitId = created.id;
    } else if (unit !== 'none') unitId = unit.id;
    this.rowCreatedRecipient = true;
    return this.createRecipient(v.recipient_ref ?? this.store.uniqueRef('recipient', nameFolded, true), kind, v.recipient_name, unitId, kind === 'individual' ? v.position : null, nameFolded);
  }

  /** The unit the row names: 'none' (no unit column value), a collective, 'new' (to create), or null (an issue). */
  private unit(v: ValidRow, issue: (k: string, m: string) => void): RecipientRec | 'none' | 'new' | null {
    if (!v.unit && !v.unit_ref) return 'none';
    const l: Lookup<RecipientRec> = v.unit_ref ? this.lookups.unit(v.unit_ref, true) : this.lookups.unit(v.unit!, false);
    if ('found' in l) {
      this.rowUnit = l.found;
      return l.found;
    }
    if ('ambiguous' in l) {
      issue('unit', `"${v.unit}" matches ${l.ambiguous.length} collectives: ${l.ambiguous.join(', ')} — write the unit's reference in unit_ref`);
      return null;
    }
    return 'new';
  }

  private createUnit(v: ValidRow, issue: (k: string, m: string) => void): RecipientRec | undefined {
    if (!v.unit) {
      issue('unit_ref', `"${v.unit_ref}" is not in the registry: give the unit's name in the unit column to create it`);
      return undefined;
    }
    const name = v.unit;
    const ref = v.unit_ref ?? this.store.uniqueRef('recipient', name);
    const r = this.createRecipient(ref, 'collective', name, null, null);
    this.rowUnit = r;
    return r;
  }

  private createRecipient(ref: string, kind: string, name: string, unitId: number | null, position: string | null, nameFolded = this.parser.fold(name)): RecipientRec {
    const values = { ref, kind, name, name_folded: nameFolded, unit_id: unitId, position, place: null, note: null };
    const id = this.store.create('recipient', values);
    this.created('recipient', ref, name);
    if (kind === 'collective' && this.maxIdBefore.recipients > 0) (this.near ??= new NearNames(this.sqlite, this.maxIdBefore.recipients)).check(name, nameFolded, this.currentRow);
    const r: RecipientRec = { id, ref, kind, name, name_folded: nameFolded, unit_id: unitId, position };
    this.lookups.addRecipient(r);
    this.summary.recipients.created++;
    return r;
  }

  // --------------------------------------------------------------------------------- ceremonies

  private ceremony(v: ValidRow, issue: (k: string, m: string) => void): CeremonyRec | 'later' | undefined {
    if (!v.ceremony && !v.ceremony_ref) return undefined;
    let c: CeremonyRec | undefined;
    if (v.ceremony_ref) c = this.lookups.ceremonyByRef(v.ceremony_ref);
    else {
      const l = this.lookups.ceremony(v.ceremony!);
      if ('ambiguous' in l) {
        issue('ceremony', `"${v.ceremony}" matches ${l.ambiguous.length} ceremonies: ${l.ambiguous.join('; ')} — write its reference instead`);
        return undefined;
      }
      if ('found' in l) c = l.found;
    }
    if (c) {
      this.matched('ceremonies', c.id);
      return c;
    }
    const what = v.ceremony ?? v.ceremony_ref!;
    if (!v.ceremony_date || !v.ceremony_organiser) {
      issue('ceremony', `no ceremony matches "${what}": add it first (tdkt ceremony add), or give ceremony_date and ceremony_organiser to create it`);
      return undefined;
    }
    if (!v.ceremony) {
      issue('ceremony', `is empty: give the name of the new ceremony ${v.ceremony_ref}`);
      return undefined;
    }
    const org = this.lookups.body(v.ceremony_organiser);
    if ('ambiguous' in org) {
      issue('ceremony_organiser', `"${v.ceremony_organiser}" matches ${org.ambiguous.join('; ')} — write its reference instead`);
      return undefined;
    }
    // The organiser may be created by a later row (as the body issuing another decision): the
    // hand-over waits for the end of the file.
    if ('missing' in org) return 'later';
    const ref = v.ceremony_ref ?? this.store.uniqueRef('ceremony', `${v.ceremony} ${v.ceremony_date}`);
    const values = { ref, name: v.ceremony, name_folded: this.parser.fold(v.ceremony), date: v.ceremony_date, place: v.ceremony_place, organiser_id: org.found.id, note: null };
    const id = this.store.create('ceremony', values);
    this.created('ceremony', ref, v.ceremony);
    c = { id, ref, name: v.ceremony, date: v.ceremony_date };
    this.lookups.addCeremony(c);
    this.summary.ceremonies.created++;
    return c;
  }

  // --------------------------------------------------------------------------------- duplicates

  /** The lines this file wrote, by (0, recipient, type, year) and (1, recipient, type, from, to) for regular merit. */
  private readonly awardKeys = new TupleBloom();
  /** The import began as a bulk load (the filter above is then not kept: once the indexes are back, the registry is asked every time). */
  private readonly bulkLoad: boolean;

  private duplicates(v: ValidRow, type: TypeRec, recipient: RecipientRec, decision: DecisionRec, issue: (k: string, m: string) => void): void {
    const { from, to } = v.achievement_period;
    // A recipient this file created holds only this file's lines: when the filter has not seen the
    // line's key, there is no twin to look for.
    const fresh = recipient.id > this.maxIdBefore.recipients;
    if (this.rowCreatedRecipient) {
      // A recipient created by this row has no awards yet.
    } else if (isAnnualTitle(type)) {
      let twin: Twin | undefined;
      if (this.fromMemory(annualKey(recipient.id, type.id, to))) {
        // none: the file has no such line, and the registry had no lines before
      } else if (!fresh || this.bulkLoad || this.awardKeys.mayHave(0, recipient.id, type.id, to)) {
        twin = this.stmt.annualTwin.get(recipient.id, type.id, to) as Twin | undefined;
      }
      if (twin) {
        issue(
          'achievement_period',
          `${recipient.name} already holds ${type.code} for ${to} ${this.where(twin)}: an annual title is conferred at most once per recipient and year`,
        );
      }
    } else if (v.commendation_kind === 'regular') {
      let twin: Twin | undefined;
      if (this.fromMemory(regularKey(recipient.id, type.id, from, to))) {
        // none, as above
      } else if (!fresh || this.bulkLoad || this.awardKeys.mayHave(1, recipient.id, type.id, from, to)) {
        twin = this.stmt.regularTwin.get(recipient.id, type.id, from, to) as Twin | undefined;
      }
      if (twin) {
        issue(
          'achievement_period',
          `${recipient.name} already received ${type.code} for ${formatPeriod(from, to)} ${this.where(twin)}: one achievement, one award — give another period, or mark a sudden deed in commendation_kind`,
        );
      }
    }
  }

  /**
   * During a bulk load the registry had no lines before, so the file's own lines in memory answer: true
   * when there is certainly no twin. When there may be one (a duplicate, or a key that cannot be
   * packed), the bulk load ends and the registry is asked, as it is otherwise (unless the filter says
   * there can be none).
   */
  private fromMemory(key: number | undefined): boolean {
    if (!this.lineKeys) return false;
    if (key !== undefined && !this.lineKeys.has(key)) return true;
    this.restoreIndexes();
    return false;
  }

  /** A line number already used in the decision: the unique index refused the insert; say where. */
  private lineTaken(v: ValidRow, decision: DecisionRec, issue: (k: string, m: string) => void): void {
    const taken = this.stmt.lineTaken.get(decision.id, v.line_no) as number | undefined;
    const row = taken === undefined ? undefined : this.rowOf(taken);
    issue('line_no', row !== undefined ? `line ${v.line_no} of decision ${decision.symbol} is already on row ${row} of this file` : `line ${v.line_no} of decision ${decision.symbol} is already taken (award #${taken})`);
  }

  /**
   * The line's number in its decision: the STT, or in a file whose sections number their rows from 1
   * again, the STT after the lines of the decision's earlier sections (II.1 after I.5 is line 6).
   */
  private lineNumber(stt: number | null, decisionId: number): number | null {
    if (stt === null || this.sectionNo === 0) return stt;
    let s = this.sectionLines.get(decisionId);
    if (!s) this.sectionLines.set(decisionId, (s = { max: 0, section: this.sectionNo, base: 0, stt: 0 }));
    else if (s.section !== this.sectionNo) {
      // A section that numbers from 1 again follows the lines before it; one that goes on (B. after A.) keeps its numbers' offset.
      s.section = this.sectionNo;
      if (stt <= s.stt) s.base = s.max;
    }
    s.stt = stt;
    const line = s.base + stt;
    if (line > s.max) s.max = line;
    return line;
  }

  private rowOf(awardId: number): number | undefined {
    return this.firstAwardId && awardId >= this.firstAwardId ? this.awardRows.get(awardId - this.firstAwardId) : undefined;
  }

  private where(twin: Twin): string {
    const row = this.rowOf(twin.id);
    return row !== undefined ? `(row ${row} of this file)` : `(decision ${twin.symbol}, ${twin.ref})`;
  }
}

/** Row numbers by index, 4 bytes each, in blocks (no copying as it grows). */
class RowNumbers {
  private readonly blocks: Int32Array[] = [];
  set(i: number, row: number): void {
    const b = i >>> 16;
    while (this.blocks.length <= b) this.blocks.push(new Int32Array(1 << 16));
    this.blocks[b][i & 0xffff] = row;
  }
  get(i: number): number | undefined {
    const v = this.blocks[i >>> 16]?.[i & 0xffff];
    return v ? v : undefined;
  }
}

function singleKind(type: TypeRec | undefined): string | undefined {
  if (!type || type.recipient_kinds.includes(',')) return undefined;
  return { C: 'collective', I: 'individual', H: 'household' }[type.recipient_kinds];
}

/** The row of column numbers under a Vietnamese annex's header: 1, 2, 3, … or (1), (2), (3), … */
function isNumberingRow(cells: (string | null)[]): boolean {
  const filled = cells.filter((c): c is string => c !== null && c.trim() !== '');
  return filled.length >= 3 && filled.every((c, i) => c.trim().replace(/^\((\d+)\)$/, '$1') === String(i + 1));
}

function whereOf(i: RowIssue): string {
  return i.header ? `row ${i.row}, column «${i.header}»` : `row ${i.row}`;
}

/** One line per problem for an errors file's reason column. */
export function reasonOf(issues: RowIssue[]): string {
  return issues.map((i) => (i.header ? `«${i.header}»: ${i.message}` : i.message)).join('; ');
}
