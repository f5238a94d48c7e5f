/** The explicit list of rules, in the order the rules table and the findings show them. */
import type { Rule } from '../finding.js';
import { rule as achievementPeriod } from './achievement-period.js';
import { rule as bkbtChain } from './bkbt-chain.js';
import { rule as bkttgChain } from './bkttg-chain.js';
import { rule as conferringLevel } from './conferring-level.js';
import { rule as cstdbtChain } from './cstdbt-chain.js';
import { rule as cstdcsChain } from './cstdcs-chain.js';
import { rule as cstdcsQuota } from './cstdcs-quota.js';
import { rule as cstdtqChain } from './cstdtq-chain.js';
import { rule as ctdbtFlag } from './ctdbt-flag.js';
import { rule as ctdcpFlag } from './ctdcp-flag.js';
import { rule as hcld3Chain } from './hcld3-chain.js';
import { rule as ldttCriteria } from './ldtt-criteria.js';
import { rule as oneAchievement } from './one-achievement.js';
import { rule as oneAnnualTitle } from './one-annual-title.js';
import { rule as oneAchievementOtherBody } from './one-achievement-other-body.js';
import { rule as recipientKind } from './recipient-kind.js';
import { rule as signingLevel } from './signing-level.js';
import { rule as ttldtt } from './ttldtt-criteria.js';
import { rule as ttldxs } from './ttldxs-criteria.js';
import { rule as underDiscipline } from './under-discipline.js';

/** The ids of the rules that refuse a write (Rule.blocking). */
export const blockingRuleIds = (): string[] => RULES.filter((r) => r.blocking).map((r) => r.id);

export const RULES: Rule[] = [
  recipientKind,
  conferringLevel,
  signingLevel,
  achievementPeriod,
  oneAnnualTitle,
  oneAchievement,
  oneAchievementOtherBody,
  ldttCriteria,
  cstdcsChain,
  cstdbtChain,
  cstdtqChain,
  bkbtChain,
  bkttgChain,
  hcld3Chain,
  ttldtt,
  ttldxs,
  ctdbtFlag,
  ctdcpFlag,
  cstdcsQuota,
  underDiscipline,
];

/** A rule as the rules table shows it, its texts read in the run's language. */
export interface RuleRow {
  id: string;
  describe: string;
  article: string;
  regimes: string;
  evidence: string;
  blocking: boolean;
}

/** The rules table. */
export function ruleRows(): RuleRow[] {
  return RULES.map((r) => ({ id: r.id, describe: r.describe, article: r.article, regimes: r.regimes, evidence: r.evidence, blocking: r.blocking }));
}
