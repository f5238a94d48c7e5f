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
  const entries = rows.map((r) => {
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
    };
  });
  return { recipient: await getRecipient(db, match.ref), entries };
}
