import type { Kysely } from 'kysely';
import { NotFoundError } from '../errors.js';
import type { AwardTypeRow, DB } from '../tables.js';
import { KIND_LETTER, kindsFromLetters, type RecipientKind } from '../domain.js';
import { describeLevels, levelAbolished, levelsNamed, mayConfer, parseLevels } from '../law/levels.js';
import type { AwardType } from './award-type.js';
import { RESOLVE } from '../../i18n/messages/core-records.js';
import { AWARD_TYPE } from '../../i18n/messages/core-records-people.js';

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
  if (!row) throw new NotFoundError(AWARD_TYPE.notFound(code), RESOLVE.hintAwardType());
  return toAwardType(row);
}

/**
 * The award types a body of `level` may confer on `date` to a recipient of `kind`, highest first (by
 * precedence). Built on the catalogue's conferring levels and recipient kinds; a district body confers
 * nothing after the district level was abolished. Read-only.
 */
export async function conferrableTypes(db: Kysely<DB>, f: { level: string; date: string; kind: string }): Promise<AwardType[]> {
  if (levelAbolished(f.level, f.date)) return [];
  const letter = KIND_LETTER[f.kind as RecipientKind];
  const rows = await db.selectFrom('award_type').selectAll().orderBy('precedence').orderBy('code').execute();
  // The catalogue's dated levels decide, as the law's conferring-level rule does.
  return rows.filter((r) => mayConfer(r.levels, f.level, f.date)).map(toAwardType).filter((t) => !letter || t.recipient_kinds.includes(f.kind as RecipientKind));
}
