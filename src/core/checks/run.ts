/**
 * Running the rules: the recipients in scope are judged a group at a time (a unit with its members), each
 * group with its own facts, so memory stays bounded whatever the registry's size; every finding is
 * reported in a total order (achievement year, then the record: award lines by decision date, decision,
 * STT and id, then unit figures; then the rule's place in the rules table and its severity; within that,
 * the order the rule reports, which follows the law's requirements). Read-only.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { InvalidError } from '../errors.js';
import { resolveRecipient } from '../resolve.js';
import type { DB } from '../tables.js';
import { CHECKS } from '../../i18n/messages/scale.js';
import { FactsShared, loadFacts, NON_COUNTING_KINDS, type Facts, type LineFact } from './facts.js';
import { compareKeys, type KeyedFinding, type SortKey } from './keys.js';
import { SEVERITIES, type Finding, type Rule, type Severity, type UnitYear } from '../law/finding.js';
import { RULES } from '../law/rules/index.js';

export { compareKeys, type KeyedFinding, type SortKey } from './keys.js';

export interface CheckOptions {
  /** Rule ids (default: every rule). */
  rules?: string[];
  /** Only findings about this achievement year (award lines whose period covers it, units' figures of it). */
  year?: number;
  /** Only findings about this recipient (reference or name): its lines, or its figures as a unit. */
  recipient?: string;
  /** Only findings about this collective (reference or name): its members' lines, its own, its figures. */
  unit?: string;
  /** Only findings of these severities (default: all). */
  severities?: Severity[];
}

export interface CheckReport {
  findings: Finding[];
  rules: string[];
  /** How many award lines were judged. */
  lines: number;
}

export function selectRules(ids?: string[]): Rule[] {
  if (!ids || ids.length === 0) return RULES;
  const unknown = ids.filter((id) => !RULES.some((r) => r.id === id));
  if (unknown.length) {
    throw new InvalidError(CHECKS.noRule(unknown.map((u) => `"${u}"`).join(', ')), { hint: CHECKS.rulesAre(RULES.map((r) => r.id).join(', ')) });
  }
  return RULES.filter((r) => ids.includes(r.id));
}

/** A check's scope with its records found: plain data, handed to the worker thread as it is. */
export interface Scope {
  rules: string[];
  year?: number;
  recipientId?: number;
  unitId?: number;
  severities?: Severity[];
}

/** The scope of `opts`, its recipient and unit found (NotFound, Ambiguous and unknown rules are thrown here). */
export async function resolveScope(db: Kysely<DB>, opts: CheckOptions): Promise<Scope> {
  const rules = selectRules(opts.rules).map((r) => r.id);
  const recipient = opts.recipient ? await resolveRecipient(db, opts.recipient) : undefined;
  const unit = opts.unit ? await resolveRecipient(db, opts.unit, 'collective') : undefined;
  return { rules, year: opts.year, recipientId: recipient?.id, unitId: unit?.id, severities: opts.severities?.length ? opts.severities : undefined };
}

/** Runs the rules over the registry's history and returns every finding (for a registry whose findings fit in memory). Read-only. */
export async function runChecks(db: Kysely<DB>, opts: CheckOptions = {}): Promise<CheckReport> {
  const scope = await resolveScope(db, opts);
  const out = new CheckCollector({ keep: Number.POSITIVE_INFINITY });
  await judgeScope(db, takeFrom(await scopeGroups(db, scope)), scope, out);
  return { findings: out.kept.result().findings, rules: scope.rules, lines: out.lines };
}

/** Award lines just written: their ids, or every line from an id on (an import's, in its transaction). */
export type LineSelection = number[] | { from: number };

export interface LineFindings {
  /** The first findings in the total order (at most `max`). */
  findings: Finding[];
  /** All findings, counted. */
  total: number;
  counts: Record<Severity, number>;
}

/** Recipients judged together: their facts are loaded in one go (a few queries per group). */
const GROUP_RECIPIENTS = 500;
/**
 * A check's groups are smaller: its two threads hold a group's facts and findings each, beside the
 * summary, and a million lines at 500 a group took the peak to 241–245 MB (at 250: 234–236 MB).
 */
const CHECK_GROUP = 250;

/**
 * The findings of the rules run when lines are written (chains, discipline, quota) for the given award
 * lines. Works inside a write transaction: pass the transaction's handle. Read-only.
 */
export async function findingsForLines(db: Kysely<DB>, lineIds: number[], opts: { rules?: string[] } = {}): Promise<Finding[]> {
  return (await collectFindingsForLines(db, lineIds, opts)).findings;
}

