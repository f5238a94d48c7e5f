/**
 * Correcting an award line: the blocking rules of the law judge the corrected line as a new one, and the old values stay in
 * the audit trail (the event's before-image).
 */
import { z } from 'zod';
import { ConflictError, InvalidError, NotFoundError } from '../errors.js';
import type { Registry } from '../db.js';
import { resolveAwardType, resolveDecision, resolveRecipient } from '../resolve.js';
import { parseInput, zOptText, zPeriod } from '../validate.js';
import { zCommendationKind, type Award } from './award.js';
import { ceremonyDateIssue } from '../law/decision.js';
import { getAward } from './queries.js';
import { assertLineFree, lineFacts, refuseBlocked } from './service.js';
import { humanDate } from '../../i18n/index.js';
import { INPUT } from '../../i18n/messages/core-records.js';
import { AWARD } from '../../i18n/messages/core-records-awards.js';

/** "" or null clears the STT; a number sets it; undefined leaves it. */
const zLineEdit = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((v, ctx) => {
    if (v === undefined) return undefined;
    if (v === null || (typeof v === 'string' && v.trim() === '')) return null;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) {
      ctx.addIssue({ code: 'custom', message: AWARD.lineNumber(String(v)) });
      return z.NEVER;
    }
    return n;
  });

/** Every field optional: undefined leaves it, "" clears an optional text. */
export const AwardEdit = z.object({
  decision: z.string().trim().min(1, { error: () => INPUT.nameDecision() }).optional(),
  recipient: z.string().trim().min(1, { error: () => INPUT.nameRecipient() }).optional(),
  award_type: z.string().trim().min(1, { error: () => INPUT.nameAwardType() }).optional(),
  period: zPeriod.optional(),
  achievement: zOptText(2000).optional(),
  kind: zCommendationKind.optional(),
  line: zLineEdit,
  unit_name: zOptText(300).optional(),
  position: zOptText(200).optional(),
  note: zOptText().optional(),
});
export type AwardEdit = z.input<typeof AwardEdit>;

/**
 * Corrects award line `id`. A withdrawn (revoked, stripped, voided) line only takes a new note. When the
 * recipient changes and no unit or position is given, they are taken from the new recipient. One
 * transaction.
 */
export async function editAward(reg: Registry, id: number, input: AwardEdit): Promise<Award> {
  const v = parseInput(AwardEdit, input, 'award line');
  const changed = Object.entries(v).filter(([, val]) => val !== undefined).map(([k]) => k);
  if (changed.length === 0) throw new InvalidError(INPUT.nothingToChange(), { hint: INPUT.nothingToChangeHint() });
  await reg.write(async (trx, audit) => {
    const cur = await trx.selectFrom('award').selectAll().where('id', '=', id).executeTakeFirst();
    if (!cur) throw new NotFoundError(AWARD.notFound(String(id)), AWARD.listHint());
    const withdrawn = await trx.selectFrom('award_revocation').select('action').where('award_id', '=', id).executeTakeFirst();
    if (withdrawn && changed.some((k) => k !== 'note')) {
      throw new ConflictError(AWARD.withdrawnOnlyNote(String(id), withdrawn.action), AWARD.withdrawnOnlyNoteHint());
    }
    const decisionId = v.decision ? (await resolveDecision(trx, v.decision)).id : cur.decision_id;
    const recipientId = v.recipient ? (await resolveRecipient(trx, v.recipient)).id : cur.recipient_id;
    const typeId = v.award_type ? (await resolveAwardType(trx, v.award_type)).id : cur.award_type_id;
    const period = v.period ?? { from: cur.period_from, to: cur.period_to };
    const kind = v.kind ?? cur.kind;
    const line = v.line !== undefined ? v.line : cur.line_no;
    const facts = await lineFacts(trx, decisionId, recipientId, typeId);
    await assertLineFree(trx, { id: decisionId, symbol: facts.decision.symbol }, line, id);
    if (decisionId !== cur.decision_id) {
      const shown = await trx
        .selectFrom('presentation as p')
        .innerJoin('ceremony as c', 'c.id', 'p.ceremony_id')
        .select(['c.ref', 'c.name', 'c.date'])
        .where('p.award_id', '=', id)
        .executeTakeFirst();
      const issue = shown && ceremonyDateIssue(facts.decision, shown);
      if (issue) throw new InvalidError(AWARD.cannotMove(String(id), issue), { hint: AWARD.cannotMoveHint(shown!.ref, humanDate(shown!.date)) });
    }
    const newRecipient = recipientId !== cur.recipient_id;
    const before = await audit.snapshot('award', id);
    await trx
      .updateTable('award')
      .set({
        decision_id: decisionId,
        recipient_id: recipientId,
        award_type_id: typeId,
        period_from: period.from,
        period_to: period.to,
        kind,
        line_no: line,
        ...(v.achievement !== undefined && { achievement: v.achievement }),
        ...(v.unit_name !== undefined
          ? { unit_name: v.unit_name }
          : newRecipient && { unit_name: facts.recipient.kind === 'individual' ? facts.recipient.unit_name : null }),
        ...(v.position !== undefined ? { position: v.position } : newRecipient && { position: facts.recipient.position }),
        ...(v.note !== undefined && { note: v.note }),
        updated_at: reg.now(),
      })
      .where('id', '=', id)
      .execute();
    await audit.record('update', 'award', id, { before, ref: `#${id}` });
    // The corrected line meets the law as a new one would (never judged against itself).
    if (!withdrawn) await refuseBlocked(trx, [id]);
  });
  return getAward(reg.db, id);
}
