/** The one place that turns errors into messages and exit codes (listed in docs/scripting.md). */
import { AmbiguousError, TdktError } from '../core/errors.js';
import { CANCELLED } from './interrupt.js';
import type { OutStream } from './io.js';
import { escapeControl } from '../render/escape.js';
import { CLI } from '../i18n/messages/cli.js';

export const EXIT = { ok: 0, failure: 1, usage: 2, findings: 3, cancelled: 130 } as const;

/** A bad flag, a missing value without a TTY: exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A check or verification found problems (already printed): exit 3. */
export class FindingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FindingsError';
  }
}

/** The clerk answered no to a confirmation: exit 130, nothing changed. */
export class CancelledError extends Error {
  constructor(message = CANCELLED()) {
    super(message);
    this.name = 'CancelledError';
  }
}

/** A message shown on stderr: every line's control characters made visible (names can hold them). */
export function safeLines(text: string): string {
  return text
    .split('\n')
    .map((l) => escapeControl(l))
    .join('\n');
}

export function reportError(e: unknown, stderr: OutStream, debug: boolean): number {
  return reportErrorTo(e, { write: (s: string) => stderr.write(safeLines(s)) } as OutStream, debug);
}

function reportErrorTo(e: unknown, stderr: OutStream, debug: boolean): number {
  if (e instanceof Error && e.name === 'ExitPromptError') {
    stderr.write(`tdkt: ${CANCELLED()}\n`);
    return EXIT.cancelled;
  }
  if (e instanceof CancelledError) {
    stderr.write(`tdkt: ${e.message}\n`);
    return EXIT.cancelled;
  }
  if (e instanceof UsageError) {
    stderr.write(`tdkt: ${e.message}\n${CLI.runHelp()}\n`);
    return EXIT.usage;
  }
  if (e instanceof FindingsError) {
    if (e.message) stderr.write(`tdkt: ${e.message}\n`);
    return EXIT.findings;
  }
  if (e instanceof TdktError) {
    const lines = [`tdkt: ${e.message}`];
    for (const i of e.issues) lines.push(`  ${i.where ? `${i.where}: ` : ''}${i.message}`);
    if (e instanceof AmbiguousError) {
      const width = Math.max(...e.candidates.map((c) => c.ref.length));
      for (const c of e.candidates) lines.push(`  ${c.ref.padEnd(width)}  ${c.label}`);
    }
    if (e.hint) lines.push(`${CLI.hint()}: ${e.hint}`);
    stderr.write(lines.join('\n') + '\n');
    if (debug && e.stack) stderr.write(e.stack + '\n');
    return e.code === 'verification' ? EXIT.findings : EXIT.failure;
  }
  const err = e as Error;
  stderr.write(`tdkt: ${CLI.unexpected(err?.message ?? String(e))}\n`);
  stderr.write(debug && err?.stack ? `${err.stack}\n` : `${CLI.runDebug()}\n`);
  return EXIT.failure;
}
