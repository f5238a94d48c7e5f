/**
 * Writing award lines with the chain rules in the loop: the findings of the rules run on write are
 * returned as warnings, or, when strict (the caller's choice, else the registry's setting award.strict),
 * refuse the write so that nothing of it is kept.
 */
import type { Kysely } from 'kysely';
import { AwardInput, type Award } from '../award/award.js';
import { getAward } from '../award/queries.js';
import { insertAward } from '../award/service.js';
import type { Registry } from '../db.js';
import { TdktError } from '../errors.js';
import { loadSettings } from '../settings/settings.js';
import type { DB } from '../tables.js';
import { parseInput } from '../validate.js';
import type { Finding } from './finding.js';
import { collectFindingsForLines, type LineFindings, type LineSelection } from './run.js';

/** Refused because the rules found problems with the lines (strict mode); nothing was written. */
export class RefusedByFindings extends TdktError {
  readonly findings: Finding[];
  /** All findings, when more were found than `findings` lists. */
  readonly total: number;
  constructor(findings: Finding[], total = findings.length) {
    const several = total > 1 && (total > findings.length || new Set(findings.map((f) => f.award_id)).size > 1);
    const listed = total > findings.length ? ` (the first ${findings.length} are listed)` : '';
    super('invalid', `Refused: the rules of the law found ${total.toLocaleString('en')} problem${total === 1 ? '' : 's'} with the line${several ? 's' : ''}${listed}; nothing was written`, {
      issues: findings.map((f) => ({ where: f.rule, message: `${describeSubject(f)}: ${f.message} (${f.article})` })),
      hint: 'Record the missing evidence first (tdkt evidence …), or write without --strict (setting award.strict).',
    });
    this.findings = findings;
    this.total = total;
  }
}

/** "CSTDCS 2021 for Nguyễn Văn A", the subject of a finding in one phrase. */
export function describeSubject(f: Finding): string {
  return [f.award_type, f.year, f.recipient_name ? `for ${f.recipient_name}` : undefined].filter((x) => x !== null && x !== undefined).join(' ');
}

/**
 * Runs the write-time rules for lines just written in the caller's transaction (pass the transaction's
 * handle) and returns their findings; when strict, throws RefusedByFindings so the transaction rolls back.
 * Import calls this once for all the lines of a file.
 */
export async function checkWrittenLines(trx: Kysely<DB>, lineIds: LineSelection, opts: { strict?: boolean } = {}): Promise<Finding[]> {
  return (await checkLines(trx, lineIds, opts)).findings;
}

/**
 * checkWrittenLines for many lines: keeps the first `max` findings (in the usual order) and counts them
 * all; when strict, any finding refuses (RefusedByFindings lists the first `max`).
 */
export async function checkLines(trx: Kysely<DB>, lines: LineSelection, opts: { strict?: boolean; max?: number } = {}): Promise<LineFindings> {
  const result = await collectFindingsForLines(trx, lines, { max: opts.max });
  const strict = opts.strict ?? (await loadSettings(trx)).strict;
  if (strict && result.total) throw new RefusedByFindings(result.findings, result.total);
  return result;
}

export interface CheckedAward {
  award: Award;
  /** Findings of the chain rules for the line (warnings: the line was written). */
  findings: Finding[];
}

/** Records one award line (recordAward's rules first), then the chain rules. One transaction. */
export async function recordAwardChecked(reg: Registry, input: AwardInput, opts: { strict?: boolean } = {}): Promise<CheckedAward> {
  const v = parseInput(AwardInput, input, 'award line');
  const { id, findings } = await reg.write(async (trx, audit) => {
    const id = await insertAward(trx, audit, v, reg.now());
    return { id, findings: await checkWrittenLines(trx, [id], opts) };
  });
  return { award: await getAward(reg.db, id), findings };
}
