/**
 * Emulation clusters and blocks (cụm, khối thi đua), the evidence of the emulation flags (Art. 25–26,
 * Law 06/2022/QH15; Art. 11–12, Decree 91/2017/NĐ-CP): the clusters a body organizes, the collectives that
 * belong to each in a year, and the cluster's ranking — its place for each member and the unit that leads
 * it (dẫn đầu). Every write is audited; a member recorded by mistake is removed with its removal in the
 * audit trail.
 */
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Auditor } from '../audit.js';
import type { Registry, Tx } from '../db.js';
import { AmbiguousError, ConflictError, InvalidError, NotFoundError } from '../errors.js';
import { resolveBody, resolveRecipient, wordPatterns } from '../resolve.js';
import { fold, slugify } from '../text.js';
import { inValues } from '../sql.js';
import { parseInput, zOptText, zRef, zText, zVocab } from '../validate.js';
import type { DB } from '../tables.js';
import { KIND_LABELS, type RecipientKind } from '../domain.js';
import { zYear } from './evidence.js';
import { CLUSTER } from '../../i18n/messages/law-clusters.js';

export const CLUSTER_KINDS = ['cluster', 'block'] as const;
export type ClusterKind = (typeof CLUSTER_KINDS)[number];

/** "cụm thi đua" / "khối thi đua" in Vietnamese, the code in English. */
export function clusterKindLabel(kind: string): string {
  return kind === 'block' ? CLUSTER.kindBlock() : CLUSTER.kindCluster();
}

/** The code, or the Vietnamese word with or without diacritics. */
export function parseClusterKind(text: string): ClusterKind | undefined {
  const t = fold(text);
  if (t === 'cluster' || t === 'cum' || t === 'cum thi dua') return 'cluster';
  if (t === 'block' || t === 'khoi' || t === 'khoi thi dua') return 'block';
  return undefined;
}

const zWho = (what: () => string) => z.string().trim().min(1, { error: () => what() });

export const ClusterInput = z.object({
  ref: zRef.optional(),
  name: zText(300),
  kind: zVocab(parseClusterKind, (s) => CLUSTER.badKind(s)).default('cluster'),
  organizer: zWho(CLUSTER.nameOrganizer),
  note: zOptText(),
});
export type ClusterInput = z.input<typeof ClusterInput>;

export const ClusterMemberInput = z.object({
  cluster: zWho(CLUSTER.nameIt),
  collective: zWho(CLUSTER.nameCollective),
  year: zYear,
  /** Its place in the ranking; null clears it; absent leaves it as it is. */
  rank: z.coerce.number().int({ error: () => CLUSTER.rankWhole() }).min(1, { error: () => CLUSTER.rankWhole() }).nullish(),
  /** It leads the cluster for the year; absent leaves it as it is. */
  leading: z.boolean().optional(),
  note: zOptText().optional(),
});
export type ClusterMemberInput = z.input<typeof ClusterMemberInput>;

export interface ClusterRecord {
  ref: string;
  name: string;
  kind: string;
  kind_label: string;
  organizer: string;
  organizer_name: string;
  organizer_level: string;
  /** For a listing by year: the members recorded and the leading units (names). */
  year: number | null;
  members: number | null;
  leading: string[];
  note: string | null;
}

export interface ClusterMemberRecord {
  cluster: string;
  cluster_name: string;
  organizer_level: string;
  year: number;
  collective: string;
  collective_name: string;
  rank: number | null;
  leading: boolean;
  note: string | null;
}

interface ClusterMatch {
  id: number;
  ref: string;
  name: string;
  organizer_name: string;
}

