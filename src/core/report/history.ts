/** Everything a recipient received, oldest first, with decisions, ceremonies and revocations. Read-only. */
import type { Kysely } from 'kysely';
import { awardColumns, awardsQuery, toAward } from '../award/queries.js';
import type { Award } from '../award/award.js';
import { getRecipient } from '../recipient/queries.js';
import type { Recipient } from '../recipient/recipient.js';
import { resolveRecipient } from '../resolve.js';
import type { DB } from '../tables.js';

export interface HistoryEntry extends Award {
  body_name: string;
  ceremony_name: string | null;
  ceremony_date: string | null;
  /** The revoking (or stripping, voiding) decision and its ground, when the award was withdrawn. */
  revocation_decision: string | null;
  revocation_date: string | null;
  revocation_ground: string | null;
  revocation_note: string | null;
  /** The latest decision that reinstated the line after a revocation, and the revocation it undid. */
  reinstatement_decision: string | null;
  reinstatement_date: string | null;
  reinstated_revocation: string | null;
}

export interface History {
  recipient: Recipient;
  entries: HistoryEntry[];
}

export async function recipientHistory(db: Kysely<DB>, recipientQuery: string): Promise<History> {
  const match = await resolveRecipient(db, recipientQuery);
  const rows = await awardsQuery(db)
    .select([
      ...awardColumns,
      'b.name as body_name',
      'c.name as ceremony_name',
      'c.date as ceremony_date',
      'x.decision_symbol as revocation_decision',
      'x.decision_date as revocation_date',
      'x.ground as revocation_ground',
      'x.note as revocation_note',
    ])
    .where('a.recipient_id', '=', match.id)
    .orderBy('d.date')
    .orderBy('a.period_to')
    .orderBy('d.id')
    .orderBy('a.id')
    .execute();
  const reinstated = new Map<number, { decision_symbol: string; decision_date: string; revoked_symbol: string | null; revoked_date: string | null; revoked_ground: string | null; revoked_action: string }>();
  if (rows.length) {
    const found = await db
      .selectFrom('award_reinstatement')
      .select(['award_id', 'decision_symbol', 'decision_date', 'revoked_symbol', 'revoked_date', 'revoked_ground', 'revoked_action'])
      .where('award_id', 'in', rows.map((r) => r.id))
      .orderBy('id')
      .execute();
    for (const s of found) reinstated.set(s.award_id, s);
  }
  const entries = rows.map((r) => {
    const s = reinstated.get(r.id);
    const { body_name, ceremony_name, ceremony_date, revocation_decision, revocation_date, revocation_ground, revocation_note, ...award } = r;
    return {
      ...toAward(award as Parameters<typeof toAward>[0]),
      body_name,
      ceremony_name,
      ceremony_date,
      revocation_decision,
      revocation_date,
      revocation_ground,
      revocation_note,
      reinstatement_decision: s?.decision_symbol ?? null,
      reinstatement_date: s?.decision_date ?? null,
      reinstated_revocation: s ? [s.revoked_action, s.revoked_symbol, s.revoked_date, s.revoked_ground && `(${s.revoked_ground})`].filter(Boolean).join(' ') : null,
    };
  });
  return { recipient: await getRecipient(db, match.ref), entries };
}
