/** Listing evidence, by year, recipient name and id (a total order). Read-only. */
import type { Kysely } from 'kysely';
import { loadFacts } from '../checks/facts.js';
import { NotFoundError } from '../errors.js';
import type { DB } from '../tables.js';
import type { DisciplineRecord, InitiativeRecord, MembersRecord, RatingRecord } from './evidence.js';
import {
  DISCIPLINE_LABELS,
  INITIATIVE_LEVEL_LABELS,
  RATING_LABELS,
  type DisciplineForm,
  type InitiativeLevel,
  type Rating,
} from './vocab.js';
import { EVIDENCE } from '../../i18n/messages/core-records-people.js';

export interface EvidenceFilter {
  recipientId?: number;
  /** Members of this collective (and the collective itself). */
  unitId?: number;
  year?: number;
}

const who = ['r.ref as recipient', 'r.name as recipient_name', 'u.ref as unit', 'u.name as unit_name'] as const; // i18n-ignore: SQL column aliases

export async function listRatings(db: Kysely<DB>, f: EvidenceFilter = {}): Promise<RatingRecord[]> {
  let q = db.selectFrom('rating as e').innerJoin('recipient as r', 'r.id', 'e.recipient_id').leftJoin('recipient as u', 'u.id', 'r.unit_id');
  if (f.recipientId !== undefined) q = q.where('e.recipient_id', '=', f.recipientId);
  if (f.unitId !== undefined) q = q.where((eb) => eb.or([eb('r.unit_id', '=', f.unitId!), eb('r.id', '=', f.unitId!)]));
  if (f.year !== undefined) q = q.where('e.year', '=', f.year);
  const rows = await q
    .select([...who, 'r.kind as recipient_kind', 'e.year', 'e.rating', 'e.note'])
    .orderBy('e.year')
    .orderBy('r.name_folded')
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({ ...r, rating_label: RATING_LABELS[r.rating as Rating] ?? r.rating }));
}

export async function getRating(db: Kysely<DB>, recipientRef: string, year: number): Promise<RatingRecord> {
  const r = await db.selectFrom('recipient').select('id').where('ref', '=', recipientRef).executeTakeFirstOrThrow();
  const [row] = await listRatings(db, { recipientId: r.id, year });
  if (!row) throw new NotFoundError(EVIDENCE.noRating(recipientRef, String(year)));
  return row;
}

export async function listDisciplines(db: Kysely<DB>, f: EvidenceFilter & { id?: number } = {}): Promise<DisciplineRecord[]> {
  let q = db.selectFrom('discipline as e').innerJoin('recipient as r', 'r.id', 'e.recipient_id').leftJoin('recipient as u', 'u.id', 'r.unit_id');
  if (f.id !== undefined) q = q.where('e.id', '=', f.id);
  if (f.recipientId !== undefined) q = q.where('e.recipient_id', '=', f.recipientId);
  if (f.unitId !== undefined) q = q.where((eb) => eb.or([eb('r.unit_id', '=', f.unitId!), eb('r.id', '=', f.unitId!)]));
  if (f.year !== undefined) q = q.where('e.year', '=', f.year);
  const rows = await q
    .select(['e.id', ...who, 'e.year', 'e.form', 'e.date', 'e.decision', 'e.note'])
    .orderBy('e.year')
    .orderBy('r.name_folded')
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({ ...r, form_label: DISCIPLINE_LABELS[r.form as DisciplineForm] ?? r.form }));
}

export async function getDiscipline(db: Kysely<DB>, id: number): Promise<DisciplineRecord> {
  const [row] = await listDisciplines(db, { id });
  if (!row) throw new NotFoundError(EVIDENCE.noDiscipline(String(id)));
  return row;
}

export async function listInitiatives(db: Kysely<DB>, f: EvidenceFilter & { id?: number } = {}): Promise<InitiativeRecord[]> {
  let q = db.selectFrom('initiative as e').innerJoin('recipient as r', 'r.id', 'e.recipient_id').leftJoin('recipient as u', 'u.id', 'r.unit_id');
  if (f.id !== undefined) q = q.where('e.id', '=', f.id);
  if (f.recipientId !== undefined) q = q.where('e.recipient_id', '=', f.recipientId);
  if (f.unitId !== undefined) q = q.where((eb) => eb.or([eb('r.unit_id', '=', f.unitId!), eb('r.id', '=', f.unitId!)]));
  if (f.year !== undefined) q = q.where('e.year', '=', f.year);
  const rows = await q
    .select(['e.id', ...who, 'e.year', 'e.title', 'e.level', 'e.recognised_by', 'e.note'])
    .orderBy('e.year')
    .orderBy('r.name_folded')
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({ ...r, level_label: INITIATIVE_LEVEL_LABELS[r.level as InitiativeLevel] ?? r.level }));
}

