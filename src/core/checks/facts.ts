/**
 * A read-only snapshot of what the rules look at: award lines with their decisions and types, recipients
 * with their units, and the evidence (ratings, discipline, initiatives, member counts), indexed for the
 * questions the rules ask. Loaded once per run, so the rules themselves are pure functions over it.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, sql, type Kysely } from 'kysely';
import { loadSettings, type Settings } from '../settings/settings.js';
import type { Selectable } from 'kysely';
import type { CollectiveYearTable, DB, DisciplineTable, InitiativeTable, RecipientRow } from '../tables.js';
import { disciplineRank, ratingRank } from '../evidence/vocab.js';
import { loadClusterStandings, type ClusterStanding } from '../evidence/cluster.js';

/** Kinds of commendation that do not count toward the regular-merit chains (docs/domain.md §5). */
export const NON_COUNTING_KINDS = ['sudden', 'movement'];

export interface LineFact {
  id: number;
  decision_id: number;
  decision: string;
  decision_symbol: string;
  decision_date: string;
  regime: string;
  body_id: number;
  body_name: string;
  body_level: string;
  line_no: number | null;
  recipient_id: number;
  type_code: string;
  type_name: string;
  type_family: string;
  type_periodicity: string | null;
  type_kinds: string;
  type_levels: string;
  type_article: string | null;
  period_from: number;
  period_to: number;
  /** The kind of commendation: regular, sudden, movement, … */
  kind: string;
  revoked: boolean;
}

// The columns of the registry's rows that the rules read (the rows' own types, so the two never drift).
export type RecipientFact = Pick<RecipientRow, 'id' | 'ref' | 'name' | 'kind' | 'unit_id'>;
export type DisciplineFact = Pick<Selectable<DisciplineTable>, 'id' | 'recipient_id' | 'year' | 'form' | 'date' | 'decision'>;
export type InitiativeFact = Pick<Selectable<InitiativeTable>, 'id' | 'recipient_id' | 'year' | 'title' | 'level' | 'recognised_by'>;
export type CollectiveYearFact = Pick<Selectable<CollectiveYearTable>, 'collective_id' | 'year' | 'member_count' | 'ldtt_count' | 'cstdcs_count' | 'completed_count'>;

/** What is known of a collective's members in a year, declared and from the registry. */
export interface Membership {
  declared: CollectiveYearFact | undefined;
  /** Individuals whose unit is the collective. */
  members: RecipientFact[];
  ldtt: RecipientFact[];
  cstdcs: RecipientFact[];
  rated: RecipientFact[];
  completed: RecipientFact[];
  /** Members disciplined in the year, with their heaviest form. */
  disciplined: { member: RecipientFact; form: string }[];
}

export interface FactsScope {
  /** Only these recipients, their units and the members of those units (default: everything). */
  recipientIds?: number[];
  /** Decisions and award types already read, shared by loads that follow one another (a long check). */
  shared?: FactsShared;
}

/**
 * What a line refers to: its decision (with the signing body) and its award type, read once. With the
 * raw connection under the Kysely handle (outside a transaction of Kysely's), the lines themselves are
 * read as arrays rather than objects: a large import's rules read a million of them.
 */
export class FactsShared {
  readonly decisions = new Map<number, DecisionFact>();
  types: Map<number, TypeFact> | undefined;
  private linesStmt: BetterSqlite3.Statement | undefined;
  constructor(private readonly raw?: BetterSqlite3.Database) {}

  /** The lines of the recipients `ids` (a JSON array), as BareLine arrays; undefined without the raw connection. */
  rawLines(ids: string): BareLine[] | undefined {
    if (!this.raw) return undefined;
    this.linesStmt ??= this.raw.prepare(LINES_OF_RECIPIENTS).raw(true);
    return this.linesStmt.all(ids) as BareLine[];
  }
}

/** The lines alone (numbers, from the covering index award_recipient_lines), revoked or not. */
const BARE_LINES =
  'SELECT a.id, a.decision_id, a.line_no, a.recipient_id, a.award_type_id, a.period_from, a.period_to, a.kind, x.id IS NOT NULL AS revoked FROM award a LEFT JOIN award_revocation x ON x.award_id = a.id';
/** BARE_LINES of the recipients whose ids are given as one JSON array (see inList). */
const LINES_OF_RECIPIENTS = `${BARE_LINES} WHERE a.recipient_id IN (SELECT value FROM json_each(?))`;
type BareLine = [id: number, decision_id: number, line_no: number | null, recipient_id: number, award_type_id: number, period_from: number, period_to: number, kind: string, revoked: number];
type BareRow = { id: number; decision_id: number; line_no: number | null; recipient_id: number; award_type_id: number; period_from: number; period_to: number; kind: string; revoked: number };

interface DecisionFact {
  ref: string;
  symbol: string;
  date: string;
  regime: string;
  body_id: number;
  body_name: string;
  body_level: string;
}

