/**
 * Reinstating a revoked or stripped award line by a decision of its own (after an appeal, or when the
 * revocation was itself found wrong). The line becomes active again; the reinstatement row keeps the
 * revocation it undid (its decision, date, ground and note) beside the reinstating decision, and the
 * audit trail keeps the revocation row itself, so history shows both.
 */
import { z } from 'zod';
import type { Registry } from '../db.js';
import { ConflictError, InvalidError, NotFoundError } from '../errors.js';
import { formatPeriod, issuerMatches } from '../parse.js';
import { resolveBody } from '../resolve.js';
import { parseInput, zDate, zDecisionNumber, zOptText } from '../validate.js';
import { revocationStatus } from './queries.js';
import { humanDate } from '../../i18n/index.js';
import { AWARD } from '../../i18n/messages/core-records-awards.js';

export const ReinstatementInput = z.object({
  /** Number and symbol of the reinstating decision, e.g. "45/QĐ-UBND". */
  decision: zDecisionNumber,
  date: zDate,
  /** Reference or name of the body that signed it; defaults to the body that signed the revocation. */
  body: zOptText(300),
  note: zOptText(),
});
export type ReinstatementInput = z.input<typeof ReinstatementInput>;

/** A reinstated line as scripts see it. */
export interface Reinstatement {
  award_id: number;
  award_type: string;
  recipient: string;
  recipient_name: string;
  period: string;
  decision_symbol: string;
  reinstatement_symbol: string;
  reinstatement_date: string;
  reinstatement_body: string;
  revoked_status: string;
  revoked_symbol: string | null;
  revoked_date: string | null;
  revoked_ground: string | null;
  note: string | null;
}

/** Reinstates award line `awardId`, revoked or stripped, by the decision in `input`. One transaction. */
export async function reinstateAward(reg: Registry, awardId: number, input: ReinstatementInput): Promise<Reinstatement> {
  const v = parseInput(ReinstatementInput, input, 'reinstatement');
  const id = await reg.write(async (trx, audit) => {
    const line = await trx
      .selectFrom('award as a')
      .innerJoin('decision as d', 'd.id', 'a.decision_id')
      .innerJoin('award_type as t', 't.id', 'a.award_type_id')
      .innerJoin('recipient as r', 'r.id', 'a.recipient_id')
      .leftJoin('award_revocation as x', 'x.award_id', 'a.id')
      .select(['a.id', 'd.symbol', 't.code', 'r.name', 'x.id as xid', 'x.action', 'x.decision_symbol as xsymbol', 'x.decision_date as xdate', 'x.body_id as xbody', 'x.ground', 'x.note as xnote', 'x.created_at as xat']) // i18n-ignore: SQL column alias
      .where('a.id', '=', awardId)
      .executeTakeFirst();
    if (!line) throw new NotFoundError(AWARD.notFound(String(awardId)), AWARD.listHint());
    const what = capital(AWARD.describe(String(awardId), line.code, line.name, line.symbol));
    if (line.xid === null) throw new ConflictError(AWARD.isActive(what));
    if (line.action === 'void') throw new ConflictError(AWARD.voidedNoReinstate(what), AWARD.voidedNoReinstateHint());
    const body = v.body ? await resolveBody(trx, v.body) : await trx.selectFrom('body').select(['id', 'ref', 'name', 'abbr']).where('id', '=', line.xbody!).executeTakeFirstOrThrow();
    const issues = [];
    if (!issuerMatches(v.decision.issuer, body.abbr)) {
      issues.push({ where: 'decision', message: AWARD.notIssuer(v.decision.symbol, body.name, body.abbr) });
    }
    if (line.xdate && v.date < line.xdate) issues.push({ where: 'date', message: AWARD.beforeRevoking(humanDate(v.date), line.xsymbol ?? '', humanDate(line.xdate)) });
    if (v.date > reg.now().slice(0, 10)) issues.push({ where: 'date', message: AWARD.inFuture(humanDate(v.date)) });
    if (v.decision.symbol === line.xsymbol) issues.push({ where: 'decision', message: AWARD.isRevokingItself(v.decision.symbol) });
    if (issues.length) throw new InvalidError(AWARD.cannotReinstate(String(awardId)), { issues });
    const { id } = await trx
      .insertInto('award_reinstatement')
      .values({
        award_id: awardId,
        decision_symbol: v.decision.symbol,
        decision_date: v.date,
        body_id: body.id,
        note: v.note,
        revoked_action: line.action!,
        revoked_symbol: line.xsymbol,
        revoked_date: line.xdate,
        revoked_body_id: line.xbody,
        revoked_ground: line.ground,
        revoked_note: line.xnote,
        revoked_at: line.xat!,
        created_at: reg.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit.record('reinstate', 'award_reinstatement', id, { ref: `#${awardId}` });
    await audit.remove('reinstate', 'award_revocation', line.xid, { ref: `#${awardId}` });
    return id;
  });
  return getReinstatement(reg, id);
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

async function getReinstatement(reg: Registry, id: number): Promise<Reinstatement> {
  const row = await reg.db
    .selectFrom('award_reinstatement as s')
    .innerJoin('award as a', 'a.id', 's.award_id')
    .innerJoin('decision as d', 'd.id', 'a.decision_id')
    .innerJoin('award_type as t', 't.id', 'a.award_type_id')
    .innerJoin('recipient as r', 'r.id', 'a.recipient_id')
    .innerJoin('body as b', 'b.id', 's.body_id')
    .select([
      'a.id as award_id',
      't.code as award_type',
      'r.ref as recipient', // i18n-ignore: SQL column alias
      'r.name as recipient_name',
      'a.period_from',
      'a.period_to',
      'd.symbol as decision_symbol',
      's.decision_symbol as reinstatement_symbol',
      's.decision_date as reinstatement_date',
      'b.ref as reinstatement_body',
      's.revoked_action',
      's.revoked_symbol',
      's.revoked_date',
      's.revoked_ground',
      's.note',
    ])
    .where('s.id', '=', id)
    .executeTakeFirstOrThrow();
  const { period_from, period_to, revoked_action, ...rest } = row;
  return { ...rest, period: formatPeriod(period_from, period_to), revoked_status: revocationStatus(revoked_action) };
}
