/**
 * Backups and restores. A backup is a consistent copy taken with SQLite's online backup while clerks may
 * be writing; a restore verifies the backup first, keeps the replaced file aside, and writes the backup
 * into the registry through SQLite, so a process that still has the registry open sees either the old
 * or the restored content, never a mix.
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { compactStamp, copyAside, copyDatabase, openRegistry, uniquePath, type OpenOptions, type Registry } from '../db.js';
import { InvalidError, NotFoundError, VerificationError } from '../errors.js';
import { checkOutputPath } from './output.js';
import { verifyRegistry, type VerifyReport } from './verify.js';

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
  const last = reg.sqlite.prepare('SELECT id, hash, at FROM audit_event ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string; at: string } | undefined;
  const events = (reg.sqlite.prepare('SELECT count(*) AS n FROM audit_event').get() as { n: number }).n;
  return {
    path: reg.path,
    bytes: existsSync(reg.path) ? statSync(reg.path).size : 0,
    schema_version: reg.sqlite.pragma('user_version', { simple: true }) as number,
    events,
    last_change: last?.at ?? null,
    head: last ? { id: last.id, hash: last.hash } : null,
  };
}

export interface BackupResult extends RegistrySummary {
  /** The copy's own verification (it reproduces the registry, problems included). */
  verification: VerifyReport;
}

/**
 * Copies the open registry to `dest` (a new file, unless `overwrite`). The copy is written beside `dest`
 * and renamed into place once complete and verified, so `dest` never holds half a backup. Writes only
 * `dest`; works on a read-only registry.
 */
export async function backupRegistry(reg: Registry, dest: string, opts: { overwrite?: boolean } = {}): Promise<BackupResult> {
  const target = resolve(dest);
  if (target === resolve(reg.path)) throw new InvalidError('The backup cannot be the registry itself', { hint: 'Give another file name.' });
  checkOutputPath(target, { registry: reg.path, overwrite: opts.overwrite, shown: dest });
  const partial = `${target}.${randomBytes(4).toString('hex')}.partial`;
  try {
    try {
      await copyDatabase(reg.sqlite, partial);
    } catch (e) {
      throw new InvalidError(`Cannot write the backup ${dest}: ${(e as Error).message}`, { hint: 'Check that its folder is writable and has space; nothing was written.' });
    }
    const copy = await openRegistry(partial, { readOnly: true, asIs: true });
    let verification: VerifyReport;
    let summary: RegistrySummary;
    try {
      verification = await verifyRegistry(copy);
      summary = summarise(copy);
    } finally {
      await copy.close();
    }
    renameSync(partial, target);
    return { ...summary, path: dest, bytes: statSync(target).size, verification };
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(partial + suffix, { force: true });
  }
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
  if (!existsSync(source)) throw new NotFoundError(`No backup at ${source}`);
  const reg = await openRegistry(source, { readOnly: true, asIs: true });
  try {
    const report = await verifyRegistry(reg);
    if (!report.ok) {
      const n = report.problems.length + report.more;
      throw new VerificationError(`The backup ${source} fails verification (${n} problem${n === 1 ? '' : 's'}); nothing was restored`, {
        issues: report.problems.slice(0, 10).map((p) => ({ where: p.where, message: p.message })),
        hint: `See every problem with: tdkt --db ${source} --read-only audit verify`,
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
  if (resolve(target) === resolve(source)) throw new InvalidError('The backup is the registry itself', { hint: 'Give the path of a backup file.' });
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
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(target + suffix, { force: true });
      await copyDatabase(src.sqlite, target);
    }
  } finally {
    await src.close();
  }
  const restored = await openRegistry(target, { readOnly: true, asIs: true });
  try {
    const report = await verifyRegistry(restored);
    if (!report.ok) {
      throw new VerificationError(`The restored registry ${target} fails verification`, {
        issues: report.problems.slice(0, 10).map((p) => ({ where: p.where, message: p.message })),
        hint: replaced ? `The file it replaced is kept at ${replaced}.` : undefined,
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
    if (same === undefined) return `the backup's history ends at event #${last}, before the registry's head (event #${head.id}): restoring it drops the changes since`;
    return `event #${head.id} differs between the backup and the registry: the backup is another registry, or a rewritten history`;
  } finally {
    await src.close();
  }
}
