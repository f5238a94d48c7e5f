/** The achievement period ends by the decision's year; an annual title covers one year. */
import { lineIssueRule } from './line-issue-rule.js';

export const rule = lineIssueRule({
  id: 'achievement-period',
  where: 'period',
  describe: 'the achievement period ends no later than the decision\'s year; an annual title covers one year',
  article: 'Art. 19–20',
  hint: 'Correct the period of the line as printed in the decision\'s annex.',
});
