/**
 * Withdrawing award lines without deleting them (docs/domain.md §5, Art. 93): a revocation (thu hồi, hủy bỏ) on
 * grounds a–d, the stripping (tước) of a state honorary title after a prison sentence, and the voiding of
 * a line entered by mistake and never presented. The line stays; a revocation row records the withdrawing
 * decision, its date, ground and note, and history shows both.
 */
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Auditor } from '../audit.js';
import type { Registry, Tx } from '../db.js';
import { REVOCATION_GROUNDS, type RevocationGround } from '../domain.js';
import { ConflictError, InvalidError, NotFoundError } from '../errors.js';
import { formatPeriod, issuerMatches } from '../parse.js';
import { resolveBody, resolveDecision } from '../resolve.js';
import type { DB } from '../tables.js';
import { parseInput, zDate, zDecisionNumber, zOptText, zText } from '../validate.js';
import { awardsQuery, revocationStatus } from './queries.js';
import type { AwardStatus } from './award.js';
import { humanDate } from '../../i18n/index.js';
import { AWARD } from '../../i18n/messages/core-records-awards.js';

export const REVOKE_GROUNDS = ['a', 'b', 'c', 'd'] as const;

const zGround = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(
    z.enum(REVOKE_GROUNDS, { error: () => AWARD.ground() }),
  );

/** The withdrawing decision: its own number and date, who signed it, and a note. */
const WithdrawingDecision = z.object({
  /** Number and symbol of the withdrawing decision, e.g. "30/QĐ-UBND". */
  decision: zDecisionNumber,
  date: zDate,
  /** Reference or name of the body that signed it; defaults to the body that conferred the award. */
  body: zOptText(300),
  note: zOptText(),
});

export const RevocationInput = WithdrawingDecision.extend({ ground: zGround });
export type RevocationInput = z.input<typeof RevocationInput>;
export const StripInput = WithdrawingDecision;
export type StripInput = z.input<typeof StripInput>;
export const VoidInput = z.object({ reason: zText(1000) });
export type VoidInput = z.input<typeof VoidInput>;

/** A withdrawn award line as scripts see it. */
export interface Revocation {
  award_id: number;
  status: AwardStatus;
  award_type: string;
  recipient: string;
  recipient_name: string;
  period: string;
  decision: string;
  decision_symbol: string;
  revocation_symbol: string | null;
  revocation_date: string | null;
  revocation_body: string | null;
  ground: string | null;
  ground_text: string | null;
  note: string | null;
}

type Action = 'revoke' | 'strip' | 'void';
type Withdrawal = { action: 'void'; reason: string } | { action: 'revoke' | 'strip'; decision: { symbol: string; issuer: string }; date: string; body: string | null; ground: RevocationGround; note: string | null };

/** Revokes award line `awardId` on a ground a–d of Art. 93. One transaction. */
export async function revokeAward(reg: Registry, awardId: number, input: RevocationInput): Promise<Revocation> {
  const v = parseInput(RevocationInput, input, 'revocation');
  await reg.write((trx, audit) => withdrawIn(trx, audit, awardId, { action: 'revoke', ...v, decision: v.decision, ground: v.ground }, reg.now()));
  return getRevocation(reg.db, awardId);
}

/** Strips a state honorary title after a prison sentence (Art. 93.3). One transaction. */
export async function stripAward(reg: Registry, awardId: number, input: StripInput): Promise<Revocation> {
  const v = parseInput(StripInput, input, 'stripping');
  await reg.write((trx, audit) => withdrawIn(trx, audit, awardId, { action: 'strip', ...v, ground: 'prison' }, reg.now()));
  return getRevocation(reg.db, awardId);
}

/** Voids a line entered by mistake and never presented, with the reason. One transaction. */
export async function voidAward(reg: Registry, awardId: number, input: VoidInput): Promise<Revocation> {
  const v = parseInput(VoidInput, input, 'voiding');
  await reg.write((trx, audit) => withdrawIn(trx, audit, awardId, { action: 'void', reason: v.reason }, reg.now()));
  return getRevocation(reg.db, awardId);
}

export interface Annulment {
  decision: string;
  decision_symbol: string;
  revoked: Revocation[];
  /** Lines that were already revoked, stripped or voided, left as they were. */
  skipped: number;
}

/**
 * Annuls a decision: revokes every line of its annex not yet withdrawn, on the same withdrawing decision
 * and ground. One transaction: all the lines, or none.
 */
export async function annulDecision(reg: Registry, decisionQuery: string, input: RevocationInput): Promise<Annulment> {
  const v = parseInput(RevocationInput, input, 'annulment');
  const { ref, symbol, ids, skipped } = await reg.write(async (trx, audit) => {
    const d = await resolveDecision(trx, decisionQuery);
    const lines = await trx
      .selectFrom('award as a')
      .leftJoin('award_revocation as x', 'x.award_id', 'a.id')
      .select(['a.id', 'x.id as withdrawn']) // i18n-ignore: SQL column alias
      .where('a.decision_id', '=', d.id)
      .orderBy('a.id')
      .execute();
    if (lines.length === 0) throw new InvalidError(AWARD.nothingToAnnul(d.symbol));
    const open = lines.filter((l) => l.withdrawn === null).map((l) => l.id);
    if (open.length === 0) throw new ConflictError(AWARD.allWithdrawn(d.symbol), AWARD.allWithdrawnHint(d.ref));
    for (const awardId of open) await withdrawIn(trx, audit, awardId, { action: 'revoke', ...v, ground: v.ground }, reg.now());
    await audit.record('annul', 'decision', d.id);
    return { ref: d.ref, symbol: d.symbol, ids: open, skipped: lines.length - open.length };
  });
  const revoked: Revocation[] = [];
  for (const awardId of ids) revoked.push(await getRevocation(reg.db, awardId));
  return { decision: ref, decision_symbol: symbol, revoked, skipped };
}