export async function getInitiative(db: Kysely<DB>, id: number): Promise<InitiativeRecord> {
  const [row] = await listInitiatives(db, { id });
  if (!row) throw new NotFoundError(EVIDENCE.noInitiative(String(id)));
  return row;
}

export interface MembersFilter {
  collectiveId?: number;
  year?: number;
}

/** Declared member counts with the registry's figures beside them, by year and collective name. */
export async function listMembers(db: Kysely<DB>, f: MembersFilter = {}): Promise<MembersRecord[]> {
  let q = db
    .selectFrom('collective_year as c')
    .innerJoin('recipient as r', 'r.id', 'c.collective_id')
    // i18n-ignore: SQL column aliases
    .select(['c.collective_id', 'r.ref as collective', 'r.name as collective_name', 'c.year', 'c.member_count', 'c.ldtt_count', 'c.cstdcs_count', 'c.completed_count', 'c.note']);
  if (f.collectiveId !== undefined) q = q.where('c.collective_id', '=', f.collectiveId);
  if (f.year !== undefined) q = q.where('c.year', '=', f.year);
  const rows = await q.orderBy('c.year').orderBy('r.name_folded').orderBy('r.id').execute();
  if (rows.length === 0) return [];
  const facts = await loadFacts(db, { recipientIds: rows.map((r) => r.collective_id) });
  return rows.map(({ collective_id, ...r }) => {
    const m = facts.membership(collective_id, r.year);
    const ldtt = r.ldtt_count ?? m.ldtt.length;
    return {
      ...r,
      registry_members: m.members.length,
      registry_ldtt: m.ldtt.length,
      registry_cstdcs: m.cstdcs.length,
      registry_rated: m.rated.length,
      registry_completed: m.completed.length,
      ldtt_share: Math.round((ldtt / r.member_count) * 1000) / 10,
      note: r.note,
    };
  });
}

export async function getMembers(db: Kysely<DB>, collectiveRef: string, year: number): Promise<MembersRecord> {
  const c = await db.selectFrom('recipient').select('id').where('ref', '=', collectiveRef).executeTakeFirstOrThrow();
  const [row] = await listMembers(db, { collectiveId: c.id, year });
  if (!row) throw new NotFoundError(EVIDENCE.noMembers(collectiveRef, String(year)));
  return row;
}

/** One year of a recipient's record: what the chains read, side by side. */
export interface DossierYear {
  year: number;
  rating: string | null;
  /** Award types whose achievement period ends in the year (active lines; sudden and movement marked). */
  awards: string[];
  initiatives: string[];
  discipline: string[];
}

/**
 * A recipient's evidence and awards by year, oldest first: the dossier a clerk reads before nominating.
 * Read-only.
 */
export async function recipientDossier(db: Kysely<DB>, recipientId: number): Promise<DossierYear[]> {
  const facts = await loadFacts(db, { recipientIds: [recipientId] });
  const years = new Map<number, DossierYear>();
  const at = (y: number) => {
    let d = years.get(y);
    if (!d) years.set(y, (d = { year: y, rating: null, awards: [], initiatives: [], discipline: [] }));
    return d;
  };
  for (const l of facts.linesOf(recipientId)) {
    if (l.revoked) continue;
    at(l.period_to).awards.push(l.kind === 'regular' ? l.type_code : `${l.type_code} (${l.kind})`);
  }
  for (const r of await listRatings(db, { recipientId })) at(r.year).rating = r.rating;
  for (const i of facts.initiativesOf(recipientId)) at(i.year).initiatives.push(`${i.title} (${i.level})`);
  for (const d of facts.disciplinesOf(recipientId)) at(d.year).discipline.push(`${d.form} (${DISCIPLINE_LABELS[d.form as DisciplineForm] ?? d.form})`);
  return [...years.values()].sort((a, b) => a.year - b.year);
}