/**
 * findingsForLines for any number of lines (a whole import): the lines' recipients are judged a group at
 * a time, each group with the facts of its units and their members, so memory stays bounded; a unit's
 * members always fall in the same group, so a unit's figures are judged once. Keeps the first `max`
 * findings in the same total order as for a single group, and counts them all. Read-only.
 */
export async function collectFindingsForLines(db: Kysely<DB>, lines: LineSelection, opts: { rules?: string[]; max?: number } = {}): Promise<LineFindings> {
  const out = new BoundedFindings(opts.max ?? Number.POSITIVE_INFINITY);
  if (Array.isArray(lines) && lines.length === 0) return out.result();
  await judgeGroups(db, await recipientGroups(db, lines), lines, opts.rules, out);
  return out.result();
}

/**
 * Judges the lines of `lines` that the recipients of `groups` hold, group by group, into `out`. `raw`: the
 * connection under `db`, when no transaction of Kysely's is open on it (the lines are then read as arrays). Read-only.
 */
export async function judgeGroups(
  db: Kysely<DB>,
  groups: number[][] | GroupSource,
  lines: LineSelection,
  ruleIds: string[] | undefined,
  out: BoundedFindings,
  raw?: BetterSqlite3.Database,
): Promise<void> {
  const rules = ruleIds ? selectRules(ruleIds) : RULES.filter((r) => !r.blocking);
  const ids = Array.isArray(lines) ? new Set(lines) : undefined;
  const from = Array.isArray(lines) ? 0 : lines.from;
  const written = (l: LineFact) => (ids ? ids.has(l.id) : l.id >= from) && !l.revoked;
  const shared = new FactsShared(raw);
  const next: GroupSource = Array.isArray(groups) ? takeFrom(groups) : groups;
  for (let group = await next(); group; group = await next()) {
    const facts = await loadFacts(db, { recipientIds: group, shared });
    const judged = facts.lines.filter(written);
    for (const f of judgeKeyed(facts, rules, judged, unitYearsOf(facts, judged))) out.add(f);
  }
}

/** The next group of recipients to judge (undefined: none left); several judges may share one. */
export type GroupSource = () => number[] | undefined | Promise<number[] | undefined>;

/** A GroupSource handing out `groups` in order. */
export function takeFrom(groups: number[][]): () => number[] | undefined {
  let i = 0;
  return () => groups[i++];
}

/** The owners of the lines, grouped by their unit (a recipient without one is its own), in groups of about GROUP_RECIPIENTS. */
export async function recipientGroups(db: Kysely<DB>, lines: LineSelection): Promise<number[][]> {
  const owners = db.selectFrom('award as a').innerJoin('recipient as r', 'r.id', 'a.recipient_id').select(['a.recipient_id as id', 'r.unit_id']).distinct();
  let rows: { id: number; unit_id: number | null }[] = [];
  if (Array.isArray(lines)) {
    for (let i = 0; i < lines.length; i += 10_000) rows.push(...(await owners.where('a.id', 'in', lines.slice(i, i + 10_000)).execute()));
  } else {
    rows = await owners.where('a.id', '>=', lines.from).execute();
  }
  return groupByUnit(rows);
}

/** Recipients grouped by their unit (a recipient without one is its own), whole units in groups of about `size`. */
function groupByUnit(rows: { id: number; unit_id: number | null }[], size = GROUP_RECIPIENTS): number[][] {
  const byUnit = new Map<number, number[]>();
  for (const r of rows) {
    const anchor = r.unit_id ?? r.id;
    const list = byUnit.get(anchor);
    if (list) list.push(r.id);
    else byUnit.set(anchor, [r.id]);
  }
  const groups: number[][] = [];
  let group: number[] = [];
  for (const anchor of [...byUnit.keys()].sort((a, b) => a - b)) {
    group.push(...new Set(byUnit.get(anchor)!));
    if (group.length >= size) {
      groups.push(group);
      group = [];
    }
  }
  if (group.length) groups.push(group);
  return groups;
}

/**
 * The recipients a check judges, in groups: those holding lines in scope (of the year, when one is
 * given), or the recipient or unit asked for with its members (whose lines make its figures).
 */
