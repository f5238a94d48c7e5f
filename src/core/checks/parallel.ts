/**
 * The rules over many recipients on two cores: this thread and a worker thread (dist/checks-worker.cjs,
 * checks-worker.ts) each take the next group of recipients in turn, the worker reading the same
 * registry file through its own read-only connection. The lines must therefore be committed: an import
 * runs its rules this way only when their findings are warnings (not strict, not a dry run); `tdkt check`
 * runs this way over a registry of more than one group. Should the worker fail, everything is judged
 * again on one thread. The findings, their order and their counts are those of one thread. Read-only.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Registry } from '../db.js';
import type { Finding } from '../law/finding.js';
import type { DB } from '../tables.js';
import { getLang, type Lang } from '../../i18n/index.js';
import {
  BoundedFindings,
  CheckCollector,
  judgeGroups,
  judgeScope,
  recipientGroups,
  resolveScope,
  scopeGroups,
  takeFrom,
  type CheckOptions,
  type CollectedData,
  type GroupSource,
  type KeptFindings,
  type LineFindings,
  type Scope,
  type SummaryRow,
} from './run.js';
import { FindingSpool, makeSpoolDir, mergeRuns, removeSpoolDir, renderFinding, type SpoolFormat } from './spool.js';
import type { Severity } from '../law/finding.js';

export interface ChecksWorkerData {
  path: string;
  /** The worker's first group, so that it starts at once; it asks for the others. */
  first: number[];
  /** The run's language: the findings' texts are made in the worker. */
  lang: Lang;
  /** An import's lines: those from this id on, the first `max` findings kept … */
  from?: number;
  max: number;
  /** … or a check's scope, its findings spooled into this folder when given (else the first `max` kept). */
  scope?: Scope;
  spool?: string;
  /** Findings per spooled run (default: spool.ts RUN). */
  run?: number;
  /** The format spooled findings are written in. */
  format?: SpoolFormat;
}

/** From the worker: the next group, please; its result; or its failure. */
export type ChecksWorkerMessage =
  | { t: 'next' }
  | { t: 'done'; kept: KeptFindings }
  | { t: 'checked'; collected: CollectedData; runs: string[] }
  | { t: 'error'; message: string; stack?: string };
/** To the worker: a group to judge, or null when there are none left. */
export type ChecksMainMessage = { t: 'group'; group: number[] | null };

/**
 * Runs `here` on this thread and the worker `script` (started with `data` and the first group) side by
 * side, each taking the next of `groups` when done with one, so both finish at about the same time
 * whatever their speed. Resolves with the worker's last message.
 */
async function shareGroups(
  groups: number[][],
  script: string,
  data: Omit<ChecksWorkerData, 'first' | 'lang'>,
  here: (next: GroupSource) => Promise<void>,
  opts: { oldGenerationMb: number; onShare?: (groups: { here: number; worker: number }) => void },
): Promise<Exclude<ChecksWorkerMessage, { t: 'next' } | { t: 'error' }>> {
  // The worker starts with the first group; then each side asks for the next.
  const take = takeFrom(groups);
  const share = { here: 0, worker: 1 };
  const { Worker } = await import('node:worker_threads');
  const workerData: ChecksWorkerData = { ...data, first: take()!, lang: getLang() };
  // A small heap: the worker's garbage is short-lived, it holds one group's facts at a time, and its
  // memory adds to this process's (should it run out, this thread judges everything instead).
  const worker = new Worker(script, { workerData, resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: opts.oldGenerationMb } });
  const theirs = new Promise<Exclude<ChecksWorkerMessage, { t: 'next' } | { t: 'error' }>>((resolve, reject) => {
    worker.on('message', (m: ChecksWorkerMessage) => {
      if (m.t === 'next') {
        const group = take() ?? null;
        if (group) share.worker++;
        worker.postMessage({ t: 'group', group } satisfies ChecksMainMessage);
      } else if (m.t === 'error') {
        const e = new Error(m.message);
        if (m.stack) e.stack = m.stack;
        reject(e);
      } else resolve(m);
    });
    worker.once('error', reject);
    // i18n-ignore: an internal failure, caught by the caller (it judges everything on one thread)
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
    await here(mine);
    const result = await theirs;
    opts.onShare?.(share);
    return result;
  } finally {
    void worker.terminate();
  }
}

/**
 * collectFindingsForLines for the lines from `from` on, committed in the registry file at `path`, judged
 * here and by `script` together. `opts.raw` is the connection under `db` (see judgeGroups).
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
  const m = await shareGroups(groups, opts.script, { path, from, max: opts.max }, (next) => judgeGroups(db, next, lines, undefined, out, opts.raw), {
    oldGenerationMb: 64,
    onShare: opts.onShare,
  });
  if (m.t !== 'done') throw new Error('unexpected message from the worker'); // i18n-ignore: cannot happen
  out.absorb(m.kept);
  return out.result();
}

/** Findings listed at most without spooling them to disk: beyond, every finding is spooled and the list cut. */
const KEEP_IN_MEMORY = 10_000;

