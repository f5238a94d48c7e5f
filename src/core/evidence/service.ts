/**
 * Recording evidence: ratings (one per recipient and year; setting again replaces it), disciplinary
 * measures and recognised initiatives (added; the same one twice is refused), and what a collective declares
 * about its members for a year. Every write is audited.
 */
import type { Auditor } from '../audit.js';
import type { Registry, Tx } from '../db.js';
import { ConflictError, InvalidError } from '../errors.js';
import { resolveRecipient } from '../resolve.js';
import { parseInput } from '../validate.js';
import {
  DisciplineInput,
  EvidenceColumns,
  InitiativeInput,
  MembersInput,
  RatingInput,
  type DisciplineRecord,
  type InitiativeRecord,
  type MembersRecord,
  type RatingRecord,
} from './evidence.js';
import { getDiscipline, getInitiative, getMembers, getRating } from './queries.js';
import { DISCIPLINE_LABELS, type DisciplineForm } from './vocab.js';
import { EVIDENCE } from '../../i18n/messages/core-records-people.js';

export interface Who {
  id: number;
  ref: string;
  name: string;
  kind: string;
}

async function who(trx: Tx, query: string | number): Promise<Who> {
  if (typeof query === 'number') {
    return trx.selectFrom('recipient').select(['id', 'ref', 'name', 'kind']).where('id', '=', query).executeTakeFirstOrThrow();
  }
  const m = await resolveRecipient(trx, query);
  return { id: m.id, ref: m.ref, name: m.name, kind: m.kind };
}

export type WriteOutcome = 'created' | 'updated' | 'unchanged';