export async function scopeGroups(db: Kysely<DB>, scope: Scope): Promise<number[][]> {
  const focus = scope.recipientId ?? scope.unitId;
  if (focus !== undefined) {
    const members = await db.selectFrom('recipient').select('id').where('unit_id', '=', focus).orderBy('id').execute();
    return [[focus, ...members.map((m) => m.id).filter((id) => id !== focus)]];
  }
  let q = db.selectFrom('recipient as r').select(['r.id', 'r.unit_id']);
  q =
    scope.year === undefined
      ? q.where(({ exists, selectFrom }) => exists(selectFrom('award as a').select('a.id').whereRef('a.recipient_id', '=', 'r.id')))
      : q.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('award as a')
              .select('a.id')
              .whereRef('a.recipient_id', '=', 'r.id')
              .where('a.period_to', '>=', scope.year!)
              .where('a.period_from', '<=', scope.year!),
          ),
        );
  return groupByUnit(await q.execute(), CHECK_GROUP);
}

/**
 * Judges the groups `next` hands out, as `scope` says, into `out`: the active lines of each group's own
 * recipients that the scope covers, and the figures of the units whose members the group holds.
 * `raw`: see judgeGroups. Read-only.
 */
export async function judgeScope(db: Kysely<DB>, next: GroupSource, scope: Scope, out: FindingSink, raw?: BetterSqlite3.Database): Promise<void> {
  const rules = selectRules(scope.rules);
  const y = scope.year;
  const shared = new FactsShared(raw);
  const severities = scope.severities && new Set(scope.severities);
  for (let group = await next(); group; group = await next()) {
    const facts = await loadFacts(db, { recipientIds: group, shared });
    const own = new Set(group);
    const active = facts.lines.filter((l) => !l.revoked && own.has(l.recipient_id));
    const judged = active.filter(
      (l) =>
        (y === undefined || (l.period_from <= y && y <= l.period_to)) &&
        (scope.recipientId === undefined || l.recipient_id === scope.recipientId) &&
        (scope.unitId === undefined || l.recipient_id === scope.unitId || facts.recipients.get(l.recipient_id)?.unit_id === scope.unitId),
    );
    const focus = scope.recipientId ?? scope.unitId;
    const unitYears = unitYearsOf(facts, active).filter(
      (u) => (y === undefined || u.year === y) && (focus === undefined || u.unitId === focus) && (scope.unitId === undefined || u.unitId === scope.unitId),
    );
    out.lines += judged.length;
    for (const k of judgeKeyed(facts, rules, judged, unitYears)) if (!severities || severities.has(k.f.severity)) out.add(k);
  }
}

/** Where judged findings go, with the count of lines judged. */
export interface FindingSink {
  lines: number;
  add(k: KeyedFinding): void;
}

/** The first `max` findings by their sort keys, kept as they come (sorted and cut when the list doubles), and counts of all. */
export class BoundedFindings {
  private list: KeyedFinding[] = [];
  private total = 0;
  private readonly counts = { error: 0, warning: 0, missing: 0 } as Record<Severity, number>;
  /** The last key kept at the latest cut, once `max` were kept: a finding after it can never be among the first. */
  private last: SortKey | undefined;
  constructor(private readonly max: number) {}

  add(k: KeyedFinding): void {
    this.total++;
    this.counts[k.f.severity]++;
    if (this.max === 0 || (this.last && compareKeys(k.key, this.last) > 0)) return;
    this.list.push(k);
    if (this.list.length >= 2 * this.max) this.cut();
  }

  private cut(): void {
    this.list.sort((a, b) => compareKeys(a.key, b.key));
    if (this.max > 0 && this.list.length >= this.max) {
      this.list.length = this.max;
      this.last = this.list[this.max - 1].key;
    }
  }

  /** What another thread kept and counted (its `kept()`), taken in. */
  absorb(other: KeptFindings): void {
    for (const k of other.list) this.list.push(k);
    this.total += other.total;
    for (const s of SEVERITIES) this.counts[s] += other.counts[s];
    this.cut();
  }

  /** The first `max` findings with their keys and the counts of all, as plain data (to post to another thread). */
  kept(): KeptFindings {
    this.cut();
    return { list: this.list, total: this.total, counts: this.counts };
  }

  result(): LineFindings {
    this.cut();
    return { findings: this.list.map((k) => k.f), total: this.total, counts: this.counts };
  }
}

export interface KeptFindings {
  list: KeyedFinding[];
  total: number;
  counts: Record<Severity, number>;
}

/** The findings of one rule and severity: how many, and the first few in the total order. */
export interface SummaryRow {
  severity: Severity;
  rule: string;
  count: number;
  examples: Finding[];
}

/** Examples kept per rule and severity. */
export const EXAMPLES = 3;

/** What a collector holds, as plain data (from the worker thread). */
export interface CollectedData {
  lines: number;
  kept: KeptFindings;
  summary: { severity: Severity; rule: string; count: number; examples: KeyedFinding[] }[];
}

