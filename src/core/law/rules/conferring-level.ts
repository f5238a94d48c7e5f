/** The signing body's level may confer the award type on the decision's date. */
import { lineIssueRule } from './line-issue-rule.js';

export const rule = lineIssueRule('conferring-level');
