/**
 * A read-only snapshot of what the rules look at: award lines with their decisions and types, recipients
 * with their units, and the evidence (ratings, discipline, initiatives, member counts), indexed for the
 * questions the rules ask. Loaded once per run, so the rules themselves are pure functions over it.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { inValues } from '../sql.js';
import { loadSettings, type Settings } from '../settings/settings.js';
import type { Selectable } from 'kysely';
import type { CollectiveYearTable, DB, DisciplineTable, InitiativeTable, RecipientRow } from '../tables.js';
import { disciplineRank, ratingRank } from '../evidence/vocab.js';
import { loadClusterStandings, type ClusterStanding } from '../evidence/cluster.js';
import { CHECKS } from '../../i18n/messages/scale.js';

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

/**
 * A collective's members in a year. Each list is worked out when a rule first reads it: most rules read
 * only the declared counts, and a unit's members are many.
 */
class YearMembership implements Membership {
  private lists: Partial<Pick<Membership, 'ldtt' | 'cstdcs' | 'rated' | 'completed' | 'disciplined'>> = {};

  constructor(
    private readonly facts: Facts,
    readonly declared: CollectiveYearFact | undefined,
    readonly members: RecipientFact[],
    private readonly year: number,
  ) {}

  get ldtt(): RecipientFact[] {
    return (this.lists.ldtt ??= this.members.filter((m) => this.facts.titleFor(m.id, 'LDTT', this.year)));
  }

  get cstdcs(): RecipientFact[] {
    return (this.lists.cstdcs ??= this.members.filter((m) => this.facts.titleFor(m.id, 'CSTDCS', this.year)));
  }

  get rated(): RecipientFact[] {
    return (this.lists.rated ??= this.members.filter((m) => this.facts.rating(m.id, this.year) !== undefined));
  }

  get completed(): RecipientFact[] {
    return (this.lists.completed ??= this.rated.filter((m) => ratingRank(this.facts.rating(m.id, this.year)!) >= ratingRank('completed')));
  }

  get disciplined(): Membership['disciplined'] {
    if (!this.lists.disciplined) {
      const out: Membership['disciplined'] = [];
      for (const m of this.members) {
        const forms = this.facts.disciplinesOf(m.id).filter((d) => d.year === this.year).map((d) => d.form);
        if (forms.length) out.push({ member: m, form: forms.sort((a, b) => disciplineRank(b) - disciplineRank(a))[0] });
      }
      this.lists.disciplined = out;
    }
    return this.lists.disciplined;
  }
}

export interface FactsScope {
  /** Only these recipients, their units and the members of those units (default: everything). */
  recipientIds?: number[];
  /** Decisions and award types already read, shared by loads that follow one another (a long check). */
  shared?: FactsShared;
  /** With recipientIds: also the members of their units (default true; questions about a person alone need none). */
  members?: boolean;
  /**
   * Only the lines of these award types (by code): for questions known to ask about no other (a
   * FactsProbe's). Asked about another type, or for every line, the facts throw FactsTooNarrow.
   */
  types?: string[];
}

/** Facts loaded for some award types only were asked about another: load them whole and ask again. */
export class FactsTooNarrow extends Error {}

type EvidenceTable = 'rating' | 'discipline' | 'initiative' | 'collective_year';

/**
 * What a line refers to: its decision (with the signing body) and its award type, read once. With the
 * raw connection under the Kysely handle (outside a transaction of Kysely's), the lines themselves are
 * read as arrays rather than objects: a large import's rules read a million of them.
 */
export class FactsShared {
  readonly decisions = new Map<number, DecisionFact>();
  types: Map<number, TypeFact> | undefined;
  /** Whether each evidence table holds any row, and the settings: read once for a run of loads. */
  holds: Map<EvidenceTable, boolean> | undefined;
  settings: Settings | undefined;
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
/** BARE_LINES of the recipients whose ids are given as one JSON array (the raw SQLite path; see inValues). */
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

  /** Set when only the lines of these award types were loaded (FactsScope.types): a question about others throws FactsTooNarrow. */
  private only: Set<string> | undefined;

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
    only?: string[],
  ) {
    this.only = only && new Set(only);
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
    if (!r) throw new Error(CHECKS.notLoaded(id));
    return r;
  }

  /** Every line of a recipient (revoked too), in decision order. */
  linesOf(recipientId: number): LineFact[] {
    if (this.only) throw new FactsTooNarrow();
    return this.linesByRecipient.get(recipientId) ?? [];
  }

  /** Active lines of `code` that count toward the chains (not revoked, not sudden or movement). */
  counting(recipientId: number, code: string): LineFact[] {
    if (this.only && !this.only.has(code)) throw new FactsTooNarrow();
    return (this.linesByRecipient.get(recipientId) ?? []).filter((l) => l.type_code === code && !l.revoked && !NON_COUNTING_KINDS.includes(l.kind));
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
    return new YearMembership(this, this.collectiveYears.get(key(collectiveId, year)), this.members(collectiveId), year);
  }
}

