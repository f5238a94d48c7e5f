/**
 * The office's award register (sổ khen thưởng): each award line gets a running number in the register
 * of its decision's issuing body (or the body whose register it shares: body setting `register`) for the
 * decision's year, the first time its certificate is exported, and keeps it (a trigger refuses any
 * change; numbers are never reused). Every number given is audited.
 */
import { sql } from 'kysely';
import type { Registry } from '../db.js';
import { jsonText } from '../sql.js';

export interface RegisterNumber {
  award_id: number;
  body_id: number;
  year: number;
  number: number;
}

/**
 * Gives register numbers, in the order of `awardIds`, to the lines that have none yet, in one write
 * transaction. Returns how many were given. Lines already numbered keep their number; nothing is
 * written (not even under --read-only) when every line has one.
 */
export async function assignRegisterNumbers(reg: Registry, awardIds: number[]): Promise<number> {
  if (awardIds.length === 0) return 0;
  const missing = async (db: Registry['db']) => {
    const have = new Set<number>();
    for (let i = 0; i < awardIds.length; i += 500) {
      const chunk = awardIds.slice(i, i + 500);
      for (const r of await db.selectFrom('register_entry').select('award_id').where('award_id', 'in', chunk).execute()) have.add(r.award_id);
    }
    return awardIds.filter((id) => !have.has(id));
  };
  if ((await missing(reg.db)).length === 0) return 0;
  return reg.write(async (trx, audit) => {
    const todo = await missing(trx);
    // A body may have its awards numbered in another body's register (one office keeps both).
    const shared = await trx
      .selectFrom('body_setting as s')
      .innerJoin('body as o', (j) => j.on(sql<boolean>`o.ref = ${jsonText(trx, 's.value')}`))
      .select(['s.body_id', 'o.id as register_id', 'o.ref as register_ref'])
      .where('s.key', '=', 'register')
      .execute();
    const registerOf = new Map(shared.map((r) => [r.body_id, { id: r.register_id, ref: r.register_ref }]));
    const next = new Map<string, number>();
    let given = 0;
    for (let i = 0; i < todo.length; i += 500) {
      const chunk = todo.slice(i, i + 500);
      const rows = await trx
        .selectFrom('award as a')
        .innerJoin('decision as d', 'd.id', 'a.decision_id')
        .innerJoin('body as b', 'b.id', 'd.body_id')
        .select(['a.id', 'd.body_id', 'd.year', 'b.ref as body_ref'])
        .where('a.id', 'in', chunk)
        .execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const id of chunk) {
        const found = byId.get(id)!;
        const office = registerOf.get(found.body_id);
        const r = office ? { ...found, body_id: office.id, body_ref: office.ref } : found;
        const key = `${r.body_id}:${r.year}`;
        let n = next.get(key);
        if (n === undefined) {
          const last = await trx
            .selectFrom('register_entry')
            .select(sql<number | null>`max(number)`.as('n'))
            .where('body_id', '=', r.body_id)
            .where('year', '=', r.year)
            .executeTakeFirst();
          n = (last?.n ?? 0) + 1;
        }
        next.set(key, n + 1);
        const { id: entryId } = await trx
          .insertInto('register_entry')
          .values({ award_id: id, body_id: r.body_id, year: r.year, number: n, created_at: reg.now() })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit.record('create', 'register_entry', entryId, { ref: `${r.body_ref}:${r.year}:${n}` });
        given++;
      }
    }
    return given;
  });
}
