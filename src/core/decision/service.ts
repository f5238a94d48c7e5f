import type { Auditor } from '../audit.js';
import type { Registry, Tx } from '../db.js';
import { regimeFor } from '../domain.js';
import { decisionVerdicts } from '../law/decision.js';
import { ConflictError, InvalidError } from '../errors.js';
import { refIsFree, uniqueRef } from '../refs.js';
import { resolveBody } from '../resolve.js';
import { parseInput } from '../validate.js';
import { DecisionInput, type Decision, type ValidDecision } from './decision.js';
import { getDecision } from './queries.js';
import { DECISION } from '../../i18n/messages/core-records-awards.js';

/** Records a decision (its annex lines are added with recordAward). One transaction. */
export async function addDecision(reg: Registry, input: DecisionInput): Promise<Decision> {
  const v = parseInput(DecisionInput, input, 'decision');
  const ref = await reg.write((trx, audit) => insertDecision(trx, audit, v, reg.now()));
  return getDecision(reg.db, ref);
}

export async function insertDecision(trx: Tx, audit: Auditor, v: ValidDecision, now: string): Promise<string> {
  const body = await resolveBody(trx, v.body);
  const [first] = decisionVerdicts({ number: v.number, date: v.date, body });
  if (first) throw new InvalidError(first.message, { hint: first.hint });
  const year = Number(v.date.slice(0, 4));
  const clash = await trx
    .selectFrom('decision')
    .select('ref')
    .where('body_id', '=', body.id)
    .where('year', '=', year)
    .where('symbol', '=', v.number.symbol)
    .executeTakeFirst();
  if (clash) {
    throw new ConflictError(DECISION.numberTaken(body.name, v.number.symbol, String(year), clash.ref), DECISION.numberTakenHint());
  }
  if (v.ref && !(await refIsFree(trx, 'decision', v.ref))) throw new ConflictError(DECISION.exists(v.ref));
  const ref = v.ref ?? (await uniqueRef(trx, 'decision', `${body.ref}-${year}-${v.number.number}`));
  const { id } = await trx
    .insertInto('decision')
    .values({
      ref,
      number: v.number.number,
      symbol: v.number.symbol,
      date: v.date,
      year,
      body_id: body.id,
      signer_name: v.signer_name,
      signer_capacity: v.signer_capacity,
      summary: v.summary,
      regime: regimeFor(v.date).code,
      note: v.note,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit.record('create', 'decision', id);
  return ref;
}
