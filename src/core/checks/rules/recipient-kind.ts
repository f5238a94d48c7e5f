/** The award type goes to this kind of recipient (a flag to a collective, a fighter title to a person). */
import { lineIssueRule } from './line-issue-rule.js';

export const rule = lineIssueRule({
  id: 'recipient-kind',
  where: 'recipient',
  describe: 'the award type may go to the recipient\'s kind (collective, individual, household)',
  article: (l) => l.type_article ?? 'Art. 19–28, 73–75',
  hint: 'Check the recipient and the award type of the line; if the line was recorded in error it should be voided.',
});
