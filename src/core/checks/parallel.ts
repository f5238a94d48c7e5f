/**
 * The rules run on write over a large import's lines, on two cores: this thread and a worker thread
 * (dist/checks-worker.cjs, checks-worker.ts) each take the next group of recipients in turn, the worker
 * reading the same registry file through its own read-only connection. The lines must therefore be
 * committed: the import runs its rules this way only when their findings are warnings (not strict, not
 * a dry run), and should the worker fail, it judges everything again on one thread. The findings,
 * their order and their counts are those of collectFindingsForLines. Read-only.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { DB } from '../tables.js';
import { getLang, type Lang } from '../../i18n/index.js';
import { BoundedFindings, judgeGroups, recipientGroups, takeFrom, type KeptFindings, type LineFindings } from './run.js';

export interface ChecksWorkerData {
  path: string;
  from: number;
  max: number;
  /** The worker's first group, so that it starts at once; it asks for the others. */
  first: number[];
  /** The run's language: the findings' texts are made in the worker. */
  lang: Lang;
}

/** From the worker: the next group, please; its result; or its failure. */
export type ChecksWorkerMessage = { t: 'next' } | { t: 'done'; kept: KeptFindings } | { t: 'error'; message: string; stack?: string };
/** To the worker: a group to judge, or null when there are none left. */
export type ChecksMainMessage = { t: 'group'; group: number[] | null };

/**
 * collectFindingsForLines for the lines from `from` on, committed in the registry file at `path`, judged
 * here and by `script` together: each takes the next group of recipients when it is done with one, so
 * both finish at about the same time whatever their speed. `opts.raw` is the connection under `db` (see
 * judgeGroups).
 */
export async function collectFindingsInParallel(
  db: Kysely<DB>,
  path: string,
  from: number,
  opts: { max: number; script: string; raw?: BetterSqlite3.Database; onShare?: (groups: { here: number; worker: number }) => void },
): Promise<LineFindings> {
  const lines = { from };
  const groups = await recipientGroups(db, lines);
  const out = new BoundedFindings(opts.max);
  if (groups.length < 2) {
    await judgeGroups(db, groups, lines, undefined, out, opts.raw);
    return out.result();
  }
  // The worker starts with the first group; then each side asks for the next.
  const take = takeFrom(groups);
  const share = { here: 0, worker: 1 };
  const { Worker } = await import('node:worker_threads');
  const data: ChecksWorkerData = { path, from, max: opts.max, first: take()!, lang: getLang() };
  // A small heap: the worker's garbage is short-lived, it holds one group's facts at a time, and its
  // memory adds to the import's (should it run out, this thread judges everything instead).
  const worker = new Worker(opts.script, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 } });
  const theirs = new Promise<KeptFindings>((resolve, reject) => {
    worker.on('message', (m: ChecksWorkerMessage) => {
      if (m.t === 'next') {
        const group = take() ?? null;
        if (group) share.worker++;
        worker.postMessage({ t: 'group', group } satisfies ChecksMainMessage);
      } else if (m.t === 'done') resolve(m.kept);
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
    // Between two groups, the worker's requests are answered: reading the registry here never waits
    // on anything, so without this turn of the event loop this thread would take every group.
    const mine = async () => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      const group = take();
      if (group) share.here++;
      return group;
    };
    await judgeGroups(db, mine, lines, undefined, out, opts.raw);
    out.absorb(await theirs);
    opts.onShare?.(share);
    return out.result();
  } finally {
    void worker.terminate();
  }
}
