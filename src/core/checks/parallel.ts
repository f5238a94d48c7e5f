/**
 * The rules run on write over a large import's lines, on two cores: the recipients' groups alternate
 * between this thread and a worker thread (dist/checks-worker.cjs, checks-worker.ts) reading the same
 * registry file through its own read-only connection. The lines must therefore be committed: the import
 * runs its rules this way only when their findings are warnings (not strict, not a dry run). The
 * findings, their order and their counts are those of collectFindingsForLines. Read-only.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { DB } from '../tables.js';
import { BoundedFindings, judgeGroups, recipientGroups, type KeptFindings, type LineFindings } from './run.js';

export interface ChecksWorkerData {
  path: string;
  groups: number[][];
  from: number;
  max: number;
}

export type ChecksWorkerMessage = { t: 'done'; kept: KeptFindings } | { t: 'error'; message: string; stack?: string };

/**
 * collectFindingsForLines for the lines from `from` on, committed in the registry file at `path`, with half
 * the groups judged by `script`; `opts.raw` is the connection under `db` (see judgeGroups).
 */
export async function collectFindingsInParallel(
  db: Kysely<DB>,
  path: string,
  from: number,
  opts: { max: number; script: string; raw?: BetterSqlite3.Database },
): Promise<LineFindings> {
  const lines = { from };
  const groups = await recipientGroups(db, lines);
  if (groups.length < 2) {
    const out = new BoundedFindings(opts.max);
    await judgeGroups(db, groups, lines, undefined, out, opts.raw);
    return out.result();
  }
  const { Worker } = await import('node:worker_threads');
  const data: ChecksWorkerData = { path, groups: groups.filter((_, i) => i % 2 === 1), from, max: opts.max };
  // A small heap: the worker's garbage is short-lived, it holds one group's facts at a time, and its
  // memory adds to the import's (should it run out, this thread judges everything instead).
  const worker = new Worker(opts.script, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 } });
  const theirs = new Promise<KeptFindings>((resolve, reject) => {
    worker.once('message', (m: ChecksWorkerMessage) => {
      if (m.t === 'done') resolve(m.kept);
      else {
        const e = new Error(m.message);
        if (m.stack) e.stack = m.stack;
        reject(e);
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the worker running the rules stopped (exit ${code}) before it was done`)));
  });
  // A failure on this side must not leave the worker's rejection unhandled.
  theirs.catch(() => {});
  try {
    const out = new BoundedFindings(opts.max);
    await judgeGroups(db, groups.filter((_, i) => i % 2 === 0), lines, undefined, out, opts.raw);
    out.absorb(await theirs);
    return out.result();
  } finally {
    void worker.terminate();
  }
}
