/**
 * The entry of the worker thread that judges recipients beside the main thread (parallel.ts), built as
 * its own bundle (dist/checks-worker.cjs): it opens the registry read-only, judges the group of
 * recipients it is started with, then asks for one at a time ({ t: 'next' }, answered by { t: 'group',
 * group }) and judges it as the main thread judges the others, until there are none left; then it posts
 * what it kept: { t: 'done', kept } for an import's lines, { t: 'checked', collected, runs } for a check
 * (its spooled findings' run files with it), or { t: 'error' }.
 */
import { Kysely, SqliteDialect } from 'kysely';
import { parentPort, workerData } from 'node:worker_threads';
import { openSqlite } from '../db.js';
import { setLang } from '../../i18n/index.js';
import type { DB } from '../tables.js';
import type { ChecksMainMessage, ChecksWorkerData, ChecksWorkerMessage } from './parallel.js';
import { BoundedFindings, CheckCollector, judgeGroups, judgeScope } from './run.js';
import { FindingSpool } from './spool.js';
import { soundness } from '../trust/verify.js';

/** The worker connection's page cache, in KiB. */
const CACHE_KB = 8 * 1024;

async function run(port: NonNullable<typeof parentPort>, data: ChecksWorkerData): Promise<void> {
  setLang(data.lang);
  const sqlite = openSqlite(data.path, { readonly: true, fileMustExist: true });
  // The lines' index and the recipients are read group after group: a page cache that keeps them.
  sqlite.pragma(`cache_size = ${-CACHE_KB}`);
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    // One group is always asked for ahead: the main thread answers only between two of its own groups,
    // and the worker would otherwise wait for it after each of its own.
    const ask = () =>
      new Promise<number[] | undefined>((resolve) => {
        port.once('message', (m: ChecksMainMessage) => resolve(m.group ?? undefined));
        port.postMessage({ t: 'next' } satisfies ChecksWorkerMessage);
      });
    let first: number[] | undefined = data.first;
    let ahead: Promise<number[] | undefined> | undefined;
    const next = async () => {
      if (first) {
        const group = first;
        first = undefined;
        ahead = ask();
        return group;
      }
      const group = await ahead;
      ahead = group ? ask() : undefined;
      return group;
    };
    let message: ChecksWorkerMessage;
    if (data.scope) {
      const spool = data.spool ? new FindingSpool(data.spool, 'worker', data.format ?? 'ndjson', data.run) : undefined;
      const out = new CheckCollector({ keep: data.max, spool });
      await judgeScope(db, next, data.scope, out, sqlite);
      spool?.flush();
      message = { t: 'checked', collected: out.data(), runs: spool?.runs ?? [] };
    } else {
      const out = new BoundedFindings(data.max);
      await judgeGroups(db, next, { from: data.from ?? 0 }, undefined, out, sqlite);
      message = { t: 'done', kept: out.kept() };
    }
    port.postMessage(message);
  } catch (e) {
    const err = e as Error;
    const message: ChecksWorkerMessage = { t: 'error', message: err.message ?? String(e), stack: err.stack };
    port.postMessage(message);
  } finally {
    await db.destroy();
  }
}

/** audit verify's job: SQLite's integrity and foreign-key checks of the file (trust/verify.ts). */
function sound(port: NonNullable<typeof parentPort>, data: { path: string; quick: boolean }): void {
  try {
    const sqlite = openSqlite(data.path, { readonly: true, fileMustExist: true });
    try {
      port.postMessage({ t: 'sound', sound: soundness(sqlite, data.quick) });
    } finally {
      sqlite.close();
    }
  } catch (e) {
    port.postMessage({ t: 'error', message: (e as Error).message });
  }
}

if (parentPort && workerData) {
  const data = workerData as ChecksWorkerData | { job: 'soundness'; path: string; quick: boolean };
  if ('job' in data) sound(parentPort, data);
  else void run(parentPort, data);
}
