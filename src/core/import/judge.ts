/**
 * The law's judgements of an import row, mapped to the file's columns: the import asks the law's own
 * functions (src/core/law) — the same that `award add`, `decision add` and `tdkt check` ask — and says
 * where in the row the answer belongs. Pure: the earlier lines a row may repeat are looked up by the
 * caller (twins.ts), in the lane the law's `achievementLane` names.
 */
import { ceremonyDateIssue, decisionVerdicts } from '../law/decision.js';
import { achievementRelation, duplicateVerdict, lineVerdicts, type AchievementLine } from '../law/line.js';
import type { Period } from '../parse.js';
import type { BodyRec, DecisionRec, RecipientRec, TypeRec } from './lookups.js';

/** A problem of a row, by the import column it belongs to. */
export interface Judgement {
  key: string;
  message: string;
}

const cite = (v: { message: string; rule: string; article: string }) => `${v.message} [${v.rule}; ${v.article}]`;

/** Why a new decision cannot be created for `body` (undefined: it can). */
export function judgeNewDecision(issuer: string, number: string, symbol: string, date: string, body: BodyRec): Judgement | undefined {
  const [v] = decisionVerdicts({ number: { number, symbol, issuer }, date, body });
  return v && { key: v.field === 'number' ? 'decision_number' : 'decision_date', message: cite(v) };
}

export interface LineFacts {
  type: TypeRec;
  recipient: RecipientRec;
  body: BodyRec;
  decision: DecisionRec;
  period: Period;
  /** The ceremony the line is handed over at, if any. */
  ceremony?: { name: string; date: string };
  /** The column that says the recipient's kind in this file (recipient_kind, else recipient_name). */
  kindKey: string;
}

/** What is wrong with an award line (none: []), by column. */
export function judgeLine(f: LineFacts): Judgement[] {
  const out: Judgement[] = [];
  for (const v of lineVerdicts({ type: f.type, recipient: f.recipient, body: f.body, decision: f.decision, period: f.period })) {
    out.push({ key: v.part === 'recipient' ? f.kindKey : v.part === 'period' ? 'achievement_period' : 'issuing_body', message: cite(v) });
  }
  const late = f.ceremony && ceremonyDateIssue(f.decision, f.ceremony);
  if (late) out.push({ key: 'ceremony', message: late });
  return out;
}

/** The line of a row as the rule of one achievement, one award sees it. */
export function achievementOf(type: TypeRec, kind: string, period: Period, bodyId: number): AchievementLine {
  return { type_code: type.code, type_family: type.family, type_periodicity: type.periodicity, kind, period_from: period.from, period_to: period.to, body_id: bodyId };
}

/**
 * The refusal of a line that repeats `earlier` (found by the caller in the row's lane), or undefined
 * when the law does not refuse it (another body's award of overlapping years is reported after the
 * import, by the rules that run then).
 */
export function twinJudgement(line: AchievementLine, recipient: RecipientRec, found: Twin): Judgement | undefined {
  const earlier = { ...line, ...found };
  if (achievementRelation(earlier, line) !== 'same') return undefined;
  return { key: 'achievement_period', message: cite(duplicateVerdict('same', { ...line, recipient: recipient.name }, earlier)) };
}

/** An earlier line of the row's lane, as twins.ts finds it: what differs from the row's own line, and where it is. */
export type Twin = Pick<AchievementLine, 'kind' | 'period_from' | 'period_to' | 'body_id'> & { where: string };
