/** The rules table's entries for the line rules of line.ts, judged over history like any other rule. */
import type { Facts, LineFact } from '../../checks/facts.js';
import { lineFinding, type Finding, type Rule } from '../finding.js';
import { LAW, LINE } from '../../../i18n/messages/law.js';
import { LINE_RULES, lineVerdicts, type LineRuleId, type LineSubject } from '../line.js';

/** A line of the facts as the line rules see it. */
export function subjectOf(facts: Facts, line: LineFact): LineSubject {
  const r = facts.recipient(line.recipient_id);
  return {
    type: {
      code: line.type_code,
      name_vi: line.type_name,
      recipient_kinds: line.type_kinds,
      levels: line.type_levels,
      periodicity: line.type_periodicity,
      family: line.type_family,
      article: line.type_article,
    },
    recipient: { name: r.name, kind: r.kind },
    body: { name: line.body_name, level: line.body_level },
    decision: { symbol: line.decision_symbol, date: line.decision_date },
    period: { from: line.period_from, to: line.period_to },
  };
}

export function lineIssueRule(id: LineRuleId): Rule {
  const spec = LINE_RULES[id];
  return {
    id,
    get describe() {
      return spec.describe;
    },
    get article() {
      return spec.article;
    },
    get evidence() {
      return LINE.evidence();
    },
    get regimes() {
      return LAW.regimeAll();
    },
    blocking: true,
    run({ facts, lines }) {
      const out: Finding[] = [];
      for (const line of lines) {
        for (const v of lineVerdicts(subjectOf(facts, line))) {
          if (v.rule !== id) continue;
          out.push(lineFinding(id, facts, line, { severity: 'error', message: v.message, article: v.article, hint: v.hint }));
        }
      }
      return out;
    },
  };
}
