import type { Auditor } from '../audit.js';
import type { Registry, Tx } from '../db.js';
import { collectFindingsForLines } from '../checks/run.js';
import { RefusedByFindings } from '../checks/refused.js';
import { ConflictError } from '../errors.js';
import type { AwardTypeRow, BodyRow, DecisionRow } from '../tables.js';
import { blockingRuleIds } from '../law/rules/index.js';
import { resolveAwardType, resolveDecision, resolveRecipient } from '../resolve.js';
import { parseInput } from '../validate.js';
import { AwardInput, type Award, type ValidAward } from './award.js';
import { getAward } from './queries.js';
import { AWARD } from '../../i18n/messages/core-records-awards.js';

/**
 * Records one award line in a decision's annex; the blocking rules of the law (recipient kind, conferring
 * level, period, one achievement – one award) refuse it. One transaction.
 */
export async function recordAward(reg: Registry, input: AwardInput): Promise<Award> {
  const v = parseInput(AwardInput, input, 'award line');
  const id = await reg.write((trx, audit) => insertAward(trx, audit, v, reg.now()));
  return getAward(reg.db, id);
}

/** insertLine, then the blocking rules on the line (RefusedByFindings rolls the caller's transaction back). */
export async function insertAward(trx: Tx, audit: Auditor, v: ValidAward, now: string): Promise<number> {
  const id = await insertLine(trx, audit, v, now);
  await refuseBlocked(trx, [id]);
  return id;
}

/** Refuses (RefusedByFindings) when a blocking rule of the law finds a problem with the lines just written. */
export async function refuseBlocked(trx: Tx, ids: number[]): Promise<void> {
  const { findings, total } = await collectFindingsForLines(trx, ids, { rules: blockingRuleIds() });
  if (total) throw new RefusedByFindings(findings, total, { blocking: true });
}

/** Writes one award line, its STT free in the annex; the law is the caller's to apply (insertAward). */
export async function insertLine(trx: Tx, audit: Auditor, v: ValidAward, now: string): Promise<number> {
  const decision = await resolveDecision(trx, v.decision);
  const recipient = await resolveRecipientRow(trx, (await resolveRecipient(trx, v.recipient)).id);
  const type = await resolveAwardType(trx, v.award_type);
  await assertLineFree(trx, { id: decision.id, symbol: decision.symbol }, v.line);
  const { id } = await trx
    .insertInto('award')
    .values({
      decision_id: decision.id,
      line_no: v.line,
      recipient_id: recipient.id,
      award_type_id: type.id,
      period_from: v.period.from,
      period_to: v.period.to,
      achievement: v.achievement,
      kind: v.kind,
      unit_name: v.unit_name ?? (recipient.kind === 'individual' ? recipient.unit_name : null),
      position: v.position ?? recipient.position,
      note: v.note,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit.record('create', 'award', id, { ref: `#${id}` });
  return id;
}

async function resolveRecipientRow(trx: Tx, recipientId: number) {
  return trx
    .selectFrom('recipient as r')
    .leftJoin('recipient as u', 'u.id', 'r.unit_id')
    .select(['r.id', 'r.name', 'r.kind', 'r.position', 'u.name as unit_name'])
    .where('r.id', '=', recipientId)
    .executeTakeFirstOrThrow();
}

/** Refuses an STT already used in the annex; `exceptId` is the line being corrected. */
export async function assertLineFree(trx: Tx, decision: { id: number; symbol: string }, line: number | null, exceptId?: number): Promise<void> {
  if (line === null) return;
  let q = trx.selectFrom('award').select('id').where('decision_id', '=', decision.id).where('line_no', '=', line);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  const taken = await q.executeTakeFirst();
  if (taken) throw new ConflictError(AWARD.lineTaken(String(line), decision.symbol, String(taken.id)), AWARD.lineTakenHint());
}

/** What an award line refers to: its decision, signing body, recipient and type. */
export interface LineFactRows {
  decision: DecisionRow;
  body: BodyRow;
  recipient: { id: number; name: string; kind: string; position: string | null; unit_name: string | null };
  type: AwardTypeRow;
}

export async function lineFacts(trx: Tx, decisionId: number, recipientId: number, typeId: number): Promise<LineFactRows> {
  const decision = await trx.selectFrom('decision').selectAll().where('id', '=', decisionId).executeTakeFirstOrThrow();
  const body = await trx.selectFrom('body').selectAll().where('id', '=', decision.body_id).executeTakeFirstOrThrow();
  const recipient = await resolveRecipientRow(trx, recipientId);
  const type = await trx.selectFrom('award_type').selectAll().where('id', '=', typeId).executeTakeFirstOrThrow();
  return { decision, body, recipient, type };
}
