/**
 * The rules of one achievement, one award (line.ts) over the facts. A line is reported when another
 * active line of the recipient honours the same achievement and either comes first (decision date,
 * decision, STT, id) or is not among the lines judged: over history the later of two is reported; when
 * lines are written, the new line is (never the one already recorded).
 */
import type { LineFact } from '../../checks/facts.js';
import { lineFinding, type Finding, type Rule } from '../finding.js';
import { DUPLICATE, LAW } from '../../../i18n/messages/law.js';
import { achievementRelation, DUPLICATE_RULES, duplicateRuleOf, duplicateVerdict, type DuplicateRuleId } from '../line.js';

export function duplicateRule(id: DuplicateRuleId): Rule {
  const spec = DUPLICATE_RULES[id];
  return {
    id,
    get describe() {
      return spec.describe;
    },
    get article() {
      return spec.article;
    },
    get evidence() {
      return DUPLICATE.evidence();
    },
    get regimes() {
      return LAW.regimeAll();
    },
    blocking: spec.blocking,
    run({ facts, lines }) {
      const judged = new Set(lines.map((l) => l.id));
      const out: Finding[] = [];
      for (const line of lines) {
        const own = facts.linesOf(line.recipient_id);
        const at = own.indexOf(line);
        const judgedBy = (m: LineFact) => {
          const relation = achievementRelation(m, line);
          return relation !== undefined && duplicateRuleOf(relation, line) === id;
        };
        const first = own.find((m, i) => m !== line && !m.revoked && (i < at || !judged.has(m.id)) && judgedBy(m));
        if (!first) continue;
        const v = duplicateVerdict(
          achievementRelation(first, line)!,
          { ...line, recipient: facts.recipient(line.recipient_id).name },
          { ...first, where: LAW.recordAward(String(first.id), first.decision_symbol) },
        );
        out.push(lineFinding(id, facts, line, { severity: 'error', message: v.message, article: v.article, hint: v.hint }));
      }
      return out;
    },
  };
}
