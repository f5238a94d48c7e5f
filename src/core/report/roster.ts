/**
 * The roster of a ceremony: the awards handed over, in order of precedence. Read-only.
 *
 * Groups are (award type, decision), ordered by the type's precedence, then the signing body's level,
 * then the decision's date; inside a group, lines keep the annex order (STT), and lines without a
 * number come collectives first.
 */
import { sql, type Kysely } from 'kysely';
import { awardsQuery, revocationStatus } from '../award/queries.js';
import type { AwardStatus } from '../award/award.js';
import type { Ceremony } from '../ceremony/ceremony.js';
import { getCeremony } from '../ceremony/queries.js';
import { formatPeriod } from '../parse.js';
import { resolveCeremony } from '../resolve.js';
import { kindOrderSql, levelOrderSql } from '../sql.js';
import type { DB } from '../tables.js';

export interface RosterLine {
  /** Running number in the ceremony, 1… */
  no: number;
  award_type: string;
  award_type_name: string;
  level: string;
  body: string;
  body_name: string;
  decision: string;
  decision_symbol: string;
  decision_date: string;
  /** STT in the decision's annex, when the annex numbers its lines. */
  line_no: number | null;
  award_id: number;
  recipient: string;
  recipient_name: string;
  recipient_kind: string;
  unit_name: string | null;
  position: string | null;
  period: string;
  achievement: string | null;
  status: AwardStatus;
}

export interface Roster {
  ceremony: Ceremony;
  lines: RosterLine[];
}

export interface RosterOptions {
  includeRevoked?: boolean;
}

export async function buildRoster(db: Kysely<DB>, ceremonyQuery: string, opts: RosterOptions = {}): Promise<Roster> {
  const match = await resolveCeremony(db, ceremonyQuery);
  let q = awardsQuery(db)
    .select([
      't.code as award_type',
      't.name_vi as award_type_name',
      'b.level',
      'b.ref as body', // i18n-ignore: SQL column alias
      'b.name as body_name',
      'd.ref as decision', // i18n-ignore: SQL column alias
      'd.symbol as decision_symbol',
      'd.date as decision_date',
      'a.line_no',
      'a.id as award_id',
      'r.ref as recipient', // i18n-ignore: SQL column alias
      'r.name as recipient_name',
      'r.kind as recipient_kind',
      'a.unit_name',
      'a.position',
      'a.period_from',
      'a.period_to',
      'a.achievement',
      'x.action',
    ])
    .where('p.ceremony_id', '=', match.id);
  if (!opts.includeRevoked) q = q.where('x.id', 'is', null);
  const rows = await q
    .orderBy('t.precedence')
    .orderBy(levelOrderSql('b.level'))
    .orderBy('d.date')
    .orderBy('d.id')
    .orderBy(sql`a.line_no IS NULL`)
    .orderBy('a.line_no')
    .orderBy(kindOrderSql('r.kind'))
    .orderBy('r.name_folded')
    .orderBy('a.id')
    .execute();
  const lines = rows.map(({ period_from, period_to, action, ...r }, i) => ({
    no: i + 1,
    ...r,
    period: formatPeriod(period_from, period_to),
    status: revocationStatus(action),
  }));
  return { ceremony: await getCeremony(db, match.ref), lines };
}
