import { sql, type Kysely } from 'kysely';
import { NotFoundError } from '../errors.js';
import type { DB } from '../tables.js';
import type { Decision } from './decision.js';
import { DECISION } from '../../i18n/messages/core-records-awards.js';

function decisions(db: Kysely<DB>) {
  return db
    .selectFrom('decision as d')
    .innerJoin('body as b', 'b.id', 'd.body_id')
    .select([
      'd.ref',
      'd.symbol',
      'd.number',
      'd.date',
      'b.ref as body', // i18n-ignore: SQL column alias
      'b.name as body_name',
      'b.level as body_level',
      'b.place as body_place',
      'd.signer_name',
      'd.signer_capacity',
      'd.summary',
      'd.regime',
      'd.note',
      sql<number>`(SELECT count(*) FROM award a WHERE a.decision_id = d.id)`.as('lines'),
    ]);
}

export interface DecisionFilter {
  year?: number;
  bodyId?: number;
}

/** Decisions by date, then number, then id. Read-only. */
export async function listDecisions(db: Kysely<DB>, f: DecisionFilter = {}): Promise<Decision[]> {
  let q = decisions(db);
  if (f.year !== undefined) q = q.where('d.year', '=', f.year);
  if (f.bodyId !== undefined) q = q.where('d.body_id', '=', f.bodyId);
  return q.orderBy('d.date').orderBy('d.number').orderBy('d.id').execute();
}

export async function getDecision(db: Kysely<DB>, ref: string): Promise<Decision> {
  const row = await decisions(db).where('d.ref', '=', ref).executeTakeFirst();
  if (!row) throw new NotFoundError(DECISION.notFound(ref));
  return row;
}