export interface CheckRun {
  scope: Scope;
  /** Award lines judged. */
  lines: number;
  total: number;
  counts: Record<Severity, number>;
  /** Counts and first examples per rule and severity. */
  summary: SummaryRow[];
  /** The findings listed (the first `list`, or every one), in the total order, in batches. */
  findings(): Iterable<Finding[]>;
  /** The same as text in the run's format (see checkRegistry): one string per finding, in batches. */
  texts(): Iterable<string[]>;
  /** Removes the spooled findings; call it once done with them. */
  dispose(): void;
}

/**
 * `tdkt check`: judges the scope of `opts` over the registry (on two threads when it holds more than
 * one group of recipients and `worker` is given), counting every finding per rule and severity and
 * keeping the first `list` in the total order ('all': every one, spooled to disk as needed). Memory
 * stays bounded whatever the registry's size. Read-only.
 */
export async function checkRegistry(
  reg: Registry,
  opts: CheckOptions,
  how: {
    list: number | 'all';
    worker?: string;
    /** Findings per spooled run (tests make it small). */
    run?: number;
    /** The format of texts() (default ndjson): spooled findings are kept as that text. */
    format?: SpoolFormat;
  },
): Promise<CheckRun> {
  const scope = await resolveScope(reg.db, opts);
  const groups = await scopeGroups(reg.db, scope);
  // The worker's page cache is 8 MB (checks-worker.ts); this connection's default is twice that, which a
  // check's peak memory can spare less than the few re-read pages cost.
  // On PostgreSQL the facts are read through Kysely, on one thread (the worker opens a SQLite file).
  const raw = reg.engine === 'sqlite' ? reg.sqlite : undefined;
  if (raw && groups.length >= 2 && !raw.memory) raw.pragma('cache_size = -8192');
  const spooled = how.list === 'all' || how.list > KEEP_IN_MEMORY;
  const limit = how.list === 'all' ? Number.POSITIVE_INFINITY : how.list;
  const format = how.format ?? 'ndjson';
  let dir = spooled ? makeSpoolDir() : undefined;
  try {
    const judge = async (parallel: boolean) => {
      const spool = dir ? new FindingSpool(dir, 'main', format, how.run) : undefined;
      const out = new CheckCollector({ keep: spooled ? 0 : limit, spool });
      let runs: string[] = [];
      if (parallel) {
        const m = await shareGroups(groups, how.worker!, { path: reg.path, max: spooled ? 0 : limit, scope, spool: dir, run: how.run, format }, (next) => judgeScope(reg.db, next, scope, out, raw), {
          oldGenerationMb: 64,
        });
        if (m.t !== 'checked') throw new Error('unexpected message from the worker'); // i18n-ignore: cannot happen
        out.absorb(m.collected);
        runs = m.runs;
      } else {
        await judgeScope(reg.db, takeFrom(groups), scope, out, raw);
      }
      if (spool && (runs.length || spool.runs.length)) spool.flush();
      return { out, spool, runs: [...(spool?.runs ?? []), ...runs] };
    };
    let judged: Awaited<ReturnType<typeof judge>>;
    if (how.worker && raw && groups.length >= 2 && reg.path !== ':memory:') {
      try {
        judged = await judge(true);
      } catch {
        // The worker failed (out of memory, a missing bundle): everything again, on this thread.
        if (dir) removeSpoolDir(dir);
        dir = spooled ? makeSpoolDir() : undefined;
        judged = await judge(false);
      }
    } else judged = await judge(false);
    const { out, spool, runs } = judged;
    const held = spool ? spool.takeHeld() : [];
    const spoolDir = dir;
    dir = undefined; // disposed by the caller from here on
    function* texts(): Generator<string[]> {
      if (!spooled) {
        yield out.kept.result().findings.map((f) => renderFinding(f, format));
        return;
      }
      let left = limit;
      for (const batch of mergeRuns(runs, held)) {
        if (batch.length >= left) {
          yield batch.slice(0, left);
          return;
        }
        left -= batch.length;
        yield batch;
      }
    }
    return {
      scope,
      lines: out.lines,
      total: out.total,
      counts: out.counts(),
      summary: out.summary(),
      texts,
      *findings() {
        if (!spooled) {
          yield out.kept.result().findings;
          return;
        }
        if (format !== 'ndjson') throw new Error('findings() of a check spooled as ndjson only'); // i18n-ignore: a programmer's error
        for (const batch of texts()) yield batch.map((t) => JSON.parse(t) as Finding);
      },
      dispose() {
        if (spoolDir) removeSpoolDir(spoolDir);
      },
    };
  } finally {
    if (dir) removeSpoolDir(dir);
  }
}
