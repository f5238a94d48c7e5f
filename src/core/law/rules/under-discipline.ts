/** Awards to a recipient disciplined within the achievement period. */
import { DISCIPLINE_LABELS, type DisciplineForm } from '../../evidence/vocab.js';
import { formatPeriod } from '../../parse.js';
import { lineFinding, type Finding, type Rule } from '../finding.js';

const ARTICLE = 'Art. 93.2.d, Law 06/2022/QH15';

export const rule: Rule = {
  id: 'under-discipline',
  describe: 'no award to a recipient disciplined in its achievement period (an error for emulation titles, a warning otherwise)',
  article: 'Art. 93.2.d',
  evidence: "the recipient's discipline records (form, year, decision)",
  regimes: 'all',
  blocking: false,
  run({ facts, lines }) {
    const out: Finding[] = [];
    for (const line of lines) {
      for (const d of facts.disciplinesOf(line.recipient_id)) {
        if (d.year < line.period_from || d.year > line.period_to) continue;
        const label = DISCIPLINE_LABELS[d.form as DisciplineForm] ?? d.form;
        const title = line.type_family === 'title';
        out.push(
          lineFinding('under-discipline', facts, line, {
            severity: title ? 'error' : 'warning',
            message: `disciplined (${d.form}, ${label}${d.decision ? `, ${d.decision}` : ''}) in ${d.year}, within the achievement period ${formatPeriod(line.period_from, line.period_to)}`,
            article: ARTICLE,
            hint: title
              ? 'An emulation title needs a year free of discipline: correct the discipline\'s year if it is wrong; otherwise the award is open to revocation.'
              : 'Check that the achievement outweighs the violation; a violation found later in the period is a ground for revocation.',
          }),
        );
      }
    }
    return out;
  },
};
