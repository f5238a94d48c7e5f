/**
 * Typed errors of the core. The CLI maps each code to an exit code in one place
 * (src/cli/errors.ts); library callers can switch on `code`. Messages are in the language of the run.
 */
import { humanNumber, humanTime } from '../i18n/index.js';
import { ERRORS, NOUN } from '../i18n/messages/core-records.js';

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

/**
 * A kind of record named in a message ("recipient", "award type", "collective"), in the language of the
 * run; with a count, agreeing with it. A name the catalogue does not know is shown as it is.
 */
export function recordNoun(what: string, count = 1): string {
  const noun = (NOUN as Record<string, ((n?: number) => string) | undefined>)[what];
  if (noun) return noun(count);
  return count === 1 ? what : `${what}s`; // i18n-ignore: a kind the catalogue does not name, shown as given
}

/** A name matched several records: the caller lists them rather than guessing. */
export class AmbiguousError extends TdktError {
  readonly candidates: Candidate[];
  /** `what`: the kind of record, as recordNoun takes it. */
  constructor(what: string, query: string, candidates: Candidate[]) {
    super('ambiguous', ERRORS.ambiguous(query, humanNumber(candidates.length), recordNoun(what, candidates.length)), {
      hint: ERRORS.ambiguousHint(candidates.map((c) => c.ref).slice(0, 3).join(', ')),
    });
    this.candidates = candidates;
  }
}

/** A write asked of a registry opened read-only; `command` is the command refused, e.g. "award add". */
export class ReadOnlyError extends TdktError {
  constructor(command: string) {
    super('read_only', ERRORS.readOnly(command), { hint: ERRORS.readOnlyHint() });
  }
}

/** Another process held the registry's lock for as long as this command waited (the busy timeout). */
export class BusyError extends TdktError {
  constructor(path: string, waitedMs: number, holder?: { pid: number; command: string; actor: string; since: string }) {
    const who = holder ? ERRORS.busyHolder(holder.command, String(holder.pid), holder.actor, humanTime(holder.since)) : ERRORS.busyAnother();
    const waited = waitedMs >= 1000 ? ERRORS.busyWaited(humanNumber(Math.round(waitedMs / 1000))) : '';
    super('busy', ERRORS.busy(path, who, waited), {
      hint: holder ? ERRORS.busyHintHolder() : ERRORS.busyHintUnknown(),
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
