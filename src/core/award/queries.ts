import { sql, type Kysely } from 'kysely';
import { NotFoundError } from '../errors.js';
import { formatPeriod } from '../parse.js';
import type { DB } from '../tables.js';
import type { Award, AwardStatus } from './award.js';
import { AWARD } from '../../i18n/messages/core-records-awards.js';

/** The award lines joined with what a reader needs; `status` comes from the revocation, if any. */
export function awardsQuery(db: Kysely<DB>) {
  return db
    .selectFrom('award as a')
    .innerJoin('decision as d', 'd.id', 'a.decision_id')
    .innerJoin('body as b', 'b.id', 'd.body_id')
    .innerJoin('recipient as r', 'r.id', 'a.recipient_id')
    .innerJoin('award_type as t', 't.id', 'a.award_type_id')
    .leftJoin('award_revocation as x', 'x.award_id', 'a.id')
    .leftJoin('presentation as p', 'p.award_id', 'a.id')
    .leftJoin('ceremony as c', 'c.id', 'p.ceremony_id');
}

export const awardColumns = [
  'a.id',
  'd.ref as decision', // i18n-ignore: SQL column alias
  'd.symbol as decision_symbol',
  'd.date as decision_date',
  'b.ref as body', // i18n-ignore: SQL column alias
  'b.level as body_level',
  'a.line_no',
  't.code as award_type',
  't.name_vi as award_type_name',
  'r.ref as recipient', // i18n-ignore: SQL column alias
  'r.name as recipient_name',
  'r.kind as recipient_kind',
  'a.unit_name',
  'a.position',
  'a.period_from',
  'a.period_to',
  'a.achievement',
  'a.kind as commendation_kind',
  'c.ref as ceremony', // i18n-ignore: SQL column alias
  sql<string | null>`x.action`.as('revocation'),
] as const;

type AwardRowOut = Omit<Award, 'period' | 'status'> & { revocation: string | null };

export function toAward(r: AwardRowOut): Award {
  const { revocation, ...rest } = r;
  return {
    ...rest,
    period: formatPeriod(r.period_from, r.period_to),
    status: revocationStatus(revocation),
  } as Award;
}

export function revocationStatus(action: string | null): AwardStatus {
  if (action === 'revoke') return 'revoked';
  if (action === 'strip') return 'stripped';
  if (action === 'void') return 'voided';
  return 'active';
}

export interface AwardFilter {
  recipientId?: number;
  decisionId?: number;
  awardTypeId?: number;
  bodyId?: number;
  ceremonyId?: number;
  /** The decision's year. */
  year?: number;
  /** Revoked, stripped and voided lines too. */
  includeRevoked?: boolean;
  limit?: number;
}

/**
 * The award lines a filter names, in their total order (decision date, decision, annex line, id), before
 * any selection: `award list` and `export awards` select what each shows.
 */
export function filteredAwards(db: Kysely<DB>, f: AwardFilter = {}) {
  let q = awardsQuery(db);
  if (f.recipientId !== undefined) q = q.where('a.recipient_id', '=', f.recipientId);
  if (f.decisionId !== undefined) q = q.where('a.decision_id', '=', f.decisionId);
  // With a year, SQLite reads that year's decisions in date order (the order listed, so a limit stops
  // early); the type is then a filter, not the index to read (+ keeps SQLite from choosing it).
  if (f.awardTypeId !== undefined) q = f.year !== undefined ? q.where(sql`+a.award_type_id`, '=', f.awardTypeId) : q.where('a.award_type_id', '=', f.awardTypeId);
  if (f.bodyId !== undefined) q = q.where('d.body_id', '=', f.bodyId);
  if (f.ceremonyId !== undefined) q = q.where('p.ceremony_id', '=', f.ceremonyId);
  if (f.year !== undefined) q = q.where('d.year', '=', f.year);
  if (!f.includeRevoked) q = q.where('x.id', 'is', null);
  if (f.limit) q = q.limit(f.limit);
  return q.orderBy('d.date').orderBy('d.id').orderBy(sql`a.line_no IS NULL`).orderBy('a.line_no').orderBy('a.id');
}

/** Award lines by decision date, decision, annex order, id. Read-only. */
export async function listAwards(db: Kysely<DB>, f: AwardFilter = {}): Promise<Award[]> {
  const rows = await filteredAwards(db, f).select([...awardColumns]).execute();
  return rows.map((r) => toAward(r as AwardRowOut));
}

export async function getAward(db: Kysely<DB>, id: number): Promise<Award> {
  const row = await awardsQuery(db).select([...awardColumns]).where('a.id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError(AWARD.notFound(String(id)), AWARD.listHint());
  return toAward(row as AwardRowOut);
}
