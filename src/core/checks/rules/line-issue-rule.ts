/** Rules that re-run the checks every line meets when written (award/rules.ts) over history. */
import { lineIssues } from '../../award/rules.js';
import type { Facts, LineFact } from '../facts.js';
import { lineFinding, type Finding, type Rule } from '../finding.js';

export function issuesOf(facts: Facts, line: LineFact) {
  const r = facts.recipient(line.recipient_id);
  return lineIssues({
    type: {
      code: line.type_code,
      name_vi: line.type_name,
      recipient_kinds: line.type_kinds,
      levels: line.type_levels,
      periodicity: line.type_periodicity,
      family: line.type_family,
    },
    recipient: { name: r.name, kind: r.kind },
    body: { name: line.body_name, level: line.body_level },
    decision: { symbol: line.decision_symbol, date: line.decision_date },
    period: { from: line.period_from, to: line.period_to },
  });
}

export function lineIssueRule(spec: { id: string; where: string; describe: string; article: string | ((l: LineFact) => string); hint: string }): Rule {
  return {
    id: spec.id,
    describe: spec.describe,
    article: typeof spec.article === 'string' ? spec.article : 'the award type\'s article',
    regimes: 'all',
    onWrite: false,
    run({ facts, lines }) {
      const out: Finding[] = [];
      for (const line of lines) {
        for (const issue of issuesOf(facts, line)) {
          if (issue.where !== spec.where) continue;
          out.push(
            lineFinding(spec.id, facts, line, {
              severity: 'error',
              message: issue.message,
              article: typeof spec.article === 'string' ? spec.article : spec.article(line),
              hint: spec.hint,
            }),
          );
        }
      }
      return out;
    },
  };
}
