/**
 * Bulk import of award lines (one row per line of a decision's annex), all or nothing.
 *
 * The whole file is read inside ONE write transaction (run.ts reads, checks and writes it row by row),
 * so the registry itself, not a copy in memory, answers "is this a duplicate?" — of a line already
 * recorded or of an earlier row of the same file. A bad row is reported and the rest still checked; at
 * the end any bad row (or a dry run) rolls everything back, so the registry is unchanged. Every created
 * record gets its audit event in the same transaction and hash chain as `award add`. Then the rules run
 * on write judge the lines: inside the transaction (a refusal when strict), or after the commit on two
 * threads when their findings are warnings.
 */
import type { Readable } from 'node:stream';
import type { Registry, Tx } from '../db.js';
import { InvalidError, type Issue } from '../errors.js';
import { checkLines } from '../checks/write.js';
import { collectFindingsInParallel } from '../checks/parallel.js';
import { collectFindingsForLines, type LineFindings } from '../checks/run.js';
import { loadSettings } from '../settings/settings.js';
import type { Finding, Severity } from '../law/finding.js';
import { ImportConnection } from './connection.js';
import type { ImportFormat } from './readers/source.js';
import { ImportRun } from './run.js';
import { IMPORT_RUN, IMPORT_WHERE } from '../../i18n/messages/core-io-import.js';

export { danglingReferences } from './connection.js';

export interface ImportAwardsOptions {
  format: ImportFormat;
  /** The file's name in messages ("-" is shown as "stdin"). */
  name: string;
  /** The file's path, when the input is a file (an XLSX workbook is read from it). */
  path?: string;
  /** XLSX: the sheet to read (default: the first that is not hidden). */
  sheet?: string;
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
  /**
   * CSV/TSV from a file: read and parse it in a worker thread running `script` (the built parse-worker,
   * dist/import-worker.cjs), so that parsing overlaps the checks and writes; `input` is then not read.
   */
  parseWorker?: { path: string; script: string };
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
  onFindings?: (findings: Finding[], total: number, counts: Record<Severity, number>) => void;
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

/**
 * Imports award lines from `input` (CSV, TSV, XLSX, JSON or NDJSON). One transaction: everything or,
 * when any row is bad, nothing (ImportError lists every bad row). Writes the registry unless `dryRun`.
 */
export async function importAwards(reg: Registry, input: Readable, opts: ImportAwardsOptions): Promise<ImportSummary> {
  // On a server: this same import, run on a SQLite stage of the registry, and its rows written back.
  if (reg.engine === 'postgres') return (await import('./staged.js')).importStaged(reg, input, opts, importAwards);
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
  const conn = new ImportConnection(reg, Boolean(opts.dryRun));
  try {
    const afterCommit = await reg.write(async (trx, audit) => {
      let run: ImportRun | undefined = new ImportRun(reg, trx, audit, conn, opts, summary);
      await run.read(input);
      await run.presentDeferred();
      run.finish();
      run.complete();
      const firstAwardId = run.firstAwardId;
      // What matching remembered (names, caches) is let go before the rules load their facts.
      run = undefined;
      const strict = opts.strict ?? (await loadSettings(trx)).strict;
      // Warnings can wait for the commit, and then be judged on two threads; a refusal cannot.
      if (firstAwardId && opts.checksWorker && !strict && !opts.dryRun && reg.path !== ':memory:') return firstAwardId;
      await checkChains(trx, firstAwardId, { ...opts, strict }, summary);
      if (opts.dryRun) throw new DryRunDone();
      return 0;
    });
    conn.restore();
    if (afterCommit) await checkCommitted(reg, afterCommit, opts, summary);
  } catch (e) {
    if (!(e instanceof DryRunDone)) throw e;
  } finally {
    input.destroy();
    conn.restore();
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
      const err = new Error(IMPORT_RUN.rulesFailed(summary.file, summary.awards.created, (e as Error).message));
      err.stack = (e as Error).stack;
      throw err;
    }
  }
  reportFindings(result, opts, summary);
}

/** The rules' findings into the summary (counts) and to the caller (the first ones). */
function reportFindings(result: LineFindings, opts: ImportAwardsOptions, summary: ImportSummary): void {
  summary.findings = { ...result.counts };
  if (result.total) opts.onFindings?.(result.findings, result.total, result.counts);
}

export function whereOf(i: RowIssue): string {
  return i.header ? IMPORT_WHERE.rowHeader(i.row, i.header) : IMPORT_WHERE.row(i.row);
}

/** One line per problem for an errors file's reason column. */
export function reasonOf(issues: RowIssue[]): string {
  return issues.map((i) => (i.header ? `«${i.header}»: ${i.message}` : i.message)).join('; ');
}
