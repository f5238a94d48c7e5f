/** What a check reports, and the vocabulary of a rule. */
import type { Facts, LineFact } from '../checks/facts.js';
import { actName, type Act } from './cite.js';

/**
 * error: the record breaks a rule; warning: it should be looked at (e.g. an award to someone under
 * discipline); missing: the rule cannot be decided because evidence is not recorded.
 */
export const SEVERITIES = ['error', 'warning', 'missing'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  severity: Severity;
  rule: string;
  /** The record the finding is about: "award #12", or "unit phong-gd-dt 2021" (an identifier, not translated). */
  record: string;
  award_id: number | null;
  decision: string | null;
  decision_symbol: string | null;
  line_no: number | null;
  recipient: string | null;
  recipient_name: string | null;
  award_type: string | null;
  /** The achievement year (the end of the award's period) or the year of a unit's figures. */
  year: number | null;
  /** What is wrong (or missing). */
  message: string;
  /** The legal basis, e.g. "Art. 23, Law 06/2022/QH15". */
  article: string;
  /** How to fix it, or where to look. */
  hint: string | null;
  /** The regime of the decision the finding judges (docs/domain.md §2). */
  regime: string | null;
}

/** A unit (collective) and a year, for rules about a unit's figures (quotas). */
export interface UnitYear {
  unitId: number;
  year: number;
}

export interface CheckContext {
  facts: Facts;
  /** The active award lines to judge (the facts also hold their history). */
  lines: LineFact[];
  /** The units and years to judge for unit-level rules. */
  unitYears: UnitYear[];
}

export interface Rule {
  id: string;
  /** What it checks, one line (in the run's language: rules define it as a getter). */
  describe: string;
  /** The legal basis as shown in the rules table. */
  article: string;
  /** What the rule reads: the line itself, the recipient's other lines, evidence (ratings, initiatives, …). */
  evidence: string;
  /** Which decisions it judges, by regime (docs/domain.md §2). */
  regimes: string;
  /**
   * Refuses a write: a line that breaks it is never recorded (award add/edit, decision edit, import), and
   * over history it is an error. The other rules report findings, with their own severity, wherever they
   * run; a write with such findings is kept unless strict.
   */
  blocking: boolean;
  run(ctx: CheckContext): Finding[];
}

export type LawCode = '2003' | '2022';

/** The act of a law code, for citations. */
export function lawAct(law: LawCode): Act {
  return law === '2022' ? 'law2022' : 'law2003';
}

/** "Law 06/2022/QH15" / "Luật Thi đua, khen thưởng 06/2022/QH15". */
export function lawTitle(law: LawCode): string {
  return actName(lawAct(law));
}

/** The law a decision falls under, from its stored regime. */
export function lawOf(regime: string): LawCode {
  return regime.startsWith('law2022') ? '2022' : '2003';
}

export function lineFinding(
  rule: string,
  facts: Facts,
  line: LineFact,
  f: { severity: Severity; message: string; article: string; hint?: string | null },
): Finding {
  const r = facts.recipient(line.recipient_id);
  return {
    severity: f.severity,
    rule,
    record: `award #${line.id}`,
    award_id: line.id,
    decision: line.decision,
    decision_symbol: line.decision_symbol,
    line_no: line.line_no,
    recipient: r.ref,
    recipient_name: r.name,
    award_type: line.type_code,
    year: line.period_to,
    message: f.message,
    article: f.article,
    hint: f.hint ?? null,
    regime: line.regime,
  };
}
