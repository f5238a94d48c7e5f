/**
 * Writing award lines with the chain rules in the loop: the findings of the rules run on write are
 * returned as warnings, or, when strict (the caller's choice, else the registry's setting award.strict),
 * refuse the write so that nothing of it is kept.
 */
import type { Kysely } from 'kysely';
import type { AwardInput, Award } from '../award/award.js';
import { blockingRuleIds, RULES } from '../law/rules/index.js';
import type { Registry } from '../db.js';
import { loadSettings } from '../settings/settings.js';
import type { DB } from '../tables.js';
import type { Finding } from '../law/finding.js';
import { RefusedByFindings } from './refused.js';

export { describeSubject, RefusedByFindings } from './refused.js';
import { collectFindingsForLines, type LineFindings, type LineSelection } from './run.js';

/**
 * Judges lines just written in the caller's transaction (pass the transaction's handle) by every rule
 * and returns their findings: a finding of a blocking rule, or any finding when strict, throws
 * RefusedByFindings so the transaction rolls back.
 */
export async function checkWrittenLines(trx: Kysely<DB>, lineIds: LineSelection, opts: { strict?: boolean } = {}): Promise<Finding[]> {
  return (await checkLines(trx, lineIds, { ...opts, rules: RULES.map((r) => r.id) })).findings;
}

/**
 * checkWrittenLines for many lines: keeps the first `max` findings (in the usual order) and counts them
 * all. `rules`: the rules to run (default: the non-blocking ones, for an import whose rows met the
 * blocking rules one by one).
 */
export async function checkLines(trx: Kysely<DB>, lines: LineSelection, opts: { strict?: boolean; max?: number; rules?: string[] } = {}): Promise<LineFindings> {
  const result = await collectFindingsForLines(trx, lines, { max: opts.max, rules: opts.rules });
  const blocked = result.findings.filter((f) => BLOCKING.has(f.rule));
  if (blocked.length) throw new RefusedByFindings(blocked, blocked.length, { blocking: true });
  const strict = opts.strict ?? (await loadSettings(trx)).strict;
  if (strict && result.total) throw new RefusedByFindings(result.findings, result.total);
  return result;
}

const BLOCKING = new Set(blockingRuleIds());

export interface CheckedAward {
  award: Award;
  /** Findings of the chain rules for the line (warnings: the line was written). */
  findings: Finding[];
}

/** Records one award line judged by every rule of the law (blocking rules refuse it). One transaction. */
export async function recordAwardChecked(reg: Registry, input: AwardInput, opts: { strict?: boolean } = {}): Promise<CheckedAward> {
  // Loaded here, not with the module: the validation (zod) is for writes, and the terminal's views of
  // findings import this module (award list would load zod to list lines).
  const [{ AwardInput }, { getAward }, { insertLine }, { parseInput }] = await Promise.all([
    import('../award/award.js'),
    import('../award/queries.js'),
    import('../award/service.js'),
    import('../validate.js'),
  ]);
  const v = parseInput(AwardInput, input, 'award line');
  const { id, findings } = await reg.write(async (trx, audit) => {
    const id = await insertLine(trx, audit, v, reg.now());
    return { id, findings: await checkWrittenLines(trx, [id], opts) };
  });
  return { award: await getAward(reg.db, id), findings };
}
