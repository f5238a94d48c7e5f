/**
 * Running the rules: load the facts once, judge the lines in scope, and report every finding in a total
 * order (achievement year, then the record: award lines by decision date, decision, STT and id, then
 * unit figures; then the rule's place in the rules table and its severity; within that, the order
 * the rule reports, which follows the law's requirements). Read-only.
 */
import type { Kysely } from 'kysely';
import { InvalidError } from '../errors.js';
import { resolveRecipient } from '../resolve.js';
import type { DB } from '../tables.js';
import { loadFacts, NON_COUNTING_KINDS, type Facts, type LineFact } from './facts.js';
import { SEVERITIES, type Finding, type Rule, type Severity, type UnitYear } from './finding.js';
import { RULES } from './rules/index.js';

export interface CheckOptions {
  /** Rule ids (default: every rule). */
  rules?: string[];
  /** Only findings about this achievement year (award lines whose period covers it, units' figures of it). */
  year?: number;
  /** Only findings about this recipient (reference or name): its lines, or its figures as a unit. */
  recipient?: string;
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
    throw new InvalidError(`No rule ${unknown.map((u) => `"${u}"`).join(', ')}`, { hint: `Rules are: ${RULES.map((r) => r.id).join(', ')} (tdkt rules)` });
  }
  return RULES.filter((r) => ids.includes(r.id));
}

/** Runs the rules over the registry's history and returns every finding. Read-only. */
export async function runChecks(db: Kysely<DB>, opts: CheckOptions = {}): Promise<CheckReport> {
  const rules = selectRules(opts.rules);
  const target = opts.recipient ? await resolveRecipient(db, opts.recipient) : undefined;
  const facts = await loadFacts(db, target ? { recipientIds: [target.id] } : {});
  const covers = (l: LineFact) => opts.year === undefined || (l.period_from <= opts.year && opts.year <= l.period_to);
  const lines = facts.lines.filter((l) => !l.revoked && covers(l) && (!target || l.recipient_id === target.id));
  let unitYears = unitYearsOf(facts, facts.lines);
  if (target) unitYears = unitYears.filter((u) => u.unitId === target.id);
  if (opts.year !== undefined) unitYears = unitYears.filter((u) => u.year === opts.year);
  let findings = judge(facts, rules, lines, unitYears);
  if (opts.severities?.length) findings = findings.filter((f) => opts.severities!.includes(f.severity));
  return { findings, rules: rules.map((r) => r.id), lines: lines.length };
}

/**
 * The findings of the rules run when lines are written (chains, discipline, quota) for the given award
 * lines. Works inside a write transaction: pass the transaction's handle. Read-only.
 */
export async function findingsForLines(db: Kysely<DB>, lineIds: number[], opts: { rules?: string[] } = {}): Promise<Finding[]> {
  if (lineIds.length === 0) return [];
  const rules = opts.rules ? selectRules(opts.rules) : RULES.filter((r) => r.onWrite);
  const owners = await db.selectFrom('award').select('recipient_id').where('id', 'in', lineIds).execute();
  const facts = await loadFacts(db, { recipientIds: owners.map((o) => o.recipient_id) });
  const ids = new Set(lineIds);
  const lines = facts.lines.filter((l) => ids.has(l.id) && !l.revoked);
  return judge(facts, rules, lines, unitYearsOf(facts, lines));
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

function judge(facts: Facts, rules: Rule[], lines: LineFact[], unitYears: UnitYear[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) findings.push(...rule.run({ facts, lines, unitYears }));
  const byId = new Map(facts.lines.map((l) => [l.id, l]));
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  return findings.sort((a, b) => {
    const la = a.award_id !== null ? byId.get(a.award_id) : undefined;
    const lb = b.award_id !== null ? byId.get(b.award_id) : undefined;
    return (
      cmp(a.year ?? 0, b.year ?? 0) ||
      cmp(la ? 0 : 1, lb ? 0 : 1) ||
      cmp(la?.decision_date ?? '', lb?.decision_date ?? '') ||
      cmp(la?.decision_id ?? 0, lb?.decision_id ?? 0) ||
      cmp(la?.line_no ?? Number.MAX_SAFE_INTEGER, lb?.line_no ?? Number.MAX_SAFE_INTEGER) ||
      cmp(a.award_id ?? 0, b.award_id ?? 0) ||
      cmp(a.recipient ?? '', b.recipient ?? '') ||
      cmp(ruleIndex.get(a.rule) ?? 0, ruleIndex.get(b.rule) ?? 0) ||
      cmp(SEVERITIES.indexOf(a.severity), SEVERITIES.indexOf(b.severity))
    );
  });
}

export interface RuleRow {
  id: string;
  describe: string;
  article: string;
  regimes: string;
  on_write: boolean;
}

/** The rules table. */
export function listRules(): RuleRow[] {
  return RULES.map((r) => ({ id: r.id, describe: r.describe, article: r.article, regimes: r.regimes, on_write: r.onWrite }));
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const out = { error: 0, warning: 0, missing: 0 } as Record<Severity, number>;
  for (const f of findings) out[f.severity]++;
  return out;
}
