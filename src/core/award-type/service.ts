import type { Registry } from '../db.js';
import { ConflictError } from '../errors.js';
import { resolveAwardType } from '../resolve.js';
import { fold } from '../text.js';
import { parseInput } from '../validate.js';
import { AwardTypeEdit, AwardTypeInput, defaultPrecedence, type AwardType } from './award-type.js';
import { getAwardType } from './queries.js';
import { AWARD_TYPE } from '../../i18n/messages/core-records-people.js';

/** Adds a local award type (a sector's Kỷ niệm chương, an old-regime title). One transaction. */
export async function addAwardType(reg: Registry, input: AwardTypeInput): Promise<AwardType> {
  const v = parseInput(AwardTypeInput, input, 'award type');
  await reg.write(async (trx, audit) => {
    const exists = await trx.selectFrom('award_type').select('id').where('code', '=', v.code).executeTakeFirst();
    if (exists) throw new ConflictError(AWARD_TYPE.exists(v.code), AWARD_TYPE.existsHint(v.code));
    const now = reg.now();
    const { id } = await trx
      .insertInto('award_type')
      .values({
        ...v,
        name_folded: fold(v.name_vi),
        precedence: v.precedence ?? defaultPrecedence(v.category, v.levels),
        builtin: 0,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit.record('create', 'award_type', id);
  });
  return getAwardType(reg.db, v.code);
}

/** Changes an award type's data (precedence, levels, names, …), built-in or local. One transaction. */
export async function editAwardType(reg: Registry, query: string, input: AwardTypeEdit): Promise<AwardType> {
  const v = parseInput(AwardTypeEdit, input, 'award type');
  const code = await reg.write(async (trx, audit) => {
    const t = await resolveAwardType(trx, query);
    const before = await audit.snapshot('award_type', t.id);
    await trx
      .updateTable('award_type')
      .set({
        ...Object.fromEntries(Object.entries(v).filter(([, val]) => val !== undefined)),
        ...(v.name_vi !== undefined && { name_folded: fold(v.name_vi) }),
        updated_at: reg.now(),
      })
      .where('id', '=', t.id)
      .execute();
    await audit.record('update', 'award_type', t.id, { before });
    return t.code;
  });
  return getAwardType(reg.db, code);
}
