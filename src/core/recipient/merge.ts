/**
 * Merging a duplicate recipient into the one kept (the same school entered twice under two spellings).
 * Every award line, every piece of evidence and every member of the duplicate moves to the one kept, each
 * change audited; the duplicate's reference becomes an alias that still finds the one kept; the duplicate
 * itself leaves the recipient table, its last values kept by the audit trail. One transaction.
 */
import type { Kysely } from 'kysely';
import type { Auditor } from '../audit.js';
import type { Registry, Tx } from '../db.js';
import { InvalidError, type Issue } from '../errors.js';
import { resolveRecipient, type RecipientMatch } from '../resolve.js';
import type { DB } from '../tables.js';
import { RECIPIENT } from '../../i18n/messages/core-records-people.js';

/** What a merge moves, counted (the same for a preview and for the merge itself). */
export interface MergePlan {
  duplicate: { ref: string; name: string; kind: string };
  kept: { ref: string; name: string; kind: string };
  awards: number;
  members: number;
  ratings: number;
  disciplines: number;
  initiatives: number;
  member_counts: number;
  aliases: number;
}

type Moving = { table: 'award' | 'rating' | 'discipline' | 'initiative'; column: 'recipient_id' } | { table: 'collective_year'; column: 'collective_id' } | { table: 'recipient'; column: 'unit_id' } | { table: 'recipient_alias'; column: 'recipient_id' };

const MOVING: (Moving & { counted: keyof MergePlan })[] = [
  { table: 'award', column: 'recipient_id', counted: 'awards' },
  { table: 'recipient', column: 'unit_id', counted: 'members' },
  { table: 'rating', column: 'recipient_id', counted: 'ratings' },
  { table: 'discipline', column: 'recipient_id', counted: 'disciplines' },
  { table: 'initiative', column: 'recipient_id', counted: 'initiatives' },
  { table: 'collective_year', column: 'collective_id', counted: 'member_counts' },
  { table: 'recipient_alias', column: 'recipient_id', counted: 'aliases' },
];

async function ids(db: Kysely<DB>, m: Moving, recipientId: number): Promise<number[]> {
  const rows = await (db as Kysely<any>).selectFrom(m.table).select('id').where(m.column, '=', recipientId).orderBy('id').execute();
  return rows.map((r: { id: number }) => r.id);
}

/** Checks a merge and counts what it would move, writing nothing. */
export async function planMerge(db: Kysely<DB>, duplicateQuery: string, keptQuery: string): Promise<MergePlan> {
  const { plan } = await check(db, duplicateQuery, keptQuery);
  return plan;
}

async function check(db: Kysely<DB>, duplicateQuery: string, keptQuery: string): Promise<{ dup: RecipientMatch; kept: RecipientMatch; plan: MergePlan }> {
  const dup = await resolveRecipient(db, duplicateQuery);
  const kept = await resolveRecipient(db, keptQuery);
  if (dup.id === kept.id) throw new InvalidError(RECIPIENT.sameRecipient(duplicateQuery, keptQuery, kept.ref));
  if (dup.kind !== kept.kind) {
    throw new InvalidError(RECIPIENT.kindsDiffer(dup.name, dup.kind, kept.name, kept.kind), { hint: RECIPIENT.kindsDifferHint(dup.ref, kept.kind) });
  }
  const keptUnit = await db.selectFrom('recipient').select('unit_id').where('id', '=', kept.id).executeTakeFirstOrThrow();
  if (keptUnit.unit_id === dup.id) throw new InvalidError(RECIPIENT.memberOf(kept.name, dup.name));
  // Evidence kept once per recipient and year cannot be held twice.
  const issues: Issue[] = [];
  const clash = async (table: 'rating' | 'collective_year', column: 'recipient_id' | 'collective_id', both: (year: string) => string) => {
    const rows = await (db as Kysely<any>)
      .selectFrom(`${table} as a`)
      .innerJoin(`${table} as b`, 'b.year', 'a.year')
      .select('a.year')
      .where(`a.${column}`, '=', dup.id)
      .where(`b.${column}`, '=', kept.id)
      .orderBy('a.year')
      .execute();
    for (const r of rows as { year: number }[]) issues.push({ where: `${r.year}`, message: both(String(r.year)) });
  };
  await clash('rating', 'recipient_id', RECIPIENT.bothHaveRating);
  await clash('collective_year', 'collective_id', RECIPIENT.bothHaveMembers);
  if (issues.length) {
    throw new InvalidError(RECIPIENT.overlap(dup.ref, kept.ref), { issues, hint: RECIPIENT.overlapHint(dup.ref) });
  }
  const plan: MergePlan = {
    duplicate: { ref: dup.ref, name: dup.name, kind: dup.kind },
    kept: { ref: kept.ref, name: kept.name, kind: kept.kind },
    awards: 0,
    members: 0,
    ratings: 0,
    disciplines: 0,
    initiatives: 0,
    member_counts: 0,
    aliases: 0,
  };
  for (const m of MOVING) (plan[m.counted] as number) = (await ids(db, m, dup.id)).length;
  return { dup, kept, plan };
}

/** Merges `duplicateQuery` into `keptQuery`. One transaction. */
export async function mergeRecipients(reg: Registry, duplicateQuery: string, keptQuery: string): Promise<MergePlan> {
  return reg.write(async (trx, audit) => {
    const { dup, kept, plan } = await check(trx, duplicateQuery, keptQuery);
    for (const m of MOVING) for (const id of await ids(trx, m, dup.id)) await move(trx, audit, m, id, kept.id, reg.now());
    const { id } = await trx.insertInto('recipient_alias').values({ ref: dup.ref, name: dup.name, recipient_id: kept.id, created_at: reg.now() }).returning('id').executeTakeFirstOrThrow();
    await audit.record('merge', 'recipient_alias', id);
    await audit.remove('merge', 'recipient', dup.id, { ref: dup.ref });
    return plan;
  });
}

async function move(trx: Tx, audit: Auditor, m: Moving, id: number, to: number, now: string): Promise<void> {
  const before = await audit.snapshot(m.table, id);
  const stamped = 'updated_at' in (before ?? {});
  await (trx as Kysely<any>)
    .updateTable(m.table)
    .set({ [m.column]: to, ...(stamped && { updated_at: now }) })
    .where('id', '=', id)
    .execute();
  await audit.record('merge', m.table, id, { before });
}
