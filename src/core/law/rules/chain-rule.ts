/** A rule that judges award lines of one type by its prerequisite chain (chains.ts). */
import { articleOf, type Chain } from '../chains.js';
import { lawOf, lawTitle, lineFinding, type Finding, type LawCode, type Rule } from '../finding.js';
import { humanDate } from '../../../i18n/index.js';
import { LAW } from '../../../i18n/messages/law.js';

export function regimesText(laws: LawCode[]): string {
  if (laws.length === 2) return LAW.regimeEachOwn();
  return laws[0] === '2022' ? LAW.regimeFrom2024(lawTitle('2022'), humanDate('2024-01-01')) : LAW.regimeBefore2024(lawTitle('2003'));
}

/**
 * Regular-merit lines of the chain's type to the chain's kind of recipient, judged by the law of their
 * decision. Lines for a sudden deed or a movement, and other routes (e.g. BK_BT to a collective), are not
 * judged by the chain.
 */
export function chainRule(chain: Chain): Rule {
  return {
    id: chain.rule,
    get describe() {
      return chain.describe;
    },
    get article() {
      return chain.article;
    },
    get evidence() {
      return chain.evidence;
    },
    get regimes() {
      return regimesText(chain.laws);
    },
    blocking: false,
    run({ facts, lines }) {
      const out: Finding[] = [];
      for (const line of lines) {
        if (line.type_code !== chain.code || line.kind !== 'regular') continue;
        const r = facts.recipient(line.recipient_id);
        if (r.kind !== chain.recipientKind) continue;
        const law = lawOf(line.regime);
        if (!chain.laws.includes(law)) continue;
        for (const req of chain.requirements({ facts, r, exceptLineId: line.id }, line.period_to, law)) {
          if (req.status === 'met') continue;
          out.push(
            lineFinding(chain.rule, facts, line, {
              severity: req.status === 'unmet' ? 'error' : 'missing',
              message: req.detail,
              article: articleOf(chain.ref, law),
              hint: req.hint,
            }),
          );
        }
      }
      return out;
    },
  };
}
