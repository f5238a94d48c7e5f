import type { Auditor } from '../audit.js';
import type { Registry, Tx } from '../db.js';
import { ConflictError, InvalidError } from '../errors.js';
import type { AwardTypeRow, BodyRow, DecisionRow } from '../tables.js';
import { formatPeriod } from '../parse.js';
import { resolveAwardType, resolveDecision, resolveRecipient } from '../resolve.js';
import { parseInput } from '../validate.js';
import { AwardInput, type Award, type ValidAward } from './award.js';
import { getAward } from './queries.js';
import { isAnnualTitle, lineIssues } from './rules.js';

/**
 * Records one award line in a decision's annex after checking the rules (recipient kind, conferring
 * level, period, one annual title per recipient and year, no duplicate line). One transaction.
 */
export async function recordAward(reg: Registry, input: AwardInput): Promise<Award> {
  const v = parseInput(AwardInput, input, 'award line');
  const id = await reg.write((trx, audit) => insertAward(trx, audit, v, reg.now()));
  return getAward(reg.db, id);
}

export async function insertAward(trx: Tx, audit: Auditor, v: ValidAward, now: string): Promise<number> {
  const decisionMatch = await resolveDecision(trx, v.decision);
  const recipientMatch = await resolveRecipient(trx, v.recipient);
  const typeMatch = await resolveAwardType(trx, v.award_type);
  const facts = await lineFacts(trx, decisionMatch.id, recipientMatch.id, typeMatch.id);
  await assertLineAllowed(trx, facts, v);
  const { decision, recipient, type } = facts;
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

/** What the rules of an award line look at: its decision, signing body, recipient and type. */
export interface LineFactRows {
  decision: DecisionRow;
  body: BodyRow;
  recipient: { id: number; name: string; kind: string; position: string | null; unit_name: string | null };
  type: AwardTypeRow;
}

export async function lineFacts(trx: Tx, decisionId: number, recipientId: number, typeId: number): Promise<LineFactRows> {
  const decision = await trx.selectFrom('decision').selectAll().where('id', '=', decisionId).executeTakeFirstOrThrow();
  const body = await trx.selectFrom('body').selectAll().where('id', '=', decision.body_id).executeTakeFirstOrThrow();
  const recipient = await trx
    .selectFrom('recipient as r')
    .leftJoin('recipient as u', 'u.id', 'r.unit_id')
    .select(['r.id', 'r.name', 'r.kind', 'r.position', 'u.name as unit_name'])
    .where('r.id', '=', recipientId)
    .executeTakeFirstOrThrow();
  const type = await trx.selectFrom('award_type').selectAll().where('id', '=', typeId).executeTakeFirstOrThrow();
  return { decision, body, recipient, type };
}

/**
 * Refuses a line that breaks the rules (lineIssues), repeats an annual title or an achievement already
 * awarded, or takes an STT already used in the annex. `exceptId` is the line being corrected, which
 * never conflicts with itself.
 */
export async function assertLineAllowed(
  trx: Tx,
  { decision, body, recipient, type }: LineFactRows,
  v: { period: { from: number; to: number }; kind: string; line: number | null },
  exceptId?: number,
): Promise<void> {
  const issues = lineIssues({ type, recipient, body, decision, period: v.period });
  if (issues.length) throw new InvalidError(`Cannot record ${type.code} for ${recipient.name}`, { issues });

  let sameType = trx
    .selectFrom('award as a')
    .innerJoin('decision as d', 'd.id', 'a.decision_id')
    .leftJoin('award_revocation as x', 'x.award_id', 'a.id')
    .select(['d.symbol', 'd.ref', 'a.period_from', 'a.period_to'])
    .where('a.recipient_id', '=', recipient.id)
    .where('a.award_type_id', '=', type.id)
    .where('x.id', 'is', null);
  if (exceptId !== undefined) sameType = sameType.where('a.id', '!=', exceptId);
  if (isAnnualTitle(type)) {
    const twin = await sameType.where('a.period_to', '=', v.period.to).executeTakeFirst();
    if (twin) {
      throw new ConflictError(
        `${recipient.name} already holds ${type.code} for ${v.period.to} (decision ${twin.symbol}, ${twin.ref})`,
        'An annual title is conferred at most once per recipient and year; revoke the other line first if it was wrong.',
      );
    }
  } else if (v.kind === 'regular') {
    // The same body conferring the same form for the same period twice is a duplicate entry; another
    // body may honour another achievement of the same years (the checks weigh that case).
    const twin = await sameType
      .where('d.body_id', '=', decision.body_id)
      .where('a.period_from', '=', v.period.from)
      .where('a.period_to', '=', v.period.to)
      .where('a.kind', '=', 'regular')
      .executeTakeFirst();
    if (twin) {
      throw new ConflictError(
        `${recipient.name} already received ${type.code} for ${formatPeriod(v.period.from, v.period.to)} (decision ${twin.symbol}, ${twin.ref})`,
        'One achievement, one award: give a new achievement period, or mark a sudden deed with --kind sudden.',
      );
    }
  }
  if (v.line !== null) {
    let q = trx.selectFrom('award').select('id').where('decision_id', '=', decision.id).where('line_no', '=', v.line);
    if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
    const taken = await q.executeTakeFirst();
    if (taken) throw new ConflictError(`Line ${v.line} of decision ${decision.symbol} is already taken (award #${taken.id})`, 'Give another --line, or leave it out.');
  }
}