/** A cluster by reference, exact name, or words of its name without diacritics. Read-only. */
export async function resolveCluster(db: Kysely<DB>, query: string): Promise<ClusterMatch> {
  const q = query.trim();
  const base = () =>
    // i18n-ignore: column aliases
    db.selectFrom('emulation_cluster as c').innerJoin('body as b', 'b.id', 'c.organizer_id').select(['c.id', 'c.ref', 'c.name', 'b.name as organizer_name']);
  const exact = await base().where('c.ref', '=', q.toLowerCase()).executeTakeFirst();
  if (exact) return exact;
  const named = await base().where('c.name_folded', '=', fold(q)).orderBy('c.id').execute();
  let found = named;
  if (!found.length) {
    let w = base();
    for (const p of wordPatterns(q)) w = w.where(sql<boolean>`c.name_folded LIKE ${p} ESCAPE '\\'`);
    found = await w.orderBy('c.name_folded').orderBy('c.id').limit(21).execute();
  }
  if (found.length === 1) return found[0];
  if (found.length > 1) {
    throw new AmbiguousError(
      CLUSTER.ambiguous(),
      q,
      found.slice(0, 20).map((c) => ({ ref: c.ref, label: `${c.name} — ${c.organizer_name}` })),
    );
  }
  throw new NotFoundError(CLUSTER.notFound(q), CLUSTER.notFoundHint());
}

async function collective(db: Kysely<DB>, query: string) {
  const r = await resolveRecipient(db, query);
  if (r.kind !== 'collective') {
    throw new InvalidError(CLUSTER.notCollective(r.name, r.kind, KIND_LABELS[r.kind as RecipientKind] ?? r.kind), { hint: CLUSTER.notCollectiveHint() });
  }
  return r;
}

