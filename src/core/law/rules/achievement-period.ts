/** The achievement period ends by the decision's year; an annual title covers one year. */
import { lineIssueRule } from './line-issue-rule.js';

export const rule = lineIssueRule('achievement-period');
