/**
 * Optional facts about a recipient that certificates and the statistical forms need and the annex does
 * not carry: gender (for "Ông"/"Bà"), the group of an individual in the forms of Circular 02/2023/TT-BNV,
 * whether a collective is an enterprise. Unknown is null: counted as unclassified, never guessed.
 */
import type { Kysely } from 'kysely';
import type { Registry } from '../db.js';
import { InvalidError } from '../errors.js';
import { fold } from '../text.js';
import type { DB } from '../tables.js';
import { KIND_LABELS, type RecipientKind } from '../domain.js';
import { PAPERWORK } from '../../i18n/messages/core-io-paperwork.js';

/** The five groups of individuals of forms 0602.N and 0603.N (rows 06–10 of 0603.N). */
export const STAT_GROUPS: Record<number, string> = {
  1: 'lãnh đạo cấp bộ, cấp tỉnh trở lên',
  2: 'lãnh đạo cấp vụ, sở, ngành và tương đương',
  3: 'doanh nhân',
  4: 'lãnh đạo khác từ cấp phó trưởng phòng trở lên',
  5: 'công nhân, nông dân, người lao động trực tiếp và khác',
};

export interface Profile {
  recipient: string;
  name: string;
  kind: string;
  gender: string | null;
  stat_group: number | null;
  enterprise: boolean | null;
}

export interface ProfileEdit {
  gender?: string;
  group?: string;
  enterprise?: string;
}

function parseGender(v: string): string | null {
  const t = fold(v);
  if (t === '' || t === '-' || t === 'unknown') return null;
  if (['male', 'm', 'nam', 'ong'].includes(t)) return 'male';
  if (['female', 'f', 'nu', 'ba'].includes(t)) return 'female';
  throw new InvalidError(PAPERWORK.notGender(v));
}

function parseGroup(v: string): number | null {
  const t = v.trim();
  if (t === '' || t === '-') return null;
  if (!/^[1-5]$/.test(t)) {
    throw new InvalidError(PAPERWORK.notGroup(v), {
      hint: Object.entries(STAT_GROUPS).map(([k, l]) => `${k} ${l}`).join('; '),
    });
  }
  return Number(t);
}

function parseYesNo(v: string): number | null {
  const t = fold(v);
  if (t === '' || t === '-') return null;
  if (['yes', 'true', 'co', '1'].includes(t)) return 1;
  if (['no', 'false', 'khong', '0'].includes(t)) return 0;
  throw new InvalidError(PAPERWORK.notYesNo(v));
}

const kindLabel = (kind: string) => KIND_LABELS[kind as RecipientKind] ?? kind;

export async function getProfile(db: Kysely<DB>, recipientId: number): Promise<Profile> {
  const r = await db
    .selectFrom('recipient as r')
    .leftJoin('recipient_profile as p', 'p.recipient_id', 'r.id')
    .select(['r.ref', 'r.name', 'r.kind', 'p.gender', 'p.stat_group', 'p.enterprise'])
    .where('r.id', '=', recipientId)
    .executeTakeFirstOrThrow();
  return { recipient: r.ref, name: r.name, kind: r.kind, gender: r.gender ?? null, stat_group: r.stat_group ?? null, enterprise: r.enterprise === null || r.enterprise === undefined ? null : r.enterprise === 1 };
}

/** Records what is given (undefined leaves a field as it is); one transaction, audited. */
export async function editProfile(reg: Registry, recipient: { id: number; ref: string; kind: string; name: string }, e: ProfileEdit): Promise<Profile> {
  const patch: { gender?: string | null; stat_group?: number | null; enterprise?: number | null } = {};
  if (e.gender !== undefined) patch.gender = parseGender(e.gender);
  if (e.group !== undefined) patch.stat_group = parseGroup(e.group);
  if (e.enterprise !== undefined) patch.enterprise = parseYesNo(e.enterprise);
  if (recipient.kind !== 'individual' && ((patch.gender ?? null) !== null || (patch.stat_group ?? null) !== null)) {
    throw new InvalidError(PAPERWORK.genderForIndividuals(recipient.name, recipient.kind, kindLabel(recipient.kind)));
  }
  if (recipient.kind !== 'collective' && (patch.enterprise ?? null) !== null) {
    throw new InvalidError(PAPERWORK.enterpriseForCollectives(recipient.name, recipient.kind, kindLabel(recipient.kind)));
  }
  await reg.write(async (trx, audit) => {
    const now = reg.now();
    const row = await trx.selectFrom('recipient_profile').selectAll().where('recipient_id', '=', recipient.id).executeTakeFirst();
    if (row) {
      const changed = Object.entries(patch).some(([k, v]) => (row as Record<string, unknown>)[k] !== v);
      if (!changed) return;
      await trx.updateTable('recipient_profile').set({ ...patch, updated_at: now }).where('id', '=', row.id).execute();
      await audit.record('update', 'recipient_profile', row.id, { before: row as unknown as Record<string, unknown>, ref: recipient.ref });
    } else {
      const { id } = await trx
        .insertInto('recipient_profile')
        .values({ recipient_id: recipient.id, gender: null, stat_group: null, enterprise: null, ...patch, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit.record('create', 'recipient_profile', id, { ref: recipient.ref });
    }
  });
  return getProfile(reg.db, recipient.id);
}
