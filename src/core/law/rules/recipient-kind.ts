/** The award type goes to this kind of recipient (a flag to a collective, a fighter title to a person). */
import { lineIssueRule } from './line-issue-rule.js';

export const rule = lineIssueRule('recipient-kind');
