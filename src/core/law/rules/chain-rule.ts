/** A rule that judges award lines of one type by its prerequisite chain (chains.ts). */
import { judgeChain, judgesRegime, routeName, type Chain } from '../chains.js';
import { lawTitle, lineFinding, type Finding, type Rule } from '../finding.js';
import { actName } from '../cite.js';
import { REGIMES } from '../../domain.js';
import { humanDate } from '../../../i18n/index.js';
import { LAW } from '../../../i18n/messages/law.js';
import { REQ } from '../../../i18n/messages/law-chains.js';

/** When each regime begins (docs/domain.md §2). */
const REGIME_STARTS: Record<string, string> = {
  law2003: '',
  'law2003-nd91': '2017-10-01',
  'law2022-nd98': '2024-01-01',
  'law2022-nd152': '2025-07-01',
};

/** The act a regime is named by in the rules table: the law, or the decree that set the rule. */
function regimeAct(code: string): string {
  if (code === 'law2003-nd91') return actName({ decree: '91/2017/NĐ-CP' });
  return lawTitle(code.startsWith('law2022') ? '2022' : '2003');
}

/** "all (each decision by its own law)", "Law 06/2022/QH15 (decisions from 01/01/2024)", … */
export function regimesText(chain: Pick<Chain, 'laws' | 'regimes'>): string {
  const codes = REGIMES.map((r) => r.code).filter((c) => judgesRegime({ ...chain } as Chain, c));
  if (codes.length === REGIMES.length) return LAW.regimeEachOwn();
  const acts = [...new Set(codes.map(regimeAct))].join(', ');
  if (codes[0] === 'law2003') return LAW.regimeBefore2024(acts);
  return LAW.regimeFrom2024(acts, humanDate(REGIME_STARTS[codes[0]]));
}

/**
 * Regular-merit lines of the chain's type to the chain's kind of recipient, judged by the law of their
 * decision. Lines for a sudden deed or a movement, and other routes (e.g. BK_BT to a collective), are not
 * judged by the chain. With routes, the findings are those of the route met or, when none is, of the
 * closest route, named in the message and cited by its article.
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
      return regimesText(chain);
    },
    blocking: false,
    run({ facts, lines }) {
      const out: Finding[] = [];
      for (const line of lines) {
        if (line.type_code !== chain.code || line.kind !== 'regular') continue;
        const r = facts.recipient(line.recipient_id);
        if (r.kind !== chain.recipientKind) continue;
        if (!judgesRegime(chain, line.regime)) continue;
        const verdict = judgeChain(chain, { facts, r, exceptLineId: line.id }, line.period_to, line.regime);
        for (const req of verdict.requirements) {
          if (req.status === 'met') continue;
          out.push(
            lineFinding(chain.rule, facts, line, {
              severity: req.status === 'unmet' ? 'error' : 'missing',
              message: verdict.route ? REQ.byRoute(verdict.route.label, req.detail) : req.detail,
              article: verdict.article,
              hint: req.hint,
            }),
          );
        }
      }
      return out;
    },
  };
}

export { routeName };