async function withdrawIn(trx: Tx, audit: Auditor, awardId: number, w: Withdrawal, now: string): Promise<void> {
  const line = await awardsQuery(trx)
    .select(['a.id', 'd.symbol', 'd.date', 'd.year', 'd.body_id', 't.code', 't.category', 'r.name', 'x.action', 'x.decision_symbol as withdrawn_by', 'c.ref as ceremony']) // i18n-ignore: SQL column alias
    .where('a.id', '=', awardId)
    .executeTakeFirst();
  if (!line) throw new NotFoundError(AWARD.notFound(String(awardId)), AWARD.listHint());
  const what = AWARD.describe(String(awardId), line.code, line.name, line.symbol);
  if (line.action) {
    throw new ConflictError(AWARD.alreadyWithdrawn(capital(what), revocationStatus(line.action), line.withdrawn_by), AWARD.alreadyWithdrawnHint(String(awardId)));
  }
  let values: { decision_symbol: string | null; decision_date: string | null; body_id: number | null; ground: string | null; note: string | null };
  if (w.action === 'void') {
    if (line.ceremony) {
      throw new ConflictError(AWARD.presentedNoVoid(capital(what), line.ceremony), AWARD.presentedNoVoidHint(String(awardId)));
    }
    values = { decision_symbol: null, decision_date: null, body_id: null, ground: null, note: w.reason };
  } else {
    if (w.action === 'strip' && line.category !== 'honorary') {
      throw new InvalidError(AWARD.notHonorary(line.code), { hint: AWARD.notHonoraryHint(String(awardId)) });
    }
    const body = w.body ? await resolveBody(trx, w.body) : await trx.selectFrom('body').select(['id', 'name', 'abbr']).where('id', '=', line.body_id).executeTakeFirstOrThrow();
    const issues = [];
    if (!issuerMatches(w.decision.issuer, body.abbr)) {
      issues.push({ where: 'decision', message: AWARD.notIssuer(w.decision.symbol, body.name, body.abbr) });
    }
    if (w.date < line.date) issues.push({ where: 'date', message: AWARD.beforeAwarding(humanDate(w.date), line.symbol, humanDate(line.date)) });
    if (w.date > now.slice(0, 10)) issues.push({ where: 'date', message: AWARD.inFuture(humanDate(w.date)) });
    if (body.id === line.body_id && w.decision.symbol === line.symbol && w.date.slice(0, 4) === String(line.year)) {
      issues.push({ where: 'decision', message: AWARD.isAwardingItself(w.decision.symbol) });
    }
    if (issues.length) throw new InvalidError(AWARD.cannotWithdraw(w.action, what), { issues });
    values = { decision_symbol: w.decision.symbol, decision_date: w.date, body_id: body.id, ground: w.ground, note: w.note };
  }
  const { id } = await trx
    .insertInto('award_revocation')
    .values({ award_id: awardId, action: w.action satisfies Action, ...values, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit.record(w.action, 'award_revocation', id, { ref: `#${awardId}` });
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The withdrawal of award line `awardId`. Read-only. */
export async function getRevocation(db: Kysely<DB>, awardId: number): Promise<Revocation> {
  const row = await db
    .selectFrom('award_revocation as x')
    .innerJoin('award as a', 'a.id', 'x.award_id')
    .innerJoin('decision as d', 'd.id', 'a.decision_id')
    .innerJoin('award_type as t', 't.id', 'a.award_type_id')
    .innerJoin('recipient as r', 'r.id', 'a.recipient_id')
    .leftJoin('body as b', 'b.id', 'x.body_id')
    .select([
      'a.id as award_id',
      'x.action',
      't.code as award_type',
      'r.ref as recipient', // i18n-ignore: SQL column alias
      'r.name as recipient_name',
      'a.period_from',
      'a.period_to',
      'd.ref as decision', // i18n-ignore: SQL column alias
      'd.symbol as decision_symbol',
      'x.decision_symbol as revocation_symbol',
      'x.decision_date as revocation_date',
      'b.ref as revocation_body',
      'x.ground',
      'x.note',
    ])
    .where('x.award_id', '=', awardId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError(AWARD.notWithdrawn(String(awardId)));
  const { action, period_from, period_to, ...rest } = row;
  return {
    ...rest,
    status: revocationStatus(action),
    period: formatPeriod(period_from, period_to),
    ground_text: row.ground ? (REVOCATION_GROUNDS[row.ground as RevocationGround] ?? null) : null,
  };
}