interface TypeFact {
  code: string;
  name_vi: string;
  family: string;
  periodicity: string | null;
  recipient_kinds: string;
  levels: string;
  article: string | null;
}

const key = (id: number, year: number) => `${id}:${year}`;

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

export class Facts {
  readonly recipients = new Map<number, RecipientFact>();
  readonly lines: LineFact[] = [];
  private readonly linesByRecipient = new Map<number, LineFact[]>();
  private readonly ratings = new Map<string, string>();
  private readonly disciplines = new Map<number, DisciplineFact[]>();
  private readonly initiatives = new Map<number, InitiativeFact[]>();
  private readonly collectiveYears = new Map<string, CollectiveYearFact>();
  private readonly membersOf = new Map<number, RecipientFact[]>();
  private readonly standings = new Map<string, ClusterStanding[]>();

  constructor(
    readonly settings: Settings,
    data: {
      recipients: RecipientFact[];
      lines: LineFact[];
      ratings: { recipient_id: number; year: number; rating: string }[];
      disciplines: DisciplineFact[];
      initiatives: InitiativeFact[];
      collectiveYears: CollectiveYearFact[];
      /** The recipients' places in emulation clusters (the flags' evidence). */
      clusters?: ClusterStanding[];
    },
  ) {
    for (const r of data.recipients) {
      this.recipients.set(r.id, r);
      if (r.unit_id !== null && r.kind === 'individual') push(this.membersOf, r.unit_id, r);
    }
    for (const l of data.lines) {
      this.lines.push(l);
      push(this.linesByRecipient, l.recipient_id, l);
    }
    for (const r of data.ratings) this.ratings.set(key(r.recipient_id, r.year), r.rating);
    for (const d of data.disciplines) push(this.disciplines, d.recipient_id, d);
    for (const i of data.initiatives) push(this.initiatives, i.recipient_id, i);
    for (const c of data.collectiveYears) this.collectiveYears.set(key(c.collective_id, c.year), c);
    for (const c of data.clusters ?? []) push(this.standings, key(c.recipient_id, c.year), c);
  }

  /** The clusters and blocks a collective belongs to in a year, with its ranking there. */
  clusterStandings(recipientId: number, year: number): ClusterStanding[] {
    return this.standings.get(key(recipientId, year)) ?? [];
  }

  recipient(id: number): RecipientFact {
    const r = this.recipients.get(id);
    if (!r) throw new Error(`recipient #${id} is not in the loaded facts`);
    return r;
  }

  /** Every line of a recipient (revoked too), in decision order. */
  linesOf(recipientId: number): LineFact[] {
    return this.linesByRecipient.get(recipientId) ?? [];
  }

  /** Active lines of `code` that count toward the chains (not revoked, not sudden or movement). */
  counting(recipientId: number, code: string): LineFact[] {
    return this.linesOf(recipientId).filter((l) => l.type_code === code && !l.revoked && !NON_COUNTING_KINDS.includes(l.kind));
  }

  /** The counting line of `code` whose achievement period ends in `year`, if any. */
  titleFor(recipientId: number, code: string, year: number, exceptLineId?: number): LineFact | undefined {
    return this.counting(recipientId, code).find((l) => l.period_to === year && l.id !== exceptLineId);
  }

  rating(recipientId: number, year: number): string | undefined {
    return this.ratings.get(key(recipientId, year));
  }

  disciplinesOf(recipientId: number): DisciplineFact[] {
    return this.disciplines.get(recipientId) ?? [];
  }

  initiativesOf(recipientId: number): InitiativeFact[] {
    return this.initiatives.get(recipientId) ?? [];
  }

  members(collectiveId: number): RecipientFact[] {
    return this.membersOf.get(collectiveId) ?? [];
  }

  membership(collectiveId: number, year: number): Membership {
    const members = this.members(collectiveId);
    const disciplined: Membership['disciplined'] = [];
    for (const m of members) {
      const forms = this.disciplinesOf(m.id).filter((d) => d.year === year).map((d) => d.form);
      if (forms.length) disciplined.push({ member: m, form: forms.sort((a, b) => disciplineRank(b) - disciplineRank(a))[0] });
    }
    const rated = members.filter((m) => this.rating(m.id, year) !== undefined);
    return {
      declared: this.collectiveYears.get(key(collectiveId, year)),
      members,
      ldtt: members.filter((m) => this.titleFor(m.id, 'LDTT', year)),
      cstdcs: members.filter((m) => this.titleFor(m.id, 'CSTDCS', year)),
      rated,
      completed: rated.filter((m) => ratingRank(this.rating(m.id, year)!) >= ratingRank('completed')),
      disciplined,
    };
  }
}

/**
 * `column IN (ids)`, the ids bound as one JSON array: one short statement whatever the number of ids
 * (thousands, for a large import's groups), instead of a parameter each.
 */
