/** CSTDTQ: its prerequisite chain (the requirements are in chains.ts, shared with `tdkt eligible`). */
import { chainFor } from '../chains.js';
import { chainRule } from './chain-rule.js';

export const rule = chainRule(chainFor('CSTDTQ')!);
