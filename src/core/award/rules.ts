/**
 * The rules every award line meets before it is written (domain.md §5). Pure: the same function serves
 * `award add`, import and the checks over history.
 */
import { aKind, DISTRICT_ABOLISHED_ON, KIND_LABELS, KIND_LETTER, type RecipientKind } from '../domain.js';
import type { Issue } from '../errors.js';
import { formatPeriod } from '../parse.js';

export interface LineFacts {
  type: { code: string; name_vi: string; recipient_kinds: string; levels: string; periodicity: string | null; family: string };
  recipient: { name: string; kind: string };
  body: { name: string; level: string };
  decision: { symbol: string; date: string };
  period: { from: number; to: number };
}

export function isAnnualTitle(type: { family: string; periodicity: string | null }): boolean {
  return type.family === 'title' && type.periodicity === 'annual';
}

export function lineIssues(f: LineFacts): Issue[] {
  const issues: Issue[] = [];
  const letter = KIND_LETTER[f.recipient.kind as RecipientKind];
  if (!f.type.recipient_kinds.split(',').includes(letter)) {
    const allowed = f.type.recipient_kinds
      .split(',')
      .map((l) => Object.entries(KIND_LETTER).find(([, v]) => v === l)?.[0])
      .filter(Boolean)
      .map((k) => `${k} (${KIND_LABELS[k as RecipientKind]})`);
    issues.push({
      where: 'recipient',
      message: `${f.type.code} (${f.type.name_vi}) goes to ${allowed.join(' or ')} only; ${f.recipient.name} is ${aKind(f.recipient.kind)}`,
    });
  }
  if (!f.type.levels.split(',').includes(f.body.level)) {
    issues.push({
      where: 'decision',
      message: `${f.body.name} (level ${f.body.level}) may not confer ${f.type.code}; it is conferred at level ${f.type.levels.replace(/,/g, ' or ')} (Art. 77–80)`,
    });
  }
  const year = Number(f.decision.date.slice(0, 4));
  if (f.period.to > year) {
    issues.push({
      where: 'period',
      message: `the achievement period ${formatPeriod(f.period.from, f.period.to)} ends after the decision's year ${year}`,
    });
  }
  if (isAnnualTitle(f.type) && f.period.from !== f.period.to) {
    issues.push({ where: 'period', message: `${f.type.code} is an annual title: give one year, e.g. ${f.period.to}` });
  }
  if (f.body.level === 'district' && f.decision.date >= DISTRICT_ABOLISHED_ON) {
    issues.push({ where: 'decision', message: `district bodies sign nothing after ${DISTRICT_ABOLISHED_ON}` });
  }
  return issues;
}
