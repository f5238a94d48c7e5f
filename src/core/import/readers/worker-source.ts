/**
 * A CSV/TSV file read in a worker thread (parse-worker.ts, built as dist/import-worker.cjs): decoding
 * and parsing then run on another core while the main thread checks and writes the rows.
 */
import { InvalidError } from '../../errors.js';
import { type OpenSourceOptions, type Source, type SourceRow } from './source.js';
import { IMPORT_READ } from '../../../i18n/messages/core-io-import.js';
import { getLang } from '../../../i18n/index.js';

/**
 * A CSV/TSV file read in a worker thread running `script` (parse-worker.ts, built): decoding and parsing
 * then run on another core while this thread checks and writes the rows. The same rows, row numbers and
 * errors as openSource; the worker parses a few batches ahead at most. Ending the iteration early (an
 * error on this side) stops the worker.
 */
export function workerSource(path: string, opts: OpenSourceOptions, script: string): Source {
  const counter = { bytes: 0 };
  return { header: [], headerInRows: true, bytesRead: () => counter.bytes, rows: workerRows(path, opts, script, counter) };
}

type WorkerMessage =
  | { t: 'rows'; first: number; json: string; bytes: number }
  | { t: 'end'; bytes: number }
  | { t: 'error'; error: { code?: string; message: string; hint?: string; issues?: { where?: string; message: string }[]; stack?: string } };

async function* workerRows(path: string, opts: OpenSourceOptions, script: string, counter: { bytes: number }): AsyncGenerator<SourceRow[]> {
  const { Worker } = await import('node:worker_threads');
  // A small young generation: the worker's garbage is short-lived, and its heap adds to the import's memory.
  const worker = new Worker(script, { workerData: { path, opts, lang: getLang() }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
  worker.unref();
  const queue: WorkerMessage[] = [];
  let failure: Error | undefined;
  let exited = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  worker.on('message', (m: WorkerMessage) => {
    queue.push(m);
    notify();
  });
  worker.on('error', (e: Error) => {
    failure = e;
    notify();
  });
  worker.on('exit', () => {
    exited = true;
    notify();
  });
  try {
    for (;;) {
      const m = queue.shift();
      if (!m) {
        if (failure) throw failure;
        if (exited) throw new Error(IMPORT_READ.workerStopped(opts.name));
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if (m.t === 'rows') {
        worker.postMessage({ t: 'ack' });
        counter.bytes = m.bytes;
        const cells = JSON.parse(m.json) as string[][];
        const rows: SourceRow[] = new Array(cells.length);
        for (let i = 0; i < cells.length; i++) rows[i] = { row: m.first + i, cells: cells[i] };
        yield rows;
      } else if (m.t === 'end') {
        counter.bytes = m.bytes;
        return;
      } else {
        const e = m.error;
        if (e.code === 'invalid') throw new InvalidError(e.message, { hint: e.hint, issues: e.issues });
        const err = new Error(e.message);
        if (e.stack) err.stack = e.stack;
        throw err;
      }
    }
  } finally {
    void worker.terminate();
  }
}

/** The parsing worker's young generation, in MB. */
const WORKER_YOUNG_MB = 4;

