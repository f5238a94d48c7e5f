/**
 * Every judgement of the law the import makes on a row, in one place: which decisions a new decision
 * may be (its symbol carries the body's abbreviation; no district body after the district level was
 * abolished), whether an award line may be (the type's recipient kinds and conferring levels, its
 * period: lineIssues, as `award add` judges), whether a hand-over may follow the decision, and which
 * earlier line a new one would duplicate (an annual title once per recipient and year; one award per
 * achievement for regular merit). The rest of the import finds records and writes them; it asks here
 * whether a row is lawful and says what this module answers. Pure: the twins are looked up by the
 * caller, with `twinRule` saying which to look for.
 */
import { DISTRICT_ABOLISHED_ON } from '../domain.js';
import { formatPeriod, issuerMatches } from '../parse.js';
import { isAnnualTitle, lineIssues } from '../award/rules.js';
import type { Period } from '../parse.js';
import type { BodyRec, DecisionRec, RecipientRec, TypeRec } from './lookups.js';

/** A problem of a row, by the import column it belongs to. */
export interface Judgement {
  key: string;
  message: string;
}

/** Why a new decision cannot be created for `body` (undefined: it can). */
export function judgeNewDecision(issuer: string, number: string, symbol: string, date: string, body: BodyRec): Judgement | undefined {
  if (!issuerMatches(issuer, body.abbr)) {
    return { key: 'decision_number', message: `${symbol} does not carry the abbreviation of ${body.name} (${body.abbr}): write it as ${number}/QĐ-${body.abbr}, or check the issuing body` };
  }
  if (body.level === 'district' && date >= DISTRICT_ABOLISHED_ON) {
    return { key: 'decision_date', message: `${body.name} is a district body; the district level was abolished on ${DISTRICT_ABOLISHED_ON}` };
  }
  return undefined;
}

export interface LineFacts {
  type: TypeRec;
  recipient: RecipientRec;
  body: BodyRec;
  decision: DecisionRec;
  period: Period;
  /** The date of the ceremony the line is handed over at, if any. */
  ceremonyDate?: string;
  /** The column that says the recipient's kind in this file (recipient_kind, else recipient_name). */
  kindKey: string;
}

/** What is wrong with an award line (none: []), by column. */
export function judgeLine(f: LineFacts): Judgement[] {
  const out: Judgement[] = [];
  for (const i of lineIssues({ type: f.type, recipient: f.recipient, body: f.body, decision: f.decision, period: f.period })) {
    out.push({ key: i.where === 'recipient' ? f.kindKey : i.where === 'period' ? 'achievement_period' : 'issuing_body', message: i.message });
  }
  if (f.ceremonyDate && f.decision.date > f.ceremonyDate) {
    out.push({ key: 'ceremony', message: `decision ${f.decision.symbol} of ${f.decision.date} is after the ceremony (${f.ceremonyDate}): an award is handed over after it is decided` });
  }
  return out;
}

/**
 * Which earlier line a new one must not repeat: 'annual' (an annual title: the same recipient, type and
 * year), 'regular' (regular merit: the same recipient, type and period), or none (a sudden deed, a
 * movement, … may be awarded again).
 */
export function twinRule(type: TypeRec, commendationKind: string): 'annual' | 'regular' | undefined {
  if (isAnnualTitle(type)) return 'annual';
  if (commendationKind === 'regular') return 'regular';
  return undefined;
}

/** The refusal of a line that repeats `where` (an earlier line: "(row 5 of this file)" or "(decision …)"). */
export function twinJudgement(rule: 'annual' | 'regular', recipient: RecipientRec, type: TypeRec, period: Period, where: string): Judgement {
  if (rule === 'annual') {
    return { key: 'achievement_period', message: `${recipient.name} already holds ${type.code} for ${period.to} ${where}: an annual title is conferred at most once per recipient and year` };
  }
  return {
    key: 'achievement_period',
    message: `${recipient.name} already received ${type.code} for ${formatPeriod(period.from, period.to)} ${where}: one achievement, one award — give another period, or mark a sudden deed in commendation_kind`,
  };
}
