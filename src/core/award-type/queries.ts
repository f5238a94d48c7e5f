import type { Kysely } from 'kysely';
import { NotFoundError } from '../errors.js';
import type { AwardTypeRow, DB } from '../tables.js';
import { kindsFromLetters } from '../domain.js';
import { describeLevels, levelsNamed, parseLevels } from '../law/levels.js';
import type { AwardType } from './award-type.js';

export function toAwardType(r: AwardTypeRow): AwardType {
  return {
    code: r.code,
    name_vi: r.name_vi,
    name_en: r.name_en,
    family: r.family,
    category: r.category,
    recipient_kinds: kindsFromLetters(r.recipient_kinds),
    levels: levelsNamed(r.levels),
    level_periods: parseLevels(r.levels),
    conferred_by: describeLevels(r.levels),
    rank: r.rank,
    precedence: r.precedence,
    periodicity: r.periodicity,
    article: r.article,
    note: r.note,
    builtin: r.builtin === 1,
  };
}

/** The catalogue in order of precedence. Read-only. */
export async function listAwardTypes(db: Kysely<DB>, f: { family?: string; level?: string } = {}): Promise<AwardType[]> {
  let q = db.selectFrom('award_type').selectAll();
  if (f.family) q = q.where('family', '=', f.family);
  const rows = await q.orderBy('precedence').orderBy('code').execute();
  return rows.map(toAwardType).filter((t) => !f.level || (t.levels as string[]).includes(f.level));
}

export async function getAwardType(db: Kysely<DB>, code: string): Promise<AwardType> {
  const row = await db.selectFrom('award_type').selectAll().where('code', '=', code).executeTakeFirst();
  if (!row) throw new NotFoundError(`No award type with code "${code}"`, 'List award types with: tdkt award-type list');
  return toAwardType(row);
}
