/** The signing body's level may confer the award type; no district body signs after its abolition. */
import { lineIssueRule } from './line-issue-rule.js';

export const rule = lineIssueRule({
  id: 'conferring-level',
  where: 'decision',
  describe: 'the signing body\'s level may confer the award type (and no district body signs after 2025-07-01)',
  article: 'Art. 77–80',
  hint: 'Check the decision\'s signing body, or the levels of the award type (tdkt award-type show).',
});
