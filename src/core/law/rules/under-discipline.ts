/** Awards to a recipient disciplined within the achievement period. */
import { DISCIPLINE_LABELS, type DisciplineForm } from '../../evidence/vocab.js';
import { formatPeriod } from '../../parse.js';
import { lineFinding, type Finding, type Rule } from '../finding.js';
import { cite } from '../cite.js';
import { DISCIPLINE_LAW, LAW } from '../../../i18n/messages/law.js';

const ART_93_2_D = { art: '93', clause: 2, point: 'd' };

export const rule: Rule = {
  id: 'under-discipline',
  get describe() {
    return DISCIPLINE_LAW.describe();
  },
  get article() {
    return cite(ART_93_2_D);
  },
  get evidence() {
    return DISCIPLINE_LAW.evidence();
  },
  get regimes() {
    return LAW.regimeAll();
  },
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
            message: DISCIPLINE_LAW.message(d.form, label, d.decision ?? '', String(d.year), formatPeriod(line.period_from, line.period_to)),
            article: cite({ ...ART_93_2_D, act: 'law2022' }),
            hint: title ? DISCIPLINE_LAW.hintTitle() : DISCIPLINE_LAW.hintForm(),
          }),
        );
      }
    }
    return out;
  },
};
