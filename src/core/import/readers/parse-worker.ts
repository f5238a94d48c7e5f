/**
 * The entry of the worker thread that reads a CSV/TSV file for an import (built as its own bundle,
 * dist/import-worker.cjs): it decodes and parses the file with the same reader as the main thread
 * (sources.ts), and posts the rows in batches, as JSON text (one string is copied between threads far
 * faster than an array of arrays is cloned). It parses ahead at most IN_FLIGHT batches: the main thread
 * acknowledges each batch it takes, so memory stays bounded whatever the file's size.
 *
 * Messages to the main thread: { t: 'rows', first, json, bytes }, then { t: 'end', bytes }, or
 * { t: 'error', error } with the reader's InvalidError (message, hint, issues) to throw again there.
 */
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { TdktError } from '../../errors.js';
import { openSource, type OpenSourceOptions } from './source.js';
import { setLang, type Lang } from '../../../i18n/index.js';

export interface ParseWorkerData {
  path: string;
  opts: OpenSourceOptions;
  /** The language of the run: the reader's messages are said in it. */
  lang?: Lang;
}

/** Batches parsed ahead of the main thread at most. */
export const IN_FLIGHT = 4;
/** Rows per message. */
export const WORKER_BATCH = 1024;

async function run(port: NonNullable<typeof parentPort>, data: ParseWorkerData): Promise<void> {
  if (data.lang) setLang(data.lang);
  let inFlight = 0;
  let wake: (() => void) | undefined;
  port.on('message', (m: { t: string }) => {
    if (m.t !== 'ack') return;
    inFlight--;
    const w = wake;
    wake = undefined;
    w?.();
  });
  const input = createReadStream(data.path, { highWaterMark: 256 << 10 });
  const source = await openSource(input, data.opts);
  let pending: string[][] = [];
  let first = 0;
  const post = async () => {
    while (inFlight >= IN_FLIGHT) await new Promise<void>((resolve) => (wake = resolve));
    inFlight++;
    port.postMessage({ t: 'rows', first, json: JSON.stringify(pending), bytes: source.bytesRead() });
    pending = [];
  };
  try {
    for await (const batch of source.rows) {
      for (const r of batch) {
        if (pending.length === 0) first = r.row;
        pending.push(r.cells as string[]);
        if (pending.length >= WORKER_BATCH) await post();
      }
    }
    if (pending.length) await post();
    port.postMessage({ t: 'end', bytes: source.bytesRead() });
  } catch (e) {
    const err = e as Error;
    port.postMessage({
      t: 'error',
      error:
        err instanceof TdktError
          ? { code: err.code, message: err.message, hint: err.hint, issues: err.issues }
          : { message: err.message ?? String(e), stack: err.stack },
    });
  } finally {
    input.destroy();
  }
}

if (parentPort && workerData) void run(parentPort, workerData as ParseWorkerData);