export async function writeRating(
  trx: Tx,
  audit: Auditor,
  r: Who,
  v: { year: number; rating: string; note?: string | null },
  now: string,
): Promise<WriteOutcome> {
  const row = await trx.selectFrom('rating').selectAll().where('recipient_id', '=', r.id).where('year', '=', v.year).executeTakeFirst();
  const ref = `${r.ref} ${v.year}`;
  if (row) {
    const note = v.note === undefined ? row.note : v.note;
    if (row.rating === v.rating && row.note === note) return 'unchanged';
    await trx.updateTable('rating').set({ rating: v.rating, note, updated_at: now }).where('id', '=', row.id).execute();
    await audit.record('update', 'rating', row.id, { before: row as unknown as Record<string, unknown>, ref });
    return 'updated';
  }
  const { id } = await trx
    .insertInto('rating')
    .values({ recipient_id: r.id, year: v.year, rating: v.rating, note: v.note ?? null, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit.record('create', 'rating', id, { ref });
  return 'created';
}

export async function writeDiscipline(
  trx: Tx,
  audit: Auditor,
  r: Who,
  v: { year: number; form: string; date: string | null; decision: string | null; note: string | null },
  now: string,
  opts: { skipDuplicate?: boolean } = {},
): Promise<number | null> {
  const twin = await trx
    .selectFrom('discipline')
    .select('id')
    .where('recipient_id', '=', r.id)
    .where('year', '=', v.year)
    .where('form', '=', v.form)
    .executeTakeFirst();
  if (twin) {
    if (opts.skipDuplicate) return null;
    throw new ConflictError(
      EVIDENCE.disciplineTwin(r.name, DISCIPLINE_LABELS[v.form as DisciplineForm], v.form, String(v.year), String(twin.id)),
      EVIDENCE.disciplineTwinHint(r.ref),
    );
  }
  const { id } = await trx
    .insertInto('discipline')
    .values({ recipient_id: r.id, year: v.year, form: v.form, date: v.date, decision: v.decision, note: v.note, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit.record('create', 'discipline', id, { ref: `${r.ref} ${v.year} ${v.form}` });
  return id;
}

export async function writeInitiative(
  trx: Tx,
  audit: Auditor,
  r: Who,
  v: { year: number; title: string; level: string; recognised_by: string | null; note: string | null },
  now: string,
  opts: { skipDuplicate?: boolean } = {},
): Promise<number | null> {
  const twin = await trx
    .selectFrom('initiative')
    .select(['id', 'level'])
    .where('recipient_id', '=', r.id)
    .where('year', '=', v.year)
    .where('title', '=', v.title)
    .executeTakeFirst();
  if (twin) {
    if (opts.skipDuplicate) return null;
    throw new ConflictError(EVIDENCE.initiativeTwin(r.name, v.title, String(v.year), String(twin.id), twin.level));
  }
  const { id } = await trx
    .insertInto('initiative')
    .values({ recipient_id: r.id, year: v.year, title: v.title, level: v.level, recognised_by: v.recognised_by, note: v.note, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit.record('create', 'initiative', id, { ref: `${r.ref} ${v.year}` });
  return id;
}

export async function writeMembers(
  trx: Tx,
  audit: Auditor,
  c: Who,
  v: { year: number; member_count: number; ldtt_count: number | null; cstdcs_count: number | null; completed_count: number | null; note: string | null },
  now: string,
): Promise<WriteOutcome> {
  if (c.kind !== 'collective') {
    throw new InvalidError(EVIDENCE.membersOnlyCollectives(c.name, c.kind), { hint: EVIDENCE.membersOnlyCollectivesHint() });
  }
  const row = await trx.selectFrom('collective_year').selectAll().where('collective_id', '=', c.id).where('year', '=', v.year).executeTakeFirst();
  const values = {
    member_count: v.member_count,
    ldtt_count: v.ldtt_count,
    cstdcs_count: v.cstdcs_count,
    completed_count: v.completed_count,
    note: v.note,
  };
  const ref = `${c.ref} ${v.year}`;
  if (row) {
    const same = (Object.keys(values) as (keyof typeof values)[]).every((k) => row[k] === values[k]);
    if (same) return 'unchanged';
    await trx.updateTable('collective_year').set({ ...values, updated_at: now }).where('id', '=', row.id).execute();
    await audit.record('update', 'collective_year', row.id, { before: row as unknown as Record<string, unknown>, ref });
    return 'updated';
  }
  const { id } = await trx
    .insertInto('collective_year')
    .values({ collective_id: c.id, year: v.year, ...values, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit.record('create', 'collective_year', id, { ref });
  return 'created';
}

/** Sets a recipient's rating for a year (replacing one recorded before). One transaction. */
export async function setRating(reg: Registry, input: RatingInput): Promise<RatingRecord & { outcome: WriteOutcome }> {
  const v = parseInput(RatingInput, input, 'rating');
  const { ref, outcome } = await reg.write(async (trx, audit) => {
    const r = await who(trx, v.recipient);
    return { ref: r.ref, outcome: await writeRating(trx, audit, r, v, reg.now()) };
  });
  return { ...(await getRating(reg.db, ref, v.year)), outcome };
}

/** Records a disciplinary measure. One transaction. */
export async function addDiscipline(reg: Registry, input: DisciplineInput): Promise<DisciplineRecord> {
  const v = parseInput(DisciplineInput, input, 'discipline');
  const id = await reg.write(async (trx, audit) => (await writeDiscipline(trx, audit, await who(trx, v.recipient), v, reg.now()))!);
  return getDiscipline(reg.db, id);
}

/** Records a recognised initiative or science work. One transaction. */
export async function addInitiative(reg: Registry, input: InitiativeInput): Promise<InitiativeRecord> {
  const v = parseInput(InitiativeInput, input, 'initiative');
  const id = await reg.write(async (trx, audit) => (await writeInitiative(trx, audit, await who(trx, v.recipient), v, reg.now()))!);
  return getInitiative(reg.db, id);
}

/** Records (or replaces) what a collective declares about its members for a year. One transaction. */
export async function setMembers(reg: Registry, input: MembersInput): Promise<MembersRecord & { outcome: WriteOutcome }> {
  const v = parseInput(MembersInput, input, 'member count');
  const { ref, outcome } = await reg.write(async (trx, audit) => {
    const c = await who(trx, v.collective);
    return { ref: c.ref, outcome: await writeMembers(trx, audit, c, v, reg.now()) };
  });
  return { ...(await getMembers(reg.db, ref, v.year)), outcome };
}

export interface EvidenceSummary {
  ratings: number;
  disciplines: number;
  initiatives: number;
  members: number;
}

/**
 * Records the evidence columns of one import row for `recipient` (an id, or a reference or name) inside
 * the caller's write transaction: the rating is set (replacing an older one), a discipline or initiative
 * is added unless the same one is already recorded, member counts are set for a collective. Columns that
 * are empty are skipped. Returns what was written. Proposed column names: see EvidenceColumns.
 */
export async function recordEvidence(
  trx: Tx,
  audit: Auditor,
  recipient: number | string,
  columns: EvidenceColumns,
  now: string,
): Promise<EvidenceSummary> {
  const v = parseInput(EvidenceColumns, columns, 'evidence columns');
  const r = await who(trx, recipient);
  const out: EvidenceSummary = { ratings: 0, disciplines: 0, initiatives: 0, members: 0 };
  if (v.rating) {
    if ((await writeRating(trx, audit, r, { year: v.year, rating: v.rating }, now)) !== 'unchanged') out.ratings++;
  }
  if (v.discipline) {
    const id = await writeDiscipline(
      trx,
      audit,
      r,
      { year: v.year, form: v.discipline, date: v.discipline_date ?? null, decision: v.discipline_decision, note: null },
      now,
      { skipDuplicate: true },
    );
    if (id !== null) out.disciplines++;
  }
  if (v.initiative) {
    const id = await writeInitiative(
      trx,
      audit,
      r,
      { year: v.year, title: v.initiative, level: v.initiative_level ?? 'grassroots', recognised_by: null, note: null },
      now,
      { skipDuplicate: true },
    );
    if (id !== null) out.initiatives++;
  }
  if (v.member_count != null) {
    const m = parseInput(MembersInput, { collective: r.ref, year: v.year, member_count: v.member_count, ldtt_count: v.ldtt_count, cstdcs_count: v.cstdcs_count, completed_count: v.completed_count }, 'member counts');
    if ((await writeMembers(trx, audit, r, m, now)) !== 'unchanged') out.members++;
  } else if (v.ldtt_count != null || v.cstdcs_count != null || v.completed_count != null) {
    throw new InvalidError(EVIDENCE.membersNeedCount(r.name), { issues: [{ where: 'member_count', message: EVIDENCE.membersNeedCountIssue() }] });
  }
  return out;
}

/** Evidence as a fixture (or a script) gives it: lists of the same inputs the commands take. */
export interface EvidenceSet {
  ratings?: RatingInput[];
  disciplines?: DisciplineInput[];
  initiatives?: InitiativeInput[];
  members?: MembersInput[];
}

/** Records a set of evidence inside the caller's write transaction. Returns how many records were written. */
export async function writeEvidenceSet(trx: Tx, audit: Auditor, set: EvidenceSet, now: string): Promise<number> {
  let n = 0;
  for (const input of set.ratings ?? []) {
    const v = parseInput(RatingInput, input, EVIDENCE.whatRating(String(input.recipient), String(input.year)));
    if ((await writeRating(trx, audit, await who(trx, v.recipient), v, now)) !== 'unchanged') n++;
  }
  for (const input of set.disciplines ?? []) {
    const v = parseInput(DisciplineInput, input, EVIDENCE.whatDiscipline(String(input.recipient)));
    await writeDiscipline(trx, audit, await who(trx, v.recipient), v, now);
    n++;
  }
  for (const input of set.initiatives ?? []) {
    const v = parseInput(InitiativeInput, input, EVIDENCE.whatInitiative(String(input.recipient)));
    await writeInitiative(trx, audit, await who(trx, v.recipient), v, now);
    n++;
  }
  for (const input of set.members ?? []) {
    const v = parseInput(MembersInput, input, EVIDENCE.whatMembers(String(input.collective), String(input.year)));
    if ((await writeMembers(trx, audit, await who(trx, v.collective), v, now)) !== 'unchanged') n++;
  }
  return n;
}
