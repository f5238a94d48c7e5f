/**
 * CSTDCS as a share of LDTT per unit and year: at most 15% for decisions under Decree 91/2017, and the
 * registry's own cap (setting quota.cstdcs-share) otherwise.
 */
import type { Facts } from '../../checks/facts.js';
import type { Finding, Rule } from '../finding.js';
import { humanNumber } from '../../../i18n/index.js';
import { CITE, QUOTA } from '../../../i18n/messages/law.js';
import { cite } from '../cite.js';

const DECREE_91 = { decree: '91/2017/NĐ-CP' };

const DECREE_91_CAP = 15;

/** The cap on a unit's CSTDCS as a percentage of its LDTT, for decisions under Decree 91/2017 or not (null: none). */
export function cstdcsCap(facts: Facts, underDecree91: boolean): number | null {
  const setting = facts.settings.cstdcsShare;
  return underDecree91 ? Math.min(DECREE_91_CAP, setting ?? DECREE_91_CAP) : setting;
}

/**
 * The CSTDCS places a unit has left for a year under the cap (null: no cap, or no LDTT count declared
 * to count them against — the registry's LDTT lines are only a lower bound).
 */
export function cstdcsPlacesLeft(facts: Facts, unitId: number, year: number, underDecree91: boolean): number | null {
  const cap = cstdcsCap(facts, underDecree91);
  const declared = facts.membership(unitId, year).declared?.ldtt_count ?? null;
  if (cap === null || declared === null) return null;
  const held = facts.members(unitId).filter((m) => facts.titleFor(m.id, 'CSTDCS', year)).length;
  return Math.max(0, Math.floor((cap * declared) / 100) - held);
}

export const rule: Rule = {
  id: 'cstdcs-quota',
  get describe() {
    return QUOTA.describe();
  },
  get article() {
    return `${cite({ act: DECREE_91 })}; ${CITE.setting('quota.cstdcs-share')}`;
  },
  get evidence() {
    return QUOTA.evidence();
  },
  get regimes() {
    return QUOTA.regimes();
  },
  blocking: false,
  run({ facts, unitYears }) {
    const out: Finding[] = [];
    for (const { unitId, year } of unitYears) {
      const unit = facts.recipient(unitId);
      const lines = facts
        .members(unitId)
        .map((m) => facts.titleFor(m.id, 'CSTDCS', year))
        .filter((l) => l !== undefined)
        .sort((a, b) => a.id - b.id);
      if (!lines.length) continue;
      const underDecree91 = lines.some((l) => l.regime === 'law2003-nd91');
      const cap = cstdcsCap(facts, underDecree91);
      if (cap === null) continue;
      const m = facts.membership(unitId, year);
      const declared = m.declared?.ldtt_count ?? null;
      const ldtt = declared ?? m.ldtt.length;
      if (lines.length * 100 <= cap * ldtt) continue;
      const share = ldtt ? `${humanNumber(Math.round((lines.length / ldtt) * 1000) / 10)}%` : QUOTA.noLdtt();
      // Without the unit's declared LDTT count, the registry's LDTT lines are only a lower bound: the
      // cap cannot be judged exceeded, only the evidence said to be missing.
      out.push({
        severity: declared === null ? 'missing' : 'error',
        rule: 'cstdcs-quota',
        record: `unit ${unit.ref} ${year}`,
        award_id: null,
        decision: null,
        decision_symbol: null,
        line_no: null,
        recipient: unit.ref,
        recipient_name: unit.name,
        award_type: 'CSTDCS',
        year,
        message: (declared === null ? QUOTA.undeclared : QUOTA.declared)(humanNumber(lines.length), String(year), humanNumber(ldtt), share, humanNumber(cap)),
        article: underDecree91 ? cite({ act: DECREE_91, note: CITE.cstdcsCap }) : CITE.setting('quota.cstdcs-share'),
        hint: QUOTA.lines(lines.map((l) => `#${l.id}`).join(', ')) + (declared === null ? QUOTA.declare(unit.ref, String(year)) : ''),
        regime: lines[lines.length - 1].regime,
      });
    }
    return out;
  },
};