/** Records a cluster inside the caller's write transaction. Returns its reference. */
export async function writeCluster(trx: Tx, audit: Auditor, v: z.output<typeof ClusterInput>, now: string): Promise<string> {
  const organizer = await resolveBody(trx, v.organizer);
  let ref = v.ref;
  if (ref) {
    if (await trx.selectFrom('emulation_cluster').select('id').where('ref', '=', ref).executeTakeFirst()) {
      throw new ConflictError(CLUSTER.refTaken(ref), CLUSTER.refTakenHint());
    }
  } else {
    const slug = slugify(v.name);
    const taken = new Set((await trx.selectFrom('emulation_cluster').select('ref').where((eb) => eb.or([eb('ref', '=', slug), eb('ref', 'like', `${slug}-%`)])).execute()).map((r) => r.ref));
    ref = slug;
    for (let i = 2; taken.has(ref); i++) ref = `${slug}-${i}`;
  }
  const { id } = await trx
    .insertInto('emulation_cluster')
    .values({ ref, name: v.name, name_folded: fold(v.name), kind: v.kind, organizer_id: organizer.id, note: v.note ?? null, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit.record('create', 'emulation_cluster', id);
  return ref;
}

export type MemberOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Records a collective in a cluster for a year, or updates its rank, leading mark or note (a value not
 * given is left as it is), inside the caller's write transaction.
 */
export async function writeClusterMember(trx: Tx, audit: Auditor, v: z.output<typeof ClusterMemberInput>, now: string): Promise<MemberOutcome> {
  return (await writeMember(trx, audit, v, now)).outcome;
}

async function writeMember(trx: Tx, audit: Auditor, v: z.output<typeof ClusterMemberInput>, now: string): Promise<{ outcome: MemberOutcome; collective: string }> {
  const c = await resolveCluster(trx, v.cluster);
  const r = await collective(trx, v.collective);
  const ref = `${c.ref} ${v.year} ${r.ref}`;
  const row = await trx.selectFrom('cluster_member').selectAll().where('cluster_id', '=', c.id).where('year', '=', v.year).where('recipient_id', '=', r.id).executeTakeFirst();
  if (row) {
    const next = {
      rank: v.rank === undefined ? row.rank : v.rank,
      leading: v.leading === undefined ? row.leading : v.leading ? 1 : 0,
      note: v.note === undefined ? row.note : v.note,
    };
    if (next.rank === row.rank && next.leading === row.leading && next.note === row.note) return { outcome: 'unchanged', collective: r.ref };
    await trx.updateTable('cluster_member').set({ ...next, updated_at: now }).where('id', '=', row.id).execute();
    await audit.record('update', 'cluster_member', row.id, { before: row as unknown as Record<string, unknown>, ref });
    return { outcome: 'updated', collective: r.ref };
  }
  const { id } = await trx
    .insertInto('cluster_member')
    .values({ cluster_id: c.id, year: v.year, recipient_id: r.id, rank: v.rank ?? null, leading: v.leading ? 1 : 0, note: v.note ?? null, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit.record('create', 'cluster_member', id, { ref });
  return { outcome: 'created', collective: r.ref };
}

/** Records a cluster. One transaction. */
export async function addCluster(reg: Registry, input: ClusterInput): Promise<ClusterRecord> {
  const v = parseInput(ClusterInput, input, 'cluster');
  const ref = await reg.write((trx, audit) => writeCluster(trx, audit, v, reg.now()));
  return (await listClusters(reg.db, { ref }))[0];
}

/** Records collectives in a cluster for a year (their rank and leading mark, when given). One transaction. */
export async function setClusterMembers(
  reg: Registry,
  input: { cluster: string; year: number | string; collectives: string[]; rank?: number | string | null; leading?: boolean; note?: string | null },
): Promise<(ClusterMemberRecord & { outcome: MemberOutcome })[]> {
  const parsed = input.collectives.map((collective) => parseInput(ClusterMemberInput, { ...input, collective }, 'cluster member'));
  const written = await reg.write(async (trx, audit) => {
    const out: { outcome: MemberOutcome; collective: string }[] = [];
    for (const v of parsed) out.push(await writeMember(trx, audit, v, reg.now()));
    return out;
  });
  const cluster = await resolveCluster(reg.db, input.cluster);
  const members = await listClusterMembers(reg.db, { clusterId: cluster.id, year: parsed[0]?.year });
  return written.map((w) => ({ ...members.find((m) => m.collective === w.collective)!, outcome: w.outcome }));
}

/** Removes a collective recorded in a cluster by mistake; the audit trail keeps the row. One transaction. */
export async function removeClusterMember(reg: Registry, input: { cluster: string; collective: string; year: number | string }): Promise<ClusterMemberRecord> {
  const v = parseInput(ClusterMemberInput.pick({ cluster: true, collective: true, year: true }), input, 'cluster member');
  return reg.write(async (trx, audit) => {
    const c = await resolveCluster(trx, v.cluster);
    const r = await collective(trx, v.collective);
    const [m] = await listClusterMembers(trx, { clusterId: c.id, year: v.year, recipientId: r.id });
    const row = await trx.selectFrom('cluster_member').select('id').where('cluster_id', '=', c.id).where('year', '=', v.year).where('recipient_id', '=', r.id).executeTakeFirst();
    if (!row || !m) throw new NotFoundError(CLUSTER.notMember(r.name, c.name, String(v.year)), CLUSTER.notMemberHint(c.ref, String(v.year)));
    await audit.remove('remove', 'cluster_member', row.id, { ref: `${c.ref} ${v.year} ${r.ref}` });
    return m;
  });
}

/** The clusters (with, for `year`, how many members and which lead), by name. Read-only. */
export async function listClusters(db: Kysely<DB>, f: { year?: number; ref?: string } = {}): Promise<ClusterRecord[]> {
  let q = db
    .selectFrom('emulation_cluster as c')
    .innerJoin('body as b', 'b.id', 'c.organizer_id')
    // i18n-ignore: column aliases
    .select(['c.id', 'c.ref', 'c.name', 'c.kind', 'c.note', 'b.ref as organizer', 'b.name as organizer_name', 'b.level as organizer_level']);
  if (f.ref) q = q.where('c.ref', '=', f.ref);
  const clusters = await q.orderBy('c.name_folded').orderBy('c.id').execute();
  const members = f.year === undefined ? [] : await listClusterMembers(db, { year: f.year });
  return clusters.map(({ id, ...c }) => {
    void id;
    const mine = members.filter((m) => m.cluster === c.ref);
    return {
      ...c,
      kind_label: clusterKindLabel(c.kind),
      year: f.year ?? null,
      members: f.year === undefined ? null : mine.length,
      leading: mine.filter((m) => m.leading).map((m) => m.collective_name),
    };
  });
}

/** Members of clusters, by cluster, year, rank (unranked last) and name. Read-only. */
export async function listClusterMembers(db: Kysely<DB>, f: { clusterId?: number; year?: number; recipientId?: number } = {}): Promise<ClusterMemberRecord[]> {
  let q = db
    .selectFrom('cluster_member as m')
    .innerJoin('emulation_cluster as c', 'c.id', 'm.cluster_id')
    .innerJoin('body as b', 'b.id', 'c.organizer_id')
    .innerJoin('recipient as r', 'r.id', 'm.recipient_id')
    // i18n-ignore: column aliases
    .select(['c.ref as cluster', 'c.name as cluster_name', 'b.level as organizer_level', 'm.year', 'r.ref as collective', 'r.name as collective_name', 'm.rank', 'm.leading', 'm.note']);
  if (f.clusterId !== undefined) q = q.where('m.cluster_id', '=', f.clusterId);
  if (f.year !== undefined) q = q.where('m.year', '=', f.year);
  if (f.recipientId !== undefined) q = q.where('m.recipient_id', '=', f.recipientId);
  const rows = await q
    .orderBy('c.name_folded')
    .orderBy('c.id')
    .orderBy('m.year')
    .orderBy(sql`m.rank IS NULL`)
    .orderBy('m.rank')
    .orderBy('r.name_folded')
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({ ...r, leading: Boolean(r.leading) }));
}

/** Clusters and their members as a fixture (or a script) gives them. */
export interface ClusterSet {
  clusters?: ClusterInput[];
  members?: ClusterMemberInput[];
}

/** Records a set of clusters and members inside the caller's write transaction. Returns how many records were written. */
export async function writeClusterSet(trx: Tx, audit: Auditor, set: ClusterSet, now: string): Promise<number> {
  let n = 0;
  for (const input of set.clusters ?? []) {
    await writeCluster(trx, audit, parseInput(ClusterInput, input, `cluster ${input.ref ?? input.name}`), now);
    n++;
  }
  for (const input of set.members ?? []) {
    if ((await writeClusterMember(trx, audit, parseInput(ClusterMemberInput, input, `member ${input.collective} of ${input.cluster}`), now)) !== 'unchanged') n++;
  }
  return n;
}

/** A collective's place in a cluster for a year, as the flags' rules read it. */
export interface ClusterStanding {
  recipient_id: number;
  year: number;
  cluster: string;
  cluster_name: string;
  kind: string;
  organizer_name: string;
  organizer_level: string;
  rank: number | null;
  leading: boolean;
  /** The cluster's ranking for the year is recorded (some member has a rank or leads it). */
  ranked: boolean;
}

/** The cluster standings of the given recipients (all when undefined). Read-only. */
export async function loadClusterStandings(db: Kysely<DB>, recipientIds?: number[]): Promise<ClusterStanding[]> {
  let q = db
    .selectFrom('cluster_member as m')
    .innerJoin('emulation_cluster as c', 'c.id', 'm.cluster_id')
    .innerJoin('body as b', 'b.id', 'c.organizer_id')
    .select([
      'm.recipient_id',
      'm.year',
      // i18n-ignore: column aliases
      'c.ref as cluster',
      'c.name as cluster_name',
      'c.kind',
      'b.name as organizer_name',
      'b.level as organizer_level',
      'm.rank',
      'm.leading',
      sql<number>`EXISTS (SELECT 1 FROM cluster_member o WHERE o.cluster_id = m.cluster_id AND o.year = m.year AND (o.leading = 1 OR o.rank IS NOT NULL))`.as('ranked'),
    ]);
  if (recipientIds) q = q.where(inValues(db, sql.ref('m.recipient_id'), recipientIds));
  const rows = await q.orderBy('m.year').orderBy('c.name_folded').orderBy('m.id').execute();
  return rows.map((r) => ({ ...r, leading: Boolean(r.leading), ranked: Boolean(r.ranked) }));
}
