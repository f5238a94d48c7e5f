/** No district body signs after the two-tier local government began (1 July 2025). */
import { lineIssueRule } from './line-issue-rule.js';

export const rule = lineIssueRule('signing-level');
