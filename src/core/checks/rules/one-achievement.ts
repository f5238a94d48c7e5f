/** One achievement, one award: the same form for the same period twice (regular merit). */
import { isAnnualTitle } from '../../award/rules.js';
import { formatPeriod } from '../../parse.js';
import type { Rule } from '../finding.js';
import { duplicateFindings } from './duplicates.js';

export const rule: Rule = {
  id: 'one-achievement-one-award',
  describe: 'the same award type is not given twice for the same achievement period (regular merit)',
  article: 'Law 06/2022/QH15, principles (one achievement, one award)',
  regimes: 'all',
  onWrite: false,
  run: (ctx) =>
    duplicateFindings(
      ctx,
      'one-achievement-one-award',
      (l) =>
        !isAnnualTitle({ family: l.type_family, periodicity: l.type_periodicity }) && l.kind === 'regular'
          ? `${l.type_code}:${l.period_from}:${l.period_to}`
          : undefined,
      {
        severity: 'error',
        article: 'Law 06/2022/QH15, principles (one achievement, one award)',
        hint: 'If it is a new achievement, correct the period; a sudden deed is recorded with kind sudden.',
        message: (l, first) =>
          `${l.type_code} for ${formatPeriod(l.period_from, l.period_to)} was already given by award #${first.id} (${first.decision_symbol})`,
      },
    ),
};