/** Loads the facts the rules need (all of the registry, or a scope of recipients). Read-only. */
export async function loadFacts(db: Kysely<DB>, scope: FactsScope = {}): Promise<Facts> {
  let ids: number[] | undefined;
  if (scope.recipientIds) {
    const given = [...new Set(scope.recipientIds)];
    const units = given.length ? await db.selectFrom('recipient').select('unit_id').where(inValues(db, sql.ref('id'), given)).where('unit_id', 'is not', null).execute() : [];
    const anchors = [...new Set([...given, ...units.map((u) => u.unit_id as number)])];
    const members = anchors.length && scope.members !== false ? await db.selectFrom('recipient').select('id').where(inValues(db, sql.ref('unit_id'), anchors)).execute() : [];
    ids = [...new Set([...anchors, ...members.map((m) => m.id)])].sort((a, b) => a - b);
  }
  const within = <Q extends { where: (...a: any[]) => Q }>(q: Q, column: string): Q => (ids ? q.where(inValues(db, sql.ref(column), ids)) : q);

  const recipients = await within(db.selectFrom('recipient').select(['id', 'ref', 'name', 'kind', 'unit_id']), 'id').orderBy('id').execute();
  const shared = scope.shared ?? new FactsShared();
  // The lines alone; their decisions, bodies and types are few, read once and shared by every line that names them.
  const json = ids && JSON.stringify(ids);
  const bare: BareLine[] =
    (json && !scope.types && shared.rawLines(json)) ||
    (
      await sql<BareRow>`${sql.raw(BARE_LINES)}${ids ? sql` WHERE ${inValues(db, sql.ref('a.recipient_id'), ids)}` : sql``}${
        ids && scope.types ? sql` AND a.award_type_id IN (SELECT id FROM award_type WHERE ${inValues(db, sql.ref('code'), scope.types)})` : sql``
      }`.execute(db)
    ).rows.map((l): BareLine => [
      l.id,
      l.decision_id,
      l.line_no,
      l.recipient_id,
      l.award_type_id,
      l.period_from,
      l.period_to,
      l.kind,
      Number(l.revoked), // true/false on PostgreSQL
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
      .where(inValues(db, sql.ref('d.id'), unknown.slice(i, i + 10_000)))
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
  // Evidence of a table that holds none is not asked for group after group (a registry of imported
  // history often has no ratings, no discipline, no initiatives, no member counts).
  const holds = async (table: EvidenceTable) => {
    if (!scope.shared) return true;
    shared.holds ??= new Map();
    let has = shared.holds.get(table);
    if (has === undefined) {
      has = (await db.selectFrom(table).select('id').limit(1).execute()).length > 0;
      shared.holds.set(table, has);
    }
    return has;
  };
  const ratings = (await holds('rating')) ? await within(db.selectFrom('rating').select(['recipient_id', 'year', 'rating']), 'recipient_id').execute() : [];
  const disciplines = (await holds('discipline'))
    ? await within(db.selectFrom('discipline').select(['id', 'recipient_id', 'year', 'form', 'date', 'decision']), 'recipient_id')
        .orderBy('year')
        .orderBy('id')
        .execute()
    : [];
  const initiatives = (await holds('initiative'))
    ? await within(db.selectFrom('initiative').select(['id', 'recipient_id', 'year', 'title', 'level', 'recognised_by']), 'recipient_id')
        .orderBy('year')
        .orderBy('id')
        .execute()
    : [];
  const collectiveYears = (await holds('collective_year'))
    ? await within(
        db.selectFrom('collective_year').select(['collective_id', 'year', 'member_count', 'ldtt_count', 'cstdcs_count', 'completed_count']),
        'collective_id',
      ).execute()
    : [];
  shared.settings ??= await loadSettings(db);
  return new Facts(
    shared.settings,
    {
      recipients,
      lines,
      ratings,
      disciplines,
      initiatives,
      collectiveYears,
      clusters: await loadClusterStandings(db, ids),
    },
    scope.recipientIds ? scope.types : undefined,
  );
}

/**
 * What a question about a recipient asked of the facts: which titles (by type, in which years, or in
 * any), ratings (of which years), initiatives, discipline, members, or every line. Recorded by a
 * FactsProbe while the question is answered for a recipient of whom nothing is recorded.
 */
export interface Asked {
  titles: Map<string, Set<number> | 'any'>;
  ratings: Set<number> | 'any' | undefined;
  initiatives: boolean;
  disciplines: boolean;
  members: boolean;
  everyLine: boolean;
}

/**
 * Facts that hold nothing and note what is asked of them (outermost calls only: titleFor's own call to
 * counting is not a question). A question answered for such a recipient is answered the same for
 * every recipient none of whose facts it asks about: each answer it gets is the same, so it takes the
 * same path and asks the same next question (recipientsAsked).
 */
export class FactsProbe extends Facts {
  readonly asked: Asked = { titles: new Map(), ratings: undefined, initiatives: false, disciplines: false, members: false, everyLine: false };
  private depth = 0;
  constructor(settings: Settings) {
    super(settings, { recipients: [], lines: [], ratings: [], disciplines: [], initiatives: [], collectiveYears: [] });
  }

  private note<T>(ask: () => void, answer: () => T): T {
    if (this.depth === 0) ask();
    this.depth++;
    try {
      return answer();
    } finally {
      this.depth--;
    }
  }

  override linesOf(recipientId: number): LineFact[] {
    return this.note(() => (this.asked.everyLine = true), () => super.linesOf(recipientId));
  }

  /** A cluster's standings are not narrowed by recipient: every recipient is judged (as for every line). */
  override clusterStandings(recipientId: number, year: number): ClusterStanding[] {
    return this.note(() => (this.asked.everyLine = true), () => super.clusterStandings(recipientId, year));
  }

  override counting(recipientId: number, code: string): LineFact[] {
    return this.note(() => this.asked.titles.set(code, 'any'), () => super.counting(recipientId, code));
  }

  override titleFor(recipientId: number, code: string, year: number, exceptLineId?: number): LineFact | undefined {
    return this.note(
      () => {
        const years = this.asked.titles.get(code);
        if (years === undefined) this.asked.titles.set(code, new Set([year]));
        else if (years !== 'any') years.add(year);
      },
      () => super.titleFor(recipientId, code, year, exceptLineId),
    );
  }

  override rating(recipientId: number, year: number): string | undefined {
    return this.note(
      () => {
        if (this.asked.ratings === undefined) this.asked.ratings = new Set([year]);
        else if (this.asked.ratings !== 'any') this.asked.ratings.add(year);
      },
      () => super.rating(recipientId, year),
    );
  }

  override disciplinesOf(recipientId: number): DisciplineFact[] {
    return this.note(() => (this.asked.disciplines = true), () => super.disciplinesOf(recipientId));
  }

  override initiativesOf(recipientId: number): InitiativeFact[] {
    return this.note(() => (this.asked.initiatives = true), () => super.initiativesOf(recipientId));
  }

  override members(collectiveId: number): RecipientFact[] {
    return this.note(() => (this.asked.members = true), () => super.members(collectiveId));
  }

  override membership(collectiveId: number, year: number): Membership {
    return this.note(() => (this.asked.members = true), () => super.membership(collectiveId, year));
  }
}

/**
 * The recipients of `kind` (of the unit `unitId`, or the unit itself, when given) that hold a fact
 * `asked` names: a line of an asked type (in an asked year), a rating of an asked year, an initiative,
 * a discipline. Undefined when the question asked about members or every line: then every recipient
 * may answer otherwise. Read-only.
 */
export async function recipientsAsked(db: Kysely<DB>, asked: Asked, kind: string, unitId?: number): Promise<number[] | undefined> {
  if (asked.members || asked.everyLine) return undefined;
  const parts: RawBuilder<unknown>[] = [];
  const typeIs = (code: string) => sql`a.award_type_id IN (SELECT id FROM award_type WHERE code = ${code})`;
  for (const [code, years] of asked.titles) {
    if (years === 'any') parts.push(sql`SELECT a.recipient_id FROM award a WHERE ${typeIs(code)}`);
    else parts.push(sql`SELECT a.recipient_id FROM award a WHERE ${typeIs(code)} AND ${inValues(db, sql.ref('a.period_to'), [...years])}`);
  }
  if (asked.ratings === 'any') parts.push(sql`SELECT recipient_id FROM rating`);
  else if (asked.ratings) parts.push(sql`SELECT recipient_id FROM rating WHERE ${inValues(db, sql.ref('year'), [...asked.ratings])}`);
  if (asked.initiatives) parts.push(sql`SELECT recipient_id FROM initiative`);
  if (asked.disciplines) parts.push(sql`SELECT recipient_id FROM discipline`);
  if (!parts.length) return [];
  const where = unitId === undefined ? sql`` : sql` AND (r.unit_id = ${unitId} OR r.id = ${unitId})`;
  const rows = await sql<{ id: number }>`SELECT r.id FROM recipient r WHERE r.kind = ${kind}${where} AND r.id IN (${sql.join(parts, sql` UNION `)}) ORDER BY r.id`.execute(db);
  return rows.rows.map((r) => r.id);
}
