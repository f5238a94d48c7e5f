/**
 * Ctrl-C on a real terminal. Whatever runs (a query, the import's progress bar, a table being written),
 * the terminal is put back as it was (each piece that changed it registers how to undo it), the clerk is
 * told that nothing was changed, and tdkt exits 130. Nothing half-done is kept: every write is one
 * transaction, and a transaction not committed is rolled back by SQLite when the process ends.
 *
 * Prompts take Ctrl-C as a key (the terminal is in raw mode) and end with the same message and code
 * through reportError. While a pager shows a table, Ctrl-C belongs to the pager.
 */
import { CLI } from '../i18n/messages/cli.js';

export const CANCELLED = CLI.cancelled;

const undo = new Set<() => void>();
let installed = false;
let paging = 0;

function onSigint(): void {
  if (paging > 0) return;
  for (const fn of [...undo].reverse()) {
    try {
      fn();
    } catch {
      // Putting the terminal back must not stop the others.
    }
  }
  process.stderr.write(`\ntdkt: ${CANCELLED()}\n`);
  process.exit(130);
}

/** Runs `fn` on Ctrl-C before tdkt exits; the returned function unregisters it. */
export function onInterrupt(fn: () => void): () => void {
  if (!installed) {
    process.on('SIGINT', onSigint);
    installed = true;
  }
  undo.add(fn);
  return () => undo.delete(fn);
}

/** Listens for Ctrl-C from the start (nothing to undo yet). */
export function installInterrupt(): void {
  if (!installed) {
    process.on('SIGINT', onSigint);
    installed = true;
  }
}

/** While `work` runs, Ctrl-C is left to the child (a pager) that has the terminal. */
export async function leavingInterrupt<T>(work: () => Promise<T>): Promise<T> {
  paging++;
  try {
    return await work();
  } finally {
    paging--;
  }
}
