/** At most one of the same annual title per recipient and achievement year. */
import { isAnnualTitle } from '../../award/rules.js';
import type { Rule } from '../finding.js';
import { duplicateFindings } from './duplicates.js';

export const rule: Rule = {
  id: 'one-annual-title',
  describe: 'an annual title is conferred at most once per recipient and year',
  article: 'Art. 19–20',
  regimes: 'all',
  onWrite: false,
  run: (ctx) =>
    duplicateFindings(
      ctx,
      'one-annual-title',
      (l) => (isAnnualTitle({ family: l.type_family, periodicity: l.type_periodicity }) ? `${l.type_code}:${l.period_to}` : undefined),
      {
        severity: 'error',
        article: 'Art. 19–20',
        hint: 'Keep one line: void the duplicate (its decision may repeat an earlier one).',
        message: (l, first) => `${l.type_code} ${l.period_to} is also held by award #${first.id} (${first.decision_symbol})`,
      },
    ),
};
