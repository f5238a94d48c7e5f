/**
 * Typed errors of the core. The CLI maps each code to an exit code in one place
 * (src/cli/errors.ts); library callers can switch on `code`.
 */
export type ErrorCode =
  | 'not_found'
  | 'invalid'
  | 'conflict'
  | 'ambiguous'
  | 'schema_too_new'
  | 'read_only'
  | 'busy'
  | 'verification'
  | 'usage';

export interface Issue {
  /** Where: a field name, or "row 12, column «Họ và tên»". */
  where?: string;
  /** What was wrong, and what is expected. */
  message: string;
}

export class TdktError extends Error {
  readonly code: ErrorCode;
  readonly hint?: string;
  readonly issues: Issue[];
  constructor(code: ErrorCode, message: string, opts: { hint?: string; issues?: Issue[] } = {}) {
    super(message);
    this.name = 'TdktError';
    this.code = code;
    this.hint = opts.hint;
    this.issues = opts.issues ?? [];
  }
}

export class NotFoundError extends TdktError {
  constructor(message: string, hint?: string) {
    super('not_found', message, { hint });
  }
}

export class InvalidError extends TdktError {
  constructor(message: string, opts: { hint?: string; issues?: Issue[] } = {}) {
    super('invalid', message, opts);
  }
}

export class ConflictError extends TdktError {
  constructor(message: string, hint?: string) {
    super('conflict', message, { hint });
  }
}

export interface Candidate {
  ref: string;
  label: string;
}

/** A name matched several records: the caller lists them rather than guessing. */
export class AmbiguousError extends TdktError {
  readonly candidates: Candidate[];
  constructor(what: string, query: string, candidates: Candidate[]) {
    super('ambiguous', `"${query}" matches ${candidates.length} ${what}s`, {
      hint: `Use one of the references instead: ${candidates.map((c) => c.ref).slice(0, 3).join(', ')}`,
    });
    this.candidates = candidates;
  }
}

export class ReadOnlyError extends TdktError {
  constructor(what: string) {
    super('read_only', `The registry is open read-only: cannot ${what}`, {
      hint: 'Run without --read-only (and unset TDKT_READ_ONLY) to make changes.',
    });
  }
}

/** Another process held the registry's lock for as long as this command waited (the busy timeout). */
export class BusyError extends TdktError {
  constructor(path: string, waitedMs: number, holder?: { pid: number; command: string; actor: string; since: string }) {
    const who = holder ? `${holder.command} (process ${holder.pid}, by ${holder.actor}, since ${holder.since})` : 'another process';
    const waited = waitedMs >= 1000 ? `; waited ${Math.round(waitedMs / 1000)} s` : '';
    super('busy', `The registry ${path} is busy: ${who} is writing to it${waited}`, {
      hint: holder
        ? 'Try again when it has finished (a large import can take minutes).'
        : 'Try again in a moment; if it stays busy, look for a stuck tdkt process (or a long import) using the same file.',
    });
  }
}

/**
 * A registry (or a backup) failed verification: its audit chain, its rows or SQLite's own checks.
 * The CLI exits 3, like any check that found problems.
 */
export class VerificationError extends TdktError {
  constructor(message: string, opts: { hint?: string; issues?: Issue[] } = {}) {
    super('verification', message, opts);
  }
}

/** Throws an InvalidError listing every issue, or returns when there is none. */
export function assertNoIssues(message: string, issues: Issue[], hint?: string): void {
  if (issues.length > 0) throw new InvalidError(message, { issues, hint });
}
