import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { expectGolden, ruleRegistry, transcript } from './load.js';

/**
 * Each rule with its fixture (by default named after the rule; a rule with several regimes or routes
 * has a fixture each), and (for chains) the eligible list over the same people.
 */
const CASES: { rule: string; fixture?: string; exit: number; eligible?: string[] }[] = [
  { rule: 'recipient-kind', exit: 3 },
  { rule: 'conferring-level', exit: 3 },
  { rule: 'achievement-period', exit: 3 },
  { rule: 'one-annual-title', exit: 3 },
  { rule: 'one-achievement-one-award', exit: 3 },
  { rule: 'ldtt-criteria', exit: 3, eligible: ['LDTT', '--year', '2024', '--date', '2024-12-10'] },
  { rule: 'cstdcs-chain', exit: 3, eligible: ['CSTDCS', '--year', '2024', '--date', '2024-12-20'] },
  { rule: 'cstdbt-chain', exit: 3, eligible: ['CSTDBT', '--year', '2024', '--date', '2024-12-28'] },
  { rule: 'cstdtq-chain', exit: 3, eligible: ['CSTDTQ', '--year', '2024', '--date', '2025-04-10'] },
  { rule: 'bkbt-chain', exit: 3, eligible: ['BK_BT', '--year', '2024', '--date', '2024-12-28'] },
  { rule: 'bkttg-chain', exit: 3, eligible: ['BK_TTG', '--year', '2024', '--date', '2025-05-20'] },
  { rule: 'bkttg-chain', fixture: 'bkttg-chain-nd91', exit: 3, eligible: ['BK_TTG', '--year', '2022', '--date', '2023-06-10'] },
  { rule: 'hcld3-chain', exit: 3, eligible: ['HC_LD_3', '--year', '2023', '--date', '2024-08-20'] },
  { rule: 'ttldtt-criteria', exit: 3, eligible: ['TTLDTT', '--year', '2024', '--date', '2024-12-20'] },
  { rule: 'ttldxs-criteria', exit: 3, eligible: ['TTLDXS', '--year', '2024', '--date', '2024-12-28'] },
  { rule: 'ctdbt-flag', exit: 3, eligible: ['CTDBT', '--year', '2024', '--date', '2025-01-20'] },
  { rule: 'ctdbt-flag', fixture: 'ctdbt-flag-nd91', exit: 3, eligible: ['CTDBT', '--year', '2022', '--date', '2023-01-10'] },
  { rule: 'ctdcp-flag', exit: 3, eligible: ['CTDCP', '--year', '2024', '--date', '2025-03-10'] },
  { rule: 'ctdcp-flag', fixture: 'ctdcp-flag-nd91', exit: 3, eligible: ['CTDCP', '--year', '2022', '--date', '2023-03-20'] },
  { rule: 'ctdcp-flag', fixture: 'ctdcp-flag-law2003', exit: 3, eligible: ['CTDCP', '--year', '2015', '--date', '2016-03-15'] },
  { rule: 'cstdcs-quota', exit: 3 },
  { rule: 'under-discipline', exit: 3 },
];

describe('each rule on its fixture (passes, fails, missing evidence)', () => {
  for (const c of CASES) {
    const fixture = c.fixture ?? c.rule;
    it(`check --rule ${c.rule} on ${fixture}`, async () => {
      const db = await ruleRegistry(fixture);
      const argv = ['check', '--rule', c.rule];
      const r = await runCli(argv, { db });
      expect(r.code).toBe(c.exit);
      expectGolden(`${fixture}.check.txt`, transcript(argv, r));
    });
    if (c.eligible) {
      it(`eligible ${c.eligible[0]} on ${fixture} before the decision under judgement`, async () => {
        const db = await ruleRegistry(fixture, { withoutJudged: true });
        const argv = ['eligible', ...c.eligible!, '--all', '--format', 'md'];
        const r = await runCli(argv, { db });
        expect(r.code).toBe(0);
        expectGolden(`${fixture}.eligible.txt`, transcript(argv, r));
      });
    }
  }
});