function inList(column: string, ids: number[]) {
  return sql<boolean>`${sql.ref(column)} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
}

/** Loads the facts the rules need (all of the registry, or a scope of recipients). Read-only. */
export async function loadFacts(db: Kysely<DB>, scope: FactsScope = {}): Promise<Facts> {
  let ids: number[] | undefined;
  if (scope.recipientIds) {
    const given = [...new Set(scope.recipientIds)];
    const units = given.length ? await db.selectFrom('recipient').select('unit_id').where(inList('id', given)).where('unit_id', 'is not', null).execute() : [];
    const anchors = [...new Set([...given, ...units.map((u) => u.unit_id as number)])];
    const members = anchors.length ? await db.selectFrom('recipient').select('id').where(inList('unit_id', anchors)).execute() : [];
    ids = [...new Set([...anchors, ...members.map((m) => m.id)])].sort((a, b) => a - b);
  }
  const within = <Q extends { where: (...a: any[]) => Q }>(q: Q, column: string): Q => (ids ? q.where(inList(column, ids)) : q);

  const recipients = await within(db.selectFrom('recipient').select(['id', 'ref', 'name', 'kind', 'unit_id']), 'id').orderBy('id').execute();
  const shared = scope.shared ?? new FactsShared();
  // The lines alone; their decisions, bodies and types are few, read once and shared by every line that names them.
  const json = ids && JSON.stringify(ids);
  const bare: BareLine[] =
    (json && shared.rawLines(json)) ||
    (await db.executeQuery<BareRow>(json ? CompiledQuery.raw(LINES_OF_RECIPIENTS, [json]) : CompiledQuery.raw(BARE_LINES))).rows.map((l): BareLine => [
      l.id,
      l.decision_id,
      l.line_no,
      l.recipient_id,
      l.award_type_id,
      l.period_from,
      l.period_to,
      l.kind,
      l.revoked,
    ]);
  if (!shared.types) {
    const types = await db.selectFrom('award_type').select(['id', 'code', 'name_vi', 'family', 'periodicity', 'recipient_kinds', 'levels', 'article']).execute();
    shared.types = new Map(types.map((t) => [t.id, t]));
  }
  const unknown = [...new Set(bare.map((l) => l[1]))].filter((id) => !shared.decisions.has(id));
  for (let i = 0; i < unknown.length; i += 10_000) {
    const rows = await db
      .selectFrom('decision as d')
      .innerJoin('body as b', 'b.id', 'd.body_id')
      .select(['d.id', 'd.ref', 'd.symbol', 'd.date', 'd.regime', 'b.id as body_id', 'b.name as body_name', 'b.level as body_level'])
      .where(inList('d.id', unknown.slice(i, i + 10_000)))
      .execute();
    for (const d of rows) shared.decisions.set(d.id, d);
  }
  const lines: LineFact[] = bare.map(([id, decisionId, lineNo, recipientId, typeId, from, to, kind, revoked]) => {
    const d = shared.decisions.get(decisionId)!;
    const t = shared.types!.get(typeId)!;
    return {
      id,
      decision_id: decisionId,
      decision: d.ref,
      decision_symbol: d.symbol,
      decision_date: d.date,
      regime: d.regime,
      body_id: d.body_id,
      body_name: d.body_name,
      body_level: d.body_level,
      line_no: lineNo,
      recipient_id: recipientId,
      type_code: t.code,
      type_name: t.name_vi,
      type_family: t.family,
      type_periodicity: t.periodicity,
      type_kinds: t.recipient_kinds,
      type_levels: t.levels,
      type_article: t.article,
      period_from: from,
      period_to: to,
      kind,
      revoked: Boolean(revoked),
    };
  });
  // Decision date, decision, STT (lines without one last), id.
  lines.sort(
    (a, b) =>
      (a.decision_date < b.decision_date ? -1 : a.decision_date > b.decision_date ? 1 : 0) ||
      a.decision_id - b.decision_id ||
      (a.line_no === null ? 1 : 0) - (b.line_no === null ? 1 : 0) ||
      (a.line_no ?? 0) - (b.line_no ?? 0) ||
      a.id - b.id,
  );
  const ratings = await within(db.selectFrom('rating').select(['recipient_id', 'year', 'rating']), 'recipient_id').execute();
  const disciplines = await within(db.selectFrom('discipline').select(['id', 'recipient_id', 'year', 'form', 'date', 'decision']), 'recipient_id')
    .orderBy('year')
    .orderBy('id')
    .execute();
  const initiatives = await within(db.selectFrom('initiative').select(['id', 'recipient_id', 'year', 'title', 'level', 'recognised_by']), 'recipient_id')
    .orderBy('year')
    .orderBy('id')
    .execute();
  const collectiveYears = await within(
    db.selectFrom('collective_year').select(['collective_id', 'year', 'member_count', 'ldtt_count', 'cstdcs_count', 'completed_count']),
    'collective_id',
  ).execute();
  return new Facts(await loadSettings(db), {
    recipients,
    lines,
    ratings,
    disciplines,
    initiatives,
    collectiveYears,
    clusters: await loadClusterStandings(db, ids),
  });
}
