/**
 * Correcting a decision: its number, date, signing body or texts. Every line of its annex is checked
 * again against the rules (a new body or date can make a line unlawful), and the old values stay in
 * the audit trail.
 */
import { z } from 'zod';
import { awardsQuery } from '../award/queries.js';
import { refuseBlocked } from '../award/service.js';
import { ceremonyDateIssue, decisionVerdicts } from '../law/decision.js';
import type { Registry } from '../db.js';
import { regimeFor } from '../domain.js';
import { ConflictError, InvalidError, type Issue } from '../errors.js';
import { parseDecisionNumber } from '../parse.js';
import { refIsFree } from '../refs.js';
import { resolveBody, resolveDecision } from '../resolve.js';
import { parseInput, zDate, zDecisionNumber, zOptText, zRef } from '../validate.js';
import type { Decision } from './decision.js';
import { getDecision } from './queries.js';
import { humanNumber } from '../../i18n/index.js';
import { INPUT } from '../../i18n/messages/core-records.js';
import { AWARD, DECISION } from '../../i18n/messages/core-records-awards.js';

export const DecisionEdit = z.object({
  ref: zRef.optional(),
  number: zDecisionNumber.optional(),
  date: zDate.optional(),
  body: z.string().trim().min(1, { error: () => INPUT.nameSigningBody() }).optional(),
  signer_name: zOptText(200).optional(),
  signer_capacity: zOptText(200).optional(),
  summary: zOptText(1000).optional(),
  note: zOptText().optional(),
});
export type DecisionEdit = z.input<typeof DecisionEdit>;

/** Corrects the decision named by `query`. One transaction. */
export async function editDecision(reg: Registry, query: string, input: DecisionEdit): Promise<Decision> {
  const v = parseInput(DecisionEdit, input, 'decision');
  if (Object.values(v).every((val) => val === undefined)) throw new InvalidError(INPUT.nothingToChange(), { hint: INPUT.nothingToChangeHint() });
  const ref = await reg.write(async (trx, audit) => {
    const match = await resolveDecision(trx, query);
    const cur = await trx.selectFrom('decision').selectAll().where('id', '=', match.id).executeTakeFirstOrThrow();
    const body = v.body ? await resolveBody(trx, v.body) : await trx.selectFrom('body').select(['id', 'ref', 'name', 'level', 'abbr']).where('id', '=', cur.body_id).executeTakeFirstOrThrow();
    const current = parseDecisionNumber(cur.symbol);
    const number = v.number ?? (current.ok ? current.value : { number: cur.number, symbol: cur.symbol, issuer: '' });
    const date = v.date ?? cur.date;
    const year = Number(date.slice(0, 4));
    // The number is judged when it or the body changes; an old number kept as it was stays as recorded.
    const verdicts = decisionVerdicts({ number, date, body }).filter((d) => d.rule !== 'decision-number' || v.number || v.body);
    if (verdicts.length) throw new InvalidError(verdicts[0].message, { hint: verdicts[0].hint });
    const clash = await trx
      .selectFrom('decision')
      .select('ref')
      .where('body_id', '=', body.id)
      .where('year', '=', year)
      .where('symbol', '=', number.symbol)
      .where('id', '!=', cur.id)
      .executeTakeFirst();
    if (clash) throw new ConflictError(DECISION.numberTaken(body.name, number.symbol, String(year), clash.ref), DECISION.numberTakenHint());
    if (v.ref && !(await refIsFree(trx, 'decision', v.ref, cur.id))) throw new ConflictError(DECISION.exists(v.ref));

    if (v.date) {
      const issues: Issue[] = [];
      const shown = await awardsQuery(trx)
        .select(['a.id', 'c.name as ceremony_name', 'c.date as ceremony_date'])
        .where('a.decision_id', '=', cur.id)
        .where('x.id', 'is', null)
        .where('c.date', 'is not', null)
        .orderBy('a.id')
        .execute();
      for (const l of shown) {
        const issue = ceremonyDateIssue({ symbol: number.symbol, date }, { name: l.ceremony_name!, date: l.ceremony_date! });
        if (issue) issues.push({ where: AWARD.where(String(l.id)), message: issue });
      }
      if (issues.length) throw new InvalidError(DECISION.breaksRules(humanNumber(issues.length), cur.symbol), { issues, hint: DECISION.breaksRulesHint() });
    }

    const before = await audit.snapshot('decision', cur.id);
    await trx
      .updateTable('decision')
      .set({
        ...(v.ref !== undefined && { ref: v.ref }),
        number: number.number,
        symbol: number.symbol,
        date,
        year,
        body_id: body.id,
        regime: regimeFor(date).code,
        ...(v.signer_name !== undefined && { signer_name: v.signer_name }),
        ...(v.signer_capacity !== undefined && { signer_capacity: v.signer_capacity }),
        ...(v.summary !== undefined && { summary: v.summary }),
        ...(v.note !== undefined && { note: v.note }),
        updated_at: reg.now(),
      })
      .where('id', '=', cur.id)
      .execute();
    await audit.record('update', 'decision', cur.id, { before });
    // Its lines meet the law under the corrected decision as new lines would.
    if (v.body || v.date || v.number) {
      const ids = await trx.selectFrom('award').select('id').where('decision_id', '=', cur.id).orderBy('id').execute();
      await refuseBlocked(trx, ids.map((l) => l.id));
    }
    return v.ref ?? cur.ref;
  });
  return getDecision(reg.db, ref);
}
