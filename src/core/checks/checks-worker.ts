/**
 * The entry of the worker thread that judges a large import's lines beside the main thread (parallel.ts),
 * built as its own bundle (dist/checks-worker.cjs): it opens the registry read-only, judges the group of
 * recipients it is started with, then asks for one at a time ({ t: 'next' }, answered by { t: 'group',
 * group }) and judges it as the main thread judges the others, until there are none left; then it posts what it kept: { t: 'done', kept }, or
 * { t: 'error' }.
 */
import { Kysely, SqliteDialect } from 'kysely';
import { parentPort, workerData } from 'node:worker_threads';
import { openSqlite } from '../db.js';
import { setLang } from '../../i18n/index.js';
import type { DB } from '../tables.js';
import type { ChecksMainMessage, ChecksWorkerData, ChecksWorkerMessage } from './parallel.js';
import { BoundedFindings, judgeGroups } from './run.js';

/** The worker connection's page cache, in KiB. */
const CACHE_KB = 8 * 1024;

async function run(port: NonNullable<typeof parentPort>, data: ChecksWorkerData): Promise<void> {
  setLang(data.lang);
  const sqlite = openSqlite(data.path, { readonly: true, fileMustExist: true });
  // The lines' index and the recipients are read group after group: a page cache that keeps them.
  sqlite.pragma(`cache_size = ${-CACHE_KB}`);
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    const out = new BoundedFindings(data.max);
    let first: number[] | undefined = data.first;
    const next = async () => {
      if (first) {
        const group = first;
        first = undefined;
        return group;
      }
      return new Promise<number[] | undefined>((resolve) => {
        port.once('message', (m: ChecksMainMessage) => resolve(m.group ?? undefined));
        port.postMessage({ t: 'next' } satisfies ChecksWorkerMessage);
      });
    };
    await judgeGroups(db, next, { from: data.from }, undefined, out, sqlite);
    const message: ChecksWorkerMessage = { t: 'done', kept: out.kept() };
    port.postMessage(message);
  } catch (e) {
    const err = e as Error;
    const message: ChecksWorkerMessage = { t: 'error', message: err.message ?? String(e), stack: err.stack };
    port.postMessage(message);
  } finally {
    await db.destroy();
  }
}

if (parentPort && workerData) void run(parentPort, workerData as ChecksWorkerData);