/**
 * A check's findings as they are judged: counted per rule and severity with the first few of each,
 * and either the first `keep` in the total order kept, or all of them handed to `spool`.
 */
export class CheckCollector implements FindingSink {
  lines = 0;
  readonly kept: BoundedFindings;
  private readonly groups = new Map<string, { severity: Severity; rule: string; count: number; examples: KeyedFinding[] }>();
  constructor(private readonly opts: { keep: number; spool?: { add(k: KeyedFinding): void }; examples?: number }) {
    this.kept = new BoundedFindings(opts.spool ? 0 : opts.keep);
  }

  add(k: KeyedFinding): void {
    this.kept.add(k);
    this.opts.spool?.add(k);
    const g = this.group(k.f.severity, k.f.rule);
    g.count++;
    this.example(g, k);
  }

  private group(severity: Severity, rule: string) {
    const id = `${severity} ${rule}`;
    let g = this.groups.get(id);
    if (!g) this.groups.set(id, (g = { severity, rule, count: 0, examples: [] }));
    return g;
  }

  /** Keeps `k` among the group's first examples in the total order. */
  private example(g: { examples: KeyedFinding[] }, k: KeyedFinding): void {
    const max = this.opts.examples ?? EXAMPLES;
    const ex = g.examples;
    if (ex.length >= max && compareKeys(k.key, ex[ex.length - 1].key) >= 0) return;
    let i = ex.length;
    while (i > 0 && compareKeys(k.key, ex[i - 1].key) < 0) i--;
    ex.splice(i, 0, k);
    if (ex.length > max) ex.length = max;
  }

  data(): CollectedData {
    return { lines: this.lines, kept: this.kept.kept(), summary: [...this.groups.values()] };
  }

  /** What a collector of another thread holds (its `data()`), taken in. */
  absorb(other: CollectedData): void {
    this.lines += other.lines;
    this.kept.absorb(other.kept);
    for (const g of other.summary) {
      const mine = this.group(g.severity, g.rule);
      mine.count += g.count;
      for (const k of g.examples) this.example(mine, k);
    }
  }

  get total(): number {
    return this.kept.kept().total;
  }

  counts(): Record<Severity, number> {
    return this.kept.kept().counts;
  }

  /** One row per rule and severity found: errors first, then warnings, then missing evidence; rules in the table's order. */
  summary(): SummaryRow[] {
    return [...this.groups.values()]
      .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || (RULE_INDEX.get(a.rule) ?? 0) - (RULE_INDEX.get(b.rule) ?? 0))
      .map((g) => ({ severity: g.severity, rule: g.rule, count: g.count, examples: g.examples.map((k) => k.f) }));
  }
}

/** The units and years whose CSTDCS figures the lines touch. */
function unitYearsOf(facts: Facts, lines: LineFact[]): UnitYear[] {
  const seen = new Map<string, UnitYear>();
  for (const l of lines) {
    if (l.type_code !== 'CSTDCS' || l.revoked || NON_COUNTING_KINDS.includes(l.kind)) continue;
    const unitId = facts.recipients.get(l.recipient_id)?.unit_id;
    if (unitId == null || !facts.recipients.has(unitId)) continue;
    seen.set(`${unitId}:${l.period_to}`, { unitId, year: l.period_to });
  }
  return [...seen.values()];
}

const RULE_INDEX = new Map(RULES.map((r, i) => [r.id, i]));

/**
 * The findings of `rules`, each with its key in the total order: achievement year, award lines before unit
 * figures, decision date, decision, STT, line, recipient, the rule's place, severity; then the order the
 * rule reports.
 */
function judgeKeyed(facts: Facts, rules: Rule[], lines: LineFact[], unitYears: UnitYear[]): KeyedFinding[] {
  const byId = new Map(facts.lines.map((l) => [l.id, l]));
  const out: KeyedFinding[] = [];
  for (const rule of rules) {
    for (const f of rule.run({ facts, lines, unitYears })) {
      const l = f.award_id !== null ? byId.get(f.award_id) : undefined;
      out.push({
        f,
        key: [
          f.year ?? 0,
          l ? 0 : 1,
          l?.decision_date ?? '',
          l?.decision_id ?? 0,
          l?.line_no ?? Number.MAX_SAFE_INTEGER,
          f.award_id ?? 0,
          f.recipient ?? '',
          RULE_INDEX.get(f.rule) ?? 0,
          SEVERITIES.indexOf(f.severity),
          out.length,
        ],
      });
    }
  }
  return out;
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const out = { error: 0, warning: 0, missing: 0 } as Record<Severity, number>;
  for (const f of findings) out[f.severity]++;
  return out;
}
