/**
 * Backups and restores. A backup is a consistent copy taken with SQLite's online backup while clerks may
 * be writing; a restore verifies the backup first, keeps the replaced file aside, and writes the backup
 * into the registry through SQLite, so a process that still has the registry open sees either the old
 * or the restored content, never a mix.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, readSync, renameSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { AUDITED_ENTITIES } from '../audit.js';
import { compactStamp, copyAside, copyDatabase, openRegistry, openSqlite, removeWithJournals, uniquePath, type OpenOptions, type Registry } from '../db.js';
import { BACKUP } from '../../i18n/messages/scale.js';
import { InvalidError, NotFoundError, VerificationError } from '../errors.js';
import { checkOutputPath } from './output.js';
import { verifyRegistry } from './verify.js';
import type { CopyReport } from '../copy.js';

export interface RegistrySummary {
  path: string;
  bytes: number;
  schema_version: number;
  events: number;
  /** When the last audit event was written. */
  last_change: string | null;
  head: { id: number; hash: string } | null;
}

/** Size, schema, number of audit events and the last one. Read-only. */
export function summarise(reg: Registry): RegistrySummary {
  return summariseConnection(reg.sqlite, reg.path);
}

function summariseConnection(sqlite: Database.Database, path: string): RegistrySummary {
  const last = sqlite.prepare('SELECT id, hash, at FROM audit_event ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string; at: string } | undefined;
  const events = (sqlite.prepare('SELECT count(*) AS n FROM audit_event').get() as { n: number }).n;
  return {
    path,
    bytes: path !== ':memory:' && existsSync(path) ? statSync(path).size : 0,
    schema_version: sqlite.pragma('user_version', { simple: true }) as number,
    events,
    last_change: last?.at ?? null,
    head: last ? { id: last.id, hash: last.hash } : null,
  };
}

export interface BackupResult extends RegistrySummary {
  /**
   * How the copy was checked: read back and compared with the registry file byte for byte (copyWhole),
   * or, copied from a snapshot partly in the WAL, its pages read and its history compared (checkCopy).
   */
  checked: { how: 'bytes'; bytes: number } | { how: 'pages'; pages: number; tables: number };
}

/** The audited tables' rows, counted, with the highest id: what the copy must hold as the registry does. */
function tableCounts(sqlite: Database.Database): Map<string, string> {
  const tables = new Set(sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[]);
  const out = new Map<string, string>();
  for (const t of ['audit_event', ...AUDITED_ENTITIES]) {
    if (!tables.has(t)) continue;
    const r = sqlite.prepare(`SELECT count(*) AS n, max(id) AS last FROM "${t}"`).get() as { n: number; last: number | null };
    out.set(t, `${r.n} ${r.last}`);
  }
  return out;
}

/**
 * Checks the copy for what only a copy can get wrong, against the registry as read in the snapshot the
 * copy was taken of (`expected`): the file is whole (its size is its pages), SQLite reads every page of it as
 * sound (quick_check: the b-trees and their records well formed), and it holds the registry's history —
 * the same audit head (event id and hash), and in every audited table as many rows up to the same last
 * id. Whether that history is itself sound (the hash chain, every row against its event, integrity of
 * the indexes) is the registry's own question, which tdkt audit verify answers: the copy reproduces it.
 * Throws a VerificationError naming what differs. Read-only.
 */
function checkCopy(copy: Database.Database, path: string, shown: string, expected: { head: RegistrySummary['head']; counts: Map<string, string> }): BackupResult['checked'] {
  const issues: { where: string; message: string }[] = [];
  let pages = 0;
  try {
    const pageSize = copy.pragma('page_size', { simple: true }) as number;
    pages = copy.pragma('page_count', { simple: true }) as number;
    const bytes = statSync(path).size;
    if (bytes !== pages * pageSize) issues.push({ where: shown, message: BACKUP.notWhole(bytes, pages, pageSize) });
    const quick = (copy.pragma('quick_check') as Record<string, string>[]).map((r) => Object.values(r)[0]).filter((m) => m !== 'ok');
    for (const m of quick.slice(0, 10)) issues.push({ where: 'quick_check', message: m });
    const head = copy.prepare('SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
    if ((head?.id ?? null) !== (expected.head?.id ?? null) || (head?.hash ?? null) !== (expected.head?.hash ?? null)) {
      issues.push({ where: 'audit_event', message: BACKUP.otherHead(head ? `#${head.id} ${head.hash.slice(0, 16)}` : '-', expected.head ? `#${expected.head.id} ${expected.head.hash.slice(0, 16)}` : '-') });
    }
    const counts = tableCounts(copy);
    for (const [table, want] of expected.counts) {
      const have = counts.get(table);
      if (have !== want) issues.push({ where: table, message: BACKUP.otherRows(have ?? '-', want) });
    }
  } catch (e) {
    issues.push({ where: shown, message: BACKUP.unreadable((e as Error).message) });
  }
  if (issues.length) throw new VerificationError(BACKUP.copyUnsound(shown), { issues, hint: BACKUP.copyUnsoundHint() });
  return { how: 'pages', pages, tables: expected.counts.size };
}

/** checkCopy, for tests. */
export const checkCopyForTest = checkCopy;

/**
 * A server's registry backed up into a SQLite file: a logical copy (tdkt copy, proven by equal counts per
 * table and the audit trail verified in the copy) written beside `dest` and moved into place only when
 * complete, after the same checks of the path as a file's backup.
 */
export async function backupServerRegistry(url: string, dest: string, opts: { overwrite?: boolean; clock?: OpenOptions['clock'] } = {}): Promise<CopyReport & { bytes: number }> {
  const target = resolve(dest);
  checkOutputPath(target, { overwrite: opts.overwrite, shown: dest });
  const partial = `${target}.${randomBytes(4).toString('hex')}.partial`;
  const { copyRegistry } = await import('../copy.js');
  try {
    const report = await copyRegistry(url, partial, { clock: opts.clock });
    renameSync(partial, target);
    return { ...report, to: dest, bytes: statSync(target).size };
  } finally {
    removeWithJournals(partial);
  }
}

/**
 * Copies the open registry to `dest` (a new file, unless `overwrite`), with SQLite's online backup of
 * one snapshot of it (clerks may be writing meanwhile), and checks the copy against that snapshot
 * (checkCopy). The copy is written beside `dest` and renamed into place once complete and checked, so
 * `dest` never holds half a backup. Writes only `dest`; works on a read-only registry.
 */
export async function backupRegistry(reg: Registry, dest: string, opts: { overwrite?: boolean } = {}): Promise<BackupResult> {
  const target = resolve(dest);
  if (target === resolve(reg.path)) throw new InvalidError(BACKUP.itself(), { hint: BACKUP.itselfHint() });
  checkOutputPath(target, { registry: reg.path, overwrite: opts.overwrite, shown: dest });
  const partial = `${target}.${randomBytes(4).toString('hex')}.partial`;
  try {
    // One read transaction: the copy is of the snapshot the head and counts are read from.
    reg.sqlite.exec('BEGIN');
    let checked: BackupResult['checked'] | undefined;
    let expected: { head: RegistrySummary['head']; counts: Map<string, string> } | undefined;
    try {
      const head = summarise(reg).head;
      try {
        if (fileIsSnapshot(reg)) {
          // Nothing of the snapshot is in the WAL, and the read lock keeps the file as it is: the file is
          // the snapshot, copied as it is and compared byte for byte.
          checked = copyWhole(reg.path, partial, dest);
        } else {
          expected = { head, counts: tableCounts(reg.sqlite) };
          await copyDatabase(reg.sqlite, partial);
        }
      } catch (e) {
        if (e instanceof VerificationError) throw e;
        throw new InvalidError(BACKUP.cannotWrite(dest, (e as Error).message), { hint: BACKUP.cannotWriteHint() });
      }
    } finally {
      reg.sqlite.exec('COMMIT');
    }
    const copy = openSqlite(partial, { readonly: true, fileMustExist: true });
    let summary: RegistrySummary;
    try {
      checked ??= checkCopy(copy, partial, dest, expected!);
      summary = summariseConnection(copy, dest);
    } finally {
      copy.close();
    }
    renameSync(partial, target);
    return { ...summary, path: dest, bytes: statSync(target).size, checked };
  } finally {
    removeWithJournals(partial);
  }
}

/**
 * Whether the registry file holds the whole snapshot the connection reads (in a read transaction): a
 * file on disk (not a copy in memory) whose WAL holds no frame. Then neither a writer (its commits go
 * to the WAL) nor a checkpoint (it copies nothing past a reader's snapshot) changes the file until the
 * transaction ends; a file in rollback-journal mode is kept as it is by the read lock itself.
 */
function fileIsSnapshot(reg: Registry): boolean {
  if (reg.path === ':memory:' || reg.sqlite.memory) return false;
  const mode = reg.sqlite.pragma('journal_mode', { simple: true }) as string;
  if (mode !== 'wal') return mode === 'delete' || mode === 'truncate' || mode === 'persist';
  try {
    return statSync(`${reg.path}-wal`).size === 0;
  } catch {
    return true;
  }
}

/** Copies the file `from` to `to`, flushed to disk, and reads both back to compare them: the copy's check when it is the file itself. */
function copyWhole(from: string, to: string, shown: string): BackupResult['checked'] {
  copyFileSync(from, to);
  const size = statSync(from).size;
  const a = openSync(from, 'r');
  const b = openSync(to, 'r+');
  try {
    fsyncSync(b);
    const x = Buffer.allocUnsafe(1 << 20);
    const y = Buffer.allocUnsafe(1 << 20);
    for (let at = 0; ; ) {
      const n = readSync(a, x, 0, x.length, at);
      const m = readSync(b, y, 0, y.length, at);
      if (n !== m || !x.subarray(0, n).equals(y.subarray(0, m))) {
        throw new VerificationError(BACKUP.copyUnsound(shown), { issues: [{ where: shown, message: BACKUP.bytesDiffer(at) }], hint: BACKUP.copyUnsoundHint() });
      }
      if (n === 0) break;
      at += n;
    }
    if (statSync(to).size !== size) throw new VerificationError(BACKUP.copyUnsound(shown), { issues: [{ where: shown, message: BACKUP.bytesDiffer(size) }], hint: BACKUP.copyUnsoundHint() });
  } finally {
    closeSync(a);
    closeSync(b);
  }
  return { how: 'bytes', bytes: size };
}

export interface RestoreResult {
  /** Where the replaced registry was kept, or null when there was none. */
  replaced: string | null;
  restored: RegistrySummary;
}

/**
 * Checks that `source` is a sound registry backup: SQLite integrity, foreign keys, audit chain, rows
 * against their events, schema. Throws a VerificationError listing the first problems. Read-only.
 */
export async function verifyBackup(source: string): Promise<RegistrySummary> {
  if (!existsSync(source)) throw new NotFoundError(BACKUP.noBackup(source));
  const reg = await openRegistry(source, { readOnly: true, asIs: true });
  try {
    const report = await verifyRegistry(reg);
    if (!report.ok) {
      const n = report.problems.length + report.more;
      throw new VerificationError(BACKUP.backupFails(source, n), {
        issues: report.problems.slice(0, 10).map((p) => ({ where: p.where, message: p.message })),
        hint: BACKUP.seeEvery(source),
      });
    }
    return summarise(reg);
  } finally {
    await reg.close();
  }
}

/**
 * Replaces the registry at `target` with the backup `source` after verifying it. The replaced file is
 * first copied aside (`<target>.before-restore-<time>.bak`). Writes `target` in one SQLite transaction.
 */
export async function restoreRegistry(target: string, source: string, opts: Pick<OpenOptions, 'clock'> = {}): Promise<RestoreResult> {
  if (resolve(target) === resolve(source)) throw new InvalidError(BACKUP.isRegistry(), { hint: BACKUP.isRegistryHint() });
  await verifyBackup(source);
  const now = (opts.clock ?? (() => new Date()))().toISOString();
  let replaced: string | null = null;
  if (existsSync(target)) {
    replaced = uniquePath(`${target}.before-restore-${compactStamp(now)}`, '.bak');
    await copyAside(target, replaced);
  }
  const src = await openRegistry(source, { readOnly: true, asIs: true });
  try {
    try {
      await copyDatabase(src.sqlite, target);
    } catch (e) {
      // The registry is not an SQLite file SQLite can write into (damaged): it is kept aside, so start afresh.
      if (!replaced) throw e;
      removeWithJournals(target);
      await copyDatabase(src.sqlite, target);
    }
  } finally {
    await src.close();
  }
  const restored = await openRegistry(target, { readOnly: true, asIs: true });
  try {
    const report = await verifyRegistry(restored);
    if (!report.ok) {
      throw new VerificationError(BACKUP.restoredFails(target), {
        issues: report.problems.slice(0, 10).map((p) => ({ where: p.where, message: p.message })),
        hint: replaced ? BACKUP.replacedKept(replaced) : undefined,
      });
    }
    return { replaced, restored: summarise(restored) };
  } finally {
    await restored.close();
  }
}

/**
 * Whether the backup `source` extends the history of the registry at `target`: it holds the registry's
 * head event, with the same hash. Null when it does; else what it is (an older history, another
 * registry or a rewritten one). Read-only.
 */
export async function chainDifference(target: string, source: string): Promise<string | null> {
  if (!existsSync(target)) return null;
  let head: { id: number; hash: string } | undefined;
  try {
    const cur = await openRegistry(target, { readOnly: true, asIs: true });
    try {
      head = cur.sqlite.prepare('SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1').get() as typeof head;
    } finally {
      await cur.close();
    }
  } catch {
    return null; // the current file cannot be read: nothing to compare with (it is kept aside anyway)
  }
  if (!head) return null;
  const src = await openRegistry(source, { readOnly: true, asIs: true });
  try {
    const same = src.sqlite.prepare('SELECT hash FROM audit_event WHERE id = ?').pluck().get(head.id) as string | undefined;
    if (same === head.hash) return null;
    const last = (src.sqlite.prepare('SELECT max(id) FROM audit_event').pluck().get() as number | null) ?? 0;
    if (same === undefined) return BACKUP.endsBefore(last, head.id);
    return BACKUP.differsAt(head.id);
  } finally {
    await src.close();
  }
}
