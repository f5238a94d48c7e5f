/**
 * The rules a decision meets on its own, whoever records it (`decision add`, `decision edit`, the
 * import): its number carries the signing body's abbreviation, and no district body signs after the
 * two-tier local government began. And the one rule between a decision and a ceremony: an award is
 * handed over after it is decided. Pure.
 */
import { DISTRICT_ABOLISHED_ON } from '../domain.js';
import { humanDate } from '../../i18n/index.js';
import { CITE, DECISION_LAW } from '../../i18n/messages/law.js';
import { issuerMatches } from '../parse.js';
import { cite } from './cite.js';
import { levelAbolished } from './levels.js';
import { LINE_RULES } from './line.js';

export interface DecisionSubject {
  number: { number: string | number; symbol: string; issuer: string };
  date: string;
  body: { name: string; level: string; abbr: string };
}

export interface DecisionVerdict {
  rule: 'decision-number' | 'signing-level';
  field: 'number' | 'date';
  message: string;
  article: string;
  hint: string;
}

export function decisionVerdicts(d: DecisionSubject): DecisionVerdict[] {
  const out: DecisionVerdict[] = [];
  if (!issuerMatches(d.number.issuer, d.body.abbr)) {
    out.push({
      rule: 'decision-number',
      field: 'number',
      message: DECISION_LAW.numberAbbr(d.number.symbol, d.body.name, d.body.abbr),
      article: cite({ act: { decree: '30/2020/NĐ-CP' }, note: CITE.documentNumber }),
      hint: DECISION_LAW.numberHint(String(d.number.number), d.body.abbr),
    });
  }
  if (levelAbolished(d.body.level, d.date)) {
    out.push({
      rule: 'signing-level',
      field: 'date',
      message: DECISION_LAW.district(d.body.name, humanDate(DISTRICT_ABOLISHED_ON)),
      article: LINE_RULES['signing-level'].article,
      hint: LINE_RULES['signing-level'].hint,
    });
  }
  return out;
}

/** An award is handed over after it is decided: the message when `decisionDate` is after the ceremony's, else undefined. */
export function ceremonyDateIssue(decision: { symbol: string; date: string }, ceremony: { name: string; date: string }): string | undefined {
  if (decision.date <= ceremony.date) return undefined;
  return DECISION_LAW.afterCeremony(decision.symbol, humanDate(decision.date), ceremony.name, humanDate(ceremony.date));
}
